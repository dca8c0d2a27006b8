"""The seven-day reporting deadline, judged on the local calendar date in Scotland."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from ingestd.config.schema import DeadlineConfig
from ingestd.analysis import compute_deadline
from ingestd.errors import ConfigError
from ingestd.model import Deadline

UTC = timezone.utc
CONFIG = DeadlineConfig()


def test_on_time_on_the_last_day() -> None:
    deadline = compute_deadline("ICR", date(2026, 9, 15), datetime(2026, 9, 22, 16, 0, tzinfo=UTC), CONFIG)
    assert deadline == Deadline(ratified_on=date(2026, 9, 15), due_by=date(2026, 9, 22), timeliness="on_time",
                                days_late=None)


def test_late_counts_days_after_due() -> None:
    deadline = compute_deadline("SCR", date(2026, 5, 19), datetime(2026, 5, 29, 9, 0, tzinfo=UTC), CONFIG)
    assert deadline == Deadline(date(2026, 5, 19), date(2026, 5, 26), "late", 3)


def test_unknown_without_ratification_date() -> None:
    deadline = compute_deadline("ICR", None, datetime(2026, 5, 29, 9, 0, tzinfo=UTC), CONFIG)
    assert deadline == Deadline(None, None, "unknown", None)


def test_bst_evening_receipt_is_next_local_day() -> None:
    # 23:30 UTC on 22 September 2026 is 00:30 BST on the 23rd: one day late.
    deadline = compute_deadline("ICR", date(2026, 9, 15), datetime(2026, 9, 22, 23, 30, tzinfo=UTC), CONFIG)
    assert (deadline.due_by, deadline.timeliness, deadline.days_late) == (date(2026, 9, 22), "late", 1)


def test_gmt_evening_receipt_stays_same_day() -> None:
    # 23:30 UTC on 24 November 2026 is 23:30 GMT: still the due date.
    deadline = compute_deadline("ICR", date(2026, 11, 17), datetime(2026, 11, 24, 23, 30, tzinfo=UTC), CONFIG)
    assert (deadline.due_by, deadline.timeliness) == (date(2026, 11, 24), "on_time")


def test_day_clocks_go_back() -> None:
    # BST ends 01:00 UTC on 25 October 2026. 23:30 UTC on the 25th is 23:30 GMT on the 25th,
    # while 23:30 UTC on the 24th is 00:30 BST on the 25th.
    ratified = date(2026, 10, 18)
    on_day = compute_deadline("ICR", ratified, datetime(2026, 10, 25, 23, 30, tzinfo=UTC), CONFIG)
    assert (on_day.due_by, on_day.timeliness) == (date(2026, 10, 25), "on_time")
    ratified_earlier = date(2026, 10, 17)
    day_before = compute_deadline("ICR", ratified_earlier, datetime(2026, 10, 24, 23, 30, tzinfo=UTC), CONFIG)
    assert (day_before.due_by, day_before.timeliness, day_before.days_late) == (date(2026, 10, 24), "late", 1)


def test_day_clocks_go_forward() -> None:
    # BST starts 01:00 UTC on 29 March 2026; 23:30 UTC on the 28th is still GMT.
    deadline = compute_deadline("LR", date(2026, 3, 21), datetime(2026, 3, 28, 23, 30, tzinfo=UTC), CONFIG)
    assert deadline.timeliness == "on_time"
    after = compute_deadline("LR", date(2026, 3, 22), datetime(2026, 3, 29, 23, 30, tzinfo=UTC), CONFIG)
    assert (after.timeliness, after.days_late) == ("late", 1)


def test_days_per_type_from_config() -> None:
    config = DeadlineConfig(days={"ICR": 7, "SCR": 14, "LR": 14})
    deadline = compute_deadline("LR", date(2026, 7, 28), datetime(2026, 8, 10, 12, 0, tzinfo=UTC), config)
    assert (deadline.due_by, deadline.timeliness) == (date(2026, 8, 11), "on_time")


def test_naive_receipt_time_is_refused() -> None:
    with pytest.raises(ValueError):
        compute_deadline("ICR", date(2026, 9, 15), datetime(2026, 9, 22, 12, 0), CONFIG)


def test_unknown_timezone_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        compute_deadline("ICR", date(2026, 9, 15), datetime(2026, 9, 22, 12, 0, tzinfo=UTC),
                         DeadlineConfig(timezone="Europe/Atlantis"))
