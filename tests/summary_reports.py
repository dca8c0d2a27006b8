"""Filed reports for the summary tests, written through the storage layer (``repository.record``,
as the pipeline files them) with core data rows beside them.

The third quarter of 2026 (1 July to 30 September, local dates) holds, by design:

* Fife: 10 reports (6 ICRs, 4 SCRs), ratified 1, 2, 3, 4, 5, 8, 9, 10, 11 and 12 days before
  receipt (5 within seven days, 5 after), plus one withdrawn report that must not count;
* Highland: 3 Learning Reviews (the committee of 3: "<5");
* Glasgow: 6 reports (4 ICRs, 2 LRs), one with no ratification date, one received at 23:30 UTC
  on 30 June, which is 1 July in Scotland;
* outside the quarter: a Fife ICR received at 23:30 UTC on 30 September (1 October locally).

The ICRs: 5 "proceed to an SCR", 5 "no SCR". Harm and theme core data on some reports, and one
value that is not in the configured list (it must be counted as "other", never printed).
Every text here is invented.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import update

from ingestd.analysis.deadline import compute_deadline
from ingestd.config.schema import DeadlineConfig
from ingestd.model import Intake, ReportDraft
from ingestd.storage import repository
from ingestd.storage.models import CoreDataRow, ReportRow
from ingestd.summary import HARM_FIELD, THEMES_FIELD

FIFE = "Fife Child Protection Committee"
HIGHLAND = "Highland Child Protection Committee"
GLASGOW = "Glasgow Child Protection Committee"
NOT_IN_LIST = "Ms Invented Person said something in free text"
FROM, TO = date(2026, 7, 1), date(2026, 9, 30)
_serial = itertools.count(1)


@dataclass(frozen=True)
class Planted:
    withdrawn: tuple[str, ...]  # references withdrawn after filing
    references: dict[str, list[str]]  # committee -> references filed in the quarter


def _file(sessions, doc_type: str, cpc: str, received_at: datetime, lag: int | None,  # type: ignore[no-untyped-def]
          decision: str | None = None) -> str:
    n = next(_serial)
    local_day = (received_at + timedelta(hours=1)).date()  # BST in the quarter
    ratified = local_day - timedelta(days=lag) if lag is not None else None
    draft = ReportDraft(doc_type=doc_type, cpc=cpc, decision=decision,
                        deadline=compute_deadline(doc_type, ratified, received_at, DeadlineConfig()),
                        redacted_text=f"[PERSON 1] summary test report {n}", redaction_counts={"person": 1},
                        attachment_sha256=f"{n + 7 * 10**9:064x}")
    intake = Intake(intake_id=f"summary-{n}-{received_at:%s}", channel="file", received_at=received_at,
                    sha256=f"{n + 9 * 10**9:064x}", size=100)
    outcome = repository.record(sessions, intake, status="filed", drafts=[draft], reference_year=2026)
    return outcome.reports[0].reference


def _core(sessions, reference: str, field: str, value: list[str]) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        session.add(CoreDataRow(reference=reference, field=field, value=value, source="reviewer",
                                evidence=None, username="reviewer", at=datetime.now(timezone.utc)))


def file_summary_reports(sessions) -> Planted:  # type: ignore[no-untyped-def]
    """File the quarter described above; ``sessions`` is the store's sessionmaker."""
    refs: dict[str, list[str]] = {FIFE: [], HIGHLAND: [], GLASGOW: []}
    day = datetime(2026, 7, 6, 9, 0, tzinfo=timezone.utc)
    fife_lags = (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)
    for i, lag in enumerate(fife_lags):
        doc_type = "ICR" if i < 6 else "SCR"
        decision = ("proceed_to_scr" if i < 3 else "no_scr") if doc_type == "ICR" else None
        refs[FIFE].append(_file(sessions, doc_type, FIFE, day + timedelta(days=5 * i), lag, decision))
    withdrawn = _file(sessions, "ICR", FIFE, day + timedelta(days=3), 2, "no_scr")
    with sessions.begin() as session:
        session.execute(update(ReportRow).where(ReportRow.reference == withdrawn).values(withdrawn=True))
    for i, lag in enumerate((2, 3, 20)):
        refs[HIGHLAND].append(_file(sessions, "LR", HIGHLAND, day + timedelta(days=7 * i + 1), lag))
    glasgow = [("ICR", 1, "proceed_to_scr"), ("ICR", 2, "proceed_to_scr"), ("ICR", 3, "no_scr"),
               ("ICR", 30, "no_scr"), ("LR", 4, None), ("LR", None, None)]
    for i, (doc_type, lag, decision) in enumerate(glasgow):
        received = datetime(2026, 6, 30, 23, 30, tzinfo=timezone.utc) if i == 0 else day + timedelta(days=9 * i)
        refs[GLASGOW].append(_file(sessions, doc_type, GLASGOW, received, lag, decision))
    _file(sessions, "ICR", FIFE, datetime(2026, 9, 30, 23, 30, tzinfo=timezone.utc), 3, "no_scr")  # 1 October

    for ref in refs[FIFE][:6] + refs[GLASGOW][:1]:  # 7 neglect, 3 physical
        _core(sessions, ref, HARM_FIELD, ["neglect"] + (["physical"] if ref in refs[FIFE][:3] else []))
    _core(sessions, refs[HIGHLAND][0], HARM_FIELD, [NOT_IN_LIST])
    for ref in refs[FIFE][:5] + refs[GLASGOW][:2]:  # 7 information sharing, 2 chronology
        _core(sessions, ref, THEMES_FIELD, ["information sharing"] + (["chronology"] if ref in refs[GLASGOW] else []))
    _core(sessions, withdrawn, HARM_FIELD, ["sexual"])  # withdrawn: must not count
    return Planted(withdrawn=(withdrawn,), references=refs)
