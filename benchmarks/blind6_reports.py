#!/usr/bin/env python3
"""Blind evaluation set 6: fictional committee documents in layouts no earlier generator made.

Written to be frozen before set 5 is tuned on, without reading the redaction rules, the
analysis code or any other generator's templates; only the shared harness (``blind_eval.py``),
the gold format (``score_redaction.py``) and the infrastructure of ``blind5_reports.py`` (the
``Doc`` class, date formats, identifier generators, the gold check) were read, and those are
imported, not copied.  Fixed seed ``SEED``; ``DEFAULT_N`` documents, the layouts taken in turn.
Every person, street, town, postcode, care home and school comes from this module's own pools,
none of which occurs in ../shared/corpus or in another generator (``pool_overlaps`` checks
both); public bodies are real on purpose (borrowed from set 5's area table) and are keep gold.

The gold per document is set 5's format (see ``blind5_reports``): ``pii`` with category and
person part, ``keep``, ``quasi``, ``doc_type``, ``subject`` and ``ratification_date`` (None
where the document records no ratification by the Chief Officers Group: a report only sent to
the COG, approved by the committee alone, awaiting a future COG meeting, a review commenced,
a decision to commission, and every non-review document).  ``check`` is set 5's gold check,
widened to also count a row naming the "COG ratification" or "ratification by the Chief
Officers Group" as a claim of ratification.  ``generate`` raises SystemExit listing every error.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_reports as B5  # noqa: E402
from blind5_reports import (AREAS, NATIONAL, DOMAINS, Doc, Person, chi_number, fmt_date,  # noqa: E402,F401
                            nhs_number, ni_number, phone, email, read_dates, weekday, age_on)
import blind_eval  # noqa: E402

SEED = 20261214
DEFAULT_N = 90

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Fionnghal Anwen Bronwen Ffion Maryam Khadija Safiya Hafsa Rumaysa Leyla Dilnoza Gulnara Zarina "
          "Olena Iryna Svitlana Tetiana Nataliya Milena Jovana Dragana Snezana Vesna Lucija Justyna Ewelina "
          "Paulina Dorota Gabija Ieva Laima Daiva Baiba Ilze Adaeze Chioma Ifeoma Nkechi Amaka Folasade "
          "Yetunde Abena Akosua Efua Thandiwe Nomvula Tendai Rutendo Chipo Wanjiru Njeri Achieng Priyanka "
          "Lakshmi Meenakshi Shalini Gurpreet Manpreet Jaspreet Simran Xiulan Yuying Thuy Linh").split()
MALE = ("Dafydd Gethin Rhodri Emrys Taras Bohdan Oleksandr Serhiy Dmytro Vitaliy Yaroslav Arturas Mindaugas "
        "Vytautas Rimantas Janis Uldis Andris Raimonds Chidi Emeka Obinna Olumide Tunde Kofi Tatenda Farai "
        "Tinashe Otieno Baljit Harjinder Sukhwinder Rajesh Suresh Venkat Prakash Jian Minh Tuan Quang").split()
SURNAMES = ("MacIsaac MacCuish MacNeacail McLardy McEachran McKendrick McGroarty McLafferty O'Driscoll "
            "O'Dwyer O'Gorman O'Callaghan Drever Halcrow Inkster Laurenson Moar Cheyne Sadowska Majewska "
            "Olszewski Stepien Kovalenko Melnyk Kravets Kazlauskas Petrauskiene Jankauskas Zukauskas "
            "Vasiliauskas Nwosu Oyelaran Babatunde Sidhu Bains Johal Nguyen Pham Huang Zhou Liang").split()
STREETS = ("Balvonie Knocknagael Ardencaple Kilmardinny Corrennie Benvorlich Lochanhead Hazeldean "
           "Bramblehill Drumcraigie Knockmarroch Auchenlochan Rosebery Dalhousie Caerlaverock Glenapp "
           "Kilbucho Pitmedden Lumphanan Stoneyetts").split()
STREET_KINDS = ("Loan", "Brae", "Gardens", "Crescent", "Terrace", "Court", "View", "Place", "Road", "Street",
                "Avenue", "Drive", "Wynd", "Grove", "Park")
TOWNS = {
    "Ellon": "AB41", "Huntly": "AB54", "Banchory": "AB31", "Forres": "IV36", "Tain": "IV19",
    "Invergordon": "IV18", "Brora": "KW9", "Golspie": "KW10", "Ullapool": "IV26", "Portree": "IV51",
    "Lochgilphead": "PA31", "Inveraray": "PA32", "Tobermory": "PA75", "Auchterarder": "PH3",
    "Monifieth": "DD5", "Tayport": "DD6", "Cupar": "KY15", "Anstruther": "KY10", "Burntisland": "KY3",
    "Kinghorn": "KY3", "Inverkeithing": "KY11", "Alva": "FK12", "Tranent": "EH33", "Peebles": "EH45",
    "Selkirk": "TD7", "Jedburgh": "TD8", "Eyemouth": "TD14", "Langholm": "DG13", "Dalbeattie": "DG5",
    "Troon": "KA10", "Prestwick": "KA9", "Kilwinning": "KA13", "Stevenston": "KA20", "Ardrossan": "KA22",
    "Dalry": "KA24", "Beith": "KA15", "Stewarton": "KA3", "Galston": "KA4", "Darvel": "KA17",
    "Dumbarton": "G82", "Helensburgh": "G84", "Bearsden": "G61", "Milngavie": "G62", "Lenzie": "G66",
    "Bishopbriggs": "G64", "Bellshill": "ML4", "Shotts": "ML7", "Biggar": "ML12", "Kirkwall": "KW15",
    "Stromness": "KW16", "Lerwick": "ZE1",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Rowanbrae Lindenbrae Larchbank Oaklea Willowbank Hazelbrae Beechwood "
                                          "Alderbank Kingsmuir Craighall".split(),
                                          ("Care Home", "House", "Nursing Home", "Care Centre", "Care Home",
                                           "Nursing Home", "House", "Care Home", "Court", "Residential Home"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Balmullo Carsebridge Glenmorven Dalcross Ardvreck Achnasheen Kinlochard "
                                       "Invernahyle Auchnacree".split(),
                                       ("Primary School", "Academy", "High School", "Primary School", "Nursery",
                                        "Early Learning Centre", "Academy", "Primary School", "High School"))]
GENERIC = set(STREET_KINDS) | {"House", "Care", "Home", "Nursing", "Centre", "Primary", "School", "Academy",
                               "High", "Nursery", "Court", "Residential", "Early", "Learning"}

# ---------------------------------------------------------------- drawing

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {"AB", "IV", "KW", "PA", "PH", "DD", "KY", "FK",
                                                                 "EH", "TD", "DG", "KA", "ML", "ZE", "NI"}
    return _SRC_UPPER


class Cast:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self.inits: set[str] = set()

    def pick(self, pool) -> str:
        w = self.rng.choice([x for x in pool if x not in self.used])
        self.used.add(w)
        return w

    def person(self, female: bool | None = None, surname: str | None = None, title: str | None = None) -> Person:
        if female is None:
            female = self.rng.random() < 0.5
        while True:
            f = self.rng.choice([x for x in (FEMALE if female else MALE) if x not in self.used])
            s = surname or self.rng.choice([x for x in SURNAMES if x not in self.used])
            ini = (f[0] + s[0]).upper()
            if ini not in self.inits or surname:
                break
        self.used.update((f, s))
        self.inits.add(ini)
        if surname is None and self.rng.random() < 0.15:
            s = f"{s}-{self.pick([x for x in SURNAMES if chr(39) not in x])}"
        if title is None:
            title = self.rng.choice(("Ms", "Mrs", "Miss")) if female else "Mr"
        return Person(f, s, female, title)


class Place:
    def __init__(self, rng: random.Random, used: set[str]):
        stem = rng.choice([s for s in STREETS if s not in used])
        town = rng.choice([t for t in TOWNS if t not in used])
        used.update((stem, town))
        flat = rng.random() < 0.2
        self.street = (f"Flat {rng.randrange(1, 6)}/{rng.randrange(1, 4)}, " if flat else "") + \
            f"{rng.randrange(1, 140)} {stem} {rng.choice(STREET_KINDS)}"
        self.town = town
        L = "ABDEFGHJLNPQRSTUWXYZ"
        self.postcode = f"{TOWNS[town]} {rng.randrange(1, 10)}{rng.choice(L)}{rng.choice(L)}"


class Doc6(Doc):
    """Set 5's document, writing this set's own person forms as well (see ``nm``)."""

    def nm(self, p: Person, kind: str = "full") -> "Doc6":
        return nm(self, p, kind)


class Ctx:
    """One document: its area, cast, places and a timeline from referral to COG."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.d = Doc6(rng)
        i = rng.randrange(len(AREAS))
        self.a, self.dom = AREAS[i], DOMAINS[i]
        self.cast = Cast(rng)
        self.used: set[str] = set()
        start = B5.rand_date(rng, dt.date(2025, 2, 3), dt.date(2025, 10, 31))
        self.incident = start - dt.timedelta(days=rng.randrange(3, 30))
        self.referral = start
        self.decision = start + dt.timedelta(days=rng.randrange(14, 45))
        self.commenced = self.decision + dt.timedelta(days=rng.randrange(7, 35))
        self.cpc = weekday(self.commenced + dt.timedelta(days=rng.randrange(70, 150)))
        self.sent_cog = weekday(self.cpc + dt.timedelta(days=rng.randrange(2, 15)))
        self.cog = weekday(self.sent_cog + dt.timedelta(days=rng.randrange(6, 28)))

    def st(self, *styles: str) -> str:
        return self.rng.choice(styles or B5.DATE_STYLES)

    def place(self) -> Place:
        return Place(self.rng, self.used)

    def kb(self, which: str) -> str:
        return self.a[which]

    def hosp(self) -> str:
        return self.rng.choice(self.a["hosp"])

    def dob_child(self) -> dt.date:
        return B5.rand_date(self.rng, dt.date(2008, 3, 1), dt.date(2024, 8, 31))

    def dob_adult(self) -> dt.date:
        return B5.rand_date(self.rng, dt.date(1934, 1, 1), dt.date(2004, 12, 31))

    def committee(self, subject: str) -> str:
        return self.a["cpc" if subject == "child" else "apc"]


def nm(d: Doc, p: Person, kind: str = "full") -> Doc:
    """Write a person in one of set 5's forms or one of this set's own."""
    own = {
        "caps_title": (f"{p.title.upper()} {p.surname.upper()}", "title"),
        "init_nodot": (f"{p.forename[0]} {p.surname}", "init"),
        "titleinit_dot": (f"{p.title} {p.forename[0]}. {p.surname}", "titleinit"),
        "caps_surname": (p.surname.upper(), "surname"),
        "caps_forename": (p.forename.upper(), "forename"),
        "surname_init": (f"{p.surname}, {p.forename[0]}.", "init"),
    }
    if kind == "initials" and p.form("initials") in bad_initials():
        kind = "init"
    if kind in own:
        s, part = own[kind]
    else:
        s, part = p.form(kind), B5.PART.get(kind, kind)
    if p not in d.people:
        d.people.append(p)
    return d.pii("person", s, part)


def addr(d: Doc, pl: Place, lower: bool = False, sep: str = ", ", caps: bool = False) -> Doc:
    f = (lambda s: s.lower()) if lower else (lambda s: s.upper()) if caps else (lambda s: s)
    return d.pii("address", f(pl.street)).t(sep + f(pl.town) + " ").pii("postcode", f(pl.postcode))


def mail(p: Person, dom: str, style: int = 0) -> str:
    s = p.surname.replace("'", "").lower()
    return [f"{p.forename.lower()}.{s}@{dom}", f"{p.forename[0].lower()}{s}@{dom}", f"{s}.{p.forename.lower()}@{dom}"][style % 3]


def tel(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice((f"01224 496{n:03d}", f"01463 496 {n:03d}", f"(01387) 496{n:03d}", f"07700-900-{n:03d}",
                       f"07700 900 {n:03d}", f"+44 (0)1382 496{n:03d}"))


def say_dob(d: Doc, c: Ctx, dob: dt.date) -> Doc:
    """A date of birth in one of the ways reports write it."""
    form = c.rng.randrange(5)
    if form == 0:
        return d.t(" (d.o.b. ").dob(dob, c.st("dot2", "slash", "long")).t(")")
    if form == 1:
        return d.t(", born ").dob(dob, c.st("ord", "long", "us")).t(",")
    if form == 2:
        return d.t(" (DOB ").dob(dob, c.st("iso", "slash2", "dash")).t(")")
    if form == 3:
        return d.t(" (date of birth: ").dob(dob, c.st("short2", "wday", "long")).t(")")
    return d.t(", b. ").dob(dob, c.st("slash", "dot2")).t(",")


# ---------------------------------------------------------------- layouts

def L_form_rows_iso(c: Ctx):
    """An ICR notification form: a long column of dated rows, ISO dates, the last one ratification."""
    d, r = c.d, c.rng
    child = c.cast.person()
    mum = c.cast.person(True, surname=child.surname)
    dob = c.dob_child()
    pl = c.place()
    d.t("OFFICIAL-SENSITIVE (when complete)\n").k(c.kb("cpc")).t("\nINITIAL CASE REVIEW - RECORD OF DATES\n\n")
    d.t("Child (full name) .......... ").nm(child, "full").t("\nDate of birth ............. ").dob(dob, "iso")
    d.t("\nHome address .............. ")
    addr(d, pl)
    d.t("\nParent ...................... ")
    nm(d, mum, "titleinit_dot")
    d.t("\n\nDate of incident .................... ").date(c.incident, "iso")
    d.t("\nDate notification received by CPC ... ").date(c.referral, "iso")
    d.t("\nDate ICR meeting held ............... ").date(c.decision, "iso")
    d.t("\nDate ICR report presented to CPC .... ").date(c.cpc, "iso")
    d.t("\nDate report passed to COG ........... ").date(c.sent_cog, "iso")
    d.t("\nDate ratified by COG ................ ").ratified(c.cog, "iso")
    d.t("\nDate Care Inspectorate notified ..... ").date(c.cog + dt.timedelta(days=r.randrange(1, 7)), "iso")
    d.k("Care Inspectorate")
    d.t("\n\nAgencies: ").k(c.kb("council")).t("; ").k(c.kb("nhs")).t("; ").k("Police Scotland").t(".\n")
    return "ICR", "child"


def L_form_rows_us(c: Ctx):
    """An adult learning outcome notification written with US-style dates in its rows."""
    d = c.d
    adult = c.cast.person()
    lead = c.cast.person(title="Dr")
    dob = c.dob_adult()
    d.t("LEARNING REVIEW OUTCOME NOTIFICATION\nSubmitting committee: ").k(c.kb("apc")).t("\n\n")
    d.t("Adult's name: ").nm(adult, "surname_first").t("\nAdult's date of birth: ").dob(dob, "us")
    d.t("\nDate the harm came to light: ").date(c.incident, "us")
    d.t("\nDate of decision to hold a learning review: ").date(c.decision, "us")
    d.t("\nDate the review report was completed: ").date(c.cpc, "us")
    d.t("\nOutcome endorsed by the Chief Officers Group on: ").ratified(c.cog, "us")
    d.t("\n\nReview lead: ")
    nm(d, lead, "titleinit")
    d.t(", ").k(c.kb("nhs")).t("\nContact: ").pii("email", mail(lead, c.dom, 1)).t("\n")
    d.t("\nThe ").k("Adult A").t(" was known to ").k(c.hosp()).t(" and to ").k("Police Scotland").t(".\n")
    return "LR-OUTCOME", "adult"


def L_scr_dayof(c: Ctx):
    """A child SCR narrative with the formal 'the Nth day of' date and role-named staff."""
    d, r = c.d, c.rng
    child, mum = c.cast.person(), c.cast.person(True)
    sw, hv = c.cast.person(), c.cast.person(True)
    dob = c.dob_child()
    d.t("SIGNIFICANT CASE REVIEW\n").k(c.kb("cpc")).t("\n\n1. Introduction\n")
    d.t("This review concerns ").nm(child, "full")
    say_dob(d, c, dob)
    d.t(" who lived with ").nm(mum, "title").t(" (mother). ")
    d.t("The social worker, ").nm(sw, "full").t(", held the case from ").date(c.incident, "long").t(". ")
    d.t("The health visitor, ").nm(hv, "titleinit_dot").t(", last saw the family a fortnight earlier.\n\n")
    d.t("2. Governance\nThe report was presented to the committee on ").date(c.cpc, "dayof")
    d.t(" and was ratified by the COG on ").ratified(c.cog, "dayof").t(".\n\n")
    d.t("3. Learning\n").nm(sw, "surname").t(" described a high caseload. ").nm(child, "forename")
    d.t(" attended ").q("school", r.choice(SCHOOLS)).t(".\n")
    d.k(c.kb("council"))
    d.t("Agencies: ").k(c.kb("council")).t(", ").k(c.kb("nhs")).t(".\n")
    return "SCR", "child"


def L_lr_twodigit(c: Ctx):
    """A child learning review cover sheet with two-digit years throughout."""
    d = c.d
    child = c.cast.person()
    author = c.cast.person()
    dob = c.dob_child()
    d.t("Learning Review - cover sheet\n").k(c.kb("cpc")).t("\n")
    d.t("Subject: ").k("Child A").t(" (").nm(child, "initials").t("), d.o.b. ").dob(dob, "dot2").t("\n")
    d.t("Review commissioned: ").date(c.decision, "dot2").t("\nPanel first met: ").date(c.commenced, "slash2")
    d.t("\nCPC approved: ").date(c.cpc, "short2").t("\nCOG ratified: ").ratified(c.cog, c.st("dot2", "slash2", "short2"))
    d.t("\nAuthor: ").nm(author, "init").t(", lead reviewer\n")
    d.t("\nThis Learning Review considered how ").k(c.kb("council")).t(" and ").k(c.kb("nhs"))
    d.t(" shared information about ").k("Child A").t(".\n")
    return "LR", "child"


def L_trap_sent_to_cog(c: Ctx):
    """A child LR whose report has gone to the COG, which has not yet met: no ratification."""
    d = c.d
    child, chair = c.cast.person(), c.cast.person()
    d.t("Learning Review - final report\n").k(c.kb("cpc")).t("\n\n")
    d.t("The review looked at the care of ").nm(child, "caps").t(" (").k("Child A").t(").\n")
    d.t("The report was approved by the Child Protection Committee on ").date(c.cpc, "long")
    d.t(" and sent to the COG on ").date(c.sent_cog, "long").t(" for ratification at its next meeting.\n")
    d.t("Chair of the review panel: ").nm(chair, "full").t("\n")
    d.t("\nAgencies taking part: ").k(c.kb("council")).t(", ").k(c.kb("nhs")).t(", ").k("Police Scotland").t(".\n")
    return "LR", "child"


def L_trap_cpc_approval(c: Ctx):
    """An adult ICR approved by the APC only; the COG will consider it later."""
    d = c.d
    adult, off = c.cast.person(), c.cast.person()
    d.t("INITIAL CASE REVIEW (ADULT)\n").k(c.kb("apc")).t("\n\n")
    d.t("Adult: ").nm(adult, "full").t(", aged ").t(str(c.rng.randrange(24, 90))).t("\n")
    d.t("Approved by the Adult Protection Committee: ").date(c.cpc, "ord").t("\n")
    d.t("It will be ratified by the COG at a meeting to be arranged.\n")
    d.t("Lead officer: ").nm(off, "titleinit_dot").t(" (").k(c.kb("council")).t(")\n")
    return "ICR", "adult"


def L_trap_future_cog(c: Ctx):
    """An adult SCR whose COG meeting is in the future: a date, but no ratification."""
    d = c.d
    adult, nok = c.cast.person(), c.cast.person()
    d.t("Significant Case Review - ").k(c.kb("apc")).t("\n\n")
    d.t("Person at the centre of the review: ").nm(adult, "full").t("\nNext of kin: ").nm(nok, "full")
    d.t("\n\nStatus\nReport completed: ").date(c.cpc, "wday")
    d.t("\nFor consideration at the Chief Officers Group meeting on ").date(c.cog, "wday").t(" (future meeting)\n")
    d.t("COG ratification: pending\n")
    d.t("\nThe review involved ").k(c.kb("nhs")).t(" and ").k("Police Scotland").t(".\n")
    return "SCR", "adult"


def L_trap_commenced(c: Ctx):
    """A child LR progress note: the review has commenced, nothing is ratified.

    Gold ``OTHER`` (corrected 2026-12-03, first recorded as ``LR``): a progress note is not the
    review's report (it says none exists yet) nor a decision or outcome notification."""
    d = c.d
    child, rev = c.cast.person(), c.cast.person(True)
    d.t("Learning Review: progress update for ").k(c.kb("cpc")).t("\n\n")
    d.t("The review concerning ").nm(child, "init").t(" commenced on ").date(c.commenced, "ord")
    d.t(". The lead reviewer is ").nm(rev, "full").t(". Practitioner sessions are planned.\n")
    d.t("No report has yet gone to the Chief Officers Group.\n")
    d.t("Partners: ").k(c.kb("council")).t(", ").k(c.kb("nhs")).t(".\n")
    return "OTHER", None


def L_decision_commission(c: Ctx):
    """A child learning review decision notification: a decision to commission, no ratification."""
    d = c.d
    child, chair = c.cast.person(), c.cast.person()
    dob = c.dob_child()
    d.t("LEARNING REVIEW DECISION NOTIFICATION\nCommittee: ").k(c.kb("cpc")).t("\n")
    d.t("Child: ").nm(child, "full").t("   DOB: ").dob(dob, c.st("slash", "long")).t("\n")
    d.t("Date of referral: ").date(c.referral, "slash").t("\nDate of decision: ").date(c.decision, "slash")
    d.t("\nDecision: to commission a Learning Review [X]   not to proceed [ ]\n")
    d.t("Reasons: the criteria for a learning review are met.\nDecision made by the CPC chair, ")
    nm(d, chair, "titleinit")
    d.t(", on behalf of the COG.\n")
    return "LR-DECISION", "child"


def L_genogram(c: Ctx):
    """An ICR family composition table, names in capitals in cells, dates of birth in a column."""
    d, r = c.d, c.rng
    mum, dad = c.cast.person(True), c.cast.person(False)
    kids = [c.cast.person(surname=dad.surname) for _ in range(r.randrange(2, 4))]
    pl = c.place()
    d.t("Initial Case Review\n").k(c.kb("cpc")).t("\n\nFAMILY COMPOSITION (genogram key)\n")
    d.t("Name                     | Relationship     | Date of birth   | Lives at home\n")
    for p, rel in [(mum, "Mother"), (dad, "Father")] + [(k, "Child") for k in kids]:
        d.t("")
        nm(d, p, "caps")
        d.t(" | " + rel + " | ").dob(c.dob_child() if rel == "Child" else B5.rand_date(r, dt.date(1976, 1, 1), dt.date(2002, 12, 31)),
                                        c.st("slash", "dot2", "long"))
        d.t(" | " + r.choice(("Yes", "No", "Part-time")) + "\n")
    d.t("\nAddress of the household: ")
    addr(d, pl, caps=True)
    d.t("\n\nThe ICR outcome was endorsed by the COG on ").ratified(c.cog, c.st("long", "ord"))
    d.t(".\nAgencies: ").k(c.kb("council")).t(", ").k("Police Scotland").t(".\n")
    return "ICR", "child"


def L_panel_minutes(c: Ctx):
    """Minutes of a learning review panel: attendance, apologies, actions by initials; no ratification.

    Gold ``OTHER`` (corrected 2026-12-07, first recorded as ``LR``): a panel's minute is not the
    review's report nor a decision or outcome notification (issue 10's kinds; set 11's gold files the
    same paper ``OTHER``, and set 8's review made the COG's own minutes ``OTHER``)."""
    d, r = c.d, c.rng
    people = [c.cast.person(title=r.choice(("Dr", None, None))) for _ in range(4)]
    child = c.cast.person()
    d.t("Minute of the Learning Review Panel\n").k(c.kb("cpc")).t("\nHeld on ").date(c.commenced, "wday").t("\n\n")
    d.t("Present: ")
    for i, p in enumerate(people[:3]):
        d.t(", " if i else "")
        nm(d, p, "titleinit")
        d.t(" (" + ["Chair", "Social Work", "Health"][i] + ")")
    d.t("\nApologies: ").nm(people[3], "full").t("\n\n")
    d.t("1. The panel reviewed the chronology for ").k("Child A").t(" (").nm(child, "forename").t(").\n")
    d.t("2. The panel agreed the draft will be submitted to the COG at its meeting on ").date(c.cog, "long").t(".\n\n")
    d.t("Actions\n")
    for p, what in zip(people[:3], ("circulate draft", "check health records", "contact SCRA")):
        d.t("- " + what + " - ")
        nm(d, p, "initials")
        d.t("\n")
    d.t("(").k("Scottish Children's Reporter Administration").t(")\n")
    return "OTHER", None


def L_cover_letter(c: Ctx):
    """A covering letter notifying the outcome, with a sign-off block."""
    d = c.d
    lead, to = c.cast.person(), c.cast.person(True)
    d.t("").k(c.kb("council")).t("\nChief Social Work Officer\n\n").date(c.cog + dt.timedelta(days=2), "long").t("\n\n")
    d.t("Dear ").nm(to, "title").t(",\n\nLearning review outcome notification\n\n")
    d.t("I enclose the anonymised report of the learning review into the circumstances of ").k("Child B")
    d.t(". The report was ratified by the Chief Officers Group on ").ratified(c.cog, c.st("ord", "long", "wday"))
    d.t(" and is sent within seven days, as the ").k("Care Inspectorate").t(" asks.\n\n")
    d.t("Yours sincerely\n\n").nm(lead, "full").t("\nLead Officer, ").k(c.kb("cpc"))
    d.t("\nTel: ").pii("phone", tel(c.rng)).t("  Email: ").pii("email", mail(lead, c.dom)).t("\n")
    return "LR-OUTCOME", "child"


def L_email_thread(c: Ctx):
    """A forwarded e-mail thread arranging a meeting: not a review document."""
    d, r = c.d, c.rng
    a, b = c.cast.person(), c.cast.person()
    d.t("From: ").nm(a, "full").t(" <").pii("email", mail(a, c.dom, 2)).t(">\nSent: ")
    d.date(c.referral, "wday").t(" 10:14\nTo: ").nm(b, "full").t("\nSubject: RE: room booking\n\n")
    d.t("Thanks ").nm(b, "forename").t(", the room at ").k(c.kb("council")).t(" is free. Call me on ")
    d.pii("phone", tel(r)).t(".\n\n").nm(a, "forename").t("\n\n")
    d.t("-----Original Message-----\nFrom: ").nm(b, "surname_first").t("\n> Could we meet on ")
    d.date(c.referral + dt.timedelta(days=9), "long").t(" to plan the training day?\n")
    return "OTHER", None


def L_chronology(c: Ctx):
    """A child SCR chronology table, events naming people by role."""
    d, r = c.d, c.rng
    child, mum = c.cast.person(), c.cast.person(True)
    gp, pc = c.cast.person(title="Dr"), c.cast.person()
    dob = c.dob_child()
    d.t("Significant Case Review - Chronology of significant events\n").k(c.kb("cpc")).t("\n\n")
    d.t("Child: ").nm(child, "full").t(" d.o.b. ").dob(dob, c.st("long", "slash")).t("\n\n")
    d.t("Date       | Event                                          | Source\n")
    d.date(c.incident - dt.timedelta(days=200), "slash").t(" | GP, ").nm(gp, "title").t(", saw ")
    d.nm(mum, "forename").t(" about low mood | ").k(c.kb("nhs")).t("\n")
    d.date(c.incident, "slash").t(" | Police officer ").nm(pc, "init").t(" attended a disturbance | ")
    d.k("Police Scotland").t("\n")
    d.date(c.referral, "slash").t(" | Referral by ").nm(mum, "titleinit").t(" to social work | ")
    d.k(c.kb("council")).t("\n")
    d.date(c.cog, "slash").t(" | Report agreed by the Chief Officers Group | CPC\n")
    d.t("\nThe SCR was agreed by the Chief Officers on ").ratified(c.cog, "slash").t(".\n")
    return "SCR", "child"


def L_agency_return(c: Ctx):
    """An ICR Part A agency return: date-labelled header, identifiers; no ratification yet."""
    d, r = c.d, c.rng
    child, auth = c.cast.person(), c.cast.person()
    dob = c.dob_child()
    d.t("ICR PART A - SINGLE AGENCY RETURN\n").k(c.kb("cpc")).t("\n")
    d.t("Date circulated: ").date(c.decision, "dash").t("\nDate to be completed: ")
    d.date(c.decision + dt.timedelta(days=14), "dash").t("\nDate returned to designated officer: ")
    d.date(c.decision + dt.timedelta(days=12), "dash").t("\nAuthor: ").nm(auth, "full")
    d.t("\nService/agency: ").k(c.kb("nhs")).t("\n\n")
    d.t("Child's name: ").nm(child, "full").t("\nCHI: ").pii("chi", chi_number(r, dob, child.female, True))
    d.t("\nDate of birth: ").dob(dob, "dash").t("\nSchool: ").q("school", r.choice(SCHOOLS)).t("\n\n")
    d.t("1. Summary of involvement\n").nm(child, "forename").t(" was seen at ").k(c.hosp()).t(" (")
    d.pii("nhs", nhs_number(r, True)).t(").\n")
    return "ICR", "child"


def L_apc_scr_adult(c: Ctx):
    """An adult SCR narrative: care home, NI number, names in capitals, d.o.b."""
    d, r = c.d, c.rng
    adult, son = c.cast.person(False), c.cast.person(False)
    dob = c.dob_adult()
    home = r.choice(CARE_HOMES)
    d.t("Significant Case Review: Adult C\n").k(c.kb("apc")).t("\n\n").k("Adult C")
    d.t(" (").nm(adult, "caps_title").t(", d.o.b. ").dob(dob, c.st("long", "dot2")).t(") lived at ")
    d.q("care_home", home).t(". National Insurance number ").pii("ni", ni_number(r)).t(".\n")
    d.t("His son, ").nm(son, "full").t(", raised concerns with ").k(c.kb("council")).t(" on ")
    d.date(c.incident, "long").t(".\n")
    d.t("The Chief Officers' Group endorsed the report on ").ratified(c.cog, c.st("long", "ord", "dayof")).t(".\n")
    return "SCR", "adult"


def L_ppc_lr_adult(c: Ctx):
    """A public protection committee's adult learning review with a recommendations table."""
    d = c.d
    adult, carer = c.cast.person(True), c.cast.person()
    d.t("Learning Review - Adult D\n").k(c.kb("apc")).t("\n\nRecommendations\n")
    d.t("No. | Recommendation                         | Lead agency\n")
    d.t("1   | Review discharge planning              | ").k(c.kb("nhs")).t("\n")
    d.t("2   | Carer assessment for ").nm(carer, "full").t(" | ").k(c.kb("council")).t("\n\n")
    d.t("The review concerned ").nm(adult, "full").t(" (").k("Adult D").t("), aged ").t(str(c.rng.randrange(30, 88))).t(".\n")
    d.t("Ratified by COG (date): ").ratified(c.cog, c.st("slash", "iso", "long")).t("\n")
    return "LR", "adult"


def L_outcome_form(c: Ctx):
    """A child learning outcome form: tick boxes and a 'date of ratification by the COG' row."""
    d, r = c.d, c.rng
    child = c.cast.person()
    sub = c.cast.person()
    dob = c.dob_child()
    d.t("Learning outcome notification form\n\nCommittee: ").k(c.kb("cpc")).t("\n")
    d.t("Name of child (to be anonymised): ").nm(child, "full").t("\nChild's date of birth: ")
    d.dob(dob, c.st("ord", "long")).t("\nChild's CHI number: ").pii("chi", chi_number(r, dob, child.female, r.random() < 0.6))
    d.t("\n[x] Learning review completed   [ ] Alternative approach\n")
    d.t("Date of ratification by the Chief Officers Group: ").ratified(c.cog, c.st("long", "slash", "ord")).t("\n")
    d.t("Submitted by: ").nm(sub, "surname_init").t("  ").pii("phone", tel(r)).t("\n")
    return "LR-OUTCOME", "child"


def L_decision_adult(c: Ctx):
    """An adult decision notification: not to proceed, with reasons; no ratification."""
    d = c.d
    adult = c.cast.person()
    off = c.cast.person()
    d.t("ADULT LEARNING REVIEW - DECISION NOTIFICATION\n").k(c.kb("apc")).t("\n\n")
    d.t("Adult: ").nm(adult, "caps").t("\nDate APC considered referral: ").date(c.decision, c.st("long", "iso"))
    d.t("\nDecision: not to proceed to a learning review.\nReason: single-agency learning, taken forward by ")
    d.k(c.kb("nhs")).t(".\nCompleted by ").nm(off, "full").t(", ").pii("email", mail(off, c.dom, 1)).t("\n")
    return "LR-DECISION", "adult"


def L_action_plan(c: Ctx):
    """An improvement action plan after a review: owners by name, dates due; not a review report."""
    d, r = c.d, c.rng
    owners = [c.cast.person() for _ in range(3)]
    d.t("Improvement action plan\n").k(c.kb("cpc")).t("\n\nAction | Owner | Due\n")
    for p, what in zip(owners, ("Refresh neglect training", "Audit case transfers", "Update information-sharing protocol")):
        d.t(what + " | ")
        nm(d, p, r.choice(("full", "init", "titleinit")))
        d.t(" | ").date(c.cog + dt.timedelta(days=r.randrange(30, 200)), c.st("short2", "long", "slash")).t("\n")
    d.t("\nPlan approved by the CPC on ").date(c.cpc, "long").t(". Progress to be reported quarterly.\n")
    d.t("Partners: ").k(c.kb("council")).t(", ").k(c.kb("nhs")).t(".\n")
    return "OTHER", None


def L_agenda(c: Ctx):
    """A committee agenda with apologies and a future COG date: not a review document."""
    d = c.d
    chair, a1 = c.cast.person(), c.cast.person(True)
    d.t("AGENDA\n").k(c.kb("cpc")).t("\nMeeting: ").date(c.cpc, "wday").t(", 10.00\nChair: ").nm(chair, "full").t("\n\n")
    d.t("1. Welcome and apologies (").nm(a1, "init").t(")\n2. Minute of the last meeting\n")
    d.t("3. Learning review updates\n4. Date of next COG: ").date(c.cog, "long").t("\n5. AOCB\n")
    return "OTHER", None


def L_distribution(c: Ctx):
    """A child SCR front page: version control table and a distribution list."""
    d, r = c.d, c.rng
    auth, dist1, dist2 = c.cast.person(), c.cast.person(title="Dr"), c.cast.person()
    child = c.cast.person()
    d.t("").k(c.kb("cpc")).t("\nSIGNIFICANT CASE REVIEW - FINAL REPORT\n\nVersion control\n")
    d.t("Version | Date | Author | Note\n0.3 | ").date(c.cpc - dt.timedelta(days=30), "dot2").t(" | ")
    nm(d, auth, "initials")
    d.t(" | draft to panel\n1.0 | ").ratified(c.cog, "dot2").t(" | ").nm(auth, "init")
    d.t(" | final, ratified by the COG\n\nDistribution\n")
    d.nm(dist1, "titleinit").t(", ").k(c.kb("nhs")).t("\n").nm(dist2, "full").t(", ").k(c.kb("council")).t("\n\n")
    d.t("Summary: the review concerns ").nm(child, "full").t(", then aged ").t(str(r.randrange(1, 15))).t(".\n")
    return "SCR", "child"


def L_ids_block(c: Ctx):
    """An adult ICR whose identifiers sit in an unlabelled bracketed block."""
    d, r = c.d, c.rng
    adult = c.cast.person()
    dob = c.dob_adult()
    pl = c.place()
    d.t("Initial Case Review\n").k(c.kb("apc")).t("\n\n")
    d.nm(adult, "full").t(" [").pii("chi", chi_number(r, dob, adult.female, True)).t(" / ")
    d.pii("nhs", nhs_number(r, True)).t(" / ").pii("ni", ni_number(r)).t("]\n")
    addr(d, pl, sep="\n")
    d.t("\nTel ").pii("phone", tel(r)).t("\n\n")
    d.t("The ICR outcome was ratified at the COG on ").ratified(c.cog, c.st("long", "ord", "wday")).t(".\n")
    d.t("Agencies: ").k(c.kb("nhs")).t(", ").k(c.kb("council")).t(".\n")
    return "ICR", "adult"


def L_dob_narrative(c: Ctx):
    """A child LR narrative with dates of birth written in several ways and siblings."""
    d, r = c.d, c.rng
    dad = c.cast.person(False)
    kids = [c.cast.person(surname=dad.surname) for _ in range(3)]
    d.t("Learning Review\n").k(c.kb("cpc")).t("\n\nThe family\n")
    d.t("The father, ").nm(dad, "full")
    say_dob(d, c, c.dob_adult())
    d.t(" cared for three children: ")
    for i, k in enumerate(kids):
        d.t(", " if i else "")
        d.nm(k, "forename")
        say_dob(d, c, c.dob_child())
    d.t(". The eldest attended ").q("school", r.choice(SCHOOLS)).t(".\n\n")
    d.t("This Learning Review was approved by the Chief Officers Group on ").ratified(c.cog, c.st("long", "us", "ord"))
    d.t(".\nAgencies: ").k(c.kb("council")).t(", ").k(c.kb("nhs")).t(", ").k("Police Scotland").t(".\n")
    return "LR", "child"


def L_email_quoted_outcome(c: Ctx):
    """An adult outcome sent as an e-mail reply, the ratification in the quoted part."""
    d, r = c.d, c.rng
    a, b = c.cast.person(True), c.cast.person()
    adult = c.cast.person()
    d.t("From: ").pii("email", mail(a, c.dom)).t("\nTo: notifications inbox, ").k("Care Inspectorate")
    d.t("\nSubject: Adult learning review outcome notification\n\nPlease find the outcome below.\n")
    d.nm(a, "forename").t("\n\n> On ").date(c.cog + dt.timedelta(days=1), "long").t(", ").nm(b, "full").t(" wrote:\n")
    d.t("> Learning review outcome for ").k(c.kb("apc")).t("\n> Adult: ").nm(adult, "caps").t("\n")
    d.t("> The COG ratified the review on ").ratified(c.cog, c.st("iso", "long", "slash")).t(".\n")
    d.t("> Ring me on ").pii("phone", tel(r)).t(" with questions.\n")
    return "LR-OUTCOME", "adult"


def L_panel_initials(c: Ctx):
    """A child LR with a panel membership table (titles, initials) and an approval sentence."""
    d, r = c.d, c.rng
    mem = [c.cast.person(title=t) for t in ("Dr", None, None)]
    child = c.cast.person()
    d.t("Learning Review Report\n").k(c.kb("cpc")).t("\n\nReview panel\nName | Initials | Agency\n")
    for p, ag in zip(mem, (c.kb("nhs"), c.kb("council"), "Police Scotland")):
        nm(d, p, r.choice(("titleinit", "titleinit_dot", "full")))
        d.t(" | ")
        nm(d, p, "initials")
        d.t(" | ").k(ag).t("\n")
    d.t("\nThe review was about ").nm(child, "full").t(" (").k("Child A").t(").\n")
    d.t("The report was approved by the Chief Officers Group on ").ratified(c.cog, c.st("long", "dash", "iso")).t(".\n")
    return "LR", "child"


def L_lower_address(c: Ctx):
    """A child ICR with addresses in lower case and the ratification in a weekday row."""
    d, r = c.d, c.rng
    child, mum, dad = c.cast.person(), c.cast.person(True), c.cast.person(False)
    d.t("ICR summary\n").k(c.kb("cpc")).t("\n\nCHILD: ").nm(child, "caps").t("\nmother: ").nm(mum, "full")
    d.t(", ")
    addr(d, c.place(), lower=True)
    d.t("\nfather: ").nm(dad, "full").t(", ")
    addr(d, c.place(), lower=True)
    d.t("\n\nICR ratified by COG: ").ratified(c.cog, "wday").t("\n")
    d.t("Partner agencies: ").k(c.kb("council")).t("; ").k("Police Scotland").t(".\n")
    return "ICR", "child"


def L_notification_to_cpc(c: Ctx):
    """An agency's notification to the CPC that a case may meet the criteria (Annex 1.1 style)."""
    d, r = c.d, c.rng
    child, sender = c.cast.person(), c.cast.person()
    dob = c.dob_child()
    d.t("Notification to the Child Protection Committee of a case for consideration\nTo: ").k(c.kb("cpc")).t("\n\n")
    d.t("Brief outline of the case and the basis for referral: ").nm(child, "full")
    say_dob(d, c, dob)
    d.t(" was admitted to ").k(c.hosp()).t(" on ").date(c.incident, "long").t(".\n")
    d.t("The current circumstances of the child: placed with kinship carers.\n")
    d.t("Notifying officer: ").nm(sender, "full").t(", ").pii("phone", tel(r)).t("\n")
    return "OTHER", None


def L_lr_caps_names(c: Ctx):
    """An adult LR in which names are in capitals with titles, ratified in a 'the Nth day' sentence."""
    d = c.d
    adult, nurse = c.cast.person(True), c.cast.person(True)
    dob = c.dob_adult()
    d.t("ADULT SUPPORT AND PROTECTION LEARNING REVIEW\n").k(c.kb("apc")).t("\n\n")
    d.nm(adult, "caps").t(" (").k("Adult E").t("), born ").dob(dob, c.st("ord", "long", "us")).t(", ")
    d.t("lived alone. The district nurse, ").nm(nurse, "caps_title").t(", visited weekly.\n")
    d.t("The findings were agreed by the Chief Officers Group on ").ratified(c.cog, c.st("dayof", "long", "short2"))
    d.t(".\nAgencies: ").k(c.kb("nhs")).t(", ").k(c.kb("council")).t(".\n")
    return "LR", "adult"


def L_icr_adult_cog_row(c: Ctx):
    """An adult ICR with a 'COG ratification' table row and a GP practice."""
    d, r = c.d, c.rng
    adult, gp = c.cast.person(), c.cast.person(title="Dr")
    d.t("ICR - Adult F\n").k(c.kb("apc")).t("\n\n")
    d.t("Field | Detail\nName | ").nm(adult, "full").t("\nGP | ").nm(gp, "titleinit").t(", ")
    d.q("gp", r.choice(STREETS[:5]) + " Medical Practice").t("\nReferral | ").date(c.referral, "long")
    d.t("\nAPC decision | ").date(c.decision, "long").t("\nCOG ratification | ").ratified(c.cog, c.st("long", "slash"))
    d.t("\n").k(c.kb("council")).t(" led the review.\n")
    return "ICR", "adult"


LAYOUTS = [L_form_rows_iso, L_form_rows_us, L_scr_dayof, L_lr_twodigit, L_trap_sent_to_cog, L_trap_cpc_approval,
           L_trap_future_cog, L_trap_commenced, L_decision_commission, L_genogram, L_panel_minutes, L_cover_letter,
           L_email_thread, L_chronology, L_agency_return, L_apc_scr_adult, L_ppc_lr_adult, L_outcome_form,
           L_decision_adult, L_action_plan, L_agenda, L_distribution, L_ids_block, L_dob_narrative,
           L_email_quoted_outcome, L_panel_initials, L_lower_address, L_notification_to_cpc, L_lr_caps_names,
           L_icr_adult_cog_row]
TRAPS = {"trap_sent_to_cog", "trap_cpc_approval", "trap_future_cog", "trap_commenced", "decision_commission",
         "panel_minutes", "agency_return", "decision_adult"}

# ---------------------------------------------------------------- gold check

_RAT_NOUN = re.compile(r"\b(?:COG|Chief\s+Officers(?:'\s+Group|\s+Group)?)\s+ratification\b"
                       r"|\bratification\s+by\s+(?:the\s+)?(?:COG|Chief\s+Officers)", re.I)


def ratification_claims(text: str) -> list[tuple[int, int]]:
    """Set 5's claims plus rows naming the COG's ratification as a noun."""
    out = B5.ratification_claims(text)
    for m in _RAT_NOUN.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split("\n")[-1]
        after = text[m.end():m.end() + 40]
        if B5._NOT_BEFORE.search(before) or re.match(r"^\W*(?:\[?pending|still|not yet|to be|tbc)", after, re.I):
            continue
        out.append(m.span())
    return out


def check(name: str, text: str, doc: Doc, doc_type: str) -> list[str]:
    """Set 5's gold check, with this set's wider notion of a ratification claim."""
    errs = B5.check(name, text, doc, doc_type)
    claims = ratification_claims(text)
    if doc.rat is not None and claims:
        errs = [e for e in errs if "no sentence or row says the COG ratified" not in e]
    if doc.rat is None and claims and not any("no ratification in the gold" in e for e in errs):
        errs.append(f"{name}: the text names a COG ratification ({text[claims[0][0]:claims[0][1]]!r}) "
                    "but there is no ratification in the gold")
    return errs


# The generation loop, build, pools check and command line are the harness's (``blind_eval.BlindSet``).
SET = blind_eval.BlindSet(
    key="blind6", prefix="B6", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC))
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
