#!/usr/bin/env python3
"""Third blind evaluation set (blind3): reports in layouts nobody here tuned on.

Written for issue 10 ("How to measure without fooling ourselves") without opening the
redaction or analysis rules: only the call signatures ``eval_holdout.py`` uses.  Its job is
to show what reports written by other hands would show, so nobody may tune on it: the
evaluator (``eval_blind3.py``) prints figures, and its failure list is not to be read by
anyone changing a rule.

Everything is invented: people, streets, towns, postcodes, phone numbers (Ofcom drama
ranges), e-mail addresses (``example.*`` domains), CHI/NHS/NI numbers.  Public bodies and
committees are named as real reports name them.  The pools below were checked against
../shared/corpus and against the pools of every other generator in benchmarks/ (none of
their entries occurs in either).

    python benchmarks/blind3_reports.py OUT_DIR [--n 72] [--seed 20261203]

writes OUT_DIR/text/B3_nn.txt and OUT_DIR/gold/B3_nn.json.  Each gold file follows
benchmarks/score_redaction.py ("file", "has_text_layer", "pii", "keep", "quasi") and adds
"doc_type" (ICR, SCR, LR, LR-DECISION, LR-OUTCOME, OTHER), "ratification_date" (ISO or
null), "ratification_date_text" (the date as written, or null), "subject" (child, adult or
null) and "layout".  ``build()`` self-checks every document (see ``check``) and refuses to
write a set whose gold is wrong.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_eval  # noqa: E402
from score_redaction import norm, present  # noqa: E402  (the scorer's own matching)

SEED = 20261203
DEFAULT_N = 72

# ---------------------------------------------------------------- pools (invented for this set)

FORE_F = ["Ealag", "Sileas", "Brìghde", "Kelis", "Brogan", "Tegwen", "Ysolde", "Fenella",
          "Aoibhe", "Eubh", "Leigh-Cara", "Shonagh", "Euphemia", "Lilias", "Marsali",
          "Cairistiona", "Kelsey-Jo", "Ainslie", "Grizel", "Deryn", "Aithne", "Ciorstag",
          "Thomasina", "Jacqui", "Tayla-Bree", "Maisie"]
FORE_M = ["Coinneach", "Iomhar", "Tavish", "Gillies", "Lorcan", "Ailig", "Sim", "Peadar",
          "Torcuil", "Oisin-Tam", "Kenzie", "Jayce-Rhys", "Dùghall", "Caelan", "Colum",
          "Somerled", "Greig", "Fergal", "Conall", "Daibhidh", "Uisdean", "Lennan", "Aonghas",
          "Brannan"]
# forenames / surnames that are also ordinary English words: scored case-sensitively
WORD_FORE_F = ["Bryony", "Fern", "Clover", "Saffron", "Willow", "Poppy"]
WORD_FORE_M = ["Glen", "Archer", "Reed", "Forrest", "Chase"]
SURN = ["Mackerlie", "Auchinvole", "Glendinning", "MacCorquodale", "Durward", "Gairdner", "Skene",
        "Corsar-Mathers", "Ogston", "Lunan-Dorward", "Yuille", "Iverach", "Mac an Tòisich",
        "NicDhòmhnaill", "Ó Ceallaigh", "Bannatyne", "Heggie", "McQuistan", "Proudfoot",
        "Traill", "Spalding", "McGeachie", "Nevay", "Auchmuty", "Caskie", "Dunnachie",
        "Wotherspoon-Eadie", "Goudie", "McQuilkin", "Rossie", "Sangster", "McSporran", "Moncur",
        "Lumgair", "Cargill", "Fairlie", "MacEachern", "Brydon", "Tolmie", "Shankland"]
WORD_SURN = ["Stone", "Lamb", "Tanner", "Fowler", "Steel", "Rivers"]
WORDS = set(WORD_FORE_F + WORD_FORE_M + WORD_SURN)
NICK = {"Ealag": "Ealie", "Euphemia": "Effie", "Sim": "Simmy", "Coinneach": "Coinnie",
        "Lilias": "Lily", "Somerled": "Sorley", "Ysolde": "Sollie", "Peadar": "Pedie",
        "Fenella": "Nell", "Aonghas": "Gussie", "Thomasina": "Tammy", "Uisdean": "Hughie"}
WORDS |= {"Lily", "Nell"}  # nicknames that are words too

STREET_A = ["Craigluscar", "Auchterneuk", "Drumquharn", "Kilbrannan", "Torrancefield",
            "Slatehaugh", "Gowkbrae", "Fernieknowe", "Cuddieside", "Muirtonlea", "Bowhousemuir",
            "Lochanbrae", "Stanelaw", "Whitecairn", "Threapland", "Balquharrie", "Corbieknowe",
            "Pitcullen Mains", "Dalmorton", "Heughfield"]
STREET_B = ["Road", "Street", "Crescent", "Avenue", "Drive", "Gardens", "Terrace", "Place",
            "Court", "Wynd", "Loan", "Brae", "Row", "Park", "Way", "Lane"]
RURAL = ["Nether Drumfinn Farm", "Easter Corriebeg Cottage", "The Old Schoolhouse, Glenmarnock",
         "Kilbuie Steading", "Wester Tullochbuie", "Braeriach Croft", "Mains of Cairnquhat"]

# council, committee area name, NHS board, (invented town, postcode district) pairs
AREAS = [
    ("Angus Council", "Angus", "NHS Tayside", [("Tullochard", "DD11"), ("Kirkton of Brechlie", "DD9")]),
    ("East Lothian Council", "East Lothian", "NHS Lothian", [("Newbarns", "EH41"), ("Seacliffe Haven", "EH32")]),
    ("Moray Council", "Moray", "NHS Grampian", [("Balnacraig", "IV36"), ("Strathcoul", "AB55")]),
    ("Argyll and Bute Council", "Argyll and Bute", "NHS Highland", [("Port Ellanrigg", "PA34"), ("Inverallt", "PA28")]),
    ("Scottish Borders Council", "Scottish Borders", "NHS Borders", [("Eddlestane Mill", "TD9"), ("Kelsholm", "TD5")]),
    ("Stirling Council", "Stirling", "NHS Forth Valley", [("Carronhaugh", "FK8"), ("Drymen Bridge", "FK9")]),
    ("Inverclyde Council", "Inverclyde", "NHS Greater Glasgow and Clyde", [("Fennickbank", "PA15"), ("Cloch Point", "PA16")]),
    ("Comhairle nan Eilean Siar", "Western Isles", "NHS Western Isles", [("Glenrossal", "HS2"), ("Baile Sgeir", "HS6")]),
    ("East Ayrshire Council", "East Ayrshire", "NHS Ayrshire & Arran", [("Kilwhinnie", "KA18"), ("Craigmarnock", "KA1")]),
    ("Glasgow City Council", "Glasgow", "NHS Greater Glasgow and Clyde", [("Fennick", "G78"), ("Cardowan Park", "G33")]),
    ("Aberdeen City Council", "Aberdeen", "NHS Grampian", [("Dunbrennan", "AB16"), ("Bridge of Ardlair", "AB12")]),
    ("Midlothian Council", "East Lothian and Midlothian", "NHS Lothian", [("Gorebridge Toll", "EH23"), ("Newtongrange Mill", "EH22")]),
    ("Orkney Islands Council", "Orkney", "NHS Orkney", [("Hamnavoe Brae", "KW16"), ("Stenwick", "KW17")]),
]
PPC_AREAS = {"East Lothian and Midlothian", "Orkney"}
CHILD_LABELS = ["Child D", "Child F", "Child J", "Child R", "Child Y", "Baby L", "Young Person S"]
ADULT_LABELS = ["Adult D", "Adult H", "Adult N", "Mr V", "Mrs U", "Ms G"]
SCRA = "the Scottish Children's Reporter Administration"
SCHOOLS = ["Whitecairn Primary School", "Corbieknowe Academy", "Heughfield Nursery"]

# ---------------------------------------------------------------- identifiers and dates


def mod11(digits: str) -> int | None:
    """The CHI / NHS number check digit (weights 10..2, modulus 11); None if it would be 10."""
    s = sum(int(c) * w for c, w in zip(digits, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def chi_number(rng, dob: dt.date, bad_check=False) -> str:
    while True:
        nine = dob.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
        c = mod11(nine)
        if c is not None:
            break
    if bad_check:
        c = (c + rng.randint(1, 9)) % 10
    n = nine + str(c)
    return rng.choice([n, f"{n[:6]} {n[6:]}", f"{n[:6]}-{n[6:]}"])


def nhs_number(rng, bad_check=False) -> str:
    while True:
        nine = f"{rng.randint(400, 799)}{rng.randint(0, 999999):06d}"
        c = mod11(nine)
        if c is not None:
            break
    if bad_check:
        c = (c + rng.randint(1, 9)) % 10
    n = nine + str(c)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def ni_number(rng) -> str:
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = [f"{rng.randint(0, 99):02d}" for _ in range(3)]
    s = rng.choice("ABCD")
    return rng.choice([f"{a} {d[0]} {d[1]} {d[2]} {s}", f"{a}{''.join(d)}{s}", f"{a.lower()}{''.join(d)}{s.lower()}"])


def phone(rng) -> str:
    n = rng.randint(0, 999)
    return rng.choice([f"07700 900{n:03d}", f"07700 900 {n:03d}", f"+44 7700 900{n:03d}",
                       f"+44 (0)7700 900 {n:03d}", f"0131 496 0{n:03d}", f"0141-496-0{n:03d}",
                       f"01632 960{n:03d}", f"(0131) 496 0{n:03d}", f"0113 496 0{n:03d}"])


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_STYLES = ["long", "ord", "ordof", "dayof", "slash", "slash2", "dot2", "dot", "iso", "wk",
               "wkcomma", "short", "dm2"]


def fmt_date(d: dt.date, style: str) -> str:
    return {
        "long": f"{d.day} {d:%B %Y}",
        "ord": f"{ordinal(d.day)} {d:%B %Y}",
        "ordof": f"{ordinal(d.day)} of {d:%B %Y}",
        "dayof": f"the {ordinal(d.day)} day of {d:%B %Y}",
        "slash": f"{d:%d/%m/%Y}",
        "slash2": f"{d:%d/%m/%y}",
        "dot2": f"{d:%d.%m.%y}",
        "dot": f"{d:%d.%m.%Y}",
        "iso": f"{d:%Y-%m-%d}",
        "wk": f"{d:%A} {d.day} {d:%B %Y}",
        "wkcomma": f"{d:%A}, {ordinal(d.day)} {d:%B %Y}",
        "short": f"{d.day} {d:%b %Y}",
        "dm2": f"{d.day}/{d.month}/{d:%y}",
    }[style]


def parse_written_date(s: str) -> dt.date:
    """Read back any form ``fmt_date`` writes (the self-check's independent reading)."""
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"\bday of\b|\bof\b", " ", s)
    s = re.sub(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+", "", s)
    s = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    for f in ("%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise ValueError(f"unreadable date {s!r}")


def fmt_dob(d: dt.date, rng) -> str:
    return rng.choice([f"{d:%d/%m/%Y}", f"{d:%d.%m.%y}", f"{ordinal(d.day)} {d:%B %Y}", f"{d.day} {d:%b %Y}",
                       f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}", f"{d.day} {d:%B %Y}", f"{d.day}/{d.month}/{d:%y}"])

# ---------------------------------------------------------------- people


class Person:
    def __init__(self, rng, sex: str | None = None, used: set | None = None, word_ok=True,
                 born: tuple[int, int] = (1960, 2000)):
        self.sex = sex or rng.choice("FM")
        for _ in range(300):
            if word_ok and rng.random() < 0.15:
                fore = rng.choice(WORD_FORE_F if self.sex == "F" else WORD_FORE_M)
            else:
                fore = rng.choice(FORE_F if self.sex == "F" else FORE_M)
            sur = rng.choice(WORD_SURN) if (word_ok and rng.random() < 0.12) else rng.choice(SURN)
            if used is None or (fore not in used and sur not in used):
                break
        if used is not None:
            used.update({fore, sur})
        self.fore, self.sur = fore, sur
        self.title = rng.choice(["Ms", "Mrs", "Miss"]) if self.sex == "F" else "Mr"
        self.nick = NICK.get(fore)
        self.dob = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))


def plain_ascii(s: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode())

# ---------------------------------------------------------------- one document being written


@dataclass
class Doc:
    stem: str
    rng: random.Random
    layout: str
    pii: dict = field(default_factory=dict)
    spans: list = field(default_factory=list)
    keeps: list = field(default_factory=list)
    quasi: list = field(default_factory=list)
    rat_iso: str | None = None
    rat_text: str | None = None       # the ratification date as written
    rat_sentence: str | None = None   # the sentence or row that says so
    distractors: list = field(default_factory=list)

    def _add(self, cat, text, part=None, coll=False):
        key = (cat, text if coll else text.lower())
        if key not in self.pii:
            e = {"category": cat, "text": text}
            if part:
                e["part"] = part
            if coll:
                e["word_collision"] = True
            self.pii[key] = e

    def p(self, cat: str, text: str) -> str:
        """A non-name PII form, recorded as gold and returned for the text."""
        self._add(cat, text)
        self.spans.append(text)
        return text

    def k(self, text: str) -> str:
        """A term the redaction must keep."""
        if text not in self.keeps:
            self.keeps.append(text)
        return text

    def q(self, cat: str, text: str) -> str:
        self.quasi.append({"category": cat, "text": text})
        return text

    def n(self, P: Person, style: str = "full") -> str:
        """Write a person's name in ``style`` and record the literal and each name token."""
        f, s = P.fore, P.sur
        caps = style.endswith("_caps")
        st = style[:-5] if caps else style
        poss = st.endswith("_poss")
        st = st[:-5] if poss else st
        if st == "full":
            lit, toks = f"{f} {s}", [(f, "forename"), (s, "surname")]
        elif st == "title":
            lit, toks = f"{P.title} {s}", [(s, "surname")]
        elif st == "titlefull":
            lit, toks = f"{P.title} {f} {s}", [(f, "forename"), (s, "surname")]
        elif st == "init":
            lit, toks = f"{f[0]}. {s}", [(s, "surname")]
        elif st == "titleinit":
            lit, toks = f"{P.title} {f[0]} {s}", [(s, "surname")]
        elif st == "sur":
            lit, toks = s, [(s, "surname")]
        elif st == "fore":
            lit, toks = f, [(f, "forename")]
        elif st == "rev":
            lit, toks = f"{s.upper()}, {f}", [(s.upper(), "surname"), (f, "forename")]
        elif st == "nick":
            nk = P.nick or f
            lit = f"{f} ('{nk}') {s}" if P.nick else f"{f} {s}"
            toks = [(f, "forename"), (nk, "forename_variant"), (s, "surname")] if P.nick else [(f, "forename"), (s, "surname")]
        elif st == "nickonly":
            nk = P.nick or f
            lit, toks = nk, [(nk, "forename_variant" if P.nick else "forename")]
        elif st == "inits":
            lit = (f[0] + "".join(w[0] for w in re.split(r"[ -]", s) if w and w[0].isupper())[:2]).upper()
            self._add("person", lit, "initials", True)
            self.spans.append(lit)
            return lit
        else:
            raise ValueError(style)
        if caps:
            lit, toks = lit.upper(), [(t.upper(), part) for t, part in toks]
        word = lambda t: t in WORDS or t.title() in WORDS
        if " " in lit:
            self._add("person", lit, "full" if st in ("full", "titlefull", "rev", "nick") else st,
                      len(toks) == 1 and word(toks[0][0]))
        for t, part in toks:
            self._add("person", t, part, word(t))
        self.spans.append(lit)
        return lit + ("'s" if poss else "")

    def addr(self, area, lower=False, multiline=False, rural=False, with_pc=True) -> str:
        rng = self.rng
        town, district = rng.choice(area[3])
        if rural:
            line = rng.choice(RURAL)
        else:
            line = f"{rng.randint(1, 186)} {rng.choice(STREET_A)} {rng.choice(STREET_B)}"
            if rng.random() < 0.3:
                line = rng.choice([f"Flat {rng.choice(['2/1', '0/2', '1/1', '3/R', '1F3'])}, ",
                                   f"{rng.choice(['2/1', '0/1', '1/L'])} ", f"Flat {rng.randint(1, 12)}, "]) + line
        if lower:
            line = line.lower()
        self.p("address", line)
        if not with_pc:
            return line
        pc = f"{district} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        pc = pc.lower() if lower and rng.random() < 0.6 else pc
        if rng.random() < 0.15:
            pc = pc.replace(" ", "")
        self.p("postcode", pc)
        town = town.lower() if lower else (town.upper() if rng.random() < 0.2 else town)
        sep = "\n" if multiline else ", "
        return sep.join([line, town, pc])

    def dob(self, P: Person) -> str:
        return self.p("dob", fmt_dob(P.dob, self.rng))

    def email(self, P: Person, work=False) -> str:
        f, s = plain_ascii(P.fore), plain_ascii(P.sur)
        rng = self.rng
        if work:
            e = rng.choice([f"{f}.{s}@council.example.gov.uk", f"{f[0]}{s}@nhs.example.scot",
                            f"{f}.{s}{rng.randint(2, 9)}@council.example.gov.scot"])
        else:
            e = rng.choice([f"{f}{s[:4]}{rng.randint(80, 99)}@example.com", f"{s}.{f[0]}@mail.example.net",
                            f"{f}_{rng.randint(100, 999)}@example.org"])
        return self.p("email", e)

    def ratified(self, sentence: str, date_text: str, date: dt.date):
        """Record that ``sentence`` (already in the text) gives the ratification date."""
        self.rat_iso, self.rat_text, self.rat_sentence = date.isoformat(), date_text, sentence
        return sentence

    def distractor(self, sentence: str) -> str:
        self.distractors.append(sentence)
        return sentence


def wrap(text: str, rng, width: int | None = None) -> str:
    width = width or rng.randint(60, 96)
    return "\n".join(textwrap.fill(p, width, break_on_hyphens=False, break_long_words=False) if p else ""
                     for p in text.split("\n"))

# ---------------------------------------------------------------- context shared by a document


COG_FORMS = ["the Chief Officers Group", "the Chief Officers' Group", "the COG", "Chief Officers",
             "the Public Protection Chief Officers Group", "the Chief Officers Group (COG)",
             "the Chief Officers' Group for Public Protection"]


def context(rng, subject: str | None, ppc: bool = False):
    area = rng.choice([a for a in AREAS if a[1] in PPC_AREAS] if ppc else AREAS)
    used: set = set()
    adult = subject == "adult"
    kind = "Adult Protection Committee" if adult else "Child Protection Committee"
    if area[1] in PPC_AREAS:
        kind = "Public Protection Committee"
    abbr = {"Adult Protection Committee": "APC", "Child Protection Committee": "CPC",
            "Public Protection Committee": "PPC"}[kind]
    c = {"area": area, "council": area[0], "nhs": area[2], "committee": f"{area[1]} {kind}", "abbr": abbr,
         "adult": adult, "subject_kind": subject}
    if adult:
        c["subject"] = Person(rng, used=used, born=(1936, 1990))
        c["rel1"] = Person(rng, used=used, born=(1960, 1995))   # son / daughter / carer
        c["rel2"] = Person(rng, used=used, born=(1950, 1990))   # neighbour / partner
        c["label"] = rng.choice([x for x in ADULT_LABELS if not x.startswith(("Mr ", "Mrs ", "Ms "))]
                                + (["Mr V"] if c["subject"].sex == "M" else ["Mrs U", "Ms G"]))
    else:
        c["subject"] = Person(rng, used=used, born=(2010, 2024))
        c["rel1"] = Person(rng, "F", used=used, born=(1982, 2002))  # mother
        c["rel2"] = Person(rng, "M", used=used, born=(1975, 2000))  # father / partner
        if rng.random() < 0.5:
            c["rel1"].sur = c["subject"].sur
        c["label"] = None  # chosen by age below
    c["gran"] = Person(rng, "F", used=used, born=(1948, 1970))
    c["sib"] = Person(rng, used=used, word_ok=False, born=(2008, 2024))
    c["sib"].sur = c["subject"].sur
    c["staff"] = [Person(rng, used=used) for _ in range(10)]
    c["base"] = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    c["age"] = max(1, c["base"].year - c["subject"].dob.year - 1)
    if not adult:
        young = [x for x in CHILD_LABELS if not x.startswith(("Baby", "Young"))]
        c["label"] = rng.choice(young + (["Baby L"] if c["age"] <= 1 else ["Young Person S"] if c["age"] >= 12 else []))
    c["they"] = {"F": "her", "M": "his"}[c["subject"].sex]
    return c


def ds(rng) -> str:
    return rng.choice(DATE_STYLES)

# ---------------------------------------------------------------- ratification scenarios

POSITIVE = ["ratified", "endorsed", "approved", "agreed", "active", "dayof", "sub_then_rat",
            "cpc_then_cog", "deferred"]
NEGATIVE = ["sent_to", "presented_to", "cpc_only", "tor", "commenced", "future", "awaiting", "none"]


def rat_sentence(d: Doc, c, scen: str, when: dt.date | None = None) -> str:
    """A sentence about the COG and the report; records the gold date when it ratifies."""
    rng = d.rng
    cog = rng.choice(COG_FORMS)
    Cog = cog[0].upper() + cog[1:]
    d1 = when or c["base"] + dt.timedelta(days=rng.randint(3, 30))
    d0 = d1 - dt.timedelta(days=rng.randint(8, 45))
    st = ds(rng)
    t1 = fmt_date(d1, st if scen != "dayof" else "dayof")
    t0 = fmt_date(d0, ds(rng))
    if scen == "ratified":
        s = rng.choice([f"The findings and recommendations were ratified by {cog} on {t1}.",
                        f"This report was ratified by {cog} on {t1}.",
                        f"Ratified by {cog} on {t1}."])
    elif scen == "endorsed":
        s = rng.choice([f"The report and its improvement plan were endorsed by {cog} on {t1}.",
                        f"The review was endorsed by {cog} at its meeting of {t1}."])
    elif scen == "approved":
        s = rng.choice([f"The final report was approved by {cog} on {t1}.",
                        f"Final report approved by Chief Officers {t1}."])
    elif scen == "agreed":
        s = rng.choice([f"The outcome of the review was agreed by {cog} on {t1}.",
                        f"Recommendations agreed by {cog}: {t1}."])
    elif scen == "active":
        s = rng.choice([f"{Cog} ratified the outcome of the review on {t1}.",
                        f"On {t1} {cog} endorsed the report and its recommendations.",
                        f"At their meeting on {t1}, Chief Officers approved the report."])
    elif scen == "dayof":
        s = f"The outcome of this review was ratified by {cog} on {t1}."
    elif scen == "sub_then_rat":
        s = (f"The report was submitted to {cog} on {t0} and, following minor amendments, was ratified on {t1}.")
    elif scen == "cpc_then_cog":
        s = (f"The {c['committee']} approved the report on {t0}. It was subsequently endorsed by {cog} on {t1}.")
    elif scen == "deferred":
        s = (f"{Cog} considered a draft on {t0} and asked for further detail from health; the revised report "
             f"was ratified by {cog} on {t1}.")
    elif scen == "sent_to":
        return d.distractor(rng.choice([f"The report was sent to {cog} on {t1} for ratification.",
                                        f"Submitted to {cog} on {t1}; a decision is awaited."]))
    elif scen == "presented_to":
        return d.distractor(f"The draft report was presented to {cog} on {t1} for discussion.")
    elif scen == "cpc_only":
        return d.distractor(f"The {c['committee']} approved the final report on {t1}; it will go to {cog} in due course.")
    elif scen == "tor":
        return d.distractor(f"The terms of reference were approved by {cog} on {t0}.")
    elif scen == "commenced":
        return d.distractor(f"The review commenced on {t0} and the review team met on five occasions.")
    elif scen == "future":
        fut = dt.date(2027, rng.randint(1, 6), rng.randint(1, 28))
        return d.distractor(rng.choice([f"The report will be presented for ratification at the meeting of {cog} on {fmt_date(fut, ds(rng))}.",
                                        f"Next COG meeting (ratification): {fmt_date(fut, ds(rng))}"]))
    elif scen == "awaiting":
        return d.distractor(f"This report is awaiting ratification by {cog}.")
    elif scen == "none":
        return ""
    else:
        raise ValueError(scen)
    return d.ratified(s, t1, d1)

# ---------------------------------------------------------------- layouts
# Each takes (doc, context) and returns (text, doc_type, subject).


def L_icr_wordform(d: Doc, c):
    rng, s, m, f, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    ratified = rng.random() < 0.65
    b = c["base"]
    ref = b - dt.timedelta(days=rng.randint(40, 70))
    conv = ref + dt.timedelta(days=rng.randint(10, 25))
    sent = conv + dt.timedelta(days=rng.randint(5, 15))
    cog = sent + dt.timedelta(days=rng.randint(4, 20))
    style = ds(rng)
    leader = rng.random() < 0.4
    row = (lambda lab, val: f"{lab} {'.' * rng.randint(6, 14)} {val}") if leader else (lambda lab, val: f"{lab}:\t{val}")
    rows = [row("Date of referral", fmt_date(ref, style)),
            row("Date ICR convened", fmt_date(conv, style)),
            row("Date ICR report completed", fmt_date(sent - dt.timedelta(days=2), style)),
            d.distractor(row("Date sent to the Chief Officers Group", fmt_date(sent, style)))]
    if ratified:
        ct = fmt_date(cog, style)
        rows.append(row("Date of COG meeting", ct))
        rows.append(d.ratified(row("Date outcome ratified by COG", ct), ct, cog))
    else:
        fut = cog + dt.timedelta(days=30)
        rows.append(d.distractor(row("Date of COG meeting", fmt_date(fut, style) + " (scheduled)")))
        rows.append(d.distractor(row("Date outcome ratified by COG", rng.choice(["", "TBC", "Not yet ratified", "N/A"]))))
    box = lambda x: "☒" if x else "☐"
    dec = rng.choice(["lr", "no", "single"])
    lines = [
        f"{c['committee'].upper()}", "INITIAL CASE REVIEW (ICR) – NOTIFICATION TO THE CARE INSPECTORATE",
        f"Committee: {d.k(c['committee'])}", "",
        "SECTION 1: CHILD DETAILS",
        f"Name of child:\t{d.n(s, rng.choice(['full', 'full_caps', 'rev']))}",
        f"{rng.choice(['Date of birth', 'DOB', 'D.O.B.'])}:\t{d.dob(s)}",
        f"CHI number:\t{d.p('chi', chi_number(rng, s.dob, bad_check=rng.random() < 0.4))}",
        f"Home address:\t{d.addr(c['area'], lower=rng.random() < 0.3, multiline=rng.random() < 0.5)}",
        f"Parent/carer:\t{d.n(m, 'titlefull')} (mother), {d.n(f, 'full')} (father)",
        f"Age at time of incident:\t{d.k(str(c['age']) + (' year' if c['age'] == 1 else ' years'))}",
        "", "SECTION 2: KEY DATES", *rows, "",
        "SECTION 3: ICR DECISION",
        f"{box(dec == 'lr')} Proceed to Learning Review",
        f"{box(dec == 'no')} No further review required",
        f"{box(dec == 'single')} Single-agency learning",
        "", "SECTION 4: COMPLETED BY",
        f"Name:\t{d.n(st[0], rng.choice(['full', 'titlefull']))}",
        f"Designation:\t{d.k('Lead Officer')}, {c['committee']}",
        f"Telephone:\t{d.p('phone', phone(rng))}",
        f"E-mail:\t{d.email(st[0], work=True)}",
        f"Agencies represented: {d.k('Police Scotland')}, {d.k(c['nhs'])}, {d.k(c['council'])}",
    ]
    return "\n".join(lines), "ICR", "child"


def L_scr_narrative(d: Doc, c):
    rng, s, m, f, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    adult = c["adult"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["sent_to", "commenced", "none"]))
    t = c["base"] - dt.timedelta(days=500)
    events = [
        (f"{d.n(st[1], 'titleinit')} ({d.k('GP')}) saw {d.n(s, 'fore')}; weight loss noted.", c["nhs"]),
        (f"Police attended {d.addr(c['area'], lower=rng.random() < 0.5)} following a call from a neighbour.", "Police Scotland"),
        (f"Referral to {d.k('social work')} by {d.n(st[2], 'full')}.", c["council"]),
        (f"{d.n(f if not adult else c['rel1'], 'sur')} not present at home visit.", c["council"]),
        (f"Case discussion; {d.n(st[3], 'init')} agreed to share the chronology.", c["nhs"]),
        (f"{d.k(c['label'])} admitted to hospital.", c["nhs"]),
    ]
    rows = []
    for e, a in events:
        t += dt.timedelta(days=rng.randint(10, 80))
        rows.append(f"{fmt_date(t, rng.choice(['slash', 'dot2', 'short']))}\t{e}\t{d.k(a)}")
    intro = (f"This Significant Case Review was commissioned by the {d.k(c['committee'])} following the "
             f"{'death' if rng.random() < 0.5 else 'serious injury'} of {d.k(c['label'])}, "
             f"{d.k('aged ' + str(c['age']))}. {d.k(c['label'])} lived with "
             + (f"{d.n(c['rel1'], 'titlefull')}, {c['they']} {'daughter' if c['rel1'].sex == 'F' else 'son'}," if adult else f"{d.n(m, 'full')} and {d.n(f, 'full')}")
             + " and was known to several agencies.")
    text = "\n\n".join([
        f"{c['committee']}\nSIGNIFICANT CASE REVIEW\n{c['label']}\nFINAL REPORT",
        "1. Introduction", wrap(intro, rng),
        "2. Background",
        wrap(f"{d.n(s, 'fore')} was born on {d.dob(s)}. "
             + (f"After retiring, {d.n(s, 'title')} lived alone until {d.n(c['rel1'], 'fore')} moved in."
                if adult else f"{d.n(m, 'fore_poss')} own childhood had been marked by neglect; {d.n(c['gran'], 'title')}, "
                              f"the maternal grandmother, cared for {d.n(s, 'fore')} at weekends."), rng),
        "3. Chronology of key events", "Date\tEvent\tAgency\n" + "\n".join(rows),
        "4. Analysis",
        wrap(f"The review team found that information held by {d.k(c['nhs'])} was not passed to {d.k(c['council'])}. "
             f"The practitioner, {d.n(st[2], 'title')}, was working without supervision.", rng),
        "5. Status", wrap(rt or "The review team's report is now with the Committee.", rng),
    ])
    return text, "SCR", "adult" if adult else "child"


def L_lr_child(d: Doc, c):
    rng, s, m, f, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["future", "awaiting", "cpc_only"]))
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nLEARNING REVIEW REPORT: {d.k(c['label'])}",
        "Executive summary",
        wrap(f"This Learning Review was carried out under the National Guidance for Child Protection in Scotland "
             f"2021 (updated 2023). It concerns {d.k(c['label'])}, a {d.k(str(c['age']) + '-year-old')}, who lived with "
             f"{d.k('mother')} and {d.k('siblings')} in {c['area'][3][0][0]}.", rng),
        "The child and family",
        wrap(f"{d.n(s, 'full')} ({d.dob(s)}) is the youngest of three. {d.n(m, 'full')}, mother, d.o.b. {d.dob(m)}, "
             f"separated from {d.n(f, rng.choice(['full', 'full_caps']))} in 2023. {d.n(c['sib'], 'fore')}, "
             f"{d.k('aged ' + str(max(1, c['base'].year - c['sib'].dob.year - 1)))}, attends "
             f"{d.q('school', rng.choice(SCHOOLS))}.", rng),
        "Practitioner learning events",
        wrap(f"Two learning events were facilitated by {d.n(st[0], 'full')} ({d.k('Independent Reviewer')}) and "
             f"{d.n(st[1], 'titlefull')}. Practitioners from {d.k('Police Scotland')}, {d.k(c['nhs'])} and "
             f"{d.k(c['council'])} took part, including the {d.k('health visitor')} and the {d.k('named person')}.", rng),
        "What we learned",
        wrap(f"Concerns raised by {d.n(c['gran'], rng.choice(['titlefull', 'full']))}, the grandmother "
             f"(tel. {d.p('phone', phone(rng))}), were recorded but not acted upon. {d.n(f, 'title')}'s "
             f"history of violence was known to {d.k('Police Scotland')} but not to the {d.k('named person')}.", rng),
        "Governance", wrap(rt or "The report will be considered by Chief Officers.", rng),
    ])
    return text, "LR", "child"


def L_lr_adult(d: Doc, c):
    rng, s, r1, r2, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["presented_to", "none", "future"]))
    home = d.q("care_home", f"{rng.choice(STREET_A)} Grange Care Home")
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nADULT SUPPORT AND PROTECTION LEARNING REVIEW\n{d.k(c['label'])}",
        "Summary of the adult's circumstances",
        wrap(f"{d.k(c['label'])} ({d.n(s, rng.choice(['titlefull', 'full']))}, date of birth {d.dob(s)}, NHS number "
             f"{d.p('nhs', nhs_number(rng, bad_check=rng.random() < 0.4))}) was {d.k('a ' + str(c['age']) + '-year-old')} "
             f"{'woman' if s.sex == 'F' else 'man'} living with vascular dementia at "
             f"{d.addr(c['area'], rural=rng.random() < 0.4, lower=rng.random() < 0.3)}.", rng),
        wrap(f"{d.n(r1, 'full')}, {'daughter' if r1.sex == 'F' else 'son'} and welfare attorney, lived nearby. "
             f"{d.n(r1, 'title')}'s National Insurance number {d.p('ni', ni_number(rng))} appeared on the "
             f"financial assessment. A neighbour, {d.n(r2, rng.choice(['full', 'nick']))}, often brought meals.", rng),
        "Agency involvement",
        wrap(f"{d.k('Care at home')} was provided by {d.k(c['council'])}. The {d.k('council officer')}, "
             f"{d.n(st[0], 'full')}, undertook an {d.k('Adult Support and Protection')} inquiry after "
             f"{d.n(st[1], 'full')} of {d.k(c['nhs'])} raised concerns. Respite was offered at {home}.", rng),
        "Findings",
        wrap(f"Practitioners did not test the consent given by {d.n(s, 'title')} to sharing information, and "
             f"the capacity assessment by {d.n(st[2], 'titleinit')} was not revisited.", rng),
        "Ratification", wrap(rt or "This report has not yet been considered by Chief Officers.", rng),
    ])
    return text, "LR", "adult"


def L_lr_decision(d: Doc, c):
    rng, s, st = d.rng, c["subject"], c["staff"]
    proceed = rng.random() < 0.5
    b = c["base"]
    ref = b - dt.timedelta(days=rng.randint(30, 60))
    box = lambda x: "[X]" if x else "[ ]"
    reasons = ("The circumstances meet the criteria for a Learning Review: the "
               f"{'adult' if c['adult'] else 'child'} came to serious harm and there is potential for significant "
               "multi-agency learning.") if proceed else \
              ("Learning has already been identified through a single-agency review by "
               f"{c['nhs']}; a Learning Review would not add to it.")
    other = d.distractor(rng.choice([
        f"Date of {c['abbr']} case review group decision: {fmt_date(b, ds(rng))}",
        f"Date referral received: {fmt_date(ref, ds(rng))}",
    ]))
    text = "\n".join([
        "NOTIFICATION OF A DECISION ON A LEARNING REVIEW",
        f"To: {d.k('the Care Inspectorate')}", f"From: {d.k(c['committee'])}", "",
        f"Person {'(adult)' if c['adult'] else '(child or young person)'}: {d.k(c['label'])}, "
        f"{d.k('aged ' + str(c['age']))}",
        f"Date of referral: {fmt_date(ref, ds(rng))}",
        other, "",
        "Decision",
        f"{box(proceed)} Proceed to a Learning Review",
        f"{box(not proceed)} Not proceed to a Learning Review", "",
        "Reasons for the decision:", wrap(reasons, rng, 86), "",
        wrap(f"The referral was made by {d.n(st[1], rng.choice(['full', 'titlefull']))} of {d.k(c['nhs'])} after "
             f"{d.n(s, 'fore')} was admitted from {d.addr(c['area'], lower=rng.random() < 0.5)}.", rng),
        "",
        f"Contact: {d.n(st[0], 'full')}, {d.k('Lead Officer')} – {d.email(st[0], work=True)} – {d.p('phone', phone(rng))}",
    ])
    return text, "LR-DECISION", "adult" if c["adult"] else "child"


def L_lr_outcome(d: Doc, c):
    rng, st = d.rng, c["staff"]
    b = c["base"]
    cogd = b + dt.timedelta(days=rng.randint(2, 20))
    stl = ds(rng)
    ct = fmt_date(cogd, stl)
    row = d.ratified(f"Date the Chief Officers Group ratified the outcome: {ct}", ct, cogd)
    sign = [f"{'Name':<28}  {'Designation':<28}  Agency",
            f"{d.n(st[0], 'full'):<28}  {d.k('Chair'):<28}  {d.k(c['committee'])}",
            f"{d.n(st[1], rng.choice(['full', 'titlefull'])):<28}  {d.k('Chief Social Work Officer'):<28}  {d.k(c['council'])}",
            f"{d.n(st[2], 'full'):<28}  {d.k('Divisional Commander'):<28}  {d.k('Police Scotland')}"]
    text = "\n".join([
        "LEARNING REVIEW – OUTCOME NOTIFICATION", f"Committee: {c['committee']}",
        f"Review: {d.k(c['label'])} ({'adult' if c['adult'] else 'child'})", "",
        d.distractor(f"Date the review commenced: {fmt_date(b - dt.timedelta(days=rng.randint(150, 300)), ds(rng))}"),
        row,
        f"Anonymised report attached: Yes", "",
        "Summary of key learning:",
        wrap(f"- The voice of {c['label']} was not heard consistently.\n- Escalation routes between {d.k(c['nhs'])} and "
             f"{d.k(c['council'])} were unclear.", rng, 90), "",
        "Signatories:", *sign, "",
        f"Queries to {d.q('mailbox', 'publicprotection@' + plain_ascii(c['area'][1])[:10] + '.example.gov.uk')}",
    ])
    return text, "LR-OUTCOME", "adult" if c["adult"] else "child"


def L_cover_letter(d: Doc, c):
    rng, st = d.rng, c["staff"]
    b = c["base"]
    lines = [
        f"{d.k(c['council'])}", f"{d.k('Children, Families and Justice')}", "", f"{fmt_date(b, ds(rng))}", "",
        f"{d.k('Strategic Team')}", f"{d.k('the Care Inspectorate')}", "",
        f"Dear {rng.choice(['Sir or Madam', 'colleague', 'Strategic Team'])}", "",
        wrap(f"Please find attached the Initial Case Review report regarding {d.k(c['label'])} from the "
             f"{c['committee']}. {rat_sentence(d, c, rng.choice(['sent_to', 'future', 'none']))}", rng, 80), "",
        wrap("If you require anything further please contact me.", rng), "",
        rng.choice(["Yours sincerely", "Yours faithfully", "Kind regards"]), "",
        d.n(st[0], rng.choice(["full", "titlefull", "full_caps"])),
        f"{d.k('Lead Officer')}, {c['committee']}",
        f"Tel: {d.p('phone', phone(rng))}",
    ]
    return "\n".join(lines), "OTHER", None


def L_cover_email(d: Doc, c):
    rng, st = d.rng, c["staff"]
    b = c["base"]
    e0 = d.email(st[0], work=True)
    text = "\n".join([
        f"From: {d.n(st[0], 'full')} <{e0}>",
        f"Sent: {b:%d %B %Y} 09:41",
        f"To: {d.q('mailbox', 'intake@strategic.example.gov.scot')}",
        f"Cc: {d.n(st[1], 'full')}",
        f"Subject: LR outcome – {c['label']} – {c['area'][1]}", "",
        "Good morning,", "",
        wrap(f"Attached is the outcome notification and anonymised report for the learning review concerning "
             f"{d.k(c['label'])}. Apologies for the delay – our {d.k('Lead Officer')} was on leave.", rng, 76), "",
        rng.choice(["Kind regards", "Many thanks", "Best wishes", "Regards"]),
        d.n(st[0], rng.choice(["fore", "full", "nickonly"])),
        f"{d.k('Business Support Officer')} | {c['committee']}",
        f"{d.p('phone', phone(rng))}",
    ])
    return text, "OTHER", None


def L_minutes(d: Doc, c):
    rng, st = d.rng, c["staff"]
    b = c["base"] - dt.timedelta(days=rng.randint(5, 20))
    members = [(st[i], r) for i, r in enumerate(["Chair", "Lead Officer", "Detective Inspector", "Senior Nurse",
                                                  "Service Manager", "Head of Education"])]
    inits = [d.n(p, "inits") for p, _ in members]
    att = "\n".join(f"  {d.n(p, rng.choice(['full', 'titlefull', 'init']))} ({i})\t{d.k(r)}"
                    for (p, r), i in zip(members, inits))
    actions = "\n".join([
        "No.\tAction\tLead\tBy",
        f"1\tShare the integrated chronology\t{inits[3]}\t{fmt_date(b + dt.timedelta(days=14), 'dm2')}",
        f"2\tBrief {d.k('team leaders')} on escalation\t{inits[4]}\t{fmt_date(b + dt.timedelta(days=28), 'dm2')}",
        f"3\tPrepare report for the {c['abbr']}\t{inits[1]}\t{fmt_date(b + dt.timedelta(days=21), 'dm2')}",
    ])
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nCASE REVIEW SUB-GROUP\nMINUTE OF MEETING HELD ON {fmt_date(b, ds(rng)).upper()}",
        "Present:\n" + att,
        f"Apologies: {d.n(st[6], 'full')}; {d.n(st[7], 'titleinit')}",
        f"In attendance: {d.n(st[8], 'full')} (minute taker)",
        "1. Referral: " + d.k(c["label"]),
        wrap(f"{inits[1]} outlined the referral concerning {c['label']} and the family's move from "
             f"{d.addr(c['area'], lower=rng.random() < 0.5)}. The group agreed an ICR should be convened.", rng),
        "2. Learning reviews update",
        wrap(rat_sentence(d, c, rng.choice(["future", "presented_to", "none", "tor"])) or "No update.", rng),
        "3. Action log", actions,
        f"Date of next meeting: {fmt_date(b + dt.timedelta(days=42), ds(rng))}",
    ])
    return text, "OTHER", None


def L_genogram_table(d: Doc, c):
    rng, s, m, f, g, sib, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["gran"], c["sib"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["sent_to", "none"]))
    head = rng.choice(["DOB", "D.O.B.", "Date of birth", "Date of Birth"])
    rows = [("Subject", s), ("Mother", m), ("Father", f), ("Sibling", sib), ("Maternal grandmother", g)]
    table = [f"| Name | Relationship | {head} | Address |", "|---|---|---|---|"]
    home = d.addr(c["area"], lower=rng.random() < 0.3)
    for rel, P in rows:
        nm = d.n(P, rng.choice(["full", "full", "full_caps", "rev"]))
        where = home if rel in ("Subject", "Mother", "Sibling") else (d.addr(c["area"]) if rel == "Father" else "not known")
        table.append(f"| {nm} | {d.k(rel)} | {d.dob(P)} | {where} |")
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nINITIAL CASE REVIEW REPORT\n{d.k(c['label'])}",
        "1. Reason for the ICR",
        wrap(f"An ICR was convened after {c['label']} presented at the emergency department with an unexplained "
             f"fracture. {d.k('Police Scotland')} and {d.k(c['council'])} social work undertook a joint investigation.", rng),
        "2. Family composition", "\n".join(table),
        "3. Agency involvement",
        wrap(f"The {d.k('health visitor')}, {d.n(st[0], 'full')}, had last seen the family eleven weeks before. "
             f"{d.n(st[1], 'titlefull')}, {d.k('social worker')}, had closed the case in the spring.", rng),
        "4. Outcome", wrap(rt or "The ICR outcome will be reported to Chief Officers.", rng),
    ])
    return text, "ICR", "child"


def L_genogram_list(d: Doc, c):
    rng, s, m, f, g, sib, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["gran"], c["sib"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["commenced", "future"]))
    legend = "\n".join([
        "Genogram key (household shaded)",
        f"  ■ {d.n(f, 'full')} ({d.dob(f)}) — father, lives separately",
        f"  ● {d.n(m, 'full')} ({d.dob(m)}) — mother",
        f"    ├─ {d.n(s, rng.choice(['full', 'nick']))} ({d.dob(s)}) — {d.k(c['label'])}",
        f"    └─ {d.n(sib, 'fore')} ({d.dob(sib)}) — half-sibling",
        f"  ○ {d.n(g, 'titlefull')}, born on {d.dob(g)} — maternal grandmother",
    ])
    text = "\n\n".join([
        f"{c['committee']}\nSignificant Case Review in respect of {d.k(c['label'])}",
        "Family structure", legend,
        "The review process",
        wrap(f"The lead reviewer, {d.n(st[0], 'full')}, was supported by {d.n(st[1], 'full')} "
             f"({d.k('Social Work Scotland')}). The family were offered the chance to contribute; "
             f"{d.n(m, 'title')} met the reviewers twice.", rng),
        "Key findings",
        wrap(f"Agencies did not share what they knew about {d.n(f, 'fore_poss')} drinking. {d.k(c['nhs'])} "
             f"held information that {d.k('the named person')} never saw.", rng),
        wrap(rt or "", rng),
    ])
    return text, "SCR", "child"


def L_family_tabbed(d: Doc, c):
    rng, s, m, f, sib, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["sib"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["awaiting", "cpc_only"]))
    head = rng.choice(["D.O.B.", "DOB", "Date of birth"])
    w = 30
    fam = [f"{'Name':<{w}}  {head:<18}  {'Relationship to ' + c['label']}"]
    for P, rel in [(s, "Self"), (m, "Mother"), (f, "Father"), (sib, "Brother" if sib.sex == "M" else "Sister")]:
        fam.append(f"{d.n(P, rng.choice(['full', 'full_caps'])):<{w}}  {d.dob(P):<18}  {d.k(rel)}")
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nLearning Review\n{c['label']} – Final report",
        "Household", "\n".join(fam),
        wrap(f"The family lived at {d.addr(c['area'], multiline=False, lower=rng.random() < 0.4)} and moved twice in "
             f"eighteen months. {d.n(s, 'fore')} was {d.k('aged ' + str(c['age']))} when the review was commissioned.", rng),
        "Methodology",
        wrap(f"The review used a systems approach. The reviewers, {d.n(st[0], 'full')} and {d.n(st[1], 'init')}, "
             f"read agency records from {d.k(c['nhs'])}, {d.k(c['council'])} and {d.k(SCRA)}.", rng),
        "Learning",
        wrap(f"{d.n(st[2], 'full')}, the {d.k('named person')}, described feeling unable to challenge "
             f"{d.n(f, 'title')}.", rng),
        wrap(rt or "", rng),
    ])
    return text, "LR", "child"


def L_distribution(d: Doc, c):
    rng, st = d.rng, c["staff"]
    rt = rat_sentence(d, c, rng.choice(["ratified", "endorsed", "approved", "agreed", "sent_to", "future"]))
    dist = ["Distribution list", "Name\tDesignation\tAgency"]
    for i, (role, org) in enumerate([("Chief Executive", c["council"]), ("Chief Officer", "Health and Social Care Partnership"),
                                     ("Chief Superintendent", "Police Scotland"), ("Nurse Director", c["nhs"]),
                                     ("Chief Social Work Officer", c["council"]), ("Locality Reporter Manager", "SCRA")]):
        dist.append(f"{d.n(st[i], rng.choice(['full', 'titlefull', 'titleinit', 'full_caps']))}\t{d.k(role)}\t{d.k(org)}")
    version = ["Document control", "Version\tDate\tAuthor\tChange",
               f"0.3\t{fmt_date(c['base'] - dt.timedelta(days=60), 'slash')}\t{d.n(st[6], 'inits')}\tFirst draft",
               f"1.0\t{fmt_date(c['base'], 'slash')}\t{d.n(st[6], 'inits')}\tFinal"]
    text = "\n\n".join([
        f"{c['committee']}\nLEARNING REVIEW\n{d.k(c['label'])}", "\n".join(version), "\n".join(dist),
        "Introduction",
        wrap(f"This report sets out the findings of the Learning Review into the circumstances of {c['label']}, "
             f"{d.k('aged ' + str(c['age']))}, undertaken by {d.n(st[7], 'full')}, {d.k('Independent Reviewer')}.", rng),
        wrap(rt or "", rng),
        f"Report author: {d.n(st[7], rng.choice(['full', 'titlefull']))}",
    ])
    return text, "LR", "adult" if c["adult"] else "child"


def L_chronology(d: Doc, c):
    rng, s, m, f, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["sent_to", "none", "presented_to"]))
    t = c["base"] - dt.timedelta(days=420)
    rows = ["| Date | Source agency | Event | Significance |", "|---|---|---|---|"]
    evs = [
        (c["nhs"], f"Antenatal booking; {d.n(m, 'fore')} disclosed previous domestic abuse.", "High"),
        ("Police Scotland", f"VPD raised: {d.n(f, 'full')} and {d.n(m, 'title')} at {d.addr(c['area'], lower=rng.random() < 0.5)}.", "High"),
        (c["council"], f"Duty worker {d.n(st[4], 'full')} spoke to {d.n(m, 'fore')} by phone ({d.p('phone', phone(rng))}).", "Medium"),
        ("Education", f"{d.n(s, 'fore')} absent 11 days; letter sent to {d.n(m, 'titlefull')}.", "Medium"),
        (c["nhs"], f"ED attendance; {d.n(s, 'fore')}'s CHI {d.p('chi', chi_number(rng, s.dob))} flagged.", "High"),
        ("Police Scotland", f"{d.n(f, 'sur_caps')} arrested; released on undertaking.", "High"),
    ]
    for a, e, sig in evs:
        t += dt.timedelta(days=rng.randint(15, 70))
        rows.append(f"| {fmt_date(t, rng.choice(['slash', 'dot', 'slash2', 'iso']))} | {d.k(a) if a != 'Education' else a} | {e} | {sig} |")
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nINITIAL CASE REVIEW\nAppendix 1: Multi-agency chronology – {d.k(c['label'])}",
        f"Subject: {d.n(s, 'rev')}, DOB {d.dob(s)}",
        "\n".join(rows),
        "ICR conclusion",
        wrap(f"The ICR found that risk was not reassessed after the police concern report. {rt}", rng),
    ])
    return text, "ICR", "child"


def L_ppc_report(d: Doc, c):
    rng, s, r1, r2, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["sent_to", "cpc_only", "none"]))
    subj = "adult" if c["adult"] else "child"
    kid = c["sib"]
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nLEARNING REVIEW – CHILDREN AND ADULTS\n{d.k(c['label'])}",
        "Why a joint review",
        wrap(f"This review was carried out jointly under the child protection and the {d.k('Adult Support and Protection')} "
             f"guidance because it concerned both {d.k(c['label'])} and "
             + ("the children in the household." if c["adult"] else "a vulnerable adult caring for the child."), rng),
        "The people at the centre",
        wrap((f"{d.n(s, 'titlefull')} ({d.dob(s)}), a {d.k(str(c['age']) + '-year-old')} with a learning disability, "
              f"cared for a grandchild, {d.n(kid, 'full')}, D.O.B. {d.dob(kid)}, at "
              if c["adult"] else
              f"{d.n(s, 'full')}, born {d.dob(s)}, lived with {d.n(r1, 'full')}, who has a learning disability, at ")
             + f"{d.addr(c['area'], multiline=False, rural=rng.random() < 0.3)}.", rng),
        wrap(f"{d.n(r2, 'full')} (tel. {d.p('phone', phone(rng))}, e-mail {d.email(r2)}) was a frequent visitor.", rng),
        "What agencies did",
        wrap(f"{d.k('Police Scotland')}, {d.k(c['nhs'])} and {d.k(c['council'])} each held part of the picture. "
             f"The {d.k('council officer')} {d.n(st[0], 'full')} and {d.k('health visitor')} {d.n(st[1], 'full')} "
             f"did not meet.", rng),
        "Status", wrap(rt or "Not yet considered by Chief Officers.", rng),
    ])
    return text, "LR", subj


def L_headers_footers(d: Doc, c):
    rng, s, m, st = d.rng, c["subject"], c["rel1"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["future", "commenced"]))
    hdr = f"OFFICIAL – SENSITIVE\t{c['area'][1]} {c['abbr']} – ICR {c['label']} – Final v1.{rng.randint(0, 4)}"
    pages = [
        wrap(f"This Initial Case Review concerns {d.k(c['label'])}, {d.k('aged ' + str(c['age']))}, who was "
             f"referred by {d.k('Police Scotland')} after being found alone at home. {d.k('Mother')}, "
             f"{d.n(m, 'full')}, was at work.", rng),
        wrap(f"Child: {d.n(s, 'full')}. {d.k(c['label'])} lives with {d.n(m, 'fore')} at "
             f"{d.addr(c['area'], lower=rng.random() < 0.4)}. The {d.k('named person')} is "
             f"{d.n(st[0], 'titlefull')}, {d.k('Head Teacher')}.", rng),
        wrap(f"{d.n(st[1], 'full')} ({d.k('Team Manager')}, {d.k(c['council'])}) chaired the ICR. "
             f"{d.n(st[2], 'full')} represented {d.k(c['nhs'])}.", rng),
        wrap(rt or "Recommendations are set out in the action plan.", rng),
    ]
    n = len(pages)
    out = []
    for i, p in enumerate(pages, 1):
        out += [hdr, "", p, "", rng.choice([f"Page {i} of {n}", f"- {i} -", f"{i}"]) + "\t" + d.k("Protecting children is everyone's job"), "\f"]
    return "\n".join(out), "ICR", "child"


def L_quoting_letter(d: Doc, c):
    rng, s, m, f, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(POSITIVE + ["awaiting", "sent_to"]))
    gp = st[3]
    letter = "\n".join([
        f"    {d.k(c['nhs'])}", f"    {d.q('gp', rng.choice(STREET_A) + ' Medical Practice')}", "",
        f"    {fmt_date(c['base'] - dt.timedelta(days=200), ds(rng))}", "",
        f"    {d.n(m, 'titlefull')}",
        "    " + d.addr(c["area"], multiline=True, lower=rng.random() < 0.3).replace("\n", "\n    "), "",
        f"    Dear {d.n(m, 'title')},",
        f"    Re: {d.n(s, 'full')}, d.o.b. {d.dob(s)}, CHI {d.p('chi', chi_number(rng, s.dob, bad_check=rng.random() < 0.5))}",
        "    " + wrap(f"You have not brought {d.n(s, 'fore')} to three appointments. Please telephone the surgery.", rng, 70).replace("\n", "\n    "),
        "    Yours sincerely", f"    {d.n(gp, rng.choice(['titleinit', 'full']))}",
        f"    {d.k('General Practitioner')}",
    ])
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nLearning Review – {d.k(c['label'])}",
        "Health involvement",
        wrap(f"The GP practice wrote to the family after missed appointments. The letter, reproduced below with "
             f"the family's consent, shows the practice's attempts to engage {d.n(m, 'title')}:", rng),
        letter,
        wrap(f"The letter was not copied to the {d.k('health visitor')}. {d.n(f, 'full')} later told the review "
             f"that he had never seen it.", rng),
        "Governance", wrap(rt or "", rng),
    ])
    return text, "LR", "child"


def L_agenda(d: Doc, c):
    rng, st = d.rng, c["staff"]
    meet = dt.date(2027, rng.randint(1, 6), rng.randint(1, 28))
    text = "\n".join([
        f"{c['area'][1]} Chief Officers Group", f"AGENDA", f"{fmt_date(meet, ds(rng))}, 10.00am, Council Chambers", "",
        "1. Welcome and apologies",
        "2. Minute of previous meeting and matters arising",
        f"3. Learning Review {d.k(c['label'])} – final report for ratification ({d.n(st[0], 'inits')})",
        f"4. {c['abbr']} business plan 2027–28 ({d.n(st[1], 'full')})",
        "5. Performance framework – quarterly data",
        f"6. Inspection update ({d.k('the Care Inspectorate')})",
        "7. AOCB", "",
        f"Papers: {d.n(st[2], 'full')}, {d.k('Business Support Officer')}, {d.p('phone', phone(rng))}",
    ])
    return text, "OTHER", None


def L_action_plan(d: Doc, c):
    rng, st = d.rng, c["staff"]
    rows = ["| Recommendation | Action | Lead | Timescale | RAG |", "|---|---|---|---|---|"]
    for i, rec in enumerate(["Improve information sharing at the front door", "Refresh guidance on neglect",
                             "Multi-agency training on coercive control", "Audit of chronologies"]):
        rows.append(f"| {i + 1}. {rec} | {rng.choice(['Review', 'Deliver', 'Commission', 'Publish'])} | "
                    f"{d.n(st[i], rng.choice(['full', 'init', 'titleinit']))} ({d.k(rng.choice(['Lead Officer', 'Service Manager', 'Detective Inspector', 'Senior Nurse']))}) | "
                    f"{fmt_date(c['base'] + dt.timedelta(days=90 * (i + 1)), rng.choice(['short', 'slash']))} | "
                    f"{rng.choice(['Red', 'Amber', 'Green'])} |")
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nIMPROVEMENT ACTION PLAN – Learning Review {d.k(c['label'])}",
        wrap(f"This plan is monitored by the {c['abbr']} quality assurance sub-group. "
             f"{rat_sentence(d, c, rng.choice(['none', 'future', 'tor']))}", rng),
        "\n".join(rows),
        f"Plan owner: {d.n(st[5], 'full')}",
    ])
    return text, "OTHER", None


def L_nonreview(d: Doc, c):
    rng, st = d.rng, c["staff"]
    kind = rng.choice(["standard", "bins", "tender"])
    if kind == "standard":
        text = "\n\n".join([
            "BS 8999:2026 Information management — Records retention for local services",
            "Foreword",
            wrap("This standard was prepared by a technical committee. It supersedes the 2019 edition, which is "
                 "withdrawn. Annex A is normative; Annex B is informative.", rng),
            "Methodology",
            wrap("Retention periods were derived from a survey of 41 organisations and reviewed by the committee. "
                 "Even page header and Form 8919 conventions follow clause 4.", rng),
            f"Committee secretary: {d.n(st[0], 'full')}",
        ])
        d.k("Form 8919"), d.k("Even page header")
    elif kind == "bins":
        text = "\n\n".join([
            f"{d.k(c['council'])}\nGarden waste permits 2027",
            wrap(f"Brown bin permits can be bought online from 1 February. Collections in {c['area'][3][0][0]} move to "
                 "Tuesdays from March.", rng),
            f"Enquiries: {d.n(st[0], 'full')}, {d.k('Waste Services')}, {d.p('phone', phone(rng))}",
        ])
    else:
        text = "\n\n".join([
            f"{d.k(c['council'])}\nINVITATION TO TENDER: Independent reviewer framework (Lot 2)",
            wrap(f"The {c['committee']} seeks suppliers to join a framework for independent reviewers. Bids close on "
                 f"{fmt_date(dt.date(2027, 1, rng.randint(5, 28)), ds(rng))}. Suppliers must evidence experience of "
                 "Learning Reviews.", rng),
            f"Procurement officer: {d.n(st[0], 'full')} ({d.email(st[0], work=True)})",
        ])
    return text, "OTHER", None


def L_sir(d: Doc, c):
    rng, s, st = d.rng, c["subject"], c["staff"]
    text = "\n\n".join([
        f"{d.k(c['nhs'])}\nSIGNIFICANT ADVERSE EVENT REVIEW (Category 1)\nSummary report",
        wrap(f"A Significant Adverse Event Review was commissioned by the Medical Director following the "
             f"unexpected death of a patient ({d.n(s, 'full')}, {d.p('nhs', nhs_number(rng))}) in an inpatient ward.", rng),
        wrap(f"The review team ({d.n(st[0], 'full')}, {d.n(st[1], 'full')}) found that observation levels were "
             f"not recorded. The report was approved by the Clinical Governance Committee on "
             f"{fmt_date(c['base'], ds(rng))}.", rng),
    ])
    return text, "OTHER", None


def L_briefing(d: Doc, c):
    rng, st = d.rng, c["staff"]
    text = "\n\n".join([
        f"{d.k('7-Minute Briefing')}: Learning Review {d.k(c['label'])}\n{d.k(c['committee'])}",
        "1. Background", wrap(f"{c['label']} was {d.k('aged ' + str(c['age']))} and known to several services.", rng),
        "2. Why it matters", wrap("Neglect is cumulative; single incidents rarely meet thresholds.", rng),
        "3. Information", wrap(f"{d.k('the named person')} did not receive police concern reports.", rng),
        "4. Questions for your team", "- Do you know who the lead professional is?\n- When did you last check the chronology?",
        f"Prepared by {d.n(st[0], 'full')}, {d.k('Learning and Development Officer')}",
    ])
    return text, "OTHER", None


def L_icr_narrative_adult(d: Doc, c):
    """An APC's initial case review, older form, written as prose (adult subject)."""
    rng, s, r1, st = d.rng, c["subject"], c["rel1"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(["ratified", "endorsed", "dayof", "active", "sent_to", "cpc_only", "none"]))
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nInitial Case Review – {d.k(c['label'])}",
        wrap(f"An Initial Case Review was convened following concerns about financial harm to {d.n(s, 'titlefull')}, "
             f"{d.k('aged ' + str(c['age']))}, of {d.addr(c['area'], lower=rng.random() < 0.5, rural=rng.random() < 0.3)} "
             f"(date of birth {d.dob(s)}; NHS no. {d.p('nhs', nhs_number(rng, bad_check=rng.random() < 0.5))}).", rng),
        wrap(f"{d.n(r1, 'full')}, a lodger, had access to bank cards. {d.n(r1, 'sur_caps')}'s account number and "
             f"NI number ({d.p('ni', ni_number(rng))}) were found in {d.n(s, 'title_poss')} papers.", rng),
        wrap(f"The ICR was chaired by {d.n(st[0], 'full')}. {d.n(st[1], 'titleinit')} ({d.k('Police Scotland')}) and "
             f"{d.n(st[2], 'full')} ({d.k(c['nhs'])}) attended.", rng),
        wrap(rt or "Chief Officers will consider the outcome.", rng),
    ])
    return text, "ICR", "adult"


def L_lr_decision_form(d: Doc, c):
    """A Word form with content-control style fields: decision not to proceed, with reasons."""
    rng, s, st = d.rng, c["subject"], c["staff"]
    b = c["base"]
    proceed = rng.random() < 0.4
    text = "\n".join([
        f"{c['committee']}", "Learning Review – Decision Notification Form", "",
        f"Name of {'adult' if c['adult'] else 'child'}:  {d.k(c['label'])} (anonymised)",
        f"Initials and date of birth (for our records only): {d.n(s, 'inits')}  {d.dob(s)}",
        f"Date of case review group meeting:  {fmt_date(b - dt.timedelta(days=10), ds(rng))}",
        d.distractor(f"Date decision agreed by {c['abbr']} Chair:  {fmt_date(b, ds(rng))}"),
        f"Decision:  {'Proceed to Learning Review' if proceed else 'Do not proceed to Learning Review'}",
        "Reasons:", wrap("The criteria are met." if proceed else
                         "Learning is being taken forward through the single-agency review and the ongoing "
                         "criminal proceedings make practitioner conversations inappropriate at this time.", rng, 84),
        f"Form completed by:  {d.n(st[0], rng.choice(['full', 'titlefull']))}",
        f"Designation:  {d.k('Lead Officer')}",
        f"Contact:  {d.email(st[0], work=True)}",
    ])
    return text, "LR-DECISION", "adult" if c["adult"] else "child"


def L_scr_adult_old(d: Doc, c):
    rng, s, r1, r2, st = d.rng, c["subject"], c["rel1"], c["rel2"], c["staff"]
    rt = rat_sentence(d, c, rng.choice(["ratified", "approved", "agreed", "deferred", "sub_then_rat", "commenced", "none"]))
    text = "\n\n".join([
        f"{d.k(c['committee'])}\nSIGNIFICANT CASE REVIEW\n{d.k(c['label'])}",
        wrap(f"This Significant Case Review was commissioned in 2021 under the Adult Support and Protection "
             f"(Scotland) Act 2007 guidance. {d.k(c['label'])} was {d.k(str(c['age']) + ' years old')}.", rng),
        "Circumstances",
        wrap(f"{d.n(s, 'full')} lived at {d.addr(c['area'], multiline=False, lower=rng.random() < 0.3)}. "
             f"{d.n(s, 'fore_poss')} {'daughter' if r1.sex == 'F' else 'son'}, {d.n(r1, 'full')} (D.O.B. {d.dob(r1)}), and {'her' if r1.sex == 'F' else 'his'} partner "
             f"{d.n(r2, rng.choice(['full', 'nick']))} moved in during 2020. Home carers reported "
             f"that {d.n(r1, 'title')} refused them entry.", rng),
        "Agencies",
        wrap(f"{d.k('Police Scotland')}, {d.k(c['nhs'])}, {d.k(c['council'])} and {d.k('the Office of the Public Guardian')} "
             f"were involved. {d.n(st[0], 'full')}, {d.k('Mental Health Officer')}, and {d.n(st[1], 'full')}, "
             f"{d.k('district nurse')}, gave evidence.", rng),
        wrap(rt or "", rng),
    ])
    return text, "SCR", "adult"


LAYOUTS = [  # (layout function, subject of the context: child / adult / either)
    (L_icr_wordform, "child"), (L_scr_narrative, "either"), (L_lr_child, "child"), (L_lr_adult, "adult"),
    (L_lr_decision, "either"), (L_lr_outcome, "either"), (L_cover_letter, "either"), (L_cover_email, "either"),
    (L_minutes, "either"), (L_genogram_table, "child"), (L_genogram_list, "child"), (L_family_tabbed, "child"),
    (L_distribution, "either"), (L_chronology, "child"), (L_ppc_report, "ppc"), (L_headers_footers, "child"),
    (L_quoting_letter, "child"), (L_agenda, "either"), (L_action_plan, "either"), (L_nonreview, "either"),
    (L_sir, "adult"), (L_briefing, "either"), (L_icr_narrative_adult, "adult"), (L_lr_decision_form, "either"),
    (L_scr_adult_old, "adult"),
]

# ---------------------------------------------------------------- self-check and build

POSITIVE_RE = re.compile(r"\b(ratified|endorsed|approved|agreed)\b[^.\n]{0,60}\b(COG|Chief Officers)|"
                         r"\b(COG|Chief Officers)\b[^.\n]{0,60}\b(ratified|endorsed|approved)\b", re.I)


def check(stem: str, text: str, d: Doc, doc_type: str) -> list[str]:
    """Gold sanity: forms present, none outside their spans, keep terms clean, ratification right."""
    errs = []
    for e in d.pii.values():
        if not present(e["text"], text, e.get("word_collision", False)):
            errs.append(f"{stem}: PII form not in text: {e['text']!r}")
    for kt in d.keeps:
        if not present(kt, text):
            errs.append(f"{stem}: keep term not in text: {kt!r}")
        for e in d.pii.values():
            if present(e["text"], kt, e.get("word_collision", False)):
                errs.append(f"{stem}: keep term {kt!r} contains PII {e['text']!r}")
    blank = norm(text)
    for sp in sorted(set(d.spans), key=len, reverse=True):
        blank = re.compile(r"(?<!\w)" + re.escape(norm(sp)) + r"(?!\w)").sub(" ~ ", blank)
    for e in d.pii.values():
        if present(e["text"], blank, e.get("word_collision", False)):
            errs.append(f"{stem}: PII form {e['text']!r} occurs outside its inserted spans")
    if d.rat_iso:
        if doc_type not in ("ICR", "SCR", "LR", "LR-OUTCOME"):
            errs.append(f"{stem}: a {doc_type} should carry no ratification date")
        if norm(d.rat_sentence) not in norm(text):
            errs.append(f"{stem}: ratification sentence not in text")
        if d.rat_text not in d.rat_sentence:
            errs.append(f"{stem}: ratification date text not in its sentence")
        try:
            if parse_written_date(d.rat_text).isoformat() != d.rat_iso:
                errs.append(f"{stem}: {d.rat_text!r} does not read as {d.rat_iso}")
        except ValueError as e:
            errs.append(f"{stem}: {e}")
    else:
        rest = norm(text)
        for s in d.distractors:
            rest = rest.replace(norm(s), " ~ ")
        if POSITIVE_RE.search(rest):
            errs.append(f"{stem}: no ratification date in gold, but the text says something was ratified")
    return errs


POOL_GENERIC = {"Farm", "Cottage", "Mains", "Park", "Mill", "Bridge", "Brae", "Point", "Haven", "Croft",
                "Steading", "Old", "Schoolhouse", "Wester", "Easter", "Nether", "Grange", "Port", "Toll",
                "Baile", "Kirkton", "Mac", "The"}


def pool_entries() -> list[str]:
    """Every invented name, street and town, and each distinctive part of a compound one."""
    whole = (FORE_F + FORE_M + WORD_FORE_F + WORD_FORE_M + SURN + WORD_SURN + list(NICK.values())
             + STREET_A + RURAL + [t for a in AREAS for t, _ in a[3]])
    parts = [x for w in whole for x in re.split(r"[ ,'-]+", w) if len(x) >= 3 and x not in POOL_GENERIC]
    return sorted(set(whole) | set(parts))


def pool_overlaps(corpus: Path | None) -> list[str]:
    """Pool entries that also occur in ../shared/corpus or in another generator's source.

    The set is only blind if its people and places are nobody else's: a name the rules were
    tuned on elsewhere would flatter the figures.
    """
    here = Path(__file__).resolve().parent
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted(here.glob("*_reports.py")) + sorted(here.glob("synth_*.py"))
               if p.name != Path(__file__).name}
    if corpus and corpus.is_dir():
        for p in sorted(corpus.rglob("*")):
            if p.is_file() and p.suffix in (".txt", ".json", ".md", ".eml"):
                sources[f"corpus/{p.relative_to(corpus)}"] = p.read_text(encoding="utf-8", errors="ignore")
    hits = []
    for w in pool_entries():
        r = re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)", re.I)
        where = [name for name, t in sources.items() if r.search(t)]
        if where:
            hits.append(f"{w!r} also in {', '.join(where[:4])}")
    return hits


def generate(n: int = DEFAULT_N, seed: int = SEED) -> list[tuple[str, dict]]:
    """Return ``n`` (text, gold) pairs, layouts in turn; raise SystemExit if any gold is wrong."""
    rng = random.Random(seed)
    errs, docs = [], []
    for i in range(n):
        fn, subj = LAYOUTS[i % len(LAYOUTS)]
        subject = subj if subj in ("child", "adult") else ("adult" if rng.random() < 0.45 else "child")
        c = context(rng, subject, ppc=subj == "ppc")
        stem = f"B3_{i + 1:02d}"
        d = Doc(stem, rng, fn.__name__[2:])
        text, typ, subj_out = fn(d, c)
        text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
        errs += check(stem, text, d, typ)
        gold = {"file": f"{stem}.txt", "has_text_layer": True, "layout": d.layout, "doc_type": typ,
                "ratification_date": d.rat_iso, "ratification_date_text": d.rat_text, "subject": subj_out,
                "cpc": c["committee"], "pii": list(d.pii.values()), "keep": d.keeps, "quasi": d.quasi}
        docs.append((text, gold))
    if errs:
        raise SystemExit("blind3 self-check failed:\n" + "\n".join(errs))
    return docs


def build(out: Path, n: int = DEFAULT_N, seed: int = SEED) -> list[dict]:
    """Write the set under ``out`` (text/, gold/) and return the gold records (the harness's writer)."""
    return blind_eval.write_set(out, generate(n, seed))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write the blind3 evaluation set (text/ and gold/).")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=DEFAULT_N)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args(argv)
    m = build(a.out, a.n, a.seed)
    print(f"{len(m)} documents, {len({g['layout'] for g in m})} layouts written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
