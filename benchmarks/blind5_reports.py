#!/usr/bin/env python3
"""Blind evaluation set 5: fictional committee documents in layouts no earlier generator made.

Written for issue 10 without reading the redaction rules, the analysis code or any other
generator's templates; only the shared harness (``blind_eval.py``) and the gold format
(``score_redaction.py``) were read.  Fixed seed ``SEED``; ``DEFAULT_N`` documents, the
layouts taken in turn.  Every person, street, town, postcode, care home and school is
invented from this module's own pools, none of which occurs in ../shared/corpus or in another
generator (``pool_overlaps`` checks both); public bodies are real on purpose and are keep gold.

Gold per document (``<stem>.json``, the format ``score_redaction.py`` reads, plus the analysis
fields ``blind_eval.py`` scores):

* ``pii``: every personal-data surface form, once per document, with its category (person,
  dob, address, postcode, phone, email, chi, nhs, ni) and for a person the form written
  (``full``, ``forename``, ``surname``, ``title`` "Mrs Surname", ``init`` "F. Surname",
  ``titleinit`` "Mr F. Surname", ``initials`` "FS", case-sensitive);
* ``keep``: public bodies (person-like ones included: "Queen Margaret Hospital"), roles,
  anonymised labels ("Child A"), ages ("aged 4") and titles that must survive redaction;
* ``quasi``: schools and care homes (reported by the scorer, not scored);
* ``doc_type`` (ICR, SCR, LR, LR-DECISION, LR-OUTCOME, OTHER), ``subject`` (child, adult,
  or None for OTHER) and ``ratification_date`` (ISO date of the COG's ratification, approval,
  endorsement or agreement, or None where the document records none: CPC approval only, a
  review commenced, a COG that deferred or has still to meet, every non-review document).

``check`` holds each document to that gold: each span reads back its text, no PII form or
name token occurs outside the spans, keep terms are present and touch no span, a date of
birth reads as a date before 2025, and a sentence or form row saying the COG ratified
(approved, endorsed, agreed) is in the gold exactly when the gold has a date, which must be
the date written there.  ``generate`` raises SystemExit listing every error.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind_eval  # noqa: E402
from score_redaction import pattern  # noqa: E402

SEED = 20261207
DEFAULT_N = 78

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Caoimhe Agnieszka Ludmila Farah Rukhsana Nadia Samina Humaira Mihaela Roxana Ileana Anca "
          "Farhiya Ayaan Sagal Idil Orla Bozena Halina Wieslawa Sabeen Mehwish Anum Bushra Iulia "
          "Corina Simona Luminita Ifrah Nimco Hibaaq Deqa Muireann Ailbhe Teodora").split()
MALE = ("Dughall Lachlann Cathal Donnchadh Fiachra Wojciech Grzegorz Przemyslaw Usman Bilal Asif "
        "Shahid Ionut Florin Catalin Dorin Mahad Guled Eoghan Ronan Darragh Mateusz Jaroslaw Faisal "
        "Haroon Zeeshan Kamran Adnan Mircea Vasile Razvan Cosmin Liviu Mukhtar Abdiqani Yonis").split()
SURNAMES = ("Buchanan Halkett Pitcairn Moncrieff Birnie McCreadie McConachie McIlvanney McGillivray "
            "MacKechnie McWhirter MacDiarmid O'Halloran O'Keeffe O'Mahony Fitzgerald Mulcahy Geraghty "
            "Costello Moriarty Donnelly Kavanagh Zielinski Wozniak Mazurek Jankowska Krawczyk "
            "Szczepanski Pawlak Dabrowska Sikora Qureshi Siddiqui Bhatti Rashid Mirza Iqbal Akhtar "
            "Popescu Ionescu Stanciu Radulescu Moldovan Ungureanu Jama Egal Samatar Abdi Guleid Mohamud "
            "Craigie Fotheringham Dalrymple Ramage Somerville Wedderburn Crichton Aitken McKerracher "
            "McAdam O'Loughlin O'Sullivan Nowicki Kaczmarek Lewandowska Cieslak Awan Zaman Hanif "
            "Tabassum Dobre Barbu Adan Duale Ismail Lyall McNeish MacRury Meikle Corbett").split()
STREETS = ("Lochgarvie Dunmarrick Auchterbrae Kilbrannoch Strathcorrie Glenfiddan Invergowan Blaeberry "
           "Cairnwell Rowanhill Whinfield Craigentinny Pitreavie Kinnoull Torwood Ardgowan Fernlea "
           "Sunnybrae Heathery Cloverhill Tannahill Birchlea Bennachie Lomondvale Cuillin").split()
STREET_KINDS = ("Wynd", "Loan", "Brae", "Gardens", "Crescent", "Terrace", "Court", "View", "Place", "Road",
                "Street", "Avenue", "Drive", "Row")
TOWNS = {  # town -> postcode outward codes of a plausible Scottish shape
    "Auchtermuchty": ("KY14",), "Kirriemuir": ("DD8",), "Lochgelly": ("KY5",), "Cowdenbeath": ("KY4",),
    "Tillicoultry": ("FK13",), "Bonnyrigg": ("EH19",), "Turriff": ("AB53",), "Carnoustie": ("DD7",),
    "Pitlochry": ("PH16",), "Aberfeldy": ("PH15",), "Rothesay": ("PA20",), "Campbeltown": ("PA28",),
    "Dornoch": ("IV25",), "Kingussie": ("PH21",), "Lockerbie": ("DG11",), "Sanquhar": ("DG4",),
    "Girvan": ("KA26",), "Maybole": ("KA19",), "Cumnock": ("KA18",), "Largs": ("KA30",),
    "Barrhead": ("G78",), "Clydebank": ("G81",), "Kirkintilloch": ("G66",), "Cumbernauld": ("G67", "G68"),
    "Airdrie": ("ML6",), "Coatbridge": ("ML5",), "Larkhall": ("ML9",), "Carluke": ("ML8",),
    "Strathaven": ("ML10",), "Broxburn": ("EH52",), "Linlithgow": ("EH49",), "Armadale": ("EH48",),
    "Whitburn": ("EH47",), "Dunblane": ("FK15",), "Killin": ("FK21",), "Inverbervie": ("DD10",),
    "Drumoak": ("AB31",), "Kinglassie": ("KY5",), "Auchenbrack": ("DG3",), "Drumlanrick": ("PH6",),
    "Invercassley": ("IV27",), "Kilmorran": ("PA34",), "Strathdonan": ("IV28",), "Lochbrennan": ("KA27",),
    "Kirkbuie": ("AB36",), "Glenshallie": ("PH17",), "Portcraig": ("HS2",), "Ardnacross": ("PA65",),
    "Torrancraig": ("ZE2",), "Balquhan": ("KW1",), "Cairnbrae": ("TD8",),
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Heatherbank Thistlebrae Elmgrove Meadowside Glenview Braemount "
                                          "Hollybank Cedarlea Woodlea Fernbank".split(),
                                          ("House", "Care Home", "Nursing Home", "Manor", "Care Home",
                                           "House", "Care Centre", "Nursing Home", "Manor", "Care Home"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Torrancraig Kilmorran Glenshallie Strathdonan Ardnacross Cairnbrae "
                                       "Portcraig Auchenbrack Drumlanrick".split(),
                                       ("Primary School", "Academy", "Primary School", "High School",
                                        "Nursery", "Primary School", "Academy", "Family Centre",
                                        "High School"))]
# words that name no one: the pool check skips them (every generator uses them)
GENERIC = set(STREET_KINDS) | {"House", "Care", "Home", "Nursing", "Manor", "Centre", "Primary", "School",
                               "Academy", "High", "Nursery", "Family"}

# public bodies, real on purpose (keep gold); several hold person-like words
AREAS = [
    dict(council="Fife Council", nhs="NHS Fife", cpc="Fife Child Protection Committee",
         apc="Fife Adult Protection Committee", hosp=["Queen Margaret Hospital", "Victoria Hospital"],
         uni="Queen Margaret University"),
    dict(council="Glasgow City Council", nhs="NHS Greater Glasgow and Clyde",
         cpc="Glasgow Child Protection Committee", apc="Glasgow Adult Support and Protection Committee",
         hosp=["Queen Elizabeth University Hospital", "Royal Alexandra Hospital"],
         uni="Glasgow Caledonian University"),
    dict(council="Moray Council", nhs="NHS Grampian", cpc="Moray Child Protection Committee",
         apc="Moray Adult Protection Committee", hosp=["Dr Gray's Hospital"], uni="Robert Gordon University"),
    dict(council="Shetland Islands Council", nhs="NHS Shetland", cpc="Shetland Public Protection Committee",
         apc="Shetland Public Protection Committee", hosp=["Gilbert Bain Hospital"],
         uni="Robert Gordon University"),
    dict(council="North Lanarkshire Council", nhs="NHS Lanarkshire",
         cpc="North Lanarkshire Child Protection Committee", apc="North Lanarkshire Adult Protection Committee",
         hosp=["University Hospital Wishaw"], uni="Glasgow Caledonian University"),
    dict(council="Falkirk Council", nhs="NHS Forth Valley", cpc="Falkirk Child Protection Committee",
         apc="Falkirk Adult Support and Protection Committee", hosp=["Forth Valley Royal Hospital"],
         uni="Heriot-Watt University"),
    dict(council="West Lothian Council", nhs="NHS Lothian", cpc="West Lothian Child Protection Committee",
         apc="West Lothian Adult Protection Committee", hosp=["St John's Hospital"],
         uni="Edinburgh Napier University"),
    dict(council="The Highland Council", nhs="NHS Highland", cpc="Highland Child Protection Committee",
         apc="Highland Adult Protection Committee", hosp=["Raigmore Hospital", "Belford Hospital"],
         uni="Heriot-Watt University"),
    dict(council="East Lothian Council", nhs="NHS Lothian",
         cpc="East Lothian and Midlothian Public Protection Committee",
         apc="East Lothian and Midlothian Public Protection Committee", hosp=["St John's Hospital"],
         uni="Queen Margaret University"),
    dict(council="Dumfries and Galloway Council", nhs="NHS Dumfries and Galloway",
         cpc="Dumfries and Galloway Public Protection Committee",
         apc="Dumfries and Galloway Public Protection Committee",
         hosp=["Dumfries and Galloway Royal Infirmary"], uni="Glasgow Caledonian University"),
    dict(council="Comhairle nan Eilean Siar", nhs="NHS Western Isles",
         cpc="Outer Hebrides Child Protection Committee", apc="Western Isles Adult Protection Committee",
         hosp=["Western Isles Hospital"], uni="Robert Gordon University"),
]
UNIVERSITIES = sorted({a["uni"] for a in AREAS})
NATIONAL = ["Police Scotland", "Care Inspectorate", "Scottish Government",
            "Scottish Children's Reporter Administration", "Scottish Ambulance Service",
            "Mental Welfare Commission for Scotland", "Scottish Fire and Rescue Service"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATE_STYLES = ("long", "ord", "dayof", "us", "short2", "dot2", "slash", "slash2", "iso", "wday", "dash")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "long": f"{d.day} {m} {d.year}",
        "ord": f"{ordinal(d.day)} {m} {d.year}",
        "dayof": f"the {ordinal(d.day)} day of {m} {d.year}",
        "us": f"{m} {ordinal(d.day)}, {d.year}",
        "short2": f"{d.day} {m[:3]} {d.year % 100:02d}",
        "dot2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "slash2": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "wday": f"{d.strftime('%A')} {d.day} {m} {d.year}",
        "dash": f"{d.day:02d}-{m[:3]}-{d.year}",
    }[style]


_MON = r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?"
    r"(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+day\s+of)?[\s-]+" + _MON.format(g="m1") + r"[\s-]+(?P<y1>\d{4}|\d{2})"
    r"|" + _MON.format(g="m2") + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})[./](?P<mo3>\d{1,2})[./](?P<y3>\d{4}|\d{2})"
    r"|(?P<y4>\d{4})-(?P<mo4>\d{2})-(?P<d4>\d{2})"
    r")(?![\w/])", re.I)


def read_dates(text: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """Every date this module writes, read back from text: (date, (start, end)) in order."""
    out = []
    for m in _DATE_RE.finditer(text):
        g = m.groupdict()
        if g["d1"]:
            d, mo, y = int(g["d1"]), _month(g["m1"]), g["y1"]
        elif g["d2"]:
            d, mo, y = int(g["d2"]), _month(g["m2"]), g["y2"]
        elif g["d3"]:
            d, mo, y = int(g["d3"]), int(g["mo3"]), g["y3"]
        else:
            d, mo, y = int(g["d4"]), int(g["mo4"]), g["y4"]
        year = int(y) + (2000 if len(y) == 2 and int(y) <= 30 else 1900 if len(y) == 2 else 0)
        try:
            out.append((dt.date(year, mo, d), m.span()))
        except ValueError:
            continue
    return out


def _month(s: str) -> int:
    return [x[:3].lower() for x in MONTHS].index(s[:3].lower()) + 1


# ---------------------------------------------------------------- people and documents

@dataclass(frozen=True)
class Person:
    forename: str
    surname: str
    female: bool
    title: str

    def form(self, kind: str) -> str:
        f, s = self.forename, self.surname
        return {
            "full": f"{f} {s}", "forename": f, "surname": s, "title": f"{self.title} {s}",
            "init": f"{f[0]}. {s}", "titleinit": f"{self.title} {f[0]} {s}",
            "initials": (f[0] + s[0]).upper(),
            "caps": f"{f} {s}".upper(), "surname_first": f"{s.upper()}, {f}",
        }[kind]


PART = {"caps": "full", "surname_first": "full"}


class Doc:
    """A document built piece by piece; every personal-data piece is recorded with its span."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str, str | None]] = []  # start, end, category, person part
        self.keep: list[str] = []
        self.quasi: list[dict] = []
        self.people: list[Person] = []
        self.rat: dt.date | None = None
        self.rat_span: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def t(self, s: str) -> "Doc":
        self._parts.append(s)
        self._len += len(s)
        return self

    def pii(self, category: str, s: str, part: str | None = None) -> "Doc":
        self.spans.append((self._len, self._len + len(s), category, part))
        return self.t(s)

    def nm(self, p: Person, kind: str = "full") -> "Doc":
        if p not in self.people:
            self.people.append(p)
        return self.pii("person", p.form(kind), PART.get(kind, kind))

    def k(self, s: str) -> "Doc":
        if s not in self.keep:
            self.keep.append(s)
        return self.t(s)

    def q(self, category: str, s: str) -> "Doc":
        if all(x["text"] != s for x in self.quasi):
            self.quasi.append({"category": category, "text": s})
        return self.t(s)

    def dob(self, d: dt.date, style: str) -> "Doc":
        return self.pii("dob", fmt_date(d, style))

    def date(self, d: dt.date, style: str) -> "Doc":
        return self.t(fmt_date(d, style))

    def ratified(self, d: dt.date, style: str) -> "Doc":
        s = fmt_date(d, style)
        if self.rat is not None and self.rat != d:
            raise ValueError("two ratification dates in one document")
        self.rat, self.rat_span = d, (self._len, self._len + len(s))
        return self.t(s)

    def gold_pii(self) -> list[dict]:
        text, seen, out = self.text, set(), []
        for a, b, cat, part in self.spans:
            s = text[a:b]
            key = (cat, s if part == "initials" else s.lower())
            if key in seen:
                continue
            seen.add(key)
            e = {"category": cat, "text": s}
            if part:
                e["part"] = part
            if part == "initials":
                e["word_collision"] = True
            out.append(e)
        return out


class Cast:
    """Draws people with forenames and surnames unique within one document."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _pick(self, pool: list[str]) -> str:
        w = self.rng.choice([x for x in pool if x not in self.used])
        self.used.add(w)
        return w

    def person(self, female: bool | None = None, surname: str | None = None, title: str | None = None) -> Person:
        if female is None:
            female = self.rng.random() < 0.5
        f = self._pick(FEMALE if female else MALE)
        if surname is None:
            surname = self._pick(SURNAMES)
            if self.rng.random() < 0.12:
                second = self._pick([x for x in SURNAMES if "'" not in x])
                surname = f"{surname}-{second}"
        if title is None:
            title = self.rng.choice(("Ms", "Mrs", "Miss")) if female else "Mr"
        return Person(f, surname, female, title)


def rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def postcode(rng: random.Random, town: str) -> str:
    out = rng.choice(TOWNS[town])
    return f"{out} {rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


class Place:
    def __init__(self, rng: random.Random, used: set[str]):
        stem = rng.choice([s for s in STREETS if s not in used])
        town = rng.choice([t for t in TOWNS if t not in used])
        used.update((stem, town))
        flat = rng.random() < 0.25
        self.street = (f"Flat {rng.randrange(1, 4)}/{rng.randrange(1, 3)}, " if flat else "") + \
            f"{rng.randrange(2, 120)} {stem} {rng.choice(STREET_KINDS)}"
        self.town = town
        self.postcode = postcode(rng, town)


def write_address(d: Doc, pl: Place, lower: bool = False, sep: str = ", ") -> Doc:
    f = (lambda s: s.lower()) if lower else (lambda s: s)
    d.pii("address", f(pl.street)).t(sep + f(pl.town) + " ").pii("postcode", f(pl.postcode))
    return d


def chi_number(rng: random.Random, dob: dt.date, female: bool, valid: bool) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randrange(10, 100)}"
        g = rng.randrange(10)
        if (g % 2 == 0) != female:
            g = (g + 1) % 10
        body += str(g)
        c = 11 - sum(int(x) * w for x, w in zip(body, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            break
    if not valid:
        c = (c + rng.randrange(1, 10)) % 10
    return body + str(c)


def nhs_number(rng: random.Random, valid: bool) -> str:
    while True:
        body = "".join(str(rng.randrange(10)) for _ in range(9))
        if body[0] == "0":
            continue
        c = 11 - sum(int(x) * w for x, w in zip(body, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            break
    if not valid:
        c = (c + rng.randrange(1, 10)) % 10
    return f"{body[:3]} {body[3:6]} {body[6:]}{c}"


def ni_number(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c != "O" and first + c not in ("GB", "NK", "TN", "ZZ")])
    digits = "".join(str(rng.randrange(10)) for _ in range(6))
    suffix = rng.choice("ABCD")
    style = rng.randrange(4)
    if style == 0:
        return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    if style == 1:
        return f"{first}{second}{digits}{suffix}".lower()
    if style == 2:
        return f"{first}{second.lower()} {digits} {suffix.lower()}"
    return f"{first}{second}{digits} {suffix}"


def phone(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice((f"0131 496 0{n:03d}", f"0141 496 0{n:03d}", f"07700 900{n:03d}", f"07700900{n:03d}",
                       f"+44 7700 900 {n:03d}"))


def email(p: Person, domain: str) -> str:
    s = p.surname.replace("'", "").lower()
    return f"{p.forename.lower()}.{s}@{domain}"


DOMAINS = ("fife.gov.uk", "glasgow.gov.uk", "moray.gov.uk", "shetland.gov.uk", "northlan.gov.uk",
           "falkirk.gov.uk", "westlothian.gov.uk", "highland.gov.uk", "eastlothian.gov.uk",
           "dumgal.gov.uk", "cne-siar.gov.uk")


# ---------------------------------------------------------------- layouts

class Ctx:
    """One document's drawing state: its area, its cast, its places and its timeline."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.d = Doc(rng)
        i = rng.randrange(len(AREAS))
        self.a, self.dom = AREAS[i], DOMAINS[i]
        self.cast = Cast(rng)
        self.used: set[str] = set()
        start = rand_date(rng, dt.date(2025, 1, 6), dt.date(2025, 9, 30))
        self.referral = start
        self.convened = start + dt.timedelta(days=rng.randrange(12, 40))
        self.commenced = self.convened + dt.timedelta(days=rng.randrange(5, 30))
        self.cpc = self.commenced + dt.timedelta(days=rng.randrange(60, 140))
        self.sent_cog = self.cpc + dt.timedelta(days=rng.randrange(3, 20))
        self.cog = self.sent_cog + dt.timedelta(days=rng.randrange(7, 30))
        # committees meet on working days
        self.cpc, self.sent_cog, self.cog = (weekday(x) for x in (self.cpc, self.sent_cog, self.cog))

    def style(self, *styles: str) -> str:
        return self.rng.choice(styles or DATE_STYLES)

    def place(self) -> Place:
        return Place(self.rng, self.used)

    def body(self, which: str = "nhs") -> str:
        return self.a[which]

    def hosp(self) -> str:
        return self.rng.choice(self.a["hosp"])

    def dob_child(self) -> dt.date:
        return rand_date(self.rng, dt.date(2009, 1, 1), dt.date(2024, 6, 30))

    def dob_adult(self, lo: int = 1938, hi: int = 2003) -> dt.date:
        return rand_date(self.rng, dt.date(lo, 1, 1), dt.date(hi, 12, 31))

    def family(self, n_children: int = 2):
        fam_sur = self.cast._pick(SURNAMES)
        mother = self.cast.person(True, surname=fam_sur if self.rng.random() < 0.6 else None)
        father = self.cast.person(False, surname=fam_sur)
        kids = [self.cast.person(surname=fam_sur) for _ in range(n_children)]
        return mother, father, kids


def weekday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def age_on(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def L_form_daterows(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child, sib) = c.family()
    sw, hv = c.cast.person(), c.cast.person(True)
    st = c.style("long", "slash", "ord", "dash")
    d.t("INITIAL CASE REVIEW - RECORD OF REVIEW\n").k(c.a["cpc"]).t("\n\n")
    d.t("Section 1: Key dates\n")
    rows = [("Date of referral to CPC", c.referral), ("Date ICR convened", c.convened),
            ("Date review team first met", c.commenced), ("Date report approved by CPC", c.cpc),
            ("Date sent to the Chief Officers Group", c.sent_cog), ("Date of COG meeting", c.cog)]
    deferred = r.random() < 0.4
    if deferred:  # the first COG meeting put the report off; the next one ratified it
        first = weekday(c.sent_cog + dt.timedelta(days=r.randrange(7, 15)))
        c.cog = weekday(first + dt.timedelta(days=28))
        rows[-1] = ("Date of COG meeting", first)
    for lab, day in rows:
        d.t(f"{lab + ':':<44}").date(day, st)
        d.t("  (deferred to the next meeting)\n" if deferred and lab.startswith("Date of COG") else "\n")
    d.t(f"{'Date outcome ratified by COG:':<44}").ratified(c.cog, st).t("\n\n")
    d.t("Section 2: The child\n")
    d.t("Name of child: ").nm(child).t("    known in this report as ").k("Child A").t("\n")
    d.t("Date of birth: ").dob(c.dob_child(), c.style("slash", "long", "dot2")).t("\n")
    pl = c.place()
    d.t("Home address: ")
    write_address(d, pl).t("\n")
    d.t("Lead agency: ").k(c.a["council"]).t(" Children and Families\n\n")
    d.t("Section 3: Summary\n")
    d.t("The referral came from ").nm(hv, "full").t(", ").k("Health Visitor").t(", ").k(c.a["nhs"])
    d.t(", after ").k("Child A").t(" was seen at ").k(c.hosp()).t(". ")
    d.t("Social worker ").nm(sw, "full").t(" visited the home with ").k("Police Scotland").t(". ")
    d.nm(mother, "title").t(" said that ").nm(father, "title").t(" had left the home in the spring. ")
    d.t("The review found that information about ").nm(sib, "forename").t(" was not shared.\n\n")
    d.t("The Chief Officers Group ratified the outcome of this Initial Case Review on ")
    d.date(c.cog, c.style("long", "ord", "wday")).t(".\n")
    return "ICR", "child"


def L_form_twodigit(c: Ctx):
    d, r = c.d, c.rng
    adult = r.random() < 0.5
    comm = c.a["apc"] if adult else c.a["cpc"]
    subj = c.cast.person()
    lead = c.cast.person(True)
    d.k(comm).t("\nLEARNING REVIEW  |  REPORT COVER SHEET\n")
    d.t("-" * 50 + "\n")
    d.t("Review subject     | ").k("Adult B" if adult else "Child B")
    if adult:
        d.t(" (an adult at risk of harm)\n")
    else:
        d.t(" (a child, ").k(f"aged {r.randrange(2, 15)}").t(")\n")
    d.t("Real name          | ").nm(subj).t("\n")
    d.t("D.O.B.             | ").dob(c.dob_adult() if adult else c.dob_child(), "dot2").t("\n")
    d.t("Referral received  | ").date(c.referral, "dot2").t("\n")
    d.t("Review commenced   | ").date(c.commenced, "dot2").t("\n")
    d.t("Approved by ").t("APC" if adult else "CPC").t("    | ").date(c.cpc, "dot2").t("\n")
    d.t("Presented to COG   | ").date(c.sent_cog, "dot2").t("\n")
    d.t("Ratified by COG    | ").ratified(c.cog, "dot2").t("\n")
    d.t("Lead reviewer      | ").nm(lead).t(", ").k("Independent Reviewer").t("\n")
    d.t("-" * 50 + "\n\n")
    d.t("1. Why this Learning Review was held\n")
    d.t("Agencies including ").k(c.a["council"]).t(", ").k(c.a["nhs"]).t(" and ").k("Police Scotland")
    d.t(" had contact with ").nm(subj, "forename").t(" over two years. ")
    if adult:
        d.t("Adult Support and Protection inquiries were opened twice.\n")
    else:
        d.t("The child's name was on the child protection register twice.\n")
    d.t("2. Learning\nThe reviewer (").nm(lead, "init").t(") found that referrals were closed without a visit.\n")
    return "LR", "adult" if adult else "child"


def L_scr_dayof(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child,) = c.family(1)
    gran = c.cast.person(True, title="Mrs")
    gp = c.cast.person(title="Dr")
    d.t("SIGNIFICANT CASE REVIEW\nin respect of ").k("Child C").t("\nCommissioned by the ").k(c.a["cpc"]).t("\n\n")
    d.t("Foreword\n")
    d.t("This review commenced on ").date(c.commenced, "dayof").t(" and the report was submitted to the Chief "
                                                               "Officers Group on ").date(c.sent_cog, "dayof")
    d.t(". It was approved by the Chief Officers Group on ").ratified(c.cog, "dayof").t(".\n\n")
    d.t("Background\n")
    d.k("Child C").t(" (").nm(child).t(") lived with ").nm(mother).t(" and her mother, ").nm(gran).t(", at ")
    write_address(d, c.place()).t(". ")
    d.nm(father).t(", the father, had contact at weekends. ")
    d.t("The family's GP, ").nm(gp, "title").t(", referred ").k("Child C").t(" to ").k(c.hosp()).t(".\n")
    d.nm(gran, "title").t(" told the review that ").nm(father, "title").t(" had been drinking heavily.\n\n")
    d.t("The Significant Case Review panel thanks ").k(c.a["council"]).t(", ").k(c.a["nhs"])
    d.t(" and its academic adviser from ").k(r.choice(UNIVERSITIES)).t(".\n")
    return "SCR", "child"


def L_lr_us_endorsed(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child, sib) = c.family()
    tl = c.cast.person()
    d.t("Learning Review: ").k("Child D").t("\n").k(c.a["cpc"]).t("\n\n")
    d.t("Timeline of key events\n")
    ev = c.referral - dt.timedelta(days=200)
    for what in ("school raised concern about ", "police attended the home of ", "health visitor saw ",
                 "Children's Hearing for "):
        ev += dt.timedelta(days=r.randrange(10, 45))
        d.t("  ").date(ev, "short2").t(" - " + what)
        if what.startswith("health"):
            d.nm(sib, "forename")
        else:
            d.k("Child D")
        d.t("\n")
    d.t("\n").nm(mother, "full").t(" (mother) and ").nm(father, "full").t(" (father) took part in the review. ")
    d.t("Team leader ").nm(tl, "titleinit").t(" described the caseload at the time.\n")
    d.t("The ").q("school", r.choice(SCHOOLS)).t(" shared its records.\n\n")
    d.t("Governance\nThe report was endorsed by the COG on ").ratified(c.cog, "us")
    d.t(", having been agreed by the CPC on ").date(c.cpc, "us").t(".\n")
    return "LR", "child"


def L_trap_cpc_only(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child,) = c.family(1)
    d.t("LEARNING REVIEW REPORT\n").k(c.a["cpc"]).t("\n\nStatus of this report\n")
    d.t("The ").k(c.a["cpc"]).t(" approved this report on ").date(c.cpc, c.style("long", "ord", "slash"))
    d.t(". It will be presented to the Chief Officers Group on ").date(c.cog, c.style("long", "wday"))
    d.t(" for ratification.\n\n")
    d.t("The child, ").k("Child E").t(", lived with ").nm(mother).t(" at ")
    write_address(d, c.place()).t(". ")
    d.t("Contact with ").nm(father, "title").t(" was supervised by ").k(c.a["council"]).t(".\n")
    d.t("Learning point 1: agencies did not share concerns raised by ").k("Police Scotland").t(".\n")
    return "LR", "child"


def L_trap_commenced(c: Ctx):
    d, r = c.d, c.rng
    adult = c.cast.person()
    carer = c.cast.person(True)
    d.t("Significant Case Review (Adult)\n").k(c.a["apc"]).t("\n\n")
    d.t("1. Introduction\nThe review commenced on ").date(c.commenced, c.style("long", "dayof", "slash"))
    d.t(" following the death of an adult at risk, referred to here as ").k("Adult F").t(" (").nm(adult)
    d.t(", date of birth ").dob(c.dob_adult(1935, 1960), "long").t(").\n")
    d.t("Terms of reference were agreed by the review team on ").date(c.convened, "long").t(".\n")
    d.t("2. Circumstances\n").k("Adult F").t(" lived at ").q("care_home", r.choice(CARE_HOMES)).t(" and was visited by ")
    d.nm(carer).t(", a paid carer. ").nm(adult, "title").t(" was admitted to ").k(c.hosp()).t(".\n")
    d.t("3. Next steps\nThe report is yet to be ratified by the COG; a meeting date has not been set.\n")
    return "SCR", "adult"


def L_trap_deferred(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child, sib) = c.family()
    d.t("Initial Case Review\n").k(c.a["cpc"]).t("\n\nGovernance note\n")
    d.t("The ICR report was sent to the Chief Officers Group on ").date(c.sent_cog, "slash").t(". ")
    d.t("At its meeting on ").date(c.cog, "long").t(" the COG deferred consideration of the report until "
                                                    "the police investigation concludes.\n\n")
    d.t("Family\n").nm(child, "forename").t(" and ").nm(sib, "forename").t(" live with their mother, ")
    d.nm(mother, "full").t(". Their father, ").nm(father, "full").t(", lives at ")
    write_address(d, c.place()).t(".\n")
    d.k("Police Scotland").t(" and ").k(c.a["nhs"]).t(" contributed chronologies.\n")
    return "ICR", "child"


def L_trap_cog_pending(c: Ctx):
    d, r = c.d, c.rng
    adult = c.cast.person()
    son = c.cast.person(False, surname=adult.surname)
    d.k(c.a["apc"]).t("\nLearning Review - progress form\n\n")
    d.t("Adult at risk:            ").k("Adult G").t("\n")
    d.t("Name (confidential):      ").nm(adult).t("\n")
    d.t("DOB:                      ").dob(c.dob_adult(), c.style("slash", "long")).t("\n")
    d.t("Date review commenced:    ").date(c.commenced, "slash").t("\n")
    d.t("Date approved by APC:     ").date(c.cpc, "slash").t("\n")
    d.t("Date sent to COG:         ").date(c.sent_cog, "slash").t("\n")
    d.t("Date ratified by COG:     [pending - the COG has still to meet]\n\n")
    d.t("Summary\n").k("Adult G").t("'s son, ").nm(son).t(", acted as welfare guardian. ")
    d.t("The ").k("Mental Welfare Commission for Scotland").t(" was consulted. ")
    d.t("Adult Support and Protection procedures were followed by ").k(c.a["council"]).t(".\n")
    return "LR", "adult"


def _family_rows(c: Ctx, n_kids: int = 2):
    mother, father, kids = c.family(n_kids)
    born, kid_rows = c.dob_child(), []
    for k in kids:
        kid_rows.append((k, "Daughter" if k.female else "Son", born))
        born = born - dt.timedelta(days=c.rng.randrange(400, 1500))
    eldest = kid_rows[-1][2]
    rows = [(mother, "Mother", eldest - dt.timedelta(days=c.rng.randrange(18 * 365, 36 * 365))),
            (father, "Father", eldest - dt.timedelta(days=c.rng.randrange(19 * 365, 42 * 365)))] + kid_rows
    return mother, father, kids, rows


def L_family_pipe(c: Ctx):
    d, r = c.d, c.rng
    mother, father, kids, rows = _family_rows(c, 2)
    st = c.style("slash", "dot2", "long")
    d.t("INITIAL CASE REVIEW\n").k(c.a["cpc"]).t("\n\nFamily composition\n\n")
    d.t("| Name | Relationship | D.O.B. | Address |\n|---|---|---|---|\n")
    pl = c.place()
    for p, rel, dob in rows:
        d.t("| ").nm(p).t(f" | {rel} | ").dob(dob, st).t(" | ")
        if p is rows[0][0]:
            write_address(d, pl)
        else:
            d.t("as above")
        d.t(" |\n")
    d.t("\nThe children are referred to as ").k("Child H").t(" and ").k("Child J").t(". ")
    d.t("The ICR outcome was ratified by the COG on ").ratified(c.cog, c.style("long", "ord", "short2")).t(".\n")
    d.k("Police Scotland").t(" attended four times; ").k(c.a["nhs"]).t(" held health records.\n")
    return "ICR", "child"


def L_family_tab(c: Ctx):
    d, r = c.d, c.rng
    mother, father, kids, rows = _family_rows(c, 3)
    d.t("Significant Case Review - ").k("Child K").t("\n").k(c.a["cpc"]).t("\n\n2.1 Household\n")
    d.t("Name\tDOB\tRelationship to child\tSchool / nursery\n")
    for p, rel, dob in rows:
        d.nm(p).t("\t").dob(dob, "slash").t(f"\t{rel}\t")
        if rel in ("Son", "Daughter"):
            d.q("school", r.choice(SCHOOLS))
        else:
            d.t("n/a")
        d.t("\n")
    d.t("\n").nm(mother, "title").t(" and ").nm(father, "title").t(" separated before the review period.\n")
    d.t("The Chief Officers Group approved the Significant Case Review report on ")
    d.ratified(c.cog, c.style("wday", "long")).t(".\n")
    return "SCR", "child"


def L_family_space_wrap(c: Ctx):
    d, r = c.d, c.rng
    mother, father, kids, rows = _family_rows(c, 2)
    partner = c.cast.person(False)
    rows.insert(2, (partner, "Mother's partner (lives in the home part of the week)", c.dob_adult(1970, 1999)))
    d.t("Learning Review\n").k(c.a["cpc"]).t("\n\nTable 1. The people in this review\n\n")
    d.t(f"{'Name':<26}{'Date of birth':<16}{'Relationship'}\n")
    for p, rel, dob in rows:
        name = p.form("full")
        d.nm(p).t(" " * max(1, 26 - len(name))).dob(dob, "long")
        d.t(" " * max(1, 16 - len(fmt_date(dob, "long"))))
        if len(rel) > 24:
            cut = rel.rfind(" ", 0, 24)
            d.t(rel[:cut] + "\n" + " " * 42 + rel[cut + 1:] + "\n")
        else:
            d.t(rel + "\n")
    d.t("\nIn this report the children are ").k("Child L").t(" and ").k("Child M").t(".\n")
    d.t("The Learning Review was agreed by the Chief Officers Group on ").ratified(c.cog, "ord").t(".\n")
    return "LR", "child"


def L_dob_inline(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (a, b) = c.family()
    da = c.dob_child()
    db = da - dt.timedelta(days=r.randrange(400, 1500))
    uncle = c.cast.person(False)
    d.t("Initial Case Review\n").k(c.a["cpc"]).t("\n\nThe children\n")
    d.nm(a).t(" (").dob(da, "slash").t(") and ").nm(b).t(" (").dob(db, "slash").t(") are the subjects of "
                                                                              "this review. ")
    d.nm(a, "forename").t(", ").k(f"aged {age_on(da, c.referral)}").t(" at referral, attended ")
    d.q("school", r.choice(SCHOOLS)).t(".\n")
    d.t("Their mother, ").nm(mother).t(", was born on ").dob(c.dob_adult(1982, 2001), "long").t(". ")
    d.t("An uncle, ").nm(uncle).t(" (d.o.b. ").dob(c.dob_adult(1970, 1999), "dot2").t("), stayed often.\n")
    d.t("The ICR was ratified by the COG on ").ratified(c.cog, c.style("slash2", "dot2")).t(".\n")
    d.k("Police Scotland").t(" shared information with ").k("Scottish Children's Reporter Administration").t(".\n")
    return "ICR", "child"


def L_address_lower(c: Ctx):
    d, r = c.d, c.rng
    adult, nb = c.cast.person(), c.cast.person(True)
    d.t("Learning Review (Adult Support and Protection)\n").k(c.a["apc"]).t("\n\n")
    d.t("The adult at risk, ").k("Adult N").t(", is ").nm(adult).t(", of ")
    write_address(d, c.place(), lower=True).t(". ")
    d.t("The referral was made by a neighbour, ").nm(nb).t(", who lives at ")
    write_address(d, c.place(), lower=True).t(".\n")
    pl = c.place()
    d.t("contact address given to the council: ")
    write_address(d, pl, lower=True, sep=" ").t("\n")
    d.k(c.a["council"]).t(" and ").k(c.a["nhs"]).t(" held an Adult Support and Protection case conference.\n")
    d.t("The review's outcome was ratified by the COG on ").ratified(c.cog, c.style("long", "iso")).t(".\n")
    return "LR", "adult"


def L_ids_labelled(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child,) = c.family(1)
    dob = c.dob_child()
    d.t("ICR - PART A: INFORMATION FROM HEALTH\n").k(c.a["nhs"]).t("  |  ").k(c.a["cpc"]).t("\n\n")
    d.t("Child: ").nm(child).t("\nDate of birth: ").dob(dob, "slash").t("\n")
    d.t("CHI number: ").pii("chi", chi_number(r, dob, child.female, valid=r.random() < 0.3)).t("\n")
    d.t("Mother: ").nm(mother).t("\nNHS number: ").pii("nhs", nhs_number(r, valid=False)).t("\n")
    d.t("NI number: ").pii("ni", ni_number(r)).t("\n")
    d.t("Father: ").nm(father, "surname_first").t("\nNational Insurance No. ").pii("ni", ni_number(r)).t("\n")
    d.t("NHS No ").pii("nhs", nhs_number(r, valid=True)).t("\nTel: ").pii("phone", phone(r)).t("\n\n")
    d.t("Health contacts were at ").k(c.hosp()).t(". The GP practice was ").q("gp", "Kinloch Medical Practice")
    d.t(".\nThe Initial Case Review outcome was ratified by the Chief Officers Group on ")
    d.ratified(c.cog, "long").t(".\n")
    return "ICR", "child"


def L_signatories(c: Ctx):
    d, r = c.d, c.rng
    child = c.cast.person()
    people = [c.cast.person(title="Dr") if i == 1 else c.cast.person() for i in range(4)]
    d.t("LEARNING REVIEW - FINAL REPORT\n").k(c.a["cpc"]).t("\n\nThe subject of this review is ").k("Child P")
    d.t(" (").nm(child).t(").\n\nReport agreed by the COG on ").ratified(c.cog, c.style("long", "slash")).t(".\n\n")
    d.t("Signatories\n")
    d.t("Name | Designation | Agency\n")
    roles = [("Chief Social Work Officer", c.a["council"]), ("Associate Medical Director", c.a["nhs"]),
             ("Divisional Commander", "Police Scotland"), ("Lead Officer", c.a["cpc"])]
    for p, (role, ag) in zip(people, roles):
        d.nm(p).t(" | ").k(role).t(" | ").k(ag).t("\n")
    d.t("Chair | ").k("Chair").t(" | ").k(c.a["cpc"]).t("\n\n")
    d.t("Distribution\n")
    d.t("Name\tCopy\n")
    d.nm(people[0], "init").t("\t1\n")
    d.k("Care Inspectorate").t("\t2\n")
    d.k("Scottish Government").t("\t3\n")
    d.k("Robert Gordon University").t(" (research partner)\t5\n")
    d.nm(people[2], "titleinit").t("\t4\n")
    return "LR", "child"


def L_cover_letter(c: Ctx):
    d, r = c.d, c.rng
    lead, author, insp = c.cast.person(True), c.cast.person(), c.cast.person()
    pl = c.place()
    d.k(c.a["council"]).t("\nChildren's Services\n")
    d.t("Our ref: CP/").t(str(r.randrange(100, 999))).t("\n").date(c.cog + dt.timedelta(days=3), "long").t("\n\n")
    d.t("Strategic Inspector\n").k("Care Inspectorate").t("\n\n")
    d.t("Dear ").nm(insp, "title").t(",\n\n")
    d.t("Please find enclosed our committee's report for your records. The report has been anonymised. ")
    d.t("Any questions may be sent to me or to my colleague ").nm(author, "full").t(" on ").pii("phone", phone(r))
    d.t(".\n\nYours sincerely\n\n").nm(lead, "full").t("\n").k("Lead Officer").t(", ").k(c.a["cpc"]).t("\n")
    d.pii("email", email(lead, c.dom)).t("\n\n")
    d.t("Signed: ").nm(lead, "init").t("\nReport author: ").nm(author, "caps").t("\n")
    d.t("Return address: ")
    write_address(d, pl).t("\n")
    return "OTHER", None


def L_minutes(c: Ctx):
    d, r = c.d, c.rng
    ppl = [c.cast.person() for _ in range(5)]
    d.k(c.a["cpc"]).t("\nMinute of meeting held on ").date(c.cpc, "wday").t(" at 10:00\n\n")
    d.t("Present:\n")
    roles = ["Chair", "Service Manager", "Named Nurse", "Detective Inspector", "Education Officer"]
    for p, role in zip(ppl, roles):
        d.t("  ").nm(p).t(f" ({role}) ").t("\n")
    apol = c.cast.person(True)
    d.t("Apologies: ").nm(apol).t("\n\n")
    d.t("1. Minute of previous meeting - agreed.\n")
    d.t("2. Case updates - ").nm(ppl[1], "title").t(" reported on three open reviews.\n")
    d.t("3. Training - the ").k("7-Minute Briefing").t(" on neglect to be shared with ").k(c.a["nhs"])
    d.t(".\n\n")
    d.t("Actions\n")
    for i, p in enumerate(ppl[1:4], 1):
        d.t(f"A{i}  ").t(r.choice(("Circulate the draft", "Update the action plan", "Arrange training")))
        d.t("  Owner: ").nm(p, "initials").t("  Due: ").date(c.cpc + dt.timedelta(days=30 * i), "slash").t("\n")
    d.t("\nDate of next meeting: ").date(c.cpc + dt.timedelta(days=56), "long").t("\n")
    return "OTHER", None


def L_chronology(c: Ctx):
    d, r = c.d, c.rng
    mother, father, (child,) = c.family(1)
    sw, pc = c.cast.person(), c.cast.person()
    d.t("Significant Case Review\nAppendix 2: Chronology of significant events\n").k(c.a["cpc"]).t("\n\n")
    d.t("Date       | Agency | Event\n")
    day = c.referral - dt.timedelta(days=300)
    events = [("Police Scotland", lambda: d.t("PC ").nm(pc, "surname").t(" attended; ").nm(father, "title")
               .t(" arrested.")),
              (c.a["nhs"], lambda: d.t("A&E attendance at ").k(c.hosp()).t(" with ").nm(child, "forename").t(".")),
              (c.a["council"], lambda: d.t("SW ").nm(sw, "full").t(" allocated.")),
              (c.a["council"], lambda: d.nm(mother, "forename").t(" declined a visit.")),
              ("Police Scotland", lambda: d.t("Concern report about ").k("Child Q").t("."))]
    for ag, ev in events:
        day += dt.timedelta(days=r.randrange(15, 60))
        d.date(day, "slash").t(" | ").k(ag).t(" | ")
        ev()
        d.t("\n")
    d.t("\nThe Significant Case Review was ratified at the COG meeting of ").ratified(c.cog, "long").t(".\n")
    return "SCR", "child"


def L_email_thread(c: Ctx):
    d, r = c.d, c.rng
    a, b = c.cast.person(True), c.cast.person()
    child = c.cast.person()
    d.t("From: ").nm(a).t(" <").pii("email", email(a, c.dom)).t(">\n")
    d.t("To: Strategic Team, ").k("Care Inspectorate").t("\nSubject: Review paperwork\n\n")
    d.t("Hello,\n\nPlease see the attached papers. I am off from Friday; ").nm(b, "forename")
    d.t(" will pick up any questions.\n\nKind regards\n").nm(a, "forename").t("\n\n")
    d.t("On ").date(c.cog - dt.timedelta(days=2), "wday").t(", ").nm(b).t(" <").pii("email", email(b, c.dom))
    d.t("> wrote:\n")
    d.t("> Thanks. Can you confirm which papers are going to the meeting?\n")
    d.t("> The family of ").nm(child).t(" have asked for a copy.\n> Mob: ").pii("phone", phone(r)).t("\n")
    d.t("> \n> Regards,\n> ").nm(b, "init").t("\n> ").k("Service Manager").t(", ").k(c.a["council"]).t("\n")
    return "OTHER", None


def L_apc_report(c: Ctx):
    d, r = c.d, c.rng
    adult, dtr = c.cast.person(), c.cast.person(True)
    nurse = c.cast.person(True)
    home = r.choice(CARE_HOMES)
    d.k(c.a["apc"]).t("\nAdult Support and Protection Learning Review\nReport on ").k("Adult R").t("\n\n")
    d.t("1. The adult\n").k("Adult R").t(", ").k(f"aged {r.randrange(66, 96)}").t(", lived at ")
    d.q("care_home", home).t(" from ").date(c.referral - dt.timedelta(days=400), "long").t(". ")
    d.t("Before that ").nm(adult, "title").t(" lived at ")
    write_address(d, c.place()).t(" with a daughter, ").nm(dtr).t(".\n")
    d.t("Real name held on file: ").nm(adult).t("; date of birth ").dob(c.dob_adult(1928, 1959), "slash").t(".\n")
    d.t("2. Practice\nCharge nurse ").nm(nurse, "full").t(" raised a concern with the ").k("Care Inspectorate")
    d.t(". Staff from ").k(r.choice(UNIVERSITIES)).t(" gave evidence on training.\n")
    d.t("3. Governance\nThe APC approved the report on ").date(c.cpc, "long").t(". The report and its findings were "
                                                                          "agreed by the Chief Officers Group on ")
    d.ratified(c.cog, "long").t(".\n")
    return "LR", "adult"


def L_ppc_report(c: Ctx):
    d, r = c.d, c.rng
    adult, partner = c.cast.person(True), c.cast.person(False)
    officer = c.cast.person()
    area = r.choice([a for a in AREAS if "Public Protection" in a["apc"]])
    c.a = area
    d.k(area["apc"]).t("\nInitial Case Review - adult at risk\n\n")
    d.t("Subject: ").k("Adult S").t(" (").nm(adult).t("), born ").dob(c.dob_adult(1950, 1999), "long").t("\n")
    d.t("Address at the time: ")
    write_address(d, c.place()).t("\n\n")
    d.t("The Public Protection Committee convened this ICR under Adult Support and Protection procedures after ")
    d.nm(adult, "forename").t(" disclosed that her partner, ").nm(partner).t(", controlled her money.\n")
    d.t("Police officer ").nm(officer, "titleinit").t(" and staff from ").k(area["nhs"]).t(" and ")
    d.k(area["council"]).t(" contributed. ")
    d.t("The report was approved by the COG on ").ratified(c.cog, c.style("ord", "long", "us")).t(".\n")
    return "ICR", "adult"


def L_lr_decision(c: Ctx):
    d, r = c.d, c.rng
    adult = r.random() < 0.5
    comm = c.a["apc"] if adult else c.a["cpc"]
    subj, officer = c.cast.person(), c.cast.person(True)
    proceed = r.random() < 0.5
    d.t("LEARNING REVIEW DECISION NOTIFICATION\n").k(comm).t("\n\n")
    d.t("Q1. Review subject (initials only): ").nm(subj, "initials").t("\n")
    d.t("Q2. Adult or child: ").t("adult at risk of harm" if adult else "child").t("\n")
    d.t("Q3. Date of referral: ").date(c.referral, "slash").t("\n")
    d.t("Q4. Date of decision: ").date(c.convened, "slash").t("\n")
    d.t("Q5. Decision: ").t("proceed to a Learning Review" if proceed else "not to proceed").t("\n")
    d.t("Q6. Reasons: ").t("the criteria are met; there is learning about multi-agency practice"
                           if proceed else "learning will be taken forward through a single-agency review")
    d.t("\nQ7. Completed by: ").nm(officer).t(", ").k("Lead Officer").t(" - tel ").pii("phone", phone(r)).t("\n")
    return "LR-DECISION", "adult" if adult else "child"


def L_lr_outcome(c: Ctx):
    d, r = c.d, c.rng
    adult = r.random() < 0.5
    comm = c.a["apc"] if adult else c.a["cpc"]
    officer = c.cast.person()
    st = c.style("slash", "long", "dot2")
    d.t("Learning Review Outcome Notification\n").k(comm).t("\n\n")
    d.t("Section A  Review details\n")
    d.t("  Subject of review ........ ").t("adult" if adult else "child").t("\n")
    d.t("  Date review commenced .... ").date(c.commenced, st).t("\n")
    d.t("  Date outcome ratified by the Chief Officers Group .... ").ratified(c.cog, st).t("\n")
    d.t("  Report attached .......... yes (anonymised)\n\n")
    d.t("Section B  Key learning\n  Information held by ").k(c.a["nhs"]).t(" and ").k("Police Scotland")
    d.t(" was not brought together.\n\nSection C  Contact\n  ").nm(officer).t("  ").pii("email", email(officer, c.dom))
    d.t("\n")
    return "LR-OUTCOME", "adult" if adult else "child"


def L_agenda(c: Ctx):
    d, r = c.d, c.rng
    chair, p1, p2 = c.cast.person(), c.cast.person(True), c.cast.person()
    d.k(c.a["cpc"]).t("\nAGENDA\n").date(c.sent_cog, "wday").t(", 14:00, Council Chambers\n\n")
    d.t("Chair: ").nm(chair).t("\n\n")
    d.t("1  Welcome and apologies\n")
    d.t("2  Minute of last meeting\n")
    d.t("3  Learning review progress report  (").nm(p1, "init").t(")\n")
    d.t("4  Update from ").k(c.a["nhs"]).t("  (").nm(p2, "titleinit").t(")\n")
    d.t("5  ").k("Scottish Government").t(" consultation response\n")
    d.t("6  AOCB\n\nPapers to ").nm(p1, "forename").t(" by ").date(c.sent_cog - dt.timedelta(days=7), "long")
    d.t(" please.\n")
    return "OTHER", None


def L_action_plan(c: Ctx):
    d, r = c.d, c.rng
    owners = [c.cast.person() for _ in range(3)]
    d.t("Action Plan\n").k(c.a["cpc"]).t("\n\n")
    d.t("No. | Recommendation | Action | Lead | Target date | RAG\n")
    recs = ["Improve information sharing", "Refresh neglect training", "Audit case files"]
    for i, (rec, p) in enumerate(zip(recs, owners), 1):
        d.t(f"{i} | {rec} | ").t(r.choice(("Issue guidance", "Deliver sessions", "Report to committee")))
        d.t(" | ").nm(p, r.choice(("full", "init", "titleinit"))).t(", ").k(r.choice(
            ("Service Manager", "Practice Lead", "Named Nurse"))).t(" | ")
        d.date(c.cog + dt.timedelta(days=60 * i), c.style("slash", "short2")).t(" | ").t(r.choice("RAG")).t("\n")
    d.t("\nProgress will be reported to ").k(c.a["council"]).t(" and ").k("Police Scotland").t(".\n")
    return "OTHER", None


def L_sir(c: Ctx):
    d, r = c.d, c.rng
    pat, nurse, dr = c.cast.person(), c.cast.person(True), c.cast.person(title="Dr")
    d.t("SERIOUS INCIDENT REVIEW\n").k(c.a["nhs"]).t(" - Mental Health Services\n\n")
    d.t("Incident date: ").date(c.referral, "long").t("\nLocation: ").k(c.hosp()).t("\n")
    born = c.dob_adult(1960, 2004)
    d.t("Patient: ").nm(pat).t(", d.o.b. ").dob(born, "slash").t("\n")
    d.t("CHI: ").pii("chi", chi_number(r, born, pat.female, valid=False)).t("\n\n")
    d.t("Staff nurse ").nm(nurse, "full").t(" found the patient. ").nm(dr, "title").t(" was the responsible "
                                                                                       "clinician.\n")
    d.t("Students on placement from ").k(c.a["uni"]).t(" were not on shift.\n")
    d.t("Notified to the ").k("Care Inspectorate").t(" and the ").k("Mental Welfare Commission for Scotland").t(".\n")
    return "OTHER", None


LAYOUTS = [L_form_daterows, L_form_twodigit, L_scr_dayof, L_lr_us_endorsed, L_trap_cpc_only, L_trap_commenced,
           L_trap_deferred, L_trap_cog_pending, L_family_pipe, L_family_tab, L_family_space_wrap, L_dob_inline,
           L_address_lower, L_ids_labelled, L_signatories, L_cover_letter, L_minutes, L_chronology,
           L_email_thread, L_apc_report, L_ppc_report, L_lr_decision, L_lr_outcome, L_agenda, L_action_plan,
           L_sir]
# Review papers with no ratification in the gold (the COG has not ratified, or a decision): the tests'
# "traps have no date" reads this, as it reads sets 6 on's.
TRAPS = {"trap_cpc_only", "trap_commenced", "trap_deferred", "trap_cog_pending", "lr_decision"}


# ---------------------------------------------------------------- gold check, generation, pools

_RATIFIED = re.compile(
    r"\b(?:ratified|endorsed|approved|agreed)\s+(?:by|at)\s+(?:the\s+)?(?:COG|Chief\s+Officers)"
    r"|\b(?:COG|Chief\s+Officers(?:'\s+Group|\s+Group)?)\s+(?:ratified|endorsed|approved|agreed)\b", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|yet to be|to be|will be|awaiting|deferred)\s*$", re.I)
_NOT_AFTER = re.compile(r"^\W*(?:\[?pending|still to meet|not yet|to be confirmed|tbc)", re.I)


def ratification_claims(text: str) -> list[tuple[int, int]]:
    """Spans of sentences or form rows saying the COG ratified, approved, endorsed or agreed."""
    out = []
    for m in _RATIFIED.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split("\n")[-1]
        after = text[m.end():m.end() + 40]
        if _NOT_BEFORE.search(before) or _NOT_AFTER.search(after):
            continue
        out.append(m.span())
    return out


def _occurrences(needle: str, text: str, case_sensitive: bool) -> list[tuple[int, int]]:
    return [m.span() for m in pattern(needle, case_sensitive).finditer(text)]


def check(name: str, text: str, doc: Doc, doc_type: str) -> list[str]:
    """Every way this document's gold could be wrong; empty if it holds."""
    errs = []
    spans = [(a, b) for a, b, _, _ in doc.spans]
    person_spans = [(a, b) for a, b, cat, _ in doc.spans if cat in ("person", "email")]

    def inside(span, within):
        return any(a <= span[0] and span[1] <= b for a, b in within)

    for a, b, cat, part in doc.spans:
        if not text[a:b].strip() or text[a:b] != text[a:b].strip():
            errs.append(f"{name}: {cat} span {a}-{b} is blank or padded")
    for e in doc.gold_pii():
        for occ in _occurrences(e["text"], text, bool(e.get("word_collision"))):
            if not inside(occ, spans):
                errs.append(f"{name}: {e['category']} {e['text']!r} occurs outside its spans at {occ[0]}")
    for p in doc.people:
        for tok in {p.forename, p.surname, *p.surname.split("-")}:
            for occ in _occurrences(tok, text, False):
                if not inside(occ, person_spans):
                    errs.append(f"{name}: name {tok!r} occurs outside its spans at {occ[0]}")
    for k in doc.keep:
        occs = _occurrences(k, text, False)
        if not occs:
            errs.append(f"{name}: keep term {k!r} not in the text")
        for o in occs:
            if any(a < o[1] and o[0] < b for a, b in spans):
                errs.append(f"{name}: keep term {k!r} overlaps a PII span")
    for a, b, cat, _ in doc.spans:
        if cat == "dob":
            got = read_dates(text[a:b])
            if len(got) != 1 or got[0][0].year >= 2025:
                errs.append(f"{name}: date of birth {text[a:b]!r} does not read as one past date")
    claims = ratification_claims(text)
    if doc.rat is None and claims:
        errs.append(f"{name}: the text says the COG ratified ({text[claims[0][0]:claims[0][1]]!r}) "
                    "but there is no ratification in the gold")
    if doc.rat is not None:
        a, b = doc.rat_span
        if [x for x, _ in read_dates(text[a:b])] != [doc.rat]:
            errs.append(f"{name}: ratification date {text[a:b]!r} does not read back as {doc.rat}")
        if not claims:
            errs.append(f"{name}: gold ratification {doc.rat} but no sentence or row says the COG ratified")
        if doc_type == "OTHER":
            errs.append(f"{name}: an OTHER document with a ratification date")
    return errs


# The generation loop, build, pools check and command line are the harness's (``blind_eval.BlindSet``).
SET = blind_eval.BlindSet(
    key="blind5", prefix="B5", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS + ["Kinloch Medical Practice"],
    generic=frozenset(GENERIC | {"Medical", "Practice"}))
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
