# textrules38 (stop 38) generality gate, dev script: realtexts.py dumps the real export texts to /tmp/tr38/real.txt (outside the repo), build.py caches sets 7-38 + the labelled corpora + those texts (normalised) in /tmp/tr38/cache.pkl, probe.py rules.py prints each stop-38 rule's hits per source.
from selfaudit.analysis import text_patterns as P
def L(lst, n, prefix, raw=False):
    return {f"{prefix}{i+1}": (p, raw) for i, p in enumerate(lst[-n:])}
PATS = {}
PATS.update(L(P.THREAT_LOOSE, 4, "threat38_"))
PATS.update(L(P.DISCRIMINATORY_LOOSE, 6, "discrim38_"))
PATS.update(L(P.INSULT_LOOSE, 3, "insult38_"))
PATS["obscene38_adultpromo"] = (P.ADULT_PROMO, True)
PATS["discrim38_echo"] = (P.ECHO, True)
PATS.update(L(P.OFFENCE["drugs"], 4, "drugs38_"))
PATS.update(L(P.OFFENCE["alcohol"], 1, "alcohol38_"))
PATS.update(L(P.OFFENCE["antisocial"], 1, "antisocial38_"))
PATS.update(L(P.OFFENCE["driving"], 1, "driving38_"))
PATS.update(L(P.CONFIDENTIAL_TOLD, 5, "conf38_"))
PATS.update(L(P.CONFIDENTIAL_TOLD_CASED, 4, "confcased38_", True))
