#!/usr/bin/env python3
"""Blind evaluation set 15: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 14); only the brief, issue 10, ../shared/DOMAIN.md and THREATS.md,
the shared harness (``blind_eval.py``), ``eval_blind13.py`` (docstring), the names of earlier layouts
(``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and sets 13 and 14's tests of
``tests/test_blind_sets.py``, and the non-template parts of ``blind14_reports.py`` to
``blind7_reports.py`` and ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``, ``Place``, date
wordings and their reader, identifiers, sign-off and phrase helpers, the gold checks) were read.
Those are imported, not copied.

Why a module of its own: sets 13 and 14 are tuned on in rounds 15 and 16; this set measures round 16
on reports nobody here has seen.  Its shapes are new: a COG minute whose table records several
reviews' outcomes, an e-mail reply thread with '>'-quoted messages and sign-offs with mobile numbers,
a two-page learning brief, a multi-agency chronology as CSV, a police concern report extract, a
Gaelic/English decision notification, an adult learning review about self-neglect naming neighbours
and relatives by relation and forename, an unpaid carer's statement in the first person, a hospital
incident form, names with particles ("van der", "de la", "bin", "Te"), postcodes in lower case or
without their space, one-line comma addresses, dates of birth as "DoB - ...", weekday dates
("Tuesday 3rd March 2026", "Tues 3 Mar 26"), a Word form's filled-in fields, a care-home rota;
traps with no ratification: "the COG will be asked to ratify", "approved by the CPC chair; COG
ratification awaited", a COG meeting cancelled, another area's review ratified.  This set's own date
wordings (``NEW_STYLES``: "Tues 3 Mar 26", "3rd Mar, 2026", "MARCH 3, 2026", "03-03-26",
"Mar 3 2026", "Tuesday 3rd March 2026"), read back by set 7's reader.

Pools: Zulu/Xhosa, Thai, Kazakh, Slovene and Maori names, particle surnames (Afrikaans, Malay,
Maori); Angus and Mearns hamlets for streets; Fife, Angus and Black Isle villages for towns;
seabirds for care homes; Black Isle and Angus upland places for schools; none in ../shared/corpus or
another generator (``pool_overlaps`` checks, sets 7 to 14 included; hits dropped without being looked
at).  Public bodies are real and keep gold; schools and care homes quasi; ages and pseudonyms
("Child A", "Adult B") keep.

Gold per document as sets 10 to 14 (``pii``, ``keep``, ``quasi``, ``doc_type``, ``subject``,
``ratification_date``); types follow issue 10 (minutes, briefs, agendas, action plans, cover letters,
police and hospital forms, Serious Incident Reviews: OTHER with subject None; an OTHER paper stating
the COG's ratification keeps the date, ``DATED_OTHER``).  Fixed seed ``SEED``; ``DEFAULT_N``
documents, the layouts in turn; ``generate`` raises SystemExit listing every gold error.
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
import blind11_reports as B11  # noqa: E402
import blind12_reports as B12  # noqa: E402
import blind13_reports as B13  # noqa: E402
import blind14_reports as B14  # noqa: E402
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261277
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Thandeka Lindiwe Zanele Nokuthula Nandipha Sibongile Nosipho Siriporn Kanokwan Pimchanok Duangjai "
          "Ratchanee Wanida Aigerim Dinara Aizhan Saule Zhanar Spela Mojca Urska Nastja Tjasa Metka Aroha Huia "
          "Ngaire Marama").split()
MALE = ("Sipho Themba Bongani Mandla Sibusiso Thabo Lwazi Mthunzi Xolani Siyabonga Somchai Kittisak Wichai "
        "Prasert Thanawat Nurlan Yerlan Daulet Askar Bauyrzhan Marat Matej Ziga Blaz Primoz Anze Wiremu Hemi "
        "Nikau Tamati Rangi").split()
SURNAMES = ("Dlamini Nkosi Mthembu Khumalo Zungu Mkhize Ngcobo Shabalala Xaba Srisuk Chaiyaporn Suwannarat "
            "Boonmee Wongsawat Kaewkla Nurpeisov Abenov Zhaksybekov Seitkali Zupancic Krajnc Potocnik Mlakar "
            "Vidmar Kolenc Tipene Parata Ngata Rangihau Waaka").split()
# surnames with particles, given to a person on purpose (never drawn as a random second surname)
PARTICLES = ("van der Merwe", "van der Westhuizen", "de la Harpe", "bin Osman", "Te Awa", "Te Kani")
PARTICLE_FORENAME = {"bin Osman": "Hafiz"}  # a Malay patronym goes with a Malay forename
NICKNAMES = ("Thandi", "Lindi", "Sibu", "Zhanka")
STREETS = ("Dykehead Prosen Memus Tannadice Finavon Menmuir Careston Inverkeilor Usan Ferryden Marykirk "
           "Luthermuir Drumlithie Arbuthnott Kinneff Catterline").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Carmyllie": "DD11", "Strathmiglo": "KY14", "Freuchie": "KY15", "Leuchars": "KY16", "Ladybank": "KY15",
    "Colinsburgh": "KY9", "Largoward": "KY9", "Kilconquhar": "KY9", "Culbokie": "IV7", "Avoch": "IV9",
    "Munlochy": "IV8",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Kittiwake Fulmar Guillemot Shearwater Razorbill Gannet Petrel Eider "
                                          "Merganser Cormorant".split(),
                                          ("House", "Care Home", "Court", "Nursing Home", "Care Centre", "House",
                                           "Residential Home", "Care Home", "Court", "Nursing Home"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Rosemarkie Jemimaville Resolis Killearnan Cortachy Clova".split(),
                                       ("Primary School", "Primary School", "Nursery", "Primary School",
                                        "Primary School", "Early Learning Centre"))]
GENERIC = B11.GENERIC
AREAS = B8.AREAS
GAELIC = B8.GAELIC

# ---------------------------------------------------------------- dates: this set's wordings

read_dates = B7.read_dates
MONTHS = B5.MONTHS
_WDAY4 = {"Tue": "Tues", "Thu": "Thurs"}


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    wd = _WDAY4.get(f"{d:%a}", f"{d:%a}")
    own = {
        "wday4yy": f"{wd} {d.day} {m[:3]} {d.year % 100:02d}",
        "ordabbrcomma": f"{o} {m[:3]}, {d.year}",
        "usupper": f"{m.upper()} {d.day}, {d.year}",
        "dash2num": f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
        "usabbrnc": f"{m[:3]} {d.day} {d.year}",
        "wdayord": f"{d:%A} {o} {m} {d.year}",
    }
    return own[style] if style in own else B14.fmt(d, style)


NEW_STYLES = ("wday4yy", "ordabbrcomma", "usupper", "dash2num", "usabbrnc", "wdayord")
STYLES = NEW_STYLES + B14.STYLES
INLINE = STYLES

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B14.bad_initials() | {"DD", "KY", "IV", "RAG", "SW", "SI", "PC", "TV", "MS", "MR", "DR", "ED"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "surfore": (lambda p: f"{p.surname} {p.forename}", "full"),        # a rota or register "Dlamini Thandeka"
    "forenodot": (lambda p: f"{p.forename} {p.surname[0]}", "init"),   # a chat or mail sign-off "Sipho D"
}


class Doc15(B14.Doc14):
    """Set 14's document with this set's date wordings, two more person forms and trap phrases.

    ``trap`` writes a phrase that names a ratification still to come ("COG ratification awaited"):
    the gold check reads it as no ratification, and a claim anywhere else still counts."""
    FORMS = {**B14.Doc14.FORMS, **FORMS}
    fmt = staticmethod(fmt)

    def trap(self, s: str) -> "Doc15":
        if not hasattr(self, "traps"):
            self.traps = []
        self.traps.append((self._len, self._len + len(s)))
        return self.t(s)


class Ctx(B14.Ctx):
    """Set 14's context (set 9's timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc15
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        """A ratification wording: mostly this set's new ones."""
        return self.rng.choice(NEW_STYLES if self.rng.random() < 0.75 else B14.INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)

    def particle_person(self, female: bool | None = None) -> Person:
        """A person whose surname has a particle ("van der Merwe", "bin Osman")."""
        s = self.rng.choice([x for x in PARTICLES if x not in self.used])
        self.used.add(s)
        if s in PARTICLE_FORENAME:
            self.used.add(PARTICLE_FORENAME[s])
            return Person(PARTICLE_FORENAME[s], s, False, "Mr")
        return self.person(female, surname=s)


age = B7.age
HEALTH, SOCIAL = B8.HEALTH, B8.SOCIAL
sign, marking, family = B8.sign, B8.marking, B8.family
aged, head, sig = B10.aged, B10.head, B10.sig
dob_phrase, cpc_line = B9.dob_phrase, B9.cpc_line
cog_said, sent_line, ids = B11.cog_said, B11.sent_line, B11.ids
cog_ratified = B10.cog_ratified
role = B12.role
DAY = dt.timedelta(days=1)


def rat_weekday(c: Ctx, kind: str = "review") -> None:
    """A ratification with its weekday, as a minute secretary writes it."""
    c.d.t(f"The Chief Officers Group ratified the {kind} at its meeting on ").ratified(
        c.cog, c.rng.choice(("wdayord", "wday4yy"))).t(".\n")


def rat_any(c: Ctx, kind: str = "review") -> None:
    c.rng.choice((cog_said, cog_ratified, B9.ratified_sentence, rat_weekday))(c, kind)


def subj(c: Ctx, subject: str, p: Person, dob: dt.date, kind: str = "full") -> None:
    """The subject stated in the text: a child's age, or 'adult at risk of harm'."""
    D = c.d
    D.t("the child, " if subject == "child" else "an adult at risk of harm, ").nm(p, kind).t(", ")
    aged(c, dob, c.incident)
    D.t(",")


def dob_of(c: Ctx, subject: str) -> dt.date:
    return c.dob_young(2011, 2021) if subject == "child" else c.dob_adult()


def one_line(c: Ctx, lower: bool = False, nospace: bool = False) -> None:
    """An address on one line with commas, the postcode sometimes in lower case or without its space."""
    pl = c.place()
    a, pc = f"{pl.street}, {pl.town}", pl.postcode
    if nospace:
        pc = pc.replace(" ", "")
    if lower:
        a, pc = a.lower(), pc.lower()
    c.d.pii("address", a).t(", ").pii("postcode", pc)


def body(c: Ctx, bodies: tuple[str, ...]) -> None:
    """Public bodies named in a sentence (keep gold)."""
    D = c.d
    for i, b in enumerate(bodies):
        D.t(", " if 0 < i < len(bodies) - 1 else " and " if i else "").k(b)


def learning(c: Ctx) -> None:
    c.d.t("Learning: information held by one agency was not shared with the others in time; "
          "professional curiosity about who lived in the household was limited.\n")


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)


def L_B15_cog_minute_outcomes_table_other(c: Ctx):
    """A COG minute whose table records several reviews; all decided at this one meeting."""
    D, a = c.d, c.a
    D.t(f"{marking(c)}\nMINUTE OF THE CHIEF OFFICERS GROUP (PUBLIC PROTECTION)\nHeld on ").ratified(c.cog, c.rs())
    D.t(" by video call\n\nPresent: ")
    for i in range(3):
        D.t(", " if i else "").nm(c.pro(), c.rng.choice(("full", "titlefull")))
    D.t(" (Chair)\nIn attendance: Lead Officer, ").k(a["cpc"]).t("\n\n4. Reviews for decision\n")
    D.t("Ref | Review | Committee | Outcome\n")
    D.t(f"4.1 | Learning Review LR/{c.rng.randrange(20, 60)} | ").k(a["cpc"]).t(" | Ratified; report to the ")
    D.k("Care Inspectorate").t(" within seven days\n")
    D.t(f"4.2 | Initial Case Review ICR/{c.rng.randrange(60, 99)} | ").k(a["apc"]).t(
        " | Returned for further work on the chronology\n")
    D.t(f"4.3 | Learning Review LR/{c.rng.randrange(1, 19)} | ").k(a["cpc"]).t(" | Action plan noted\n\n")
    D.t("The Chief Officers ratified the outcome of review 4.1 and its recommendations.\n")
    D.t("Action: Lead Officer to notify the ").k("Care Inspectorate").t(".\n")
    return "OTHER", None


def L_B15_email_reply_thread_quoted_outcome_adult(c: Ctx):
    """An outcome notification sent as a reply, the earlier messages quoted with '>'."""
    D, a = c.d, c.a
    lead, ci, pa = c.pro(), c.pro(), c.person()
    adult = c.person()
    dob = c.dob_adult()
    D.t("From: ").pii("email", c.mail(lead)).t("\nTo: cistrategicteamnotification@careinspectorate.gov.scot\n")
    D.t("Subject: RE: RE: Learning review outcome notification - ").k("Adult B").t("\n\n")
    D.t("Hello,\n\nAs promised, the outcome of the adult learning review for ").k("Adult B").t(" (")
    aged(c, dob, c.incident)
    D.t("). ")
    rat_any(c)
    D.t("The anonymised report is attached.\n\nKind regards\n").nm(lead, "forename").t("\n").nm(lead).t(", Lead Officer, ")
    D.k(a["apc"]).t("\nMob: ").pii("phone", c.tel(True)).t("\n\n")
    D.t("> On ").date(c.cog - DAY * 9, c.ds()).t(", ").nm(ci).t(" wrote:\n")
    D.t("> Thank you. Could you send the outcome notice once the Chief Officers have met?\n> Best wishes\n> ")
    D.nm(ci, "forenodot").t("\n> Strategic Inspector, ").k("Care Inspectorate").t("\n>\n")
    D.t(">> On ").date(c.cog - DAY * 12, c.ds()).t(", ").nm(lead).t(" wrote:\n")
    D.t(">> The review into the care of ").nm(adult).t(" is complete. ").nm(pa, "title")
    D.t(" (PA to the Chief Social Work Officer, tel. ").pii("phone", c.tel(False)).t(") will diarise.\n")
    return "LR-OUTCOME", "adult"


def L_B15_learning_brief_two_page_other(c: Ctx):
    """A learning brief for practitioners: no names of the family, no dates that matter."""
    D, a = c.d, c.a
    D.t("LEARNING BRIEF (two pages)\n").k(a["cpc"]).t("\n\nWhat happened\n").k("Child A").t(", ")
    D.k(f"aged {c.rng.randrange(2, 9)}").t(", lived with a parent whose drinking increased over a winter.\n\n")
    D.t("What we learned\n- ask who else lives in the house\n- record why a visit did not happen\n"
        "- share concerns with the named person\n\nQuestions for your team\n1. How do we hear the voice of a "
        "young child?\n2. When did you last check a household's membership?\n\nContact: ").nm(c.pro())
    D.t(", learning and development officer, ").pii("email", c.mail(c.pro())).t("\n")
    return "OTHER", None


def L_B15_chronology_csv_multiagency_lr_child(c: Ctx):
    """A learning review whose appendix is the multi-agency chronology exported as CSV."""
    D, a = c.d, c.a
    mother, father, (kid,) = family(c)
    dob = c.dob_young(2016, 2021)
    head(c, "Learning Review - Appendix 2: multi-agency chronology", "child")
    D.t("The review concerned ").nm(kid).t(", ")
    aged(c, dob, c.incident)
    D.t(", and mother ").nm(mother).t(".\n")
    rat_any(c)
    D.t("\ndate,agency,event,worker\n")
    for i, (ag, ev) in enumerate(((a["board"], "health visitor contact; missed"), ("Police Scotland", "domestic call"),
                                  (a["council"], "referral screened"))):
        D.date(c.incident + DAY * (i * 9 - 30), "iso").t(",").k(ag).t(f",{ev},")
        D.nm(c.pro(), c.rng.choice(("init", "full"))).t("\n")
    D.date(c.incident, "iso").t(",").k(a["board"]).t(",child seen at ED with ").nm(father, "title").t(",")
    D.nm(c.pro(), "full").t("\n")
    return "LR", "child"


def L_B15_police_ipc_extract_other(c: Ctx):
    """A police concern report extract (interim vulnerable person record) sent to the review team."""
    D = c.d
    p, child = c.person(), c.person()
    dob, cdob = c.dob_parent(), c.dob_young(2015, 2021)
    D.k("Police Scotland").t(" - CONCERN REPORT (extract)\nOfficer: PC ").nm(c.pro(), "surname").t("\n")
    D.t("Nominal: ").nm(p, "sfcaps").t("   DoB - ").dob(dob, "dash2num").t("\nAddress: ")
    one_line(c, nospace=True)
    D.t("\nChild present: ").nm(child).t(" (").dob(cdob, c.rng.choice(("slash", "long"))).t(")\n")
    D.t("Circumstances: neighbour called at ").date(c.incident, c.ds()).t(" reporting shouting.\n")
    D.t("Shared with: ").k(c.a["council"]).t(" social work.\n")
    return "OTHER", None


def L_B15_bilingual_decision_notification_child(c: Ctx):
    """A decision to hold a learning review, in Gaelic and English."""
    D = c.d
    c.a = GAELIC
    kid = c.person()
    dob = c.dob_young()
    D.t("Fios mu Cho-dhùnadh / Decision notification\n").k(GAELIC["cpc"]).t("\n").k(GAELIC["council"]).t("\n\n")
    D.t("Cuspair / Subject: leanabh / child, ").nm(kid, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t("\nCo-dhùnadh / Decision: [x] proceed to a Learning Review  [ ] not proceed\n")
    D.t("Ceann-latha / Date of decision: ").date(c.decision, c.ds()).t("\n")
    D.t("The ").k(GAELIC["cpc"]).t(" agreed that the criteria are met. The Chief Officers Group will receive "
                                   "the final report in due course.\nContact: ").nm(c.pro()).t(" ").pii(
        "phone", c.tel(False)).t("\n")
    return "LR-DECISION", "child"


def L_B15_selfneglect_lr_neighbours_relations_adult(c: Ctx):
    """An adult learning review on self-neglect: relatives and neighbours by relation and forename."""
    D, a = c.d, c.a
    adult, niece, nb, nb2 = c.person(), c.person(True), c.person(), c.person()
    dob = c.dob_older()
    head(c, "Adult Support and Protection Learning Review: self-neglect", "adult")
    D.t("This review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" who lived alone at ")
    one_line(c)
    D.t(f".\n{'Her' if adult.female else 'His'} niece ").nm(niece, "forename").t(" visited fortnightly; the neighbour ").nm(nb, "forename")
    D.t(" took in post, and another neighbour, ").nm(nb2, "title").t(", raised the alarm.\n")
    D.nm(niece, "forename").t(" told the review that ").nm(adult, "title").t(" refused help with the garden "
                                                                           "and the heating.\n")
    learning(c)
    rat_any(c)
    D.t("Lead reviewer: ").nm(c.pro(), "titleinit").t("\n")
    return "LR", "adult"


def L_B15_unpaid_carer_own_words_scr_adult(c: Ctx):
    """An adult SCR with the unpaid carer's statement in the first person."""
    D, a = c.d, c.a
    adult, carer = c.person(), c.person()
    dob = c.dob_older()
    head(c, "Significant Case Review (adult)", "adult")
    D.t("Subject: ").nm(adult).t(", ")
    aged(c, dob, c.incident)
    D.t(", cared for by ").nm(carer).t(".\n\nThe carer's statement (in my own words)\n")
    D.t("I am ").nm(carer, "forename").t(". I looked after ").nm(adult, "forename").t(" for six years. Nobody from ")
    D.k(a["council"]).t(" asked me how I was coping. When the day centre closed I rang ").nm(c.pro(), "title")
    D.t(" at ").k(a["board"]).t(" three times.\n\n")
    rat_any(c, "report")
    return "SCR", "adult"


def L_B15_hospital_incident_form_other(c: Ctx):
    """A hospital incident form (adverse event reporting system) sent with the review papers."""
    D, a = c.d, c.a
    pt, n1, n2 = c.person(), c.pro(), c.pro()
    dob = c.dob_adult()
    D.k(a["board"]).t(" - INCIDENT REPORT FORM\nLocation: ").k(a["hosp"]).t(", Ward 7\n")
    D.t("Date of incident: ").date(c.incident, c.ds()).t("\nPatient: ").nm(pt, "surfore").t("  D.O.B. ")
    D.dob(dob, c.ds()).t("\nNHS number: ").pii("nhs", B7.nhs(c.rng, spaced=False)).t("\n")
    D.t("Reported by: ").nm(n1).t(" (Charge Nurse, Band 7)\nWitness: ").nm(n2, "init").t(" (Staff Nurse, Band 5)\n")
    D.t("Description: patient found on floor beside bed at 03:10; bed rails not in use.\nSeverity: moderate\n")
    return "OTHER", None


def L_B15_particles_names_icr_child(c: Ctx):
    """A child ICR whose family's surnames carry particles."""
    D, a = c.d, c.a
    mother = c.particle_person(True)
    kid = c.person(surname=mother.surname)
    lodger = c.particle_person(False)
    dob = c.dob_young()
    head(c, "Initial Case Review", "child")
    D.t("Child: ").nm(kid).t(", ")
    aged(c, dob, c.incident)
    D.t(", ").k("Child A").t(" in this report.\nMother: ").nm(mother).t(". Lodger: ").nm(lodger).t(".\n")
    D.nm(mother, "title").t(" said that ").nm(lodger, "title").t(" had moved out before ").date(c.incident, c.ds())
    D.t("; the school, ").q("school", c.school()).t(", was not told.\n")
    rat_any(c)
    return "ICR", "child"


def L_B15_postcode_nospace_lower_icr_adult(c: Ctx):
    """An adult ICR with addresses typed on one line, postcodes in lower case or without their space."""
    D, a = c.d, c.a
    adult, son = c.person(), c.person(False)
    dob = c.dob_adult()
    head(c, "Initial Case Review - adult", "adult")
    D.t("Adult: ").nm(adult).t("; address at the time: ")
    one_line(c, lower=True)
    D.t("\nPrevious address: ")
    one_line(c, nospace=True)
    D.t("\nSon: ").nm(son, "full").t(" (DOB: ").dob(c.dob_parent(), c.ds()).t(")\n")
    D.t("The adult, ")
    aged(c, dob, c.incident)
    D.t(", was known to ").k(a["council"]).t(" and ").k(a["board"]).t(".\n")
    rat_any(c)
    return "ICR", "adult"


def L_B15_dob_dash_label_register_lr_child(c: Ctx):
    """A child learning review whose family list gives dates of birth as 'DoB - ...'."""
    D = c.d
    mother, father, kids = family(c, 2, same=False)
    head(c, "Learning Review", "child")
    D.t("Family composition\n")
    for p, dob, rel in ((mother, c.dob_parent(), "mother"), (father, c.dob_parent(), "father"),
                        (kids[0], c.dob_young(2012, 2016), "child"), (kids[1], c.dob_young(2017, 2021), "child")):
        D.nm(p, c.rng.choice(("full", "capsfull"))).t(f" ({rel}) DoB - ").dob(dob, c.ds()).t("\n")
    D.t("\n").nm(kids[1], "forename").t(" is the subject of this review.\n")
    learning(c)
    rat_any(c)
    return "LR", "child"


def L_B15_weekday_ratified_scr_adult(c: Ctx):
    """An adult SCR dated with weekdays throughout."""
    D, a = c.d, c.a
    adult = c.person()
    dob = c.dob_adult()
    head(c, "Significant Case Review", "adult")
    D.t("Referral received ").date(c.referral, "wdayord").t("; review commenced ").date(c.commenced, "wday4yy")
    D.t(".\nThe review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" resident at ").q("care_home", c.home()).t(".\n")
    cpc_line(c, "adult")
    rat_weekday(c, "report")
    sig(c)
    return "SCR", "adult"


def L_B15_trap_cog_will_be_asked_lr_child(c: Ctx):
    """No ratification: the COG will be asked to ratify at a meeting still to come."""
    D = c.d
    kid = c.person()
    dob = c.dob_young()
    head(c, "Learning Review - final draft", "child")
    D.t("The review concerns ")
    subj(c, "child", kid, dob, "forename")
    D.t(" known to ").k(c.a["council"]).t(".\n")
    learning(c)
    D.t("The report will go to the Chief Officers Group on ").date(c.next_cog, c.ds())
    D.t(", when the COG will be asked to ratify it.\n")
    return "LR", "child"


def L_B15_trap_cpc_chair_approved_awaiting_cog_icr_adult(c: Ctx):
    """No ratification: approved by the committee chair, the COG still to meet."""
    D = c.d
    adult = c.person()
    dob = c.dob_adult()
    head(c, "Initial Case Review", "adult")
    D.t("The review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" and the care provided at home.\n")
    D.t("Approved by the chair of the ").k(c.committee("adult")).t(" on ").date(c.cpc, c.ds())
    D.t("; ").trap("COG ratification awaited").t(".\nPrepared by ").nm(c.pro(), "init").t("\n")
    return "ICR", "adult"


def L_B15_trap_cog_meeting_cancelled_scr_child(c: Ctx):
    """No ratification: the COG meeting that was to consider the report was cancelled."""
    D = c.d
    mother, _, (kid,) = family(c)
    head(c, "Significant Case Review", "child")
    D.t("Child: ").nm(kid).t(" (").dob(c.dob_young(), c.ds()).t("); mother ").nm(mother, "title").t(".\n")
    D.t("Status: the Chief Officers Group meeting planned for ").date(c.cog, c.ds())
    D.t(" was cancelled; a new date is to be set.\n")
    return "SCR", "child"


def L_B15_trap_other_area_ratified_lr_adult(c: Ctx):
    """No ratification of this review: a neighbouring area's review is cited with its date."""
    D, a = c.d, c.a
    adult = c.person()
    dob = c.dob_adult()
    other = c.rng.choice([x for x in AREAS if x is not a])
    head(c, "Adult Learning Review - interim findings", "adult")
    D.t("The review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" and is at the stage of practitioner conversations.\n")
    D.t("Similar learning came from a review by the ").k(other["apc"]).t(": ")
    D.trap("that review was ratified by its own Chief Officers Group on ").date(c.cog - DAY * 200, c.ds())
    D.t(".\nThis report is not final and has not gone to the Chief Officers Group.\n")
    return "LR", "adult"


def L_B15_action_plan_rag_status_other(c: Ctx):
    """An action plan with RAG status columns."""
    D, a = c.d, c.a
    D.t("ACTION PLAN - learning review recommendations\n").k(a["cpc"]).t("\n\n")
    D.t("No | Action | Lead | Due | RAG\n")
    for i, act in enumerate(("Refresh guidance on household checks", "Audit of missed appointments",
                             "Briefing for GP practices"), 1):
        D.t(f"{i} | {act} | ").nm(c.pro(), c.rng.choice(("init", "full"))).t(" | ").date(
            c.cog + DAY * (60 * i), c.ds()).t(f" | {c.rng.choice(('Red', 'Amber', 'Green'))}\n")
    return "OTHER", None


def L_B15_agenda_joint_cpc_apc_other(c: Ctx):
    """A joint agenda of the child and adult committees."""
    D, a = c.d, c.a
    D.t("AGENDA\nMeeting: ").k(a["cpc"])
    if a["apc"] != a["cpc"]:
        D.t(" and ").k(a["apc"]).t(" (joint)")
    D.t("\nDate: ").date(c.cpc, c.ds())
    D.t("\n\n1. Apologies\n2. Minute of last meeting\n3. Learning review update (confidential)\n"
        "4. Case review screening\n5. AOB\n\nClerk: ").nm(c.pro()).t(", ").pii("phone", c.tel(False)).t("\n")
    return "OTHER", None


def L_B15_cover_letter_secure_mail_other(c: Ctx):
    """A cover letter sent with a report through secure mail; no date of ratification."""
    D, a = c.d, c.a
    sender = c.pro()
    D.k(a["council"]).t("\n").date(c.sent, c.ds()).t("\n\nStrategic Inspector\n").k("Care Inspectorate").t("\n\n")
    D.t("Dear Colleague\n\nPlease find enclosed the report for your records; the password follows in a "
        "separate message.\n\nYours faithfully\n\n").nm(sender).t("\nLead Officer\n").pii(
        "email", c.mail(sender)).t("\n")
    return "OTHER", None


def L_B15_sir_seven_day_report_other(c: Ctx):
    """A Serious Incident Review seven-day report from a care provider."""
    D = c.d
    res, mgr = c.person(), c.pro()
    D.t("Serious Incident Review - seven day report\nService: ").q("care_home", c.home()).t("\nResident: ")
    D.nm(res, "initials").t(" (").k(f"aged {c.rng.randrange(70, 96)}").t(")\nDate of incident: ").date(
        c.incident, c.ds())
    D.t("\nImmediate actions: resident transferred to ").k(c.a["hosp"]).t("; family informed.\nManager: ")
    D.nm(mgr).t(" ").pii("phone", c.tel()).t("\n")
    return "OTHER", None


def L_B15_decision_notification_proceed_eform_adult(c: Ctx):
    """A decision notification as the e-form's printed summary: proceed, with the criteria."""
    D = c.d
    adult = c.person()
    dob = c.dob_adult()
    D.t("Learning review decision notification (printed summary)\nCommittee: ").k(c.committee("adult"))
    D.t("\nAdult: ").nm(adult, "initials").t(" (")
    aged(c, dob, c.incident)
    D.t(")\nDecision: PROCEED\nReason: the adult at risk of harm died and agencies could have worked better "
        "together.\nDate decided: ").date(c.decision, c.ds()).t("\nSubmitted by: ").nm(c.pro()).t("\n")
    return "LR-DECISION", "adult"


def L_B15_decision_not_proceed_minute_note_child(c: Ctx):
    """A note of the decision not to hold a learning review for a child, with the reasons."""
    D = c.d
    kid = c.person()
    D.t("NOTE OF DECISION\n").k(c.committee("child")).t("\n\nRe: ").k("Child A").t(", ")
    D.k(f"aged {c.rng.randrange(1, 15)}").t("\nThe committee decided on ").date(c.decision, c.ds())
    D.t(" not to proceed to a Learning Review: single-agency learning has been taken forward instead.\n")
    D.t("The child's name (").nm(kid).t(") is held on the confidential file only.\nSigned: ").nm(c.pro(), "titleinit")
    D.t("\n")
    return "LR-DECISION", "child"


def L_B15_outcome_notification_word_fields_child(c: Ctx):
    """An outcome notification as a Word form whose filled-in fields follow their prompts."""
    D = c.d
    kid = c.person()
    dob = c.dob_young()
    D.t("Learning Review Outcome Notification\nName of committee: ").k(c.committee("child"))
    D.t("\nChild's initials: ").nm(kid, "initials").t("\nAge of child: ")
    aged(c, dob, c.incident)
    D.t("\nDate review commenced: ").date(c.commenced, c.ds())
    D.t("\nDate outcome ratified by COG: ").ratified(c.cog, c.rs())
    D.t("\nKey learning: Click or tap here to enter text. Information sharing between school and health.\n")
    D.t("Contact: ").nm(c.pro()).t(" ").pii("email", c.mail(c.pro(), 2)).t("\n")
    return "LR-OUTCOME", "child"


def L_B15_outcome_letter_ppc_to_inspectorate_adult(c: Ctx):
    """An outcome notification letter from the committee to the Care Inspectorate, for an adult."""
    D, a = c.d, c.a
    D.k(a["apc"]).t("\n\nTo: Strategic Inspector, ").k("Care Inspectorate").t("\n\n")
    D.t("Notification of the outcome of an adult learning review (").k("Adult B").t(")\n\n")
    D.t("I write to confirm that the Chief Officers Group approved the learning review report on ").ratified(
        c.cog, c.rs())
    D.t(". The anonymised report is enclosed.\n\nYours sincerely\n\n").nm(c.pro(), "titlefull")
    D.t("\nIndependent Chair\nMob. ").pii("phone", c.tel(True)).t("\n")
    return "LR-OUTCOME", "adult"


def L_B15_scr_child_identifiers_labelled_wrong_check(c: Ctx):
    """A child SCR whose identifiers are labelled, one NHS number with a typing slip in its check digit."""
    D = c.d
    mother, father, (kid,) = family(c)
    dob = c.dob_young()
    head(c, "Significant Case Review", "child")
    D.t("Child: ").nm(kid).t("  DoB - ").dob(dob, c.rs()).t("\n")
    ids(c, kid, dob)
    D.t("Mother: ").nm(mother).t("  NHS number: ").pii("nhs", B7.nhs(c.rng, valid=False)).t("\n")
    D.t("Father: ").nm(father).t("  NI: ").pii("ni", B7.ni(c.rng, 2)).t("\n\n")
    D.t("The report was agreed by the COG on ").ratified(c.cog, c.rs()).t(".\n")
    return "SCR", "child"


def L_B15_icr_child_form_rows_sent_and_ratified(c: Ctx):
    """A child ICR form with many date rows: sent to the COG, then ratified by it."""
    D = c.d
    kid = c.person()
    dob = c.dob_young()
    D.k(c.committee("child")).t("\nINITIAL CASE REVIEW - SUMMARY FORM\n\n")
    D.t("Child: ").nm(kid, "surname_first").t(", ")
    aged(c, dob, c.incident)
    D.t("\nDate of referral: ").date(c.referral, c.ds()).t("\nDate ICR convened: ").date(c.commenced, c.ds())
    D.t("\nDate sent to the Chief Officers Group: ").date(c.sent, c.ds())
    D.t("\nDate of COG meeting: ").date(c.cog, c.ds()).t("\nDate outcome ratified by COG: ").ratified(c.cog, c.rs())
    D.t("\nReviewer: ").nm(c.pro()).t("\n")
    return "ICR", "child"


def L_B15_lr_adult_cuckooing_flat(c: Ctx):
    """An adult learning review: a tenant whose flat was taken over by others."""
    D, a = c.d, c.a
    adult, p1, p2 = c.person(), c.person(False), c.person()
    dob = c.dob_adult()
    head(c, "Learning Review", "adult")
    D.t("This review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" whose home at ")
    B14.flat_addr(c)
    D.t(" was used by ").nm(p1).t(" and a man known as ").nick(c.nickname()).t(".\n")
    D.nm(p2, "init").t(", housing officer, reported it to ").k("Police Scotland").t(".\n")
    learning(c)
    rat_any(c)
    return "LR", "adult"


def L_B15_learning_event_invite_email_other(c: Ctx):
    """An invitation to a practitioner learning event."""
    D = c.d
    org = c.pro()
    D.t("From: ").pii("email", c.mail(org)).t("\nSubject: Invitation - practitioner learning event\n\n")
    D.t("Dear all,\nYou are invited to a reflective session on ").date(c.commenced + DAY * 20, c.ds())
    D.t(" at 10am. Please reply by the end of the week.\n\nThanks\n").nm(org, "forenodot").t("\n")
    return "OTHER", None


def L_B15_ird_note_other(c: Ctx):
    """An inter-agency referral discussion note."""
    D = c.d
    mother, _, (kid,) = family(c)
    D.t("INTER-AGENCY REFERRAL DISCUSSION - NOTE\nParticipants: ").k("Police Scotland").t(", ").k(c.a["council"])
    D.t(", ").k(c.a["board"]).t("\nChild: ").nm(kid).t(" (").dob(c.dob_young(), c.ds()).t(")\nParent: ")
    D.nm(mother).t(", ")
    one_line(c, lower=c.rng.random() < 0.5)
    D.t("\nOutcome: joint investigative interview to be arranged.\n")
    return "OTHER", None


def L_B15_lr_child_numbered_findings_summary(c: Ctx):
    """A child learning review's executive summary with numbered findings."""
    D = c.d
    kid, hv = c.person(), c.pro(True)
    dob = c.dob_young()
    head(c, "Learning Review: executive summary", "child")
    D.t("1. This review concerns ")
    subj(c, "child", kid, dob, "forename")
    D.t(" whose health visitor was ").nm(hv, "title").t(".\n2. Finding: ").k(c.a["board"])
    D.t(" and ").k(c.a["council"]).t(" held different pictures of the household.\n3. ")
    rat_any(c)
    return "LR", "child"


def L_B15_scr_adult_legacy_approved_upper(c: Ctx):
    """An adult SCR begun before May 2022, approved by the COG, the date in capitals."""
    D = c.d
    adult = c.person()
    dob = c.dob_adult()
    head(c, "Significant Case Review (commenced under the 2019 interim framework)", "adult")
    D.t("The review concerns ")
    subj(c, "adult", adult, dob, "capsfull")
    D.t(" and financial harm by a relative.\n")
    D.t("COG APPROVED: ").ratified(c.cog, "usupper").t("\n")
    sig(c, c.rng.random() < 0.5)
    return "SCR", "adult"


def L_B15_icr_adult_care_home_rota(c: Ctx):
    """An adult ICR listing the care home's night rota by surname and forename."""
    D = c.d
    res = c.person()
    dob = c.dob_older()
    head(c, "Initial Case Review", "adult")
    D.t("Resident: ").nm(res).t(", ")
    aged(c, dob, c.incident)
    D.t(", of ").q("care_home", c.home()).t(".\n\nNight rota on ").date(c.incident, c.ds()).t("\n")
    for r in ("Senior Carer", "Carer", "Carer"):
        D.nm(c.person(), "surfore").t(f" - {r}\n")
    D.t("\n")
    rat_any(c)
    return "ICR", "adult"


def L_B15_cover_email_ratified_other(c: Ctx):
    """A covering e-mail that states the COG's ratification date (the report attached)."""
    D = c.d
    s = c.pro()
    D.t("To: cistrategicteamnotification@careinspectorate.gov.scot\nSubject: report attached (secure)\n\n")
    D.t("Good afternoon,\nThe report attached was ratified by the Chief Officers Group on ").ratified(
        c.cog, c.rs()).t(".\nRegards\n").nm(s, "forenodot").t(", ").k(c.committee("child")).t("\nM: ")
    D.pii("phone", c.tel(True)).t("\n")
    return "OTHER", None


def L_B15_lr_child_nursery_staff_weekday(c: Ctx):
    """A child learning review naming nursery staff, dated by weekday."""
    D = c.d
    kid, key, mgr = c.person(), c.person(True), c.pro()
    dob = c.dob_young(2019, 2022)
    head(c, "Learning Review", "child")
    D.t("The review concerns ")
    subj(c, "child", kid, dob)
    D.t(" who attended ").q("school", c.rng.choice([x for x in SCHOOLS if "Primary" not in x])).t(".\nKeyworker ").nm(key, "forename").t(" noticed bruising on ")
    D.date(c.incident, "wday4yy").t(" and told the manager, ").nm(mgr, "full").t(".\n")
    rat_weekday(c)
    return "LR", "child"


LAYOUTS = [v for k, v in list(globals().items()) if k.startswith("L_B15_")]
TRAPS = {"B15_trap_cog_will_be_asked_lr_child", "B15_trap_cpc_chair_approved_awaiting_cog_icr_adult",
         "B15_trap_cog_meeting_cancelled_scr_child", "B15_trap_other_area_ratified_lr_adult",
         "B15_bilingual_decision_notification_child", "B15_decision_notification_proceed_eform_adult",
         "B15_decision_not_proceed_minute_note_child"}
DATED_OTHER = {"B15_cog_minute_outcomes_table_other", "B15_cover_email_ratified_other"}


_UNCLAIMED = "but there is no ratification in the gold"


def check(name: str, text: str, doc: Doc15, doc_type: str) -> list[str]:
    """Set 8's gold check (as sets 9 to 14 use it), except that a claim inside a phrase written with
    ``Doc15.trap`` ("COG ratification awaited") is no ratification; any other claim still is."""
    errs = B8.check(name, text, doc, doc_type)
    traps = getattr(doc, "traps", [])
    if doc.rat is None and traps:
        errs = [e for e in errs if _UNCLAIMED not in e]
        for a, b in B7.ratification_claims(text):
            if not any(x <= a and b <= y for x, y in traps):
                errs.append(f"{name}: the text names a COG ratification ({text[a:b]!r}) {_UNCLAIMED}")
    return errs


SET = blind_eval.BlindSet(
    key="blind15", prefix="B15", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, PARTICLES, tuple(PARTICLE_FORENAME.values()), NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS,
    generic=frozenset(GENERIC), earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET, B12.SET, B13.SET, B14.SET),
    subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
