#!/usr/bin/env python3
"""Blind evaluation set 16: fictional committee documents in shapes no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 15); only the brief, issue 10, ../shared/DOMAIN.md and THREATS.md,
the shared harness (``blind_eval.py``), ``eval_blind13.py`` (docstring), the names of earlier layouts
(``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and set 15's tests of
``tests/test_blind_sets.py``, and the non-template parts of ``blind15_reports.py`` to
``blind7_reports.py`` and ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``, ``Place``, date
wordings and their reader, identifiers, sign-off and phrase helpers, the gold checks) were read.
Those are imported, not copied.

Why a module of its own: sets 13 to 15 are tuned on in rounds 15 to 17; this set measures round 17
on reports nobody here has seen.  Its shapes: a review report with numbered paragraphs and footnotes
naming sources; text taken from a PDF with page headers, footers and running titles between
paragraphs; a two-column table turned into alternating label and value lines; a young person in
transition to adult services (subject adult, judged by the report); a spreadsheet export with a
merged-cell header row; an appendix of agency involvement naming practitioners by role and surname
("SW Surname"); an advocacy worker's account; a decision notification in a plain e-mail with a legal
disclaimer; an outcome notification whose ratification date sits in a 'Key dates' table among other
dates; a COG annual report section listing reviews (OTHER); names written "SURNAME, Forename
(relation)"; initials with full stops; accented and apostrophe names; "c/o" and care-home room
addresses; house names; DOBs as "DOB:" inside a sentence and "b.3/4/19"; "(born 2019)" (a year only:
no date of birth in the gold); "on or around 3 March" and "w/c 2 March 2026" (no ratification);
reviewer comments from a Word file; Q and A interview notes; a 24-hour ward chronology; traps with
no ratification of the review: "the COG ratified the action plan", "the COG's ratification is
expected on", "Ratification by the COG: pending", "signed off by the review panel".

Pools: Hungarian, Icelandic, Faroese, Mongolian, Tibetan, Lithuanian, Breton and Pacific
(Hawaiian, Fijian, Samoan, Tongan) names (Basque, Yoruba, Finnish, Armenian, Tamil, Georgian and
Vietnamese ones were tried and dropped: an earlier set or the corpus has them); Welsh villages for
streets; Clydesdale, Nithsdale, East Lothian and Lochaber villages for towns; Southern Upland hills
for care homes; Borders villages for schools; house names of this set's own; none in ../shared/corpus or another generator (``pool_overlaps`` checks, sets 7
to 15 included; hits dropped without being looked at).  Public bodies are real and keep gold;
schools and care homes quasi; ages and pseudonyms ("Child A", "Adult B") keep.

Gold per document as sets 10 to 15 (``pii``, ``keep``, ``quasi``, ``doc_type``, ``subject``,
``ratification_date``); types follow issue 10 (minutes, agendas, action plans, cover letters,
annual reports, Serious Incident Reviews: OTHER with subject None).  An annual report's list of
other reviews' ratifications is written as trap phrases: no date for the document.  Fixed seed
``SEED``; ``DEFAULT_N`` documents, the layouts in turn; ``generate`` raises SystemExit listing every
gold error.

Gold review before freezing (2026-12-07, by the author, no engine run): the first document of every
layout read in full with its gold, and the ratification lines of the other 70.  Fixed then: a young
person in transition aged 17 (now 18 or over, so "adult" holds); a bare "4" as a keep term (now
"aged 4"); a room number as an address span of its own (now text: the street address and postcode are
the PII, the care home quasi); a house name with a flat number; a "w/c" date on a Sunday; a father of
27 cared for by his daughter (now an older man); a nickname unrelated to the forename (now each
nickname goes with its forename); an advocacy body of another area.  Judgements recorded: "(born
2019)" is a year, no date of birth; "b.8/1/14" is one; the ratified improvement action plan, the
annual report's list and "signed off by the review panel" are no ratification of this review; a
decision notice never carries a date; initials alone (a patient, the adult of a decision notice)
are gold initials.  No 2-3 capital-letter word may be added to this file after freezing: ``bad_initials``
reads them, so the documents would change.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_reports as B5  # noqa: E402
import blind7_reports as B7  # noqa: E402
import blind8_reports as B8  # noqa: E402
import blind9_reports as B9  # noqa: E402
import blind10_reports as B10  # noqa: E402
import blind11_reports as B11  # noqa: E402
import blind12_reports as B12  # noqa: E402
import blind13_reports as B13  # noqa: E402
import blind14_reports as B14  # noqa: E402
import blind15_reports as B15  # noqa: E402
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261284
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Zsófia Ildikó Boglárka Réka Erzsébet Sigríður Guðrún Hrafnhildur Bryndís Pirkko Adebisi Turið Bjørg "
          "Sunniva Rannvá Oyunchimeg Enkhjargal Sarangerel Pema Yangchen Leilani Noelani Aistė Gintarė Eglė "
          "Losana").split()
MALE = ("Iñaki Zoltán László György Kjartan Hjálmar Þorsteinn Oluwaseun Heðin Jóannes Rógvi Tróndur Dánjal Ganbaatar "
        "Tsogt Lhakpa Norbu Kahale Siosaia Žydrūnas Gatis Apakuki Youenn Gwendal").split()
SURNAMES = ("Mészáros Balogh Szalai Gudmundsdóttir Sigurðsson Jónsdóttir Thorvaldsson D'Arcy-Nolan Poulsen Joensen "
            "Nolsøe Quéméner Dorj Tuiasosopo Naqelevuki Ratuvou Vuniwaqa Kealoha Akana Lyngbye Skaalum Ozols Liepa "
            "Leota").split()
NICKNAME_OF = {"Zsófia": "Zsófi", "Leilani": "Lani", "Oyunchimeg": "Oyuka", "Ildikó": "Ildi"}
NICKNAMES = tuple(NICKNAME_OF.values())
STREETS = ("Llanwrtyd Cwmystwyth Pontrhydfendigaid Trefriw Dolwyddelan Penmachno Llanrhaeadr Abergynolwyn Corris "
           "Llanuwchllyn Rhydymain Mawddwy Tregaron Cenarth Nantgaredig").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Carstairs": "ML11", "Symington": "ML12", "Penpont": "DG3", "Stenton": "EH42", "Garvald": "EH41",
    "Athelstaneford": "EH39", "Aberlady": "EH32", "Roybridge": "PH31", "Glenfinnan": "PH37", "Arisaig": "PH39",
    "Acharacle": "PH36", "Kilchoan": "PH36",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Culterfell Queensberry Ballencleuch Windlestraw".split(),
                                          ("House", "Care Home", "Court", "Nursing Home"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Ednam Stichill Ancrum Heiton Smailholm Lilliesleaf".split(),
                                       ("Primary School", "Primary School", "Nursery", "Primary School",
                                        "Primary School", "Early Learning Centre"))]
HOUSE_NAMES = ("Aldersyde", "Whinbrae", "Hazelknowe", "Rushyford")
GENERIC = B11.GENERIC
AREAS = B8.AREAS

# ---------------------------------------------------------------- dates: this set's wordings

read_dates = B7.read_dates
MONTHS = B5.MONTHS


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    own = {
        "ordupper": f"{o.upper()} {m.upper()} {d.year}",
        "abbrdotord": f"{o} {m[:3]}. {d.year}",
        "dayofnum": f"{d.day} of {m} {d.year}",
        "wdayabbrcomma": f"{d:%a}, {d.day} {m} {d.year}",
        "usordlong": f"{m} {o} {d.year}",
        "bnp2": f"{d.day}/{d.month}/{d.year % 100:02d}",
    }
    return own[style] if style in own else B15.fmt(d, style)


NEW_STYLES = ("ordupper", "abbrdotord", "dayofnum", "wdayabbrcomma", "usordlong")
STYLES = NEW_STYLES + B15.STYLES
INLINE = STYLES

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B15.bad_initials() | {"ML", "DG", "EH", "PH", "SW", "HV", "GP", "PC", "CPN", "QA", "RE"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "surcapsrel": (lambda p: f"{p.surname.upper()}, {p.forename}", "full"),   # a family list "SURNAME, Forename" before "(mother)"
    "dotinits2": (lambda p: f"{p.forename[0]}.{p.surname[0]}.", "initials"),
}


class Doc16(B15.Doc15):
    """Set 15's document (its trap phrases too) with this set's date wordings and person forms."""
    FORMS = {**B15.Doc15.FORMS, **FORMS}
    fmt = staticmethod(fmt)


class Ctx(B15.Ctx):
    """Set 15's context (set 9's timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc16
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        return self.rng.choice(NEW_STYLES if self.rng.random() < 0.75 else B15.INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)

    def mail(self, p: Person, style: int = 0, dom: str | None = None) -> str:
        """An address as a mail system spells it: accents folded, apostrophes and 'ð/þ' dropped to ASCII."""
        fold = lambda s: unicodedata.normalize("NFKD", s.replace("ð", "d").replace("Þ", "Th").replace("þ", "th")
                                               ).encode("ascii", "ignore").decode().lower().replace("'", "")
        dom = dom or self.a["dom"]
        f, s = fold(p.forename), fold(p.surname)
        return (f"{f}.{s}@{dom}", f"{f[0]}{s}@{dom}", f"{f}.{s}@nhs.scot")[style]


age = B7.age
HEALTH, SOCIAL = B8.HEALTH, B8.SOCIAL
sign, marking, family = B8.sign, B8.marking, B8.family
aged, head, sig = B10.aged, B10.head, B10.sig
dob_phrase, cpc_line = B9.dob_phrase, B9.cpc_line
sent_line, ids = B11.sent_line, B11.ids
rat_any, subj, dob_of, one_line, body, learning = B15.rat_any, B15.subj, B15.dob_of, B15.one_line, B15.body, B15.learning
DAY = dt.timedelta(days=1)


def kind_of(subject: str) -> str:
    return "child" if subject == "child" else "adult"


def house_addr(c: Ctx) -> None:
    """A house name, a street, a town and a postcode: one address span and the postcode."""
    pl = c.place()
    street = " ".join(pl.street.split()[-3:])  # a named house has no flat number
    c.d.pii("address", f"{c.rng.choice(HOUSE_NAMES)}, {street}, {pl.town}").t(" ").pii("postcode", pl.postcode)


def addr(c: Ctx) -> None:
    c.addr(c.place())


def rat16(c: Ctx, kind: str = "review") -> None:
    """This set's own way and the earlier ways of saying the COG ratified."""
    if c.rng.random() < 0.4:
        c.d.t(f"The Chief Officers Group ratified the {kind} on ").ratified(c.cog, c.rs()).t(".\n")
    else:
        rat_any(c, kind)


def page(c: Ctx, n: int, total: int, title: str) -> None:
    """PDF page furniture between paragraphs: footer, page number, header, running title."""
    c.d.t(f"\n{marking(c)}\nPage {n} of {total}\n\f{title}\n\n")


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)


def L_B16_numbered_paras_footnotes_scr_child(c: Ctx):
    """An SCR with numbered paragraphs and footnotes naming the records each fact came from."""
    D = c.d
    mother, father, (child,) = family(c, 1)
    hv, dob = c.pro(True), dob_of(c, "child")
    head(c, "Significant Case Review", "child")
    D.t("1. Introduction\n1.1 This review concerns ").nm(child).t(", ")
    aged(c, dob, c.incident)
    D.t(", who lived with ").nm(mother).t(" and ").nm(father).t(" at ")
    addr(c)
    D.t(".[1]\n1.2 The Health Visitor, ").nm(hv, "title").t(", saw the family monthly.[2]\n")
    D.t("2. Findings\n2.1 Records held by ").k("Police Scotland").t(" show three calls.[3]\n")
    learning(c)
    rat16(c, "significant case review")
    D.t("\nNotes\n[1] Chronology supplied by ").k(c.a["council"]).t(".\n[2] Health visiting record, ")
    D.k(c.a["board"]).t("; interview with ").nm(hv, "init").t(".\n[3] Police Scotland interim vulnerable person reports.\n")
    return "SCR", "child"


def L_B16_pdf_page_furniture_lr_adult(c: Ctx):
    """A learning review taken from a PDF: page footers, numbers and the running title between paragraphs."""
    D = c.d
    p, sis, sw = c.person(), c.person(True), c.pro()
    dob = dob_of(c, "adult")
    title = "Learning Review - Adult B"
    head(c, title, "adult")
    D.t("This review concerns ").k("Adult B").t(", ").nm(p).t(" (DOB: ").dob(dob, c.ds()).t("), an adult at risk "
                                                                                        "of harm, ")
    aged(c, dob, c.incident)
    D.t(".\n")
    page(c, 1, 4, title)
    D.t("Adult B's sister, ").nm(sis).t(", raised concerns with the ").k("Social Work").t(" team. ").nm(sw).t(
        " visited on ").date(c.referral, c.ds()).t(".\n")
    page(c, 2, 4, title)
    learning(c)
    page(c, 3, 4, title)
    rat16(c, "learning review")
    page(c, 4, 4, title)
    return "LR", "adult"


def L_B16_two_column_alternating_lines_icr_child(c: Ctx):
    """A two-column table from a PDF read as alternating lines: label, then value."""
    D = c.d
    mother, _, (child,) = family(c, 1)
    dob = dob_of(c, "child")
    head(c, "Initial Case Review", "child")
    D.t("Name of child\n").nm(child).t("\nDate of birth\n").dob(dob, c.ds()).t("\nAge at incident\n")
    aged(c, dob, c.incident)
    D.t("\nParent\n").nm(mother).t("\nHome address\n")
    addr(c)
    D.t("\nSchool\n").q("school", c.school()).t("\nDate of referral\n").date(c.referral, c.ds())
    D.t("\nDate ICR completed\n").date(c.cpc, c.ds()).t("\nDate ratified by the Chief Officers Group\n").ratified(
        c.cog, c.rs()).t("\n")
    return "ICR", "child"


def L_B16_transition_young_person_lr_adult(c: Ctx):
    """A young person of 18 moving from children's to adult services: the report is the APC's (adult)."""
    D = c.d
    yp, mum, tw = c.person(), c.person(True), c.pro()
    dob = c.dob_young(2005, 2006)  # 18 or over at the incident: an adult
    head(c, "Learning Review: transition to adult services", "adult")
    D.t("The review concerns ").nm(yp).t(", now an adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(", born ").dob(dob, c.ds()).t(", who left the care of ").k(c.a["council"]).t(" children's services and "
                                                                                     "was referred to adult services by ")
    D.nm(tw, "titlefull").t(", transitions worker. ").nm(mum, "title").t(" (mother) was not told of the plan.\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "adult"


def L_B16_spreadsheet_merged_header_icr_adult(c: Ctx):
    """An ICR saved from a spreadsheet: a header row of merged cells, then one record row."""
    D = c.d
    p, gp = c.person(), c.pro()
    dob = dob_of(c, "adult")
    D.k(c.committee("adult")).t(" - Initial Case Review register (adult)\n")
    D.t(",,Person,,,Review,,\nRef,Name,DOB,Address,Postcode,Referred,ICR done,COG ratified\n")
    pl = c.place()
    D.t("ICR-A,").nm(p).t(",").dob(dob, "slash").t(',"').pii("address", f"{pl.street}, {pl.town}").t('",')
    D.pii("postcode", pl.postcode).t(",").date(c.referral, "slash").t(",").date(c.cpc, "slash").t(",")
    D.ratified(c.cog, "slash").t("\n\nNotes: adult at risk of harm; GP ").nm(gp, "titleinit").t(" at ").k(
        c.a["board"]).t(".\n")
    return "ICR", "adult"


def L_B16_agency_involvement_roles_surnames_lr_child(c: Ctx):
    """An appendix of agency involvement naming practitioners by role and surname ('SW Surname')."""
    D = c.d
    mother, _, (child,) = family(c, 1)
    sw, hv, tch = c.pro(), c.pro(True), c.pro()
    dob = dob_of(c, "child")
    head(c, "Learning Review", "child")
    D.t("The review concerns ").k("Child A").t(", ").nm(child, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t(", and mother ").nm(mother).t(".\n")
    learning(c)
    rat16(c, "learning review")
    D.t("\nAppendix 2: agency involvement\n")
    D.k(c.a["council"]).t(": SW ").nm(sw, "surname").t(" (allocated social worker) saw ").nm(child, "forename").t(
        " at home four times.\n")
    D.k(c.a["board"]).t(": HV ").nm(hv, "surname").t(" completed the 27-30 month review.\n")
    D.t("Education: Class teacher ").nm(tch, "surname").t(" at ").q("school", c.school()).t(" noted absence.\n")
    return "LR", "child"


def L_B16_advocacy_worker_account_lr_adult(c: Ctx):
    """An independent advocacy worker's account of the adult's views, in the first person."""
    D = c.d
    p, adv, son = c.person(True), c.pro(), c.person(False)
    dob = c.dob_older()
    head(c, "Learning Review - advocacy account", "adult")
    D.t("I am an independent advocate (a member of the ").k("Scottish Independent Advocacy Alliance").t(
        "). I supported ").nm(p, "forename").t(" ").nm(p, "surname").t(", an adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(", from ").date(c.referral, c.ds()).t(".\n").nm(p, "forename").t(" told me she was frightened of her son ")
    D.nm(son, "forename").t(" and did not want him to hold her bank card.\n")
    D.t("- ").nm(adv).t(", advocacy worker\n\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "adult"


DISCLAIMER = ("This e-mail and any attachments are confidential and may be legally privileged. If you are not "
              "the intended recipient please notify the sender and delete it. Views expressed are those of the "
              "author and not necessarily those of the Council.")


def L_B16_email_disclaimer_decision_proceed_adult(c: Ctx):
    """A decision to hold a learning review, notified in a plain e-mail with a legal disclaimer footer."""
    D = c.d
    p, off = c.person(), c.pro()
    D.t("From: ").pii("email", c.mail(off)).t("\nTo: notifications@careinspectorate.gov.scot\nSubject: "
                                                "Learning Review decision notification\n\n")
    D.t("Dear colleague,\n\nOn behalf of the ").k(c.committee("adult")).t(" I notify a decision to proceed "
                                                                          "with a Learning Review concerning ")
    D.k("Adult A").t(", an adult at risk of harm (").nm(p, "initials").t("). The decision was made on ").date(
        c.decision, c.ds()).t(".\nReasons: serious harm; agencies could have worked better together.\n\n")
    D.t("Kind regards\n").nm(off).t("\nLead Officer, Adult Protection\n\n").t(DISCLAIMER).t("\n")
    return "LR-DECISION", "adult"


def L_B16_outcome_key_dates_table_child(c: Ctx):
    """An outcome notification whose ratification date is one row of a 'Key dates' table."""
    D = c.d
    head(c, "Learning Review - Outcome Notification", "child")
    D.t("Child: ").k("Child A").t(" (aged under five)\n\nKey dates\n")
    D.t("Referral received | ").date(c.referral, c.ds()).t("\n")
    D.t("Decision to hold a Learning Review | ").date(c.decision, c.ds()).t("\n")
    D.t("Review commenced | ").date(c.commenced, c.ds()).t("\n")
    D.t("Report endorsed by the CPC | ").date(c.cpc, c.ds()).t("\n")
    D.t("Outcome ratified by the COG | ").ratified(c.cog, c.rs()).t("\n")
    D.t("Notification sent to the ").k("Care Inspectorate").t(" | ").date(c.cog + 5 * DAY, c.ds()).t("\n")
    return "LR-OUTCOME", "child"


def L_B16_cog_annual_report_reviews_section_other(c: Ctx):
    """A section of the COG's annual report listing the year's reviews: about many, dating none."""
    D = c.d
    D.k(c.a["council"]).t(" Chief Officers Group - Annual Report\nSection 4: Learning Reviews\n\n")
    D.t("4.1 Four referrals were considered; two Learning Reviews were held.\n")
    D.t("4.2 ").trap(f"LR 1 (child): report ratified by the COG in {MONTHS[c.cog.month - 1]}").t(".\n")
    D.t("4.3 ").trap("LR 2 (adult): ratification by the COG is to follow").t(".\n")
    D.t("4.4 Themes: neglect, substance use, transitions. Learning was shared with the ").k("Care Inspectorate").t(
        ".\n")
    return "OTHER", None


def L_B16_surname_comma_forename_relation_scr_adult(c: Ctx):
    """An SCR family list with names written 'SURNAME, Forename (relation)'."""
    D = c.d
    p, wife, dau = c.person(False), c.person(True), c.person(True)
    dob = c.dob_older()  # his adult daughter is his carer
    head(c, "Significant Case Review", "adult")
    D.t("Family members\n").nm(p, "surcapsrel").t(" (subject, adult at risk of harm)\n")
    D.nm(wife, "surcapsrel").t(" (wife)\n").nm(dau, "surcapsrel").t(" (daughter)\n\n")
    D.t("The review concerns ").nm(p, "title").t(", ")
    aged(c, dob, c.incident)
    D.t(", whose daughter ").nm(dau, "forename").t(" was his carer.\n")
    learning(c)
    rat16(c, "significant case review")
    return "SCR", "adult"


def L_B16_dotted_initials_accents_icr_child(c: Ctx):
    """An ICR naming people by dotted initials ('Z.F.') next to accented and apostrophe names."""
    D = c.d
    mother, father, (child,) = family(c, 1, same=False)
    dob = dob_of(c, "child")
    head(c, "Initial Case Review", "child")
    D.t("Subject: ").nm(child, "dotinits2").t(" (").nm(child).t("), ")
    aged(c, dob, c.incident)
    D.t(".\nMother: ").nm(mother, "dotinits2").t(" (").nm(mother).t("). Father: ").nm(father).t(".\n")
    D.t("Thereafter ").nm(child, "dotinits2").t(" and ").nm(mother, "dotinits2").t(" moved to ")
    addr(c)
    D.t(".\n")
    rat16(c, "initial case review")
    return "ICR", "child"


def L_B16_care_home_room_co_address_lr_adult(c: Ctx):
    """A learning review addressing a resident 'c/o' a care home, with a room number."""
    D = c.d
    p, mgr, nok = c.person(True), c.pro(True), c.person()
    dob = c.dob_older()
    home = c.home()
    pl = c.place()
    head(c, "Learning Review", "adult")
    D.t("Subject: ").nm(p).t(", an adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t("\nAddress: ").t(f"Room {c.rng.randrange(3, 40)}, c/o ").q("care_home", home)
    D.t(", ").pii("address", f"{pl.street}, {pl.town}").t(" ").pii("postcode", pl.postcode)
    D.t("\nNext of kin: ").nm(nok).t(" (nephew)\nCare home manager: ").nm(mgr).t("\n\n")
    D.t("Unexplained bruising was reported to the ").k("Care Inspectorate").t(".\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "adult"


def L_B16_house_name_address_scr_child(c: Ctx):
    """An SCR about children at a house known by its name."""
    D = c.d
    mother, father, (child, sib) = family(c, 2)
    dob = dob_of(c, "child")
    head(c, "Significant Case Review", "child")
    D.t("The children, ").nm(child, "forename").t(" (").k("Child A").t(", ")
    aged(c, dob, c.incident)
    D.t(") and ").nm(sib, "forename").t(", lived with ").nm(mother).t(" and ").nm(father, "forename").t(" at ")
    house_addr(c)
    D.t(", a farm cottage without a neighbour within a mile.\n")
    learning(c)
    rat16(c, "significant case review")
    return "SCR", "child"


def L_B16_dob_in_sentence_born_year_lr_child(c: Ctx):
    """DOB given inside a sentence, 'b.3/4/19' in a list and a sibling '(born 2019)' (a year: no DOB)."""
    D = c.d
    mother, _, (child, sib) = family(c, 2)
    dob = dob_of(c, "child")
    sdob = c.dob_young(2012, 2020)
    head(c, "Learning Review", "child")
    D.t("The child at the centre of this review is ").nm(child).t(", DOB: ").dob(dob, c.ds()).t(", who was ")
    aged(c, dob, c.incident)
    D.t(" when the incident happened.\nHousehold: ").nm(mother).t(" (mother), ").nm(sib, "forename").t(
        f" (born {sdob.year}, brother).\n")
    D.t("Child list: ").nm(child, "forename").t(" b.").dob(dob, "bnp2").t("\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "child"


def L_B16_on_or_around_wc_dates_icr_adult(c: Ctx):
    """An ICR whose events are dated loosely ('on or around', 'w/c'): none of them a ratification."""
    D = c.d
    p, nb = c.person(False), c.person(True)
    dob = dob_of(c, "adult")
    head(c, "Initial Case Review", "adult")
    D.t("Subject: ").nm(p).t(", adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(".\nOn or around ").t(f"{c.incident.day} {MONTHS[c.incident.month - 1]}").t(" a neighbour, ").nm(nb).t(
        ", found him on the floor.\nHome visits were made in the w/c ").date(
        c.referral - c.referral.weekday() * DAY, "long").t(".\n")
    learning(c)
    rat16(c, "initial case review")
    return "ICR", "adult"


def L_B16_trap_cog_ratified_action_plan_only_lr_child(c: Ctx):
    """The COG ratified the action plan; the review itself goes to a later meeting: no date."""
    D = c.d
    mother, _, (child,) = family(c, 1)
    dob = dob_of(c, "child")
    head(c, "Learning Review", "child")
    D.t("The review concerns ").nm(child).t(", ")
    aged(c, dob, c.incident)
    D.t(", and mother ").nm(mother, "title").t(".\n")
    learning(c)
    cpc_line(c, "child")
    D.trap("The Chief Officers Group ratified the improvement action plan on ").date(c.cog, c.ds())
    D.t("; the report itself will be considered at a later meeting.\n")
    return "LR", "child"


def L_B16_trap_ratification_expected_scr_adult(c: Ctx):
    """'The COG's ratification is expected on ...': a date to come, no ratification."""
    D = c.d
    p, carer = c.person(), c.person()
    dob = dob_of(c, "adult")
    head(c, "Significant Case Review", "adult")
    D.t("This review concerns ").nm(p).t(", an adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(", cared for by ").nm(carer).t(".\n")
    learning(c)
    D.trap("The COG's ratification is expected on ").date(c.next_cog, c.ds()).t(".\n")
    return "SCR", "adult"


def L_B16_trap_ratification_pending_field_icr_child(c: Ctx):
    """A form field 'Ratification by the COG: pending'."""
    D = c.d
    mother, _, (child,) = family(c, 1)
    dob = dob_of(c, "child")
    head(c, "Initial Case Review", "child")
    D.t("Name: ").nm(child).t("\nDOB: ").dob(dob, c.ds()).t("\nAge: ")
    aged(c, dob, c.incident)
    D.t("\nMother: ").nm(mother).t("\nDate sent to the Chief Officers Group: ").date(c.sent, c.ds()).t("\n")
    D.trap("Ratification by the COG: pending").t("\n")
    return "ICR", "child"


def L_B16_trap_signed_off_by_panel_lr_adult(c: Ctx):
    """A date the report was 'signed off by the review panel': no COG ratification."""
    D = c.d
    p, chair = c.person(True), c.pro()
    dob = dob_of(c, "adult")
    head(c, "Learning Review", "adult")
    D.t("The review concerns ").nm(p).t(", an adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(".\n")
    learning(c)
    D.trap("The report was signed off by the review panel on ").date(c.cpc, c.ds()).t(" (chair: ").nm(chair).t(
        ").\n")
    return "LR", "adult"


def L_B16_action_plan_owner_columns_other(c: Ctx):
    """An action plan with owner and target-date columns."""
    D = c.d
    o1, o2 = c.pro(), c.pro()
    D.k(c.committee("child")).t(" - Improvement Action Plan\nNo | Action | Owner | Target date\n")
    D.t("1 | Refresh chronologies guidance | ").nm(o1).t(" | ").date(c.next_cog, c.ds()).t("\n")
    D.t("2 | Multi-agency training on neglect | ").nm(o2, "init").t(" | ").date(c.next_cog + 30 * DAY, c.ds()).t("\n")
    return "OTHER", None


def L_B16_agenda_with_timings_other(c: Ctx):
    """A COG agenda with times against items."""
    D = c.d
    chair = c.pro()
    D.k(c.a["council"]).t(" Chief Officers Group\nAgenda, ").date(c.cog, c.ds()).t("\nChair: ").nm(chair).t("\n")
    D.t("10:00  Welcome and apologies\n10:10  Minutes of last meeting\n10:20  Learning Review update\n"
        "10:50  Inspection preparation\n11:30  Close\n")
    return "OTHER", None


def L_B16_cover_letter_enclosures_list_other(c: Ctx):
    """A cover letter listing its enclosures."""
    D = c.d
    off = c.pro()
    D.k(c.a["council"]).t("\n").date(c.sent, c.ds()).t("\n\nDear Chief Officers,\n\nPlease find enclosed:\n"
                                                       "  Encl. 1  Learning Review report\n  Encl. 2  Action plan\n"
                                                       "  Encl. 3  Briefing for staff\n\nYours faithfully\n\n")
    sign(c, off, "Lead Officer", c.a["council"])
    return "OTHER", None


def L_B16_serious_incident_review_rca_other(c: Ctx):
    """An NHS Serious Incident Review (root cause analysis): not a protection review."""
    D = c.d
    ward, p = c.pro(True), c.person()
    D.k(c.a["board"]).t("\nSerious Incident Review (Root Cause Analysis)\nPatient: ").nm(p, "initials").t(
        "\nIncident date: ").date(c.incident, c.ds()).t("\nLead reviewer: ").nm(ward).t(
        "\nRoot cause: discharge without a care package.\n")
    return "OTHER", None


def L_B16_decision_not_proceed_reasons_numbered_child(c: Ctx):
    """A decision not to hold a learning review, the reasons numbered."""
    D = c.d
    off = c.pro()
    head(c, "Learning Review Decision Notification", "child")
    D.t("Child: ").k("Child A").t(", ").k(f"aged {c.rng.randrange(2, 15)}").t("\nDecision: not to proceed to a "
                                                                           "Learning Review\nDate of decision: ")
    D.date(c.decision, c.ds()).t("\nReasons:\n(i) the criteria are not met;\n(ii) single-agency learning is being "
                                 "taken forward;\n(iii) a ").k("Children's Hearing").t(" is pending.\n\n")
    sign(c, off, "Chair, Review Group", c.a["council"], tel=False)
    return "LR-DECISION", "child"


def L_B16_outcome_notification_sections_adult(c: Ctx):
    """An outcome notification as the Care Inspectorate form's sections A to D."""
    D = c.d
    off = c.pro()
    D.t("Section A - Committee: ").k(c.committee("adult")).t("\nSection B - Adult: ").k("Adult B").t(
        ", an adult at risk of harm\nSection C - Outcome: the Learning Review report and improvement plan\n")
    D.t("Section D - Ratified by the Chief Officers Group on: ").ratified(c.cog, c.rs()).t("\n\nCompleted by ")
    D.nm(off).t(", ").pii("email", c.mail(off)).t("\n")
    return "LR-OUTCOME", "adult"


def L_B16_executive_summary_only_lr_child(c: Ctx):
    """An executive summary alone: short paragraphs, bold-style headings."""
    D = c.d
    _, _, (child,) = family(c, 1)
    dob = dob_of(c, "child")
    head(c, "Learning Review - Executive Summary", "child")
    D.t("WHO\n").k("Child A").t(", ").nm(child, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t(".\nWHAT HAPPENED\nAdmitted to ").k(c.a["hosp"]).t(" with a head injury.\nWHAT WE LEARNED\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "child"


def L_B16_tracked_comments_icr_child(c: Ctx):
    """An ICR draft with Word reviewer comments, each carrying its author's name in capitals."""
    D = c.d
    mother, _, (child,) = family(c, 1)
    rev = c.pro()
    dob = dob_of(c, "child")
    head(c, "Initial Case Review", "child")
    D.t("The child, ").nm(child).t(", ")
    aged(c, dob, c.incident)
    D.t(", lived with ").nm(mother).t(". [Comment ").nm(rev, "capsfull").t(": please add the date of the IRD]\n")
    learning(c)
    rat16(c, "initial case review")
    D.t("[Comment ").nm(rev, "initials").t(": agreed final]\n")
    return "ICR", "child"


def L_B16_interview_q_and_a_scr_child(c: Ctx):
    """Interview notes as Q and A lines within an SCR."""
    D = c.d
    mother, _, (child,) = family(c, 1)
    tch = c.pro(True)
    dob = dob_of(c, "child")
    head(c, "Significant Case Review", "child")
    D.t("Interview with ").nm(tch, "title").t(", class teacher at ").q("school", c.school()).t("\n")
    D.t("Q: When did you last see ").nm(child, "forename").t("?\nA: The Friday before; ").nm(child, "forename")
    D.t(" was ").t("")
    aged(c, dob, c.incident)
    D.t(" and tired.\nQ: Did you speak to ").nm(mother, "title").t("?\nA: No, she did not come to school.\n\n")
    rat16(c, "significant case review")
    return "SCR", "child"


def L_B16_financial_harm_bank_lr_adult(c: Ctx):
    """Financial harm: a bank's concern, a relative named."""
    D = c.d
    p, nep = c.person(True), c.person(False)
    dob = c.dob_older()
    head(c, "Learning Review", "adult")
    D.t("The review concerns ").nm(p).t(", an adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(". ").k("Royal Bank of Scotland").t(" staff flagged withdrawals made with her grand-nephew ").nm(nep).t(
        ".\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "adult"


def L_B16_decision_proceed_memo_child(c: Ctx):
    """A decision to proceed as an internal memo (To/From/Re)."""
    D = c.d
    to, frm = c.pro(), c.pro()
    D.t("MEMO\nTo: ").nm(to).t("\nFrom: ").nm(frm).t("\nRe: Learning Review decision - ").k("Child A").t("\n\n")
    D.t("The ").k(c.committee("child")).t(" has decided to hold a Learning Review. Date of decision: ").date(
        c.decision, c.ds()).t(".\n")
    return "LR-DECISION", "child"


def L_B16_ward_chronology_24h_scr_adult(c: Ctx):
    """An SCR's hospital chronology with 24-hour times."""
    D = c.d
    p, nurse = c.person(False), c.pro(True)
    dob = dob_of(c, "adult")
    head(c, "Significant Case Review", "adult")
    D.t("Subject: ").nm(p).t(", adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t("\n").date(c.incident, c.ds()).t("\n14:35 admitted to ").k(c.a["hosp"]).t("\n16:10 seen by ").nm(
        nurse, "titleinit").t("\n23:50 discharged home alone\n\n")
    rat16(c, "significant case review")
    return "SCR", "adult"


def L_B16_identifiers_footer_icr_adult(c: Ctx):
    """An ICR whose footer repeats the subject's identifiers."""
    D = c.d
    p = c.person()
    dob = dob_of(c, "adult")
    head(c, "Initial Case Review", "adult")
    D.t("This ICR concerns ").nm(p).t(", adult at risk of harm, ")
    aged(c, dob, c.incident)
    D.t(".\n")
    learning(c)
    rat16(c, "initial case review")
    D.t("\n---- footer ----\n")
    ids(c, p, dob)
    return "ICR", "adult"


def L_B16_outcome_plain_email_child(c: Ctx):
    """An outcome notification in a plain e-mail body."""
    D = c.d
    off = c.pro()
    D.t("Subject: Learning Review outcome\n\nHello,\n\nThe ").k(c.committee("child")).t(
        " Learning Review (").k("Child A").t(") was ratified by the Chief Officers Group on ").ratified(
        c.cog, c.rs()).t(".\n\nThanks,\n").nm(off, "forename").t("\n").t(DISCLAIMER).t("\n")
    D.nm(off)  # the full name after the disclaimer, as a signature block appended by the mail system
    D.t("\n")
    return "LR-OUTCOME", "child"


def L_B16_nickname_young_carer_lr_child(c: Ctx):
    """A young carer known by a nickname."""
    D = c.d
    mother = c.person(True)
    fore = c.rng.choice([f for f in NICKNAME_OF if f not in c.used])
    nick = NICKNAME_OF[fore]
    c.used.update((fore, nick))
    child = Person(fore, mother.surname, True, "Miss")
    dob = dob_of(c, "child")
    head(c, "Learning Review", "child")
    D.t("The child, ").nm(child).t(" (known as ").nick(nick).t("), ")
    aged(c, dob, c.incident)
    D.t(", cared for ").nm(mother, "title").t(". ").nick(nick).t(" lived at ")
    house_addr(c)
    D.t(".\n")
    learning(c)
    rat16(c, "learning review")
    return "LR", "child"


LAYOUTS = [v for k, v in list(globals().items()) if k.startswith("L_B16_")]
TRAPS = {"B16_trap_cog_ratified_action_plan_only_lr_child", "B16_trap_ratification_expected_scr_adult",
         "B16_trap_ratification_pending_field_icr_child", "B16_trap_signed_off_by_panel_lr_adult",
         "B16_cog_annual_report_reviews_section_other", "B16_email_disclaimer_decision_proceed_adult",
         "B16_decision_not_proceed_reasons_numbered_child", "B16_decision_proceed_memo_child"}
DATED_OTHER: set[str] = set()

check = B15.check

SET = blind_eval.BlindSet(
    key="blind16", prefix="B16", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS, HOUSE_NAMES), places=CARE_HOMES + SCHOOLS,
    generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET, B12.SET, B13.SET, B14.SET, B15.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
