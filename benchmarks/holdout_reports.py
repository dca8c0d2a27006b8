#!/usr/bin/env python3
"""Second independent held-out evaluation set (eval-indep2).

Written without looking at the redaction/analysis rules or at the other generators in
benchmarks/.  Everything here is invented: people, streets, postcodes, phone numbers
(Ofcom drama ranges), e-mail addresses (example.* domains).  Public bodies are named as
real reports name them.

    python benchmarks/holdout_reports.py OUT_DIR      # writes OUT_DIR/text/*.txt, OUT_DIR/gold/*.json

Each gold JSON follows benchmarks/score_redaction.py ("pii", "keep", "quasi") and adds
"doc_type" (ICR, SCR, LR, LR-DECISION, LR-OUTCOME, OTHER), "ratification_date"
(ISO or null) and "layout".  ``build()`` runs self-checks: every PII form and keep term
occurs in its text, no PII form survives outside the spans where it was inserted, and no
keep term contains a PII form.

Gold correction (round 13): ``L_tor``, a Learning Review's terms of reference, is ``OTHER`` (it was
``LR``): terms of reference set a review up and are not its report (issue 10's kinds; sets 7 and 9
file them so). Only the gold label changed; the texts are the same.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

SEED = 20261201
SCRA = "Scottish Children's Reporter Administration"
SCRA_THE = "the " + SCRA

# ---------------------------------------------------------------- matching (as the scorer)

def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub("[\u2010-\u2015\u2212]", "-", s).replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def pat(needle: str, cs: bool) -> re.Pattern:
    parts = [re.escape(p) for p in norm(needle).split("-")]
    body = r"\s*-?\s*".join(parts)
    body = body.replace(r"\ ", r"\s+")
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", 0 if cs else re.I)


def present(needle: str, hay: str, cs: bool = False) -> bool:
    return bool(pat(needle, cs).search(norm(hay)))

# ---------------------------------------------------------------- pools (all invented)

FORE_F = ["Eilidh", "Catriona", "Morag", "Isla", "Mhairi", "Shona", "Kirsty", "Lorna", "Seonaidh",
          "Iona", "Rhona", "Niamh", "Beathag", "Jolene", "Skye", "Marnie", "Ailsa", "Ishbel",
          "Kerry-Ann", "Chantelle", "Oighrig", "Lesley", "Aileas", "Teagan", "Wilma", "Jeanette"]
FORE_M = ["Ruaridh", "Fionnlagh", "Callum", "Torquil", "Lachlan", "Dougal", "Euan", "Hamish",
          "Gregor", "Alasdair", "Kayden", "Somhairle", "Tormod", "Calum-John", "Keith", "Ewan",
          "Declan", "Kieran", "Struan", "Ranald", "Murdo", "Archie", "Fraser", "Lewis-Ray"]
# forenames / surnames that are also ordinary English words (scored case-sensitively)
WORD_FORE_F = ["Hope", "Rose", "Joy", "Dawn", "Bonnie", "Holly", "Ivy", "Grace", "Faith", "Iris"]
WORD_FORE_M = ["Will", "Mark", "Drew", "Sandy", "Frank", "Grant", "Rowan", "Clay"]
SURN = ["McIlwraith", "MacFadyen", "O'Tarland", "Dalgleish-Munro", "Strachan", "Kerrigan", "Baird",
        "MacAulay", "Rennie", "Tosh", "Gillanders", "Ferrie", "Cruickshank", "Learmonth",
        "Beaton-Nairn", "McGlinchey", "Baillie", "Drummond", "O'Donnell", "MacIver", "Haldane",
        "NicLeòid", "MacGillEathain", "Ní Dhomhnaill", "Auchterlonie", "Pettigrew", "Gilfillan",
        "McCallion", "O'Hare", "Urquhart", "Lumsden", "Carmichael-Bain", "Sneddon", "McVicar",
        "Mac an t-Saoir", "Coutts", "Dewar", "Imrie", "Shearer", "Kinnaird", "McAteer", "Tennant"]
WORD_SURN = ["Brown", "Burns", "Wood", "Hill", "Swan", "Bell", "Crane", "Fisher", "Gold", "Marsh"]
WORDS = set(WORD_FORE_F + WORD_FORE_M + WORD_SURN + ["Cat", "Arch", "Bowie", "Doog"])
NICK = {"Alasdair": "Ally", "Dougal": "Doog", "Hamish": "Hammy", "Catriona": "Cat", "Kirsty": "Kirst",
        "Archie": "Arch", "Euan": "Bowie", "Gregor": "Greg", "Lachlan": "Lachie", "Ishbel": "Bella",
        "Murdo": "Murdie", "Callum": "Cal", "Mhairi": "Mags", "Jeanette": "Netta"}

STREET_A = ["Brackenlea", "Carrickvale", "Dunmorlie", "Glenbervie", "Auchenlea", "Rowanbank", "Corsehill",
            "Blackwaulk", "Tannochbrae", "Kirklandneuk", "Millhaugh", "Craigendmuir", "Balnagask",
            "Sunnyknowe", "Whinfell", "Drumsheugh", "Loanfoot", "Birkenshaw", "Hawthornlea", "Carsebrae"]
STREET_B = ["Crescent", "Drive", "Gardens", "Terrace", "Wynd", "Place", "Court", "Loan", "Brae",
            "Road", "Avenue", "Street", "View", "Grove"]

AREAS = [  # council, committee area name, NHS board, postcode areas, town
    ("North Lanarkshire Council", "North Lanarkshire", "NHS Lanarkshire", ["ML1", "ML6", "G67", "ML2"], "Motherwell"),
    ("South Lanarkshire Council", "South Lanarkshire", "NHS Lanarkshire", ["ML3", "ML10", "G74"], "East Kilbride"),
    ("Fife Council", "Fife", "NHS Fife", ["KY1", "KY11", "KY7"], "Kirkcaldy"),
    ("Dundee City Council", "Dundee", "NHS Tayside", ["DD3", "DD4"], "Dundee"),
    ("The Highland Council", "Highland", "NHS Highland", ["IV2", "IV30", "KW1"], "Inverness"),
    ("Renfrewshire Council", "Renfrewshire", "NHS Greater Glasgow and Clyde", ["PA1", "PA3", "PA4"], "Paisley"),
    ("South Ayrshire Council", "South Ayrshire", "NHS Ayrshire & Arran", ["KA7", "KA8"], "Ayr"),
    ("Falkirk Council", "Falkirk", "NHS Forth Valley", ["FK1", "FK2", "FK5"], "Falkirk"),
    ("West Lothian Council", "West Lothian", "NHS Lothian", ["EH54", "EH48"], "Livingston"),
    ("Perth & Kinross Council", "Perth and Kinross", "NHS Tayside", ["PH1", "PH2"], "Perth"),
    ("Aberdeenshire Council", "Aberdeenshire", "NHS Grampian", ["AB42", "AB51"], "Inverurie"),
    ("Dumfries and Galloway Council", "Dumfries and Galloway", "NHS Dumfries and Galloway", ["DG1", "DG2"], "Dumfries"),
]
PPC_AREAS = {"Dumfries and Galloway"}


class Person:
    def __init__(self, rng: random.Random, sex: str | None = None, word_ok=True, used=None):
        sex = sex or rng.choice("FM")
        for _ in range(200):
            if word_ok and rng.random() < 0.18:
                fore = rng.choice(WORD_FORE_F if sex == "F" else WORD_FORE_M)
            else:
                fore = rng.choice(FORE_F if sex == "F" else FORE_M)
            sur = rng.choice(WORD_SURN) if (word_ok and rng.random() < 0.15) else rng.choice(SURN)
            if used is None or (fore not in used and sur not in used):
                break
        if used is not None:
            used.update({fore, sur})
        self.fore, self.sur, self.sex = fore, sur, sex
        self.title = rng.choice(["Ms", "Mrs", "Miss"]) if sex == "F" else "Mr"
        self.nick = NICK.get(fore)
        self.dob: dt.date | None = None


def postcode(rng, area_list):
    return f"{rng.choice(area_list)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def street(rng, lower=False):
    s = f"{rng.randint(2, 148)} {rng.choice(STREET_A)} {rng.choice(STREET_B)}"
    if rng.random() < 0.25:
        s = f"Flat {rng.choice(['0/1', '1/2', '2/1', '3/2', '1F2', 'B'])}, " + s
    return s.lower() if lower else s


def phone(rng):
    n = rng.randint(100, 999)
    return rng.choice([f"07700 900{n}", f"07700 900 {n}", f"07700900{n}", f"+44 7700 900{n}",
                       f"0141 496 0{n}", f"0131 496 0{n}", f"(01632) 960{n}", f"01632 960 {n}"])


def email(rng, p: Person, work=False):
    f = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.fore.lower()).encode("ascii", "ignore").decode())
    s = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.sur.lower()).encode("ascii", "ignore").decode())
    if work:
        return rng.choice([f"{f}.{s}@council.example.gov.uk", f"{f[0]}{s}@nhs.example.scot"])
    return rng.choice([f"{f}{s}{rng.randint(70, 99)}@example.com", f"{f[0]}.{s}@mail.example.co.uk",
                       f"{s}.{f}{rng.randint(1, 9)}@example.net", f"wee{f}{rng.randint(10, 99)}@example.org"])


def chi(d: dt.date, rng):
    base = d.strftime("%d%m%y") + f"{rng.randint(0, 9999):04d}"
    return rng.choice([base, base[:6] + " " + base[6:]])


def nhs_no(rng):
    n = f"{rng.randint(400, 799)}{rng.randint(0, 9999999):07d}"
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def ni_no(rng):
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = [f"{rng.randint(0, 99):02d}" for _ in range(3)]
    s = rng.choice("ABCD")
    return rng.choice([f"{a} {d[0]} {d[1]} {d[2]} {s}", f"{a}{''.join(d)}{s}"])


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, rng, style=None):
    style = style or rng.choice(["long", "ord", "ordof", "slash", "dot", "iso", "wk", "short", "slash2", "wkord"])
    return {
        "long": f"{d.day} {d:%B %Y}",
        "ord": f"{ordinal(d.day)} {d:%B %Y}",
        "ordof": f"{ordinal(d.day)} of {d:%B %Y}",
        "slash": f"{d:%d/%m/%Y}",
        "dot": f"{d:%d.%m.%Y}",
        "iso": f"{d:%Y-%m-%d}",
        "wk": f"{d:%A} {d.day} {d:%B %Y}",
        "wkord": f"{d:%A} {ordinal(d.day)} {d:%B %Y}",
        "short": f"{d.day} {d:%b %Y}",
        "slash2": f"{d.day}/{d.month}/{d:%y}",
    }[style]


def fmt_dob(d: dt.date, rng):
    return rng.choice([f"{d:%d/%m/%Y}", f"{d.day}.{d.month}.{d:%y}", f"{ordinal(d.day)} {d:%B %Y}",
                       f"{d.day} {d:%b %Y}", f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}", f"{d.day} {d:%B %Y}"])

# ---------------------------------------------------------------- document builder


class Doc:
    def __init__(self, stem, rng, layout):
        self.stem, self.rng, self.layout = stem, rng, layout
        self.pii: dict[tuple, dict] = {}
        self.spans: list[str] = []
        self.keeps: list[str] = []
        self.quasi: list[dict] = []

    def _add(self, cat, text, part=None, coll=False):
        key = (cat, text if coll else text.lower())
        if key not in self.pii:
            e = {"category": cat, "text": text}
            if part:
                e["part"] = part
            if coll:
                e["word_collision"] = True
            self.pii[key] = e

    def p(self, cat, text, part=None, coll=False):
        self._add(cat, text, part, coll)
        self.spans.append(text)
        return text

    def n(self, P: Person, style="full"):
        """Render a person's name and record gold forms (the literal and each name token)."""
        f, s = P.fore, P.sur
        caps = style.endswith("_caps")
        st = style[:-5] if caps else style
        if st == "full":
            lit, toks = f"{f} {s}", [(f, "forename"), (s, "surname")]
        elif st == "title":
            lit, toks = f"{P.title} {s}", [(s, "surname")]
        elif st == "titlefull":
            lit, toks = f"{P.title} {f} {s}", [(f, "forename"), (s, "surname")]
        elif st == "init":
            lit, toks = f"{f[0]}. {s}", [(s, "surname")]
        elif st == "init2":
            lit, toks = f"{f[0]} {s}", [(s, "surname")]
        elif st == "sur":
            lit, toks = s, [(s, "surname")]
        elif st == "fore":
            lit, toks = f, [(f, "forename")]
        elif st == "rev":
            lit, toks = f"{s.upper()}, {f}", [(s.upper(), "surname"), (f, "forename")]
        elif st == "nick" and not P.nick:
            lit, toks = f"{f} {s}", [(f, "forename"), (s, "surname")]
        elif st == "nick":
            nk = P.nick
            lit, toks = f"{f} ('{nk}') {s}", [(f, "forename"), (nk, "forename"), (s, "surname")]
        elif st == "nickonly":
            nk = P.nick or f
            lit, toks = nk, [(nk, "forename")]
        elif st == "inits":
            sur_i = "".join(w[0] for w in re.split(r"[ -]", s) if w and w[0].isupper())[:2]
            lit = f[0] + sur_i
            self._add("person", lit, "initials", True)
            self.spans.append(lit)
            return lit
        else:
            raise ValueError(style)
        if caps:
            lit = lit.upper()
            toks = [(t.upper(), part) for t, part in toks]
        if " " in lit or st in ("title",):
            self._add("person", lit, "full" if st in ("full", "titlefull", "rev", "nick") else st,
                      any(t in WORDS or t.title() in WORDS for t, _ in toks) and len(toks) == 1)
        for t, part in toks:
            # Gaelic / multi-word surnames: record the whole surname and its parts
            self._add("person", t, part, t in WORDS or t.title() in WORDS)
        self.spans.append(lit)
        return lit

    def k(self, text):
        if text not in self.keeps:
            self.keeps.append(text)
        return text

    def q(self, cat, text):
        self.quasi.append({"category": cat, "text": text})
        return text

    def addr(self, rng, area, lower=False, with_pc=True, sep=", "):
        s = self.p("address", street(rng, lower))
        if not with_pc:
            return s
        pc = postcode(rng, area[3])
        pc = pc.lower() if lower and rng.random() < 0.5 else pc
        self.p("postcode", pc)
        return f"{s}{sep}{area[4].lower() if lower else area[4]}{sep}{pc}"

    def dob(self, P: Person, rng, year_only=False):
        if year_only:
            return self.p("dob", f"b. {P.dob.year}")
        return self.p("dob", fmt_dob(P.dob, rng))


def wrap(text, width=None, rng=None):
    width = width or (rng.randint(58, 92) if rng else 76)
    out = []
    for para in text.split("\n\n"):
        if para.startswith(("|", "  ", "-", "•", "From:", "\t")) or "\n" in para:
            out.append(para)
        else:
            out.append(textwrap.fill(para, width, break_on_hyphens=False, break_long_words=False))
    return "\n\n".join(out)

# ---------------------------------------------------------------- ratification scenarios

COG_NAMES = ["the Chief Officers Group", "the Chief Officers' Group", "the COG", "the Public Protection Chief Officers Group",
             "Chief Officers", "the Chief Officers Group (COG)"]


def rat_text(d: Doc, rng, base: dt.date, scen: str, cpc: str):
    """Return (text, expected ISO or None).  ``base`` is roughly when the report was finished."""
    cog = rng.choice(COG_NAMES)
    d1 = base + dt.timedelta(days=rng.randint(5, 25))
    d2 = d1 + dt.timedelta(days=rng.randint(7, 40))
    F = lambda x: fmt_date(x, rng)
    if scen == "ratified":
        return rng.choice([
            f"The findings and recommendations of this review were ratified by {cog} on {F(d1)}.",
            f"{cog[0].upper() + cog[1:]} ratified the outcome of the review on {F(d1)}.",
            f"Ratified by {cog}: {F(d1)}"]), d1.isoformat()
    if scen == "endorsed":
        return rng.choice([
            f"The report was endorsed by {cog} at its meeting on {F(d1)}.",
            f"At the meeting held on {F(d1)}, {cog} endorsed the report and its action plan.",
            f"The final report and improvement plan were approved by {cog} on {F(d1)}."]), d1.isoformat()
    if scen == "field":
        return rng.choice([f"Date approved by Chief Officers Group: {F(d1)}",
                           f"Date of COG ratification: {F(d1)}",
                           f"COG ratification date ............ {F(d1)}"]), d1.isoformat()
    if scen == "signed":
        return (f"The review outcome was signed off by {cog} on {F(d1)} and the action plan agreed "
                f"at the same meeting."), d1.isoformat()
    if scen == "sub_then_rat":
        return (f"The final draft was submitted to {cog} on {F(d1)}. Following discussion, the report was "
                f"agreed by {cog} on {F(d2)}."), d2.isoformat()
    if scen == "deferred":
        return (f"{cog[0].upper() + cog[1:]} first considered the report on {F(d1)} but deferred a decision pending "
                f"further information from health partners; the report was ratified on {F(d2)}."), d2.isoformat()
    if scen == "cpc_then_cog":
        return (f"The {cpc} approved the report on {F(d1)}, and it was subsequently ratified by {cog} on "
                f"{F(d2)}."), d2.isoformat()
    if scen == "submitted":
        return rng.choice([f"The final report was submitted to {cog} on {F(d1)} for ratification.",
                           f"This report was presented to {cog} on {F(d1)}.",
                           f"Sent to COG for ratification: {F(d1)}"]), None
    if scen == "future":
        fut = dt.date(2027, rng.randint(1, 6), rng.randint(1, 28))
        return rng.choice([f"The report will be presented to {cog} at its next meeting, scheduled for {F(fut)}.",
                           f"COG meeting (for ratification) scheduled: {F(fut)}",
                           f"It is anticipated that {cog} will ratify the report on {F(fut)}."]), None
    if scen == "cpc_only":
        return (f"The {cpc} approved the final report on {F(d1)}. It will be tabled at the next meeting of {cog}."), None
    if scen == "start":
        return (f"The review commenced on {F(base - dt.timedelta(days=120))} and the review team first met on "
                f"{F(base - dt.timedelta(days=101))}."), None
    if scen == "none":
        return "", None
    raise ValueError(scen)

# ---------------------------------------------------------------- shared context


def context(rng, adult=False):
    area = rng.choice(AREAS)
    used: set = set()
    kind = "Adult Protection Committee" if adult else "Child Protection Committee"
    if area[1] in PPC_AREAS:
        kind = "Public Protection Committee"
    c = {"area": area, "council": area[0], "nhs": area[2], "cpc": f"{area[1]} {kind}",
         "abbr": {"Adult Protection Committee": "APC", "Child Protection Committee": "CPC",
                  "Public Protection Committee": "PPC"}[kind]}
    c["subject"] = Person(rng, used=used)
    if adult:
        c["subject"].dob = dt.date(rng.randint(1938, 1985), rng.randint(1, 12), rng.randint(1, 28))
    else:
        c["subject"].dob = dt.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
    c["mother"] = Person(rng, "F", used=used)
    c["mother"].sur = c["subject"].sur if rng.random() < 0.5 else c["mother"].sur
    c["mother"].dob = dt.date(rng.randint(1978, 1999), rng.randint(1, 12), rng.randint(1, 28))
    c["partner"] = Person(rng, "M", used=used)
    c["partner"].dob = dt.date(rng.randint(1970, 1998), rng.randint(1, 12), rng.randint(1, 28))
    c["gran"] = Person(rng, "F", used=used)
    c["gran"].dob = dt.date(rng.randint(1950, 1968), rng.randint(1, 12), rng.randint(1, 28))
    c["staff"] = [Person(rng, used=used) for _ in range(8)]
    c["base"] = dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))
    c["label"] = rng.choice(["Child A", "Child B", "Child K", "Child M", "Child T", "Child W"]) if not adult else \
        rng.choice(["Adult A", "Adult C", "Adult P", "Mr D", "Mrs E"])
    c["age"] = c["base"].year - c["subject"].dob.year - 1
    return c

# ---------------------------------------------------------------- layouts


def L_chronology(d: Doc, rng, c):
    s, m, pt = c["subject"], c["mother"], c["partner"]
    st = c["staff"]
    scen = rng.choice(["ratified", "endorsed", "sub_then_rat", "deferred", "none", "cpc_then_cog"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    rows = []
    t0 = c["base"] - dt.timedelta(days=400)
    ev = [
        (f"Health visitor {d.n(st[0], 'full')} home visit; {d.n(m, 'fore')} reported {d.n(s, 'fore')} not feeding well.", d.k(c["nhs"])),
        (f"Concern call from neighbour re shouting at {d.addr(rng, c['area'], lower=rng.random() < 0.4)}.", d.k("Police Scotland")),
        (f"{d.n(pt, 'full_caps')} arrested; bail address given as {d.p('address', street(rng))}.", "Police Scotland"),
        (f"IRD held. {d.n(st[1], 'init')} (social worker) to complete assessment.", d.k(c["council"])),
        (f"Nursery raised bruising to {d.n(s, 'fore')}'s arm; {d.n(m, 'title')} gave explanation.", d.q("school", f"{rng.choice(STREET_A)} Family Centre")),
        (f"Child protection case conference; {d.k(c['label'])} placed on the child protection register.", c["council"]),
        (f"GP {d.n(st[2], 'titlefull')} saw {d.n(m, 'fore')}; mood low; referred to perinatal team.", c["nhs"]),
        (f"Core group: {d.n(st[3], 'full')}, {d.k('team leader')}, agreed increase in visits.", c["council"]),
    ]
    for i, (e, a) in enumerate(ev):
        t0 += dt.timedelta(days=rng.randint(9, 50))
        rows.append(f"| {fmt_date(t0, rng, rng.choice(['slash', 'dot', 'short']))} | {e} | {a} |")
    cs = d.n(s, "full")
    intro = (f"This Learning Review was commissioned by the {d.k(c['cpc'])} following serious injury to {d.k(c['label'])} "
             f"({cs}, {d.k('aged ' + str(max(c['age'], 1)) if c['age'] >= 1 else 'aged 9 months')}, born "
             f"{d.dob(s, rng)}), who lived with {d.k('Mother')} at {d.addr(rng, c['area'])}.")
    text = "\n\n".join([
        f"{c['cpc'].upper()}\n\nLEARNING REVIEW\nOfficial-Sensitive-Personal (once completed)",
        "1. Introduction", wrap(intro, rng=rng),
        wrap(f"Mother ({d.n(m, 'full')}, DOB {d.dob(m, rng)}) and her partner {d.n(pt, 'full')} were known to "
             f"{d.k('Police Scotland')} and to {d.k(SCRA_THE)}.", rng=rng),
        "2. Chronology of significant events",
        "| Date | Event | Agency |\n|---|---|---|\n" + "\n".join(rows),
        "3. Analysis",
        wrap(f"The review found that {d.k('the named person')} was not consistently informed. "
             f"Information held by {c['nhs']} about {d.n(pt, 'title')} was not shared with the core group.", rng=rng),
        "4. Governance", wrap(rt, rng=rng) if rt else "Governance arrangements are described in the CPC procedures.",
    ])
    return text, "LR", exp


def L_interview(d: Doc, rng, c):
    adult = c["abbr"] == "APC"
    s, st = c["subject"], c["staff"]
    scen = rng.choice(["ratified", "signed", "submitted", "future", "field"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    who = "the adult" if adult else "the young person"
    age_k = d.k(f"a {c['age']}-year-old") if adult else d.k(f"aged {max(c['age'], 2)}")
    p1 = (f"{d.n(st[0], 'full')}, {d.k('team leader')} in the adult services team, told the reviewers that "
          f"they had supervised the case from the point of referral. They described {d.n(s, 'title' if adult else 'fore')} as "
          f"\"very private\" and said that {who} often refused entry to visiting staff.")
    p2 = (f"The community psychiatric nurse, {d.n(st[1], 'init')}, recalled a telephone call from {d.n(c['gran'], 'full')} "
          f"(a relative, mobile {d.p('phone', phone(rng))}) raising concerns about money going missing. "
          f"{d.n(st[1], 'title')} passed this on by e-mail but it did not reach {d.k('the Care Inspectorate')} or the council.")
    p3 = (f"{d.n(st[2], 'nick')}, a support worker, said practitioners called {d.n(s, 'fore')} \"{d.p('person', s.nick, 'forename') if s.nick else d.n(s, 'fore')}\" "
          f"and knew the family well from {d.addr(rng, c['area'], lower=True)}.") if s.nick else \
         (f"{d.n(st[2], 'full')}, a support worker, said they had known the family for years, since they lived at "
          f"{d.addr(rng, c['area'], lower=True)}.")
    typ = "Significant Case Review"
    head = (f"{c['cpc']}\n{typ.upper()}\nin respect of {d.k(c['label'])}\n\n"
            f"This {typ} was commenced in {fmt_date(dt.date(2021, rng.randint(1, 12), 1), rng, 'long')[2:].strip()} under the "
            f"{'Interim National Framework for Adult Protection Committees' if adult else 'national guidance for child protection committees (2015)'}.")
    sub = (f"{d.k(c['label'])} was {age_k} at the time of the incident. {d.k('Police Scotland')} and {d.k(c['nhs'])} "
           f"were the main agencies involved; {d.k(c['council'])} provided care at home.")
    text = "\n\n".join([
        head, "Core data", f"Identifier: {c['label']}\nName: {d.n(s, 'rev')}\nCHI: {d.p('chi', chi(s.dob, rng))}\nGender: {'female' if s.sex == 'F' else 'male'}",
        wrap(sub, rng=rng), "Practitioner conversations", wrap(p1, rng=rng), wrap(p2, rng=rng), wrap(p3, rng=rng),
        "Conclusion", wrap("The review team thanks all practitioners who took part. " + rt, rng=rng),
    ])
    return text, "SCR", exp


def L_tor(d: Doc, rng, c):
    st = c["staff"]
    scen = rng.choice(["start", "cpc_only", "none", "tor_cog"])
    if scen == "tor_cog":
        rt, exp = (f"These terms of reference were approved by {rng.choice(COG_NAMES)} on "
                   f"{fmt_date(c['base'] - dt.timedelta(days=90), rng)}; the review is expected to report in the autumn."), None
    else:
        rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    roles = [("Independent Reviewer", None), ("Service Manager, Children and Families", c["council"]),
             ("Detective Inspector, Public Protection Unit", "Police Scotland"), ("Lead Nurse, Child Protection", c["nhs"]),
             ("Head Teacher (Education)", c["council"]), ("Lead Officer", c["cpc"])]
    panel = []
    for i, (r, org) in enumerate(roles):
        style = rng.choice(["full", "titlefull", "full_caps", "init"])
        panel.append(f"- {d.n(st[i], style)}, {r}" + (f", {d.k(org)}" if org else ""))
    text = "\n\n".join([
        f"{d.k(c['cpc'])}\nLearning Review – Terms of Reference\nReview subject: {d.k(c['label'])}",
        "1. Purpose",
        wrap(f"The review will consider the multi-agency response to {c['label']} between "
             f"{fmt_date(c['base'] - dt.timedelta(days=700), rng, 'long')} and "
             f"{fmt_date(c['base'] - dt.timedelta(days=150), rng, 'long')}, including the role of {d.k('the named person')} "
             f"and of {d.k('the lead professional')}.", rng=rng),
        "2. Review team", "\n".join(panel),
        "3. Family involvement",
        wrap(f"The lead reviewer will offer to meet {d.n(c['mother'], 'titlefull')} and {d.n(c['gran'], 'full')}, the maternal "
             f"grandmother, who can be contacted on {d.p('phone', phone(rng))}.", rng=rng),
        "4. Timescales", wrap(rt or "The timescale will be agreed with the Chair.", rng=rng),
        f"Contact: {d.n(st[5], 'full')}, {d.p('email', email(rng, st[5], work=True))}",
    ])
    # Gold correction (round 13, not tuning): filed "LR" until then. A review's terms of reference set
    # the review up and are not its report; by issue 10's kinds they are OTHER, as sets 7 and 9 file them.
    return text, "OTHER", exp


def L_wordform_icr(d: Doc, rng, c):
    s, m, pt, st = c["subject"], c["mother"], c["partner"], c["staff"]
    scen = rng.choice(["field", "field", "submitted", "ratified", "future"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    decision = rng.choice(["scr", "no", "other"])
    box = lambda b: "☒" if b else "☐"
    pa = d.addr(rng, c["area"], sep="\n" if rng.random() < 0.5 else ", ")
    text = "\n".join([
        f"{c['cpc']} – INITIAL CASE REVIEW",
        "OFFICIAL-SENSITIVE-PERSONAL (once completed)", "",
        f"Child's name: {d.n(s, rng.choice(['full', 'full_caps', 'rev']))}",
        f"Date of birth: {d.dob(s, rng)}",
        f"CHI number: {d.p('chi', chi(s.dob, rng))}",
        f"Gender: {'Female' if s.sex == 'F' else 'Male'}",
        f"Address: {pa}",
        f"Parents/carers: {d.n(m, 'full')} (mother, DOB {d.dob(m, rng)}); {d.n(pt, 'full')} (mother's partner)",
        f"Siblings: {d.n(Person(rng, 'M', word_ok=False), 'fore')} (half-brother, {d.k('aged 3')})",
        f"Legal status: Compulsory Supervision Order",
        f"On child protection register: {box(True)} Yes {box(False)} No",
        f"Education establishment: {d.q('school', rng.choice(STREET_A) + ' Primary School')}",
        f"Agencies involved: {d.k('Police Scotland')}; {d.k(c['nhs'])}; {d.k(c['council'])} Social Work",
        "",
        "ICR DECISION",
        f"{box(decision == 'scr')} Proceed to SCR",
        f"{box(decision == 'no')} No further review – single-agency learning only",
        f"{box(decision == 'other')} Other learning activity (e.g. practitioner event)",
        f"Reasons: {wrap('The threshold for a significant case review is met because the child sustained significant harm and there is potential for multi-agency learning.' if decision == 'scr' else 'Learning can be taken forward through single-agency processes.', 80)}",
        "",
        f"ICR chaired by: {d.n(st[0], 'full')}, {d.k('Lead Officer')}, {c['cpc']}",
        f"ICR meeting date: {fmt_date(c['base'] - dt.timedelta(days=rng.randint(3, 20)), rng)}",
        f"Report author: {d.n(st[1], 'init2')}   Tel: {d.p('phone', phone(rng))}",
        rt,
    ])
    return text, "ICR", exp


def L_outcome_form(d: Doc, rng, c):
    st = c["staff"]
    scen = rng.choice(["field", "signed", "ratified", "endorsed", "sub_then_rat"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    cog_date_sig = None
    if exp:
        cog_date_sig = dt.date.fromisoformat(exp)
    a, b = d.n(st[0], rng.choice(["full", "full_caps"])), d.n(st[1], rng.choice(["full", "titlefull"]))
    w = 44
    sig = [f"{'Signed:  ' + a:<{w}}{'Signed:  ' + b}",
           f"{'Chair, ' + c['cpc'][:w - 9]:<{w}}{'Chair, Chief Officers Group'}",
           f"{'Date: ' + fmt_date(c['base'], rng, 'slash'):<{w}}{'Date: ' + (fmt_date(cog_date_sig, rng, 'slash') if cog_date_sig else '')}"]
    d.k(c["cpc"][:w - 9]) if False else None
    text = "\n".join([
        "LEARNING OUTCOME NOTIFICATION FORM",
        f"(to be completed within seven days of ratification by the Chief Officers Group)", "",
        f"Committee: {d.k(c['cpc'])}",
        f"Review reference: {d.k(c['label'])}",
        f"Type of review: ☒ Learning Review  ☐ ICR  ☐ SCR",
        f"Age of {'adult' if c['abbr'] == 'APC' else 'child'} at incident: {d.k(str(max(c['age'], 1)) + ' years')}",
        f"Agencies involved: {d.k('Police Scotland')}, {d.k(c['nhs'])}, {d.k(c['council'])}",
        "Key learning:",
        wrap(f"  - Practitioners did not always hear the voice of {c['label']}.\n  - Escalation to the {d.k('team leader')} was delayed.", 80),
        "Anonymised report attached: ☒ Yes ☐ No",
        rt, "",
        f"Contact for queries: {d.n(st[2], 'full')} ({d.p('email', email(rng, st[2], work=True))}, {d.p('phone', phone(rng))})",
        "", *sig,
    ])
    return text, "LR-OUTCOME", exp


def L_email_icr(d: Doc, rng, c):
    s, m, st = c["subject"], c["mother"], c["staff"]
    scen = rng.choice(["ratified", "sub_then_rat", "endorsed", "none"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    t = c["base"] - dt.timedelta(days=30)
    e0, e1 = d.p("email", email(rng, st[0])), d.p("email", email(rng, m))
    thread = "\n".join([
        f"From: {d.n(st[0], 'full')} <{e0}>",
        f"Sent: {t:%A} {t.day} {t:%B %Y} 16:42",
        f"To: {d.n(m, 'full')} <{e1}>",
        f"Subject: RE: {d.n(s, 'fore')} – school pick up",
        "",
        wrap(f"Hi {d.n(m, 'fore')}, I can confirm that {d.n(c['partner'], 'full')} is not on the approved list for collecting "
             f"{d.n(s, 'fore')}. Please phone me on {d.p('phone', phone(rng))} if anything changes. Thanks, "
             f"{d.n(st[0], 'fore')}", 74),
        "",
        f"> From: {e1}",
        f"> Sent: {(t - dt.timedelta(days=1)):%d/%m/%Y} 21:07",
        f"> {wrap('Hiya, his dad might come for him tomorrow. I have moved to my pals at ' + d.addr(rng, c['area'], lower=True) + ' for now', 70).replace(chr(10), chr(10) + '> ')}",
    ])
    text = "\n\n".join([
        f"INITIAL CASE REVIEW REPORT\n{d.k(c['cpc'])}\nRe: {d.k(c['label'])} ({d.n(s, 'full_caps')}), DOB {d.dob(s, rng)}",
        "Summary",
        wrap(f"This Initial Case Review was convened after {c['label']} was found alone at home by {d.k('Police Scotland')}. "
             f"{d.k('The named person')}, the head teacher, had raised concerns with {d.k(c['council'])} three weeks earlier.", rng=rng),
        wrap(f"The ICR recommends that the case proceeds to a Learning Review. {rt}", rng=rng),
        "Appendix 2: e-mail correspondence provided by the school (reproduced with consent)", thread,
    ])
    return text, "ICR", exp


def L_genogram(d: Doc, rng, c):
    s, m, pt, g, st = c["subject"], c["mother"], c["partner"], c["gran"], c["staff"]
    gf = Person(rng, "M", word_ok=False)
    gf.sur = g.sur
    gf.dob = dt.date(rng.randint(1945, 1962), 5, 5)
    scen = rng.choice(["endorsed", "deferred", "future", "ratified", "cpc_only"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    leg = "\n".join([
        "Genogram – legend",
        f"  Maternal grandmother — {d.n(g, 'full')}, {d.dob(g, rng, year_only=True)}",
        f"  Maternal grandfather — {d.n(gf, 'full')}, {d.dob(gf, rng, year_only=True)} (deceased)",
        f"  Mother — {d.n(m, 'full')}, {d.dob(m, rng, year_only=True)}",
        f"  Father — {d.n(pt, 'full_caps')}, {d.dob(pt, rng, year_only=True)}",
        f"  Subject child — {d.n(s, rng.choice(['full', 'nick']))} ({d.k(c['label'])}), {d.dob(s, rng, year_only=True)}",
        "  ⚭ = married; / = separated; ● = household",
    ])
    text = "\n\n".join([
        f"{c['cpc']}\nSignificant Case Review – {c['label']}\nExecutive summary",
        wrap(f"{c['label']} lived with their mother and maternal grandparents in {c['area'][4]}. "
             f"The family were known to {d.k(c['council'])} children's services and to {d.k(c['nhs'])} "
             f"health visiting. This significant case review examines how agencies worked together.", rng=rng),
        leg,
        "Family involvement",
        wrap(f"The reviewers met {d.n(g, 'title')} at her home and spoke by phone with {d.n(m, 'fore')}. "
             f"{d.n(pt, 'fore')} declined to take part. {d.n(st[0], 'full')} (lead reviewer) and {d.n(st[1], 'full')} "
             f"({d.k('Social Work Scotland')} nominee) conducted the interviews.", rng=rng),
        "Status of this report", wrap(rt, rng=rng),
    ])
    return text, "SCR", exp


def L_adult_lr(d: Doc, rng, c):
    s, st = c["subject"], c["staff"]
    poa1, poa2 = Person(rng, word_ok=True), Person(rng, word_ok=False)
    poa1.sur = s.sur if rng.random() < 0.5 else poa1.sur
    home = d.q("care_home", f"{rng.choice(STREET_A)} House Care Home")
    scen = rng.choice(["ratified", "signed", "submitted", "cpc_then_cog", "cpc_only", "field"])
    rt, exp = rat_text(d, rng, c["base"], scen, c["cpc"])
    age = c["age"]
    paras = [
        f"{c['cpc'].upper()}\nADULT SUPPORT AND PROTECTION LEARNING REVIEW\n{d.k(c['label'])}",
        "Core Data – Adult",
        "\n".join([f"Identifier: {c['label']}", f"Age: {d.k(str(age))}", f"Gender: {'Female' if s.sex == 'F' else 'Male'}",
                   f"Living circumstances: resident in a care home ({home})",
                   f"Legal status: Continuing and welfare power of attorney",
                   f"Agencies: {d.k(c['council'])}; {d.k(c['nhs'])}; {d.k('Police Scotland')}; {d.k('the Care Inspectorate')}"]),
        "Introduction",
        wrap(f"{c['label']} ({d.n(s, rng.choice(['titlefull', 'full']))}, born {d.dob(s, rng)}, NHS number "
             f"{d.p('nhs', nhs_no(rng))}) was {d.k(f'a {age}-year-old')} woman with dementia who had lived at "
             f"{d.addr(rng, c['area'])} until admission to {home}.".replace(" woman", " woman" if s.sex == "F" else " man"), rng=rng),
        wrap(f"Welfare and continuing powers of attorney were held jointly by {d.n(poa1, 'full')} (nephew/niece, "
             f"tel. {d.p('phone', phone(rng))}) and {d.n(poa2, 'titlefull')}, a family friend, of "
             f"{d.addr(rng, c['area'], lower=rng.random() < 0.5)}. {d.n(poa2, 'title')}'s National Insurance number "
             f"({d.p('ni', ni_no(rng))}) appeared on benefit correspondence found in the room.", rng=rng),
        "Care home staff",
        wrap(f"The home manager, {d.n(st[0], 'full')}, and the deputy manager, {d.n(st[1], 'init')}, described a deterioration "
             f"over the winter. Night carer {d.n(st[2], 'full_caps')} recorded unexplained bruising on three occasions "
             f"but these were not reported to the {d.k('Adult Support and Protection')} team. {d.n(st[3], 'full')}, "
             f"{d.k('council officer')}, visited once.", rng=rng),
        "Governance", wrap(rt or "Governance is set out in the APC's procedures.", rng=rng),
    ]
    return "\n\n".join(paras), "LR", exp


def L_minute_icr(d: Doc, rng, c):
    st, s = c["staff"], c["subject"]
    mdate = c["base"] - dt.timedelta(days=rng.randint(2, 15))
    scen = rng.choice(["future", "none", "ratified_later", "submitted"])
    if scen == "ratified_later":
        rd = mdate + dt.timedelta(days=rng.randint(10, 30))
        rt, exp = (f"Addendum: the ICR outcome (no SCR; single-agency learning) was ratified by the Chief Officers Group on "
                   f"{fmt_date(rd, rng)}."), rd.isoformat()
    else:
        rt, exp = rat_text(d, rng, mdate, scen, c["cpc"])
    present_ = [(st[0], "Chair, " + c["abbr"] + " Lead Officer"), (st[1], "Detective Sergeant, Police Scotland"),
                (st[2], "Child Protection Advisor, " + c["nhs"]), (st[3], "Service Manager, " + c["council"]),
                (st[4], "Depute Head Teacher")]
    for _, r in present_:
        pass
    inits = [d.n(p, "inits") for p, _ in present_]
    lines = [f"{d.k(c['cpc'])}\nINITIAL CASE REVIEW – MINUTE OF MEETING",
             f"Date: {fmt_date(mdate, rng)}   Venue: MS Teams", "",
             "Present:"]
    for (p, r), i in zip(present_, inits):
        lines.append(f"  {d.n(p, rng.choice(['full', 'titlefull']))} ({i}) – {r}")
    d.k("Police Scotland"), d.k(c["nhs"]), d.k(c["council"])
    lines += ["", f"Apologies: {d.n(st[5], 'full')}, {d.n(st[6], 'init')}", "",
              "1. Background",
              wrap(f"{inits[0]} summarised the referral concerning {d.k(c['label'])}, {d.k('aged ' + str(max(c['age'], 1)))}, "
                   f"of {d.addr(rng, c['area'])}. {inits[1]} advised that a joint investigation had taken place and that "
                   f"{d.n(c['partner'], 'full')} had been charged.", rng=rng),
              "2. Decision",
              wrap("The group agreed the criteria for a Learning Review were not met; single-agency learning will be "
                   "taken forward by health and education.", rng=rng),
              "3. Actions",
              f"Action: {inits[2]} to share the health chronology with {inits[0]} by the end of the month.",
              f"Action: {inits[3]} to brief the {d.k('team leader')} and the allocated worker.",
              f"Action: {inits[0]} to prepare the ICR report for the {c['abbr']} and the COG.", "",
              rt]
    return "\n".join(lines), "ICR", exp


def L_decision(d: Doc, rng, c):
    st, s = c["staff"], c["subject"]
    proceed = rng.random() < 0.5
    dd = c["base"]
    scen = rng.choice(["none", "cpc_decision", "future"])
    extra = ""
    if scen == "cpc_decision":
        extra = f"Date of {c['abbr']} decision: {fmt_date(dd, rng)}"
    elif scen == "future":
        extra, _ = rat_text(d, rng, dd, "future", c["cpc"])
        extra = "Outcome: " + extra
    text = "\n".join([
        "LEARNING REVIEW DECISION NOTIFICATION",
        f"Notifying committee: {d.k(c['cpc'])}",
        f"Name of person completing form: {d.n(st[0], 'full')}",
        f"Job title: {d.k('Lead Officer')}    E-mail: {d.p('email', email(rng, st[0], work=True))}",
        f"Review subject: {d.k(c['label'])}, {d.k('aged ' + str(max(c['age'], 1)))}",
        f"Date of referral for consideration: {fmt_date(dd - dt.timedelta(days=40), rng)}",
        "",
        "Decision:",
        f"  {'☒' if proceed else '☐'} Proceed to Learning Review",
        f"  {'☐' if proceed else '☒'} Do not proceed",
        "If not proceeding, reasons:",
        ("  n/a" if proceed else wrap(f"  The circumstances were fully examined by a single-agency review in {c['nhs']}; no "
                                      "further multi-agency learning was identified.", 80)),
        f"Other agencies consulted: {d.k('Police Scotland')}; {d.k(c['nhs'])}; {d.k(SCRA)}",
        "",
        wrap(f"The referral was made by {d.n(st[1], 'titlefull')} after {d.n(s, 'fore')} disclosed to a teacher that "
             f"{d.n(c['partner'], 'title')} had assaulted her mother at {d.addr(rng, c['area'])}.", 80),
        extra,
    ])
    return text, "LR-DECISION", None


def L_cog_briefing(d: Doc, rng, c):
    st = c["staff"]
    meet = dt.date(2027, rng.randint(1, 5), rng.randint(1, 28))
    text = "\n\n".join([
        f"{c['area'][1]} Chief Officers Group\nBriefing paper\nMeeting of {fmt_date(meet, rng)}",
        f"Author: {d.n(st[0], 'full')}, {d.k('Lead Officer')}, {d.k(c['cpc'])}",
        "1. Purpose",
        wrap(f"To update Chief Officers on learning reviews in progress and to ask members to note the revised "
             f"self-evaluation calendar. The learning review concerning {d.k(c['label'])} will come to a future meeting "
             f"for ratification once the family have seen the draft.", rng=rng),
        "2. Reviews in progress",
        "\n".join([f"  - {c['label']}: panel chaired by {d.n(st[1], 'init')}; draft expected in the spring.",
                   f"  - Thematic review of neglect: scoping complete ({d.k('the Care Inspectorate')} informed).",
                   f"  - Decision notification submitted for one new referral (no SCR)."]),
        "3. Recommendation", "Chief Officers are asked to NOTE this report.",
        f"Contact: {d.n(st[0], 'fore')} on {d.p('phone', phone(rng))}",
    ])
    return text, "OTHER", None


def L_flyer(d: Doc, rng, c):
    st = c["staff"]
    when = dt.date(2027, rng.randint(1, 6), rng.randint(1, 28))
    if rng.random() < 0.5:
        text = "\n\n".join([
            f"{d.k(c['cpc'])} – Multi-agency training",
            f"LEARNING FROM REVIEWS: what we found and what we changed\n{fmt_date(when, rng, 'wk')}, 09:30–12:30",
            wrap(f"This half-day session for practitioners, for every {d.k('team leader')} and for managers across {d.k(c['council'])}, "
                 f"{d.k(c['nhs'])} and {d.k('Police Scotland')} looks at themes from learning reviews and significant case "
                 f"reviews across Scotland, including information sharing and the role of {d.k('the named person')}.", rng=rng),
            f"Facilitators: {d.n(st[0], 'full')} and {d.n(st[1], 'full')}",
            f"To book, e-mail {d.p('email', email(rng, st[2], work=True))} or phone {d.n(st[2], 'fore')} on {d.p('phone', phone(rng))}.",
        ])
    else:
        pub = c["base"]
        text = "\n\n".join([
            f"PROTECTING PEOPLE IN {c['area'][1].upper()} – NEWSLETTER, {pub:%B %Y}".upper(),
            "Welcome",
            wrap(f"Welcome to our winter edition. Our new Lead Officer, {d.n(st[0], 'full')}, joined us from "
                 f"{d.k('Social Work Scotland')} in {pub - dt.timedelta(days=60):%B}.", rng=rng),
            "Learning reviews",
            wrap(f"Two learning reviews were published this year, and a briefing for staff is available on the intranet. "
                 f"Our thanks go to everyone who took part, and to {d.k('the Care Inspectorate')} for their support.", rng=rng),
            "Staff news",
            wrap(f"Congratulations to {d.n(st[1], 'full')} ({d.k('team leader')}, Children and Families) on completing the "
                 f"Child Protection Certificate, and farewell to {d.n(st[2], 'nick')} after 22 years with {d.k(c['council'])}.", rng=rng),
        ])
    return text, "OTHER", None


def L_cover_email(d: Doc, rng, c):
    st = c["staff"]
    t = c["base"]
    cog_meet = t + dt.timedelta(days=rng.randint(10, 30))
    text = "\n".join([
        f"From: {d.n(st[0], 'full')} <{d.p('email', email(rng, st[0], work=True))}>",
        f"Sent: {fmt_date(t, rng, 'wk')} 10:12",
        f"To: Strategic Team Notifications",
        f"Subject: {c['cpc']} – Learning Review {c['label']}", "",
        "Dear colleagues,", "",
        wrap(f"I am writing to let you know that the {d.k(c['cpc'])} has completed its learning review concerning "
             f"{d.k(c['label'])}. The report will be considered by the Chief Officers Group on {fmt_date(cog_meet, rng)} and we "
             f"will send the anonymised report and the outcome notification thereafter.", 76),
        "",
        f"Kind regards\n{d.n(st[0], 'full')}\n{d.k('Lead Officer')}, {c['cpc']}\nMobile {d.p('phone', phone(rng))}",
    ])
    return text, "OTHER", None


def L_parta(d: Doc, rng, c):
    s, m, st = c["subject"], c["mother"], c["staff"]
    t = c["base"] - dt.timedelta(days=25)
    scen = rng.choice(["none", "future"])
    rt, exp = rat_text(d, rng, t, scen, c["cpc"])
    text = "\n".join([
        f"{c['cpc']}", "INITIAL CASE REVIEW – PART A: SINGLE AGENCY INFORMATION", "",
        f"Date circulated: {fmt_date(t, rng)}",
        f"Date to be completed: {fmt_date(t + dt.timedelta(days=14), rng)}",
        f"Date returned to designated officer: {fmt_date(t + dt.timedelta(days=12), rng)}",
        f"Author: {d.n(st[0], rng.choice(['full', 'init2', 'full_caps']))}",
        f"Service/agency: {d.k(c['nhs'])} – Health Visiting", "",
        f"Child: {d.n(s, 'full_caps')}    DOB: {d.dob(s, rng)}    CHI: {d.p('chi', chi(s.dob, rng))}",
        f"Mother: {d.n(m, 'full_caps')}    DOB: {d.dob(m, rng)}",
        f"Address: {d.addr(rng, c['area']).upper() if False else d.addr(rng, c['area'])}", "",
        "1. Summary of involvement",
        wrap(f"The family were allocated to {d.n(st[1], 'full')}, health visitor, in {(t - dt.timedelta(days=300)):%B %Y}. "
             f"Eleven contacts were offered; four took place. {d.n(m, 'fore')} told the health visitor that "
             f"{d.n(c['partner'], 'nickonly' if c['partner'].nick else 'fore')} had moved out.", rng=rng),
        "2. Background",
        wrap(f"{d.k(c['label'])} has no known disability. {d.k('The named person')} for the child is the health visitor. "
             f"There is no previous child protection registration.", rng=rng),
        "3. Outline of key issues",
        wrap("Information sharing between health and the school was limited. Risk assessment did not take account of "
             "the partner's history.", rng=rng),
        rt,
    ])
    return text, "ICR", exp


LAYOUTS = [  # (function, how many, adult?)
    (L_chronology, 6, False), (L_interview, 5, None), (L_tor, 4, False), (L_wordform_icr, 6, False),
    (L_outcome_form, 5, None), (L_email_icr, 4, False), (L_genogram, 5, False), (L_adult_lr, 6, True),
    (L_minute_icr, 5, False), (L_decision, 5, None), (L_cog_briefing, 3, False), (L_flyer, 4, None),
    (L_cover_email, 2, None), (L_parta, 3, False),
]

# ---------------------------------------------------------------- build + self-checks


def check(stem, text, d: Doc):
    errs = []
    for e in d.pii.values():
        if not present(e["text"], text, e.get("word_collision", False)):
            errs.append(f"{stem}: PII form not in text: {e['text']!r}")
    for kterm in d.keeps:
        if not present(kterm, text):
            errs.append(f"{stem}: keep term not in text: {kterm!r}")
        for e in d.pii.values():
            if present(e["text"], kterm, e.get("word_collision", False)):
                errs.append(f"{stem}: keep term {kterm!r} contains PII {e['text']!r}")
    # nothing that is PII may remain once every inserted span is blanked out
    blank = norm(text)
    for sp in sorted(set(d.spans), key=len, reverse=True):
        blank = pat(sp, True).sub(" ~ ", blank)
    for e in d.pii.values():
        if present(e["text"], blank, e.get("word_collision", False)):
            errs.append(f"{stem}: PII form {e['text']!r} occurs outside its inserted spans")
    return errs


def build(out: Path, seed: int = SEED):
    rng = random.Random(seed)
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    errs, meta = [], []
    i = 0
    for fn, count, adult in LAYOUTS:
        for _ in range(count):
            i += 1
            stem = f"H{i:02d}"
            a = adult if adult is not None else (rng.random() < 0.4)
            c = context(rng, adult=a)
            d = Doc(stem, rng, fn.__name__[2:])
            text, typ, rat = fn(d, rng, c)
            text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
            errs += check(stem, text, d)
            gold = {"file": f"{stem}.txt", "has_text_layer": True, "layout": d.layout, "doc_type": typ,
                    "ratification_date": rat, "cpc": c["cpc"], "pii": list(d.pii.values()),
                    "keep": d.keeps, "quasi": d.quasi}
            (out / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
            (out / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            meta.append(gold)
    if errs:
        raise SystemExit("self-check failed:\n" + "\n".join(errs))
    return meta


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/holdout")
    m = build(out)
    print(f"{len(m)} documents written to {out}")
