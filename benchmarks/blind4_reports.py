#!/usr/bin/env python3
"""Fourth blind evaluation set (blind4): reports in layouts nobody here tuned on.

Written for issue 10 ("How to measure without fooling ourselves") without opening the
redaction or analysis rules, nor the templates of any other generator: only the gold format
(``score_redaction.py``), the harness (``blind_eval.py``) and the interface of
``blind3_reports.py``.  Three earlier sets have been tuned on, or are being; this one exists so
the engine can be measured before and after a round of rules on text nobody has fitted.  The
evaluator (``eval_blind4.py``) prints figures only; its failure list is not to be read by
anyone changing a rule.

Everything is invented: people, streets, towns, postcodes (real Scottish outward codes,
invented inward parts), phone numbers (Ofcom drama ranges), e-mail addresses (``example.*``
domains), CHI/NHS numbers (valid, and with a wrong check digit only where a label says what
they are), NI numbers.  Public bodies and committees are named as real reports name them.
The pools were checked against ../shared/corpus (case-insensitive, as substrings) and
against every other generator in benchmarks/; ``pool_overlaps`` repeats that check.

    python benchmarks/blind4_reports.py OUT_DIR [--n 90] [--seed 20261205]

writes OUT_DIR/text/B4_nn.txt and OUT_DIR/gold/B4_nn.json.  Each gold file follows
benchmarks/score_redaction.py ("file", "has_text_layer", "pii", "keep", "quasi") and adds
"doc_type" (ICR, SCR, LR, LR-DECISION, LR-OUTCOME, OTHER), "ratification_date" (ISO or
null), "ratification_date_text" (the date as written, or null), "subject" (child, adult or
null) and "layout".  Person entries carry "part": forename, surname, full, title (title and
surname), titleinit (title, initial, surname), init (initial and surname) or initials.
``build()`` self-checks every document (see ``check``) and refuses to write a set whose gold
is wrong.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_eval  # noqa: E402
from score_redaction import norm, present  # noqa: E402

SEED = 20261205
DEFAULT_N = 90
PREFIX = "B4"

# ---------------------------------------------------------------------------------------------
# Pools (invented; none occurs in ../shared/corpus or another generator: see pool_overlaps)

FEMALE = ["Sheilagh", "Kenina", "Dolina", "Murdina", "Chrissie", "Ewanina", "Dervla", "Jadwiga",
          "Malgorzata", "Ioana", "Mirela", "Daciana", "Harpreet", "Gurleen", "Simranjit", "Hodan",
          "Fadumo", "Sahra", "Ubah", "Solomiya", "Yaryna", "Bohdana", "Yusra", "Rania", "Zainab",
          "Lubna"]
MALE = ["Padraic", "Zbigniew", "Przemek", "Radoslaw", "Bogdan", "Sorin", "Lucian", "Jaswinder",
        "Navneet", "Kuldeep", "Abdirahman", "Khadar", "Mykola", "Ostap", "Tariq", "Khalil", "Hamza"]
SURNAMES = ["Pitcaithly", "Auchinleck-Pryde", "Balfron", "Cromarty", "Fyvie", "Gilhooly", "Lendrum",
            "MacGillivray", "MacIlleathain", "Mackinlay", "McCurrach", "McGeachan", "O'Flaherty",
            "Breathnach", "O'Kelleher", "Ni Dhuibhir", "Wisniewska", "Grabowski", "Zielinska",
            "Szymanska", "Jablonski", "Wrobel", "Dumitrescu", "Constantinescu", "Munteanu",
            "Vasilescu", "Oprea", "Sandhu", "Grewal", "Dhillon", "Randhawa", "Chahal", "Abdullahi",
            "Warsame", "Hirsi", "Egeh", "Dualeh", "Hrytsenko", "Bondarenko", "Tkachenko",
            "Shevchuk", "Lysenko", "Haddad", "Mansour", "Al-Rashidi", "Khoury", "Nasrallah",
            "Ballingall", "Bremner", "Grewal-Lendrum", "Haddad-Fyvie", "Oprea-Ballingall"]
TOWNS = ["Inverbrora", "Auchenmuir", "Kilbarrie", "Drumstrathy", "Strathcorran", "Glenfarquie",
         "Craiglachan", "Auchtertarvit", "Kilmorrie", "Dalnacreich", "Balnagowie", "Invercarron",
         "Lochnabeith", "Pitmeddie", "Rossiebank", "Ardbennie"]
STREET_NAMES = ["Kestrelbrae", "Corbiehill", "Whaupknowe", "Peesweep", "Hoolet", "Bumbee",
                "Laverockhall", "Linnburn", "Sauchiehope", "Glenmarnie", "Puddockburn",
                "Whinnyknowe", "Tattiebogle", "Craigmaddie", "Birkhill", "Ferniebrae", "Corsebank",
                "Mavisbrae", "Yellowhammer", "Gorseknowe"]
STREET_KINDS = ["Wynd", "Road", "Crescent", "Gardens", "Brae", "Lane", "Street", "Terrace", "Drive",
                "Court", "Loan", "Avenue", "Row", "View", "Vennel", "Walk", "Place", "Close"]
OUTWARD = ["KY7", "KY12", "PH2", "PH10", "IV3", "IV30", "AB15", "AB42", "DD4", "DD11", "G41", "G73",
           "EH12", "EH47", "FK8", "FK10", "KA7", "KA20", "ML3", "ML11", "PA2", "PA16", "DG1", "TD9",
           "ZE1", "HS1", "KW15"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# Ofcom's drama ranges: (prefix, local part formats).
PHONE_RANGES = [("0131 496 0", 3), ("0141 496 0", 3), ("01632 960", 3), ("07700 900", 3),
                ("0306 999 0", 3)]
EMAIL_DOMAINS = ["example.org", "example.com", "example.net"]

POOLS = {"forename": FEMALE + MALE, "surname": SURNAMES, "town": TOWNS, "street": STREET_NAMES}

# Committees as real reports name them: (committee, kind, council, health board).
COMMITTEES = [
    ("Fife Child Protection Committee", "CPC", "Fife Council", "NHS Fife"),
    ("Dundee Adult Support and Protection Committee", "APC", "Dundee City Council", "NHS Tayside"),
    ("Highland Child Protection Committee", "CPC", "The Highland Council", "NHS Highland"),
    ("Glasgow Adult Protection Committee", "APC", "Glasgow City Council", "NHS Greater Glasgow and Clyde"),
    ("East Lothian and Midlothian Public Protection Committee", "PPC", "Midlothian Council", "NHS Lothian"),
    ("Outer Hebrides Child Protection Committee", "CPC", "Comhairle nan Eilean Siar", "NHS Western Isles"),
    ("Shetland Public Protection Committee", "PPC", "Shetland Islands Council", "NHS Shetland"),
    ("Perth and Kinross Adult Protection Committee", "APC", "Perth and Kinross Council", "NHS Tayside"),
    ("Dumfries and Galloway Public Protection Committee", "PPC", "Dumfries and Galloway Council",
     "NHS Dumfries and Galloway"),
    ("North Lanarkshire Child Protection Committee", "CPC", "North Lanarkshire Council", "NHS Lanarkshire"),
    ("South Ayrshire Adult Protection Committee", "APC", "South Ayrshire Council", "NHS Ayrshire and Arran"),
    ("Clackmannanshire and Stirling Child Protection Committee", "CPC", "Stirling Council", "NHS Forth Valley"),
]
COG_NAMES = ["Chief Officers Group", "Chief Officers' Group", "Chief Officers Public Protection Group",
             "Public Protection Chief Officers' Group"]
AGENCIES = ["Police Scotland", "Scottish Children's Reporter Administration", "Scottish Fire and Rescue Service",
            "Children 1st", "Barnardo's Scotland", "Quarriers", "Women's Aid",
            "Scottish Ambulance Service", "Care Inspectorate"]
ROLES = ["Lead Reviewer", "Independent Chair", "Service Manager", "CPC Lead Officer", "Health Visitor",
         "Named Person", "Lead Professional", "Team Leader", "Senior Social Worker", "Detective Sergeant",
         "Chief Social Work Officer", "Learning Review Coordinator", "Public Protection Lead"]
BANNED_INITIALS = {"CP", "NI", "LR", "DD", "AB", "IV", "KY", "PH", "FK", "EH", "ML", "KA", "PA", "DG", "TD",
                   "HS", "ZE", "KW", "GP", "HV", "SW", "OT", "MP", "DR", "IT", "IS", "OR", "AS", "IN", "ON",
                   "NO", "TO", "BE", "ME", "AM", "PM", "US", "SO", "DO", "GO", "HE", "WE", "UK", "ID",
                   "RA", "AN", "AT", "BY", "IF", "MY", "OF", "UP", "SC", "ICR", "SCR", "COG", "CPC", "APC",
                   "PPC", "NHS", "DOB", "CHI", "ASP", "LRS", "HOD", "SHO"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_STYLES = {
    "long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "ord": lambda d: f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "dayof": lambda d: f"the {ordinal(d.day)} day of {MONTHS[d.month - 1]} {d.year}",
    "slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dot2": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "slash2": lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
    "dash2": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
    "monfirst": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "monfirst_long": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
    "weekday": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "wkabbr": lambda d: f"{WEEKDAYS[d.weekday()][:3]} {d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "wkcomma": lambda d: f"{WEEKDAYS[d.weekday()]}, {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "abbr": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
}


def fmt(d: dt.date, style: str) -> str:
    return DATE_STYLES[style](d)


# The gold check reads dates back with its own patterns, not with DATE_STYLES, so a formatting
# slip cannot agree with itself.
_MON = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WD = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
_DATE_RES = [
    (re.compile(_WD + r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+day\s+of)?[\s-]+" + _MON + r"[\s-]+(\d{4})"), "dmy"),
    (re.compile(_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})"), "mdy"),
    (re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"), "iso"),
    (re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])"), "num"),
]


def read_dates(s: str) -> list[tuple[dt.date, str]]:
    """Every date written in ``s`` (UK day-first), with the text it was read from."""
    found, taken = [], []
    for rx, kind in _DATE_RES:
        for m in rx.finditer(s):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                if kind == "dmy":
                    d = dt.date(int(m[3]), _month(m[2]), int(m[1]))
                elif kind == "mdy":
                    d = dt.date(int(m[3]), _month(m[1]), int(m[2]))
                elif kind == "iso":
                    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
                else:
                    y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
                    d = dt.date(y, int(m[2]), int(m[1]))
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            found.append((d, m[0]))
    return found


def _month(s: str) -> int:
    return [m[:3] for m in MONTHS].index(s[:3].title()) + 1


def mod11_check(digits: str) -> int | None:
    """NHS/CHI check digit of nine digits (weights 10..2), or None when it would be 10."""
    c = 11 - sum(int(x) * w for x, w in zip(digits, range(10, 1, -1))) % 11
    return 0 if c == 11 else (None if c == 10 else c)


# ---------------------------------------------------------------------------------------------
# Documents: text written piece by piece, each piece of personal data with its span


@dataclass
class Person:
    forename: str
    surname: str
    female: bool
    title: str

    @property
    def initials(self) -> str:
        return self.forename[0] + self.surname[0]


@dataclass
class Doc:
    rng: random.Random
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)
    pii: dict = field(default_factory=dict)
    keep: list[str] = field(default_factory=list)
    quasi: list[dict] = field(default_factory=list)
    rat: dt.date | None = None
    rat_text: str | None = None
    used_names: set = field(default_factory=set)
    used_streets: set = field(default_factory=set)

    # text ------------------------------------------------------------------------------------
    def t(self, *pieces: str) -> "Doc":
        for s in pieces:
            self.parts.append(s)
            self.length += len(s)
        return self

    def p(self, category: str, s: str, part: str | None = None, collision: bool = False) -> "Doc":
        """Write one piece of personal data and record its span and gold entry."""
        self.spans.append((self.length, self.length + len(s)))
        key = (category, norm(s).lower())
        if key not in self.pii:
            e = {"category": category, "text": s}
            if part:
                e["part"] = part
            if collision:
                e["word_collision"] = True
            self.pii[key] = e
        return self.t(s)

    def k(self, s: str) -> "Doc":
        """Write a keep term (a public body, role or label that must survive redaction)."""
        if s not in self.keep:
            self.keep.append(s)
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # people ----------------------------------------------------------------------------------
    def person(self, female: bool | None = None, surname: str | None = None) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.55
        for _ in range(200):
            fn = rng.choice(FEMALE if female else MALE)
            sn = surname or rng.choice(SURNAMES)
            ini = fn[0] + sn[0]
            if fn in self.used_names or (sn in self.used_names and not surname) or ini in BANNED_INITIALS:
                continue
            break
        self.used_names.add(fn)
        self.used_names.add(sn)
        title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
        return Person(fn, sn, female, title)

    def nm(self, who: Person, part: str = "full", caps: bool = False, dot: bool = True) -> "Doc":
        """Write one form of a person's name (``part`` as in the gold)."""
        ini = who.forename[0] + ("." if dot else "")
        s = {"full": f"{who.forename} {who.surname}", "forename": who.forename, "surname": who.surname,
             "title": f"{who.title} {who.surname}", "titleinit": f"{who.title} {ini} {who.surname}",
             "init": f"{ini} {who.surname}", "initials": who.initials}[part]
        if caps:
            s = s.upper()
        return self.p("person", s, part, collision=(part == "initials"))

    # places and numbers ----------------------------------------------------------------------
    def street(self) -> str:
        for _ in range(100):
            s = f"{self.rng.choice(STREET_NAMES)} {self.rng.choice(STREET_KINDS)}"
            if s.split()[0] not in self.used_streets:
                self.used_streets.add(s.split()[0])
                return s
        return s

    def postcode(self) -> str:
        r = self.rng
        return f"{r.choice(OUTWARD)} {r.randint(1, 9)}{r.choice(INWARD_LETTERS)}{r.choice(INWARD_LETTERS)}"

    def address(self, style: str = "line") -> "Doc":
        """A postal address: ``line``, ``lower`` (all lower case), ``twoline``, ``nospace`` postcode."""
        r = self.rng
        street = f"{r.randint(2, 98)} {self.street()}"
        if r.random() < 0.25:
            street = f"Flat {r.randint(1, 3)}/{r.randint(1, 2)}, {street}"
        town, pc = r.choice(TOWNS), self.postcode()
        if style == "nospace":
            pc = pc.replace(" ", "")
        if style == "lower":
            street, town, pc = street.lower(), town.lower(), pc.lower()
        self.quasi.append({"category": "town", "text": town})
        sep = "\n" if style == "twoline" else ", "
        self.p("address", street).t(sep, town, sep if style == "twoline" else " ")
        return self.p("postcode", pc)

    def phone(self) -> "Doc":
        r = self.rng
        pre, k = r.choice(PHONE_RANGES)
        local = f"{r.randint(0, 10 ** k - 1):0{k}d}"
        s = pre + local
        style = r.choice(["plain", "plain", "nospace", "intl", "paren"])
        if style == "nospace":
            s = s.replace(" ", "")
        elif style == "intl":
            s = "+44 " + s[1:]
        elif style == "paren" and not s.startswith("07"):
            a, b = s.split(" ", 1)
            s = f"({a}) {b}"
        return self.p("phone", s)

    def email(self, who: Person | None = None, mailbox: str | None = None) -> "Doc":
        dom = self.rng.choice(EMAIL_DOMAINS)
        if who is not None:
            local = self.rng.choice([f"{who.forename}.{who.surname}", f"{who.forename[0]}{who.surname}",
                                     f"{who.surname}.{who.forename[0]}"])
            local = re.sub(r"[^A-Za-z.]", "", local).lower()
        else:
            local = mailbox or "admin"
        return self.p("email", f"{local}@{dom}")

    def chi(self, dob: dt.date, wrong: bool = False, spaced: bool = False) -> "Doc":
        return self.p("chi", self._mod11(f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}", wrong,
                                         (6, 10) if spaced else None, " "))

    def nhs(self, wrong: bool = False, sep: str = " ") -> "Doc":
        head = str(self.rng.randint(400, 799))
        return self.p("nhs", self._mod11(head, wrong, (3, 6, 10), sep))

    def _mod11(self, head: str, wrong: bool, cuts, sep: str) -> str:
        while True:
            body = head + "".join(str(self.rng.randint(0, 9)) for _ in range(9 - len(head)))
            c = mod11_check(body)
            if c is None:
                continue
            if wrong:
                c = (c + self.rng.randint(1, 9)) % 10
                if mod11_check(body) == c:
                    continue
            s = body + str(c)
            if cuts:
                out, a = [], 0
                for b in cuts:
                    out.append(s[a:b])
                    a = b
                s = sep.join(out)
            return s

    def ni(self) -> "Doc":
        r = self.rng
        while True:
            a, b = r.choice("ABCEGHJKLMNOPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                break
        digits = f"{r.randint(0, 999999):06d}"
        suffix = r.choice("ABCD")
        s = (f"{a}{b} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}" if r.random() < 0.6
             else f"{a}{b}{digits}{suffix}")
        return self.p("ni", s)

    def dob(self, d: dt.date, style: str) -> "Doc":
        return self.p("dob", fmt(d, style))

    # dates -----------------------------------------------------------------------------------
    def date(self, d: dt.date, style: str) -> "Doc":
        return self.t(fmt(d, style))

    def ratified(self, d: dt.date, style: str) -> "Doc":
        """Write the COG ratification date (the gold); a second mention must agree."""
        s = fmt(d, style)
        if self.rat is None:
            self.rat, self.rat_text = d, s
        assert self.rat == d
        return self.t(s)


# ---------------------------------------------------------------------------------------------
# Gold sanity

RATIFY = re.compile(r"ratif|endors|approv|agreed|signed off|accepted", re.I)
COG_RE = re.compile(r"\bCOG\b|Chief Officers", re.I)
NOT_YET = re.compile(r"not yet|not been|has not|will\b|awaiting|pending|deferr|\bto be\b|\bnext\b|scheduled|"
                     r"submitted to|sent to|presented to|terms of reference|ahead of|prior to|\bbefore\b|"
                     r"for ratification|for approval|for endorsement|\bdue\b|expected|draft", re.I)
_SENT_SPLIT = re.compile(r"\n|(?<=[A-Za-z)\]])[.;?!]\s+")


def sentences(text: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(text) if s.strip()]


def check(stem: str, text: str, d: Doc, doc_type: str) -> list[str]:
    """Gold sanity: forms present, none outside their spans, keep terms clean, ratification right."""
    errs = []
    masked, last = [], 0
    for a, b in sorted(d.spans):
        masked.append(text[last:a] + " \u00a4 ")
        last = max(last, b)
    masked = "".join(masked) + text[last:]
    for e in d.pii.values():
        cs = bool(e.get("word_collision"))
        if not present(e["text"], text, cs):
            errs.append(f"{stem}: {e['category']} form {e['text']!r} not in the text")
        if present(e["text"], masked, cs):
            errs.append(f"{stem}: {e['category']} form {e['text']!r} also occurs outside its spans")
        for k in d.keep:
            if present(e["text"], k, cs):
                errs.append(f"{stem}: keep term {k!r} contains PII form {e['text']!r}")
    for k in d.keep:
        if not present(k, text):
            errs.append(f"{stem}: keep term {k!r} not in the text")
    claims = []
    for s in sentences(text):
        if RATIFY.search(s) and COG_RE.search(s) and not NOT_YET.search(s):
            claims += [x for x, _ in read_dates(s)]
    if d.rat is not None:
        back = read_dates(d.rat_text)
        if [x for x, _ in back] != [d.rat]:
            errs.append(f"{stem}: ratification text {d.rat_text!r} reads back as {back}")
        if not any(d.rat_text in s and RATIFY.search(s) and COG_RE.search(s) for s in sentences(text)):
            errs.append(f"{stem}: ratification text {d.rat_text!r} is in no sentence that ratifies")
        if any(x != d.rat for x in claims):
            errs.append(f"{stem}: another ratifying sentence gives {sorted(set(claims) - {d.rat})}")
    elif claims:
        errs.append(f"{stem}: no ratification in the gold, but a sentence ratifies on {claims}")
    if doc_type not in ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"):
        errs.append(f"{stem}: unknown doc_type {doc_type}")
    return errs


# ---------------------------------------------------------------------------------------------
# Layouts


@dataclass
class Ctx:
    committee: str
    kind: str
    council: str
    board: str
    cog: str
    referral: dt.date
    convened: dt.date
    commenced: dt.date
    cpc_approved: dt.date
    sent_cog: dt.date
    cog_meeting: dt.date
    issued: dt.date
    future: dt.date


def make_ctx(rng: random.Random, subject: str | None) -> Ctx:
    kinds = {"child": ("CPC", "PPC"), "adult": ("APC", "PPC"), None: ("CPC", "APC", "PPC")}[subject]
    com = rng.choice([c for c in COMMITTEES if c[1] in kinds])
    day = lambda a, b: dt.timedelta(days=rng.randint(a, b))  # noqa: E731
    referral = dt.date(2024, 9, 1) + day(0, 400)
    convened = referral + day(8, 40)
    commenced = convened + day(6, 30)
    cpc = commenced + day(90, 200)
    sent = cpc + day(3, 18)
    meeting = sent + day(5, 28)
    issued = meeting + day(1, 6)
    future = issued + day(20, 70)
    return Ctx(com[0], com[1], com[2], com[3], rng.choice(COG_NAMES), referral, convened, commenced, cpc,
               sent, meeting, issued, future)


def dob_child(rng: random.Random) -> dt.date:
    return dt.date(2009, 1, 1) + dt.timedelta(days=rng.randint(0, 15 * 365))


def dob_adult(rng: random.Random) -> dt.date:
    return dt.date(1938, 1, 1) + dt.timedelta(days=rng.randint(0, 60 * 365))


def dob_parent(rng: random.Random) -> dt.date:
    return dt.date(1976, 1, 1) + dt.timedelta(days=rng.randint(0, 24 * 365))


def subject_of(c: "Ctx", rng: random.Random) -> str:
    """The review's subject as its committee implies: a PPC covers both."""
    return {"CPC": "child", "APC": "adult"}.get(c.kind) or rng.choice(["child", "adult"])


def age_on(b: dt.date, on: dt.date) -> int:
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def pick(rng: random.Random, *options):
    return rng.choice(options)


def family_table(d: Doc, c: Ctx, style: str, heading: str, subject: str = "child") -> None:
    """A family-composition table: tab, pipe or fixed-width columns, DOB under ``heading``."""
    r = d.rng
    mother = d.person(True)
    father = d.person(False)
    kid_sn = r.choice([mother.surname, father.surname])
    kids = [d.person(None, surname=kid_sn) for _ in range(r.randint(1, 3))]
    rows = [("Child A" if i == 0 else f"Sibling {i}", k, dob_child(r)) for i, k in enumerate(kids)]
    rows += [("Mother", mother, dob_parent(r)), ("Father", father, dob_parent(r))]
    dstyle = r.choice(["slash", "dot2", "abbr", "slash"])
    cols = ["Name", "Relationship", heading, "Age", "Address"]
    home = None
    if style == "pipe":
        d.t("| " + " | ".join(cols) + " |\n", "|" + "---|" * len(cols) + "\n")
    elif style == "tab":
        d.t("\t".join(cols) + "\n")
    else:
        d.t(f"{'Name':<26}{'Relationship':<14}{heading:<15}{'Age':<6}Address\n", "-" * 78 + "\n")
    for label, who, born in rows:
        age = age_on(born, c.convened)
        name_part = "full"
        if style == "pipe":
            d.t("| ").nm(who, name_part).t(f" | {label} | ").dob(born, dstyle).t(f" | {age} | ")
        elif style == "tab":
            d.t("").nm(who, name_part).t(f"\t{label}\t").dob(born, dstyle).t(f"\t{age}\t")
        else:
            nmtxt = f"{who.forename} {who.surname}"
            d.nm(who, name_part).t(" " * max(1, 26 - len(nmtxt)) + f"{label:<14}")
            ds = fmt(born, dstyle)
            d.dob(born, dstyle).t(" " * max(1, 15 - len(ds)) + f"{age:<6}")
        if home is None or r.random() < 0.3:
            home = True
            d.address(r.choice(["line", "lower", "nospace"]))
        else:
            d.t("as above")
        d.t(" |\n" if style == "pipe" else "\n")
    if "Child A" not in d.keep:
        d.keep.append("Child A")


NARRATIVE = [
    lambda d, c, k, p, q: d.nm(p, "title").t(" reported that ").nm(k, "forename").t(
        " had missed every appointment since the October holiday. "),
    lambda d, c, k, p, q: d.t("On a home visit, ").nm(q, "full").t(" (").k(d.rng.choice(ROLES)).t(
        ") found the flat cold; ").nm(k, "forename").t("'s bedroom had no heating. "),
    lambda d, c, k, p, q: d.nm(q, "init").t(" recorded the concern but did not share it with ").k(c.board).t(". "),
    lambda d, c, k, p, q: d.t("A strategy discussion took place between ").k("Police Scotland").t(" and ").k(
        c.council).t("; ").nm(p, "titleinit").t(" was not invited. "),
    lambda d, c, k, p, q: d.t("When asked, ").nm(p, "forename").t(" said the family had moved twice. "),
    lambda d, c, k, p, q: d.t("The practitioners' view of ").nm(p, "surname").t(
        " as a protective parent was not revisited. "),
    lambda d, c, k, p, q: d.nm(q, "title").t(" and a colleague met ").nm(p, "title").t(" at the clinic. "),
]


def narrative(d: Doc, c: Ctx, n: int = 4, subject_person: Person | None = None) -> None:
    """A paragraph naming a subject, a relative and a practitioner in mixed forms."""
    k = subject_person or d.person()
    p, q = d.person(), d.person()
    for f in d.rng.sample(NARRATIVE, n):
        f(d, c, k, p, q)
    d.t("\n")


def sign_table(d: Doc, people: list[Person], heading: str = "Name | Designation | Agency") -> None:
    """A signatory or distribution table: names with no cue but the column."""
    d.t(heading + "\n")
    for who in people:
        d.nm(who, "full").t(" | ").k(d.rng.choice(ROLES)).t(" | ").k(d.rng.choice(AGENCIES)).t("\n")


# Each layout writes one document into ``d`` and returns (doc_type, subject).

def lay_form_daterows(d: Doc, c: Ctx):
    """ICR form with many date rows; the ratified/endorsed row and a confirming sentence agree."""
    r = d.rng
    child = d.person()
    lead = d.person()
    ys = r.choice(["dot2", "slash2", "dash2", "slash"])
    verb = pick(r, "ratified", "endorsed", "approved")
    d.t("INITIAL CASE REVIEW - RECORD OF DECISION\n").k(c.committee).t("\n\n")
    d.t("Section 1: Key dates\n")
    d.t("Date of referral:                 ").date(c.referral, ys).t("\n")
    d.t("Date ICR convened:                ").date(c.convened, ys).t("\n")
    d.t("Date approved by CPC:             ").date(c.cpc_approved, ys).t("\n")
    d.t(f"Date sent to the {c.cog}:  ").date(c.sent_cog, ys).t("\n")
    d.t(f"Date of COG meeting:              ").date(c.cog_meeting, ys).t("\n")
    d.t(f"Date outcome {verb} by COG:     ").ratified(c.cog_meeting, ys).t("\n\n")
    d.t("Section 2: The child\n")
    born = dob_child(r)
    d.t("Name of child: ").nm(child, "full").t("\nD.O.B.: ").dob(born, r.choice(["slash", "dot2"]))
    d.t("\nCHI: ").chi(born, spaced=r.random() < 0.5).t("\nHome address: ").address(r.choice(["line", "lower"]))
    d.t("\nAge at referral: ").k(f"aged {age_on(born, c.referral)}").t("\n\n")
    d.t("Section 3: Summary\n")
    narrative(d, c, 4, child)
    d.t("The referral was made by the ").k("Health Visitor").t(" after ").nm(child, "forename")
    d.t(" attended the emergency department of ").k(c.board).t(" with an unexplained injury. ")
    d.t(f"The {c.cog} {verb} the outcome of the review on ").ratified(c.cog_meeting, r.choice(["long", "ord"]))
    d.t(".\n\nCompleted by: ").nm(lead, "full").t(", ").k("Lead Reviewer").t("\n")
    return "ICR", "child"


def lay_form_pending(d: Doc, c: Ctx):
    """LR form sent to the COG, next COG meeting in the future, ratification row empty: unknown."""
    r = d.rng
    subject = subject_of(c, r)
    person = d.person()
    chair = d.person()
    d.t("LEARNING REVIEW - SUMMARY SHEET\n").k(c.committee).t("\n\n")
    rows = [("Date of notification to committee", c.referral), ("Date decision made to proceed", c.convened),
            ("Date review commenced", c.commenced), ("Date report approved by committee", c.cpc_approved),
            ("Date presented to Chief Officers", c.sent_cog)]
    st = r.choice(["abbr", "slash", "iso"])
    for label, when in rows:
        d.t(f"{label:<40}").date(when, st).t("\n")
    d.t(f"{'Date of next COG meeting':<40}").date(c.future, st).t("\n")
    d.t(f"{'Date ratified by COG':<40}").t(pick(r, "-", "TBC", "(blank)", "n/a")).t("\n\n")
    d.t("Subject of review: ").k("Adult A" if subject == "adult" else "Child B").t(
        " (an adult at risk of harm)" if subject == "adult" else " (a child aged ")
    if subject == "child":
        d.k(f"aged {r.randint(2, 15)}").t(")")
    d.t(".\n\nThe report will be considered by the ").t(c.cog).t(" at its next meeting on ").date(c.future, "long")
    d.t(". It has not yet been ratified.\n\nKnown to services as ").nm(person, "full").t(
        "; the family asked that the review use a letter only.\n")
    d.t("Chair of the review panel: ").nm(chair, "titleinit").t("\n")
    return "LR", subject


def lay_scr_dayof(d: Doc, c: Ctx):
    """SCR narrative: CPC approval (a trap) then the COG's approval 'on the 5th day of March 2026'."""
    r = d.rng
    mother, child, author = d.person(True), d.person(), d.person()
    child = Person(child.forename, mother.surname, child.female, child.title)
    d.t("Significant Case Review\n").k(c.committee).t("\n\n1. Introduction\n")
    d.t("1.1 This Significant Case Review concerns ").k("Child C").t(", referred to here by a letter. ")
    d.t("The review commenced on ").date(c.commenced, "ord").t(".\n")
    d.t("1.2 ").nm(mother, "title").t(" (mother) was interviewed twice; her address at the time was ")
    d.address("twoline").t(".\n")
    d.t("1.3 The Child Protection Committee approved this report on ").date(c.cpc_approved, "long")
    d.t(", prior to its submission to the ").t(c.cog).t(".\n")
    d.t("1.4 The report was approved by the ").t(c.cog).t(" on ").ratified(c.cog_meeting, "dayof").t(".\n\n")
    d.t("2. Background\n2.1 ").nm(child, "forename").t(" was ").k(f"aged {r.randint(1, 6)}").t(
        " when the first concern was raised by ").k("Police Scotland").t(". ")
    d.t("Nursery staff described ").nm(child, "forename").t(" as withdrawn.\n")
    narrative(d, c, 5, child)
    d.t("\nReport author: ").nm(author, "full").t("\n")
    return "SCR", "child"


def lay_lr_adult_agreed(d: Doc, c: Ctx):
    """APC learning review 'agreed by the COG' with a weekday date; the review's start is a trap."""
    r = d.rng
    adult, son, gp = d.person(), d.person(False), d.person()
    born = dob_adult(r)
    d.t("ADULT SUPPORT AND PROTECTION\nLearning Review report\n").k(c.committee).t("\n\n")
    d.t("Executive summary\n")
    d.t("This learning review considers the support given to ").k("Adult D").t(", an adult at risk ")
    d.k(f"aged {age_on(born, c.convened)}").t(". The review commenced on ").date(c.commenced, "weekday").t(
        " and reported to the committee in ").t(MONTHS[c.cpc_approved.month - 1]).t(".\n\n")
    d.t("Her son, ").nm(son, "full").t(", lived nearby at ").address("line").t(". ")
    d.t("Her GP, ").nm(gp, "titleinit", dot=False).t(", raised concerns about self-neglect.\n")
    d.t("The adult (").nm(adult, "full").t(", born ").dob(born, "long").t(") declined a care package.\n\n")
    narrative(d, c, 4)
    d.t("Governance\n")
    d.t(f"The findings and recommendations were agreed by the {c.cog} at its meeting of ")
    d.ratified(c.cog_meeting, r.choice(["wkabbr", "weekday", "wkcomma"])).t(".\n")
    return "LR", "adult"


def lay_lr_deferred(d: Doc, c: Ctx):
    """Child LR where the COG deferred its decision; to be reconsidered at a future meeting."""
    r = d.rng
    child, carer = d.person(), d.person(True)
    d.t("Learning Review: ").k("Child E").t("\n").k(c.committee).t("\nStatus: awaiting Chief Officers' decision\n\n")
    d.t("The review team met on ").date(c.commenced, "iso").t(" and the committee accepted its findings on ")
    d.date(c.cpc_approved, "iso").t(".\n")
    d.t(f"At its meeting on ").date(c.cog_meeting, "long").t(f" the {c.cog} deferred a decision on the report ")
    d.t("pending further information from ").k(c.council).t(".\n")
    d.t("Ratification will be sought at the COG meeting on ").date(c.future, r.choice(["long", "monfirst"])).t(".\n\n")
    narrative(d, c, 4, child)
    d.t("Kinship carer: ").nm(carer, "full").t(" (grandmother). Contact: ").phone().t("\n")
    d.t("The child, ").nm(child, "forename").t(", attends a primary school in the area.\n")
    return "LR", "child"


def lay_lr_decision(d: Doc, c: Ctx):
    """LR-DECISION notification: proceed or not, with reasons; terms of reference agreed (a trap)."""
    r = d.rng
    subject = subject_of(c, r)
    officer = d.person()
    proceed = r.random() < 0.6
    d.t("LEARNING REVIEW DECISION NOTIFICATION\nTo: ").k("Care Inspectorate").t("\nFrom: ").k(c.committee).t("\n\n")
    d.t("Q: Date the committee made its decision\nA: ").date(c.convened, r.choice(["slash", "long"])).t("\n")
    d.t("Q: Decision\nA: ").t("Proceed to a learning review" if proceed else "Do not proceed to a learning review").t("\n")
    d.t("Q: Reasons\nA: ")
    d.t("The criteria are met; multi-agency learning is likely." if proceed else
        "Single-agency learning was identified and is being taken forward by the agency concerned.")
    d.t("\nQ: Subject\nA: ").t("an adult at risk" if subject == "adult" else "a child").t("\n")
    if proceed:
        d.t(f"Q: Terms of reference\nA: Terms of reference agreed by the {c.cog} on ").date(c.commenced, "long").t(".\n")
    d.t(f"Q: When will the {c.cog} be informed?\nA: At its next meeting, ").date(c.future, "abbr").t(".\n")
    d.t("Q: Completed by\nA: ").nm(officer, "full").t(", ").k("CPC Lead Officer" if subject == "child" else "Public Protection Lead").t("\n")
    d.t("Q: Contact e-mail\nA: ").email(officer).t("\n")
    return "LR-DECISION", subject


def lay_lr_outcome(d: Doc, c: Ctx):
    """LR-OUTCOME notification with a month-first ratification date."""
    r = d.rng
    subject = subject_of(c, r)
    officer = d.person()
    d.t("Learning Review - Outcome Notification Form\n\n")
    d.t("1. Committee: ").k(c.committee).t("\n")
    d.t("2. Review subject: ").t("Adult" if subject == "adult" else "Child or young person").t("\n")
    d.t("3. Date the review concluded: ").date(c.cpc_approved, "monfirst").t("\n")
    d.t("4. Date the outcome was ratified by the Chief Officers Group: ")
    d.ratified(c.cog_meeting, r.choice(["monfirst", "monfirst_long"])).t("\n")
    d.t("5. Key learning: information sharing between ").k(c.board).t(" and ").k(c.council).t(
        " was delayed at two points.\n")
    d.t("6. Anonymised report attached: Yes\n7. Person completing this form: ").nm(officer, "full")
    d.t("\n8. Telephone: ").phone().t("\n")
    return "LR-OUTCOME", subject


def lay_ppc_full_name(d: Doc, c: Ctx):
    """PPC report naming the COG only as the 'Chief Officers Public Protection Group', ISO dates."""
    r = d.rng
    subject = r.choice(["child", "adult"])
    a, b = d.person(), d.person()
    com = r.choice([x for x in COMMITTEES if x[1] == "PPC"])
    c = dataclasses.replace(c, committee=com[0], kind=com[1], council=com[2], board=com[3])
    d.t("Public Protection Committee\n").k(com[0]).t("\nLearning Review - final report\n\n")
    d.t("Summary. This review concerns ").k("Person F").t(", ").t(
        "an adult at risk of harm" if subject == "adult" else "a young person looked after at home").t(". ")
    d.t("It was commissioned on ").date(c.convened, "iso").t(".\n")
    d.t("Governance. The Chief Officers Public Protection Group endorsed the report and its recommendations on ")
    d.ratified(c.cog_meeting, "iso").t(".\n\n")
    narrative(d, c, 3)
    d.t("Practitioners interviewed included ").nm(a, "titleinit").t(" (").k("Senior Social Worker").t(") and ")
    d.nm(b, "titleinit").t(" (").k("Detective Sergeant").t(", ").k("Police Scotland").t(").\n")
    return "LR", subject


def lay_family_pipe(d: Doc, c: Ctx):
    """ICR with a pipe table of the household, DOB under 'D.O.B.'."""
    d.t("Initial Case Review\n").k(c.committee).t("\n\nHousehold composition\n")
    family_table(d, c, "pipe", "D.O.B.")
    d.t("\n")
    narrative(d, c, 4)
    d.t(f"\nThe ICR was ratified by the {c.cog} on ").ratified(c.cog_meeting, d.rng.choice(["ord", "slash"])).t(".\n")
    return "ICR", "child"


def lay_family_fixed(d: Doc, c: Ctx):
    """ICR with a fixed-width household table, DOB under 'Date of Birth'; no ratification yet."""
    d.t("INITIAL CASE REVIEW (DRAFT FOR COG)\n").k(c.committee).t("\n\nFamily composition\n")
    family_table(d, c, "fixed", "Date of Birth")
    d.t("\n")
    narrative(d, c, 3)
    d.t("\nThis draft was sent to the COG on ").date(c.sent_cog, "long").t(" and awaits ratification.\n")
    return "ICR", "child"


def lay_family_tab(d: Doc, c: Ctx):
    """ICR with a tab table ('DoB'), plus DOBs in parentheses after names and 'born on'."""
    r = d.rng
    d.t("Initial Case Review report\n").k(c.committee).t("\n\nFamily\n")
    family_table(d, c, "tab", "DoB")
    uncle, cousin = d.person(False), d.person()
    b1, b2 = dob_adult(r), dob_child(r)
    d.t("\nOther relatives: ").nm(uncle, "full").t(" (").dob(b1, "slash").t("), maternal uncle; ")
    d.nm(cousin, "full").t(", born on ").dob(b2, "ord").t(", d.o.b. confirmed by school.\n")
    narrative(d, c, 3)
    d.t(f"Outcome: the {c.cog} ratified the ICR recommendation (no SCR) on ").ratified(c.cog_meeting, "dot2").t(".\n")
    return "ICR", "child"


def lay_signatories(d: Doc, c: Ctx):
    """Adult SCR (old regime) ending in a signatory table, a distribution list and 'Report author:'."""
    r = d.rng
    adult = d.person()
    sig = [d.person() for _ in range(3)]
    dist = [d.person() for _ in range(3)]
    author = d.person()
    d.t("Significant Case Review (Adults)\n").k(c.committee).t("\n\n")
    d.t("This review was commissioned under the interim framework in 2021. The adult, ").nm(adult, "full")
    d.t(", was known to ").k(c.board).t(" and ").k(c.council).t(".\n")
    narrative(d, c, 4, adult)
    d.t(f"The report was signed off by the {c.cog} on ").ratified(c.cog_meeting, "abbr").t(".\n\n")
    d.t("Signatories\n")
    sign_table(d, sig)
    d.t("\nDistribution\n")
    for who in dist:
        d.t("- ").nm(who, r.choice(["full", "init"])).t("\n")
    d.t("\nReport author: ").nm(author, "full").t("\n")
    return "SCR", "adult"


def lay_minutes(d: Doc, c: Ctx):
    """CPC minutes: attendance list, apologies, action log with initials; report to go to the COG."""
    r = d.rng
    present_ = [d.person() for _ in range(5)]
    apologies = [d.person() for _ in range(2)]
    meeting = c.cpc_approved
    d.t("MINUTES\n").k(c.committee).t("\nMeeting held ").date(meeting, "weekday").t(", 10:00, Microsoft Teams\n\n")
    d.t("Present:\n")
    for who in present_:
        d.nm(who, "full").t(" (").k(r.choice(ROLES)).t(")\n")
    d.t("Apologies: ").nm(apologies[0], "full").t(", ").nm(apologies[1], "full").t("\n\n")
    d.t("Item 3 - Initial Case Review report\n")
    d.t("Members approved the ICR report. It will be presented to the ").t(c.cog).t(" for ratification on ")
    d.date(c.future, "long").t(".\n\n")
    d.t("Action log\nNo. | Action | Owner | Due\n")
    for i, who in enumerate(present_[:3], 1):
        d.t(f"{i} | Circulate learning summary | ").nm(who, "initials").t(" | ").date(c.future, "slash").t("\n")
    return "OTHER", None


def lay_email_thread(d: Doc, c: Ctx):
    """Cover e-mail thread with quoted replies and signature blocks; draft sent to COG (a trap)."""
    r = d.rng
    a, b = d.person(), d.person()
    d.t("From: ").nm(a, "full").t(" <").email(a).t(">\nTo: CI Strategic Team\nSubject: RE: review report\n\n")
    d.t("Hello,\n\nThanks - the final version will follow once the Chief Officers have met. ")
    d.t("The draft was sent to COG on ").date(c.sent_cog, "abbr").t(".\n\nKind regards\n").nm(a, "forename").t("\n\n")
    d.nm(a, "full").t("\n").k(r.choice(ROLES)).t("\n").k(c.council).t("\nTel: ").phone().t("\n\n")
    d.t("> On ").date(c.sent_cog - dt.timedelta(days=2), "weekday").t(", ").nm(b, "full").t(" wrote:\n")
    d.t("> Could you confirm when the report will reach us?\n> Many thanks,\n> ").nm(b, "forename").t("\n")
    d.t("> ").k("Care Inspectorate").t("\n")
    return "OTHER", None


def lay_agenda(d: Doc, c: Ctx):
    """A COG agenda: items for ratification at a future meeting, presenters named."""
    r = d.rng
    chair, p1, p2 = d.person(), d.person(), d.person()
    d.t(f"{c.cog.upper()}\nAGENDA\n").date(c.future, "wkcomma").t(", 14:00\n\n")
    d.t("Chair: ").nm(chair, "full").t("\n\n")
    d.t("1. Welcome and apologies\n2. Minutes of the previous meeting\n")
    d.t("3. Learning review report - for ratification (").nm(p1, "init").t(")\n")
    d.t("4. ").k("7-Minute Briefing").t(": self-neglect (").nm(p2, "init").t(")\n")
    d.t("5. Update from ").k(c.board).t("\n6. AOCB\n")
    return "OTHER", None


def lay_action_plan(d: Doc, c: Ctx):
    """Action plan table with owners' initials and target dates; endorsement still to come."""
    r = d.rng
    owners = [d.person() for _ in range(3)]
    d.t("Improvement action plan following a learning review\n").k(c.committee).t("\n\n")
    d.t("Ref\tRecommendation\tAction\tLead\tTarget date\tRAG\n")
    recs = ["Information sharing", "Chronologies", "Supervision", "Hearing the child's voice"]
    for i, who in enumerate(owners, 1):
        d.t(f"R{i}\t{recs[i - 1]}\tRevise guidance\t").nm(who, "initials").t("\t").date(c.future, "abbr").t("\tAmber\n")
    d.t("\nLeads: ")
    for who in owners:
        d.nm(who, "initials").t(" = ").nm(who, "full").t("; ")
    d.t(f"\nThis plan is due to be considered by the {c.cog} before it is published.\n")
    return "OTHER", None


def lay_tech_standard(d: Doc, c: Ctx):
    """A technical standard with 'Foreword' and 'Methodology' and no review vocabulary: OTHER."""
    d.t("Even page header\n").k("Even page header").t("\n\nForeword\n")
    d.t("This standard specifies the layout of ").k("Form 8919").t(" and the method for completing it.\n\n")
    d.t("Methodology\nMeasurements were taken at three sites and averaged. Table 2 gives the tolerances.\n")
    d.t("Annex A (informative) lists the editorial changes since the previous edition.\n")
    return "OTHER", None


def lay_data_model(d: Doc, c: Ctx):
    """A data-model specification (lrs, segments, attributes): OTHER, nothing personal."""
    r = d.rng
    d.t("Linear referencing data model - version 2.1\n\n")
    d.t("Entity: Segment\n  id (integer)\n  lrs_measure (float)\n  route_ref (string)\n\n")
    d.t("Entity: Event\n  event_type (code list)\n  from_measure, to_measure (float)\n\n")
    d.t("Note: the lrs attribute is required on every route. Review of this model is annual.\n")
    return "OTHER", None


def lay_sir(d: Doc, c: Ctx):
    """A Serious Incident Review (not a protection review): OTHER, with names and a phone."""
    r = d.rng
    patient, nurse = d.person(), d.person()
    d.t("Serious Incident Review\n").k(c.board).t("\n\n")
    d.t("Incident date: ").date(c.referral, "slash").t("\nPatient: ").nm(patient, "full").t("\n")
    narrative(d, c, 3, patient)
    d.t("The patient was discharged without a care plan. The charge nurse, ").nm(nurse, "title")
    d.t(", escalated the concern the following day.\nContact: ").phone().t("\n")
    return "OTHER", None


def lay_quoted_letter(d: Doc, c: Ctx):
    """A council letter quoting a relative's letter: OTHER."""
    r = d.rng
    relative, officer = d.person(True), d.person()
    d.k(c.council).t("\n").date(c.issued, "long").t("\n\n").nm(relative, "titleinit").t("\n").address("twoline")
    d.t("\n\nDear ").nm(relative, "title").t(",\n\nThank you for your letter, in which you wrote:\n")
    d.t("\"I want my sister's story told, but not her name.\"\n\nWe have passed your comments to the committee.\n\n")
    d.t("Yours sincerely\n\n").nm(officer, "full").t("\n").k("Chief Social Work Officer").t("\n")
    return "OTHER", None


def lay_qa_proforma(d: Doc, c: Ctx):
    """ICR as a question-and-answer proforma; answers on the same line as the question."""
    r = d.rng
    child, sw = d.person(), d.person()
    born = dob_child(r)
    d.t("ICR PROFORMA\n").k(c.committee).t("\n\n")
    d.t("Q1 Child's name? ").nm(child, "full", caps=True).t("\n")
    d.t("Q2 Date of birth? ").dob(born, "dash2").t("\n")
    d.t("Q3 NHS number? ").nhs(wrong=r.random() < 0.5, sep=r.choice([" ", "-"])).t("\n")
    d.t("Q4 Date of referral? ").date(c.referral, "dash2").t("\n")
    d.t("Q5 Allocated worker? ").nm(sw, "full").t(" (").k("Social Work Services").t(")\n")
    d.t("Q6 When did the COG ratify the ICR outcome?\nA6 Ratified by the COG on ").ratified(c.cog_meeting, "dash2")
    d.t("\n")
    d.t("Q7 Is an SCR recommended? No\n")
    d.t("Q8 Summary of concerns? ")
    narrative(d, c, 4, child)

    return "ICR", "child"


def lay_two_column(d: Doc, c: Ctx):
    """Two-column text as a PDF extractor gives it: lines of both columns interleaved."""
    r = d.rng
    a, b, child = d.person(), d.person(), d.person()
    d.t("LEARNING REVIEW                              ").k(c.committee).t("\n\n")
    d.t(f"{'Background':<45}Findings\n")
    d.t(f"{'The family moved to the area in':<45}Practitioners, including\n")
    d.t("the spring. ").nm(child, "forename").t(" was enrolled").t(" " * 14).nm(a, "full").t(", noted that\n")
    d.t(f"{'at a new nursery within weeks.':<45}risk was assessed in isolation.\n")
    d.t(f"{'':<45}").nm(b, "title").t(" agreed.\n\n")
    narrative(d, c, 4, child)
    d.t(f"Governance: the {c.cog} ratified this learning review on ").ratified(c.cog_meeting, "long").t(".\n")
    return "LR", "child"


def lay_footnotes(d: Doc, c: Ctx):
    """SCR with page furniture and footnotes; the ratification is in a footnote."""
    r = d.rng
    mum, child, author = d.person(True), d.person(), d.person()
    d.t("OFFICIAL-SENSITIVE\n\nSignificant Case Review\n").k(c.committee).t("\n\n")
    d.t("3. Chronology of key events\n3.1 ").nm(mum, "title").t(" told the health visitor that she was ")
    d.t("managing\u00b9. The home at ").address("lower").t(" was described as cold.\n")
    d.t("\nPage 3 of 12\nOFFICIAL-SENSITIVE\n\n")
    d.t("3.2 ").nm(child, "forename").t(" missed three appointments with ").k(c.board).t(".\u00b2\n\n")
    narrative(d, c, 4, child)
    d.t("\u00b9 Home visit record.\n\u00b2 Clinic letters.\n")
    d.t(f"\u00b3 This report was approved by the {c.cog} on ").ratified(c.cog_meeting, "ord").t(".\n\nPage 4 of 12\n")
    d.t("Author: ").nm(author, "init").t("\n")
    return "SCR", "child"


def lay_bullet_briefing(d: Doc, c: Ctx):
    """Bullet-heavy ICR summary; no ratification yet (to go to the COG)."""
    r = d.rng
    child, parent = d.person(), d.person()
    d.t("Initial Case Review - summary briefing\n").k(c.committee).t("\n\n")
    d.t("\u2022 Child: ").nm(child, "full").t(", ").k(f"aged {r.randint(1, 14)}").t("\n")
    d.t("\u2022 Parent: ").nm(parent, "full").t(", mobile ").phone().t("\n")
    d.t("\u2022 Referral received: ").date(c.referral, "abbr").t("\n")
    d.t("\u2022 Key themes: neglect; disguised compliance\n")
    d.t("\u2022 Next step: to be presented to the COG for endorsement on ").date(c.future, "abbr").t("\n")
    d.t("\u2022 Agencies: ").k("Police Scotland").t(", ").k(c.board).t("\n")
    return "ICR", "child"


def lay_chronology(d: Doc, c: Ctx):
    """LR with a chronology table of many dated events; 'Endorsed by Chief Officers' Group' at the end."""
    r = d.rng
    adult, worker, nb = d.person(), d.person(), d.person()
    born = dob_adult(r)
    d.t("Learning Review - Adult Support and Protection\n").k(c.committee).t("\n\nChronology\n")
    d.t("Date       | Event | Source\n")
    when = c.referral - dt.timedelta(days=200)
    events = ["GP review; weight loss noted", "Adult protection referral", "Home visit; no answer",
              "Neighbour called police", "Hospital admission", "Discharge without care package",
              "Case conference"]
    for i, ev in enumerate(events):
        when += dt.timedelta(days=r.randint(9, 30))
        d.date(when, "slash").t(f" | {ev}")
        if i == 2:
            d.t(" (").nm(worker, "full").t(")")
        if i == 3:
            d.t(" - ").nm(nb, "title").t(" at ").address("nospace")
        d.t(" | ").k(r.choice(["Police Scotland", c.board, c.council])).t("\n")
    d.t("\nThe adult: ").nm(adult, "full").t(", d.o.b. ").dob(born, "slash").t(", NI no. ").ni().t("\n")
    d.t("\n")
    narrative(d, c, 3, adult)
    d.t("\nEndorsed by Chief Officers' Group: ").ratified(c.cog_meeting, "slash").t("\n")
    return "LR", "adult"


def lay_caps_signature(d: Doc, c: Ctx):
    """Adult LR with names in capitals in headings and an e-mail signature block at the end."""
    r = d.rng
    author, adult, contact = d.person(), d.person(), d.person()
    d.t("LEARNING REVIEW REPORT\nREPORT AUTHOR: ").nm(author, "full", caps=True).t("\n").k(c.committee).t("\n\n")
    d.t("THE ADULT: ").nm(adult, "full", caps=True).t("\n\n")
    d.t("The adult lived alone and had a diagnosis of dementia. Support from ").k(c.council).t(" was reduced in 2025.\n")
    narrative(d, c, 4, adult)
    d.t(f"The {c.cog} approved the report on ").ratified(c.cog_meeting, r.choice(["long", "abbr"])).t(".\n\n")
    d.t("--\n").nm(contact, "full").t("\n").k("Learning Review Coordinator").t("\nM: ").phone().t("\nE: ").email(contact).t("\n")
    return "LR", "adult"


def lay_icr_ids(d: Doc, c: Ctx):
    """ICR with labelled identifiers (some with a wrong check digit), lower-case and two-line addresses."""
    r = d.rng
    child, mother = d.person(), d.person(True)
    born = dob_child(r)
    d.t("Initial Case Review - child protection\n").k(c.committee).t("\n\nDetails of the child\n")
    d.t("Name: ").nm(child, "full").t("\nCHI number: ").chi(born, wrong=True, spaced=r.random() < 0.5)
    d.t("\nNHS number: ").nhs(wrong=True, sep=r.choice([" ", "-"])).t("\nDate of birth: ").dob(born, "long")
    d.t("\nAddress: ").address("lower").t("\n")
    d.t("\nMother: ").nm(mother, "full").t("\nNI number: ").ni().t("\nPrevious address:\n").address("twoline")
    d.t("\nPhone: ").phone().t("\n\n")
    narrative(d, c, 4, child)
    d.t(f"The ICR outcome was ratified by the {c.cog} on ").ratified(c.cog_meeting, "ord").t(".\n")
    return "ICR", "child"


def lay_keep_traps(d: Doc, c: Ctx):
    """Child LR dense with public bodies and title words that look like names."""
    r = d.rng
    child, sw = d.person(), d.person()
    d.t("7-Minute Briefing\n").k("7-Minute Briefing").t(" - Learning Review\n").k(c.committee).t("\n\n")
    d.t("Agencies involved: ").k("NHS Greater Glasgow and Clyde").t(", ").k("Police Scotland").t(", ")
    d.k("Scottish Children's Reporter Administration").t(", ").k("Quarriers").t(", ")
    d.k(c.council).t(".\n\n")
    d.t("The social worker, ").nm(sw, "title").t(", visited ").nm(child, "forename").t(" weekly.\n")
    narrative(d, c, 4, child)
    d.t(f"The learning review was ratified by the {c.cog} on ").ratified(c.cog_meeting, "monfirst").t(".\n")
    return "LR", "child"


def lay_scr_weekday(d: Doc, c: Ctx):
    """Adult SCR (older regime), approved by the COG with a weekday in parentheses."""
    r = d.rng
    adult, daughter = d.person(), d.person(True)
    born = dob_adult(r)
    d.t("SIGNIFICANT CASE REVIEW - ADULT AT RISK\n").k(c.committee).t("\n\n")
    d.t("Ms X (referred to as ").k("Adult G").t(") was born on ").dob(born, "ord").t(". ")
    d.t("Her daughter ").nm(daughter, "full").t(" (").email(daughter).t(") was her main carer.\n")
    narrative(d, c, 4)
    d.t(f"Approved by the {c.cog} (").ratified(c.cog_meeting, "wkabbr").t(").\n")
    d.t("CPC/APC approval is not required for this document.\n")
    return "SCR", "adult"


def lay_mixed_case(d: Doc, c: Ctx):
    """Child LR with mixed-case addresses and postcodes without a space; no ratification yet."""
    r = d.rng
    a, b = d.person(), d.person()
    d.t("Learning Review (child) - working draft\n").k(c.committee).t("\n\n")
    d.t("Addresses known: ").address("nospace").t("; ").address("lower").t(".\n")
    d.t("Professionals: ").nm(a, "full").t("; ").nm(b, "init").t(".\n")
    narrative(d, c, 5)
    d.t("Terms of reference agreed by the COG on ").date(c.commenced, "long").t(".\n")
    d.t("The report has not yet been ratified by the Chief Officers.\n")
    return "LR", "child"


LAYOUTS = [lay_form_daterows, lay_form_pending, lay_scr_dayof, lay_lr_adult_agreed, lay_lr_deferred,
           lay_lr_decision, lay_lr_outcome, lay_ppc_full_name, lay_family_pipe, lay_family_fixed,
           lay_family_tab, lay_signatories, lay_minutes, lay_email_thread, lay_agenda, lay_action_plan,
           lay_tech_standard, lay_data_model, lay_sir, lay_quoted_letter, lay_qa_proforma, lay_two_column,
           lay_footnotes, lay_bullet_briefing, lay_chronology, lay_caps_signature, lay_icr_ids,
           lay_keep_traps, lay_scr_weekday, lay_mixed_case]
# The committee is drawn to fit the layout's subject; None lets any committee send it.
SUBJECT_HINT = {lay_lr_adult_agreed: "adult", lay_signatories: "adult", lay_chronology: "adult",
                lay_caps_signature: "adult", lay_scr_weekday: "adult", lay_form_pending: None,
                lay_lr_decision: None, lay_lr_outcome: None, lay_ppc_full_name: None, lay_minutes: None,
                lay_email_thread: None, lay_agenda: None, lay_action_plan: None, lay_tech_standard: None,
                lay_data_model: None, lay_sir: None, lay_quoted_letter: None}


def layout_name(fn) -> str:
    return fn.__name__[4:]


def pool_overlaps(corpus: Path | None) -> list[str]:
    """Pool entries that also occur in ../shared/corpus or in another generator's source.

    The set is only blind if its people and places are nobody else's: a name the rules were
    tuned on elsewhere would flatter the figures.  Corpus matches are substrings,
    case-insensitive (the team's rule); other generators are searched for whole words.
    """
    errs = []
    here = Path(__file__).resolve()
    others = [p for p in here.parent.glob("*.py") if p != here and p.name not in ("blind_eval.py", "eval_blind4.py")]
    other_text = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in others)
    corpus_text = ""
    if corpus is not None:
        corpus_text = "\n".join(p.read_text(encoding="utf-8", errors="ignore").lower()
                                for p in corpus.rglob("*") if p.is_file())
    for kind, pool in POOLS.items():
        for w in pool:
            for part in re.split(r"[- ]", w):
                if len(part) < 3:
                    continue
                if corpus_text and part.lower() in corpus_text:
                    errs.append(f"{kind} pool entry {w!r} ({part}) occurs in ../shared/corpus")
                if present(part, other_text):
                    errs.append(f"{kind} pool entry {w!r} ({part}) occurs in another generator")
    return errs


def generate(n: int = DEFAULT_N, seed: int = SEED) -> list[tuple[str, dict]]:
    """Return ``n`` (text, gold) pairs, layouts in turn; raise SystemExit if any gold is wrong."""
    rng = random.Random(seed)
    out, errs = [], []
    for i in range(n):
        lay = LAYOUTS[i % len(LAYOUTS)]
        d = Doc(random.Random(rng.random()))
        ctx = make_ctx(d.rng, SUBJECT_HINT.get(lay, "child"))
        doc_type, subject = lay(d, ctx)
        text = d.text
        stem = f"{PREFIX}_{i + 1:02d}"
        errs += check(stem, text, d, doc_type)
        gold = {"file": f"{stem}.txt", "has_text_layer": True, "pii": list(d.pii.values()), "keep": d.keep,
                "quasi": d.quasi, "doc_type": doc_type,
                "ratification_date": d.rat.isoformat() if d.rat else None,
                "ratification_date_text": d.rat_text, "subject": subject, "layout": layout_name(lay)}
        out.append((text, gold))
    if errs:
        raise SystemExit("blind4 gold errors:\n" + "\n".join(errs))
    return out


def build(out: Path, n: int = DEFAULT_N, seed: int = SEED) -> list[dict]:
    """Write the set under ``out`` (text/, gold/) and return the gold records (the harness's writer)."""
    return blind_eval.write_set(out, generate(n, seed))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write the blind4 evaluation set (text/ and gold/).")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=DEFAULT_N)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args(argv)
    meta = build(a.out, a.n, a.seed)
    print(f"wrote {len(meta)} documents to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
