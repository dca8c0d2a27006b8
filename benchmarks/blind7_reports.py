#!/usr/bin/env python3
"""Blind evaluation set 7: fictional committee documents in layouts no earlier generator made.

Frozen before anyone reads set 6's failures, written without reading the redaction rules, the
analysis code or any other generator's templates.  Only the shared harness (``blind_eval.py``),
the gold format (``score_redaction.py``) and the non-template parts of ``blind6_reports.py``
(its gold check and pool-freshness logic, built on set 5's ``Doc`` and ``Person``) were read;
``Doc``, ``Person`` and set 6's notion of a ratification claim are imported, not copied.

Why a module of its own: every figure on a set the rules were tuned on says nothing about
reports nobody here has seen, so each round needs a set nobody has looked at.  This one has its
own date wordings (``5th of March 2026``, ``Thursday, 5th March 2026``, ``05-03-2026``,
``2026/03/05``, ``5 Mar. 2026``, ``5 March, 2026``, ``5.3.26``, ``March 5 2026``), its own
reader for them (``read_dates``), its own public-body table and its own pools of names,
streets, towns, care homes and schools, none of which occurs in ../shared/corpus or in another
generator (``pool_overlaps`` checks both).  Public bodies are real on purpose and are keep gold.

Gold per document (set 5's format): ``pii`` (category, person part), ``keep``, ``quasi``,
``doc_type``, ``subject`` and ``ratification_date``: None where the COG has not ratified the
outcome (returned for amendment, ratified only by the committee, a draft for a coming meeting,
an interim report noted, a decision notification, a deferred agenda item) and for every
non-review paper.  Fixed seed ``SEED``; ``DEFAULT_N`` documents, the layouts taken in turn.
``generate`` raises SystemExit listing every gold error (``check``).
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_reports as B5  # noqa: E402
import blind6_reports as B6  # noqa: E402
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402
from score_redaction import pattern  # noqa: E402

SEED = 20261221
DEFAULT_N = 99

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Itziar Ainhoa Garazi Leire Nerea Maialen Amaia Aino Aili Helmi Kerttu Saimi Tuulikki Sigrun "
          "Thordis Gudrun Hildur Brynja Eszter Reka Zsofia Csilla Timea Boglarka Conceicao Graca Filipa "
          "Maricel Analyn Soojin Minji Ketevan Mariam Anahit Lusine Gayane Armine Zeynep Ebru Gulsen "
          "Despina Eleni Paraskevi Stavroula Carmela Graziella Loredana Ornella Marjatta Pirjo Sirkka "
          "Raili Ragnheidur Solveig Ildiko Erzsebet Mafalda Leonor Rosalina Divina").split()
MALE = ("Aitor Unai Gorka Xabier Joseba Eero Aarne Kalevi Oskari Tapio Einar Snorri Hallgrimur Bence "
        "Levente Zoltan Csaba Tibor Gergely Joao Tiago Duarte Nuno Rogelio Minho Giorgi Zurab Davit "
        "Tigran Vahe Hovhannes Emre Murat Kerem Serkan Spyros Panagiotis Stelios Yiannis Salvatore "
        "Gennaro Calogero Jukka Pekka Ilkka Arnar Sandor Lajos Vasco Rodrigo Jomar Arnel Teodoro "
        "Seokjin Taeyang Irakli Tornike Armen Gevorg Onur Baris Volkan Thanos Nikos").split()
SURNAMES = ("Etxeberria Goikoetxea Arrizabalaga Zubizarreta Urrutia Laaksonen Heikkinen Koskinen Jarvinen "
            "Halvorsen Sigurdsson Gunnarsdottir Jonsdottir Fekete Horvath Szabo Takacs Carvalho Magalhaes "
            "Figueiredo Dacanay Manalo Bautista Beridze Kapanadze Gelashvili Abashidze Hakobyan Sargsyan "
            "Petrosyan Yilmaz Ozturk Demirci Aydin Papadakis Karagiannis Stavropoulos Mifsud Camilleri "
            "Farrugia Zammit Lehtonen Nieminen Salminen Ragnarsson Olafsdottir Kovacs Molnar Nemeth "
            "Tavares Quintela Esguerra Macaraeg Dimaculangan Tsiklauri Lomidze Grigoryan Avetisyan "
            "Celik Arslan Georgiou Antonopoulos Grech Attard McQuarrie McAulay McFadyen O'Shaughnessy "
            "O'Donoghue").split()
STREETS = ("Auchtermair Balnacrae Drumlethie Kinnochtry Ardmoline Corrieloch Stravithie Inchcorsie "
           "Tullochmore Lethnot Pitkerro Ballindean Carnbee Kilduncan Ardtornish Glenluiart Drumfinnan "
           "Cairnlea Kilbrochan Strathmashie Rossdhu Achnacloich Dalmunzie Torrisdale Invermay "
           "Carsegowrie Auchinleckie Benlawers Glendevon Craigrothie Tullichewan Kirkbuddo Lundie").split()
STREET_KINDS = ("Road", "Street", "Avenue", "Crescent", "Gardens", "Terrace", "Drive", "Place", "Loan",
                "Wynd", "Brae", "Court", "Row", "Lane", "Square")
TOWNS = {
    "Aboyne": "AB34", "Fraserburgh": "AB43", "Kirkcudbright": "DG6", "Kilsyth": "G65", "Balloch": "G83",
    "Insch": "AB52", "Ballater": "AB35", "Kintore": "AB51", "Portsoy": "AB45", "Lossiemouth": "IV31",
    "Lairg": "IV27", "Beauly": "IV4", "Mallaig": "PH41", "Tarbert": "PA29", "Comrie": "PH6",
    "Dunkeld": "PH8", "Alyth": "PH11", "Edzell": "DD9", "Newburgh": "KY14", "Crail": "KY10",
    "Pittenweem": "KY10", "Markinch": "KY7", "Aberdour": "KY3", "Gullane": "EH31", "Lauder": "TD2",
    "Coldstream": "TD12", "Melrose": "TD6", "Innerleithen": "EH44", "Lesmahagow": "ML11",
    "Dalmellington": "KA6", "Wigtown": "DG8", "Ecclefechan": "DG11", "Doune": "FK16",
    "Bonnybridge": "FK4", "Kirkliston": "EH29",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Thornlea Juniperbank Broomlea Cloverbank Primrosebank Gorsebrae "
                                          "Hawthornbank Auchenbrae".split(),
                                          ("Care Home", "House", "Nursing Home", "Grange", "Care Home",
                                           "Residential Home", "Court", "Care Centre"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Ardbeggan Dunvornie Glenshirra Kilmahew Balgeddie Glentanar Dunecht "
                                       "Torphins Kemnay".split(),
                                       ("Primary School", "Academy", "Primary School", "Nursery", "High School",
                                        "Primary School", "Early Years Centre", "Academy", "Primary School"))]
GENERIC = set(STREET_KINDS) | {"Care", "Home", "House", "Nursing", "Grange", "Residential", "Court", "Centre",
                               "Primary", "School", "Academy", "Nursery", "High", "Early", "Years"}

# Real public bodies (keep gold).  Town words of these names are never in TOWNS above, and no council
# or committee here is named after a town that ../shared/corpus mentions.
AREAS = [
    dict(council="East Dunbartonshire Council", board="NHS Greater Glasgow and Clyde",
         cpc="East Dunbartonshire Child Protection Committee", apc="East Dunbartonshire Adult Protection Committee",
         dom="eastdunbarton.gov.uk", hosp="Stobhill Hospital"),
    dict(council="Scottish Borders Council", board="NHS Borders", cpc="Scottish Borders Child Protection Committee",
         apc="Scottish Borders Adult Protection Committee", dom="scotborders.gov.uk", hosp="Borders General Hospital"),
    dict(council="Dumfries and Galloway Council", board="NHS Dumfries and Galloway",
         cpc="Dumfries and Galloway Public Protection Committee", apc="Dumfries and Galloway Public Protection Committee",
         dom="dumgal.gov.uk", hosp="Dumfries and Galloway Royal Infirmary", ppc=True),
    dict(council="The Highland Council", board="NHS Highland", cpc="Highland Child Protection Committee",
         apc="Highland Adult Protection Committee", dom="highland.gov.uk", hosp="Raigmore Hospital"),
    dict(council="Argyll and Bute Council", board="NHS Highland", cpc="Argyll and Bute Child Protection Committee",
         apc="Argyll and Bute Adult Protection Committee", dom="argyll-bute.gov.uk", hosp="Lorn and Islands Hospital"),
    dict(council="Stirling Council", board="NHS Forth Valley", cpc="Clackmannanshire and Stirling Child Protection Committee",
         apc="Clackmannanshire and Stirling Adult Protection Committee", dom="stirling.gov.uk",
         hosp="Forth Valley Royal Hospital"),
    dict(council="Inverclyde Council", board="NHS Greater Glasgow and Clyde",
         cpc="Inverclyde Child Protection Committee", apc="Inverclyde Adult Protection Committee",
         dom="inverclyde.gov.uk", hosp="Inverclyde Royal Hospital"),
    dict(council="Perth and Kinross Council", board="NHS Tayside", cpc="Perth and Kinross Child Protection Committee",
         apc="Perth and Kinross Adult Protection Committee", dom="pkc.gov.uk", hosp="Perth Royal Infirmary"),
    dict(council="Orkney Islands Council", board="NHS Orkney", cpc="Orkney Public Protection Committee",
         apc="Orkney Public Protection Committee", dom="orkney.gov.uk", hosp="The Balfour", ppc=True),
    dict(council="Comhairle nan Eilean Siar", board="NHS Western Isles", cpc="Western Isles Child Protection Committee",
         apc="Western Isles Adult Protection Committee", dom="cne-siar.gov.uk", hosp="Western Isles Hospital"),
    dict(council="South Ayrshire Council", board="NHS Ayrshire and Arran",
         cpc="South Ayrshire Child Protection Committee", apc="South Ayrshire Adult Protection Committee",
         dom="south-ayrshire.gov.uk", hosp="University Hospital Ayr"),
    dict(council="Aberdeenshire Council", board="NHS Grampian", cpc="Aberdeenshire Child Protection Committee",
         apc="Aberdeenshire Adult Protection Committee", dom="aberdeenshire.gov.uk", hosp="Aberdeen Royal Infirmary"),
]
NATIONAL = ["Police Scotland", "Care Inspectorate", "Scottish Children's Reporter Administration",
            "Scottish Ambulance Service", "Crown Office and Procurator Fiscal Service", "Social Security Scotland",
            "Mental Welfare Commission for Scotland", "Scottish Fire and Rescue Service", "Public Health Scotland",
            "Department for Work and Pensions", "Scottish Prison Service", "Healthcare Improvement Scotland"]

# ---------------------------------------------------------------- dates: this set's wordings and their reader

MONTHS = B5.MONTHS
STYLES = ("long", "ord", "ofmonth", "wcomma", "dashnum", "ymdslash", "mondot", "longcomma", "upper",
          "dotshort", "slashnp", "slash", "iso", "usnocomma", "slash2")
NEW_STYLES = ("ofmonth", "wcomma", "dashnum", "ymdslash", "mondot", "longcomma", "dotshort", "usnocomma")


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    return {
        "long": f"{d.day} {m} {d.year}",
        "ord": f"{o} {m} {d.year}",
        "ofmonth": f"{o} of {m} {d.year}",
        "wcomma": f"{d:%A}, {o} {m} {d.year}",
        "dashnum": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "ymdslash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "mondot": f"{d.day} {m[:3]}{'.' if len(m) > 3 else ''} {d.year}",
        "longcomma": f"{d.day} {m}, {d.year}",
        "upper": f"{d.day:02d} {m[:3].upper()} {d.year}",
        "dotshort": f"{d.day}.{d.month}.{d.year % 100:02d}",
        "slashnp": f"{d.day}/{d.month}/{d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(),
        "usnocomma": f"{m} {d.day} {d.year}",
        "slash2": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    }[style]


_MON = (r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:"
    r"(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:day\s+)?of)?[\s-]+" + _MON.format(g="m1")
    + r"\.?,?[\s-]+(?P<y1>\d{4}|\d{2})"
    r"|" + _MON.format(g="m2") + r"\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))"
    r"|(?P<y4>\d{4})[-/](?P<mo4>\d{2})[-/](?P<d4>\d{2})"
    r"|(?P<d3>\d{1,2})[./-](?P<mo3>\d{1,2})[./-](?P<y3>\d{4}|\d{2})"
    r")(?![\w/])", re.I)


def read_dates(text: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """Every date this module writes, read back from text: (date, (start, end)) in order."""
    out = []
    for m in _DATE_RE.finditer(text):
        g = m.groupdict()
        if g["d1"]:
            d, mo, y = int(g["d1"]), B5._month(g["m1"]), g["y1"]
        elif g["d2"]:
            d, mo, y = int(g["d2"]), B5._month(g["m2"]), g["y2"]
        elif g["d4"]:
            d, mo, y = int(g["d4"]), int(g["mo4"]), g["y4"]
        else:
            d, mo, y = int(g["d3"]), int(g["mo3"]), g["y3"]
        year = int(y) + (2000 if len(y) == 2 and int(y) <= 30 else 1900 if len(y) == 2 else 0)
        try:
            out.append((dt.date(year, mo, d), m.span()))
        except ValueError:
            continue
    return out


# ---------------------------------------------------------------- identifiers (fictional, check digits computed)

def _mod11(digits: str) -> int | None:
    """The NHS/CHI check digit of nine digits (weights 10..2), None where none exists (remainder 1)."""
    c = 11 - sum(int(x) * w for x, w in zip(digits, range(10, 1, -1))) % 11
    return 0 if c == 11 else None if c == 10 else c


def chi(rng: random.Random, dob: dt.date, female: bool, valid: bool = True) -> str:
    """A CHI number: DDMMYY, two digits, a sex digit (even female), a check digit (wrong if not valid)."""
    while True:
        sex = rng.choice("02468" if female else "13579")
        nine = f"{dob:%d%m%y}{rng.randrange(100):02d}{sex}"
        c = _mod11(nine)
        if c is not None:
            break
    return nine + str(c if valid else (c + rng.randrange(1, 10)) % 10)


def nhs(rng: random.Random, valid: bool = True, spaced: bool = True) -> str:
    """An NHS number starting 9 (a range not issued to living patients), check digit wrong if not valid."""
    while True:
        nine = "9" + "".join(str(rng.randrange(10)) for _ in range(8))
        c = _mod11(nine)
        if c is not None:
            break
    s = nine + str(c if valid else (c + rng.randrange(1, 10)) % 10)
    return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def ni(rng: random.Random, style: int = 0) -> str:
    """A National Insurance number of a valid shape; style 1 spaced pairs, 2 lower case."""
    p = rng.choice(("JT", "KR", "MW", "PC", "SH", "WL", "YE", "AR", "EJ", "HP"))
    n = "".join(str(rng.randrange(10)) for _ in range(6))
    s = rng.choice("ABCD")
    if style == 1:
        return f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}"
    out = p + n + s
    return out.lower() if style == 2 else out


def phone(rng: random.Random, mobile: bool | None = None) -> str:
    """Ofcom's numbers for drama (never connected): 07700 900xxx, 0131 496 0xxx, 0141 496 0xxx, 01632 960xxx."""
    if mobile is None:
        mobile = rng.random() < 0.5
    if mobile:
        return f"07700 900{rng.randrange(1000):03d}"
    return rng.choice((f"0131 496 0{rng.randrange(1000):03d}", f"0141 496 0{rng.randrange(1000):03d}",
                       f"01632 960{rng.randrange(1000):03d}"))


# ---------------------------------------------------------------- people, places, documents

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()} | {"NI", "DG"}
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "sfcaps": (lambda p: f"{p.surname.upper()} {p.forename}", "full"),
    "titlefull": (lambda p: f"{p.title} {p.forename} {p.surname}", "full"),
    "initnodot": (lambda p: f"{p.forename[0]} {p.surname}", "init"),
    "dotinitials": (lambda p: f"{p.forename[0]}.{p.surname[0]}.", "initials"),
}


class Doc7(B5.Doc):
    """Set 5's document with this set's date wordings and person forms.

    Later sets' documents subclass it and set only ``FORMS`` (their forms added to these) and
    ``fmt`` (their date wordings), so the writing methods exist once."""
    FORMS = FORMS
    fmt = staticmethod(fmt)

    def nm(self, p: Person, kind: str = "full") -> "Doc7":
        if kind not in self.FORMS:
            return super().nm(p, kind)
        if p not in self.people:
            self.people.append(p)
        write, part = self.FORMS[kind]
        return self.pii("person", write(p), part)

    def dob(self, d: dt.date, style: str) -> "Doc7":
        return self.pii("dob", self.fmt(d, style))

    def date(self, d: dt.date, style: str) -> "Doc7":
        return self.t(self.fmt(d, style))

    def ratified(self, d: dt.date, style: str) -> "Doc7":
        s = self.fmt(d, style)
        if self.rat is not None and self.rat != d:
            raise ValueError("two ratification dates in one document")
        self.rat, self.rat_span = d, (self._len, self._len + len(s))
        return self.t(s)


class Place:
    """An address: a street of ``streets`` (one of ``kinds``), a town of ``towns`` and a postcode
    of the town's district; later sets pass their own pools (their ``Ctx.place``)."""

    def __init__(self, rng: random.Random, used: set[str], streets: Sequence[str] = STREETS,
                 towns: Mapping[str, str] = TOWNS, kinds: Sequence[str] = STREET_KINDS):
        stem = rng.choice([s for s in streets if s not in used])
        town = rng.choice([t for t in towns if t not in used])
        used.update((stem, town))
        r = rng.random()
        pre = (f"Flat {rng.randrange(1, 9)}, " if r < 0.15
               else f"{rng.randrange(1, 4)}/{rng.randrange(1, 3)} " if r < 0.25 else "")
        self.street = f"{pre}{rng.randrange(1, 180)} {stem} {rng.choice(kinds)}"
        self.town = town
        L = "ABDEFGHJLNPQRSTUWXYZ"
        self.postcode = f"{towns[town]} {rng.randrange(1, 10)}{rng.choice(L)}{rng.choice(L)}"


class Ctx:
    """One document: its area, people drawn without repeats, places and a timeline to the COG.

    The pools, the document class and the initials to avoid are class attributes: a later set's
    context sets its own and inherits the methods that read them."""
    FEMALE, MALE, SURNAMES = FEMALE, MALE, SURNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    document = Doc7
    bad_initials = staticmethod(bad_initials)

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.d = self.document(rng)
        self.a = rng.choice(AREAS)
        self.used: set[str] = set()
        self.inits: set[str] = set(self.bad_initials())
        start = B5.rand_date(rng, dt.date(2025, 3, 3), dt.date(2025, 11, 28))
        self.incident = start - dt.timedelta(days=rng.randrange(2, 25))
        self.referral = start
        self.decision = start + dt.timedelta(days=rng.randrange(10, 40))
        self.commenced = self.decision + dt.timedelta(days=rng.randrange(5, 30))
        self.cpc = B5.weekday(self.commenced + dt.timedelta(days=rng.randrange(80, 160)))
        self.sent = B5.weekday(self.cpc + dt.timedelta(days=rng.randrange(3, 12)))
        self.cog = B5.weekday(self.sent + dt.timedelta(days=rng.randrange(7, 30)))
        self.next_cog = B5.weekday(self.cog + dt.timedelta(days=rng.randrange(40, 90)))

    def st(self, *styles: str) -> str:
        return self.rng.choice(styles or STYLES)

    def person(self, female: bool | None = None, surname: str | None = None, title: str | None = None,
               double: bool = False) -> Person:
        """A person whose forename and surname are new to the document (``double``: a hyphenated forename)."""
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        pool = self.FEMALE if female else self.MALE
        while True:
            f = rng.choice([x for x in pool if x not in self.used])
            s = surname or rng.choice([x for x in self.SURNAMES if x not in self.used])
            if (f[0] + s[0]).upper() not in self.inits or surname:
                break
        self.used.update((f, s))
        self.inits.add((f[0] + s[0]).upper())
        if double:
            f2 = rng.choice([x for x in pool if x not in self.used])
            self.used.add(f2)
            f = f"{f}-{f2}"
        if surname is None and rng.random() < 0.12:
            s2 = rng.choice([x for x in self.SURNAMES if x not in self.used and "'" not in x])
            self.used.add(s2)
            s = f"{s}-{s2}"
        if title is None:
            title = rng.choice(("Ms", "Mrs", "Miss")) if female else "Mr"
        return Person(f, s, female, title)

    def pro(self, female: bool | None = None) -> Person:
        """A professional: sometimes a doctor."""
        p = self.person(female)
        if self.rng.random() < 0.2:
            p = Person(p.forename, p.surname, p.female, "Dr")
        return p

    def place(self) -> Place:
        return Place(self.rng, self.used, self.STREETS, self.TOWNS, self.STREET_KINDS)

    def addr(self, pl: Place, sep: str = ", ", lower: bool = False, upper: bool = False) -> Doc7:
        """Street and town as one address span, then the postcode as its own span."""
        a, pc = f"{pl.street}{sep}{pl.town}", pl.postcode
        if lower:
            a, pc = a.lower(), pc.lower()
        if upper:
            a = a.upper()
        return self.d.pii("address", a).t(" ").pii("postcode", pc)

    def mail(self, p: Person, style: int = 0, dom: str | None = None) -> str:
        dom = dom or self.a["dom"]
        f, s = p.forename.lower(), p.surname.lower().replace("'", "")
        return (f"{f}.{s}@{dom}", f"{f[0]}{s}@{dom}", f"{f}.{s}@nhs.scot")[style]

    def tel(self, mobile: bool | None = None) -> str:
        return phone(self.rng, mobile)

    def dob_child(self) -> dt.date:
        return B5.rand_date(self.rng, dt.date(2008, 6, 1), dt.date(2023, 12, 31))

    def dob_adult(self) -> dt.date:
        return B5.rand_date(self.rng, dt.date(1938, 1, 1), dt.date(2003, 12, 31))

    def dob_young(self, lo: int = 2012, hi: int = 2020) -> dt.date:
        return B5.rand_date(self.rng, dt.date(lo, 1, 1), dt.date(hi, 12, 31))

    def dob_parent(self) -> dt.date:
        return B5.rand_date(self.rng, dt.date(1978, 1, 1), dt.date(2002, 12, 31))

    def dob_older(self) -> dt.date:
        return B5.rand_date(self.rng, dt.date(1935, 1, 1), dt.date(1962, 12, 31))

    def committee(self, subject: str) -> str:
        return self.a["cpc" if subject == "child" else "apc"]

    def school(self) -> str:
        return self.rng.choice(self.SCHOOLS)

    def home(self) -> str:
        return self.rng.choice(self.CARE_HOMES)


def age(dob: dt.date, on: dt.date) -> int:
    return B5.age_on(dob, on)


DAY = dt.timedelta(days=1)
ROLES_HEALTH = ("Health Visitor", "Charge Nurse", "Community Psychiatric Nurse", "School Nurse", "Consultant Paediatrician")
ROLES_SOCIAL = ("Social Worker", "Senior Social Worker", "Team Manager", "Council Officer", "Mental Health Officer")


def _sign(c: Ctx, p: Person, role: str, org: str, kind: str = "full", tel: bool = True, mail: bool = False):
    """A signature: name, role, organisation, and sometimes a phone and an e-mail."""
    D = c.d
    D.nm(p, kind).t("\n").k(role).t("\n").k(org).t("\n")
    if tel:
        D.t("Tel: ").pii("phone", c.tel()).t("\n")
    if mail:
        D.t("E-mail: ").pii("email", c.mail(p)).t("\n")


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)

def L_checkbox_outcome(c: Ctx):
    """An adult outcome notification as a form with tick boxes and dotted leaders."""
    D, adult, lead = c.d, c.person(), c.pro()
    dob, pl = c.dob_adult(), c.place()
    D.t("LEARNING REVIEW OUTCOME NOTIFICATION (ADULTS)\nCommittee: ").k(c.committee("adult")).t("\n\n")
    D.t("Section 1  The adult\n  Full name ............ ").nm(adult).t("\n  D.O.B ................ ")
    D.dob(dob, c.st("dotshort", "slashnp", "ofmonth")).t("\n  Home address ......... ")
    c.addr(pl)
    D.t("\n  CHI number ........... ").pii("chi", chi(c.rng, dob, adult.female)).t("\n\n")
    D.t("Section 2  Outcome\n  [x] Learning Review completed\n  [ ] Learning Review not completed\n")
    D.t("  Ratified by Chief Officers Group   [x] Yes   [ ] No\n  If yes, date: ").ratified(c.cog, c.st(*NEW_STYLES))
    D.t("\n  Report sent to the ").k("Care Inspectorate").t(" on: ").date(c.cog + 3 * DAY, c.st()).t("\n\n")
    D.t("Section 3  Key learning\n  Discharge planning between ").k(c.a["hosp"]).t(" and social work in ").k(c.a["council"])
    D.t(" did not include the adult's own views.\n\nSection 4  Completed by\n  ")
    D.nm(lead, "titlefull").t(", ").k("Lead Officer").t(", Adult Protection\n  ").pii("phone", c.tel(False))
    D.t(" / ").pii("email", c.mail(lead)).t("\n")
    return "LR-OUTCOME", "adult"


def L_qa_numbered(c: Ctx):
    """A child learning review written as numbered questions and answers."""
    D, child, mum, hv = c.d, c.person(), c.person(True), c.pro(True)
    dob, sch = c.dob_child(), c.school()
    D.t("Learning Review Report\n").k(c.committee("child")).t("\n\n")
    D.t("Q1. Which agencies contributed?\nA1. ").k(c.a["council"]).t(", ").k(c.a["board"]).t(" and ")
    D.k("Police Scotland").t(".\n\nQ2. Who is the child, and when were they born?\nA2. ").nm(child).t(", born ")
    D.dob(dob, c.st("ofmonth", "long", "mondot")).t(", who attended ").q("school", sch).t(".\n\n")
    D.t("Q3. Who cared for the child?\nA3. Their mother, ").nm(mum, "titlefull").t(". ").nm(mum, "title")
    D.t(" told the ").k("Health Visitor").t(" (").nm(hv, "init").t(") that she was struggling.\n\n")
    D.t("Q4. What happened?\nA4. On ").date(c.incident, c.st()).t(" ").nm(child, "forename")
    D.t(" was taken to ").k(c.a["hosp"]).t(" with an unexplained injury.\n\n")
    D.t("Q5. When was the review commissioned?\nA5. ").date(c.decision, c.st()).t(".\n\n")
    D.t("Q6. When did the Chief Officers Group consider the report?\n")
    D.t("A6. The report was ratified by the COG at its meeting on ")
    D.ratified(c.cog, c.st(*NEW_STYLES)).t(".\n")
    return "LR", "child"


def L_stacked_card(c: Ctx):
    """An ICR front sheet exported from a card layout: each label ends in a colon, its value indented below."""
    D, child, dad, sw = c.d, c.person(), c.person(False), c.pro()
    dob, pl = c.dob_child(), c.place()
    D.t("INITIAL CASE REVIEW\n\n")
    rows = [("Committee", lambda: D.k(c.committee("child"))),
            ("Child", lambda: D.nm(child, "full")),
            ("Child's D.O.B.", lambda: D.dob(dob, c.st("dotshort", "dashnum", "slash2"))),
            ("Address at time of referral", lambda: c.addr(pl)),
            ("Father", lambda: D.nm(dad, "titleinit")),
            ("Allocated worker", lambda: D.nm(sw, "full").t(", ").k("Social Worker")),
            ("Date of referral", lambda: D.date(c.referral, c.st())),
            ("Date ICR convened", lambda: D.date(c.commenced, c.st())),
            ("Date endorsed by COG", lambda: D.ratified(c.cog, c.st(*NEW_STYLES)))]
    for label, val in rows:
        D.t(f"{label}:\n      ")
        val()
        D.t("\n\n")
    D.t("Summary\n").nm(child, "forename").t(" was known to ").k(c.a["council"]).t(" children's services since ")
    D.date(c.incident - 400 * DAY, c.st()).t(". ").nm(dad, "title").t(" did not engage.\n")
    return "ICR", "child"


def L_decision_letter_adult(c: Ctx):
    """A decision notification as a letter: not to proceed, with reasons (no COG ratification)."""
    D, adult, conv = c.d, c.person(), c.pro()
    dob = c.dob_adult()
    D.t("Strategic Inspector\n").k("Care Inspectorate").t("\n\n").date(c.decision + 2 * DAY, c.st("long", "wcomma"))
    D.t("\n\nDear Strategic Inspector\n\nLearning Review decision notification\n\n")
    D.t("I write on behalf of the ").k(c.committee("adult")).t(" to notify you of its decision, made on ")
    D.date(c.decision, c.st()).t(", not to proceed to a Learning Review in respect of ").nm(adult, "titlefull")
    D.t(" (date of birth ").dob(dob, c.st("slashnp", "longcomma", "ofmonth")).t(").\n\nReasons:\n")
    D.t("  (a) the criteria for a Learning Review are not met;\n  (b) a single-agency review by ")
    D.k(c.a["board"]).t(" is under way;\n  (c) the learning will be taken forward through the committee's improvement plan.\n\n")
    D.t("Yours faithfully\n\n\n").nm(conv).t("\nConvener, ").k(c.committee("adult")).t("\nTel: ").pii("phone", c.tel())
    D.t("\n")
    return "LR-DECISION", "adult"


def L_emdash_outcome(c: Ctx):
    """A child outcome notification in 'Field — value' lines, the child by initials only."""
    D, child, rev = c.d, c.person(), c.pro()
    dob = c.dob_child()
    D.t("Outcome of Learning Review — notification to the ").k("Care Inspectorate").t("\n\n")
    D.t("Committee — ").k(c.committee("child")).t("\nChild — ").k("Child A").t(" (initials ").nm(child, "initials")
    D.t(")\nDate of birth — ").dob(dob, c.st("mondot", "upper", "slash")).t("\nAge at incident — ")
    D.t(str(age(dob, c.incident))).t("\nLead reviewer — ").nm(rev, "titleinit").t("\nDate review commenced — ")
    D.date(c.commenced, c.st()).t("\nDate considered by CPC — ").date(c.cpc, c.st()).t("\nDate of COG ratification — ")
    D.ratified(c.cog, c.st("longcomma", "wcomma", "ofmonth")).t("\nThemes — neglect; information sharing; ")
    D.t("the child's voice\nAgencies — ").k(c.a["council"]).t("; ").k(c.a["board"]).t("; ").k("Police Scotland")
    D.t("; ").k("Scottish Children's Reporter Administration").t("\n")
    return "LR-OUTCOME", "child"


def L_scr_adult_weekday(c: Ctx):
    """An older adult SCR in prose, approved by the Chief Officers Group on a weekday-named date."""
    D, adult, dau, cpn = c.d, c.person(False), c.person(True), c.pro()
    dob, home = c.dob_older(), c.home()
    D.t("Significant Case Review (Adult)\nCommissioned by the ").k(c.committee("adult"))
    D.t(" under the 2019 interim framework\n\n1. Introduction\n")
    D.t("This review concerns ").nm(adult, "titlefull").t(", born ").dob(dob, c.st("wcomma", "ord", "long"))
    D.t(", who lived at ").q("care home", home).t(" until his admission to ").k(c.a["hosp"]).t(". ")
    D.nm(adult, "title").t("'s daughter, ").nm(dau).t(", raised concerns with the ").k(ROLES_SOCIAL[3])
    D.t(" from ").date(c.incident - 60 * DAY, c.st()).t(" on several occasions.\n\n2. Findings\nThe ")
    D.k("Community Psychiatric Nurse").t(", ").nm(cpn, "init")
    D.t(", was not told of the move. ").nm(dau, "forename").t(" was not invited to the case conference.\n\n")
    D.t("3. Governance\nThe Chief Officers Group approved the report at its meeting on ").ratified(c.cog, "wcomma")
    D.t(".\n")
    return "SCR", "adult"


def L_icr_gaelic_headings(c: Ctx):
    """A child ICR with bilingual Gaelic and English headings."""
    D, child, gran, dad = c.d, c.person(), c.person(True), c.person(False)
    dob, pl = c.dob_child(), c.place()
    D.t("Ath-sgrùdadh Cùise Tùsail / Initial Case Review\n").k(c.committee("child")).t("\n\n")
    D.t("Ro-ràdh / Introduction\nThe review concerns ").nm(child).t(" (").dob(dob, c.st("slashnp", "dotshort"))
    D.t("), who lived with a grandparent, ").nm(gran, "titlefull").t(", at ")
    c.addr(pl)
    D.t(".\n\nFiosrachadh / Background\n").nm(gran, "title").t(" contacted ").k("Police Scotland").t(" on ")
    D.date(c.incident, c.st()).t(" after ").nm(dad, "full").t(" arrived at the house. ").nm(child, "forename")
    D.t(" was seen the next day by the ").k("School Nurse").t(".\n\nCo-dhùnadh / Conclusion\n")
    D.t("The ICR outcome was ratified by the Chief Officers' Group on ").ratified(c.cog, c.st("ymdslash", "iso", "dashnum"))
    D.t(".\n")
    return "ICR", "child"


def L_cog_minutes_deferred(c: Ctx):
    """Minutes of a Chief Officers Group meeting that deferred the report (OTHER, no ratification)."""
    D = c.d
    chair, m1, m2, clerk = c.pro(), c.pro(), c.pro(), c.person()
    D.t("Chief Officers Group — Minute of meeting held on ").date(c.cog, c.st("wcomma", "long")).t("\n\nPresent:\n")
    D.nm(chair).t(" (Chair), ").k("Chief Executive").t(", ").k(c.a["council"]).t("\n")
    D.nm(m1).t(", ").k("Chief Social Work Officer").t("\n").nm(m2).t(", ").k("Divisional Commander").t(", ")
    D.k("Police Scotland").t("\nIn attendance: ").nm(clerk, "init").t(" (minutes)\n\n")
    D.t("1. Apologies\nNone.\n\n2. Minute of previous meeting\nAccepted as accurate.\n\n")
    D.t("3. Learning Review report from the ").k(c.committee(c.rng.choice(("child", "adult"))))
    D.t("\nThe Group discussed the report. Members asked for the action plan to be costed, and the item was ")
    D.t("deferred to the next meeting on ").date(c.next_cog, c.st()).t(".\n\n4. AOCB\nNone.\n")
    return "OTHER", None


def L_trap_returned(c: Ctx):
    """A child learning review sent back by the COG for amendment: no ratification yet."""
    D, child, sib, mum = c.d, c.person(), c.person(), c.person(True)
    d1, d2 = c.dob_child(), c.dob_child()
    D.t("Learning Review: final draft\n").k(c.committee("child")).t("\n\nThe children\n")
    D.nm(child).t(" (").dob(d1, c.st("slashnp", "slash")).t(") and ").nm(sib).t(" (").dob(d2, c.st("slashnp", "slash"))
    D.t(") lived with their mother, ").nm(mum, "titleinit").t(".\n\nWhat happened\nOn ").date(c.incident, c.st())
    D.t(" ").nm(sib, "forename").t(" told a teacher that there was no food at home.\n\nStatus\n")
    D.t("The ").k(c.committee("child")).t(" approved this draft on ").date(c.cpc, c.st()).t(". The COG considered it on ")
    D.date(c.cog, c.st()).t(" and returned it to the committee for amendment; it has not yet been ratified.\n")
    return "LR", "child"


def L_trap_cpc_ratified(c: Ctx):
    """A child learning review ratified by the committee, still on its way to the COG."""
    D, child, rev = c.d, c.person(), c.pro()
    dob = c.dob_child()
    D.t("LEARNING REVIEW\n").k(c.committee("child")).t("\n\n")
    D.t("Document control\n  Ratified by the Child Protection Committee: ").date(c.cpc, c.st(*NEW_STYLES))
    D.t("\n  Submitted to the Chief Officers Group for ratification: ").date(c.sent, c.st())
    D.t("\n  Chief Officers Group meeting: ").date(c.next_cog, c.st()).t(" (to come)\n\n")
    D.t("Reviewer: ").nm(rev).t(", ").k("Independent Reviewer").t("\n\nThe child, ").nm(child, "full")
    D.t(", date of birth ").dob(dob, c.st("ofmonth", "dashnum")).t(", was on the child protection register from ")
    D.date(c.incident - 200 * DAY, c.st()).t(".\n")
    return "LR", "child"


def L_trap_draft_adult(c: Ctx):
    """A draft adult SCR for a coming COG meeting, marked as awaiting ratification."""
    D, adult, son = c.d, c.person(True), c.person(False)
    dob, pl = c.dob_older(), c.place()
    D.t("DRAFT v0.4 — NOT FOR CIRCULATION\nSignificant Case Review (adult at risk)\n").k(c.committee("adult")).t("\n")
    D.t("Status: awaiting ratification\nTo be presented to the Chief Officers Group on ").date(c.next_cog, c.st())
    D.t("\n\n").nm(adult, "titlefull").t(", ").t(str(age(dob, c.incident))).t(", of ")
    c.addr(pl, lower=c.rng.random() < 0.5)
    D.t(", was found by her son ").nm(son, "full").t(" on ").date(c.incident, c.st()).t(". Her date of birth was ")
    D.dob(dob, c.st("long", "upper")).t(". The ").k("Council Officer").t(" had visited twice.\n")
    return "SCR", "adult"


def L_trap_interim_adult(c: Ctx):
    """An interim adult ICR whose findings the COG only noted."""
    D, adult, co = c.d, c.person(), c.pro()
    dob = c.dob_adult()
    D.t("Initial Case Review — interim report (adult)\n").k(c.committee("adult")).t("\n\nSubject: ")
    D.nm(adult, "sfcaps").t(", born ").dob(dob, c.st("dotshort", "slashnp")).t("\nNHS number: ")
    D.pii("nhs", nhs(c.rng)).t("\n\nThe ").k("Council Officer").t(", ").nm(co, "titleinit").t(", made enquiries under ")
    D.t("the Adult Support and Protection (Scotland) Act 2007 from ").date(c.referral, c.st()).t(".\n\n")
    D.t("The COG noted these interim findings on ").date(c.cog, c.st()).t(". A final report will be brought to a ")
    D.t("later meeting for ratification.\n")
    return "ICR", "adult"


def L_household_bullets(c: Ctx):
    """A child ICR whose household is a bulleted list with d.o.b. and 'born' in brackets."""
    D, mum, partner, c1 = c.d, c.person(True), c.person(False), c.person()
    c2 = c.person(surname=c1.surname)
    dm, dp, d1, d2 = c.dob_parent(), c.dob_parent(), c.dob_child(), c.dob_child()
    D.t("Initial Case Review\n").k(c.committee("child")).t("\n\nHousehold\n")
    D.t(" • Mother – ").nm(mum).t(" (d.o.b. ").dob(dm, c.st("slashnp", "dotshort")).t(")\n")
    D.t(" • Mother's partner – ").nm(partner).t(" (d.o.b. ").dob(dp, c.st("slashnp", "dotshort")).t(")\n")
    D.t(" • Child – ").nm(c1, "forename").t(" (born ").dob(d1, c.st("dotshort", "mondot")).t(")\n")
    D.t(" • Child – ").nm(c2, "forename").t(" (born ").dob(d2, c.st("dotshort", "mondot")).t(")\n\n")
    D.t("Surname of both children: ").nm(c1, "surname").t(".\n\nICR outcome\nThe findings were endorsed by the COG on ")
    D.ratified(c.cog, c.st(*NEW_STYLES)).t(".\n")
    return "ICR", "child"


def L_school_extract(c: Ctx):
    """An education pupil-record extract sent with a review: not a review (OTHER)."""
    D, pupil, teach, guid = c.d, c.person(), c.pro(True), c.pro()
    dob, sch = c.dob_young(), c.school()
    D.t("Pupil record extract — for the learning review panel\n").k(c.a["council"]).t(" Education Service\n\n")
    D.t("Pupil: ").nm(pupil, "sfcaps").t("\nDOB: ").dob(dob, c.st("slash", "dashnum")).t("\nEstablishment: ")
    D.q("school", sch).t("\nClass teacher: ").nm(teach, "title").t("\nPupil support: ").nm(guid, "initnodot")
    D.t("\n\nAttendance this session: ").t(f"{c.rng.randrange(55, 88)}%").t("\nExclusions: none\n")
    D.t("Wellbeing concerns logged: ").t(str(c.rng.randrange(2, 9))).t(", the last on ").date(c.incident, c.st()).t("\n")
    return "OTHER", None


def L_police_summary(c: Ctx):
    """A police concern summary in capitals (OTHER)."""
    D, subj, off = c.d, c.person(), c.pro()
    dob, pl = c.dob_child(), c.place()
    D.k("Police Scotland").t(" — Concern report summary (iVPD)\n\nSUBJECT: ").nm(subj, "sfcaps").t("\nDOB: ")
    D.dob(dob, "upper").t("\nHOME ADDRESS: ")
    c.addr(pl, upper=True)
    D.t("\nDATE OF CONCERN: ").date(c.incident, "upper").t("\n\nCircumstances: officers attended following a call from a ")
    D.t("neighbour. Child found alone. Referred to ").k(c.a["council"]).t(" and the ")
    D.k("Scottish Children's Reporter Administration").t(".\n\nReporting officer: ").nm(off, "full").t(", Constable\n")
    D.t("Contact: ").pii("phone", c.tel(False)).t("\n")
    return "OTHER", None


def L_health_chronology(c: Ctx):
    """A health board's chronology submission with labelled CHI (a typing slip) and NHS numbers (OTHER)."""
    D, child, gp, hv = c.d, c.person(), c.pro(), c.pro(True)
    dob = c.dob_child()
    gp = Person(gp.forename, gp.surname, gp.female, "Dr")
    D.k(c.a["board"]).t(" — single agency chronology\n\nName: ").nm(child).t("\nCHI: ")
    D.pii("chi", chi(c.rng, dob, child.female, valid=False)).t("\nNHS No: ").pii("nhs", nhs(c.rng, spaced=False))
    D.t("\nDOB: ").dob(dob, c.st("dashnum", "slash")).t("\n\nDate        ¦ Source ¦ Entry\n")
    for i, (who, kind, what) in enumerate(((hv, "full", "home visit, no answer"), (gp, "title", "seen with bruising"),
                                           (hv, "forename", "phoned mother"))):
        D.date(c.incident - (90 - 30 * i) * DAY, "dashnum").t("  ¦ ").k("Health Visitor" if who is hv else "GP")
        D.t(" ¦ ").nm(who, kind).t(": ").t(what).t("\n")
    return "OTHER", None


def L_discharge_lr_adult(c: Ctx):
    """An adult learning review about a hospital discharge, closing with a 'Kind regards' sign-off."""
    D, adult, nurse, rev = c.d, c.person(), c.person(True), c.pro()
    dob, home = c.dob_older(), c.home()
    D.t("Adult Support and Protection Learning Review\n").k(c.committee("adult")).t("\n\n")
    D.nm(adult, "full").t(" (").t(str(age(dob, c.incident))).t("), date of birth ").dob(dob, c.st("mondot", "longcomma"))
    D.t(", was discharged from ").k(c.a["hosp"]).t(" to ").q("care home", home).t(" on ").date(c.incident, c.st())
    D.t(". The ").k("Charge Nurse").t(", ").nm(nurse, "titleinit").t(", recorded that ").nm(adult, "forename")
    D.t(" had not been assessed for capacity.\n\nThe report was agreed by the Chief Officers Group on ")
    D.ratified(c.cog, c.st("mondot", "ofmonth", "usnocomma")).t(" and sent to the ").k("Care Inspectorate").t(".\n\n")
    D.t("Kind regards,\n\n").nm(rev, "full").t("\n").k("Independent Reviewer").t("\n")
    return "LR", "adult"


def L_signature_blocks(c: Ctx):
    """A child SCR ending in dotted signature blocks with printed names."""
    D, mum, s1, s2 = c.d, c.person(True), c.pro(), c.pro()
    D.t("Significant Case Review — ").k("Child B").t("\n").k(c.committee("child")).t("\n\n")
    D.k("Child B").t(" lived with their mother, ").nm(mum, "title").t(". ").nm(mum, "title")
    D.t(" had been known to ").k(c.a["council"]).t(" for three years. Concerns were raised by ")
    D.k("Police Scotland").t(" on ").date(c.incident, c.st()).t(".\n\nThe COG ratified the report on ")
    D.ratified(c.cog, c.st(*NEW_STYLES)).t(".\n\n")
    for p, role in ((s1, "Independent Reviewer"), (s2, "Chair, Child Protection Committee")):
        D.t("Signed ............................\nPrint name: ").nm(p, c.rng.choice(("full", "caps"))).t("\nDesignation: ")
        D.k(role).t("\nDate: ").date(c.cog - 2 * DAY, c.st()).t("\n\n")
    return "SCR", "child"


def L_tracked_comments(c: Ctx):
    """A child learning review extracted with Word comments: a comment's tag is its author's initials and
    its number run together ("[EF1]"), so the gold form is that whole tag."""
    D, child, rev, ed = c.d, c.person(), c.pro(), c.pro()
    dob = c.dob_young(2019, 2022)
    D.t("Learning Review\n").k(c.committee("child")).t("\n\n2. The child\n").nm(child).t(" was born on ")
    D.dob(dob, c.st("ofmonth", "long")).t("[Commented [").pii("person", rev.form("initials") + "1", "initials").t("]: ").nm(rev)
    D.t(": please confirm this date with health]. ").nm(child, "forename").t(" attended nursery.\n\n")
    D.t("7. Governance\nDate of ratification by the Chief Officers Group: ").ratified(c.cog, c.st("dashnum", "ymdslash", "dotshort"))
    D.t("[Commented [").pii("person", ed.form("initials") + "2", "initials").t("]: ").nm(ed, "init").t(": date checked against the COG minute]\n")
    return "LR", "child"


def L_footnoted_adult(c: Ctx):
    """An adult learning review whose sources and ratification sit in numbered notes."""
    D, adult, nurse, sw = c.d, c.person(True), c.pro(), c.pro()
    dob = c.dob_adult()
    D.t("Learning Review (adult)\n").k(c.committee("adult")).t("\n\n").nm(adult, "titlefull").t("[1], aged ")
    D.t(str(age(dob, c.incident))).t(", lived alone. Her self-neglect was known to the ").k("Social Worker").t("[2].\n\n")
    D.t("Notes\n[1] Date of birth ").dob(dob, c.st("ofmonth", "slashnp")).t("; NI number ").pii("ni", ni(c.rng, 1))
    D.t(".\n[2] Interview with ").nm(sw, "full").t(", ").date(c.commenced + 20 * DAY, c.st()).t("; and with ")
    D.nm(nurse, "titleinit").t(", ").k("Charge Nurse").t(".\n[3] This report was ratified by the COG on ")
    D.ratified(c.cog, c.st(*NEW_STYLES)).t(".\n")
    return "LR", "adult"


def L_message_transcript(c: Ctx):
    """A child ICR with an appendix of text messages, speakers by forename."""
    D, child, mum, sw = c.d, c.person(), c.person(True), c.pro()
    dob = c.dob_child()
    D.t("Initial Case Review\n").k(c.committee("child")).t("\nOutcome ratified by the COG on ")
    D.ratified(c.cog, c.st("wcomma", "longcomma")).t("\n\nThe review concerns ").nm(child).t(" (born ")
    D.dob(dob, c.st("dotshort", "slashnp")).t(").\n\nAppendix 2 — text messages, ").date(c.incident, "long")
    D.t("\n[14:02] ").nm(sw, "forename").t(": Can I visit at 4?\n[14:09] ").nm(mum, "forename")
    D.t(": not today hes not well\n[14:11] ").nm(sw, "forename").t(": I need to see ").nm(child, "forename")
    D.t(" today.\n[16:40] ").nm(mum, "full").t(": ok\n")
    return "ICR", "child"


def L_semicolon_family(c: Ctx):
    """A child learning review whose family table was pasted as semicolon-separated lines."""
    D, mum, dad, kid = c.d, c.person(True), c.person(False), c.person()
    dm, dd, dk, pl = c.dob_parent(), c.dob_parent(), c.dob_child(), c.place()
    D.t("Learning Review\n").k(c.committee("child")).t("\n\nFamily composition\nName; Relationship; D.O.B.; Address\n")
    for p, rel, d in ((kid, "subject child", dk), (mum, "mother", dm), (dad, "father", dd)):
        D.nm(p).t(f"; {rel}; ").dob(d, c.st("slashnp", "dashnum", "dotshort")).t("; ")
        if p is dad:
            D.t("not known")
        else:
            c.addr(pl) if p is kid else D.t("as above")
        D.t("\n")
    D.t("\nGovernance\nCOG ratification date; ").ratified(c.cog, c.st("slash2", "dotshort")).t("\n")
    return "LR", "child"


def L_outcome_email_adult(c: Ctx):
    """An adult outcome notification sent as the body of an e-mail, with a signature."""
    D, snd, ci = c.d, c.pro(), c.person()
    D.t("From: ").nm(snd).t(" <").pii("email", c.mail(snd)).t(">\nSent: ").date(c.cog + 2 * DAY, "wcomma").t(" 10:14\n")
    D.t("To: CI Notifications\nSubject: Learning Review outcome notification — ").k(c.committee("adult")).t("\n\n")
    D.t("Good morning,\n\nI can confirm that the Chief Officers Group ratified the outcome of the adult Learning Review on ")
    D.ratified(c.cog, c.st(*NEW_STYLES)).t(". The anonymised report is attached. The adult is referred to as ")
    D.k("Adult C").t(".\n\nPlease acknowledge receipt to me or to ").nm(ci, "initnodot").t(".\n\nMany thanks\n\n")
    D.nm(snd, "full").t(" | ").k("Lead Officer").t(" | ").k(c.committee("adult")).t("\nM: ").pii("phone", c.tel(True)).t("\n")
    return "LR-OUTCOME", "adult"


def L_decision_proceed_table(c: Ctx):
    """A child decision notification as a two-column table: proceed (no ratification)."""
    D, chair, child = c.d, c.pro(), c.person()
    dob = c.dob_child()
    D.t("| Learning Review — decision notification | |\n|---|---|\n| Committee | ").k(c.committee("child")).t(" |\n")
    D.t("| Child | ").nm(child, "initials").t(", aged ").t(str(age(dob, c.incident))).t(" |\n| Date of birth | ")
    D.dob(dob, c.st("slash", "iso")).t(" |\n| Date of notification to CPC | ").date(c.referral, c.st()).t(" |\n")
    D.t("| Decision | Proceed to a Learning Review |\n| Date of decision | ").date(c.decision, c.st(*NEW_STYLES)).t(" |\n")
    D.t("| Decision made by | CPC Chair (").nm(chair).t(") |\n| Reasons | the child died and abuse or neglect is suspected |\n")
    D.t("| Next step | report to the Chief Officers Group when the review is complete |\n")
    return "LR-DECISION", "child"


def L_action_tracker(c: Ctx):
    """An improvement action tracker with owners and RAG status (OTHER)."""
    D = c.d
    owners = [c.pro() for _ in range(3)]
    D.t("Improvement action tracker — ").k(c.committee(c.rng.choice(("child", "adult")))).t("\n\n")
    D.t("Ref | Action | Owner | Due | RAG\n")
    acts = ("Refresh chronology guidance", "Audit of case conference minutes", "Joint training on neglect")
    for i, (p, a) in enumerate(zip(owners, acts)):
        D.t(f"A{i + 1} | {a} | ").nm(p, "full" if i != 1 else "titleinit").t(" (").nm(p, "initials").t(") | ")
        D.date(c.cog + (60 + 30 * i) * DAY, c.st("slash", "mondot")).t(" | ").t(("Green", "Amber", "Red")[i]).t("\n")
    D.t("\nProgress is reported to the Chief Officers Group each quarter.\n")
    return "OTHER", None


def L_terms_of_reference(c: Ctx):
    """Terms of reference for a review, approved by the committee alone (OTHER)."""
    D, rev, m1, m2 = c.d, c.pro(), c.pro(), c.pro()
    subj = c.rng.choice(("child", "adult"))
    D.t("Terms of Reference — Learning Review\n").k(c.committee(subj)).t("\n\nApproved by the committee on ")
    D.date(c.commenced, c.st()).t("\n\n1. Scope: the period from ").date(c.incident - 365 * DAY, c.st()).t(" to ")
    D.date(c.incident, c.st()).t(".\n2. Lead reviewer: ").nm(rev).t("\n3. Review team: ").nm(m1, "init").t(" (")
    D.k(c.a["board"]).t("), ").nm(m2, "init").t(" (").k("Police Scotland").t(")\n4. Reporting: the report will go ")
    D.t("to the committee and then to the Chief Officers Group.\n")
    return "OTHER", None


def L_learning_bulletin(c: Ctx):
    """A practitioners' learning bulletin after a review: not a review report (OTHER)."""
    D, auth = c.d, c.pro()
    D.t("Practitioner learning bulletin\n").k(c.committee("child")).t("\n\nWhat we learned\n")
    D.t("• Hear the child: ask them directly, and record their words.\n• Share early: a worry shared with the ")
    D.k("Named Person").t(" is a worry halved.\n• Think family: adults' needs shape children's lives.\n\n")
    D.t("Questions for your team\n1. How do you record a child's views?\n2. Who is your ").k("Lead Professional")
    D.t("?\n\nContact: ").nm(auth, "full").t(", Learning and Development Officer, ").pii("email", c.mail(auth, 1))
    D.t("\n")
    return "OTHER", None


def L_ids_inline_adult(c: Ctx):
    """An adult ICR with identifiers written into the prose (labels in odd case, a typing slip)."""
    D, adult, mho = c.d, c.person(True), c.pro()
    dob = c.dob_adult()
    D.t("Initial Case Review (Adult Support and Protection)\n").k(c.committee("adult")).t("\n\n")
    D.nm(adult, "titlefull").t(" (her CHI ").pii("chi", chi(c.rng, dob, True)).t(", NHS no. ")
    D.pii("nhs", nhs(c.rng, valid=False)).t(", ni no: ").pii("ni", ni(c.rng, 2)).t(") was born on ")
    D.dob(dob, c.st("long", "ofmonth")).t(". The ").k("Mental Health Officer").t(", ").nm(mho, "init")
    D.t(", visited on ").date(c.incident, c.st()).t(".\n\nThe ICR report was approved by the COG on ")
    D.ratified(c.cog, c.st("iso", "ymdslash")).t(".\n")
    return "ICR", "adult"


def L_address_history(c: Ctx):
    """An adult learning review with an address history table typed in lower case."""
    D, adult = c.d, c.person(False)
    dob = c.dob_adult()
    D.t("Learning Review (adult at risk)\n").k(c.committee("adult")).t("\n\nThe adult: ").nm(adult)
    D.t(", d.o.b. ").dob(dob, c.st("dotshort", "slashnp")).t("\n\nAddress history\nFrom | To | Address\n")
    y = c.incident.year - 4
    for i in range(3):
        D.t(f"{y + i} | {y + i + 1} | ")
        c.addr(c.place(), lower=True)
        D.t("\n")
    D.t("\nMoves were not shared between housing and the ").k("Social Worker").t(".\n\n")
    D.t("The COG agreed the report on ").ratified(c.cog, c.st(*NEW_STYLES)).t(".\n")
    return "LR", "adult"


def L_persons_index(c: Ctx):
    """A child SCR opening with an index of persons, surnames in capitals first."""
    D, mum, dad, child, hv = c.d, c.person(True), c.person(False), c.person(), c.pro(True)
    dob = c.dob_child()
    D.t("SIGNIFICANT CASE REVIEW\n").k(c.committee("child")).t("\n\nPERSONS REFERRED TO\n")
    D.nm(child, "sfcaps").t(" — subject child (born ").dob(dob, c.st("upper", "mondot")).t(")\n")
    D.nm(mum, "sfcaps").t(" — mother\n").nm(dad, "sfcaps").t(" — father\n").nm(hv, "sfcaps").t(" — ")
    D.k("Health Visitor").t("\n\nNarrative\n").nm(mum, "title").t(" moved with ").nm(child, "forename").t(" on ")
    D.date(c.incident - 120 * DAY, "long").t(". ").nm(dad, "title").t(" was in custody.\n\nRatified by the COG: Yes, on ")
    D.ratified(c.cog, c.st("dotshort", "slash2")).t("\n")
    return "SCR", "child"


def L_month_chronology(c: Ctx):
    """A child learning review with a chronology in month-only and week-commencing dates."""
    D, child, mum, sw = c.d, c.person(), c.person(True), c.pro()
    dob = c.dob_child()
    D.t("Learning Review\n").k(c.committee("child")).t("\n\n").nm(child).t(" was born on the ")
    D.dob(dob, "ofmonth").t(".\n\nChronology\n")
    m0 = c.incident - 180 * DAY
    D.t(f"{MONTHS[m0.month - 1]} {m0.year}  — ").nm(mum, "titlefull").t(" missed two appointments.\n")
    D.t("w/c ").date(c.incident - 14 * DAY, "long").t(" — ").k("Social Worker").t(" ").nm(sw, "initnodot")
    D.t(" allocated.\n").date(c.incident, c.st()).t(" — ").nm(child, "forename").t(" admitted to ").k(c.a["hosp"])
    D.t(".\n\nCOG ratified: ").ratified(c.cog, c.st("dashnum", "slash", "usnocomma")).t("\n")
    return "LR", "child"


def L_password_cover(c: Ctx):
    """A cover e-mail saying the password follows separately (OTHER)."""
    D, snd = c.d, c.pro()
    D.t("Subject: Learning Review report (protected)\n\nDear colleague,\n\nPlease find attached the anonymised ")
    D.t("report from the ").k(c.committee(c.rng.choice(("child", "adult")))).t(", following last week's meeting of ")
    D.t("the Chief Officers Group. The file is password protected; the password will follow in a separate e-mail.\n\n")
    D.t("Many thanks\n").nm(snd, "forename").t("\n\n").nm(snd, "full").t(" | Business Support Officer | ")
    D.k(c.a["council"]).t("\n").pii("phone", c.tel(False)).t("\n")
    return "OTHER", None


def L_reversed_rows_outcome(c: Ctx):
    """A child outcome notification whose rows give the value first and the label after it."""
    D, rev, child = c.d, c.pro(), c.person()
    dob = c.dob_child()
    D.t("OUTCOME NOTIFICATION\n").k(c.committee("child")).t("\n\n")
    D.date(c.commenced, c.st()).t("  | date the Learning Review began\n")
    D.date(c.cpc, c.st()).t("  | date the committee approved the report\n")
    D.ratified(c.cog, c.st(*NEW_STYLES)).t("  | date the COG ratified the outcome\n")
    D.nm(child, "dotinitials").t("  | child's initials\n").dob(dob, c.st("slash", "dashnum")).t("  | child's date of birth\n")
    D.nm(rev, "titlefull").t("  | lead reviewer\n")
    return "LR-OUTCOME", "child"


LAYOUTS = [L_checkbox_outcome, L_qa_numbered, L_stacked_card, L_decision_letter_adult, L_emdash_outcome,
           L_scr_adult_weekday, L_icr_gaelic_headings, L_cog_minutes_deferred, L_trap_returned, L_trap_cpc_ratified,
           L_trap_draft_adult, L_trap_interim_adult, L_household_bullets, L_school_extract, L_police_summary,
           L_health_chronology, L_discharge_lr_adult, L_signature_blocks, L_tracked_comments, L_footnoted_adult,
           L_message_transcript, L_semicolon_family, L_outcome_email_adult, L_decision_proceed_table,
           L_action_tracker, L_terms_of_reference, L_learning_bulletin, L_ids_inline_adult, L_address_history,
           L_persons_index, L_month_chronology, L_password_cover, L_reversed_rows_outcome]
TRAPS = {"decision_letter_adult", "trap_returned", "trap_cpc_ratified", "trap_draft_adult", "trap_interim_adult",
         "decision_proceed_table"}

# ---------------------------------------------------------------- gold check

ratification_claims = B6.ratification_claims


def _occurrences(needle: str, text: str, case_sensitive: bool) -> list[tuple[int, int]]:
    return [m.span() for m in pattern(needle, case_sensitive).finditer(text)]


def check(name: str, text: str, doc: Doc7, doc_type: str) -> list[str]:
    """Every way this document's gold could be wrong; empty if it holds.

    Set 5's rules with set 6's wider notion of a ratification claim, reading dates with this
    set's own reader (its wordings are not all set 5's): spans exact and unpadded; every gold
    form found by the scorer's own whole-word match (initials run into a number, "[EF1]", are
    not, so a gold "EF" there would never be counted leaked); every gold
    form and every name token only inside a span; keep terms present and outside PII; each
    date of birth one past date; a ratification in the gold if and only if the text claims one
    (and never for OTHER); the ratification date reads back as the gold date.
    """
    errs = []
    spans = [(a, b) for a, b, _, _ in doc.spans]
    person_spans = [(a, b) for a, b, cat, _ in doc.spans if cat in ("person", "email")]

    def inside(span, within):
        return any(a <= span[0] and span[1] <= b for a, b in within)

    for a, b, cat, part in doc.spans:
        if not text[a:b].strip() or text[a:b] != text[a:b].strip():
            errs.append(f"{name}: {cat} span {a}-{b} is blank or padded")
    for e in doc.gold_pii():
        if not _occurrences(e["text"], text, bool(e.get("word_collision"))):
            errs.append(f"{name}: {e['category']} {e['text']!r} never occurs as a whole word (the scorer cannot see it)")
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
        errs.append(f"{name}: the text names a COG ratification ({text[claims[0][0]:claims[0][1]]!r}) "
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
    key="blind7", prefix="B7", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC))
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
