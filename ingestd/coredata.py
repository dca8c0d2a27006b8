"""The anonymised core data set (issue 12; the code of practice, section 5.7).

One set of values per report, each field either filled automatically from the REDACTED text
with its evidence (``source = 'auto'``) or entered or confirmed by a reviewer (``source =
'reviewer'``, who and when). It is what the team counts themes from and reports to the
Scottish Government and the committees, so no value is ever a name, a date of birth, an
address or an identifier: every value is drawn from a list (the ``[coredata]`` lists of the
configuration, the committee directory, the fixed lists below), a whole number, a date that
is not a birth date, or yes/no/unknown. ``check_value`` is the one gate every value passes,
automatic or typed.

Stored shapes (table ``core_data``: reference, field, value JSON, source, evidence,
username, at; one row per report and stored field). Other modules (the periodic summaries)
read ``core_data`` directly and may rely on exactly these shapes:

    kind             value in core_data.value        fields
    choice           str, one of its list, or null    subject, gender, age_band
    multi            list[str] from its list ([]: none found or none apply; null: not filled)
                                                      harm, legal_status, agencies, risk_factors,
                                                      decision_reasons, themes
    int              int (0-120), or null             age (years at the incident; 0 under one)
    date             "YYYY-MM-DD", or null            notification_date, decision_date
    yesno            "yes" | "no" | "unknown"         parallel_proceedings

``harm`` holds values of ``[coredata] harm_categories`` and ``themes`` of ``[coredata]
themes``, verbatim. A value that later leaves its configured list stays stored and readable
(shown as "not in the current list"); a new value must be in the list.

Fields read from the record itself (the ``reports`` row, corrected with ``ingestd amend``, so
there is one truth) are not stored in ``core_data``: committee, committee_kind, document_kind,
decision, ratification_date, received_date, timeliness. ``read`` returns them beside the
stored ones, with source ``auto`` (the engine's) or ``reviewer`` (an amendment: who, when).

Automatic values come from ``RULES``, a table of (rule, field, value, pattern, reason,
examples): a finding carries its rule and a short window of the redacted text around it,
placeholders as they stand (``[PERSON 1]``), so "why this value?" is answered by the
program. Ages come from "aged N", "N-year-old" and "N years old", never from a date of birth
(dates of birth are redacted to ``[DOB]`` before anything here reads the text). The set is
filled when a report is filed (``service.finish`` calls ``fill_filed``) and, for reports
filed before this existed, on first read. A reviewer's value is never overwritten by a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ingestd.config.schema import Config, CoreDataConfig
from ingestd.errors import NotFound, UsageError
from ingestd.storage.models import AmendmentRow, CoreDataRow, ReportRow
from ingestd.times import aware, utc_z

#: The kinds of field, and what their values look like (see the module docstring).
KINDS = ("choice", "multi", "int", "date", "yesno", "text-from-list")


@dataclass(frozen=True)
class Field:
    """One column of the core data set.

    ``values_from`` names the list a value must come from: a ``[coredata]`` key
    (``harm_categories``...), ``committees`` (the committee directory), or one of ``FIXED_LISTS``.
    ``record`` is the ``reports`` column a record field is read from (None: stored in core_data).
    """

    name: str
    kind: str
    values_from: str | None
    record: str | None
    label: str
    reason: str


FIELDS: tuple[Field, ...] = (
    Field("committee", "text-from-list", "committees", "cpc", "Committee",
          "who sent it: the committee directory's name (changed with ingestd amend --cpc)"),
    Field("committee_kind", "choice", "committee_kinds", "cpc", "Kind of committee",
          "CPC, APC or PPC from the committee directory, so child and adult work can be counted apart"),
    Field("document_kind", "choice", "doc_types", "doc_type", "Document",
          "ICR, SCR, LR or a Learning Review notification (changed with ingestd amend --type)"),
    Field("subject", "choice", "subjects", None, "Subject",
          "child or adult protection: the classifier's reading of the report, which a reviewer may correct"),
    Field("age", "int", None, None, "Age at the incident (years)",
          "a whole number from 'aged N' and similar, never from a date of birth; 0 for under one"),
    Field("age_band", "choice", "age_bands", None, "Age band",
          "the band of the age when known, or a band alone where the report gives no exact age"),
    Field("gender", "choice", "genders", None, "Gender",
          "only where the report states it ('a 14-year-old girl', 'Gender: male'), never guessed from names"),
    Field("harm", "multi", "harm_categories", None, "Nature of harm or cause of death",
          "the categories of harm the review concerns, for the themes reported to the Scottish Government"),
    Field("legal_status", "multi", "legal_statuses", None, "Legal status and registration",
          "registration and orders in place at the time (child protection register, looked after...)"),
    Field("agencies", "multi", "agencies", None, "Agencies involved",
          "the kinds of public body the report names (AGENCIES), never a person or a local office's own name"),
    Field("risk_factors", "multi", "risk_factors", None, "Parent or carer risk factors",
          "domestic abuse, substance use... where the report ties them to a parent or carer"),
    Field("decision", "choice", "decisions", "decision", "ICR decision",
          "proceed to an SCR, no SCR, other learning activity (changed with ingestd amend --decision)"),
    Field("decision_reasons", "multi", "decision_reasons", None, "Reasons for the decision",
          "why the committee decided as it did, in the categories of [coredata] decision_reasons"),
    Field("notification_date", "date", None, None, "Notified on",
          "when the case was notified to the committee, from 'notified on DATE' and similar"),
    Field("decision_date", "date", None, None, "Decided on",
          "when the ICR decision was made, from 'the ICR met on DATE' and similar"),
    Field("ratification_date", "date", None, "ratified_on", "Ratified on",
          "the Chief Officers' ratification (changed with ingestd amend --ratified-on)"),
    Field("received_date", "date", None, "received_at", "Received on",
          "the local date the Care Inspectorate received it (changed with ingestd amend --received-at)"),
    Field("timeliness", "choice", "timeliness", "timeliness", "Timeliness",
          "on time or late against the seven-day deadline, recomputed whenever a date is amended"),
    Field("parallel_proceedings", "yesno", None, None, "Criminal proceedings or inquiry in parallel",
          "yes when the report mentions criminal proceedings, a police investigation or a fatal accident inquiry"),
    Field("themes", "multi", "themes", None, "Themes",
          "the learning themes ([coredata] themes) the team counts across reviews"),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
STORED_FIELDS = tuple(f for f in FIELDS if f.record is None)
RECORD_FIELDS = tuple(f for f in FIELDS if f.record is not None)

# ---- the lists values come from ------------------------------------------------------------------

#: Kinds of public body a report names. Values of ``agencies`` are these names only: a kind of
#: body or a national one, never a local office's own name (a school's or a ward's name could
#: point at a family). Found over the redacted text by ``AGENCY_RULES``; public bodies are what
#: redaction keeps (``redaction.keep``), so these words are never inside a placeholder.
AGENCIES = (
    "Police Scotland", "social work", "health visiting", "midwifery", "GP practice", "hospital", "NHS board",
    "CAMHS", "adult mental health services", "addiction services", "education", "Scottish Children's Reporter Administration",
    "Crown Office and Procurator Fiscal Service", "Scottish Prison Service", "Scottish Ambulance Service",
    "Scottish Fire and Rescue Service", "housing", "health and social care partnership", "third sector",
)

FIXED_LISTS: dict[str, tuple[str, ...]] = {
    "committee_kinds": ("CPC", "APC", "PPC"),
    "doc_types": ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME"),
    "subjects": ("child", "adult"),
    "genders": ("female", "male", "non-binary"),
    "decisions": ("proceed_to_scr", "no_scr", "other_learning_activity"),
    "timeliness": ("on_time", "late", "unknown"),
    "agencies": AGENCIES,
}
YESNO = ("yes", "no", "unknown")
MAX_AGE = 120



def allowed(values_from: str | None, coredata: CoreDataConfig, committees: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The values a field of that list may take now."""
    if values_from is None:
        return ()
    if values_from == "committees":
        return committees
    if values_from in FIXED_LISTS:
        return FIXED_LISTS[values_from]
    return tuple(getattr(coredata, values_from))


# ---- the automatic rules -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One way a value is read from the redacted text.

    ``value``: what the field gets (a list's value; for ``age`` and the dates it is None and the
    number or date comes from the match). ``context``: a pattern that must occur in the same
    sentence (risk factors must be tied to a parent or carer). ``catches``: (text, value) the
    rule must find; ``leaves``: texts it must leave alone. Tests are generated from both.
    """

    name: str
    field: str
    value: str | None
    pattern: re.Pattern[str]
    reason: str
    catches: tuple[tuple[str, Any], ...]
    leaves: tuple[str, ...] = ()
    context: re.Pattern[str] | None = None
    negatable: bool = True


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_CARER = _r(r"\b(?:mother|father|mum|dad|parents?|carers?|care[- ]?givers?|step-?(?:father|mother)|partner|"
            r"guardian|household|adults? in the home)\b")
# Words that turn a mention round ("no evidence of neglect", "not known to CAMHS").
_NEGATION = _r(r"\b(?:no|not|nor|without|never|neither|denied|ruled out|unfounded)\b[^.;:\n]*$")
_NEGATION_REACH = 40
# The date after a cue: on the same line, within this many characters.
_DATE_REACH = 60

RULES: tuple[Rule, ...] = (
    # -- age at the incident: the first mention wins (the subject is introduced first) --
    Rule("age-aged", "age", None, _r(r"\baged\s+(?P<n>\d{1,3})(?:\s+(?P<unit>months?|weeks?|days?))?\b"),
         "reports introduce the child or adult as 'Child A (aged 4)'",
         (("Child T (aged 4) lived with [PERSON 1].", 4), ("a baby aged 7 months", 0)),
         ("They had been aged care workers.", "born [DOB]")),
    Rule("age-year-old", "age", None, _r(r"\b(?P<n>\d{1,3})[- ](?P<unit>year|month|week)[- ]old\b"),
         "'a 14-year-old girl', 'a 3-month-old baby'",
         (("[PERSON 1], a 14-year-old girl, was", 14), ("the 3-month-old baby", 0)),
         ("a 12-year history of concerns",)),
    Rule("age-years-old", "age", None, _r(r"\b(?P<n>\d{1,3})\s+(?P<unit>years|months|weeks)\s+old\b"),
         "'who was 15 years old at the time'",
         (("who was 15 years old at the time", 15),),
         ("over 20 years of service",)),
    # -- gender, only where stated --
    Rule("gender-field", "gender", "female", _r(r"\b(?:gender|sex)\s*[:\-]\s*(?:female|f|girl)\b"),
         "a form's 'Gender: female' field", (("Gender: Female", "female"),), ("Gender: not recorded",),
         negatable=False),
    Rule("gender-field-male", "gender", "male", _r(r"\b(?:gender|sex)\s*[:\-]\s*(?:male|m|boy)\b"),
         "a form's 'Gender: male' field", (("Sex: M", "male"),), ("Sex: unknown",), negatable=False),
    Rule("gender-girl", "gender", "female", _r(r"\b(?:year|month|week)s?[- ]old\s+(?:girl|woman|female|daughter)\b|"
                                               r"\b(?:a|the)\s+(?:girl|woman)\s+aged\b"),
         "'a 14-year-old girl', 'a woman aged 82'",
         (("a 14-year-old girl", "female"), ("the woman aged 82", "female")), ("the girls' school",),
         negatable=False),
    Rule("gender-boy", "gender", "male", _r(r"\b(?:year|month|week)s?[- ]old\s+(?:boy|man|male|son)\b|"
                                            r"\b(?:a|the)\s+(?:boy|man)\s+aged\b"),
         "'a 3-year-old boy', 'a man aged 70'",
         (("a 3-year-old boy", "male"), ("the man aged 70", "male")), ("the boys' club",), negatable=False),
    # -- nature of harm or cause of death ([coredata] harm_categories) --
    Rule("harm-neglect", "harm", "neglect", _r(r"\bneglect(?:ed|ful)?\b(?!\s+(?:was|had)\s+not)"),
         "neglect named as the concern", (("concerns about neglect of the children", "neglect"),),
         ("There was no evidence of neglect.",)),
    Rule("harm-physical", "harm", "physical",
         _r(r"\bphysical\s+(?:abuse|harm|injur\w*|assault)|\bnon-accidental\s+injur\w*|\bNAI\b|\bfractur\w*"),
         "physical abuse or injury", (("a non-accidental injury", "physical"), ("physical abuse", "physical")),
         ("no physical injuries were found",)),
    Rule("harm-sexual", "harm", "sexual", _r(r"\bsexual(?:ly)?\s+(?:abuse\w*|harm|exploit\w*|assault\w*)|\bCSE\b"),
         "sexual abuse or exploitation", (("child sexual exploitation", "sexual"),), ("sexual health clinic",)),
    Rule("harm-emotional", "harm", "emotional", _r(r"\bemotional\s+(?:abuse|harm|neglect)"),
         "emotional abuse or harm", (("emotional abuse", "emotional"),), ("emotional wellbeing",)),
    Rule("harm-exploitation", "harm", "criminal exploitation",
         _r(r"\bcriminal(?:ly)?\s+exploit\w*|\bcounty\s+lines\b|\bCCE\b"),
         "criminal exploitation (county lines)", (("involved in county lines", "criminal exploitation"),),
         ("criminal justice social work",)),
    Rule("harm-self", "harm", "self-harm or suicide",
         _r(r"\bself[- ]harm\w*|\bsuicid\w*|\btook\s+(?:his|her|their)\s+own\s+life"),
         "self-harm or suicide", (("a history of self-harm", "self-harm or suicide"),
                                  ("died by suicide", "self-harm or suicide")), ("no self-harm was reported",)),
    Rule("harm-death-accidental", "harm", "death: accidental",
         _r(r"\baccidental\s+death|\bdied\s+(?:in|following|as\s+a\s+result\s+of)\s+an?\s+accident"),
         "an accidental death", (("died following an accident at home", "death: accidental"),),
         ("an accident and emergency department",)),
    Rule("harm-death-non-accidental", "harm", "death: non-accidental",
         _r(r"\bhomicide|\bmurder\w*|\bkilled\s+by\b|\bunlawful\s+killing"),
         "a death caused by another person", (("charged with culpable homicide", "death: non-accidental"),),
         ("no homicide was suspected",)),
    Rule("harm-death-unexplained", "harm", "death: unexplained",
         _r(r"\bunexplained\s+death|\bsudden\s+(?:and\s+)?unexpected\s+death|\bSUDI\b|\bunascertained"),
         "a death whose cause is not known", (("a sudden unexpected death in infancy", "death: unexplained"),),
         ("an unexplained bruise",)),
    # -- legal status and registration ([coredata] legal_statuses) --
    Rule("status-register", "legal_status", "child protection register",
         _r(r"\bchild\s+protection\s+register\b|\bCPR\b|\bnames?\s+(?:was|were)\s+(?:placed\s+)?on\s+the\s+register"),
         "registration on the child protection register",
         (("placed on the child protection register", "child protection register"),),
         ("was never on the child protection register",)),
    Rule("status-looked-after", "legal_status", "looked after",
         _r(r"\blooked[- ]after\b|\baccommodated\s+under\s+section\s+25\b|\bfoster\s+care\b|\bkinship\s+care\b"),
         "looked after, in foster or kinship care", (("a looked after child", "looked after"),),
         ("never looked after by the council",)),
    Rule("status-cso", "legal_status", "compulsory supervision order",
         _r(r"\bcompulsory\s+supervision\s+order\b|\bsupervision\s+requirement\b"),
         "an order of the children's hearing", (("an interim compulsory supervision order", "compulsory supervision order"),),
         ("no compulsory supervision order",)),
    Rule("status-adult-plan", "legal_status", "adult protection plan",
         _r(r"\badult\s+(?:support\s+and\s+)?protection\s+plan\b|\bbanning\s+order\b"),
         "adult support and protection measures", (("an adult protection plan was agreed", "adult protection plan"),),
         ("without an adult protection plan",)),
    # -- parent or carer risk factors ([coredata] risk_factors), tied to a parent or carer --
    Rule("risk-domestic-abuse", "risk_factors", "domestic abuse",
         _r(r"\bdomestic\s+(?:abuse|violence)\b|\bMARAC\b|\bcoercive\s+control"),
         "domestic abuse in the household", (("The mother's partner was violent: domestic abuse was reported.",
                                             "domestic abuse"),),
         ("A national campaign on domestic abuse.",), context=_CARER),
    Rule("risk-substance", "risk_factors", "substance use",
         _r(r"\bsubstance\s+(?:use|misuse)|\b(?:alcohol|drug)\s+(?:use|misuse|dependen\w*|addiction)|\bheroin\b|"
            r"\bmethadone\b"),
         "a parent's or carer's alcohol or drug use", (("the father's alcohol misuse", "substance use"),),
         ("The school ran a drug use awareness week.",), context=_CARER),
    Rule("risk-mental-health", "risk_factors", "mental health",
         _r(r"\bmental\s+(?:ill[- ]?)?health\s+(?:difficult\w*|problems?|needs|issues|concerns|condition)|"
            r"\bmental\s+illness|\b(?:post-?natal\s+)?depression\b|\bpsychosis\b"),
         "a parent's or carer's mental ill health", (("the mother's mental health difficulties", "mental health"),),
         ("the child's depression",), context=_CARER),
    Rule("risk-learning-disability", "risk_factors", "learning disability",
         _r(r"\blearning\s+(?:disabilit\w*|difficult\w*)"),
         "a parent's or carer's learning disability", (("both parents have a learning disability", "learning disability"),),
         ("the pupil's learning difficulties",), context=_CARER),
    Rule("risk-offending", "risk_factors", "offending",
         _r(r"\boffending\b|\bconvict\w*|\bcriminal\s+(?:record|history)|\bprison\b|\bin\s+custody\b|\bMAPPA\b|"
            r"\bsex\s+offender"),
         "a parent's or carer's offending", (("the partner had a history of offending", "offending"),),
         ("The child visited a prison museum.",), context=_CARER),
    # -- reasons for the ICR decision ([coredata] decision_reasons) --
    Rule("reason-criteria-met", "decision_reasons",
         "criteria met: serious harm or death and concerns about how agencies worked together",
         _r(r"\bcriteria\s+(?:for\s+\S+(?:\s+\S+){0,3}\s+)?(?:were|was|are|is|had\s+been|have\s+been)\s+met\b|"
            r"\bmeets?\s+the\s+criteria\b"),
         "the committee found the criteria for a review met",
         (("The criteria for a Learning Review were met.",
           "criteria met: serious harm or death and concerns about how agencies worked together"),),
         ("The criteria were not met.",)),
    Rule("reason-criteria-not-met", "decision_reasons", "criteria not met",
         _r(r"\bcriteria\s+(?:for\s+\S+(?:\s+\S+){0,3}\s+)?(?:were|was|are|is|had|have)\s+not\s+(?:been\s+)?met\b|"
            r"\b(?:does|did)\s+not\s+meet\s+the\s+criteria|\bthreshold\b[^.\n]{0,40}\bnot\s+met\b"),
         "the committee found the criteria not met", (("The criteria were not met.", "criteria not met"),
                                                      ("the threshold for a Learning Review is not met", "criteria not met")),
         ("The criteria were met.",), negatable=False),
    Rule("reason-other-route", "decision_reasons", "learning can be taken forward by another route",
         _r(r"\blearning\s+(?:can|could|will|would|should)\s+be\s+taken\s+forward\b|\bother\s+learning\s+activit"),
         "learning taken forward another way", (("the learning will be taken forward through training",
                                                 "learning can be taken forward by another route"),),
         ("the learning review",)),
    Rule("reason-single-agency", "decision_reasons", "single-agency learning only",
         _r(r"\bsingle[- ]agency\s+(?:learning|review|issue)"),
         "only one agency's practice is in question", (("a single-agency review by the health board",
                                                        "single-agency learning only"),), ("multi-agency learning",)),
    Rule("reason-other-review", "decision_reasons", "another review or inquiry already covers it",
         _r(r"\b(?:another|an\s+existing|a\s+separate)\s+(?:review|inquiry)\b|\bfatal\s+accident\s+inquiry\b|\bFAI\b"),
         "a parallel review or inquiry covers the learning", (("a separate review is under way",
                                                                "another review or inquiry already covers it"),),
         ("a review of the case",)),
    # -- dates (not of birth: those are [DOB]) --
    Rule("notification-date", "notification_date", None,
         _r(r"\bnotif(?:ied|ication)\b|\breferred\s+to\s+the\s+(?:CPC|APC|PPC|committee)\b|\breferral\s+was\s+received\b"),
         "'notified to the committee on DATE', 'Date of notification: DATE'",
         (("The case was notified to the CPC on 2 October 2026.", "2026-10-02"),
          ("Date of notification: 05/10/2026", "2026-10-05")),
         ("The notification was sent without delay.",), negatable=False),
    Rule("decision-date", "decision_date", None,
         _r(r"\b(?:ICR|initial\s+case\s+review)\s+(?:meeting\s+)?(?:was\s+)?(?:held|met|took\s+place|convened)\b|"
            r"\bdecision\s+(?:was\s+)?(?:made|taken|reached)\b|\bdate\s+of\s+(?:the\s+)?decision\b"),
         "'The ICR meeting took place on DATE'",
         (("The ICR meeting took place on 20 October 2026.", "2026-10-20"),
          ("Date of decision: 21.10.2026", "2026-10-21")),
         ("The ICR meeting took place later.",), negatable=False),
    # -- criminal proceedings or inquiry in parallel --
    Rule("proceedings-yes", "parallel_proceedings", "yes",
         _r(r"\bcriminal\s+(?:proceedings|investigation|trial|prosecution|case)\b|\bfatal\s+accident\s+inquiry\b|"
            r"\bFAI\b|\bProcurator\s+Fiscal\b|\bCrown\s+Office\b|\bpolice\s+investigation\b|\b(?:was|were|been)\s+"
            r"(?:charged|arrested|prosecuted)\b"),
         "criminal proceedings or an inquiry run beside the review",
         (("A criminal investigation is ongoing.", "yes"), ("The Procurator Fiscal has the case.", "yes")),
         ("There are no criminal proceedings.",)),
    Rule("proceedings-no", "parallel_proceedings", "no",
         _r(r"\bno\s+(?:criminal\s+)?(?:proceedings|prosecution|charges)\b|\bno\s+police\s+investigation\b"),
         "the report says there are none", (("There are no criminal proceedings.", "no"),),
         ("Criminal proceedings are expected.",), negatable=False),
    # -- themes ([coredata] themes) --
    Rule("theme-information-sharing", "themes", "information sharing",
         _r(r"\binformation[- ]sharing\b|\bshar(?:e|ed|ing)\s+(?:of\s+)?(?:the\s+)?information\b"),
         "how agencies shared what they knew", (("Police Scotland and the NHS shared information.",
                                                 "information sharing"),), ("an information leaflet",)),
    Rule("theme-risk-assessment", "themes", "risk assessment", _r(r"\brisk\s+assessments?\b"),
         "how risk was assessed", (("no risk assessment was completed", "risk assessment"),), ("a risk of rain",),
         negatable=False),
    Rule("theme-chronology", "themes", "chronology", _r(r"\bchronolog(?:y|ies|ical)\b"),
         "whether a chronology was kept and used", (("[PERSON 2] provided a chronology.", "chronology"),),
         ("in the right order",), negatable=False),
    Rule("theme-neglect-recognition", "themes", "neglect recognition",
         _r(r"\b(?:recogni\w*|identif\w*)\s+(?:of\s+)?(?:the\s+)?(?:signs\s+of\s+)?neglect|\bneglect\s+(?:was|had\s+"
            r"been)\s+not\s+(?:recogni[sz]ed|identified)|\bcumulative\s+(?:harm|neglect)"),
         "whether neglect was recognised in time", (("the recognition of neglect was slow", "neglect recognition"),
                                                    ("cumulative harm", "neglect recognition")), ("neglect",),
         negatable=False),
    Rule("theme-voice", "themes", "voice of the child",
         _r(r"\bvoice\s+of\s+the\s+(?:child|young\s+person)\b|\bchild['\u2019]?s\s+(?:voice|views|wishes)\b"),
         "whether the child was heard", (("the voice of the child was not heard", "voice of the child"),),
         ("the voice of the chair",), negatable=False),
    Rule("theme-transitions", "themes", "transitions", _r(r"\btransitions?\b"),
         "moves between services, schools or areas", (("the transition to adult services", "transitions"),),
         ("transitional arrangements",), negatable=False),
    Rule("theme-curiosity", "themes", "professional curiosity", _r(r"\bprofessional\s+curiosity\b"),
         "professionals asking the next question", (("a lack of professional curiosity", "professional curiosity"),),
         ("curiosity",), negatable=False),
    Rule("theme-escalation", "themes", "escalation", _r(r"\bescalat(?:e|ed|ing|ion)\b"),
         "whether concerns were escalated", (("concerns were not escalated", "escalation"),), ("an escalator",),
         negatable=False),
    Rule("theme-engagement", "themes", "engagement with families",
         _r(r"\b(?:non-|dis)?engage\w*\s+(?:with|by)\s+(?:the\s+)?(?:family|families|parents?|mother|father|carers?)|"
            r"\bnon-engagement\b|\bdisguised\s+compliance\b"),
         "how the family engaged with services", (("disguised compliance", "engagement with families"),),
         ("engaged with the school",), negatable=False),
    Rule("theme-meetings", "themes", "multi-agency meetings",
         _r(r"\bmulti-?agency\s+(?:meetings?|case\s+conferences?|discussions?)\b|\bcase\s+conferences?\b|"
            r"\bcore\s+group\b|\binter-?agency\s+referral\s+discussions?\b|\bIRDs?\b"),
         "case conferences, core groups, IRDs", (("the case conference was delayed", "multi-agency meetings"),),
         ("a meeting of the staff",), negatable=False),
)

#: agency name -> the words that name it (kinds of body; see ``AGENCIES``).
AGENCY_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("Police Scotland", _r(r"\bPolice\s+Scotland\b|\bpolice\b"), "the police"),
    ("social work", _r(r"\bsocial\s+work(?:ers?)?\b|\bchildren\s+and\s+families\s+(?:social\s+work|team)"), "council social work"),
    ("health visiting", _r(r"\bhealth\s+visit(?:or|ors|ing)\b"), "the health visitor"),
    ("midwifery", _r(r"\bmidwi(?:fe|ves|fery)\b|\bmaternity\b"), "midwives"),
    ("GP practice", _r(r"\bGPs?\b|\bgeneral\s+practi(?:ce|tioner)s?\b"), "the family doctor"),
    ("hospital", _r(r"\bhospital\b|\binfirmary\b|\bemergency\s+department\b|\bA\s?&\s?E\b"), "hospital care"),
    ("NHS board", _r(r"\bNHS\b|\bhealth\s+board\b"), "an NHS board by name"),
    ("CAMHS", _r(r"\bCAMHS\b|\bchild\s+and\s+adolescent\s+mental\s+health"), "child and adolescent mental health"),
    ("adult mental health services", _r(r"\bCMHT\b|\bcommunity\s+mental\s+health\s+team\b|\bpsychiatr\w+"), "adult psychiatry"),
    ("addiction services", _r(r"\baddiction\s+services?\b|\bdrug\s+and\s+alcohol\s+(?:service|team)s?\b|\bADP\b|"
                              r"\balcohol\s+and\s+drug\s+partnership"), "drug and alcohol services"),
    ("education", _r(r"\bschool\b|\bnursery\b|\bteachers?\b|\bheadteacher\b|\beducation\b"), "schools and nurseries"),
    ("Scottish Children's Reporter Administration", _r(r"\bSCRA\b|\bchildren['\u2019]?s\s+reporter\b|\bchildren['\u2019]?s\s+"
                                                       r"hearings?\b"), "the Reporter and hearings"),
    ("Crown Office and Procurator Fiscal Service", _r(r"\bCOPFS\b|\bProcurator\s+Fiscal\b|\bCrown\s+Office\b"), "prosecution"),
    ("Scottish Prison Service", _r(r"\bScottish\s+Prison\s+Service\b|\bSPS\b|\bHMP\b"), "prisons"),
    ("Scottish Ambulance Service", _r(r"\bScottish\s+Ambulance\s+Service\b|\bparamedics?\b|\bambulance\b"), "ambulance"),
    ("Scottish Fire and Rescue Service", _r(r"\bScottish\s+Fire\s+and\s+Rescue\b|\bfire\s+service\b"), "fire and rescue"),
    ("housing", _r(r"\bhousing\s+(?:services?|officers?|associations?|department|team)\b|\bhomeless\w*\s+services?\b"), "housing"),
    ("health and social care partnership", _r(r"\bHSCP\b|\bhealth\s+and\s+social\s+care\s+partnership"), "integrated services"),
    ("third sector", _r(r"\bthird\s+sector\b|\bvoluntary\s+(?:sector|organisations?)\b|\bWomen['\u2019]?s\s+Aid\b|"
                        r"\bBarnardo['\u2019]?s\b|\bAberlour\b|\bNSPCC\b|\bcharity\b"), "charities and voluntary bodies"),
)


# ---- reading the redacted text -------------------------------------------------------------------------

EVIDENCE_WINDOW = 40  # characters of redacted text either side of what a rule read
MAX_EVIDENCE = 500  # core_data.evidence


@dataclass(frozen=True)
class Finding:
    """An automatic value and why: the rule and the redacted words around what it read."""

    value: Any
    evidence: str | None


def window(text: str, start: int, end: int) -> str:
    """The redacted text around ``[start, end)`` on one line, placeholders as they stand."""
    left = max(0, start - EVIDENCE_WINDOW)
    right = min(len(text), end + EVIDENCE_WINDOW)
    # Never cut a placeholder in half ("RSON 1]" or "[PERS" would read as text): step inwards.
    head = text[left:start]
    if "]" in head and ("[" not in head or head.index("]") < head.index("[")):
        left += head.index("]") + 1
    tail = text[end:right]
    if "[" in tail and "]" not in tail[tail.rindex("["):]:
        right = end + tail.rindex("[")
    piece = " ".join(text[left:right].split())
    return ("..." if left > 0 else "") + piece + ("..." if right < len(text) else "")


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    return text[left:min(stops) if stops else len(text)]


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(text[max(0, start - _NEGATION_REACH):start]))


def _date_after(text: str, end: int) -> tuple[date, int, int] | None:
    from ingestd.analysis.dates import DATE_PATTERN, parse_uk_date
    line_end = text.find("\n", end)
    stretch = text[end:min(end + _DATE_REACH, line_end if line_end >= 0 else len(text))]
    for match in DATE_PATTERN.finditer(stretch):
        day = parse_uk_date(match.group())
        if day is not None:
            return day, end + match.start(), end + match.end()
    return None


def _matches(rule: Rule, text: str) -> list[tuple[Any, int, int]]:
    """(value, start, end) of each place the rule reads in ``text``, in order."""
    found = []
    for match in rule.pattern.finditer(text):
        start, end = match.span()
        if rule.negatable and _negated(text, start):
            continue
        if rule.context is not None and not rule.context.search(_sentence(text, start, end)):
            continue
        if rule.field == "age":
            number = int(match.group("n"))
            unit = (match.group("unit") or "year").lower()
            value: Any = number if unit.startswith("year") else 0
            if value > MAX_AGE:
                continue
        elif FIELD_BY_NAME[rule.field].kind == "date":
            dated = _date_after(text, end)
            if dated is None:
                continue
            value, _, end = dated[0].isoformat(), dated[1], dated[2]
        else:
            value = rule.value
        found.append((value, start, end))
    return found


def band_for(age: int, bands: tuple[str, ...]) -> str | None:
    """The configured band holding ``age``: bands read "under 1", "1-4", "65 and over"."""
    for band in bands:
        low, high = _band_bounds(band)
        if low is not None and low <= age <= high:
            return band
    return None


def _band_bounds(band: str) -> tuple[int | None, float]:
    words = band.strip().lower()
    if m := re.fullmatch(r"under\s+(\d+)", words):
        return 0, int(m.group(1)) - 1
    if m := re.fullmatch(r"(\d+)\s*-\s*(\d+)", words):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"(\d+)\s*(?:\+|and\s+over|or\s+over|and\s+above)", words):
        return int(m.group(1)), float("inf")
    return None, 0


def extract(text: str, coredata: CoreDataConfig, *, subject: str | None = None) -> dict[str, Finding]:
    """Every stored field's automatic value from the redacted ``text`` (None / [] / "unknown"
    where nothing was found). Pure: no database, so it is what the rule tests exercise."""
    out: dict[str, Finding] = {}
    by_field: dict[str, list[Rule]] = {}
    for rule in RULES:
        by_field.setdefault(rule.field, []).append(rule)
    for f in STORED_FIELDS:
        rules = by_field.get(f.name, ())
        if f.name == "subject":
            out[f.name] = Finding(subject, "record: the classifier read the report's subject" if subject else None)
        elif f.name == "age_band":
            continue
        elif f.name == "agencies":
            out[f.name] = _agencies(text)
        elif f.kind == "multi":
            out[f.name] = _multi(rules, text, allowed(f.values_from, coredata))
        elif f.kind == "yesno":
            out[f.name] = _yesno(rules, text)
        else:  # choice, int, date: the first place any rule reads
            out[f.name] = _first(rules, text, allowed(f.values_from, coredata) if f.kind == "choice" else None)
    age = out["age"].value
    band = band_for(age, coredata.age_bands) if isinstance(age, int) else None
    out["age_band"] = Finding(band, f"from the age: {age}" if band else None)
    return out


def _evidence(rule: Rule, text: str, start: int, end: int) -> str:
    return f"{rule.name}: {window(text, start, end)}"


def _first(rules: Any, text: str, allowed_values: tuple[str, ...] | None) -> Finding:
    best: tuple[int, Any, str] | None = None
    for rule in rules:
        for value, start, end in _matches(rule, text):
            if allowed_values is not None and value not in allowed_values:
                continue
            if best is None or start < best[0]:
                best = (start, value, _evidence(rule, text, start, end))
            break
    return Finding(best[1], best[2][:MAX_EVIDENCE]) if best else Finding(None, None)


def _multi(rules: Any, text: str, allowed_values: tuple[str, ...]) -> Finding:
    found: dict[str, str] = {}
    for rule in rules:
        if rule.value not in allowed_values or rule.value in found:
            continue  # a value the team took out of the list is never filled
        places = _matches(rule, text)
        if places:
            _, start, end = places[0]
            found[rule.value] = _evidence(rule, text, start, end)
    values = [v for v in allowed_values if v in found]
    return Finding(values, _joined(found[v] for v in values))


def _yesno(rules: Any, text: str) -> Finding:
    for wanted in ("yes", "no"):  # a mention of proceedings outweighs a "no charges" elsewhere
        for rule in rules:
            if rule.value == wanted:
                places = _matches(rule, text)
                if places:
                    _, start, end = places[0]
                    return Finding(wanted, _evidence(rule, text, start, end)[:MAX_EVIDENCE])
    return Finding("unknown", None)


def _agencies(text: str) -> Finding:
    found: dict[str, str] = {}
    for name, pattern, _reason in AGENCY_RULES:
        match = pattern.search(text)
        if match:
            found[name] = f"agency-{name}: {window(text, *match.span())}"
    values = [name for name in AGENCIES if name in found]
    return Finding(values, _joined(found[v] for v in values))


def _joined(pieces: Any) -> str | None:
    """Evidence of a list: one piece per value, cut to fit the column."""
    pieces = list(pieces)
    if not pieces:
        return None
    share = max(40, MAX_EVIDENCE // len(pieces) - 3)
    joined = " | ".join(p if len(p) <= share else p[:share - 3] + "..." for p in pieces)
    return joined[:MAX_EVIDENCE]


# ---- the one gate for values -----------------------------------------------------------------------------

def committees(config: Config) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.name for c in config.cpcs))


def committee_kind(config: Config, name: str | None) -> str | None:
    for entry in config.cpcs:
        if entry.name == name:
            return entry.kind
    return None


def check_value(config: Config, field_name: str, value: Any) -> Any:
    """``value`` if the field may hold it, else UsageError saying what it may hold.

    The promise of the data set: a value is a list's value, a whole number 0-120, an ISO date
    or yes/no/unknown, so no name, date of birth, address or identifier can be stored."""
    f = FIELD_BY_NAME.get(field_name)
    if f is None:
        raise UsageError(f"no core data field {field_name!r}: the fields are {', '.join(FIELD_BY_NAME)}")
    if value is None:
        return None
    if f.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AGE:
            raise UsageError(f"{f.name}: a whole number of years from 0 to {MAX_AGE} (0 under one year)")
        return value
    if f.kind == "date":
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise UsageError(f"{f.name}: a date like 2026-11-03") from None
    if f.kind == "yesno":
        if value not in YESNO:
            raise UsageError(f"{f.name}: yes, no or unknown")
        return value
    choices = allowed(f.values_from, config.coredata, committees(config))
    values = value if f.kind == "multi" else [value]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise UsageError(f"{f.name}: expected {'a list of values' if f.kind == 'multi' else 'one value'}")
    for v in values:
        if v not in choices:
            raise UsageError(f"{f.name}: {v[:60]!r} is not in the list; choose from: {'; '.join(choices)}")
    return list(dict.fromkeys(values)) if f.kind == "multi" else value


def parse_value(config: Config, field_name: str, words: list[str]) -> Any:
    """A value typed on the command line or sent by the form, checked by ``check_value``.

    List values match case-insensitively and are stored as the list spells them. Nothing
    (``''`` or ``none``) clears a field: null, or [] for a list."""
    f = FIELD_BY_NAME.get(field_name)
    if f is None:
        raise UsageError(f"no core data field {field_name!r}: the fields are {', '.join(FIELD_BY_NAME)}")
    words = [" ".join(w.split()) for w in words if w and w.strip()]
    if f.kind == "multi":
        if words in ([], ["none"]):
            return []
    elif len(words) > 1:
        raise UsageError(f"{f.name} takes one value, not {len(words)}")
    if not words or words == ["none"]:
        return "unknown" if f.kind == "yesno" else None
    if f.kind == "int":
        if not words[0].isdigit():
            raise UsageError(f"{f.name}: a whole number of years from 0 to {MAX_AGE} (0 under one year)")
        return check_value(config, f.name, int(words[0]))
    if f.kind in ("date", "yesno"):
        return check_value(config, f.name, words[0].lower() if f.kind == "yesno" else words[0])
    choices = allowed(f.values_from, config.coredata, committees(config))
    by_lower = {c.lower(): c for c in choices}
    canonical = [by_lower.get(w.lower(), w) for w in words]
    return check_value(config, f.name, canonical if f.kind == "multi" else canonical[0])


def display(value: Any) -> str:
    """A value in words for tables and pages: lists joined with '; ', nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


# ---- the stored set -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CoreValue:
    """One field of one report as shown and exported: the value and where it came from."""

    field: str
    value: Any
    source: str  # auto | reviewer
    evidence: str | None
    username: str | None
    at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "source": self.source, "evidence": self.evidence,
                "username": self.username, "at": utc_z(self.at) if self.at else None}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _fill(session: Session, config: Config, report: ReportRow, existing: set[str]) -> None:
    """Store the automatic value of every stored field the report has no row for yet."""
    missing = [f for f in STORED_FIELDS if f.name not in existing]
    if not missing:
        return
    findings = extract(report.redacted_text or "", config.coredata, subject=report.subject)
    now = _now()
    for f in missing:
        finding = findings[f.name]
        session.add(CoreDataRow(reference=report.reference, field=f.name,
                                value=check_value(config, f.name, finding.value), source="auto",
                                evidence=finding.evidence, username=None, at=now))


def fill_filed(sm: sessionmaker[Session], config: Config, references: Iterable[str]) -> None:
    """Fill the core data set of reports just filed (``service.finish``). Idempotent: a
    replayed filing, or one filled on first read meanwhile, adds nothing."""
    references = list(references)
    if references:
        _ensure_quietly(sm, config, references)


def _ensure(sm: sessionmaker[Session], config: Config, references: list[str]) -> None:
    with sm.begin() as session:
        have: dict[str, set[str]] = {}
        for reference, field_name in session.execute(
                select(CoreDataRow.reference, CoreDataRow.field).where(CoreDataRow.reference.in_(references))):
            have.setdefault(reference, set()).add(field_name)
        wanted = [r for r in references if len(have.get(r, ())) < len(STORED_FIELDS)]
        for chunk in _chunks(wanted, 500):
            for report in session.scalars(select(ReportRow).where(ReportRow.reference.in_(chunk))):
                _fill(session, config, report, have.get(report.reference, set()))
    # Two readers filling the same report at once: the second's insert fails on the primary
    # key and rolls back; what the first stored is what both then read.


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _ensure_quietly(sm: sessionmaker[Session], config: Config, references: list[str]) -> None:
    try:
        _ensure(sm, config, references)
    except IntegrityError:  # filled by a concurrent reader just now: theirs stands
        pass


def read(sm: sessionmaker[Session], config: Config, reference: str) -> list[CoreValue]:
    """The report's whole core data set in ``FIELDS`` order (filled on first read)."""
    reference = reference.upper()
    with sm() as session:
        report = session.scalar(select(ReportRow).where(ReportRow.reference == reference))
        if report is None:
            raise NotFound(f"no report with reference {reference!r} (try 'ingestd log')")
    _ensure_quietly(sm, config, [reference])
    with sm() as session:
        report = session.scalar(select(ReportRow).where(ReportRow.reference == reference))
        assert report is not None
        rows = {row.field: row for row in session.scalars(select(CoreDataRow).where(CoreDataRow.reference == reference))}
        amended = _latest_amendments(session, [reference]).get(reference, {})
        return [_record_value(config, f, report, amended) if f.record else _stored_value(f, rows.get(f.name))
                for f in FIELDS]


def _stored_value(f: Field, row: CoreDataRow | None) -> CoreValue:
    if row is None:
        return CoreValue(f.name, None, "auto", None, None, None)
    return CoreValue(f.name, row.value, row.source, row.evidence, row.username, row.at)


# The amendment field that changes each record field's value (report_amendments.field).
_AMENDED_BY = {"committee": "cpc", "committee_kind": "cpc", "document_kind": "doc_type", "decision": "decision",
               "ratification_date": "ratified_on", "received_date": "received_at"}


def _latest_amendments(session: Session, references: list[str]) -> dict[str, dict[str, AmendmentRow]]:
    out: dict[str, dict[str, AmendmentRow]] = {}
    for chunk in _chunks(references, 500):
        for row in session.scalars(select(AmendmentRow).where(AmendmentRow.reference.in_(chunk))
                                   .order_by(AmendmentRow.at, AmendmentRow.id)):
            out.setdefault(row.reference, {})[row.field] = row
    return out


def _record_raw(config: Config, f: Field, report: ReportRow) -> Any:
    if f.name == "committee_kind":
        return committee_kind(config, report.cpc)
    if f.name == "received_date":
        return aware(report.received_at).astimezone(ZoneInfo(config.deadline.timezone)).date().isoformat()
    value = getattr(report, f.record)  # type: ignore[arg-type]
    return value.isoformat() if isinstance(value, date) else value


def _record_value(config: Config, f: Field, report: ReportRow, amended: dict[str, AmendmentRow]) -> CoreValue:
    value = _record_raw(config, f, report)
    change = amended.get(_AMENDED_BY.get(f.name, ""))
    if change is not None:
        return CoreValue(f.name, value, "reviewer", f"amended: {change.reason or 'no reason given'}"[:MAX_EVIDENCE],
                         change.username, change.at)
    evidence = ("record: computed from the ratification and receipt dates" if f.name == "timeliness"
                else f"record: {f.record}, as filed")
    return CoreValue(f.name, value, "auto", evidence, None, None)


def set_values(sm: sessionmaker[Session], config: Config, reference: str, values: dict[str, Any],
               username: str) -> list[str]:
    """Store a reviewer's values (already parsed); returns the fields that changed.

    A record field is refused with the command that changes it: the record is the one truth
    for the committee, the type, the decision and the dates."""
    reference = reference.upper()
    for name in values:
        f = FIELD_BY_NAME.get(name)
        if f is None:
            raise UsageError(f"no core data field {name!r}: the fields are {', '.join(FIELD_BY_NAME)}")
        if f.record is not None:
            option = {"committee": "--cpc", "committee_kind": "--cpc", "document_kind": "--type",
                      "decision": "--decision", "ratification_date": "--ratified-on",
                      "received_date": "--received-at"}.get(name)
            hint = (f"change it with 'ingestd amend {reference} {option} ...'" if option
                    else "it follows from the dates")
            raise UsageError(f"{name} is part of the record: {hint}")
    checked = {name: check_value(config, name, value) for name, value in values.items()}
    read(sm, config, reference)  # the report exists and is filled
    changed = []
    with sm.begin() as session:
        rows = {row.field: row for row in session.scalars(select(CoreDataRow).where(CoreDataRow.reference == reference))}
        now = _now()
        for name, value in checked.items():
            row = rows.get(name)
            if row is not None and row.source == "reviewer" and row.value == value:
                continue
            if row is None:
                row = CoreDataRow(reference=reference, field=name)
                session.add(row)
            if row.value != value:
                row.evidence = None  # a reviewer's own value: the rule's words no longer explain it
            row.value, row.source, row.username, row.at = value, "reviewer", username, now
            changed.append(name)
    return changed


def confirm(sm: sessionmaker[Session], config: Config, reference: str, field_name: str, username: str) -> bool:
    """A reviewer confirms an automatic value: it becomes theirs (who, when), the rule's
    evidence kept. False when it was a reviewer's already."""
    f = FIELD_BY_NAME.get(field_name)
    if f is None or f.record is not None:
        raise UsageError(f"{field_name!r} is not a core data field that can be confirmed")
    read(sm, config, reference)  # the report exists and is filled
    with sm.begin() as session:
        row = session.get(CoreDataRow, (reference.upper(), field_name))
        if row is None or row.source == "reviewer":
            return False
        row.source, row.username, row.at = "reviewer", username, _now()
        return True


# ---- exports ---------------------------------------------------------------------------------------------

def values_of(sm: sessionmaker[Session], config: Config, references: list[str]) -> dict[str, dict[str, Any]]:
    """reference -> {field: value} for every field, filling on first read: the exports' view."""
    _ensure_quietly(sm, config, references)
    out: dict[str, dict[str, Any]] = {}
    with sm() as session:
        stored: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(references, 500):
            for row in session.scalars(select(CoreDataRow).where(CoreDataRow.reference.in_(chunk))):
                stored.setdefault(row.reference, {})[row.field] = row.value
            for report in session.scalars(select(ReportRow).where(ReportRow.reference.in_(chunk))):
                mine = stored.get(report.reference, {})
                out[report.reference] = {f.name: _record_raw(config, f, report) if f.record else mine.get(f.name)
                                         for f in FIELDS}
    return out


def attach(sm: sessionmaker[Session], config: Config, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The log's entries with ``core_data`` ({field: value}; null for a message without a report)."""
    references = [e["reference"] for e in entries if e.get("reference")]
    values = values_of(sm, config, references) if references else {}
    return [{**entry, "core_data": values.get(entry.get("reference") or "")} for entry in entries]


#: Extra log-export columns: the fields the log does not already have a column for.
LOG_COLUMNS = tuple(f"core_{f.name}" for f in FIELDS if f.record is None or f.name == "committee_kind")


def export_rows(sm: sessionmaker[Session], config: Config, *, since: datetime | None = None,
                until: datetime | None = None) -> list[dict[str, Any]]:
    """One row per filed report (withdrawn ones left out) received in [since, until):
    reference, every field's value, and each field's source."""
    with sm() as session:
        q = select(ReportRow.reference).where(ReportRow.withdrawn.is_(False)).order_by(ReportRow.received_at,
                                                                                       ReportRow.id)
        if since:
            q = q.where(ReportRow.received_at >= since)
        if until:
            q = q.where(ReportRow.received_at < until)
        references = list(session.scalars(q))
    values = values_of(sm, config, references)
    sources: dict[str, dict[str, str]] = {}
    with sm() as session:
        for chunk in _chunks(references, 500):
            for reference, field_name, source in session.execute(
                    select(CoreDataRow.reference, CoreDataRow.field, CoreDataRow.source)
                    .where(CoreDataRow.reference.in_(chunk))):
                sources.setdefault(reference, {})[field_name] = source
        amended = _latest_amendments(session, references)
    rows = []
    for reference in references:
        mine = sources.get(reference, {})
        changed = amended.get(reference, {})
        row_sources = {f.name: ("reviewer" if _AMENDED_BY.get(f.name) in changed else "auto") if f.record
                       else mine.get(f.name, "auto") for f in FIELDS}
        rows.append({"reference": reference, **values[reference], "sources": row_sources})
    return rows
