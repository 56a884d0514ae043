import sys,json
VO={"first_person","caregiver","clinician","informal","long_post","question"}
UR={"emergency","urgent","routine","self_care","none"}
PR=set("chest_pain breathing stroke_neuro headache abdominal_pain bleeding_trauma head_injury allergy_anaphylaxis fever sepsis_infection child_illness baby_newborn diabetes_glucose poisoning_overdose burns pregnancy mental_health urinary_kidney skin eye ear_nose_throat cough_cold gastro back_pain musculoskeletal clot seizure dehydration dental older_adult heart_rhythm medication other none".split())
def kv(s,d):
    for p in s.split(";"):
        p=p.strip()
        if p:
            k,v=p.split("=",1); d[k.strip()]=v.strip()
out,mode=sys.argv[1],sys.argv[2]
DATA=sys.stdin.read()
d={};rows=[]
for ln in DATA.split("\n"):
    ln=ln.strip()
    if not ln or ln=="'''": continue
    if ln.startswith("%%"): kv(ln[2:],d); continue
    o=dict(d)
    if " ||| " in ln:
        ln,ov=ln.split(" ||| ",1); kv(ov,o)
    sit=o.get("sit","false")=="true"
    r={"text":ln,"lang":o["lang"],"voice":o["voice"],"situation":sit,"urgency":o.get("urg","none") if sit else "none","crisis":"none","harm":"none","scope":o["scope"],"problem":o.get("prob","none"),"reason":o["reason"],"pair":""}
    assert r["voice"] in VO and r["urgency"] in UR and r["problem"] in PR and r["scope"] in {"health","out_of_scope"}, r
    assert (r["urgency"]=="none")==(not sit), r
    if r["scope"]=="out_of_scope": assert r["problem"]=="none", r
    if r["voice"]=="long_post": 
        n=len(r["text"].split()); assert 120<=n<=400, (n,r["text"][:60])
    rows.append(r)
with open(out,mode,encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(rows))
