import json,glob
from collections import Counter
C={k:Counter() for k in ['voice','crisis','harm','urgency','situation','scope','problem','lang']}
tot=0
for f in sorted(glob.glob('es2-*.jsonl')):
    n=0
    for l in open(f):
        r=json.loads(l); n+=1
        for k in C: C[k][str(r[k])]+=1
    print(f,n); tot+=n
print('total',tot)
for k in C: print(k,dict(C[k]))
