"""Sanity checks for holdout gold: JSON parses, evidence/quotes verbatim, fields valid."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE",
         "REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}
STATUS = {"occurred","planned","negated","conditional"}
MODES = {None,"visit","third-party","multilateral","phone"}
FIELDS = ["type","source","target","required","mode","status","date","location","source_actor","target_actor","evidence"]
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
lines = [json.loads(l) for l in open(os.path.join(ROOT, "gold", "tr.jsonl"), encoding="utf-8")]
for d in lines:
    path = os.path.join(ROOT, "articles", "tr", d["doc_id"] + ".txt")
    raw = open(path, encoding="utf-8").read()
    m = re.match(r" ?date (\d{4}(?:-\d\d){0,2}) ", raw)
    if not m or m.group(1) != d["published"]: err(d["doc_id"], "published/prefix mismatch")
    text = raw[m.end():]
    nw = len(text.split())
    if not 150 <= nw <= 350: err(d["doc_id"], "word count", nw)
    for e in d["events"]:
        if list(e) != FIELDS: err(d["doc_id"], "fields", list(e))
        if e["type"] not in TYPES: err(d["doc_id"], "type", e["type"])
        if e["status"] not in STATUS: err(d["doc_id"], "status", e)
        if e["mode"] not in MODES or (e["mode"] and e["type"] != "CONSULT"): err(d["doc_id"], "mode", e)
        if e["evidence"] not in text: err(d["doc_id"], "evidence not verbatim:", e["evidence"])
        if e["date"] is not None and not re.fullmatch(r"\d{4}(-\d\d){0,2}", e["date"]): err(d["doc_id"], "date", e)
        if e["location"] is not None and e["location"] not in text:
            print("note: location not verbatim", d["doc_id"], e["location"])
        if e["status"] == "planned" and e["date"] and d["published"] and e["date"] < d["published"][:len(e["date"])]:
            err(d["doc_id"], "planned in past", e)
    for q in d["quotes"]:
        if q["text"] not in text: err(d["doc_id"], "quote not verbatim:", q["text"])
    req = sum(e["required"] for e in d["events"])
    print(f'{d["doc_id"]} {d["published"]} words={nw} events={len(d["events"])} required={req} quotes={len(d["quotes"])} amounts={len(d["amounts"])}')
print("OK" if not bad else f"{bad} errors")
sys.exit(1 if bad else 0)
