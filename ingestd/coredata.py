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

from dataclasses import dataclass

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
