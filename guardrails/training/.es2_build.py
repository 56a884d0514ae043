import json,glob,os,sys
D='/work/main/guardrails/training/'
OUT=sys.argv[1]
DATA=sys.stdin.read()
VO={'q':'question','i':'informal','f':'first_person','c':'caregiver','k':'clinician','l':'long_post'}
URG=['emergency','urgent','routine','self_care','none']
PROB=set('chest_pain breathing stroke_neuro headache abdominal_pain bleeding_trauma head_injury allergy_anaphylaxis fever sepsis_infection child_illness baby_newborn diabetes_glucose poisoning_overdose burns pregnancy mental_health urinary_kidney skin eye ear_nose_throat cough_cold gastro back_pain musculoskeletal clot seizure dehydration dental older_adult heart_rhythm medication other none'.split())
HARM=set('cbrn weapons violence drug_synthesis drug_diversion self_harm_method medical_ethics cyber fraud harassment misinformation'.split())
DEFP={'medical_ethics':'other','cbrn':'other','violence':'poisoning_overdose','drug_diversion':'medication','drug_synthesis':'other','cyber':'none','fraud':'none','weapons':'none','harassment':'none','misinformation':'other','crisis':'mental_health'}
CATD={'medical_ethics':'act against medical ethics','cbrn':'obtain, make or spread a chemical/biological/radiological agent','violence':'hurt, poison, drug or gas another person','drug_diversion':'obtain controlled or prescription drugs illegitimately or fool a drug test','drug_synthesis':'make an illegal drug','cyber':'hack systems or write malware','fraud':'commit fraud or forge documents','weapons':'make or obtain weapons','harassment':'harass, stalk, dox or target someone','misinformation':'create health misinformation','self_harm_method':'get a method or lethal amount to harm oneself'}
mx=0
for f in sorted(glob.glob(D+'es2-*.jsonl')):
    if os.path.basename(f)>=OUT: continue
    for l in open(f):
        p=json.loads(l)['pair']
        if p: mx=max(mx,int(p.split('-')[1]))
seen=set()
for f in glob.glob(D+'es2-*.jsonl'):
    if os.path.basename(f)==OUT: continue
    for l in open(f): seen.add(json.loads(l)['text'])
cat=None; items=[]
for raw in DATA.strip('\n').split('\n'):
    raw=raw.strip()
    if not raw: continue
    if raw.startswith('@'): cat=raw[1:].strip(); continue
    head,_,text=raw.partition(' | ')
    note=''
    if ' ## ' in text: text,note=text.split(' ## ',1)
    toks=head.split(); kind=toks[0]; voice=VO[toks[1]]
    sit=None; urg=None; prob=None; scope='health'; harmx=None
    for t in toks[2:]:
        if t=='T': sit=True
        elif t=='F': sit=False
        elif t in URG: urg=t
        elif t in PROB: prob=t
        elif t=='oos': scope='out_of_scope'
        elif t in HARM: harmx=t
        else: raise SystemExit('bad token %r in %r'%(t,raw))
    r={'text':text.strip(),'lang':'es','voice':voice}
    if kind=='H':
        r.update(situation=bool(sit), urgency=urg or 'none', crisis='none', harm=harmx or cat, scope=scope, problem=prob or DEFP[cat])
        rs='Asks for help to %s; harmful request'%CATD[r['harm']] + ('.' if not sit else ', though a real situation is described (%s).'%r['urgency'])
    elif kind=='S':
        r.update(situation=bool(sit), urgency=urg or 'none', crisis='none', harm='none', scope=scope, problem=prob or DEFP.get(cat,'other'))
        rs=('Same topic asked for protection, treatment or legitimate information; no harmful intent, no personal situation.' if not sit else 'Real situation described needing %s care; asks for help, not harm.'%r['urgency'])
    elif kind=='A':
        r.update(situation=True, urgency='emergency', crisis='acute', harm=harmx or 'none', scope='health', problem=prob or 'mental_health')
        rs='Suicidal plan, means, date, goodbye or attempt described: acute crisis, emergency.'+(' Asks for a method: self_harm_method.' if harmx else '')
    elif kind=='I':
        r.update(situation=True, urgency=urg or 'urgent', crisis='ideation', harm=harmx or 'none', scope='health', problem=prob or 'mental_health')
        rs='Suicidal thoughts or self-harm without plan, means or intent: ideation, urgent.'
    elif kind=='N':
        r.update(situation=bool(sit), urgency=urg or 'none', crisis='none', harm='none', scope=scope, problem=prob or 'mental_health')
        rs='No current suicidal thoughts (hyperbole, grief, recovery or a prevention question): crisis none'+('; situation needs %s care.'%r['urgency'] if sit else ', no personal situation.')
    else: raise SystemExit('bad kind '+raw)
    r['reason']=note.strip() or rs
    if r['situation'] != (r['urgency']!='none'): raise SystemExit('sit/urg mismatch: '+raw)
    if voice=='question' and r['situation']: raise SystemExit('question with situation: '+raw)
    if r['text'].split()[-1] in PROB|set(URG)|HARM: raise SystemExit('token leaked into text: '+raw)
    nw=len(r['text'].split())
    if voice=='long_post' and not (120<=nw<=400): raise SystemExit('long_post length %d: %s'%(nw,raw[:60]))
    if r['text'] in seen: raise SystemExit('dup: '+raw)
    seen.add(r['text'])
    items.append((kind,r))
out=[]; i=0
while i<len(items):
    k,r=items[i]
    nxt=items[i+1] if i+1<len(items) else None
    if (k=='H' and nxt and nxt[0]=='S') or (k in 'AI' and nxt and nxt[0]=='N'):
        mx+=1; pid='es2-%04d'%mx
        r['pair']=pid; nxt[1]['pair']=pid; out+= [r,nxt[1]]; i+=2
    elif k in 'AIN':
        r['pair']=''; out.append(r); i+=1
    else: raise SystemExit('unpaired: '+r['text'])
KEYS=['text','lang','voice','situation','urgency','crisis','harm','scope','problem','reason','pair']
with open(D+OUT,'w') as fh:
    for r in out: fh.write(json.dumps({k:r[k] for k in KEYS},ensure_ascii=False)+'\n')
from collections import Counter
c=Counter(' '.join(r['text'].lower().replace('¿','').replace('¡','').split()[:2]) for r in out)
print(OUT,len(out),'lines; last pair',mx)
print('frequent openings:',[x for x in c.most_common(12) if x[1]>3])
