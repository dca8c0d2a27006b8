"""Generate many fictional case-review texts with known answers, to test the analysis stages.

    .venv/bin/python benchmarks/synth_analysis.py [--count 20] [--seed 1] [--show N]

The development corpus has ten documents; the reports the product will meet vary far
more. This generator composes documents from interchangeable parts - title styles of
the Scottish national guidance forms (ICR notification, Rapid Review, Summary of
Findings, briefing for Chief Officers), SCR and Learning Review reports, cover letters,
COG agendas and minutes - and renders them as the parsers would deliver them: DOCX
(headers and footers first, tab-separated table rows) or PDF (soft-wrapped lines, table
cells on their own lines, running headers and footers, page breaks as form feeds).

Every case records the expected document type, ICR decision, CPC and ratification date.
``clear`` says whether a careful reader could state the date from the text; where the
only ratification wording is a future meeting or is missing, the expected date is None.

All people, places, references and e-mail addresses are invented; public bodies are
named as real reports name them.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingestd.config.cpcs import CHILD_PROTECTION_COMMITTEES as DEFAULT_CPCS  # noqa: E402  (child reports)
from ingestd.config.schema import CpcEntry  # noqa: E402

ICR, SCR, LR, OTHER = "ICR", "SCR", "LR", "OTHER"
PROCEED, NO_SCR, OTHER_LEARNING = "proceed_to_scr", "no_scr", "other_learning_activity"


@dataclass(frozen=True)
class Case:
    """One generated document and what the analysis should find in it."""

    ident: str
    template: str
    text: str
    sender_domain: str | None
    doc_type: str
    decision: str | None
    cpc: str
    ratified: date | None
    clear: bool


# --- invented people and places ---------------------------------------------------------------

_FORENAMES = ("Alasdair", "Bronagh", "Calum", "Deirdre", "Euan", "Fionnuala", "Gregor", "Hamish", "Isla",
              "Jolene", "Kenna", "Lachlan", "Mhairi", "Nairn", "Oonagh", "Ruaridh", "Seonag", "Tormod",
              "Una", "Wilma", "Torquil", "Catriona", "Dougal", "Elspeth", "Fergus", "Greer", "Ruaridh", "Kirsty")
_SURNAMES = ("Abernethy", "Baird", "Carmichael", "Dalgleish", "Erskine", "Fairbairn", "Galbraith", "Haldane",
             "Imrie", "Jardine", "Kinnear", "Lockhart", "MacAskill", "McCorquodale", "Niven", "Ogilvie",
             "Pettigrew", "Rintoul", "Sinclair-Hay", "Tennant", "Urquhart", "Veitch", "Wardlaw", "Yeaman",
             "O'Hagan", "MacLachlan", "Drummond", "Strachan")
_STREETS = ("Birchbrae Crescent", "Kilnhill Road", "Mossgiel Court", "Larchfield Terrace", "Quarrybank Drive",
            "Heatherlea Place", "Burnside Wynd", "Glebe Row")
_TOWNS = ("Kirkbrae", "Dunallan", "Invermossat", "Balquhidder Mill", "Strathcairn", "Auchenlea")
_CHILD_LABELS = ("Child A", "Child B", "Child C", "Child H", "Child K", "Child M", "Child P", "Child R",
                 "Child S", "Child T", "Child W", "Young Person Y", "Baby L", "Sibling group J")
_ROLES = ("Lead Officer", "Child Protection Lead Officer", "Independent Chair", "CPC Coordinator",
          "Chief Social Work Officer", "Learning and Development Officer", "Public Protection Manager")
_AGENCIES = ("Police Scotland", "Children and Families Social Work", "Education", "NHS health visiting",
             "the Scottish Children's Reporter Administration", "adult mental health services",
             "the third sector family support service", "Housing")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FORENAMES)} {rng.choice(_SURNAMES)}"


def _address(rng: random.Random) -> str:
    return f"{rng.randint(2, 140)} {rng.choice(_STREETS)}, {rng.choice(_TOWNS)}"


# --- dates ---------------------------------------------------------------------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


_DATE_STYLES = (
    lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{_ordinal(d.day)} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day} {_MONTH_ABBR[d.month - 1]} {d.year}",
    lambda d: f"{_DAY_NAMES[d.weekday()]} {d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{_DAY_NAMES[d.weekday()]}, {_ordinal(d.day)} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{_ordinal(d.day)} of {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year % 100:02d}",
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]}, {d.year}",
    lambda d: f"{_DAY_NAMES[d.weekday()][:3]} {d.day} {_MONTH_ABBR[d.month - 1]} {d.year}",
    lambda d: f"{_ordinal(d.day)} {_MONTH_ABBR[d.month - 1]} {d.year}",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day} {d.year}",
)


def _fmt(rng: random.Random, value: date, style: int | None = None) -> str:
    return _DATE_STYLES[rng.randrange(len(_DATE_STYLES)) if style is None else style](value)


@dataclass
class Timeline:
    """The dates of one case, in the order things happen."""

    birth: date
    incident: date
    referral: date
    icr: date
    deferred: date | None
    ratified: date
    letter: date
    sent: date
    next_meeting: date


def _timeline(rng: random.Random) -> Timeline:
    ratified = date(2025, 1, 6) + timedelta(days=rng.randrange(900))
    icr = ratified - timedelta(days=rng.randint(7, 40))
    referral = icr - timedelta(days=rng.randint(5, 40))
    incident = referral - timedelta(days=rng.randint(0, 20))
    deferred = ratified - timedelta(days=rng.choice((14, 21, 28, 35))) if rng.random() < 0.35 else None
    if deferred is not None and deferred <= icr:
        deferred = None
    birth = incident - timedelta(days=rng.randint(40, 16 * 365))
    letter = ratified + timedelta(days=rng.randint(1, 12))
    sent = letter + timedelta(days=rng.randint(0, 3))
    next_meeting = ratified + timedelta(days=rng.randint(28, 70))
    return Timeline(birth, incident, referral, icr, deferred, ratified, letter, sent, next_meeting)


# --- CPC naming ------------------------------------------------------------------------------------

def _area(cpc: CpcEntry) -> str:
    return cpc.name.removesuffix(" Child Protection Committee")


def _cpc_phrase(rng: random.Random, cpc: CpcEntry) -> str:
    """How the document's own title or footer names the committee."""
    area = _area(cpc)
    forms = [cpc.name, f"{area} CPC", f"{area} Child Protection Committee",
             f"{area.replace(' and ', ' & ')} Child Protection Committee"]
    councils = [a for a in cpc.aliases if a.endswith("Council") or a.startswith("Comhairle")]
    return rng.choice(forms + councils[:1])


def _elsewhere(rng: random.Random, cpc: CpcEntry, others: list[CpcEntry]) -> str:
    """A sentence naming another area: where the family came from, whose records were read."""
    other = rng.choice([c for c in others if c.name != cpc.name])
    area = _area(other)
    council = next((a for a in other.aliases if a.endswith("Council")), f"{area} Council")
    return rng.choice((
        f"The family moved from {area} in the year before the incident.",
        f"The family had previously lived in the {council} area and records were requested from {council}.",
        f"Information from {council} social work was shared with the review.",
        f"Mother was previously known to {council} as a care leaver.",
        f"The family relocated from {area} and the case was transferred from {council}.",
        f"Child protection records held by {council} were not available at the time.",
    ))


def _elsewhere_rows(rng: random.Random, cpc: CpcEntry, t: Timeline) -> list[list[str]]:
    """Chronology rows that name the council the family lived in before, several times."""
    other = rng.choice([c for c in DEFAULT_CPCS if c.name != cpc.name])
    council = next((a for a in other.aliases if a.endswith("Council")), f"{_area(other)} Council")
    events = (f"{council} social work receive a referral from school.", f"{council} close the case.",
              f"Family move; {council} send records.", f"Health visitor in the {council} area visits.")
    return [[_fmt(rng, t.incident - timedelta(days=400 - 60 * i), 2), events[i]] for i in range(rng.randint(1, 4))]


def _sender_domain(rng: random.Random, cpc: CpcEntry) -> str | None:
    roll = rng.random()
    if roll < 0.35:
        return None
    if roll < 0.6:
        return rng.choice(cpc.sender_domains)
    if roll < 0.7:
        return "secure." + rng.choice(cpc.sender_domains)
    return rng.choice(("nhs.scot", "example.org", "cjsm.net", "gmail.example.com", "careinspectorate.example.gov.scot",
                       "police.example.scot"))


# --- document model ----------------------------------------------------------------------------------
# A document is a list of blocks: ("h", text), ("p", text), ("table", rows), ("kv", rows)
# plus running header and footer lines.

Block = tuple[str, object]


@dataclass
class Doc:
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    def h(self, text: str) -> None:
        self.blocks.append(("h", text))

    def p(self, text: str) -> None:
        self.blocks.append(("p", text))

    def table(self, rows: list[list[str]]) -> None:
        self.blocks.append(("table", rows))


def _wrap(rng_width: int, text: str) -> list[str]:
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > rng_width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def render_docx(doc: Doc) -> str:
    """As the DOCX parser gives it: headers and footers first, table rows tab-separated."""
    out = list(doc.header) + list(doc.footer)
    for kind, value in doc.blocks:
        if kind in ("h", "p"):
            out.append(str(value))
        else:
            out.extend("\t".join(row) for row in value)  # type: ignore[union-attr]
    return "\n".join(out) + "\n"


def render_pdf(rng: random.Random, doc: Doc) -> str:
    """As pdfminer gives it: wrapped lines, table cells apart, running headers, form feeds."""
    width = rng.randint(62, 100)
    cells = rng.choice(("lines", "blank", "tabs", "spaces"))
    out: list[str] = []
    for kind, value in doc.blocks:
        if kind == "h":
            out.append(str(value))
        elif kind == "p":
            out.extend(_wrap(width, str(value)))
            if rng.random() < 0.3:
                out.append("")
        else:
            for row in value:  # type: ignore[union-attr]
                if cells == "tabs":
                    out.append("\t".join(row))
                elif cells == "spaces":
                    out.append("   ".join(row))
                else:
                    for cell in row:
                        out.extend(_wrap(max(30, width // 2), cell))
                        if cells == "blank":
                            out.append("")
    page_lines = rng.randint(18, 40)
    pages = [out[i:i + page_lines] for i in range(0, len(out), page_lines)] or [[]]
    rendered = []
    for number, page in enumerate(pages, 1):
        lines = list(doc.header) + page + list(doc.footer)
        if rng.random() < 0.7:
            lines.append(f"Page {number} of {len(pages)}" if rng.random() < 0.5 else str(number))
        rendered.append("\n".join(lines))
    return "\n\f".join(rendered) + "\n"


# --- decisions ---------------------------------------------------------------------------------------

_REVIEW_NAMES = ("a Learning Review", "a Significant Case Review", "an SCR", "a Learning Review (LR)")


def _decision_sentence(rng: random.Random, decision: str, actor: str) -> str:
    review = rng.choice(_REVIEW_NAMES)
    bare = review.split(" ", 1)[1]
    if decision == PROCEED:
        return rng.choice((
            f"{actor} agreed that {review} will be carried out.",
            f"{actor} agreed that the criteria for {review} are met and that {review} should be commissioned.",
            f"{actor} decided to proceed to {review}.",
            f"{actor} accepted the recommendation that {review} be commissioned.",
            f"The case will progress to {review}.",
        ))
    if decision == NO_SCR:
        return rng.choice((
            f"{actor} agreed that the criteria for {review} are not met and no further review is required.",
            f"{actor} agreed that {review} is not required.",
            f"{actor} concluded that the case does not meet the criteria for {review}.",
            f"{actor} decided not to proceed to {review}.",
        ))
    activity = rng.choice(("a single-agency review by Health", "a multi-agency reflective practice session",
                           "a 7-minute briefing and a practitioner event", "a multi-agency case file audit"))
    return rng.choice((
        f"{actor} agreed that {review} is not required and that learning will be taken forward through {activity}.",
        f"{actor} agreed that no {bare} is required; the learning will be taken forward through {activity}.",
        f"{actor} agreed that the case does not meet the criteria for {review}. "
        f"Learning will be taken forward through {activity}.",
    ))


def _decision_short(rng: random.Random, decision: str) -> str:
    if decision == PROCEED:
        return rng.choice(("Proceed to Learning Review", "Learning Review to be undertaken",
                           "Significant Case Review to be commissioned", "Proceed to SCR"))
    if decision == NO_SCR:
        return rng.choice(("No Learning Review required", "No SCR required", "Criteria not met - no further review"))
    return rng.choice(("No Learning Review; other learning activity (single-agency review)",
                       "Other learning activity - multi-agency reflective practice session",
                       "No SCR - learning to be taken forward through a 7-minute briefing"))


# --- ratification wording ------------------------------------------------------------------------------

COG_NAMES = ("Chief Officers Group", "Chief Officers' Group", "COG", "Public Protection Chief Officers Group",
             "Chief Officers", "the Chief Officers' Group (COG)")


def _cog(rng: random.Random) -> str:
    return rng.choice(COG_NAMES)


def _ratified_sentence(rng: random.Random, t: Timeline, what: str) -> str:
    """A sentence stating the ratification, sometimes after a deferral."""
    r = _fmt(rng, t.ratified)
    cog = _cog(rng)
    the = "" if cog.startswith(("Chief Officers ", "the ")) or cog == "Chief Officers" else "the "
    if t.deferred is not None and rng.random() < 0.8:
        d = _fmt(rng, t.deferred)
        return rng.choice((
            f"The {('COG')} met on {d} and deferred a decision pending further information; at its meeting "
            f"on {r} the COG ratified {what}.",
            f"{the.capitalize()}{cog} first considered the report on {d} but deferred it. On {r}, "
            f"{the}{cog} ratified {what}.",
            f"Consideration was deferred at the COG meeting of {d}. {what[0].upper() + what[1:]} was ratified "
            f"by the COG on {r}.",
            f"The COG ratified {what} on {r}, having deferred the matter on {d}.",
            f"At its meeting on {r} the Chief Officers Group ratified {what} (the meeting on {d} had deferred "
            f"consideration).",
        ))
    return rng.choice((
        f"{the.capitalize()}{cog} ratified {what} on {r}.",
        f"On {r} {the}{cog} ratified {what}.",
        f"{what[0].upper() + what[1:]} was ratified by {the}{cog} on {r}.",
        f"{what[0].upper() + what[1:]} was endorsed by {the}{cog} at its meeting on {r}.",
        f"The outcome was agreed by Chief Officers on {r}.",
        f"Chief Officers endorsed {what} on {r}.",
        f"At its meeting of {r}, {the}{cog} approved {what}.",
        f"{what[0].upper() + what[1:]} was approved by the Chief Officers Group on {r}.",
        f"Ratification by the Chief Officers Group (date): {r}",
        f"Chief Officers signed off {what} on {r}.",
        f"Chief Officers' decision ({r}): {what} was ratified.",
        f"{r} – the COG ratified {what}.",
        f"This report was presented to the CPC and then to the Chief Officers Group on {r}, who endorsed {what}.",
        f"The COG considered {what} at its meeting on {r} and ratified it. The Learning Review will be reported "
        f"to the COG on {_fmt(rng, t.next_meeting)}.",
    ))


def _ratified_field(rng: random.Random, t: Timeline) -> list[list[str]]:
    """Form rows that carry the ratification date."""
    r = _fmt(rng, t.ratified)
    label = rng.choice(("Date ratified by COG", "Date of COG ratification", "Date of COG",
                        "Ratified by Chief Officers' Group", "COG decision date", "Date of Chief Officers' decision",
                        "Date endorsed by Chief Officers", "Date of ratification by Chief Officers Group",
                        "Chief Officers Group meeting (ratification)", "Date approved by COG",
                        "Date of COG meeting at which the ICR outcome was ratified", "COG ratification date",
                        "Endorsed by COG", "COG approval", "Signed off by Chief Officers"))
    rows = []
    if t.deferred is not None and rng.random() < 0.5:
        rows.append([rng.choice(("COG meeting (deferred)", "Date of first COG consideration (deferred)",
                                 "Previous COG meeting - deferred")), _fmt(rng, t.deferred)])
    rows.append([label + rng.choice(("", ":", "")), r])
    return rows


def _decoy_fields(rng: random.Random, t: Timeline) -> list[list[str]]:
    rows = [
        [rng.choice(("Date of ICR meeting", "Date ICR convened", "ICR held on", "Date of Initial Case Review")),
         _fmt(rng, t.icr)],
        [rng.choice(("Date of referral", "Date referral received", "Date notification received by CPC")),
         _fmt(rng, t.referral)],
        [rng.choice(("Date of incident", "Date of significant incident")), _fmt(rng, t.incident)],
    ]
    if rng.random() < 0.5:
        rows.append([rng.choice(("Date sent to Care Inspectorate", "Date submitted to Care Inspectorate",
                                 "Date of this report", "Report date")), _fmt(rng, t.sent)])
    rng.shuffle(rows)
    return rows


# --- templates -------------------------------------------------------------------------------------------

def _narrative(rng: random.Random, doc: Doc, t: Timeline, child: str, cpc: CpcEntry) -> None:
    mother, father = _person(rng), _person(rng)
    doc.h(rng.choice(("Summary of circumstances", "Background", "Circumstances leading to the review",
                      "What happened")))
    doc.p(f"On {_fmt(rng, t.incident)} {child} was admitted to hospital with injuries that were not explained. "
          f"A referral was made to social work on {_fmt(rng, t.referral)}.")
    doc.p(f"{child} ({_person(rng)}, born {_fmt(rng, t.birth)}) lives with their mother {mother} at "
          f"{_address(rng)}. Their father, {father}, has regular contact.")
    if rng.random() < 0.5:
        doc.p(_elsewhere(rng, cpc, list(DEFAULT_CPCS)))
    doc.p(f"Agencies involved included {', '.join(rng.sample(_AGENCIES, 3))}.")


def _findings(rng: random.Random, doc: Doc) -> None:
    doc.h(rng.choice(("Findings", "Initial findings", "Key learning", "Emerging learning")))
    for item in rng.sample((
        "Information held by adult services was not shared with children's services.",
        "The voice of the child was not evident in assessments.",
        "Escalation processes were not used when concerns persisted.",
        "Fathers were not routinely included in assessments.",
        "Chronologies were not kept up to date.",
    ), 3):
        doc.p(("- " if rng.random() < 0.5 else "") + item)


def _icr_doc(rng: random.Random, cpc: CpcEntry, t: Timeline, decision: str, state: str) -> tuple[Doc, str]:
    """An ICR record in one of several templates. ``state`` is ratified / future / none."""
    child = rng.choice(_CHILD_LABELS)
    own = _cpc_phrase(rng, cpc)
    template = rng.choice(("notification", "rapid", "summary", "briefing", "outcome_table", "form2023",
                           "checkbox", "overrule", "process_table", "columns", "minute_icr"))
    doc = Doc()
    if rng.random() < 0.6:
        doc.header.append(rng.choice(("OFFICIAL SENSITIVE", "PROTECT – PERSONAL", "CONFIDENTIAL",
                                      "OFFICIAL-SENSITIVE: PERSONAL")))
    if rng.random() < 0.7:
        doc.footer.append(rng.choice((own, f"{own} – {child}", f"{_area(cpc)} CPC | ICR {child}")))
    ref = f"ICR/{rng.randint(20, 27)}/{rng.randint(1, 40):02d}"
    actor = rng.choice(("Chief Officers", "The Chief Officers Group", "The COG", "Chief Officers' Group"))
    what = rng.choice(("the ICR recommendation", "the outcome of the ICR", "the decision", "the ICR findings"))

    if template in ("notification", "form2023"):
        doc.h(rng.choice(("Initial Case Review (ICR) – Notification to the Care Inspectorate",
                          "Notification of Initial Case Review Outcome",
                          "National Guidance for Child Protection in Scotland 2021 (updated 2023)\n"
                          "Initial Case Review – Notification Form",
                          "ICR Notification Form",
                          "Child Protection Committee Initial Case Review / Learning Review Notification")))
        rows = [["Child Protection Committee", own], ["Child", child], ["Reference", ref]]
        rows += _decoy_fields(rng, t)
        rows.append(["ICR recommendation", _decision_short(rng, decision)])
        if state == "ratified":
            rows += _ratified_field(rng, t)
            rows.append([rng.choice(("Chief Officers' decision", "Decision of COG", "Outcome")),
                         _decision_sentence(rng, decision, actor)])
        elif state == "future":
            rows.append([rng.choice(("Date to be considered by COG", "COG meeting (for ratification)",
                                     "Date of COG meeting (scheduled)")), _fmt(rng, t.ratified)])
        if rng.random() < 0.5:
            rows.append(["Completed by", f"{_person(rng)}, {rng.choice(_ROLES)}"])
        doc.table(rows)
        _narrative(rng, doc, t, child, cpc)
        _findings(rng, doc)
    elif template == "rapid":
        doc.h(rng.choice(("Rapid Review", "Rapid Review Report", f"Rapid Review – {child}")))
        doc.h(own)
        doc.p(f"The rapid review (Initial Case Review) group met on {_fmt(rng, t.icr)}.")
        _narrative(rng, doc, t, child, cpc)
        _findings(rng, doc)
        doc.h(rng.choice(("Decision", "Outcome", "Chief Officers' decision")))
        doc.p(_decision_sentence(rng, decision, actor))
        if state == "ratified":
            doc.p(_ratified_sentence(rng, t, what))
        elif state == "future":
            doc.p(f"The report will be presented to the COG for ratification on {_fmt(rng, t.ratified)}.")
    elif template == "summary":
        doc.h(rng.choice(("Initial Case Review – Summary of Findings", "Initial Case Review Report",
                          "INITIAL CASE REVIEW", "Initial Case Review: Summary Report")))
        doc.h(f"{own}" + rng.choice(("", f" – {child}")))
        doc.p(f"Report date: {_fmt(rng, t.sent)}")
        doc.p(f"An Initial Case Review was convened on {_fmt(rng, t.icr)} following a notification received "
              f"on {_fmt(rng, t.referral)}.")
        _narrative(rng, doc, t, child, cpc)
        _findings(rng, doc)
        doc.h("Recommendation")
        doc.p("The ICR recommends to Chief Officers: " + _decision_short(rng, decision) + ".")
        doc.h(rng.choice(("Chief Officers' decision", "Decision of the Chief Officers Group", "COG decision")))
        if state == "ratified":
            doc.p(_ratified_sentence(rng, t, what) + " " + _decision_sentence(rng, decision, actor))
        else:
            doc.p(_decision_sentence(rng, decision, actor))
            if state == "future":
                doc.p(f"This will be considered for ratification at the COG meeting scheduled for "
                      f"{_fmt(rng, t.ratified)}.")
    elif template == "briefing":
        doc.h(rng.choice(("Initial Case Review – Briefing for Chief Officers", "ICR Briefing Paper",
                          "Initial Case Review – Report to Chief Officers")))
        doc.h(own)
        doc.p(f"Author: {_person(rng)}, {rng.choice(_ROLES)}    Case ref: {ref}")
        _narrative(rng, doc, t, child, cpc)
        doc.h("ICR meeting")
        doc.p(f"The ICR met on {_fmt(rng, t.icr)}, chaired by {_person(rng)}.")
        _findings(rng, doc)
        doc.h(rng.choice(("Chief Officers' consideration", "COG consideration")))
        rows = [["COG meeting", "Outcome"]]
        if t.deferred is not None:
            rows.append([_fmt(rng, t.deferred), rng.choice(("Deferred: further information requested.",
                                                            "Deferred to next meeting."))])
        if state == "ratified":
            rows.append([_fmt(rng, t.ratified), "Ratified. " + _decision_sentence(rng, decision, actor)])
        elif state == "future":
            rows.append([_fmt(rng, t.ratified), "For ratification"])
        doc.table(rows)
        if state != "ratified":
            doc.p(_decision_sentence(rng, decision, "The ICR"))
    elif template == "checkbox":
        doc.h(rng.choice(("Initial Case Review – Outcome and Notification", "ICR / Learning Review Decision Form")))
        doc.table([["Committee", own], ["Child", child], ["Date of ICR", _fmt(rng, t.icr)],
                   ["Date of birth", _fmt(rng, t.birth)]])
        doc.h(rng.choice(("Decision of Chief Officers (tick one)", "Outcome (please tick)")))
        marks = {PROCEED: "Proceed to Learning Review", NO_SCR: "No further review required",
                 OTHER_LEARNING: "Other learning activity (specify below)"}
        on, off = rng.choice((("☒", "☐"), ("[X]", "[ ]"), ("X", "")))
        for code, label in marks.items():
            doc.p(f"{on if code == decision else off} {label}".strip())
        if decision == OTHER_LEARNING:
            doc.p("Details: single-agency review by Health and a 7-minute briefing.")
        if state == "ratified":
            doc.table(_ratified_field(rng, t))
        elif state == "future":
            doc.p(f"To be ratified at the COG meeting on {_fmt(rng, t.ratified)}.")
        _narrative(rng, doc, t, child, cpc)
    elif template == "overrule":
        doc.h(rng.choice(("Initial Case Review Report", "Initial Case Review – Summary of Findings")))
        doc.h(own)
        _narrative(rng, doc, t, child, cpc)
        _findings(rng, doc)
        other = rng.choice([d for d in (PROCEED, NO_SCR, OTHER_LEARNING) if d != decision])
        doc.h("Recommendation of the ICR")
        doc.p(_decision_sentence(rng, other, "The ICR panel recommended, and")
              .replace("recommended, and agreed", "recommended")
              .replace("recommended, and decided", "recommended that it be decided")
              .replace("recommended, and accepted the recommendation", "recommended")
              .replace("recommended, and concluded", "concluded"))
        doc.h("Chief Officers' decision")
        doc.p("Chief Officers considered the ICR report and did not accept its recommendation. "
              + _decision_sentence(rng, decision, "Chief Officers"))
        if state == "ratified":
            doc.p(f"Date of Chief Officers' decision: {_fmt(rng, t.ratified)}")
        elif state == "future":
            doc.p(f"The decision will be ratified at the COG meeting on {_fmt(rng, t.ratified)}.")
    elif template == "process_table":
        doc.h(rng.choice(("Initial Case Review", "Initial Case Review (ICR) Report")))
        doc.h(own)
        doc.h(rng.choice(("Review process", "Timeline of the review process")))
        rows = [["Date", "Stage"], [_fmt(rng, t.referral), "Notification received by CPC Lead Officer"],
                [_fmt(rng, t.icr), "ICR meeting held"]]
        if t.deferred is not None:
            rows.append([_fmt(rng, t.deferred), "COG meeting – decision deferred"])
        if state == "ratified":
            rows.append([_fmt(rng, t.ratified), rng.choice(("COG ratified the ICR recommendation",
                                                            "Chief Officers Group – ratified",
                                                            "Outcome endorsed by Chief Officers"))])
        elif state == "future":
            rows.append([_fmt(rng, t.ratified), "COG meeting – for ratification"])
        rows.append([_fmt(rng, t.sent), "Notification sent to the Care Inspectorate"])
        doc.table(rows)
        _narrative(rng, doc, t, child, cpc)
        doc.h("Outcome")
        doc.p(_decision_sentence(rng, decision, actor))
    elif template == "columns":
        doc.h(rng.choice(("Initial Case Review – Notification", "ICR Summary")))
        doc.h(own)
        labels = ["Date of ICR", "Date of referral"]
        values = [_fmt(rng, t.icr), _fmt(rng, t.referral)]
        if state == "ratified":
            labels.append(rng.choice(("Date ratified by COG", "Date of COG ratification")))
            values.append(_fmt(rng, t.ratified))
        doc.table([labels, values])
        doc.h("Decision")
        doc.p(_decision_sentence(rng, decision, actor))
        _narrative(rng, doc, t, child, cpc)
    elif template == "minute_icr":
        doc.h(rng.choice(("Minute of Initial Case Review meeting", "Initial Case Review – Note of Meeting")))
        doc.h(own)
        doc.p(f"Held on {_fmt(rng, t.icr)} via Teams")
        doc.p(f"Present: {_person(rng)} (Chair), {_person(rng)}, {_person(rng)}")
        _narrative(rng, doc, t, child, cpc)
        _findings(rng, doc)
        doc.h("Recommendation to Chief Officers")
        doc.p(_decision_sentence(rng, decision, "The ICR group"))
        if state == "ratified":
            doc.h("Post-meeting note")
            doc.p(_ratified_sentence(rng, t, what))
        elif state == "future":
            doc.p(f"The recommendation is to be presented to the COG on {_fmt(rng, t.ratified)}.")
    else:  # outcome_table
        doc.h(own)
        doc.h(rng.choice(("ICR Outcome Notice", "Initial Case Review Outcome", "ICR – Outcome Report")))
        doc.p("For the attention of the Care Inspectorate")
        rows = [["Item", "Detail"], ["CPC", own], ["Subject", child],
                ["Name / DOB", f"{_person(rng)} / {_fmt(rng, t.birth, rng.choice((2, 9, 7)))}"],
                ["Address", _address(rng)], ["ICR convened", _fmt(rng, t.icr)]]
        if state == "ratified":
            rows += _ratified_field(rng, t)
        elif state == "future":
            rows.append(["To be ratified by COG on", _fmt(rng, t.ratified)])
        rows.append(["Outcome", _decision_sentence(rng, decision, actor)])
        doc.table(rows)
        doc.h("Summary")
        doc.p(f"{child} was reported missing on {_fmt(rng, t.incident)} and found the next day.")
        if rng.random() < 0.5:
            doc.p(_elsewhere(rng, cpc, list(DEFAULT_CPCS)))
        _findings(rng, doc)
    if rng.random() < 0.5:
        doc.p(f"Contact: {_person(rng)}, {rng.choice(_ROLES)}, {own}")
    return doc, f"icr_{template}"


def _review_doc(rng: random.Random, cpc: CpcEntry, t: Timeline, kind: str, state: str) -> tuple[Doc, str]:
    """An SCR or Learning Review report: executive summary or full report."""
    child = rng.choice(_CHILD_LABELS)
    own = _cpc_phrase(rng, cpc)
    doc = Doc()
    if rng.random() < 0.5:
        doc.header.append(rng.choice(("OFFICIAL", "OFFICIAL SENSITIVE", "Not protectively marked")))
    if kind == SCR:
        title = rng.choice(("Significant Case Review", "Significant Case Review – Executive Summary",
                            f"Significant Case Review in respect of {child}", "SCR Report",
                            "Significant Case Review: Final Report"))
        name = "Significant Case Review"
    else:
        title = rng.choice(("Learning Review", "Learning Review Report", "Child Protection Learning Review",
                            f"Learning Review: {child} – Summary Report", "Learning Review Final Report"))
        name = "Learning Review"
    template = rng.choice(("exec", "full"))
    if rng.random() < 0.5:
        doc.h(own)
        doc.h(title)
    else:
        doc.h(title)
        doc.h(f"{own}" + rng.choice(("", f" – {child}")))
    if rng.random() < 0.7:
        doc.footer.append(rng.choice((f"{own} {name}", own, f"{name} – {child}")))
    if template == "full":
        doc.h(rng.choice(("Foreword", "Foreword by the Independent Chair")))
        doc.p(f"I would like to thank everyone who contributed to this review. — {_person(rng)}, Independent Chair")
    doc.h(rng.choice(("The review process", "Background to the review", f"Why a {name}?")))
    icr_bits = [f"The Initial Case Review was held on {_fmt(rng, t.icr)}."]
    if rng.random() < 0.5:
        icr_bits.append(f"The {rng.choice(('Chief Officers Group', 'COG'))} agreed that a {name} should be "
                        f"undertaken and a review team was drawn from {', '.join(rng.sample(_AGENCIES, 2))}.")
    doc.p(" ".join(icr_bits))
    if rng.random() < 0.3:
        doc.p(f"Following the ICR, Chief Officers ratified on {_fmt(rng, t.icr + timedelta(days=10))} the "
              f"recommendation that a {name} be commissioned.")
    if kind == LR and rng.random() < 0.5:
        doc.p("Learning Reviews replaced Significant Case Reviews (SCRs) under the National Guidance for Child "
              "Protection in Scotland 2021.")
    doc.h(rng.choice(("Terms of reference", "Review questions", "Methodology")))
    doc.p(f"The lead reviewer, {_person(rng)}, met practitioners from {', '.join(rng.sample(_AGENCIES, 3))}.")
    _narrative(rng, doc, t, child, cpc)
    doc.h(rng.choice(("Key practice episodes", "Chronology")))
    rows = [["Date", "Episode"]] + (_elsewhere_rows(rng, cpc, t) if rng.random() < 0.4 else [])
    for offset in sorted(rng.sample(range(5, 300), 4), reverse=True):
        rows.append([_fmt(rng, t.incident - timedelta(days=offset), rng.choice((2, 7, 4))),
                     rng.choice(("Health visitor home visit.", "Missed appointment; letter sent.",
                                 "School raises concern with Named Person.", "Police attend; no further action."))])
    doc.table(rows)
    _findings(rng, doc)
    doc.h(rng.choice(("Recommendations", "Conclusions")))
    doc.p("1. The CPC should review its guidance on escalation.")
    if state == "ratified":
        what = rng.choice(("this report", f"the {name} report", "the final report", "the findings and "
                           "recommendations"))
        sentence = _ratified_sentence(rng, t, what)
        if rng.random() < 0.4:
            cpc_day = t.ratified - timedelta(days=rng.randint(5, 30))
            sentence = (f"The report was approved by {rng.choice(('the CPC', own))} on {_fmt(rng, cpc_day)}. "
                        + sentence)
        doc.h(rng.choice(("Sign-off", "Governance", "Approval")))
        doc.p(sentence)
        if rng.random() < 0.4:
            doc.p(f"The report will be published on {_fmt(rng, t.next_meeting)}.")
    elif state == "future":
        doc.h("Governance")
        doc.p(f"This report will be presented to the Chief Officers Group for endorsement on "
              f"{_fmt(rng, t.ratified)}.")
    return doc, f"{kind.lower()}_{template}"


def _other_doc(rng: random.Random, cpc: CpcEntry, t: Timeline) -> tuple[Doc, str]:
    """Cover letters, COG agendas and minutes: they mention reviews and dates but are not reports."""
    own = _cpc_phrase(rng, cpc)
    area = _area(cpc)
    child = rng.choice(_CHILD_LABELS)
    council = next((a for a in cpc.aliases if a.endswith("Council") or a.startswith("Comhairle")), f"{area} Council")
    template = rng.choice(("letter", "letter_email", "agenda", "minutes", "annual", "re_letter"))
    doc = Doc()
    kind = rng.choice(("Initial Case Review", "ICR", "Learning Review", "Significant Case Review"))
    if template in ("letter", "letter_email"):
        if template == "letter":
            doc.h(council)
            doc.p(rng.choice(("Children and Families", "Public Protection Unit", "Child Protection Committee Office")))
            doc.p(_address(rng))
            doc.p(_fmt(rng, t.letter))
            doc.p(rng.choice((f"Our ref: {area[:3].upper()}/CP/{rng.randint(10, 99)}",
                              f"FAO {_person(rng)}, Care Inspectorate")))
            doc.p(f"Dear {rng.choice(('Ms', 'Mr', 'Dr'))} {rng.choice(_SURNAMES)}")
        else:
            doc.p(f"Dear colleague{rng.choice(('', 's'))},")
        doc.h(f"{kind} – {child}")
        doc.p(rng.choice((
            f"Please find attached the {kind} report for {child}.",
            f"I enclose the {kind} summary report for {child}.",
            f"I am writing to notify you of the outcome of the {kind} for {child}.",
        )) + " " + rng.choice((
            f"The report was considered by the Chief Officers' Group, who ratified the decision on "
            f"{_fmt(rng, t.ratified)}.",
            f"The ICR met on {_fmt(rng, t.icr)} and Chief Officers endorsed its recommendation on "
            f"{_fmt(rng, t.ratified)}.",
            f"It will be presented to the COG on {_fmt(rng, t.ratified)}.",
        )))
        if rng.random() < 0.5:
            doc.p("Please do not hesitate to contact me if you require anything further.")
        doc.p(rng.choice(("Yours sincerely", "Kind regards", "Regards", "Yours faithfully")))
        doc.p(_person(rng))
        doc.p(f"{rng.choice(_ROLES)}, {own}")
        return doc, f"other_{template}"
    if template == "annual":
        doc.h(f"{own} Annual Report {t.ratified.year - 1}–{t.ratified.year % 100:02d}")
        doc.h("Foreword")
        doc.p(f"I am pleased to introduce this annual report. — {_person(rng)}, Independent Chair")
        doc.h("Initial Case Reviews and Learning Reviews")
        doc.p(f"During the year the committee convened {rng.randint(2, 9)} Initial Case Reviews (ICRs). "
              f"{rng.randint(1, 2)} progressed to a Learning Review. One Significant Case Review, commissioned "
              f"under the previous guidance, was ratified by the Chief Officers Group on {_fmt(rng, t.ratified)} "
              f"and published.")
        doc.h("Performance data")
        doc.table([["Measure", "2024-25", "2025-26"], ["Children on the CP register", "84", "91"],
                   ["ICRs convened", "3", "5"]])
        doc.h("Priorities for next year")
        doc.p("Embedding the learning from reviews in multi-agency training.")
        return doc, "other_annual"
    if template == "re_letter":
        doc.h(f"Re: {kind} – {child}")
        doc.p(f"Dear {rng.choice(('Ms', 'Mr'))} {rng.choice(_SURNAMES)},")
        doc.p(f"Further to our telephone conversation, please find enclosed the {kind} report for {child}, "
              f"which was ratified by the Chief Officers Group on {_fmt(rng, t.ratified)}. The ICR met on "
              f"{_fmt(rng, t.icr)}.")
        doc.p(rng.choice(("Yours sincerely,", "Best wishes,")))
        doc.p(f"{_person(rng)}\n{rng.choice(_ROLES)}\n{own}")
        return doc, "other_re_letter"
    if template == "agenda":
        doc.h(rng.choice((f"{area} Chief Officers Group", "Public Protection Chief Officers Group",
                          f"{own}", f"{council}")))
        doc.h(rng.choice(("Agenda", "AGENDA", "Meeting Agenda")))
        doc.p(f"Meeting: {_fmt(rng, t.ratified)}, 14:00, Council Offices")
        rows = [["No.", "Business", "Presenter"], ["1", "Apologies", _person(rng)],
                ["2", "Minutes of previous meeting", _person(rng)],
                ["3", f"{kind} {child} – for ratification", _person(rng)],
                ["4", "Adult Protection Committee update", _person(rng)],
                ["5", "Any other business", "All"]]
        doc.table(rows)
        doc.p(f"Date of next meeting: {_fmt(rng, t.next_meeting)}")
        if rng.random() < 0.5 or area not in "\n".join(str(b[1]) for b in doc.blocks):
            doc.footer.append(own)
        return doc, "other_agenda"
    doc.h(rng.choice((f"Minute of meeting of the {area} Chief Officers Group",
                      f"{area} Chief Officers Group – Minutes", f"{own}\nChief Officers' Group Minute")))
    doc.p(f"Held on {_fmt(rng, t.ratified)} at {rng.choice(_TOWNS)} House")
    doc.p(f"Present: {_person(rng)} (Chair), {_person(rng)}, {_person(rng)}")
    doc.p(f"Apologies: {_person(rng)}")
    doc.h("1. Minutes of the previous meeting")
    doc.p("The minutes were agreed as an accurate record.")
    doc.h(f"2. {kind} – {child}")
    doc.p(f"The Lead Officer presented the {kind} report. " + _decision_sentence(rng, rng.choice(
        (PROCEED, NO_SCR, OTHER_LEARNING)), "The COG") + " The COG ratified the recommendation.")
    doc.h("3. Any other business")
    doc.p("None.")
    doc.p(f"Date of next meeting: {_fmt(rng, t.next_meeting)}")
    return doc, "other_minutes"


def generate(count: int, seed: int = 1) -> list[Case]:
    """``count`` fictional documents, reproducible from ``seed``."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for number in range(count):
        cpc = rng.choice(DEFAULT_CPCS)
        t = _timeline(rng)
        roll = rng.random()
        state = rng.choices(("ratified", "future", "none"), (0.85, 0.08, 0.07))[0]
        decision: str | None = None
        if roll < 0.5:
            doc_type = ICR
            decision = rng.choice((PROCEED, NO_SCR, OTHER_LEARNING))
            doc, template = _icr_doc(rng, cpc, t, decision, state)
        elif roll < 0.65:
            doc_type = SCR
            doc, template = _review_doc(rng, cpc, t, SCR, state)
        elif roll < 0.8:
            doc_type = LR
            doc, template = _review_doc(rng, cpc, t, LR, state)
        else:
            doc_type = OTHER
            state = "none"
            doc, template = _other_doc(rng, cpc, t)
        pdf = rng.random() < 0.55
        text = render_pdf(rng, doc) if pdf else render_docx(doc)
        cases.append(Case(
            ident=f"S{seed:02d}-{number:04d}", template=template + ("/pdf" if pdf else "/docx"), text=text,
            sender_domain=_sender_domain(rng, cpc), doc_type=doc_type, decision=decision, cpc=cpc.name,
            ratified=t.ratified if state == "ratified" and doc_type != OTHER else None,
            clear=state == "ratified",
        ))
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3, help="print this many texts in full")
    args = parser.parse_args(argv)
    for case in generate(args.count, args.seed)[: args.show]:
        print(f"=== {case.ident} {case.template} {case.doc_type} {case.decision} {case.cpc} {case.ratified} "
              f"domain={case.sender_domain}")
        print(case.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
