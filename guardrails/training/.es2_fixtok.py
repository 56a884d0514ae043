import sys
PROB=set('chest_pain breathing stroke_neuro headache abdominal_pain bleeding_trauma head_injury allergy_anaphylaxis fever sepsis_infection child_illness baby_newborn diabetes_glucose poisoning_overdose burns pregnancy mental_health urinary_kidney skin eye ear_nose_throat cough_cold gastro back_pain musculoskeletal clot seizure dehydration dental older_adult heart_rhythm medication other none self_harm_method'.split())
p=sys.argv[1]
out=[]
for l in open(p).read().split('\n'):
    if l.strip().startswith('##'): continue
    if ' | ' in l:
        h,t=l.split(' | ',1)
        note=''
        if ' ## ' in t: t,note=t.split(' ## ',1); note=' ## '+note
        w=t.rstrip().split()
        if w[-1] in PROB:
            h=h+' '+w[-1]; t=' '.join(w[:-1])
        l=h+' | '+t+note
    out.append(l)
open(p,'w').write('\n'.join(out))
