"""A second, independent generator of fictional review documents, in layouts ``synth_reports`` never made.

    .venv/bin/python benchmarks/unseen_reports.py OUT_DIR [--n 40] [--seed 101] [--variant a|b]

Why a second generator: the engine's rules were tuned until ``synth_reports`` scored 1.000,
so that generator can no longer tell us anything. This one was written from the failure
classes of issue 10 (forms with many date rows, family-composition tables with a DOB column,
signatory and distribution tables, sign-offs, attendance lists, cover letters, lower-case
addresses, labelled NHS/CHI numbers with a wrong check digit, two-digit years, "the 5th day
of March 2026", "approved"/"agreed" by the COG, the CPC's own approval, review-commenced
dates, future COG meetings, no ratification yet, documents that are not reviews at all) with
its own name, street and town pools, none taken from the development corpus or from
``synth_reports``.

Three template sets; a and b were written before any rule was changed:

* variant ``a`` is the development set: rules may be looked at against its leaks;
* variant ``b`` is held out: other wording and other table shapes for the same classes.
  Report figures on ``b`` with seeds that were never used while developing;
* variant ``c`` (adult outcome notifications, multi-line lower-case addresses, inline
  attendance and apologies, a D.O.B column) was added late and scored once, unseen.

Writes ``OUT_DIR/text/U01.txt`` and ``OUT_DIR/gold/U01.json`` (the shared corpus's gold
format, plus ``doc_type``, ``ratification_date`` (ISO or null) and ``subject``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# ------------------------------------------------------------------------------- pools
# Invented for this generator; checked absent from the development corpus and synth_reports.
FEMALE = """Annabel Briony Clodagh Delphine Elowen Harriet Imogen Juliet Keira Lavinia Marsaili Nerys
Ottilie Petra Rosalind Saoirse Thea Ursula Verity Winifred Zelda Philippa Henrietta Bethan Cerys""".split()
MALE = """Alfie Benedict Cormac Desmond Fintan Gideon Horace Jasper Killian Leopold Magnus Oscar
Percival Quentin Rufus Sebastian Tobias Ulric Vaughan Wilfred Xander Crispin Barnaby""".split()
SURNAMES = """Balfour Carnegie Dewar Elphinstone Farquharson Gorrie Jamieson Kerrigan Lennie Marwick
Pringle Scrimgeour Voy Yorston Affleck Chisholm Duthie Flett Gauld Harcus Isbister Keay Leask Moodie
MacRitchie McNaughton McTaggart Threipland Sandison Rendall Linklater Budge Swanney Corsie""".split()
STREETS = """Gowanlea Whinny Brackenbrae Glenhaven Rowanlea Fernieside Bellsmyre Stanehill Quarrybrae
Lintmill Ashgrove Kilnside Meikleholm Tannochbrae Burnbrae Heatherlea""".split()
STREET_TYPES = "Road Street Avenue Drive Crescent Place Gardens Terrace Court Loan Wynd Brae".split()
TOWNS = [("Glenrothes", "KY7"), ("Buckie", "AB56"), ("Forfar", "DD8"), ("Dunoon", "PA23"), ("Alloa", "FK10"),
         ("Thurso", "KW14"), ("Brechin", "DD9"), ("Stranraer", "DG9"), ("Kirkcaldy", "KY1"), ("Wick", "KW1")]
AGENCIES = ["Police Scotland", "NHS Fife", "NHS Tayside", "NHS Greater Glasgow and Clyde", "Scottish Children's Reporter Administration",
            "Education Services", "Children and Families Social Work", "Scottish Fire and Rescue Service"]
DESIGNATIONS = ["Detective Inspector", "Lead Nurse Child Protection", "Service Manager", "Head Teacher",
                "Locality Reporter Manager", "Independent Chair", "Senior Social Worker", "Consultant Paediatrician"]
COMMITTEES = ["Fife Child Protection Committee", "Angus Child Protection Committee",
              "Argyll and Bute Child Protection Committee", "Highland Child Protection Committee"]
MONTHS = "January February March April May June July August September October November December".split()


# ------------------------------------------------------------------------------- entities
@dataclass
class Person:
    forename: str
    surname: str
    title: str

    @property
    def full(self) -> str:
        return f"{self.forename} {self.surname}"

    @property
    def titled(self) -> str:
        return f"{self.title} {self.surname}"


@dataclass
class Address:
    number: str
    street: str
    town: str
    postcode: str

    @property
    def line(self) -> str:
        return f"{self.number} {self.street}"

    @property
    def full(self) -> str:
        return f"{self.line}, {self.town} {self.postcode}"


class Pools:
    """Draws fresh names and addresses for one document (no repeats within it)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _fresh(self, pool: list[str]) -> str:
        choices = [w for w in pool if w not in self.used]
        word = self.rng.choice(choices)
        self.used.add(word)
        return word

    def person(self, female: bool, surname: str | None = None) -> Person:
        forename = self._fresh(FEMALE if female else MALE)
        title = self.rng.choice(["Ms", "Mrs", "Miss"]) if female else "Mr"
        return Person(forename, surname or self._fresh(SURNAMES), title)

    def address(self) -> Address:
        town, area = self.rng.choice(TOWNS)
        street = f"{self._fresh(STREETS)} {self.rng.choice(STREET_TYPES)}"
        number = self.rng.choice([str(self.rng.randint(2, 140)), f"{self.rng.randint(1, 40)}/{self.rng.randint(1, 4)}"])
        code = f"{area} {self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return Address(number, street, town, code)


def mod11_check(nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    return 0 if check == 11 else (None if check == 10 else check)


def health_number(rng: random.Random, dob: date | None, valid: bool) -> str:
    """Ten digits; CHI when ``dob`` is given (DDMMYY...), the check digit right or deliberately wrong."""
    while True:
        head = dob.strftime("%d%m%y") if dob else str(rng.randint(400, 799))
        nine = head + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(head)))
        check = mod11_check(nine)
        if check is None:
            continue
        digit = check if valid else (check + rng.randint(1, 9)) % 10
        if not valid and mod11_check(nine) == digit:
            continue
        return nine + str(digit)


# ------------------------------------------------------------------------------- dates
def fmt(rng: random.Random, value: date, style: str | None = None) -> str:
    style = style or rng.choice(["long", "ord", "dots2", "slash", "dayof", "weekday"])
    if style == "long":
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if style == "ord":
        suffix = "th" if 11 <= value.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(value.day % 10, "th")
        return f"{value.day}{suffix} {MONTHS[value.month - 1]} {value.year}"
    if style == "dots2":
        return value.strftime("%d.%m.%y")
    if style == "slash":
        return value.strftime("%d/%m/%Y")
    if style == "dayof":
        suffix = "th" if 11 <= value.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(value.day % 10, "th")
        return f"the {value.day}{suffix} day of {MONTHS[value.month - 1]} {value.year}"
    return value.strftime("%A ") + f"{value.day} {MONTHS[value.month - 1]} {value.year}"


# ------------------------------------------------------------------------------- a document
class Doc:
    """Text plus its gold: every PII form is registered as it is written."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.pii: dict[tuple[str, str], dict] = {}
        self.keep: set[str] = set()

    def write(self, text: str) -> None:
        self.parts.append(text)

    def name(self, person: Person, form: str = "full") -> str:
        self._person(person.forename, "forename")
        self._person(person.surname, "surname")
        if form == "full":
            self._person(person.full, "full")
            return person.full
        if form == "titled":
            self._person(person.titled, "full")
            return person.titled
        if form == "forename":
            return person.forename
        if form == "initial":
            text = f"{person.forename[0]}. {person.surname}"
            self._person(text, "full")
            return text
        if form == "caps":
            self._person(person.full, "full")
            return person.full.upper()
        raise ValueError(form)

    def _person(self, text: str, part: str) -> None:
        self.pii.setdefault(("person", text), {"category": "person", "text": text, "part": part})

    def address(self, address: Address, lower: bool = False, with_town: bool = True) -> str:
        self.pii[("address", address.line)] = {"category": "address", "text": address.line, "part": "line"}
        self.pii[("postcode", address.postcode)] = {"category": "postcode", "text": address.postcode}
        text = address.full if with_town else f"{address.line}, {address.postcode}"
        if with_town:
            self.pii[("address", address.full)] = {"category": "address", "text": address.full, "part": "full"}
        return text.lower() if lower else text

    def value(self, category: str, text: str) -> str:
        self.pii[(category, text)] = {"category": category, "text": text}
        return text

    def kept(self, term: str) -> str:
        self.keep.add(term)
        return term

    def text(self) -> str:
        return "\n".join(self.parts) + "\n"

    def gold(self, stem: str, doc_type: str, ratified: date | None, subject: str | None) -> dict:
        text = self.text()
        entries = []
        for entry in self.pii.values():
            if entry["category"] == "person" and " " not in entry["text"]:
                entry = {**entry, "word_collision": bool(re.search(rf"(?<!\w){re.escape(entry['text'].lower())}(?!\w)", text))}
            entries.append(entry)
        return {"file": f"{stem}.txt", "has_text_layer": True, "doc_type": doc_type,
                "ratification_date": ratified.isoformat() if ratified else None, "subject": subject,
                "pii": entries, "keep": sorted(k for k in self.keep if k in text), "quasi": []}


# ------------------------------------------------------------------------------- the case
@dataclass
class Case:
    child: Person
    mother: Person
    father: Person
    gran: Person
    sibling: Person
    home: Address
    gran_home: Address
    child_dob: date
    mother_dob: date
    sibling_dob: date
    staff: list[tuple[Person, str, str]]
    committee: str
    label: str
    icr: date
    sent: date
    ratified: date | None
    cpc_approved: date
    commenced: date
    future: date


def make_case(rng: random.Random, pools: Pools, ratified: bool) -> Case:
    family = pools._fresh(SURNAMES)
    child = pools.person(rng.random() < 0.5, family)
    mother = pools.person(True, family)
    father = pools.person(False)
    gran = pools.person(True, father.surname)
    sibling = pools.person(rng.random() < 0.5, family)
    icr = date(2026, rng.randint(1, 9), rng.randint(1, 28))
    sent = icr + timedelta(days=rng.randint(5, 20))
    cpc = sent - timedelta(days=rng.randint(1, 3))
    ratif = sent + timedelta(days=rng.randint(4, 30)) if ratified else None
    staff = [(pools.person(rng.random() < 0.5), rng.choice(DESIGNATIONS), rng.choice(AGENCIES)) for _ in range(4)]
    return Case(child, mother, father, gran, sibling, pools.address(), pools.address(),
                date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                date(rng.randint(1985, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                staff, rng.choice(COMMITTEES), "Child " + rng.choice("BDFHKMPRTW"),
                icr, sent, ratif, cpc, icr - timedelta(days=rng.randint(20, 60)),
                (ratif or sent) + timedelta(days=rng.randint(20, 60)))


# ------------------------------------------------------------------------------- variant a
def form_report_a(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """An ICR laid out as a form with many date rows; ratified, or CPC-approved and still pending."""
    doc.write(f"{doc.kept(case.committee)}")
    doc.write("Initial Case Review - Notification Form")
    doc.write(f"Child's name\t{doc.name(case.child)}")
    doc.write(f"Date of birth\t{doc.value('dob', fmt(rng, case.child_dob, 'slash'))}")
    doc.write(f"Home address\t{doc.address(case.home, lower=rng.random() < 0.5)}")
    nhs_label = rng.choice(["NHS number", "NHS No", "NHS no."])
    doc.write(f"{nhs_label}: {doc.value('nhs', health_number(rng, None, valid=False))}")
    doc.write(f"CHI: {doc.value('chi', health_number(rng, case.child_dob, valid=False))}")
    doc.write(f"Date of referral\t{fmt(rng, case.commenced, 'dots2')}")
    doc.write(f"Date ICR convened\t{fmt(rng, case.icr)}")
    doc.write(f"Date sent to the Chief Officers Group\t{fmt(rng, case.sent, 'dots2')}")
    doc.write(f"Date approved by the CPC\t{fmt(rng, case.cpc_approved)}")
    if case.ratified:
        doc.write(f"Date of COG meeting\t{fmt(rng, case.ratified)}")
        doc.write(f"Date outcome ratified by COG\t{fmt(rng, case.ratified, 'dots2')}")
        doc.write("")
        verb = rng.choice(["ratified", "approved", "agreed", "endorsed"])
        doc.write(f"The Chief Officers Group {verb} the ICR outcome on {fmt(rng, case.ratified, 'dayof')}.")
    else:
        doc.write(f"Date of COG meeting\t{fmt(rng, case.future)} (scheduled)")
        doc.write(f"Date outcome ratified by COG\tnot yet ratified")
        doc.write("")
        doc.write(f"The report will be presented to the Chief Officers Group on {fmt(rng, case.future)}.")
    doc.write("")
    doc.write("Family composition")
    doc.write("Name\tRelationship\tDOB\tAddress")
    doc.write(f"{doc.name(case.child)}\tSubject\t{doc.value('dob', fmt(rng, case.child_dob, 'slash'))}\tAs above")
    doc.write(f"{doc.name(case.mother)}\tMother\t{doc.value('dob', fmt(rng, case.mother_dob, 'dots2'))}\tAs above")
    doc.write(f"{doc.name(case.gran)}\tPaternal grandmother\t{doc.value('dob', fmt(rng, date(1961, 4, 9), 'slash'))}\t"
              f"{doc.address(case.gran_home, lower=True)}")
    doc.write("")
    doc.write("Summary")
    doc.write(f"{doc.kept(case.label)} lives with {doc.name(case.mother)} ({doc.value('dob', fmt(rng, case.mother_dob, 'slash'))}) "
              f"and sibling {doc.name(case.sibling, 'forename')} (born on {doc.value('dob', fmt(rng, case.sibling_dob, 'long'))}).")
    doc.write(f"{doc.name(case.father, 'titled')} has contact at weekends; {doc.name(case.gran, 'titled')} provides "
              f"care after school. {doc.kept('Police Scotland')} and the {doc.kept('health visitor')} shared concerns.")
    doc.write(f"The child was aged {rng.randint(2, 9)} at the time of the incident.")
    doc.write("")
    doc.write("Signatories")
    doc.write("Name\tDesignation\tAgency")
    for person, role, agency in case.staff[:3]:
        doc.write(f"{doc.name(person)}\t{role}\t{doc.kept(agency)}")
    doc.write("")
    doc.write(f"Report author: {doc.name(case.staff[3][0])}")
    return "ICR", case.ratified


def minutes_a(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """An SCR report with an attendance list, a commenced date and a ratification sentence."""
    doc.write("Significant Case Review")
    doc.write(f"{doc.kept(case.committee)}")
    doc.write("")
    doc.write(f"The review commenced on {fmt(rng, case.commenced)} following the decision of the ICR.")
    doc.write("Review team members present:")
    for person, role, agency in case.staff:
        doc.write(f"{doc.name(person)} ({doc.kept(agency)})")
    doc.write("")
    doc.write("Background")
    doc.write(f"{doc.kept(case.label)} (d.o.b. {doc.value('dob', fmt(rng, case.child_dob, 'slash'))}) lived at "
              f"{doc.address(case.home, lower=True)} with {doc.name(case.mother, 'titled')}.")
    doc.write(f"{doc.name(case.father, 'titled')} moved to the area in {MONTHS[rng.randint(0, 11)]} 2025.")
    doc.write("")
    if case.ratified:
        verb = rng.choice(["approved", "agreed", "ratified"])
        doc.write(f"The final report was {verb} by the Chief Officers Group on {fmt(rng, case.ratified)}.")
        doc.write(f"The CPC approved the report on {fmt(rng, case.cpc_approved)}.")
    else:
        doc.write(f"The CPC approved the report on {fmt(rng, case.cpc_approved)}.")
        doc.write(f"The report is due to be considered by the COG at its meeting on {fmt(rng, case.future)}.")
    doc.write("")
    doc.write("Kind regards")
    doc.write("")
    doc.write(doc.name(case.staff[0][0]))
    doc.write(f"Lead Reviewer")
    return "SCR", case.ratified


def cover_letter_a(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """A cover letter: OTHER, but full of names to redact."""
    doc.write(f"{doc.kept(case.committee)}")
    doc.write(doc.address(Pools(rng).address()))
    doc.write("")
    doc.write(f"Dear {doc.name(case.staff[1][0], 'titled')}")
    doc.write("Please find attached the Initial Case Review report for your information.")
    doc.write(f"Please contact me on {doc.value('phone', '01632 960' + str(rng.randint(100, 999)))} with any questions.")
    doc.write("Yours sincerely")
    doc.write("")
    doc.write(doc.name(case.staff[0][0]))
    doc.write("Lead Officer")
    return "OTHER", None


def standard_a(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """A technical standard with a Foreword and a Methodology and no review term: OTHER."""
    doc.write("Form 8919 Technical Specification")
    doc.write("Even page header")
    doc.write("Foreword")
    doc.write("This standard describes the exchange format for hydrographic survey data (LRS profile).")
    doc.write("Methodology")
    doc.write("Each record holds a position, a depth and a quality flag. The methodology follows ISO 19115.")
    doc.write("Annex A lists the approved code values; the committee approved them on 3 March 2026.")
    doc.keep.update({"Form 8919", "Even page header"})
    return "OTHER", None


# ------------------------------------------------------------------------------- variant b
def lr_report_b(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """A Learning Review with a key-dates table (Date | Event) and a household table."""
    doc.write(f"Learning Review: {doc.kept(case.label)}")
    doc.write(f"Commissioned by {doc.kept(case.committee)}")
    doc.write("")
    doc.write("Key dates")
    doc.write("Date\tEvent")
    doc.write(f"{fmt(rng, case.commenced, 'slash')}\tReview commenced")
    doc.write(f"{fmt(rng, case.icr, 'slash')}\tReview team first met")
    doc.write(f"{fmt(rng, case.cpc_approved, 'slash')}\tReport approved by the Child Protection Committee")
    if case.ratified:
        doc.write(f"{fmt(rng, case.ratified, 'slash')}\tReport agreed by the Chief Officers' Group")
    else:
        doc.write(f"{fmt(rng, case.future, 'slash')}\tChief Officers' Group meeting (report to be tabled)")
    doc.write("")
    doc.write("Household")
    doc.write("Name\tRole\tD.O.B.")
    doc.write(f"{doc.name(case.mother, 'caps')}\tMother\t{doc.value('dob', fmt(rng, case.mother_dob, 'long'))}")
    doc.write(f"{doc.name(case.sibling)}\tBrother/Sister\t{doc.value('dob', fmt(rng, case.sibling_dob, 'dots2'))}")
    doc.write("")
    doc.write("What happened")
    doc.write(f"The family moved to {doc.address(case.home, lower=True, with_town=False)} in 2025. "
              f"{doc.name(case.father, 'titled')} was not living in the household. {doc.name(case.gran, 'titled')} "
              f"was the main carer at weekends.")
    doc.write(f"The child's NHS number ({doc.value('nhs', health_number(rng, None, valid=False))}) was recorded "
              f"by {doc.kept('NHS Tayside')}.")
    if case.ratified:
        doc.write(f"Chief Officers endorsed the findings and recommendations at their meeting on "
                  f"{fmt(rng, case.ratified, 'long')}.")
    else:
        doc.write("The findings have not yet been considered by Chief Officers.")
    doc.write("")
    doc.write("Distribution list")
    doc.write("Name\tAgency")
    for person, _role, agency in case.staff[:3]:
        doc.write(f"{doc.name(person)}\t{doc.kept(agency)}")
    doc.write("")
    doc.write(f"Signed: {doc.name(case.staff[3][0])}")
    doc.write(f"Chair, {doc.kept(case.committee)}")
    return "LR", case.ratified


def icr_letter_b(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """An ICR report in prose: 'born', 'aged', wrong-checksum CHI in brackets, two-digit years."""
    doc.write("INITIAL CASE REVIEW REPORT")
    doc.write(doc.kept(case.committee))
    doc.write("")
    doc.write("1. Reason for review")
    doc.write(f"{doc.name(case.child)}, born {doc.value('dob', fmt(rng, case.child_dob, 'ord'))}, (CHI number "
              f"{doc.value('chi', health_number(rng, case.child_dob, valid=False))}) was admitted to hospital.")
    doc.write(f"The family home is {doc.address(case.home, lower=True)}.")
    doc.write(f"{doc.name(case.mother)} ({doc.value('dob', fmt(rng, case.mother_dob, 'slash'))}) told the "
              f"{doc.kept('social worker')} that {doc.name(case.father, 'forename')} had left.")
    doc.write(f"Mr {case.father.surname} was interviewed by {doc.kept('Police Scotland')}.")
    doc.write("")
    doc.write("2. Process")
    doc.write(f"The ICR met on {fmt(rng, case.icr, 'dots2')}. The report was submitted to the COG on "
              f"{fmt(rng, case.sent, 'dots2')}.")
    if case.ratified:
        doc.write(f"On {fmt(rng, case.ratified, 'dayof')} the Chief Officers Group agreed the recommendation.")
    else:
        doc.write(f"The Chief Officers Group will consider the recommendation on {fmt(rng, case.future, 'dots2')}.")
    doc.write("")
    doc.write("Present at the ICR meeting:")
    doc.write(", ".join(f"{doc.name(p)} ({doc.kept(a)})" for p, _r, a in case.staff[:3]))
    doc.write("")
    doc.write("Best wishes,")
    doc.write(doc.name(case.staff[3][0]))
    doc.write("Child Protection Lead Officer")
    return "ICR", case.ratified


def data_model_b(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """A data model document that mentions LRS and reviews of code lists: OTHER."""
    doc.write("Hydrography Data Model")
    doc.write("Version 2.1")
    doc.write("Introduction")
    doc.write("The LRS (linear referencing system) tables are described below, with the lrs_id key.")
    doc.write("Scope and methodology")
    doc.write("Code lists are reviewed annually. The steering group endorsed version 2.1 on 12/02/2026.")
    return "OTHER", None


# ------------------------------------------------------------------------------- variant c
# Written after a and b were in use, and scored once before any rule looked at it.
def adult_outcome_c(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """An adult Learning Review's outcome notification, with a multi-line lower-case address."""
    area = case.committee.replace("Child", "Adult")
    doc.write("Notification of Learning Review Outcome")
    doc.write(doc.kept(area))
    doc.write("")
    doc.write(f"Adult {rng.choice('CEGJL')} (d.o.b. {doc.value('dob', fmt(rng, case.mother_dob, 'slash'))}) lived at:")
    doc.write(f"{case.home.number}".lower())
    doc.write(f"{case.home.street}".lower())
    doc.write(f"{case.home.town}".lower())
    doc.write(doc.value("postcode", case.home.postcode.lower()))
    doc.pii[("address", case.home.line)] = {"category": "address", "text": case.home.line, "part": "line"}
    doc.write(f"NHS no: {doc.value('nhs', health_number(rng, None, valid=False))}")
    doc.write("The review found that adult support and protection procedures were not followed.")
    if case.ratified:
        doc.write(f"The Chief Officers Group ratified the outcome on {fmt(rng, case.ratified, 'dayof')}.")
    else:
        doc.write(f"Next COG: {fmt(rng, case.future, 'dots2')}. The outcome has not been ratified.")
    doc.write("")
    doc.write("Yours faithfully")
    doc.write(doc.name(case.staff[0][0]))
    doc.write("Lead Officer, Adult Support and Protection")
    return "LR-OUTCOME", case.ratified


def icr_minute_c(doc: Doc, case: Case, rng: random.Random) -> tuple[str, date | None]:
    """An ICR minute: inline attendance and apologies, CHI inline, DOB column, a future COG date."""
    doc.write("Minute of Initial Case Review")
    doc.write(doc.kept(case.committee))
    doc.write(f"In attendance: {', '.join(doc.name(p) + ' (' + doc.kept(a) + ')' for p, _r, a in case.staff[:2])}")
    doc.write(f"Apologies: {doc.name(case.staff[2][0])}")
    doc.write("")
    doc.write("Household members")
    doc.write("Full name\tD.O.B\tRelationship to child")
    doc.write(f"{doc.name(case.child)}\t{doc.value('dob', fmt(rng, case.child_dob, 'dots2'))}\tSubject")
    doc.write(f"{doc.name(case.gran)}\t{doc.value('dob', fmt(rng, date(1958, 2, 14), 'slash'))}\tGrandmother")
    doc.write("")
    doc.write(f"CHI {doc.value('chi', health_number(rng, case.child_dob, valid=False))} was checked by health.")
    doc.write(f"{doc.name(case.gran, 'titled')} said the child stayed with her; {doc.name(case.father, 'titled')} "
              f"denied this.")
    doc.write(f"The ICR convened on {fmt(rng, case.icr, 'dots2')} and its report went to Chief Officers on "
              f"{fmt(rng, case.sent, 'long')}.")
    if case.ratified:
        doc.write(f"Outcome endorsed by COG:\t{fmt(rng, case.ratified, 'weekday')}")
    else:
        doc.write(f"Outcome endorsed by COG:\tpending (COG meets {fmt(rng, case.future, 'long')})")
    return "ICR", case.ratified


VARIANTS = {
    "a": (form_report_a, form_report_a, minutes_a, minutes_a, cover_letter_a, standard_a),
    "b": (lr_report_b, lr_report_b, icr_letter_b, icr_letter_b, data_model_b),
    "c": (adult_outcome_c, icr_minute_c),
}


def generate(out: Path, n: int, seed: int, variant: str) -> list[str]:
    """Write ``n`` documents of one variant; return their stems."""
    rng = random.Random(f"{variant}:{seed}")
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    stems = []
    for index in range(n):
        stem = f"U{index + 1:02d}"
        doc = Doc(rng)
        pools = Pools(rng)
        case = make_case(rng, pools, ratified=rng.random() < 0.7)
        template = VARIANTS[variant][index % len(VARIANTS[variant])]
        doc_type, ratified = template(doc, case, rng)
        subject = None if doc_type == "OTHER" else ("adult" if template.__name__.startswith("adult") else "child")
        (out / "text" / f"{stem}.txt").write_text(doc.text(), encoding="utf-8")
        (out / "gold" / f"{stem}.json").write_text(
            json.dumps(doc.gold(stem, doc_type, ratified, subject), indent=1, ensure_ascii=False), encoding="utf-8")
        stems.append(stem)
    return stems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="a")
    args = parser.parse_args(argv)
    generate(args.out, args.n, args.seed, args.variant)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
