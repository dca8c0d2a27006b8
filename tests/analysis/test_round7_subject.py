"""Round 7 (issue 10): a notification form's own "Adult or child" question decides the subject,
also from a Public Protection Committee, whose name says neither. Fictional wording."""

from __future__ import annotations

import pytest

from ingestd.analysis.classify import classify_with_evidence


@pytest.mark.parametrize(("answer", "subject"), [
    ("Q2. Adult or child: child", "child"),
    ("2. Child / adult:\tchild", "child"),
    ("Q2. Adult or child: Adult", "adult"),
])
def test_the_form_question_adult_or_child_decides_the_subject(answer: str, subject: str) -> None:
    text = ("LEARNING REVIEW DECISION NOTIFICATION\nExample Public Protection Committee\n\n"
            "Q1. Review subject (initials only): KM\n"
            f"{answer}\n"
            "Q3. Date of decision: 04/03/2026\nQ4. Decision: proceed to a Learning Review\n")
    assert classify_with_evidence(text).subject == subject
