"""The blind evaluation sets' gold is right: what a reviewer of a generator checks before trusting its figures.

The sets themselves are never scored here (their figures are printed by benchmarks/eval_blind*.py and nobody
tunes on them); these tests only hold the generators to the gold rules their docstrings promise, and show that
the gold check catches a wrong document.
"""
from __future__ import annotations

import collections
import random
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import blind4_reports as B4  # noqa: E402


@pytest.mark.parametrize("script,name", [("eval_blind3.py", "blind3"), ("eval_blind4.py", "blind4")])
def test_each_blind_set_passes_its_own_gold_check(script, name):
    r = subprocess.run([sys.executable, str(BENCH / script), "--check"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith(f"{name} gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind4_has_enough_layouts_and_every_kind_of_data():
    docs = B4.generate()
    layouts = collections.Counter(g["layout"] for _, g in docs)
    assert len(docs) >= 80 and len(layouts) >= 24
    assert min(layouts.values()) >= 3
    cats = {e["category"] for _, g in docs for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    assert {g["doc_type"] for _, g in docs} == {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
    assert any(g["ratification_date"] is None and g["doc_type"] != "OTHER" for _, g in docs)


def _doc() -> B4.Doc:
    return B4.Doc(random.Random(1))


def test_gold_check_catches_a_name_written_outside_its_span():
    d = _doc()
    who = B4.Person("Dolina", "Balfron", True, "Ms")
    d.t("Seen by ").nm(who, "full").t(". Later Dolina Balfron called again.\n")
    errs = B4.check("T1", d.text, d, "OTHER")
    assert any("outside its spans" in e for e in errs), errs


def test_gold_check_catches_a_ratification_the_gold_does_not_record():
    d = _doc()
    d.t("The COG ratified the report on 5 March 2026.\n")
    errs = B4.check("T2", d.text, d, "ICR")
    assert any("no ratification in the gold" in e for e in errs), errs


def test_gold_check_accepts_a_future_meeting_and_reads_dates_back():
    d = _doc()
    d.t("The report will go to the COG for ratification on 5 March 2026. The COG ratified it on ")
    d.ratified(B4.dt.date(2026, 3, 12), "dayof").t(".\n")
    assert B4.check("T3", d.text, d, "LR") == []
    assert [x for x, _ in B4.read_dates("the 12th day of March 2026, Thu 05-Mar-2026, 03.02.26")] == [
        B4.dt.date(2026, 3, 12), B4.dt.date(2026, 3, 5), B4.dt.date(2026, 2, 3)]
