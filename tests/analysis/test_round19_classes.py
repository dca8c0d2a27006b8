"""Round 19 analysis classes, on fictional wording written for these tests (no name or place from any pool).

One class, a scan's text recognition (OCR) taking glyphs that look alike for one another, in two places:

* the review's name in the title ("lNITIAL CASE REVlEW", "5IGNIFICANT", "LEAMING", "lCR") is still
  the title naming the review (``classify.OCR_LOOKALIKES``), and a misread or misspelt title counts
  whenever the title lines name no review rightly, even where the body names one ("the LR");
* the ratification's numerals and words ("l4 0ctober 2O25", "rat1fied", "C0G") are read back before
  the date is looked for (``text.OCR_READINGS``); what the sentence says is unchanged, so a
  ratification still to come stays ``unknown``.

The tables' own examples are tested first, then the class in shapes the tables do not show.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import LR, OCR_LOOKALIKES, OTHER, SCR, classify, classify_with_evidence
from ingestd.analysis.text import OCR_READINGS, read_lookalikes

# --- the tables' own rows ----------------------------------------------------------------------------


@pytest.mark.parametrize("rule, text", [(r, t) for r in OCR_LOOKALIKES for t in r.catches])
def test_lookalike_row_catches_its_examples(rule, text: str) -> None:
    result = classify_with_evidence(text)
    assert result.doc_type == rule.kind
    assert "lookalike-title-term" in {e.rule for c in result.candidates for e in c.evidence}


@pytest.mark.parametrize("rule, text", [(r, t) for r in OCR_LOOKALIKES for t in r.leaves])
def test_lookalike_row_leaves_its_examples(rule, text: str) -> None:
    assert classify(text)[0] == OTHER


@pytest.mark.parametrize("rule, scanned, read", [(r, s, t) for r in OCR_READINGS for s, t in r.catches])
def test_glyph_reading_row_catches_its_examples(rule, scanned: str, read: str) -> None:
    assert rule.pattern.sub(rule.read, scanned) == read
    assert len(read_lookalikes(scanned)) == len(scanned)


@pytest.mark.parametrize("rule, text", [(r, t) for r in OCR_READINGS for t in r.leaves])
def test_glyph_reading_row_leaves_its_examples(rule, text: str) -> None:
    assert read_lookalikes(text) == text


# --- a misread title over a body that names the review ---------------------------------------------------

_SCANNED_LR = ("Pellowick Adult Protection Committee\nLEAMING REV1EW: Adult Q\n\n"
               "Adult Q, a woman of 71, lived alone above the old mill.\n"
               "The LR panel met four times between March and June.\n"
               "Recommendations were accepted by every agency.\n")


def test_a_misread_learning_review_title_over_a_body_naming_the_lr_is_the_lr() -> None:
    result = classify_with_evidence(_SCANNED_LR)
    assert result.doc_type == LR
    assert result.candidates[0].evidence[0].rule == "lookalike-title-term"


def test_a_misspelt_title_counts_where_only_the_body_names_the_review() -> None:
    text = ("Signficant Case Reveiw - Child V\nPellowick Child Protection Committee\nFinal report, version 3\n\n"
            "1. Background\nChild V, aged 6, lived with an aunt.\nThe ICR of May recommended this review.\n"
            "The SCR team read every agency's records.\n")
    assert classify(text)[0] == SCR


def test_a_scanned_pipe_table_title_with_a_misread_acronym_is_the_icr() -> None:
    text = ("| Pellowick Child Protection Committee |\n| lCR record: child R |\n\n"
            "| Date of referral | 2 June 2025 |\n| Decision | no further review |\n")
    assert classify(text)[0] == "ICR"


def test_a_title_naming_the_review_rightly_is_not_read_again_as_misread() -> None:
    text = "Learning Review: Adult Q\nPellowick Adult Protection Committee\nLEAMING POINTS\n"
    rules = {e.rule for c in classify_with_evidence(text).candidates for e in c.evidence}
    assert rules == {"title-term"}


# --- a scan's ratification ----------------------------------------------------------------------------


def test_a_scanned_tab_form_ratification_row_reads_its_misread_date() -> None:
    text = ("Pellowick Child Protection Committee\nInitial Case Review\n\n"
            "Date of referral\t2 June 2025\nDate ratified by C0G\tl4/1O/2O25\n")
    assert find_ratification_date(text, "ICR") == date(2025, 10, 14)


def test_a_scanned_sentence_with_misread_words_and_numerals_gives_its_date() -> None:
    text = ("Pellowick Adult Protection Committee\nLearning Review: Adult Q\n\n"
            "The review began on 9 January 2025.\n"
            "The Chief 0fficers Group rat1fied the report on the 2lst of 0ctober 2025.\n")
    assert find_ratification_date(text, "LR") == date(2025, 10, 21)


def test_a_scanned_ratification_still_to_be_sought_stays_unknown() -> None:
    text = ("Pellowick Adult Protection Committee\nLearning Review: Adult Q\n\n"
            "The review began on 9 January 2025.\n"
            "The report goes to the Chief 0fficers Group on 2l 0ctober 2025 for rat1fication.\n")
    assert find_ratification_date(text, "LR") is None


def test_a_scanned_committee_endorsement_is_not_the_cogs_ratification() -> None:
    text = ("Pellowick Child Protection Committee\nInitial Case Review\n\n"
            "The ICR was endorsed by the Pellowick Child Protection C0mmittee on l2 May 2O25.\n")
    assert find_ratification_date(text, "ICR") is None
