"""An independent generator of fictional case-review documents, for a held-out evaluation.

    python benchmarks/independent_reports.py OUT_DIR [--n 60] [--seed 20261201]

Written without reading the engine's rules or the other generators (``unseen_reports``,
``synth_reports``, ``synth_analysis``): its layouts, wording and name, street and postcode
pools are its own, and every person, street and postcode in it is invented. It writes
``OUT_DIR/text/<stem>.txt`` and ``OUT_DIR/gold/<stem>.json`` in the format of
``score_redaction.py`` (``pii``, ``keep``, ``quasi``), plus per document the expected
``doc_type`` (ICR, SCR, LR, LR-DECISION, LR-OUTCOME, OTHER), the expected
``ratification_date`` (ISO, or null when the document records no ratification by the Chief
Officers Group) and the ``layout`` that produced it.

Gold conventions:
* every name of a private person (child, family, carers, neighbours) and of a named member of
  staff is PII (staff are to be recorded by designation only): the full form as written, the
  forename and the surname as separate entries, titled forms ("Ms Strachan");
* names that are also ordinary English words carry ``word_collision`` (matched
  case-sensitively by the scorer);
* dates of birth are PII in the exact form written; dates of events are not;
* addresses: the street line, the full form as written when contiguous, the postcode;
* CHI, NHS and NI numbers, personal phone numbers and personal e-mail addresses are PII;
* public bodies, committees, roles and anonymised labels ("Child C") are ``keep``; schools, GP
  practices, care homes and functional mailboxes are ``quasi`` (reported, not scored).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

SEED = 20261201

# --------------------------------------------------------------------------- pools (invented)

FEMALE = ["Eilidh", "Catriona", "Moyra", "Mhairi", "Ailsa", "Seonag", "Kirsty-Ann", "Siobhán", "Niamh",
          "Wiktoria", "Aleksandra", "Amara", "Priya", "Chloé", "Renée", "Leïla", "Mairead", "Ishbel",
          "Tiegan", "Lexi-Mae", "Ealasaid", "Raonaid", "Oluwafunmi", "Henrietta", "Jolene", "Marzena"]
MALE = ["Ruairidh", "Lachlan", "Calum", "Ranald", "Fionnlagh", "Euan", "Hamish", "Tomasz", "Bartosz",
        "Kacper", "Arjun", "Yusuf", "José", "Oisín", "Declan", "Kayden", "Jaxon", "De'Shawn", "Jean-Luc",
        "Ciarán", "Tadhg", "Domhnall", "Alasdair", "Kwabena", "Torquil", "Dariusz"]
FEMALE_COLLIDE = ["Grace", "Joy"]
SURNAMES = ["MacAskill", "McLachlan", "McIlwraith", "MacIver", "McCorquodale", "O'Donnachie", "O'Tarland",
            "Ó Briain", "D'Souza", "Drummond-Baird", "Sinclair-Reid", "Strachan", "Beaton", "Dalgleish",
            "Urquhart", "Cruickshank", "Fairbairn", "Lumsden", "Pettigrew", "Gilchrist", "Haddow", "Garvie",
            "Kowalczyk", "Nowakowska", "Adeyemi", "Okonkwo", "Chaudhry", "Bhattacharya", "Ferreira",
            "Lindqvist", "NicLeòid", "MacIòmhair", "Dvořák", "Gonçalves", "Zawadzki", "Mackintosh-Reid",
            "Tait", "Rennie", "Bisset", "Auchterlonie", "Nic a' Phearsain", "McGlashan", "Ogunleye"]
SURNAME_COLLIDE = ["Hope", "Bell", "Frost"]

STREETS = ["Larchgrove Gardens", "Whinnyburn Road", "Kilnford Wynd", "Ardconnel Terrace", "Tullochgorm Place",
           "Sauchenbush Lane", "Inchmurrin Drive", "Glenogil Court", "Corsiehill Crescent", "Moorfoot View",
           "Ferryfield Close", "Bankhead Steadings", "Dunvegan Loan", "Craigour Row", "Pitcorthie Avenue",
           "Mossgiel Way", "Easterhill Street", "Rowanbank Grove", "Glenisla Park", "Balquhidder Brae",
           "Cairnmuir Road", "Lennoxtown Rise", "Duncrievie Square", "Eastfield Quadrant"]
SCHOOLS = ["Hillfoot Primary School", "Lochview Primary School", "Braeview Academy", "Carronvale High School",
           "St Brendan's RC Primary School", "Kinnaird Primary School", "Ochilview Nursery"]
CARE_HOMES = ["Ashgrove House Care Home", "Meadowbank House", "Birchwood Nursing Home", "Thistle Court Care Home"]
GP = ["Riverside Medical Practice", "Castlehill Health Centre", "Millbrae Surgery"]

LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# council, NHS board, CPC, APC, [(town, [postcode districts])], landline code
AREAS = [
    ("Fife Council", "NHS Fife", "Fife Child Protection Committee", "Fife Adult Support and Protection Committee",
     [("Kirkcaldy", ["KY1", "KY2"]), ("Glenrothes", ["KY6", "KY7"]), ("Dunfermline", ["KY11", "KY12"])], "01592"),
    ("Falkirk Council", "NHS Forth Valley", "Falkirk Child Protection Committee",
     "Falkirk Adult Support and Protection Committee", [("Grangemouth", ["FK3"]), ("Larbert", ["FK5"])], "01324"),
    ("The Highland Council", "NHS Highland", "Highland Child Protection Committee", "Highland Adult Protection Committee",
     [("Inverness", ["IV2", "IV3"]), ("Dingwall", ["IV15"]), ("Alness", ["IV17"])], "01463"),
    ("Renfrewshire Council", "NHS Greater Glasgow and Clyde", "Renfrewshire Child Protection Committee",
     "Renfrewshire Adult Protection Committee", [("Paisley", ["PA1", "PA2", "PA3"]), ("Johnstone", ["PA5"])], "0141"),
    ("Inverclyde Council", "NHS Greater Glasgow and Clyde", "Inverclyde Child Protection Committee",
     "Inverclyde Adult Protection Committee", [("Greenock", ["PA15", "PA16"]), ("Port Glasgow", ["PA14"])], "01475"),
    ("Dundee City Council", "NHS Tayside", "Dundee Child Protection Committee",
     "Dundee Adult Support and Protection Committee", [("Dundee", ["DD2", "DD3", "DD4"])], "01382"),
    ("Angus Council", "NHS Tayside", "Angus Child Protection Committee", "Angus Adult Protection Committee",
     [("Brechin", ["DD9"]), ("Forfar", ["DD8"]), ("Montrose", ["DD10"])], "01241"),
    ("Aberdeen City Council", "NHS Grampian", "Aberdeen City Child Protection Committee",
     "Aberdeen City Adult Protection Committee", [("Aberdeen", ["AB10", "AB16", "AB24"])], "01224"),
    ("Aberdeenshire Council", "NHS Grampian", "Aberdeenshire Child Protection Committee",
     "Aberdeenshire Adult Protection Committee", [("Peterhead", ["AB42"]), ("Inverurie", ["AB51"])], "01779"),
    ("Argyll and Bute Council", "NHS Highland", "Argyll and Bute Child Protection Committee",
     "Argyll and Bute Adult Protection Committee", [("Oban", ["PA34"]), ("Dunoon", ["PA23"])], "01631"),
    ("Stirling Council", "NHS Forth Valley", "Clackmannanshire and Stirling Child Protection Committee",
     "Clackmannanshire and Stirling Adult Support and Protection Committee",
     [("Stirling", ["FK7", "FK8"]), ("Alloa", ["FK10"])], "01786"),
    ("Dumfries and Galloway Council", "NHS Dumfries and Galloway", "Dumfries and Galloway Public Protection Committee",
     "Dumfries and Galloway Public Protection Committee", [("Dumfries", ["DG1", "DG2"]), ("Stranraer", ["DG9"])],
     "01387"),
    ("Comhairle nan Eilean Siar", "NHS Western Isles", "Outer Hebrides Child Protection Committee",
     "Outer Hebrides Adult Protection Committee", [("Stornoway", ["HS1"])], "01851"),
]

SCRA = "Scottish Children's Reporter Administration"
COG_NAMES = ["Chief Officers Group", "Chief Officers' Group", "COG", "Public Protection Chief Officers Group"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: date, style: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dot2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "dot4": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long": f"{d.day} {m} {d.year}",
        "ord": f"{ordinal(d.day)} {m} {d.year}",
        "dayof": f"the {ordinal(d.day)} day of {m} {d.year}",
        "weekday": f"{WEEKDAYS[d.weekday()]} {d.day} {m} {d.year}",
        "weekday_ord": f"{WEEKDAYS[d.weekday()]} {ordinal(d.day)} {m} {d.year}",
        "iso": d.isoformat(),
        "us": f"{m} {d.day}, {d.year}",
        "short": f"{d.day} {m[:3]} {d.year}",
    }[style]


EVENT_STYLES = ["slash", "dot2", "dot4", "long", "ord", "dayof", "weekday", "weekday_ord", "iso", "us", "short", "dash"]
DOB_STYLES = ["slash", "dot2", "dot4", "dash", "long", "ord", "iso", "short", "us"]


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and ord(c) < 128)


# --------------------------------------------------------------------------- identifiers

def mod11(digits: str) -> int | None:
    total = sum(int(c) * w for c, w in zip(digits, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def chi_for(rng: random.Random, dob: date, valid: bool) -> str:
    while True:
        base = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randint(0, 999):03d}"
        c = mod11(base)
        if c is None:
            continue
        if not valid:
            c = (c + rng.randint(1, 9)) % 10
        return base + str(c)


def nhs_number(rng: random.Random, valid: bool) -> str:
    while True:
        base = str(rng.randint(4, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = mod11(base)
        if c is None:
            continue
        if not valid:
            c = (c + rng.randint(1, 9)) % 10
        n = base + str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def ni_number(rng: random.Random) -> str:
    ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(ok) + rng.choice(ok)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{p}{digits}{suffix}"
    return f"{p} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"


def mobile(rng: random.Random) -> str:
    n = f"{rng.randint(0, 999):03d}"
    return rng.choice([f"07700 900{n}", f"07700900{n}", f"+44 7700 900 {n}", f"+44 (0)7700 900{n}", f"07700 900 {n}"])


def landline(rng: random.Random, code: str) -> str:
    if code == "0141":
        return f"0141 496 0{rng.randint(0, 999):03d}"
    rest = f"{rng.randint(100000, 999999)}"
    return rng.choice([f"{code} {rest}", f"({code}) {rest}", f"{code} {rest[:3]} {rest[3:]}"])


# --------------------------------------------------------------------------- people and the gold registry

class Person:
    def __init__(self, fore: str, sur: str, title: str, dob: date | None = None):
        self.fore, self.sur, self.title, self.dob = fore, sur, title, dob
        self.fore_collide = fore in FEMALE_COLLIDE
        self.sur_collide = sur in SURNAME_COLLIDE

    @property
    def full(self) -> str:
        return f"{self.fore} {self.sur}"


class Doc:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.pii: dict[tuple[str, str], dict] = {}
        self.keep: list[str] = []
        self.quasi: list[dict] = []
        self.used_surnames: set[str] = set()
        self.used_fores: set[str] = set()

    # --- registry
    def add(self, category: str, text: str, **extra) -> str:
        key = (category, text)
        if key not in self.pii:
            self.pii[key] = {"category": category, "text": text, **extra}
        return text

    def k(self, term: str) -> str:
        if term not in self.keep:
            self.keep.append(term)
        return term

    def q(self, category: str, text: str) -> str:
        if not any(x["text"] == text for x in self.quasi):
            self.quasi.append({"category": category, "text": text})
        return text

    # --- people
    def person(self, sex: str | None = None, sur: str | None = None, dob: date | None = None,
               collide_ok: bool = True) -> Person:
        rng = self.rng
        sex = sex or rng.choice("FM")
        while True:
            pool = FEMALE if sex == "F" else MALE
            if sex == "F" and collide_ok and rng.random() < 0.06:
                pool = FEMALE_COLLIDE
            fore = rng.choice(pool)
            if fore not in self.used_fores:
                break
        self.used_fores.add(fore)
        if sur is None:
            while True:
                pool = SURNAME_COLLIDE if collide_ok and rng.random() < 0.07 else SURNAMES
                sur = rng.choice(pool)
                if sur not in self.used_surnames:
                    break
        self.used_surnames.add(sur)
        title = rng.choice(["Ms", "Mrs", "Miss"]) if sex == "F" else "Mr"
        return Person(fore, sur, title, dob)

    def _parts(self, p: Person) -> None:
        self.add("person", p.fore, part="forename", word_collision=p.fore_collide)
        self.add("person", p.sur, part="surname", word_collision=p.sur_collide)

    def name(self, p: Person, form: str = "full") -> str:
        """Render a person's name in one form and register it."""
        self._parts(p)
        if form == "full":
            return self.add("person", p.full, part="full")
        if form == "fore":
            return p.fore
        if form == "sur":
            return p.sur
        if form == "title":
            return self.add("person", f"{p.title} {p.sur}", part="title_surname")
        if form == "titlefull":
            self.add("person", p.full, part="full")
            return f"{p.title} {p.full}"
        if form == "caps":
            s = f"{p.fore} {p.sur.upper()}"
            self.add("person", s, part="full")
            if p.sur_collide:
                self.add("person", p.sur.upper(), part="surname", word_collision=True)
            return s
        if form == "surfirst":
            s = f"{p.sur.upper()}, {p.fore}"
            self.add("person", p.sur.upper(), part="surname", word_collision=p.sur_collide)
            return s
        if form == "initial":
            return self.add("person", f"{p.fore[0]}. {p.sur}", part="full")
        if form == "poss":
            return p.fore + "'s"
        raise ValueError(form)

    def staff(self, prefix: str = "") -> str:
        p = self.person(collide_ok=False)
        return (prefix + " " if prefix else "") + self.name(p, self.rng.choice(["full", "full", "full", "caps"]))

    def dob(self, d: date, style: str | None = None) -> str:
        return self.add("dob", fmt_date(d, style or self.rng.choice(DOB_STYLES)))


class Area:
    def __init__(self, rng: random.Random):
        (self.council, self.nhs, self.cpc, self.apc, towns, self.code) = rng.choice(AREAS)
        self.towns = towns
        self.rng = rng

    def address(self, doc: Doc, case: str | None = None, with_town: bool = True) -> tuple[str, str]:
        """(rendered address, street line), registered as PII."""
        rng = self.rng
        town, districts = rng.choice(self.towns)
        street = rng.choice(STREETS)
        num = rng.randint(1, 160)
        line = rng.choice([f"{num} {street}", f"{num} {street}", f"Flat {rng.randint(0, 3)}/{rng.randint(1, 3)}, "
                           f"{num} {street}", f"{num}{rng.choice('ab')} {street}"])
        pc = f"{rng.choice(districts)} {rng.randint(1, 9)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
        case = case or rng.choice(["title", "title", "title", "lower", "upper"])
        if case == "lower":
            line, town_s, pc_s = line.lower(), town.lower(), pc.lower() if rng.random() < 0.5 else pc
        elif case == "upper":
            line, town_s, pc_s = line.upper(), town.upper(), pc
        else:
            town_s, pc_s = town, pc
        doc.add("address", line, part="line")
        doc.add("postcode", pc_s)
        if not with_town:
            return f"{line}, {pc_s}", line
        full = rng.choice([f"{line}, {town_s} {pc_s}", f"{line}, {town_s}, {pc_s}", f"{line}\n{town_s}\n{pc_s}"])
        if "\n" not in full:
            doc.add("address", full, part="full")
        return full, line


def personal_email(doc: Doc, p: Person, rng: random.Random) -> str:
    f, s = ascii_fold(p.fore).lower(), ascii_fold(p.sur).lower()
    local = rng.choice([f"{f}.{s}", f"{f}{s[:3]}{rng.randint(70, 99)}", f"{f[0]}{s}{rng.randint(1, 99)}",
                        f"{f}_{rng.choice(['xx', 'mum', 'fc', 'lass'])}{rng.randint(1, 99)}"])
    dom = rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com", "btinternet.com"])
    return doc.add("email", f"{local}@{dom}")


# --------------------------------------------------------------------------- dates and COG sentences

class Timeline:
    def __init__(self, rng: random.Random):
        self.incident = date(2025, 9, 1) + timedelta(days=rng.randint(0, 200))
        self.referral = self.incident + timedelta(days=rng.randint(2, 20))
        self.convened = self.referral + timedelta(days=rng.randint(10, 28))
        self.commenced = self.convened + timedelta(days=rng.randint(5, 20))
        self.cpc = self.commenced + timedelta(days=rng.randint(20, 60))
        self.sent_cog = self.cpc + timedelta(days=rng.randint(3, 14))
        self.ratified = self.sent_cog + timedelta(days=rng.randint(5, 30))
        self.report = self.ratified + timedelta(days=rng.randint(1, 6))
        self.future_cog = self.sent_cog + timedelta(days=rng.randint(20, 50))


def D(rng: random.Random, d: date) -> str:
    return fmt_date(d, rng.choice(EVENT_STYLES))


def cog_ratified_sentence(rng: random.Random, doc: Doc, t: Timeline, what: str) -> str:
    cog = rng.choice(COG_NAMES)
    d = D(rng, t.ratified)
    return _keep_cog(doc, cog, rng.choice([
        f"The {cog} ratified the outcome of the {what} on {d}.",
        f"On {d} the outcome of the {what} was endorsed by the {cog}.",
        f"The findings and recommendations were approved by the {cog} at its meeting on {d}.",
        f"The {cog} agreed the {what} report and its recommendations on {d}.",
        f"This report was signed off by the {cog} on {d}.",
        f"At their meeting of {d}, the {cog} formally ratified the {what} outcome.",
        f"The report was submitted to the {cog} on {D(rng, t.sent_cog)} and ratified on {d}.",
        f"Following its presentation to the {cog} on {D(rng, t.sent_cog)}, the outcome was ratified on {d}.",
        f"The {what} commenced on {D(rng, t.commenced)}; its outcome was endorsed by the {cog} on {d}.",
        f"Chief Officers ratified the {what} outcome on {d}.",
    ]))


def _keep_cog(doc: Doc, cog: str, sentence: str) -> str:
    if "Chief Officers" in cog and cog in sentence:
        doc.k(cog)
    return sentence


def cog_distractors(rng: random.Random, doc: Doc, t: Timeline, what: str, ratified: bool, n: int = 2) -> list[str]:
    cog = rng.choice(COG_NAMES)
    pool = [
        f"The {what} report was submitted to the {cog} on {D(rng, t.sent_cog)}.",
        f"The draft was sent to the {cog} on {D(rng, t.sent_cog)} for consideration.",
        f"The findings were presented to the {cog} on {D(rng, t.sent_cog)}.",
        f"The Child Protection Committee approved the report on {D(rng, t.cpc)}.",
        f"The committee endorsed the findings at its meeting on {D(rng, t.cpc)}.",
        f"The {what} commenced on {D(rng, t.commenced)}.",
        f"The {what} was commissioned on {D(rng, t.commenced)}.",
    ]
    if not ratified:
        pool += [
            f"The {cog} is scheduled to meet on {D(rng, t.future_cog)} to consider ratification.",
            f"The report will be tabled at the {cog} meeting on {D(rng, t.future_cog)}.",
            f"Ratification by the {cog} is expected at its next meeting on {D(rng, t.future_cog)}.",
            f"The outcome has not yet been ratified; the {cog} meets on {D(rng, t.future_cog)}.",
        ]
    picks = rng.sample(pool, n)
    if not ratified and not any("meet" in s or "tabled" in s or "expected" in s for s in picks):
        picks.append(pool[-rng.randint(1, 4)])
    return [_keep_cog(doc, cog, p) for p in picks]


# --------------------------------------------------------------------------- family

class Family:
    def __init__(self, doc: Doc, rng: random.Random, adult: bool = False):
        if adult:
            self.subject = doc.person(dob=date(1948, 1, 1) - timedelta(days=rng.randint(0, 300)))
            self.label = f"Adult {rng.choice('ABCDEFGHJKLMNPRSTW')}"
            self.rel = []
            return
        self.label = rng.choice(["Child", "Child", "Young Person"]) + " " + rng.choice("ABCDEFGHJKLMNPRSTW")
        cdob = date(2011, 1, 1) + timedelta(days=rng.randint(0, 365 * 13))
        self.mother = doc.person("F", dob=date(1982, 1, 1) + timedelta(days=rng.randint(0, 365 * 16)))
        self.subject = doc.person(sur=self.mother.sur if rng.random() < 0.6 else None, dob=cdob)
        self.partner = doc.person("M", dob=date(1978, 1, 1) + timedelta(days=rng.randint(0, 365 * 18)))
        sdob = cdob + timedelta(days=rng.choice([-1, 1]) * rng.randint(400, 2000))
        self.sibling = doc.person(sur=self.subject.sur, dob=sdob)
        self.rel = [(self.mother, "Mother"), (self.partner, rng.choice(["Mother's partner", "Father", "Stepfather"])),
                    (self.sibling, rng.choice(["Half-sibling", "Sibling", "Brother/sister"]))]


def subj_word(p: Person) -> str:
    return "she" if p.title != "Mr" else "he"


def dob_phrase(doc: Doc, rng: random.Random, p: Person) -> str:
    s = doc.dob(p.dob)
    return rng.choice([f" (born {s})", f" (DOB: {s})", f", born on {s},", f" (d.o.b. {s})", f" ({s})",
                       f", date of birth {s},"])


# --------------------------------------------------------------------------- layouts

def header(rng, doc, area, committee):
    lines = [rng.choice(["OFFICIAL-SENSITIVE-PERSONAL", "OFFICIAL SENSITIVE", "CONFIDENTIAL (WHEN COMPLETE)", ""]),
             doc.k(committee)]
    return [x for x in lines if x]


def L_scr_narrative(rng: random.Random, doc: Doc):
    area, t, fam = Area(rng), Timeline(rng), Family(doc, rng)
    ratified = rng.random() < 0.75
    kind = rng.choice(["SCR", "LR"])
    what = "Significant Case Review" if kind == "SCR" else "Learning Review"
    title = "SIGNIFICANT CASE REVIEW" if kind == "SCR" else "LEARNING REVIEW REPORT"
    addr, line = area.address(doc)
    hv, sw = doc.staff(), doc.staff()
    rev = doc.staff()
    c = fam.subject
    out = header(rng, doc, area, area.cpc) + [
        "", title, f"In respect of {doc.k(fam.label)}", f"Lead reviewer: {rev}, Independent Reviewer",
        f"Date of report: {D(rng, t.report)}", "", "1. Executive Summary", "",
        f"This {what} concerns {fam.label}, {doc.name(c)}{dob_phrase(doc, rng, c)} who lived with "
        f"{'his' if c.title == 'Mr' else 'her'} mother, {doc.name(fam.mother)}, at {addr.replace(chr(10), ', ')}. "
        f"The review considered the involvement of {doc.k(area.council)}, {doc.k(area.nhs)}, {doc.k('Police Scotland')} "
        f"and the {doc.k(SCRA)} between {D(rng, t.incident - timedelta(days=400))} "
        f"and {D(rng, t.incident)}.",
        "",
        "2. Family composition", "",
        f"{doc.name(c, 'poss')} mother, {doc.name(fam.mother, 'title')}{dob_phrase(doc, rng, fam.mother)} had been "
        f"in a relationship with {doc.name(fam.partner)}{dob_phrase(doc, rng, fam.partner)} since {t.incident.year - 3}. "
        f"{doc.name(c, 'fore')} has a {fam.rel[2][1].lower().replace('brother/sister', 'sibling')}, "
        f"{doc.name(fam.sibling, 'fore')}{dob_phrase(doc, rng, fam.sibling)} who attended {doc.q('school', rng.choice(SCHOOLS))}.",
        "",
        "3. Chronology of significant events", "",
    ]
    ev = t.incident - timedelta(days=380)
    rows = [
        f"The {doc.k('health visitor')}, {hv}, completed a home visit and noted concerns about home conditions.",
        f"{doc.k('Police Scotland')} attended {line} following a call from a neighbour, {doc.name(doc.person(collide_ok=False))}.",
        f"{doc.name(fam.mother, 'fore')} telephoned the duty team from {mobile_reg(doc, rng)} to ask for help with housing.",
        f"A referral was made to the Reporter; {doc.name(fam.partner, 'title')} declined to engage.",
        f"The allocated {doc.k('social worker')}, {sw}, held a core group meeting.",
        f"{doc.name(c, 'fore')} was seen at the emergency department of {doc.k(area.nhs)}; CHI {chi_reg(doc, rng, c)}.",
    ]
    for r in rows:
        ev += timedelta(days=rng.randint(15, 60))
        out.append(rng.choice([f"{D(rng, ev)}: {r}", f"- {D(rng, ev)} - {r}", f"{D(rng, ev)}\t{r}"]))
    out += ["", "4. Findings and learning", "",
            f"Information sharing between the {doc.k('named person')} and the {doc.k('social worker')} was inconsistent. "
            f"The voice of {fam.label} was not consistently heard.", "",
            "5. Governance", ""]
    gov = cog_distractors(rng, doc, t, what, ratified, rng.randint(1, 2))
    if ratified:
        gov.insert(rng.randint(0, len(gov)), cog_ratified_sentence(rng, doc, t, what))
    out.append(" ".join(gov))
    return "\n".join(out) + "\n", kind, t.ratified if ratified else None


def mobile_reg(doc: Doc, rng: random.Random) -> str:
    return doc.add("phone", mobile(rng))


def chi_reg(doc: Doc, rng: random.Random, p: Person, valid: bool | None = None) -> str:
    valid = rng.random() < 0.6 if valid is None else valid
    chi = chi_for(rng, p.dob, valid)
    s = rng.choice([chi, f"{chi[:6]} {chi[6:]}", f"{chi[:6]}-{chi[6:]}"])
    return doc.add("chi", s)


def L_icr_label_form(rng: random.Random, doc: Doc):
    area, t, fam = Area(rng), Timeline(rng), Family(doc, rng)
    ratified = rng.random() < 0.7
    c = fam.subject
    addr, _ = area.address(doc)
    sep = rng.choice([": ", ":  ", " - "])
    rows = [
        ("Child's name", doc.name(c, rng.choice(["full", "surfirst", "caps"]))),
        ("Child's identifier", doc.k(fam.label)),
        ("Date of birth", doc.dob(c.dob)),
        ("Gender", "Female" if c.title != "Mr" else "Male"),
        ("CHI number" if rng.random() < 0.5 else "CHI", chi_reg(doc, rng, c)),
        ("Address", addr.replace("\n", ", ")),
        ("Parents/carers", f"{doc.name(fam.mother)} (mother), {doc.name(fam.partner)} ({fam.rel[1][1].lower()})"),
        ("Siblings", f"{doc.name(fam.sibling)} (DOB {doc.dob(fam.sibling.dob)})"),
        ("Contact number (mother)", mobile_reg(doc, rng)),
        ("Education establishment", doc.q("school", rng.choice(SCHOOLS))),
        ("Legal status", rng.choice(["Compulsory Supervision Order", "None", "Interim CSO"])),
        ("On child protection register", rng.choice(["Yes", "No", "Previously (2023)"])),
        ("Date of referral", D(rng, t.referral)),
        ("Date ICR convened", D(rng, t.convened)),
        ("Decision", rng.choice(["Proceed to Learning Review", "No further review; single agency learning",
                                 "Other learning activity"])),
        ("Date sent to the Chief Officers Group", D(rng, t.sent_cog)),
        ("Date outcome ratified by COG", D(rng, t.ratified) if ratified else rng.choice(["Pending", "TBC", "N/A", ""])),
        ("Completed by", f"{doc.staff()}, {doc.k('Lead Officer, Child Protection')}"),
        ("Service/agency", doc.k(area.council)),
    ]
    if rng.random() < 0.4:
        rows.insert(5, ("NHS No.", doc.add("nhs", nhs_number(rng, rng.random() < 0.5))))
    doc.k("Chief Officers Group")
    out = header(rng, doc, area, area.cpc) + ["", "INITIAL CASE REVIEW - NOTIFICATION AND OUTCOME", ""]
    out += [f"{k}{sep}{v}".rstrip() for k, v in rows]
    out += ["", "Summary of involvement", "",
            f"{doc.k('Police Scotland')} and {doc.k(area.nhs)} shared information within 24 hours. "
            f"The {doc.k('health visitor')} raised concerns about neglect."]
    return "\n".join(out) + "\n", "ICR", t.ratified if ratified else None


def L_icr_tab_form(rng: random.Random, doc: Doc):
    area, t, fam = Area(rng), Timeline(rng), Family(doc, rng)
    ratified = rng.random() < 0.65
    c = fam.subject
    addr, _ = area.address(doc, with_town=rng.random() < 0.5)
    doc.k("Chief Officers Group")
    out = header(rng, doc, area, area.cpc) + ["", "Initial Case Review Report", "", "Part 1: Key dates", ""]
    dates = [("Date of referral", t.referral), ("Date ICR convened", t.convened),
             ("Date sent to the Chief Officers Group", t.sent_cog),
             ("Date of COG meeting", t.ratified if ratified else t.future_cog)]
    style = rng.choice(["slash", "dot2", "long", "dot4"])
    for k, v in dates:
        out.append(f"{k}\t{fmt_date(v, style)}")
    out.append("Date outcome ratified by COG\t" + (fmt_date(t.ratified, style) if ratified else
                                                   rng.choice(["Awaiting COG", "not yet ratified", "-"])))
    out += ["", "Part 2: Family composition", "", "Name\tRelationship\tDate of birth\tAddress"]
    out.append(f"{doc.name(c)}\tSubject child ({doc.k(fam.label)})\t{doc.dob(c.dob, style if style != 'long' else 'slash')}\t"
               f"{addr.replace(chr(10), ', ')}")
    for p, rel in fam.rel:
        out.append(f"{doc.name(p, rng.choice(['full', 'caps']))}\t{rel}\t{doc.dob(p.dob)}\t"
                   + (rng.choice(["As above", "as above"]) if rng.random() < 0.6 else area.address(doc)[0].replace("\n", ", ")))
    out += ["", "Part 3: Agencies", "", f"{doc.k(area.council)} Children and Families; {doc.k(area.nhs)}; "
            f"{doc.k('Police Scotland')}; {doc.k(SCRA)}", "",
            "Part 4: Summary", "",
            f"The ICR group considered whether the criteria for a Learning Review were met. {fam.label} was known to the "
            f"{doc.k('social worker')} since {t.incident.year - 2}."]
    return "\n".join(out) + "\n", "ICR", t.ratified if ratified else None


def L_family_pipe(rng: random.Random, doc: Doc):
    area, t, fam = Area(rng), Timeline(rng), Family(doc, rng)
    ratified = rng.random() < 0.7
    kind = rng.choice(["ICR", "SCR"])
    what = "Initial Case Review" if kind == "ICR" else "Significant Case Review"
    c = fam.subject
    addr, line = area.address(doc)
    out = header(rng, doc, area, area.cpc) + ["", what.upper() + f" - {doc.k(fam.label)}", "", "Core data", ""]
    out.append(f"Age: {2026 - c.dob.year}")
    out.append(f"Living circumstances: with mother and {fam.rel[1][1].lower()} at {addr.replace(chr(10), ', ')}")
    out += ["", "Family composition", "", "Name | Relationship | Date of birth | Address"]
    out.append(f"{doc.name(c)} | {fam.label} | {doc.dob(c.dob)} | {line}")
    for p, rel in fam.rel:
        a = "as above" if rng.random() < 0.5 else area.address(doc)[0].replace("\n", ", ")
        out.append(f"{doc.name(p, rng.choice(['full', 'caps', 'titlefull']))} | {rel} | {doc.dob(p.dob)} | {a}")
    grand = doc.person("F", dob=date(1958, 1, 1) + timedelta(days=rng.randint(0, 3000)))
    out.append(f"{doc.name(grand)} | Maternal grandmother | {doc.dob(grand.dob)} | "
               f"{area.address(doc)[0].replace(chr(10), ', ')}")
    out += ["", "Agencies involved", "",
            f"{doc.k(area.council)}, {doc.k(area.nhs)}, {doc.k('Police Scotland')}.", "",
            "Introduction", "",
            f"{doc.name(grand, 'title')} contacted the {doc.k('social worker')} on {D(rng, t.incident)}; "
            f"her telephone number ({doc.add('phone', landline(rng, area.code))}) and e-mail "
            f"({personal_email(doc, grand, rng)}) were shared with the {doc.k('health visitor')}.", "",
            "Decision and governance", ""]
    gov = cog_distractors(rng, doc, t, what, ratified, 2)
    if ratified:
        gov.append(cog_ratified_sentence(rng, doc, t, what))
    out += gov
    return "\n".join(out) + "\n", kind, t.ratified if ratified else None


def L_signatories(rng: random.Random, doc: Doc):
    area, t = Area(rng), Timeline(rng)
    ratified = rng.random() < 0.75
    adult = rng.random() < 0.3
    fam = Family(doc, rng, adult=adult)
    committee = area.apc if adult else area.cpc
    kind = rng.choice(["LR", "SCR"])
    what = "Learning Review" if kind == "LR" else "Significant Case Review"
    out = header(rng, doc, area, committee) + ["", f"{what} concerning {doc.k(fam.label)}", "",
                                                "Executive summary", "",
                                                f"This review examined multi-agency practice with {fam.label}. "
                                                f"It was commissioned by the {committee}.", ""]
    gov = cog_distractors(rng, doc, t, what, ratified, 1)
    if ratified:
        gov.append(cog_ratified_sentence(rng, doc, t, what))
    out += gov + ["", "Recommendations", "", "1. Agencies should review their information-sharing protocols.",
                  "2. The committee should audit the use of chronologies.", ""]
    sig = []
    roles = [("Chair, " + ("Adult Protection Committee" if adult else "Child Protection Committee"), area.council),
             ("Consultant Paediatrician", area.nhs), ("Detective Chief Inspector", "Police Scotland"),
             ("Chief Social Work Officer", area.council), ("Nurse Director", area.nhs),
             ("Locality Reporter Manager", "Scottish Children's Reporter Administration")]
    for role, ag in rng.sample(roles, rng.randint(3, 5)):
        prefix = "Dr" if "Paediatrician" in role else ("DCI" if "Detective" in role else "")
        sig.append((doc.staff(prefix), doc.k(role), doc.k(ag)))
    if rng.random() < 0.5:
        out += ["Signed on behalf of the " + committee, "", "Name | Designation | Agency"]
        out += [" | ".join(r) for r in sig]
    else:
        out += ["Distribution list", "", "Name\tDesignation\tAgency"]
        out += ["\t".join(r) for r in sig]
    return "\n".join(out) + "\n", kind, t.ratified if ratified else None


def L_cover_letter(rng: random.Random, doc: Doc):
    area, t, fam = Area(rng), Timeline(rng), Family(doc, rng)
    what = rng.choice(["Initial Case Review", "Learning Review", "Significant Case Review"])
    insp = doc.person(collide_ok=False)
    sender = doc.person(collide_ok=False)
    out = [doc.k(area.council), doc.k(area.cpc), "", f"Our ref: CPC/{t.report.year}/{rng.randint(1, 40):03d}",
           f"Date: {D(rng, t.report)}", "", doc.name(insp, "titlefull"), doc.k("Strategic Inspector"),
           doc.k("Care Inspectorate"), "", f"Dear {doc.name(insp, 'title')}", "",
           f"Re: {what} - {doc.k(fam.label)}", "",
           f"Please find attached the anonymised {what} report in respect of {fam.label}. "
           + cog_ratified_sentence(rng, doc, t, what),
           "I would be grateful if you could acknowledge receipt.", "", rng.choice(["Yours sincerely", "Yours faithfully",
                                                                                   "Kind regards"]), "",
           doc.name(sender, rng.choice(["full", "caps"])),
           doc.k(rng.choice(["Lead Officer, Child Protection", "Child Protection Lead Officer",
                             "Public Protection Co-ordinator"])), area.cpc]
    if rng.random() < 0.5:
        out.append("Email: " + doc.q("mailbox", f"childprotection@{ascii_fold(area.council.split()[0]).lower()}.gov.uk"))
    return "\n".join(out) + "\n", "OTHER", None


def L_minutes(rng: random.Random, doc: Doc):
    area, t, fam = Area(rng), Timeline(rng), Family(doc, rng)
    ratified = rng.random() < 0.5
    c = fam.subject
    addr, line = area.address(doc)
    attendees = []
    for role, ag in rng.sample([("Chair", area.council), ("Team Manager", area.council), ("Detective Sergeant",
                                "Police Scotland"), ("Named Person", area.council), ("Health Visitor", area.nhs),
                                ("Children's Reporter", "Scottish Children's Reporter Administration")], 4):
        attendees.append(f"{doc.staff()} ({doc.k(role)}, {doc.k(ag)})")
    out = [doc.k(area.cpc), "", "Minutes of the Initial Case Review meeting",
           f"Held on {fmt_date(t.convened, rng.choice(['weekday', 'weekday_ord', 'long']))} at 10.00am, by Microsoft Teams",
           "", "Present: " + "; ".join(attendees), f"Apologies: {doc.staff()} ({doc.k('Education')})",
           f"Minute taker: {doc.staff()}", "",
           "1. Welcome and introductions", "The Chair welcomed everyone and reminded members of confidentiality.", "",
           "2. Background", "",
           f"{doc.k(fam.label)} ({doc.name(c)}){dob_phrase(doc, rng, c)} lives with "
           f"{doc.name(fam.mother, rng.choice(['full', 'title']))} at {addr.replace(chr(10), ', ')}. "
           f"Referral received on {D(rng, t.referral)}.", "",
           "3. Discussion and decision", "",
           f"The ICR group agreed on {D(rng, t.convened)} to recommend to the {area.cpc} that a Learning Review "
           f"be undertaken. The CPC approved the recommendation on {D(rng, t.cpc)}.", "",
           "4. Next steps", ""]
    out += cog_distractors(rng, doc, t, "ICR", ratified, 1)
    if ratified:
        out += ["", "Post-meeting note: " + cog_ratified_sentence(rng, doc, t, "ICR")]
    return "\n".join(out) + "\n", "ICR", t.ratified if ratified else None


def L_adult_lr(rng: random.Random, doc: Doc):
    area, t = Area(rng), Timeline(rng)
    fam = Family(doc, rng, adult=True)
    ratified = rng.random() < 0.7
    a = fam.subject
    home = doc.q("care_home", rng.choice(CARE_HOMES))
    addr, line = area.address(doc)
    daughter = doc.person("F")
    son = doc.person("M", sur=a.sur if rng.random() < 0.5 else None)
    manager = doc.staff()
    gp = doc.staff("Dr")
    out = header(rng, doc, area, area.apc) + [
        "", "ADULT SUPPORT AND PROTECTION LEARNING REVIEW", "", "Core Data - Adult", "",
        f"Identifier: {doc.k(fam.label)}", "Age: 78", "Gender: " + ("Female" if a.title != "Mr" else "Male"),
        f"Living circumstances: resident at {home}, {area.towns[0][0]}, since {D(rng, t.incident - timedelta(days=300))}; "
        f"previously lived alone at {addr.replace(chr(10), ', ')}",
        "Nature of harm: financial harm and neglect", f"Agencies: {doc.k(area.council)}, {doc.k(area.nhs)}, "
        f"{doc.k('Police Scotland')}", "", "Introduction", "",
        f"{fam.label}, {doc.name(a, rng.choice(['full', 'titlefull']))}{dob_phrase(doc, rng, a)} an {doc.k('adult at risk')} "
        f"aged 78, moved into a care home after a fall. {subj_word(a).capitalize()} was registered with "
        f"{doc.q('gp', rng.choice(GP))} under {gp}.", "",
        f"{doc.name(a, 'title')}'s National Insurance number ({doc.add('ni', ni_number(rng))}) and bank card were "
        f"used by a family member. {doc.name(a, 'poss')} NHS number is {doc.add('nhs', nhs_number(rng, rng.random() < 0.6))}"
        f" and CHI {chi_reg(doc, rng, a)}.", "",
        "The facts", "",
        f"{D(rng, t.incident)}: the care home manager, {manager}, reported concerns to the {doc.k('Adult Support and Protection')} team.",
        f"{D(rng, t.referral)}: {doc.name(daughter)} (daughter, {mobile_reg(doc, rng)}, {personal_email(doc, daughter, rng)}) "
        f"told the {doc.k('council officer')} that {doc.name(son, rng.choice(['full', 'fore']))} held power of attorney.",
        f"{D(rng, t.convened)}: an adult protection case conference was held.", "",
        "Governance", ""]
    gov = [s.replace("Child Protection Committee", "Adult Protection Committee")
           for s in cog_distractors(rng, doc, t, "Learning Review", ratified, 2)]
    if ratified:
        gov.append(cog_ratified_sentence(rng, doc, t, "Learning Review"))
    out.append(" ".join(gov))
    return "\n".join(out) + "\n", "LR", t.ratified if ratified else None


def L_lr_decision(rng: random.Random, doc: Doc):
    area, t = Area(rng), Timeline(rng)
    adult = rng.random() < 0.35
    fam = Family(doc, rng, adult=adult)
    committee = area.apc if adult else area.cpc
    cog = rng.choice(COG_NAMES)
    if "Chief Officers" in cog:
        doc.k(cog)
    rows = [("Name of committee", doc.k(committee)),
            ("Contact name", f"{doc.staff()}, {doc.k('Lead Officer')}"),
            ("Subject of the review", f"{doc.k(fam.label)}, aged {2026 - fam.subject.dob.year}"),
            ("Date of incident", D(rng, t.incident)),
            ("Date referral received", D(rng, t.referral)),
            ("Date of decision", D(rng, t.cpc)),
            ("Decision", rng.choice(["Proceed to Learning Review", "Do not proceed - single agency review",
                                     "Alternative approach - learning event"])),
            ("Reasons", "The criteria in the national guidance are met."),
            ("Reported to Chief Officers", rng.choice([
                f"Submitted to the {cog} on {D(rng, t.sent_cog)}",
                f"To be considered by the {cog} on {D(rng, t.future_cog)}",
                f"The {cog} will be asked to note the decision at its meeting on {D(rng, t.future_cog)}"]))]
    if rng.random() < 0.4 and not adult:
        rows.insert(3, ("Child's name (for CPC records only)", doc.name(fam.subject)))
    sep = rng.choice([": ", "\t"])
    out = ["LEARNING REVIEW DECISION NOTIFICATION", doc.k("Care Inspectorate"), ""]
    out += [f"{k}{sep}{v}" for k, v in rows]
    return "\n".join(out) + "\n", "LR-DECISION", None


def L_lr_outcome(rng: random.Random, doc: Doc):
    area, t = Area(rng), Timeline(rng)
    adult = rng.random() < 0.35
    fam = Family(doc, rng, adult=adult)
    committee = area.apc if adult else area.cpc
    ratified = rng.random() < 0.8
    rows = [("Committee", doc.k(committee)),
            ("Review reference", f"LR/{t.commenced.year}/{rng.randint(1, 20):02d}"),
            ("Subject", doc.k(fam.label)),
            ("Date review commenced", D(rng, t.commenced)),
            ("Date final report approved by the committee", D(rng, t.cpc)),
            ("Date outcome ratified by the Chief Officers Group",
             D(rng, t.ratified) if ratified else rng.choice(["Not yet ratified", "Awaiting COG", ""])),
            ("Key learning", "Professional curiosity; information sharing at transitions."),
            ("Completed by", f"{doc.staff()}, {doc.k('Learning Review Co-ordinator')}"),
            ("Email", doc.q("mailbox", "publicprotection@" + ascii_fold(area.council.split()[0]).lower() + ".gov.uk"))]
    doc.k("Chief Officers Group")
    out = ["LEARNING REVIEW OUTCOME NOTIFICATION", ""]
    out += [f"{k}: {v}".rstrip() for k, v in rows]
    if not ratified:
        out += ["", cog_distractors(rng, doc, t, "Learning Review", False, 1)[-1]]
    return "\n".join(out) + "\n", "LR-OUTCOME", t.ratified if ratified else None


def L_agenda(rng: random.Random, doc: Doc):
    area, t = Area(rng), Timeline(rng)
    label = doc.k(f"Child {rng.choice('ABCDEFGH')}")
    out = [doc.k(area.council), doc.k("Chief Officers Group"), "", "AGENDA", "",
           f"Meeting: {fmt_date(t.future_cog, rng.choice(['weekday', 'weekday_ord']))}, 10:00, Committee Room 2", "",
           f"Chair: {doc.staff()}, {doc.k('Chief Executive')}", "",
           "1. Welcome and apologies",
           f"2. Minutes of the previous meeting held on {D(rng, t.sent_cog)}",
           f"3. Initial Case Review - {label} - for ratification (paper by {doc.staff()}, Lead Officer)",
           "4. Learning Review action plan - progress update",
           "5. Adult Support and Protection improvement plan",
           "6. Any other competent business", "",
           f"Date of next meeting: {D(rng, t.future_cog + timedelta(days=56))}"]
    return "\n".join(out) + "\n", "OTHER", None


def L_action_plan(rng: random.Random, doc: Doc):
    area, t = Area(rng), Timeline(rng)
    label = doc.k(f"Child {rng.choice('JKLMNPRS')}")
    out = [doc.k(area.cpc), "", f"Learning Review ({label}) - Multi-agency Action Plan", "",
           "No | Recommendation | Action | Lead | Timescale | RAG"]
    recs = [("Improve information sharing at transition", "Revise the transition protocol"),
            ("Strengthen chronologies", "Deliver chronology training to all staff"),
            ("Hear the voice of the child", "Audit 20 case files for the child's views"),
            ("Escalation", "Relaunch the escalation policy")]
    for i, (r, a) in enumerate(rng.sample(recs, 3), 1):
        lead = f"{doc.staff()}, {doc.k(rng.choice(['Service Manager', 'Team Leader', 'Senior Nurse']))}"
        out.append(f"{i} | {r} | {a} | {lead} | {MONTHS[rng.randint(0, 11)]} 2027 | {rng.choice(['Red', 'Amber', 'Green'])}")
    out += ["", f"Agencies: {doc.k(area.council)}; {doc.k(area.nhs)}; {doc.k('Police Scotland')}"]
    return "\n".join(out) + "\n", "OTHER", None


LAYOUTS = [L_scr_narrative, L_icr_label_form, L_icr_tab_form, L_family_pipe, L_signatories, L_cover_letter,
           L_minutes, L_adult_lr, L_lr_decision, L_lr_outcome, L_agenda, L_action_plan]


# --------------------------------------------------------------------------- checks and writing

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def _present(needle: str, hay: str, cs: bool) -> bool:
    body = r"\s".join(re.escape(w) for w in _norm(needle).split(" "))
    return re.search(r"(?<!\w)" + body + r"(?!\w)", _norm(hay), 0 if cs else re.I) is not None


def check(text: str, gold: dict) -> None:
    """Generator self-checks: every keep and every multi-word PII form occurs in the text, and no PII
    token occurs inside a keep term or a quasi item (that would make the gold contradict itself)."""
    for k in gold["keep"]:
        assert _present(k, text, False), f"keep term missing: {k!r}"
    for e in gold["pii"]:
        if e.get("part") not in ("forename", "surname"):
            assert _present(e["text"], text, bool(e.get("word_collision"))), f"pii missing: {e!r}"
        for other in gold["keep"] + [q["text"] for q in gold["quasi"]]:
            assert not _present(e["text"], other, bool(e.get("word_collision"))), f"{e['text']!r} in {other!r}"


def generate(out: Path, n: int = 60, seed: int = SEED) -> list[str]:
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    order = [LAYOUTS[i % len(LAYOUTS)] for i in range(n)]
    random.Random(seed).shuffle(order)
    stems = []
    for i, layout in enumerate(order):
        rng = random.Random(seed * 1000 + i)
        doc = Doc(rng)
        text, doc_type, rat = layout(rng, doc)
        stem = f"IND{i + 1:03d}"
        gold = {"file": f"{stem}.txt", "has_text_layer": True, "layout": layout.__name__[2:], "doc_type": doc_type,
                "ratification_date": rat.isoformat() if rat else None,
                "pii": list(doc.pii.values()), "keep": doc.keep, "quasi": doc.quasi}
        check(text, gold)
        (out / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (out / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        stems.append(stem)
    return stems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    stems = generate(args.out, args.n, args.seed)
    print(f"{len(stems)} documents in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
