import time, re, sys
sys.path.insert(0, sys.argv[1])
from selfaudit.analysis import text_patterns as P
pats = {}
for name in ("THREAT_LOOSE", "DISCRIMINATORY_LOOSE", "INSULT_LOOSE", "CONFIDENTIAL_TOLD", "CONFIDENTIAL_TOLD_CASED"):
    for i, p in enumerate(getattr(P, name, [])[-12:]):
        pats[f"{name}[-{12-i}]"] = p
pats["ADULT_PROMO"] = P.ADULT_PROMO; pats["ECHO"] = P.ECHO
for k in ("drugs", "alcohol", "antisocial", "driving"):
    for i, p in enumerate(P.OFFENCE[k][-4:]): pats[f"OFF-{k}[-{4-i}]"] = p
inputs = {
 "placement": "placement " * 2000, "incare": "in care " * 2500, "the": "the Smith " * 2000,
 "waiting": "im waiting for him " * 1000, "drunk": "drunk slept " * 1800, "words": "word " * 4000,
 "caps": "Abc Def " * 2500, "emoji": "🔞 " * 10000, "link": "link in bio " * 1800, "bag": "20 bag " * 2800,
 "anyone": "anyone get " * 1800, "minority": "minority in our own " * 1000, "few": "a few drinks " * 1500,
 "women": "women " * 3300, "kicked": "mushies " * 2500, "paren": "(((" + "a" * 30 + " " * 2 + ")) " * 500,
 "black": "black lad " * 2000, "told": "copper mate " * 1800,
}
worst = []
for pk, p in pats.items():
    r = re.compile(p)
    for ik, s in inputs.items():
        s = s[:20000]
        t0 = time.process_time(); list(r.finditer(s)); dt = time.process_time() - t0
        worst.append((dt, pk, ik))
worst.sort(reverse=True)
for w in worst[:12]: print(f"{w[0]:7.3f}s  {w[1]}  on {w[2]}")
