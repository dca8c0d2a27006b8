#!/usr/bin/env python3
"""Blind evaluation set 11: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 10); only the shared harness (``blind_eval.py``), the gold format
(``score_redaction.py``), the names of earlier layouts (so none is repeated) and the non-template
parts of ``blind10_reports.py``, ``blind9_reports.py``, ``blind8_reports.py`` and, for the API they
build on, ``blind7_reports.py`` and ``blind5_reports.py`` (``Doc``, ``Ctx``, date wordings and their
reader, identifiers, the sign-off helper, the ratification-claim patterns and the gold check) were
read.  Those are imported, not copied.

Why a module of its own: a figure on a set the rules were tuned on says nothing about reports
nobody here has seen, so each round needs a set nobody has looked at.  This one is written as the
papers a Care Inspectorate reviewer receives, in shapes no earlier set used: a Public Protection
Committee review about a child with an adult at risk in the house, a learning review written as
questions and answers, a "Family members" table with a date-of-birth column in mixed wordings, a
professional network list (name, role, agency), minutes of a review panel with attendance and
initials in actions, an e-mail thread with quoted replies and signatures, a review whose people are
keyed by pseudonym letters, an appendix chronology as "dd/mm/yy - event", decision notifications as
forms with check boxes (proceed and not) and as an e-mail, outcome notifications as a letter, an
e-mail, a forwarded lower-case e-mail and a tick-box form, a COG decision log, typed notes in lower
case, a distribution list and signature blocks, titles with surnames, dates of birth in prose
("was born on the 4th day of May 2017"), brackets and tables without the word, initials as people,
and nicknames.  OTHER papers: a COG agenda, a CPC annual report extract, a training flyer, an NHS
significant adverse event review, an FOI response, a complaint letter, a 7-minute briefing.  A birth
given without a full date ("born in the autumn of 2020") is no date of birth in the gold.

Date traps: a COG meeting still to come, CPC approval with the COG not yet met, a report submitted
to the COG, a review-commenced date; and ratifications stated in words ("on the 3rd day of
February 2026"), as "3.2.26", and as approval or endorsement by the COG (which is ratification).
This set's own date wordings (``NEW_STYLES``: ``3rd day of February 2026``, ``03.02.26``,
``3-Feb-26``, ``3 February 26``, ``3 feb 2026``, ``3rd february 2026``, ``Feb 3, 2026``,
``03-Feb-2026``), read back by set 7's reader.

Its own pools (Yoruba, Tamil, Faroese and Cornish names; Argyll places for streets; Aberdeenshire
and Moray towns; butterflies for care homes; Hebridean islands for schools), none of which occurs
in ../shared/corpus or in another generator (``pool_overlaps`` checks both, sets 7 to 10's pools
included).  Public bodies are real on purpose and are keep gold; schools and care homes are quasi;
ages and pseudonyms ("Adult A") are keep.

Gold per document (set 5's format): ``pii`` (category, person part), ``keep``, ``quasi``,
``doc_type``, ``subject`` and ``ratification_date``.  Types follow issue 10: ICR, SCR and LR are
review reports, LR-DECISION a decision notification, LR-OUTCOME an outcome notification, and
everything else OTHER with ``subject`` None.  Every review and notification states its subject in
its text (the committee kind, "adult at risk", a child's age).  An OTHER paper that states when the
COG ratified (``DATED_OTHER``) keeps that date; the ratification date is None where the COG has not
ratified.  Fixed seed ``SEED``; ``DEFAULT_N`` documents, the layouts taken in turn.  ``generate``
raises SystemExit listing every gold error (``check``).

Gold review (2026-12-07, by a reviewer of the generator who read no rule, no analysis code and no
failure, and did not run the engine on the set; only the aggregate figures in ``eval_blind11.py``):
all 105 documents read with their gold against issue 10's kinds and the conventions of sets 6 to 10
(``doc_type``, ``subject`` readable from the text, ``ratification_date`` against the text, every
name form, address, postcode, date of birth, phone, e-mail and identifier, keep and quasi terms).
No type, subject, ratification date or PII form is wrong, none is missing and none is spurious.
One change: the form "Oluwafemi P." (``foreinit``, used by ``decision_email_proceed_adult``) had
the part ``forename``, which the scorer keeps for single name tokens (its partial-redaction
match); it is ``init`` now, as set 8's "Surname, F.".  The gold texts, categories and every recall,
keep, type, subject and ratification figure are unchanged; in the one run's "person by part" line
3 forms move from forename (69 -> 66) to init (16 -> 19), whether they were kept out is not known
here (no failure read), so the lead reruns the measure for that line.
Left as written and open: ``decision_email_proceed_adult`` gives no reasons; it stands as
LR-DECISION (DOMAIN.md asks for reasons only when a review does not proceed).
``outcome_forwarded_email_lower_adult`` is an internal forward ("can you log this") around the
notification; it stands as LR-OUTCOME because its body is the notification, not a cover note.
The OTHER papers of ``DATED_OTHER`` (7-minute briefing, COG decision log) keep the date the COG
ratified, as set 8's convention does.  Slips in the writer's text with no gold effect, which a rule
using gender as evidence could trip on: "a sister" with a male forename (``icr_child_birth_in_prose``,
B11_065 and B11_100), a spouse "she" with a male forename (``ap_icr_carer_stress_identifiers``,
B11_067 and B11_102), a "27-month check" whose bracketed date of birth gives another age
(``lr_appendix_chronology_ddmmyy_dash``), health roles signing with a council e-mail (``sig``).
A form whose words are not listed on their own ("Oluwafemi P.", "Mr Heinesen") counts as leaked only
when it leaks whole: the scorer's design, shared by every set.  Other seeds: 1 in 160 fails the
gold check (seed 5: a child's initials "HV", the chronology's health-visitor abbreviation, since
``Ctx.person`` does not test initials when the surname is given); the check raises, the set's own
seed is unaffected.
Refactored after the run onto ``BlindSet`` and sets 7-10's classes (pools as class attributes): output byte-identical.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_reports as B5  # noqa: E402
import blind7_reports as B7  # noqa: E402
import blind8_reports as B8  # noqa: E402
import blind9_reports as B9  # noqa: E402
import blind10_reports as B10  # noqa: E402
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261249
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Omolara Titilayo Adunni Morenike Funmilayo Abimbola Bukola Oyinkansola Thenmozhi Vasuki Kalaivani "
          "Anbarasi Malarvizhi Ilakkiya Rannva Gunnva Turid Beinta Sunnva Demelza Kerensa Lowenna "
          "Wenna").split()
MALE = ("Oluwafemi Adewale Oladipo Folarin Gbenga Karthikeyan Elango Saravanan Arivazhagan Thangaraj Sjurdur "
        "Heini Runi Bardur Eydun Jogvan Trondur Hedin Sverri Jago Kenver Peran Kitto Talan Jory").split()
SURNAMES = ("Olawale Akinola Babalola Adebayo Ogundipe Fashola Thangavelu Arumugam Natarajan Kandasamy Sivakumar "
            "Vellaisamy Djurhuus Heinesen Niclasen Zachariasen Skaale Patursson Lamhauge Johannesen Trelawny "
            "Penrose Tregarthen Polglase Pengelly Trevithick Chenoweth Nancarrow Rosevear Trewin McSherry "
            "O'Friel O'Hanlon McGarvie MacLarty MacSporran").split()
NICKNAMES = ("Femi", "Bisi", "Kavi", "Selva", "Jogi", "Wenny", "Sjuri")
STREETS = ("Kilmelford Kilninver Ardchattan Benderloch Barcaldine Glencreran Ardfern Craobh Kilmartin Achnamara "
           "Kames Colintraive Glendaruel Strachur Lochgoilhead Ardentinny Kilmun Ardlamont Skipness Claonaig "
           "Tayinloan Glenbarr Muasdale Machrihanish").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Cornhill": "AB45", "Craigellachie": "AB38", "Archiestown": "AB38", "Burghead": "IV30", "Hopeman": "IV30",
    "Garmouth": "IV32", "Portknockie": "AB56", "Findochty": "AB56", "Echt": "AB32", "Monymusk": "AB51",
    "Gourdon": "DD10", "Fettercairn": "AB30", "Alford": "AB33", "Rhynie": "AB54", "Fochabers": "IV32",
    "Strichen": "AB43", "Gardenstown": "AB45", "Tarves": "AB41", "Newmachar": "AB21", "Aberchirder": "AB54",
    "Rothienorman": "AB51", "Auchenblae": "AB30",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Ringlet Fritillary Brimstone Hairstreak Orangetip Tortoiseshell Cinnabar "
                                          "Burnet Grayling".split(),
                                          ("House", "Care Home", "Haven", "Court Nursing Home", "Care Home",
                                           "House", "Residential Home", "Care Centre", "Haven"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Gigha Jura Scarba Lunga Luing Seil Kerrera Lismore Shuna Eriska "
                                       "Colonsay".split(),
                                       ("Primary School", "Academy", "Primary School", "Nursery", "High School",
                                        "Primary School", "Early Learning Centre", "Academy", "Primary School",
                                        "High School", "Nursery"))]
GENERIC = B10.GENERIC
AREAS = B8.AREAS

# ---------------------------------------------------------------- dates: this set's wordings (read by set 7's reader)

read_dates = B7.read_dates
MONTHS = B5.MONTHS
NEW_STYLES = ("dayof", "dot2", "dashabbr2", "longyy", "lowerabbr", "ordlower", "usabbr", "dashabbr")
STYLES = NEW_STYLES + ("long", "ord", "slash", "dotshort", "mondot", "slash2", "usord")
INLINE = STYLES[1:]  # the wordings that read after a bare 'on' ('dayof' wants 'on the')


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    own = {
        "dayof": f"{o} day of {m} {d.year}",
        "dot2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "dashabbr2": f"{d.day}-{m[:3]}-{d.year % 100:02d}",
        "longyy": f"{d.day} {m} {d.year % 100:02d}",
        "lowerabbr": f"{d.day} {m[:3].lower()} {d.year}",
        "ordlower": f"{o} {m.lower()} {d.year}",
        "usabbr": f"{m[:3]} {d.day}, {d.year}",
        "dashabbr": f"{d.day:02d}-{m[:3]}-{d.year}",
    }
    if style in own:
        return own[style]
    return B9.fmt(d, style) if style in B9.STYLES else B7.fmt(d, style)


# ---------------------------------------------------------------- people, places, documents

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B10.bad_initials() | {"AB", "IV", "DD"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "foreinit": (lambda p: f"{p.forename} {p.surname[0]}.", "init"),  # two words: no bare forename (gold review)
    "lowersur": (lambda p: p.surname.lower(), "surname"),
}


class Doc11(B9.Doc9):
    """Set 9's document with this set's date wordings and two more person forms."""
    FORMS = {**B9.Doc9.FORMS, **FORMS}
    fmt = staticmethod(fmt)


Place = B7.Place  # given this set's pools by ``Ctx.place``


class Ctx(B10.Ctx):
    """Set 10's context (set 9's timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    document = Doc11
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        """A ratification wording: mostly this set's new ones ('dayof' only where 'on the' comes before it)."""
        return self.rng.choice(INLINE[:7] if self.rng.random() < 0.8 else INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)


age = B7.age
HEALTH = B8.HEALTH
SOCIAL = B8.SOCIAL
sign = B8.sign
marking = B8.marking
family = B8.family
aged = B10.aged
head = B10.head
sig = B10.sig
dob_phrase = B9.dob_phrase
cpc_line = B9.cpc_line


def cog_said(c: Ctx, kind: str = "review") -> None:
    """This set's ways of saying the COG ratified (approval or endorsement by the COG is ratification)."""
    D, day, i = c.d, c.cog, c.rng.randrange(6)
    if i == 0:
        D.t(f"The Chief Officers Group ratified the {kind} on the ").ratified(day, "dayof").t(".\n")
    elif i == 1:
        D.t("Approved by the COG: ").ratified(day, c.rng.choice(("dotshort", "dot2"))).t("\n")
    elif i == 2:
        D.t(f"The {kind} and its action plan were endorsed by the Chief Officers Group on ").ratified(day, c.rs()).t(".\n")
    elif i == 3:
        D.t("COG ratification: ").ratified(day, c.rs()).t("\n")
    elif i == 4:
        D.t("At its meeting on ").ratified(day, c.rs()).t(f" the Chief Officers Group approved the {kind} and its "
                                                         "recommendations.\n")
    else:
        D.t("Ratified by the Chief Officers' Group on ").ratified(day, c.rs()).t(".\n")


def sent_line(c: Ctx) -> None:
    day = c.cog + dt.timedelta(days=c.rng.randrange(2, 7))
    c.d.t("Sent to the ").k("Care Inspectorate").t(" on ").date(day, c.ds()).t(".\n")


def ids(c: Ctx, p: Person, dob: dt.date) -> None:
    """CHI, NHS and NI numbers, labelled as a health or benefits record gives them."""
    d = c.d
    d.t("CHI: ").pii("chi", B7.chi(c.rng, dob, p.female)).t("   NHS no. ").pii("nhs", B7.nhs(c.rng))
    d.t("   NINO ").pii("ni", B7.ni(c.rng, c.rng.choice((0, 1)))).t("\n")


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)


def L_ppc_child_review_with_adult_at_risk(c: Ctx):
    """A Public Protection Committee learning review about a child whose grandmother is an adult at risk."""
    d, r = c.d, c.rng
    mother, _, (child,) = family(c, 1)
    gran = c.person(True, title="Mrs")
    dob, gdob, pl = c.dob_young(2015, 2021), c.dob_older(), c.place()
    d.t(f"{marking(c)}\n\nPublic Protection - Learning Review\n").k(c.committee("child")).t("\n\n")
    d.t("1. Why this review\nThis review was commissioned under the child protection guidance. It is about a child, ")
    d.nm(child).t(", ").dob(dob, c.ds()).t(", who was ")
    aged(c, dob, c.referral)
    d.t(" when the referral was made. ").nm(child, "forename").t(" lived with ").nm(mother).t(" and ")
    d.nm(mother, "forename").t("'s mother, ").nm(gran, "title").t(", at ").pii("address", f"{pl.street}, {pl.town}")
    d.t(" ").pii("postcode", pl.postcode).t(".\n\n2. The adult in the household\n").nm(gran, "title")
    d.t(" (").dob(gdob, c.ds()).t(") is an adult at risk; her needs were assessed by ").k(c.a["council"])
    d.t(" in parallel. She is not the subject of this review.\n\n3. Learning\nThe school, ").q("school", c.school())
    d.t(", saw that ").nm(child, "forename").t(" was often late and tired.\n\n")
    cpc_line(c, "child")
    cog_said(c)
    d.t("\n")
    sig(c, r.random() < 0.5)
    return "LR", "child"


def L_lr_written_as_questions_and_answers(c: Ctx):
    """An adult protection learning review set out as questions and answers."""
    d, r = c.d, c.rng
    adult, son = c.person(True), c.person(False)
    dob, pl = c.dob_older(), c.place()
    head(c, "Learning Review: questions and answers", "adult")
    d.t("Q1. Who is this review about?\nA. ").nm(adult, "titlefull").t(", ")
    aged(c, dob, c.incident)
    d.t(", an adult at risk of harm, who lived alone at ")
    c.addr(pl)
    d.t(".\n\nQ2. When was ").nm(adult, "forename").t(" born?\nA. On ").dob(dob, c.ds()).t(".\n\n")
    d.t("Q3. Who else was involved?\nA. Her son ").nm(son).t(" visited weekly. Staff called him ").nm(son, "forename")
    d.t(" in the notes; the GP letters say ").nm(son, "init").t(".\n\n")
    d.t("Q4. What went wrong?\nA. ").k(c.a["board"]).t(" and ").k("Police Scotland").t(" each held part of the "
                                                                                      "picture.\n\n")
    d.t("Q5. Has the review been ratified?\nA. Yes. ")
    cog_said(c)
    d.t("\nQ6. Who wrote it?\nA. ")
    sig(c)
    return "LR", "adult"


def L_scr_family_members_table_dob_column(c: Ctx):
    """An SCR with a 'Family members' table whose date-of-birth column mixes wordings, one row a season only."""
    d, r = c.d, c.rng
    mother, father, kids = family(c, 2, same=False)
    baby = c.person(surname=mother.surname)
    dobs = [c.dob_parent(), c.dob_parent(), c.dob_young(2011, 2016), c.dob_young(2017, 2021)]
    head(c, "Significant Case Review", "child")
    d.t("The subject of this review is a child, ").nm(kids[0], "forename").t(", ")
    aged(c, dobs[2], c.incident)
    d.t(" at the time of the incident.\n\nFamily members\n")
    d.t(f"{'Name':<28}| {'Relationship':<16}| Date of birth\n")
    for p, rel, dob in ((mother, "Mother", dobs[0]), (father, "Father", dobs[1]), (kids[0], "Subject", dobs[2]),
                        (kids[1], "Brother/sister", dobs[3])):
        d.nm(p).t(" " * max(1, 28 - len(p.forename) - len(p.surname) - 1) + f"| {rel:<16}| ").dob(dob, c.ds()).t("\n")
    d.nm(baby).t(" " * max(1, 28 - len(baby.forename) - len(baby.surname) - 1) + f"| {'Half-sibling':<16}| ")
    d.t(f"born {r.choice(('autumn', 'summer', 'winter'))} {r.randrange(2022, 2025)}\n\n")
    d.t("Agencies: ").k(c.a["council"]).t(", ").k(c.a["board"]).t(", ").k("Police Scotland").t(".\n\n")
    cog_said(c, "SCR")
    sent_line(c)
    return "SCR", "child"


def L_icr_professional_network_list(c: Ctx):
    """An ICR whose annex lists the professional network: name - role - agency."""
    d, r = c.d, c.rng
    child, mother = c.person(), c.person(True)
    dob = c.dob_young(2018, 2023)
    head(c, "Initial Case Review", "child")
    d.t("Child: ").nm(child).t(" (").dob(dob, c.ds()).t("), ")
    aged(c, dob, c.referral)
    d.t("\nParent: ").nm(mother, "title").t("\n\nAnnex B - Professional network\n")
    for _ in range(r.randrange(3, 6)):
        p = c.pro()
        health = r.random() < 0.5
        d.nm(p, r.choice(("full", "titlefull", "init"))).t(" - ").k(r.choice(HEALTH if health else SOCIAL)).t(" - ")
        d.k(c.a["board"] if health else c.a["council"]).t("\n")
    d.t("PC ").nm(c.pro(), "surname").t(" - Officer - ").k("Police Scotland").t("\n\n")
    cpc_line(c, "child")
    cog_said(c, "ICR")
    return "ICR", "child"


def L_review_panel_minutes_with_attendance(c: Ctx):
    """Minutes of a review panel: present, apologies, actions by initials (OTHER; the review is under way)."""
    d, r = c.d, c.rng
    chair, members, away = c.pro(), [c.pro() for _ in range(3)], c.pro()
    d.t("Learning Review Panel - note of meeting held ").date(c.commenced + dt.timedelta(days=14), c.ds()).t("\n")
    d.k(c.committee(r.choice(("child", "adult")))).t("\n\nPresent:\n").nm(chair).t(" (").nm(chair, "initials")
    d.t(") Chair\n")
    for p in members:
        d.nm(p).t(" (").nm(p, "initials").t(") ").k(r.choice(SOCIAL + HEALTH)).t("\n")
    d.t("Apologies: ").nm(away, "title").t("\n\n1. Scope agreed; chronologies due in four weeks.\n")
    for p in members[:2]:
        d.t("Action: ").nm(p, "initials").t(" to request records.\n")
    d.t("2. Next panel: ").date(c.commenced + dt.timedelta(days=42), c.ds()).t(".\n")
    return "OTHER", None


def L_outcome_email_thread_quoted_replies(c: Ctx):
    """An outcome notification for a child's review sent as an e-mail thread with quoted replies and signatures."""
    d, r = c.d, c.rng
    a, b, child = c.pro(), c.pro(), c.person()
    dob = c.dob_young(2012, 2020)
    d.t("From: ").nm(a).t(" <").pii("email", c.mail(a)).t(">\nTo: notifications\nSubject: RE: Learning Review "
                                                            "outcome notification (child)\n\n")
    d.t("Please find the outcome notification below, for the ").k(c.committee("child")).t(".\n")
    d.t("The child, ").nm(child, "forename").t(", was ")
    aged(c, dob, c.incident)
    d.t(".\n")
    cog_said(c)
    d.t("\nKind regards\n").nm(a, "forename").t("\n\n")
    d.t("> On ").date(c.cog + dt.timedelta(days=1), c.ds()).t(", ").nm(b).t(" wrote:\n")
    d.t("> Can you send this to the ").k("Care Inspectorate").t(" this week? The seven days run from the meeting.\n")
    d.t("> \n> ").nm(b).t("\n> ").k(r.choice(SOCIAL)).t("\n> Tel: ").pii("phone", c.tel()).t("\n")
    return "LR-OUTCOME", "child"


def L_scr_people_keyed_by_pseudonym_letters(c: Ctx):
    """An adult SCR that keys its people by letters, with a nickname and the author's sign-off still in it."""
    d, r = c.d, c.rng
    brother = c.person(False)
    nick = c.nickname()
    dob = c.dob_adult()
    head(c, "Significant Case Review - Adult A", "adult")
    d.t("Key: ").k("Adult A").t(" - the adult at risk, ")
    aged(c, dob, c.incident)
    d.t("; ").k("Person B").t(" - her brother; ").k("Person C").t(" - a lodger.\n\n")
    d.k("Adult A").t(" was known at the day centre as ").nick(nick).t(". ").k("Person B").t(" (")
    d.nm(brother, "forename").t(" in one GP letter) raised concerns about money.\n")
    d.t("On ").date(c.incident, c.ds()).t(" ").k("Person C").t(" was arrested by ").k("Police Scotland").t(".\n\n")
    cog_said(c, "SCR")
    d.t("\nAuthor\n")
    sig(c)
    return "SCR", "adult"


def L_lr_appendix_chronology_ddmmyy_dash(c: Ctx):
    """A learning review about a child whose appendix chronology is 'dd/mm/yy - event'."""
    d, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    hv = c.pro(True)
    dob = c.dob_young(2019, 2023)
    head(c, "Learning Review", "child")
    d.t("Subject: ").nm(child).t(", ")
    aged(c, dob, c.incident)
    d.t(".\n")
    cog_said(c)
    d.t("\nAppendix 2 - Chronology\n")
    day = c.referral - dt.timedelta(days=200)
    rows = [lambda: d.t("HV ").nm(hv, "surname").t(" home visit; ").nm(mother, "lowerfore").t(" low in mood"),
            lambda: d.t("27-month check of ").nm(child, "forename").t(" (").dob(dob, "slash2").t(")"),
            lambda: d.t("police called to a dispute; ").nm(father, "initials").t(" left the house"),
            lambda: d.t("nursery place at ").q("school", c.school()),
            lambda: d.nm(mother, "title").t(" missed the clinic"),
            lambda: d.t("referral by ").k(c.a["board"])]
    for row in rows:
        day += dt.timedelta(days=r.randrange(10, 35))
        d.date(day, "slash2").t(" - ")
        row()
        d.t("\n")
    return "LR", "child"


def L_decision_form_checkbox_proceed_child(c: Ctx):
    """A decision notification as a form with check boxes: proceed to a learning review (a child)."""
    d, r = c.d, c.rng
    child = c.person()
    chair = c.pro()
    dob = c.dob_young(2010, 2022)
    d.t("LEARNING REVIEW DECISION NOTIFICATION\n").k(c.committee("child")).t("\n\n")
    d.t("Name of child: ").nm(child).t("\nDate of birth: ").dob(dob, c.ds()).t("\nAge: ")
    aged(c, dob, c.referral)
    d.t("\nDate of referral: ").date(c.referral, c.ds()).t("\nDate of decision: ").date(c.decision, c.ds())
    d.t("\n\nDecision (tick one):\n  [X] Proceed to a Learning Review\n  [ ] Do not proceed\n")
    d.t("  [ ] Single-agency review instead\n\nRationale: several agencies held information not shared.\n\n")
    d.t("Chair: ").nm(chair, "titleinit").t("\n")
    return "LR-DECISION", "child"


def L_decision_form_checkbox_not_proceed_adult(c: Ctx):
    """A decision notification form with check boxes: not to proceed (an adult at risk)."""
    d, r = c.d, c.rng
    adult = c.person()
    dob, pl = c.dob_older(), c.place()
    d.t("Adult Support and Protection - Learning Review decision\n").k(c.committee("adult")).t("\n\n")
    d.t("Adult at risk: ").nm(adult, "surname_first").t("\nAddress: ")
    c.addr(pl)
    d.t("\nD.O.B. ").dob(dob, c.ds()).t("\n\n[ ] Proceed      [X] Not proceed\n")
    d.t("Decided on ").date(c.decision, c.ds()).t(" by the committee's case review group. Learning will be taken "
                                                  "forward through a single-agency review.\n\nContact: ")
    sig(c)
    return "LR-DECISION", "adult"


def L_outcome_letter_child_to_inspectorate(c: Ctx):
    """An outcome notification letter for a child's review, addressed to the Care Inspectorate."""
    d, r = c.d, c.rng
    child = c.person()
    dob = c.dob_young(2009, 2021)
    d.t(f"{marking(c)}\n\nStrategic Inspection Team\n").k("Care Inspectorate").t("\n\n")
    d.t("Dear colleague\n\nLearning Review - outcome notification\n\nI write on behalf of the ")
    d.k(c.committee("child")).t(" about the review concerning ").nm(child, "init").t(", a child, ")
    aged(c, dob, c.incident)
    d.t(".\n")
    cog_said(c)
    d.t("The report and action plan are attached.\n\nYours sincerely\n\n")
    sig(c)
    return "LR-OUTCOME", "child"


def L_outcome_email_plain_adult(c: Ctx):
    """An outcome notification for an adult's review in the body of an e-mail."""
    d, r = c.d, c.rng
    adult, a = c.person(), c.pro()
    dob = c.dob_adult()
    d.t("Subject: Learning review outcome - adult at risk\n\nHello,\n\nThe ").k(c.committee("adult"))
    d.t(" has completed its learning review about ").nm(adult, "title").t(" (")
    aged(c, dob, c.incident)
    d.t(").\n")
    cog_said(c)
    d.k(c.a["council"]).t(" will publish a summary.\n\nThanks\n")
    sign(c, a, r.choice(SOCIAL), c.a["council"], mail=True, tel=r.random() < 0.5)
    return "LR-OUTCOME", "adult"


def L_trap_cog_agenda_meeting_to_come(c: Ctx):
    """A COG agenda for a meeting still to come, with a review listed for ratification (OTHER, no date)."""
    d, r = c.d, c.rng
    chair = c.pro()
    d.t("Chief Officers Group - Agenda\nMeeting to be held on ").date(c.next_cog, c.ds()).t(", 10:00\nChair: ")
    d.nm(chair, "title").t("\n\n1. Apologies\n2. Minute of the last meeting\n3. ").k(c.committee("child"))
    d.t(" - Learning Review report, for ratification\n4. ").k(c.a["board"]).t(" - winter pressures\n5. AOB\n")
    return "OTHER", None


def L_cpc_annual_report_extract_other(c: Ctx):
    """An extract from a CPC annual report: the chair's foreword and a count of reviews (OTHER)."""
    d, r = c.d, c.rng
    chair = c.pro()
    d.k(c.committee("child")).t(f" - Annual Report {c.cog.year - 1}-{c.cog.year % 100:02d} (extract)\n\n")
    d.t("Foreword\nThis year the committee commissioned two learning reviews and completed one ICR. ")
    d.t("Partners in ").k(c.a["council"]).t(", ").k(c.a["board"]).t(" and ").k("Police Scotland")
    d.t(" took part in every one.\n\n").nm(chair, "titlefull").t("\nIndependent Chair\n")
    return "OTHER", None


def L_training_flyer_learning_from_reviews(c: Ctx):
    """A flyer for a practitioner training session on learning from reviews (OTHER)."""
    d, r = c.d, c.rng
    t1, t2 = c.pro(), c.pro()
    d.t("LEARNING FROM REVIEWS - practitioner session\n").date(c.next_cog + dt.timedelta(days=9), c.ds())
    d.t(", 13:30-16:00, online\n\nLed by ").nm(t1).t(" and ").nm(t2, "titlefull").t(".\n")
    d.t("Book with ").nm(t1, "forename").t(": ").pii("email", c.mail(t1)).t(" or ").pii("phone", c.tel())
    d.t("\nOpen to staff of ").k(c.a["council"]).t(" and ").k(c.a["board"]).t(".\n")
    return "OTHER", None


def L_nhs_significant_adverse_event_review_other(c: Ctx):
    """An NHS significant adverse event review about a patient (OTHER: not a committee review)."""
    d, r = c.d, c.rng
    pat, nurse = c.person(), c.pro(True)
    dob = c.dob_adult()
    d.k(c.a["board"]).t("\nSignificant Adverse Event Review (Category II)\n\nPatient: ").nm(pat).t("\n")
    ids(c, pat, dob)
    d.t("DOB ").dob(dob, c.ds()).t("\nEvent: fall on ward, ").date(c.incident, c.ds()).t(".\n")
    d.t("Nurse in charge: ").nm(nurse, "titleinit").t(".\nThe review team found the falls plan was not updated.\n")
    return "OTHER", None


def L_foi_response_letter_other(c: Ctx):
    """A council's freedom of information response to a requester (OTHER)."""
    d, r = c.d, c.rng
    req, off = c.person(), c.pro()
    pl = c.place()
    d.k(c.a["council"]).t("\nFreedom of Information (Scotland) Act 2002 - response\n\n").nm(req, "titleinit")
    d.t("\n")
    c.addr(pl, sep="\n")
    d.t("\n\nDear ").nm(req, "title").t("\n\nYou asked how many learning reviews the ").k(c.committee("adult"))
    d.t(" began in the last year. The answer is two; neither report is published yet.\n\nYours sincerely\n")
    sign(c, off, "Information Governance Officer", c.a["council"], tel=False)
    return "OTHER", None


def L_complaint_letter_from_grandparent_other(c: Ctx):
    """A grandparent's complaint letter about social work, a grandchild's birth date in prose (OTHER)."""
    d, r = c.d, c.rng
    gp = c.person(double=True)
    kid = c.person(surname=gp.surname)
    dob, pl = c.dob_young(2014, 2020), c.place()
    c.addr(pl, sep=", ")
    d.t("\nTel ").pii("phone", c.tel(True)).t("\n\nTo the complaints team, ").k(c.a["council"])
    d.t("\n\nI am writing about my grandchild ").nm(kid, "forename").t(", who was born on the ")
    d.dob(dob, "dayof").t(". Nobody from social work has called me back since ").date(c.referral, c.ds())
    d.t(".\n\n").nm(gp, "full").t("\n")
    return "OTHER", None


def L_seven_minute_briefing_other(c: Ctx):
    """A 7-minute briefing for practitioners on a review's learning; it says when the COG approved (OTHER, dated)."""
    d, r = c.d, c.rng
    a = c.pro()
    d.t("7-MINUTE BRIEFING\n").k(c.committee("child")).t("\n\n1. Background: a review about ").k("Child D")
    d.t(", a baby.\n2. Why it matters\n3. What we found\n4. What this means for you\n5. Questions\n")
    d.t("6. Further reading\n7. The review\n")
    cog_said(c)
    d.t("\nContact: ").nm(a).t(", ").pii("email", c.mail(a, 1)).t("\n")
    return "OTHER", None


def L_trap_icr_cpc_approved_cog_not_met(c: Ctx):
    """An ICR the CPC approved; the COG has not yet met and will consider it at a coming meeting."""
    d, r = c.d, c.rng
    child, mother = c.person(), c.person(True)
    dob = c.dob_young(2016, 2022)
    head(c, "Initial Case Review (ICR)", "child")
    d.t("Child: ").nm(child).t(", ")
    aged(c, dob, c.referral)
    d.t(" (").dob(dob, c.ds()).t(")\nMother: ").nm(mother, "titlefull").t("\n\nStatus\n")
    d.t("Approved by the ").k(c.committee("child")).t(" on ").date(c.cpc, c.ds())
    d.t(". The Chief Officers Group has not met since; the ICR is listed for its meeting on ")
    d.date(c.next_cog, c.ds()).t(".\n")
    return "ICR", "child"


def L_trap_scr_adult_submitted_to_cog(c: Ctx):
    """An adult SCR submitted to the COG, which has yet to meet on it."""
    d, r = c.d, c.rng
    adult = c.person()
    dob, pl = c.dob_older(), c.place()
    head(c, "Significant Case Review", "adult")
    d.t("Adult at risk: ").nm(adult).t(", ")
    aged(c, dob, c.incident)
    d.t(", of ").pii("address", f"{pl.street}, {pl.town}".lower()).t(" ").pii("postcode", pl.postcode.lower())
    d.t("\n\nThis report was submitted to the Chief Officers Group on ").date(c.sent, c.ds())
    d.t(" for consideration at its next meeting.\n\n")
    sig(c)
    return "SCR", "adult"


def L_trap_lr_adult_draft_review_commenced(c: Ctx):
    """A draft adult learning review giving only the date the review commenced."""
    d, r = c.d, c.rng
    adult, carer = c.person(True), c.person(True)
    dob = c.dob_older()
    head(c, "Learning Review - DRAFT v0.4 (not for circulation)", "adult")
    d.t("Review commenced: ").date(c.commenced, c.ds()).t("\nCommissioned by the committee on ")
    d.date(c.decision, c.ds()).t("\n\n").nm(adult, "titlefull").t(", an adult at risk ")
    aged(c, dob, c.incident)
    d.t(", lived at ").q("care_home", c.home()).t(". Her daughter ").nm(carer, "forename")
    d.t(" visited most days.\n\nSections 5 to 7 are still to be written.\n")
    return "LR", "adult"


def L_icr_adult_ratified_in_words(c: Ctx):
    """An adult ICR whose ratification is written in words: 'on the 3rd day of February 2026'."""
    d, r = c.d, c.rng
    adult = c.person()
    dob = c.dob_adult()
    head(c, "Initial Case Review", "adult")
    d.t("This ICR concerns ").nm(adult).t(", an adult at risk ").t("(").dob(dob, c.ds()).t(").\n\n")
    cpc_line(c, "adult")
    d.t("The Chief Officers Group ratified the ICR and its recommendations on the ").ratified(c.cog, "dayof")
    d.t(".\n\n")
    sig(c)
    return "ICR", "adult"


def L_scr_child_approved_dotted_short(c: Ctx):
    """A child SCR whose last line gives the COG approval as '3.2.26'."""
    d, r = c.d, c.rng
    mother, father, (child,) = family(c, 1, same=False)
    nick = c.nickname()
    dob = c.dob_young(2013, 2020)
    head(c, "Significant Case Review", "child")
    d.nm(child, "forename").t(" (known as ").nick(nick).t(") was ").t("")
    aged(c, dob, c.incident)
    d.t(". ").nm(mother, "title").t(" and ").nm(father, "title").t(" separated on ").date(c.incident, "long")
    d.t(".\n\n").nick(nick).t(" told a teacher at ").q("school", c.school()).t(" about the fights.\n\n")
    d.t("Approved by COG ").ratified(c.cog, "dotshort").t("\n")
    return "SCR", "child"


def L_lr_child_endorsed_by_cog(c: Ctx):
    """A child learning review that says the COG endorsed it (endorsement by the COG is ratification)."""
    d, r = c.d, c.rng
    mother, _, (child,) = family(c, 1)
    dob, pl = c.dob_young(2012, 2019), c.place()
    head(c, "Learning Review Report", "child")
    d.t("The review is about ").nm(child).t(", ")
    aged(c, dob, c.incident)
    d.t(", and ").nm(mother, "titleinit").t(", of ")
    c.addr(pl)
    d.t(".\n\nThe ").k(c.committee("child")).t(" agreed the report on ").date(c.cpc, c.ds())
    d.t("; it was then endorsed by the COG on ").ratified(c.cog, c.rs()).t(".\n")
    return "LR", "child"


def L_typed_case_discussion_notes_lower_other(c: Ctx):
    """Typed notes of a case discussion, all in lower case: names, an address, a phone number (OTHER)."""
    d, r = c.d, c.rng
    mum, kid, sw = c.person(True), c.person(), c.pro()
    pl = c.place()
    d.t("case discussion notes ").date(c.referral, "lowerabbr").t("\n\npresent: ").nm(sw, "lower").t(" (sw), ")
    d.t("duty team\n- ").nm(mum, "lowertitle").t(" rang re ").nm(kid, "lowerfore").t(", says she is at ")
    c.addr(pl, lower=True)
    d.t(" now\n- call back on ").pii("phone", c.tel()).t("\n- ").nm(sw, "lowerfore").t(" to visit thurs\n")
    return "OTHER", None


def L_outcome_forwarded_email_lower_adult(c: Ctx):
    """An outcome notification for an adult's review forwarded with a lower-case note on top."""
    d, r = c.d, c.rng
    adult, a, b = c.person(), c.pro(), c.pro()
    dob = c.dob_older()
    d.t("hi ").nm(b, "lowerfore").t(", fyi - can you log this for the inspectorate. ").nm(a, "lowerfore").t("\n\n")
    d.t("---------- Forwarded message ---------\nFrom: ").nm(a).t(" <").pii("email", c.mail(a)).t(">\n")
    d.t("Subject: outcome notification - adult support and protection learning review\n\n")
    d.t("the review about ").nm(adult, "lower").t(" (").nm(adult, "lowertitle").t(", ")
    aged(c, dob, c.incident)
    d.t(") is complete. the cog ratified the review on ").ratified(c.cog, "lowerabbr")
    d.t(".\nadult protection committee: ").k(c.committee("adult")).t("\n")
    return "LR-OUTCOME", "adult"


def L_lr_adult_distribution_list_and_signatures(c: Ctx):
    """An adult learning review ending in a distribution list and signature blocks."""
    d, r = c.d, c.rng
    adult = c.person(double=True)
    dob = c.dob_adult()
    head(c, "Learning Review", "adult")
    d.nm(adult, "full").t(" (").dob(dob, c.ds()).t(") is an adult at risk who was supported at home.\n\n")
    cog_said(c)
    d.t("\nSigned\n")
    chair, author = c.pro(), c.pro()
    d.nm(chair, "titlefull").t(", Chair, ").k(c.committee("adult")).t("\n").nm(author).t(", Lead Reviewer\n\n")
    d.t("Distribution:\n")
    for _ in range(r.randrange(2, 5)):
        p = c.pro()
        d.t("- ").nm(p, r.choice(("full", "init", "titleinit"))).t(", ").k(r.choice((c.a["council"], c.a["board"],
                                                                                     "Police Scotland"))).t("\n")
    return "LR", "adult"


def L_scr_adult_titles_with_surnames(c: Ctx):
    """An adult SCR that names people by title and surname throughout, with a nickname."""
    d, r = c.d, c.rng
    adult, husband, nb = c.person(True, title="Mrs"), None, c.person()
    husband = c.person(False, surname=adult.surname, title="Mr")
    nick = c.nickname()
    dob = c.dob_older()
    head(c, "Significant Case Review (adult at risk)", "adult")
    d.nm(adult, "title").t(", ")
    aged(c, dob, c.incident)
    d.t(", lived with ").nm(husband, "titleinit").t(". Neighbours called her ").nick(nick).t(".\n")
    d.nm(husband, "title").t(" refused the carers. ").nm(nb, "title").t(", a neighbour, rang ")
    d.k("Police Scotland").t(" on ").date(c.incident, c.ds()).t(".\n\n")
    cog_said(c, "SCR")
    return "SCR", "adult"


def L_icr_child_birth_in_prose(c: Ctx):
    """A child ICR giving births in prose ('was born on the ...'), in brackets, and one as a season only."""
    d, r = c.d, c.rng
    mother, _, (a, b, s) = family(c, 3)
    da, db = c.dob_young(2012, 2016), c.dob_young(2017, 2021)
    head(c, "Initial Case Review", "child")
    st = r.choice(("dayof", "ord", "long"))
    d.nm(a, "forename").t(" ").nm(a, "surname").t(" was born on " + ("the " if st == "dayof" else "")).dob(da, st)
    d.t(" at ").k(c.a["hosp"]).t("; the review concerns this child, now ")
    aged(c, da, c.referral)
    d.t(".\nA brother, ").nm(b, "forename").t(" (").dob(db, r.choice(("dotshort", "dot2", "slash2"))).t("), ")
    d.t("and a sister, ").nm(s, "forename").t(f", born in the autumn of {r.randrange(2021, 2024)}, live with ")
    d.nm(mother, "title").t(".\n\n")
    cog_said(c, "ICR")
    return "ICR", "child"


def L_lr_child_initials_as_people(c: Ctx):
    """A child learning review that names people once and then only by their initials."""
    d, r = c.d, c.rng
    mother, father, (child,) = family(c, 1, same=False)
    dob = c.dob_young(2015, 2021)
    head(c, "Learning Review", "child")
    d.t("The child, ").nm(child).t(" (").nm(child, "initials").t("), was ")
    aged(c, dob, c.incident)
    d.t(". Mother ").nm(mother).t(" (").nm(mother, "initials").t("); father ").nm(father).t(" (")
    d.nm(father, "initials").t(").\n\n")
    d.nm(mother, "initials").t(" told the health visitor that ").nm(father, "initials").t(" had moved out. ")
    d.nm(child, "initials").t(" was not seen for six weeks.\n\n")
    cog_said(c)
    return "LR", "child"


def L_ap_icr_carer_stress_identifiers(c: Ctx):
    """An adult ICR about carer stress with the adult's CHI, NHS and NI numbers labelled."""
    d, r = c.d, c.rng
    adult, carer = c.person(), c.person()
    dob, pl = c.dob_older(), c.place()
    head(c, "Initial Case Review - adult at risk", "adult")
    d.t("Name: ").nm(adult, "sfcaps").t("\n")
    ids(c, adult, dob)
    d.t("Born: ").dob(dob, c.ds()).t("\nHome: ")
    c.addr(pl)
    d.t("\nMain carer: ").nm(carer).t(" (spouse), tel ").pii("phone", c.tel()).t("\n\n")
    d.nm(carer, "forename").t(" told the ").k(c.a["council"]).t(" duty team she could not cope.\n\n")
    cog_said(c, "ICR")
    return "ICR", "adult"


def L_cog_decision_log_row_approved(c: Ctx):
    """A COG decision log: one row records the approval of a learning review (OTHER, dated)."""
    d, r = c.d, c.rng
    chair = c.pro()
    d.t("Chief Officers Group - decision log\n\nItem | Paper | Decision | Date\n")
    d.t("3 | Budget monitoring | Noted | ").date(c.cog, c.ds()).t("\n")
    d.t("4 | ").k(c.committee("adult")).t(" learning review | Approved by the COG | ").ratified(c.cog, c.rs()).t("\n")
    d.t("5 | Winter plan | Deferred | -\n\nLog kept by ").nm(chair, "init").t("\n")
    return "OTHER", None


def L_decision_email_proceed_adult(c: Ctx):
    """A decision notification sent as an e-mail: the APC will hold a learning review (an adult)."""
    d, r = c.d, c.rng
    adult, a = c.person(), c.pro()
    dob = c.dob_adult()
    d.t("Subject: Notification of decision - Adult Support and Protection Learning Review\n\n")
    d.t("The ").k(c.committee("adult")).t(" decided on ").date(c.decision, c.ds())
    d.t(" to proceed to a learning review about ").nm(adult, "foreinit").t(", an adult at risk ")
    aged(c, dob, c.referral)
    d.t(".\nThe review is expected to take six months.\n\n")
    sign(c, a, r.choice(SOCIAL), c.a["council"])
    return "LR-DECISION", "adult"


def L_outcome_form_tickboxes_child(c: Ctx):
    """A learning review outcome notification form with tick boxes (a child)."""
    d, r = c.d, c.rng
    child = c.person()
    dob = c.dob_young(2008, 2018)
    d.t("LEARNING REVIEW OUTCOME NOTIFICATION\nCommittee: ").k(c.committee("child")).t("\n")
    d.t("Subject of review: child, ")
    aged(c, dob, c.incident)
    d.t("\nName: ").nm(child, "caps").t("\nReview completed: [X] Yes  [ ] No\n")
    d.t("Date of COG ratification: ").ratified(c.cog, c.rs()).t("\nPublished: [ ] Yes  [X] No\n")
    d.t("Completed by: ")
    sig(c)
    return "LR-OUTCOME", "child"


LAYOUTS = [L_ppc_child_review_with_adult_at_risk, L_lr_written_as_questions_and_answers,
           L_scr_family_members_table_dob_column, L_icr_professional_network_list,
           L_review_panel_minutes_with_attendance, L_outcome_email_thread_quoted_replies,
           L_scr_people_keyed_by_pseudonym_letters, L_lr_appendix_chronology_ddmmyy_dash,
           L_decision_form_checkbox_proceed_child, L_decision_form_checkbox_not_proceed_adult,
           L_outcome_letter_child_to_inspectorate, L_outcome_email_plain_adult, L_trap_cog_agenda_meeting_to_come,
           L_cpc_annual_report_extract_other, L_training_flyer_learning_from_reviews,
           L_nhs_significant_adverse_event_review_other, L_foi_response_letter_other,
           L_complaint_letter_from_grandparent_other, L_seven_minute_briefing_other,
           L_trap_icr_cpc_approved_cog_not_met, L_trap_scr_adult_submitted_to_cog,
           L_trap_lr_adult_draft_review_commenced, L_icr_adult_ratified_in_words, L_scr_child_approved_dotted_short,
           L_lr_child_endorsed_by_cog, L_typed_case_discussion_notes_lower_other,
           L_outcome_forwarded_email_lower_adult, L_lr_adult_distribution_list_and_signatures,
           L_scr_adult_titles_with_surnames, L_icr_child_birth_in_prose, L_lr_child_initials_as_people,
           L_ap_icr_carer_stress_identifiers, L_cog_decision_log_row_approved, L_decision_email_proceed_adult,
           L_outcome_form_tickboxes_child]
# layouts with no ratification by design: decisions, an agenda for a meeting to come, CPC approval only,
# a report submitted and waiting, a draft with only a commenced date
TRAPS = {"decision_form_checkbox_proceed_child", "decision_form_checkbox_not_proceed_adult",
         "decision_email_proceed_adult", "trap_cog_agenda_meeting_to_come", "trap_icr_cpc_approved_cog_not_met",
         "trap_scr_adult_submitted_to_cog", "trap_lr_adult_draft_review_commenced"}
# OTHER papers that state when the COG ratified the review, and keep that date in the gold
DATED_OTHER = {"seven_minute_briefing_other", "cog_decision_log_row_approved"}

# ---------------------------------------------------------------- gold check, generation, pools


def check(name: str, text: str, doc: B9.Doc9, doc_type: str) -> list[str]:
    """Set 8's gold check (as sets 9 and 10 use it).  ``generate`` adds: a subject for every review
    document and none for OTHER."""
    return B8.check(name, text, doc, doc_type)


# The generation loop, build, pools check and command line are the harness's (``blind_eval.BlindSet``).
SET = blind_eval.BlindSet(
    key="blind11", prefix="B11", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
