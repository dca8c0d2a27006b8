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


# ---------------------------------------------------------------- blind set 5

import blind5_reports as B5  # noqa: E402
from score_redaction import pattern, present  # noqa: E402

TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr"}


@pytest.fixture(scope="module")
def set5():
    return B5.generate()


def test_blind5_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind5.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind5 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind5_has_enough_layouts_and_every_kind_of_data(set5):
    layouts = collections.Counter(g["layout"] for _, g in set5)
    assert len(set5) >= 75 and len(layouts) >= 25
    assert min(layouts.values()) >= 3
    cats = {e["category"] for _, g in set5 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    assert {g["doc_type"] for _, g in set5} == {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
    assert {g["subject"] for _, g in set5 if g["doc_type"] != "OTHER"} == {"child", "adult"}
    assert any(g["ratification_date"] is None and g["doc_type"] in ("ICR", "SCR", "LR") for _, g in set5)
    keep = {k for _, g in set5 for k in g["keep"]}
    assert {"NHS Greater Glasgow and Clyde", "Robert Gordon University", "Queen Margaret Hospital"} <= keep


def test_blind5_gold_spans_point_at_text_the_document_holds(set5):
    assert_gold_points_at_its_text(set5, B5.read_dates)


def test_blind5_redacting_exactly_the_gold_leaves_no_name_or_identifier(set5):
    """Every occurrence of personal data is gold: blank the gold forms and nothing personal is left."""
    for text, g in set5:
        out = text
        for e in sorted(g["pii"], key=lambda e: -len(e["text"])):
            out = pattern(e["text"], bool(e.get("word_collision"))).sub("[X]", out)
        for e in g["pii"]:
            assert not present(e["text"], out, bool(e.get("word_collision"))), (g["file"], e)
            if e["category"] == "person" and e.get("part") != "initials":
                for tok in e["text"].replace(",", " ").replace(".", " ").split():
                    if len(tok) >= 3 and tok not in TITLES:
                        assert not present(tok, out), (g["file"], tok)
        for k in g["keep"]:
            assert present(k, out), (g["file"], "keep term lost to the gold", k)


def test_blind5_traps_have_no_ratification_date(set5):
    traps = {"trap_cpc_only", "trap_commenced", "trap_deferred", "trap_cog_pending", "lr_decision"}
    for _, g in set5:
        if g["layout"] in traps or g["doc_type"] == "OTHER":
            assert g["ratification_date"] is None, g["file"]
        else:
            assert g["ratification_date"] is not None, g["file"]


def test_blind5_is_deterministic(tmp_path):
    assert_deterministic(B5, 30, tmp_path)


def test_blind5_pools_are_fresh():
    assert B5.pool_overlaps(None) == []


def _doc5() -> B5.Doc:
    return B5.Doc(random.Random(1))


def test_blind5_check_catches_a_name_written_outside_its_span():
    d = _doc5()
    who = B5.Person("Teodora", "Pitcairn", True, "Ms")
    d.t("Seen by ").nm(who, "full").t(". Later Ms Pitcairn called again.\n")
    assert any("outside its spans" in e for e in B5.check("T1", d.text, d, "OTHER"))


def test_blind5_check_catches_a_ratification_the_gold_does_not_record():
    d = _doc5()
    d.t("Date outcome ratified by COG: 05.03.26\n")
    assert any("no ratification in the gold" in e for e in B5.check("T2", d.text, d, "LR"))


def test_blind5_check_catches_a_keep_term_inside_personal_data():
    d = _doc5()
    d.t("Lives at ").pii("address", "4 Police Scotland Road").t(".\n")
    d.keep.append("Police Scotland")
    assert any("overlaps a PII span" in e for e in B5.check("T3", d.text, d, "OTHER"))


def test_blind5_check_accepts_traps_and_reads_every_date_form():
    d = _doc5()
    d.t("The CPC approved it on 3 March 2026. It is yet to be ratified by the COG. ")
    d.t("Date ratified by COG: [pending]\n")
    assert B5.check("T4", d.text, d, "LR") == []
    d.t("It was endorsed by the Chief Officers Group on ").ratified(B5.dt.date(2026, 3, 12), "dayof").t(".\n")
    assert B5.check("T5", d.text, d, "LR") == []
    got = [x for x, _ in B5.read_dates("the 5th day of March 2026, March 5th, 2026, 5 Mar 26, 05.03.26, "
                                        "Thursday 5 March 2026, 05-Mar-2026, 2026-03-05, 12/03/19")]
    assert got == [B5.dt.date(2026, 3, 5)] * 7 + [B5.dt.date(2019, 3, 12)]


# ---------------------------------------------------------------- blind set 6

import blind6_reports as B6  # noqa: E402


@pytest.fixture(scope="module")
def set6():
    return B6.generate()


def test_blind6_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind6.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind6 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind6_has_enough_layouts_and_every_kind_of_data(set6):
    layouts = collections.Counter(g["layout"] for _, g in set6)
    assert len(set6) >= 80 and len(layouts) >= 28
    assert min(layouts.values()) >= 3
    cats = {e["category"] for _, g in set6 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    parts = {e.get("part") for _, g in set6 for e in g["pii"] if e["category"] == "person"}
    assert {"full", "forename", "surname", "title", "init", "titleinit", "initials"} <= parts
    assert {g["doc_type"] for _, g in set6} == {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
    assert {g["subject"] for _, g in set6 if g["doc_type"] != "OTHER"} == {"child", "adult"}
    keep = {k for _, g in set6 for k in g["keep"]}
    assert {"Police Scotland", "Care Inspectorate"} <= keep
    texts = "\n".join(t for t, _ in set6)
    for form in ("day of", "2026-", "Mc", "O'"):  # formal dates, ISO dates, Mc and O' names
        assert form in texts, form
    assert any(e["text"].isupper() and " " in e["text"] for _, g in set6 for e in g["pii"] if e["category"] == "person")
    assert any(e["text"].islower() for _, g in set6 for e in g["pii"] if e["category"] == "address")


def test_blind6_gold_spans_point_at_text_the_document_holds(set6):
    assert_gold_points_at_its_text(set6, B6.read_dates)


def test_blind6_redacting_exactly_the_gold_leaves_no_name_or_identifier(set6):
    assert_blanking_the_gold_leaves_nothing_personal(set6)


def test_blind6_traps_have_no_ratification_date(set6):
    assert_traps_have_no_date(set6, B6.TRAPS)


def test_blind6_is_deterministic(tmp_path):
    assert_deterministic(B6, 31, tmp_path)


def test_blind6_pools_are_fresh():
    assert B6.pool_overlaps(None) == []
    assert not set(B6.pool_words()) & set(B5.pool_words())


def _doc6() -> B6.Doc6:
    return B6.Doc6(random.Random(1))


def test_blind6_check_catches_a_name_written_outside_its_span():
    d = _doc6()
    who = B6.Person("Ffion", "McLardy", True, "Ms")
    d.t("Seen by ").nm(who, "titleinit_dot").t(". Later MCLARDY phoned.\n")
    assert any("outside its spans" in e for e in B6.check("T1", d.text, d, "OTHER"))


def test_blind6_check_catches_a_ratification_the_gold_does_not_record():
    d = _doc6()
    d.t("COG ratification | 05/03/2026\n")
    assert any("no ratification in the gold" in e for e in B6.check("T2", d.text, d, "ICR"))
    d = _doc6()
    d.t("The report was ratified by the COG on 5 March 2026.\n")
    assert any("no ratification in the gold" in e for e in B6.check("T3", d.text, d, "LR"))


def test_blind6_check_catches_a_keep_term_inside_personal_data():
    d = _doc6()
    d.t("Lives at ").pii("address", "4 Police Scotland Road").t(".\n")
    d.keep.append("Police Scotland")
    assert any("overlaps a PII span" in e for e in B6.check("T4", d.text, d, "OTHER"))


def test_blind6_check_accepts_traps_and_a_ratification_row():
    d = _doc6()
    d.t("Sent to the COG on 3 March 2026. It will be ratified by the COG later. COG ratification: pending\n")
    assert B6.check("T5", d.text, d, "LR") == []
    d.t("Date of ratification by the Chief Officers Group: ").ratified(B6.dt.date(2026, 3, 12), "us").t("\n")
    assert B6.check("T6", d.text, d, "LR") == []


def test_blind6_a_progress_note_is_no_report_in_the_gold(set6):
    """Only the review's report is ICR/SCR/LR: a note that the review has begun is OTHER (gold fix, 2026-12-03)."""
    notes = [g for _, g in set6 if g["layout"] == "trap_commenced"]
    assert len(notes) == 3
    assert {(g["doc_type"], g["subject"], g["ratification_date"]) for g in notes} == {("OTHER", None, None)}


# ---------------------------------------------------------------- blind set 7

import blind7_reports as B7  # noqa: E402


@pytest.fixture(scope="module")
def set7():
    return B7.generate()


def test_blind7_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind7.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind7 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind7_has_enough_new_layouts_and_every_kind_of_data(set7):
    layouts = collections.Counter(g["layout"] for _, g in set7)
    assert len(set7) >= 90 and len(layouts) >= 30
    assert min(layouts.values()) >= 3
    assert not set(layouts) & {f.__name__[2:] for f in B6.LAYOUTS}  # no layout of set 6 again
    cats = {e["category"] for _, g in set7 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    parts = {e.get("part") for _, g in set7 for e in g["pii"] if e["category"] == "person"}
    assert {"full", "forename", "surname", "title", "init", "titleinit", "initials"} <= parts
    assert {g["doc_type"] for _, g in set7} == {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
    assert {g["subject"] for _, g in set7 if g["doc_type"] != "OTHER"} == {"child", "adult"}
    assert {(g["doc_type"], g["subject"]) for _, g in set7} >= {
        ("ICR", "child"), ("ICR", "adult"), ("SCR", "child"), ("SCR", "adult"), ("LR", "child"), ("LR", "adult"),
        ("LR-DECISION", "child"), ("LR-DECISION", "adult"), ("LR-OUTCOME", "child"), ("LR-OUTCOME", "adult")}
    keep = {k for _, g in set7 for k in g["keep"]}
    assert {"Police Scotland", "Care Inspectorate", "Child A"} <= keep
    texts = "\n".join(t for t, _ in set7)
    for form in ("th of ", "day, ", "Mc", "O'", "[x] Yes", "d.o.b.", "Commented ["):
        assert form in texts, form
    assert any(e["text"].isupper() and " " in e["text"] for _, g in set7 for e in g["pii"] if e["category"] == "person")
    assert any(e["text"].islower() for _, g in set7 for e in g["pii"] if e["category"] == "address")
    assert any(e["text"].isupper() for _, g in set7 for e in g["pii"] if e["category"] == "address")


def test_blind7_ratification_dates_use_this_sets_own_wordings(set7):
    rat_texts = []
    for text, g in set7:
        if g["ratification_date"]:
            day = B7.dt.date.fromisoformat(g["ratification_date"])
            rat_texts += [s for s in B7.NEW_STYLES if B7.fmt(day, s) in text]
    assert set(rat_texts) == set(B7.NEW_STYLES)  # every new wording carries at least one gold date


def test_blind7_reader_reads_every_wording_back():
    day = B7.dt.date(2026, 3, 5)
    for style in B7.STYLES:
        s = B7.fmt(day, style)
        assert [d for d, _ in B7.read_dates(f"COG: {s}.")] == [day], (style, s)
    assert [d for d, _ in B7.read_dates("born 5.3.61")] == [B7.dt.date(1961, 3, 5)]


def test_blind7_gold_spans_point_at_text_the_document_holds(set7):
    assert_gold_points_at_its_text(set7, B7.read_dates)


def test_blind7_redacting_exactly_the_gold_leaves_no_name_or_identifier(set7):
    assert_blanking_the_gold_leaves_nothing_personal(set7)


def test_blind7_traps_have_no_ratification_date(set7):
    assert_traps_have_no_date(set7, B7.TRAPS)


def test_blind7_is_deterministic(tmp_path):
    assert_deterministic(B7, 34, tmp_path)


def test_blind7_pools_are_fresh():
    assert B7.pool_overlaps(None) == []
    assert not set(B7.pool_words()) & (set(B5.pool_words()) | set(B6.pool_words()))


def _doc7() -> B7.Doc7:
    return B7.Doc7(random.Random(1))


def test_blind7_check_catches_a_name_written_outside_its_span():
    d = _doc7()
    who = B7.Person("Itziar", "Etxeberria", True, "Ms")
    d.t("Seen by ").nm(who, "sfcaps").t(". Later Itziar phoned.\n")
    assert any("outside its spans" in e for e in B7.check("T1", d.text, d, "OTHER"))


def test_blind7_check_catches_a_ratification_the_gold_does_not_record():
    d = _doc7()
    d.t("Ratified by Chief Officers Group   [x] Yes   [ ] No\nIf yes, date: 5th of March 2026\n")
    assert any("no ratification in the gold" in e for e in B7.check("T2", d.text, d, "LR-OUTCOME"))
    d = _doc7()
    d.t("The COG agreed the report on 05-03-2026.\n")
    assert any("no ratification in the gold" in e for e in B7.check("T3", d.text, d, "LR"))


def test_blind7_check_catches_a_wrong_date_of_birth_and_a_misread_ratification():
    d = _doc7()
    d.t("born ").pii("dob", "5th of March 2026").t("\n")  # not a past date
    assert any("date of birth" in e for e in B7.check("T4", d.text, d, "OTHER"))
    d = _doc7()
    d.t("The COG ratified the report on ").ratified(B7.dt.date(2026, 3, 5), "dashnum").t(".\n")
    d.rat = B7.dt.date(2026, 5, 3)  # a gold date the text does not say (day and month swapped)
    assert any("does not read back" in e for e in B7.check("T5", d.text, d, "LR"))


def test_blind7_check_catches_a_keep_term_inside_personal_data_and_a_dated_other():
    d = _doc7()
    d.t("Lives at ").pii("address", "4 Police Scotland Road").t(".\n")
    d.keep.append("Police Scotland")
    assert any("overlaps a PII span" in e for e in B7.check("T6", d.text, d, "OTHER"))
    d = _doc7()
    d.t("The COG ratified the report on ").ratified(B7.dt.date(2026, 3, 5), "ofmonth").t(".\n")
    assert any("OTHER document with a ratification" in e for e in B7.check("T7", d.text, d, "OTHER"))


def test_blind7_check_accepts_this_sets_traps_and_wordings():
    d = _doc7()
    d.t("Ratified by the Child Protection Committee: 8 January 2026. Submitted to the Chief Officers Group for "
        "ratification: 12/01/26. The COG considered it and returned it for amendment; it has not yet been ratified. "
        "The COG noted these interim findings. Status: awaiting ratification.\n")
    assert B7.check("T8", d.text, d, "LR") == []
    d.t("Date of ratification by the Chief Officers Group: ").ratified(B7.dt.date(2026, 3, 5), "wcomma").t("\n")
    assert B7.check("T9", d.text, d, "LR") == []


def test_blind7_check_catches_a_gold_form_the_scorer_cannot_see():
    d = _doc7()
    who = B7.Person("Itziar", "Etxeberria", True, "Ms")
    d.t("[Commented [").nm(who, "initials").t("1]: ").nm(who).t(": check]\n")  # "IE1" is one word: "IE" never matches
    assert any("never occurs as a whole word" in e for e in B7.check("T10", d.text, d, "OTHER"))


# ---------------------------------------------------------------- blind set 8

import blind8_reports as B8  # noqa: E402


@pytest.fixture(scope="module")
def set8():
    return B8.generate()


def test_blind8_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind8.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind8 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind8_has_enough_new_layouts_and_every_kind_of_data(set8):
    layouts = collections.Counter(g["layout"] for _, g in set8)
    assert len(set8) >= 90 and len(layouts) >= 30
    assert min(layouts.values()) >= 3
    earlier = {f.__name__[2:] for m in (B5, B6, B7) for f in m.LAYOUTS}
    assert not set(layouts) & earlier  # no layout of sets 5 to 7 again
    cats = {e["category"] for _, g in set8 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    parts = {e.get("part") for _, g in set8 for e in g["pii"] if e["category"] == "person"}
    assert {"full", "forename", "surname", "title", "init", "titleinit", "initials", "forename_variant"} <= parts
    assert {g["doc_type"] for _, g in set8} == {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
    assert {(g["doc_type"], g["subject"]) for _, g in set8} >= {
        ("ICR", "child"), ("ICR", "adult"), ("SCR", "child"), ("SCR", "adult"), ("LR", "child"), ("LR", "adult"),
        ("LR-DECISION", "child"), ("LR-DECISION", "adult"), ("LR-OUTCOME", "child"), ("LR-OUTCOME", "adult")}
    keep = {k for _, g in set8 for k in g["keep"]}
    assert {"Police Scotland", "Care Inspectorate", "Child A", "Dr Gray's Hospital"} <= keep
    assert any(k.startswith("aged ") for k in keep)
    texts = "\n".join(t for t, _ in set8)
    for form in ("Mc", "Mac", "O'", "spring of", "Ath-sgrùdadh", "REVEIW", "Genogram", "-----Original Message-----"):
        assert form in texts, form
    persons = [e["text"] for _, g in set8 for e in g["pii"] if e["category"] == "person"]
    assert any(p.islower() and " " in p for p in persons)  # names typed in lower case
    assert any("-" in p.split()[0] and p.split()[0][0].isupper() for p in persons if " " in p)  # double forenames
    assert any(e["text"].isupper() for _, g in set8 for e in g["pii"] if e["category"] == "address")


def test_blind8_ratification_dates_use_this_sets_own_wordings(set8):
    rat_texts = []
    for text, g in set8:
        if g["ratification_date"]:
            day = B8.dt.date.fromisoformat(g["ratification_date"])
            rat_texts += [s for s in B8.NEW_STYLES if B8.fmt(day, s) in text]
    assert set(rat_texts) == set(B8.NEW_STYLES)  # every new wording carries at least one gold date


def test_blind8_reader_reads_every_wording_back():
    day = B8.dt.date(2026, 3, 5)
    for style in B8.STYLES:
        s = B8.fmt(day, style)
        assert [d for d, _ in B8.read_dates(f"COG: {s}.")] == [day], (style, s)


def test_blind8_a_season_of_birth_is_no_date_of_birth(set8):
    for text, g in set8:
        for e in g["pii"]:
            assert "spring" not in e["text"], (g["file"], e)
        if "spring of" in text:
            assert all(e["category"] != "dob" or "spring" not in e["text"] for e in g["pii"])


def test_blind8_gold_spans_point_at_text_the_document_holds(set8):
    assert_gold_points_at_its_text(set8, B8.read_dates)


def test_blind8_redacting_exactly_the_gold_leaves_no_name_or_identifier(set8):
    assert_blanking_the_gold_leaves_nothing_personal(set8)


def test_blind8_traps_have_no_ratification_date(set8):
    assert_traps_have_no_date(set8, B8.TRAPS, B8.DATED_OTHER)


def test_blind8_is_deterministic(tmp_path):
    assert_deterministic(B8, 34, tmp_path)


def test_blind8_pools_are_fresh():
    assert B8.pool_overlaps(None) == []
    assert not set(B8.pool_words()) & (set(B5.pool_words()) | set(B6.pool_words()) | set(B7.pool_words()))


def _doc8() -> B8.Doc8:
    return B8.Doc8(random.Random(1))


def test_blind8_check_catches_a_nickname_written_outside_its_span():
    d = _doc8()
    d.t("Known to all as '").nick("Zuzi").t("'. Later Zuzi was seen at clinic.\n")
    assert any("nickname" in e for e in B8.check("T1", d.text, d, "OTHER"))


def test_blind8_check_catches_a_name_and_a_ratification_the_gold_does_not_record():
    d = _doc8()
    who = B8.Person("Sigrid", "Kvalheim", True, "Ms")
    d.t("hi ").nm(who, "lowerfore").t(", Sigrid's report.\n")
    assert any("outside its spans" in e for e in B8.check("T2", d.text, d, "OTHER"))
    d = _doc8()
    d.t("RATIFIED BY COG: 5 MARCH 2026\n")
    assert any("no ratification in the gold" in e for e in B8.check("T3", d.text, d, "SCR"))


def test_blind8_check_accepts_this_sets_traps_and_wordings():
    d = _doc8()
    d.t("Approved by the Fife Child Protection Committee on April 20, 2026. To be presented to the Chief Officers Group "
        "on 05.05.2026. Submitted to the COG on 13-Oct-25. Consideration was deferred to the next meeting on Mon 3 Aug "
        "2026. Status: awaiting ratification. The ICR outcome will go to the next COG on 13 APRIL 2026 for "
        "ratification. Born in the spring of 2019.\n")
    assert B8.check("T4", d.text, d, "LR") == []
    d.t("Date of ratification by Chief Officers Group:\t").ratified(B8.dt.date(2026, 3, 5), "dayofcomma").t("\n")
    assert B8.check("T5", d.text, d, "LR") == []


def test_blind8_minutes_notes_and_covering_mail_are_other_in_the_gold(set8):
    """Issue 10: LR is "a review report", everything else OTHER (gold review 2026-12-04): minutes,
    a learning-event note, a progress report and a covering e-mail are OTHER; the ones stating the
    COG's ratification keep its date."""
    fixed = {"practitioner_event_notes", "cog_minute_ratified", "cover_mail_lowercase",
             "trap_cog_minute_deferred", "trap_cog_minute_returned", "trap_commenced_status"}
    assert B8.DATED_OTHER == {"practitioner_event_notes", "cog_minute_ratified", "cover_mail_lowercase"}
    for _, g in set8:
        if g["layout"] in fixed:
            assert (g["doc_type"], g["subject"]) == ("OTHER", None), g["file"]
            assert (g["ratification_date"] is not None) == (g["layout"] in B8.DATED_OTHER), g["file"]
    assert sum(g["layout"] in fixed for _, g in set8) == 18


def test_blind8_check_lets_an_other_paper_state_its_ratification_but_not_invent_one():
    d = _doc8()
    d.t("Extract of minute of meeting held on ").ratified(B8.dt.date(2026, 3, 5), "upperlong").t("\n")
    d.t("5.3 The Chief Officers Group ratified the report and its recommendations.\n")
    assert B8.check("T6", d.text, d, "OTHER") == []
    d = _doc8()
    d.t("Minute of meeting, ").ratified(B8.dt.date(2026, 3, 5), "upperlong").t(". Consideration was deferred.\n")
    assert any("no sentence or row says the COG ratified" in e for e in B8.check("T7", d.text, d, "OTHER"))


# ---------------------------------------------------------------- blind set 9

import blind9_reports as B9  # noqa: E402


@pytest.fixture(scope="module")
def set9():
    return B9.generate()


def test_blind9_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind9.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind9 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind9_has_enough_new_layouts_and_every_kind_of_data(set9):
    layouts = collections.Counter(g["layout"] for _, g in set9)
    assert len(set9) >= 90 and len(layouts) >= 30
    assert min(layouts.values()) >= 3
    earlier = {f.__name__[2:] for m in (B5, B6, B7, B8) for f in m.LAYOUTS}
    assert not set(layouts) & earlier  # no layout of sets 5 to 8 again
    cats = {e["category"] for _, g in set9 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    parts = {e.get("part") for _, g in set9 for e in g["pii"] if e["category"] == "person"}
    assert {"full", "forename", "surname", "title", "init", "titleinit", "initials", "forename_variant"} <= parts
    assert {g["doc_type"] for _, g in set9} == {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
    assert {(g["doc_type"], g["subject"]) for _, g in set9} >= {
        ("ICR", "child"), ("ICR", "adult"), ("SCR", "child"), ("SCR", "adult"), ("LR", "child"), ("LR", "adult"),
        ("LR-DECISION", "child"), ("LR-DECISION", "adult"), ("LR-OUTCOME", "child"), ("LR-OUTCOME", "adult")}
    keep = {k for _, g in set9 for k in g["keep"]}
    assert {"Police Scotland", "Care Inspectorate", "Comhairle nan Eilean Siar"} <= keep
    assert any(k.startswith("aged ") for k in keep)
    texts = "\n".join(t for t, _ in set9)
    for form in ("Mc", "Mac", "O'", "spring of", "Sgrùdadh", "REVEIW", "Genogram", "eForm export", "d.o.b."):
        assert form in texts, form
    persons = [e["text"] for _, g in set9 for e in g["pii"] if e["category"] == "person"]
    assert any(p.islower() and " " in p for p in persons)  # names typed in lower case
    assert any("-" in p.split()[0] and p.split()[0][0].isupper() for p in persons if " " in p)  # double forenames
    assert any(e["text"].isupper() for _, g in set9 for e in g["pii"] if e["category"] == "address")


def test_blind9_ratification_dates_use_this_sets_own_wordings(set9):
    rat_texts = []
    for text, g in set9:
        if g["ratification_date"]:
            day = B9.dt.date.fromisoformat(g["ratification_date"])
            rat_texts += [s for s in B9.NEW_STYLES if B9.fmt(day, s) in text]
    assert set(rat_texts) == set(B9.NEW_STYLES)  # every new wording carries at least one gold date


def test_blind9_reader_reads_every_wording_back():
    day = B9.dt.date(2026, 3, 5)
    for style in B9.STYLES:
        s = B9.fmt(day, style)
        assert [d for d, _ in B9.read_dates(f"COG: {s}.")] == [day], (style, s)


def test_blind9_a_season_of_birth_is_no_date_of_birth(set9):
    for text, g in set9:
        assert all("spring" not in e["text"] for e in g["pii"]), g["file"]


def test_blind9_gold_spans_point_at_text_the_document_holds(set9):
    assert_gold_points_at_its_text(set9, B9.read_dates)


def test_blind9_redacting_exactly_the_gold_leaves_no_name_or_identifier(set9):
    assert_blanking_the_gold_leaves_nothing_personal(set9)


def test_blind9_traps_have_no_ratification_date(set9):
    assert_traps_have_no_date(set9, B9.TRAPS, B9.DATED_OTHER)


def test_blind9_is_deterministic(tmp_path):
    assert_deterministic(B9, 36, tmp_path)


def test_blind9_pools_are_fresh():
    assert B9.pool_overlaps(None) == []
    assert not set(B9.pool_words()) & (set(B5.pool_words()) | set(B6.pool_words()) | set(B7.pool_words())
                                       | set(B8.pool_words()))


def test_blind9_types_follow_issue_10(set9):
    """Minutes, covering notes, workshop records, progress updates, terms of reference and Serious
    Incident Reviews are OTHER with no subject; the minute and the covering note that state the
    COG's ratification keep its date; every review document names its subject."""
    other = {"pe_workshop_record", "cog_minute_extract_ratified", "trap_cog_minute_held_over",
             "trap_cog_minute_sent_back", "covering_note_lower_names", "police_vpd_extract_other",
             "inspection_letter_other", "trap_review_started_update", "terms_ref_adult_other", "sir_nhs_other"}
    for _, g in set9:
        assert (g["doc_type"] == "OTHER") == (g["layout"] in other), g["file"]
        assert (g["subject"] is None) == (g["doc_type"] == "OTHER"), g["file"]
        if g["layout"] in other:
            assert (g["ratification_date"] is not None) == (g["layout"] in B9.DATED_OTHER), g["file"]
        if g["doc_type"] == "LR-DECISION":
            assert g["ratification_date"] is None and g["layout"] in B9.TRAPS, g["file"]


def test_blind9_schools_and_care_homes_are_quasi_not_keep(set9):
    """Gold review: DOMAIN.md says to "still redact ... schools and GP practices", and sets 5 to 8
    file schools and care homes as quasi (reported, not scored), never as keep terms."""
    places = set(B9.SCHOOLS) | set(B9.CARE_HOMES)
    quasi = collections.Counter()
    for _, g in set9:
        assert not places & set(g["keep"]), g["file"]
        quasi.update(q["category"] for q in g["quasi"] if q["text"] in places)
    assert quasi["school"] >= 3 and quasi["care_home"] >= 3


def test_blind9_check_catches_a_name_and_a_ratification_the_gold_does_not_record():
    d = B9.Doc9(random.Random(1))
    who = B9.Person("Urszula", "Petrauskas", True, "Ms")
    d.t("hi ").nm(who, "lowerfore").t(", Urszula's report.\n")
    assert any("outside its spans" in e for e in B9.check("T1", d.text, d, "OTHER"))
    d = B9.Doc9(random.Random(1))
    d.t("The COG ratified the report on 5TH MARCH 2026.\n")
    assert any("no ratification in the gold" in e for e in B9.check("T2", d.text, d, "LR"))


def test_blind9_check_accepts_this_sets_traps_and_wordings():
    d = B9.Doc9(random.Random(1))
    d.t("Approved by the Fife Child Protection Committee on 5/3/26. The report goes to the next meeting of the Chief "
        "Officers Group on March 19th, 2026 for ratification. Submitted to the COG on 05 Mar 26; a response is "
        "awaited. The COG deferred consideration of the report. Status: draft for the meeting; not yet ratified. "
        "Born in the spring of 1961.\n")
    assert B9.check("T3", d.text, d, "LR") == []
    d.t("Date of COG ratification: ").ratified(B9.dt.date(2026, 3, 5), "wdayof").t("\n")
    assert B9.check("T4", d.text, d, "LR") == []


# ------------------------------------------------- checks shared by the blind sets' tests


def assert_gold_points_at_its_text(docs, read_dates):
    """Every gold form and keep term is in its document, a DOB reads as one past date, a ratification is written."""
    for text, g in docs:
        for e in g["pii"]:
            assert present(e["text"], text, bool(e.get("word_collision"))), (g["file"], e)
        for k in g["keep"]:
            assert present(k, text), (g["file"], k)
        for e in g["pii"]:
            if e["category"] == "dob":
                assert [d.year < 2025 for d, _ in read_dates(e["text"])] == [True], (g["file"], e)
        if g["ratification_date"]:
            written = {d.isoformat() for d, _ in read_dates(text)}
            assert g["ratification_date"] in written, g["file"]


def assert_blanking_the_gold_leaves_nothing_personal(docs):
    """Every occurrence of personal data is gold: blank the gold forms and nothing personal is left."""
    for text, g in docs:
        out = text
        for e in sorted(g["pii"], key=lambda e: -len(e["text"])):
            out = pattern(e["text"], bool(e.get("word_collision"))).sub("[X]", out)
        for e in g["pii"]:
            assert not present(e["text"], out, bool(e.get("word_collision"))), (g["file"], e)
            if e["category"] == "person" and e.get("part") != "initials":
                for tok in e["text"].replace(",", " ").replace(".", " ").split():
                    if len(tok) >= 3 and tok.title() not in TITLES and tok not in TITLES:
                        assert not present(tok, out), (g["file"], tok)
        for k in g["keep"]:
            assert present(k, out), (g["file"], "keep term lost to the gold", k)


def assert_traps_have_no_date(docs, traps, dated_other=frozenset()):
    """A trap layout or an OTHER document has no ratification in the gold; every other document has one.

    ``dated_other``: layouts of OTHER papers that state when the COG ratified (a minute, a covering
    e-mail), which keep that date."""
    assert traps <= {g["layout"] for _, g in docs}
    assert not traps & dated_other
    for _, g in docs:
        if g["layout"] in traps or (g["doc_type"] == "OTHER" and g["layout"] not in dated_other):
            assert g["ratification_date"] is None, g["file"]
        else:
            assert g["ratification_date"] is not None, g["file"]


def assert_deterministic(module, n, tmp_path):
    """The same seed gives the same documents and files; another seed gives others."""
    assert module.generate(n) == module.generate(n)
    a, b = module.build(tmp_path / "a", n), module.build(tmp_path / "b", n)
    assert a == b
    for g in a:
        assert (tmp_path / "a" / "text" / g["file"]).read_bytes() == (tmp_path / "b" / "text" / g["file"]).read_bytes()
    assert module.generate(n, seed=1) != module.generate(n)


# ---------------------------------------------------------------- blind set 10

import blind10_reports as B10  # noqa: E402


@pytest.fixture(scope="module")
def set10():
    return B10.generate()


def test_blind10_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind10.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind10 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind10_has_enough_new_layouts_and_every_kind_of_data(set10):
    layouts = collections.Counter(g["layout"] for _, g in set10)
    assert len(set10) >= 90 and len(layouts) >= 30
    assert min(layouts.values()) >= 3
    earlier = {f.__name__[2:] for m in (B5, B6, B7, B8, B9) for f in m.LAYOUTS}
    assert not set(layouts) & earlier  # no layout of sets 5 to 9 again
    cats = {e["category"] for _, g in set10 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    parts = {e.get("part") for _, g in set10 for e in g["pii"] if e["category"] == "person"}
    assert {"full", "forename", "surname", "title", "init", "titleinit", "initials", "forename_variant"} <= parts
    assert {(g["doc_type"], g["subject"]) for _, g in set10} >= {
        ("ICR", "child"), ("ICR", "adult"), ("SCR", "child"), ("SCR", "adult"), ("LR", "child"), ("LR", "adult"),
        ("LR-DECISION", "child"), ("LR-DECISION", "adult"), ("LR-OUTCOME", "child"), ("LR-OUTCOME", "adult"),
        ("OTHER", None)}
    keep = {k for _, g in set10 for k in g["keep"]}
    assert {"Police Scotland", "Comhairle nan Eilean Siar", "Mental Welfare Commission for Scotland"} <= keep
    assert any(k.startswith("aged ") for k in keep)
    quasi = {q["category"] for _, g in set10 for q in g["quasi"]}
    assert {"school", "care_home"} <= quasi  # schools and care homes are quasi, not keep
    texts = "\n".join(t for t, _ in set10)
    for form in ("Mc", "Mac", "O'", "spring of", "Geàrr-chunntas", "REVEIW", "genogram", "Forwarded message"):
        assert form in texts, form
    persons = [e["text"] for _, g in set10 for e in g["pii"] if e["category"] == "person"]
    assert any(p.islower() and " " in p for p in persons)  # names typed in lower case
    assert any("-" in p.split()[0] and p.split()[0][0].isupper() for p in persons if " " in p)  # double forenames


def test_blind10_a_season_of_birth_is_no_date_of_birth(set10):
    for text, g in set10:
        assert all("spring" not in e["text"] for e in g["pii"]), g["file"]


def test_blind10_gold_spans_point_at_text_the_document_holds(set10):
    assert_gold_points_at_its_text(set10, B10.read_dates)


def test_blind10_redacting_exactly_the_gold_leaves_no_name_or_identifier(set10):
    assert_blanking_the_gold_leaves_nothing_personal(set10)


def test_blind10_traps_have_no_ratification_date(set10):
    assert_traps_have_no_date(set10, B10.TRAPS, B10.DATED_OTHER)


def test_blind10_is_deterministic(tmp_path):
    assert_deterministic(B10, 36, tmp_path)


def test_blind10_pools_are_fresh():
    assert B10.pool_overlaps(None) == []
    assert not set(B10.pool_words()) & (set(B5.pool_words()) | set(B6.pool_words()) | set(B7.pool_words())
                                        | set(B8.pool_words()) | set(B9.pool_words()))


def test_blind10_types_follow_issue_10(set10):
    """Notes of practitioner sessions, COG action notes and agendas, covering e-mails, progress
    reports, action plans and letters of other bodies are OTHER with no subject; the action note that
    records the ratification keeps its date; decisions never carry one."""
    other = {"pe_reflective_session_notes", "cog_action_note_ratified", "trap_cog_note_deferred_quorum",
             "trap_cog_note_returned_redraft", "covering_email_forwarded_lower", "police_wellbeing_concern_other",
             "mwc_visit_letter_other", "trap_progress_report_review_begun", "trap_cog_agenda_item",
             "action_plan_smart_other"}
    for _, g in set10:
        assert (g["doc_type"] == "OTHER") == (g["layout"] in other), g["file"]
        assert (g["subject"] is None) == (g["doc_type"] == "OTHER"), g["file"]
        if g["layout"] in other:
            assert (g["ratification_date"] is not None) == (g["layout"] in B10.DATED_OTHER), g["file"]
        if g["doc_type"] == "LR-DECISION":
            assert g["ratification_date"] is None and g["layout"] in B10.TRAPS, g["file"]


# ---------------------------------------------------------------- blind set 11

import blind11_reports as B11  # noqa: E402


@pytest.fixture(scope="module")
def set11():
    return B11.generate()


def test_blind11_passes_its_own_gold_check():
    r = subprocess.run([sys.executable, str(BENCH / "eval_blind11.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("blind11 gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


def test_blind11_has_enough_new_layouts_and_every_kind_of_data(set11):
    layouts = collections.Counter(g["layout"] for _, g in set11)
    assert len(set11) >= 105 and len(layouts) == 35 and min(layouts.values()) >= 3
    earlier = {f.__name__[2:] for m in (B5, B6, B7, B8, B9, B10) for f in m.LAYOUTS}
    assert not set(layouts) & earlier  # no layout of sets 5 to 10 again
    cats = {e["category"] for _, g in set11 for e in g["pii"]}
    assert {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"} <= cats
    parts = {e.get("part") for _, g in set11 for e in g["pii"] if e["category"] == "person"}
    assert {"full", "forename", "surname", "title", "init", "titleinit", "initials", "forename_variant"} <= parts
    assert {(g["doc_type"], g["subject"]) for _, g in set11} == {
        ("ICR", "child"), ("ICR", "adult"), ("SCR", "child"), ("SCR", "adult"), ("LR", "child"), ("LR", "adult"),
        ("LR-DECISION", "child"), ("LR-DECISION", "adult"), ("LR-OUTCOME", "child"), ("LR-OUTCOME", "adult"),
        ("OTHER", None)}
    keep = {k for _, g in set11 for k in g["keep"]}
    assert {"Police Scotland", "Care Inspectorate", "Adult A"} <= keep
    assert {q["category"] for _, g in set11 for q in g["quasi"]} == {"school", "care_home"}
    texts = "\n".join(t for t, _ in set11)
    for form in ("Mc", "Mac", "O'", "day of", "Forwarded message", "[X] Proceed", "[X] Not proceed", "> On ",
                 "Family members", "7-MINUTE BRIEFING", "Review commenced:", "Approved by COG "):
        assert form in texts, form
    persons = [e["text"] for _, g in set11 for e in g["pii"] if e["category"] == "person"]
    assert any(p.islower() and " " in p for p in persons)  # names typed in lower case
    assert any("-" in p.split()[0] and p.split()[0][0].isupper() for p in persons if " " in p)  # double forenames
    assert any("-" in p.split()[-1] for p in persons if " " in p)  # double-barrelled surnames
    assert any(e["category"] == "address" and e["text"].islower() for _, g in set11 for e in g["pii"])


def test_blind11_a_season_of_birth_is_no_date_of_birth(set11):
    seasons = ("autumn", "summer", "winter", "spring")
    assert any(f"born {s}" in t or f"born in the {s}" in t for t, _ in set11 for s in seasons)
    for _, g in set11:
        assert not any(s in e["text"] for e in g["pii"] for s in seasons), g["file"]


def test_blind11_ratification_in_words_and_dotted_reads_back(set11):
    rats = {g["layout"]: g["ratification_date"] for _, g in set11}
    assert rats["icr_adult_ratified_in_words"] and rats["scr_child_approved_dotted_short"]
    for text, g in set11:
        if g["layout"] == "icr_adult_ratified_in_words":
            assert "on the " + B11.fmt(B11.dt.date.fromisoformat(g["ratification_date"]), "dayof") in text


def test_blind11_gold_spans_point_at_text_the_document_holds(set11):
    assert_gold_points_at_its_text(set11, B11.read_dates)


def test_blind11_redacting_exactly_the_gold_leaves_no_name_or_identifier(set11):
    assert_blanking_the_gold_leaves_nothing_personal(set11)


def test_blind11_traps_have_no_ratification_date(set11):
    assert_traps_have_no_date(set11, B11.TRAPS, B11.DATED_OTHER)


def test_blind11_is_deterministic(tmp_path):
    assert_deterministic(B11, 36, tmp_path)


def test_blind11_pools_are_fresh():
    assert B11.pool_overlaps(None) == []
    assert not set(B11.pool_words()) & {w for m in (B5, B6, B7, B8, B9, B10) for w in m.pool_words()}


def test_blind11_check_catches_a_name_and_a_ratification_the_gold_does_not_record():
    c = B11.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t(f" and {p.forename} again. The Chief Officers Group ratified the review on 3 March 2026.\n")
    errs = B11.check("x", c.d.text, c.d, "LR")
    assert any("occurs outside its spans" in e for e in errs)
    assert any("no ratification in the gold" in e for e in errs)
