"""The blind evaluation sets' gold is right: what a reviewer of a generator checks before trusting its figures.

The sets themselves are never scored here (their figures are printed by benchmarks/eval_blind*.py and nobody
tunes on them); these tests only hold the generators to the gold rules their docstrings promise, and show that
the gold check catches a wrong document.

Sets 5 on are made by the same harness (``blind_eval.BlindSet``), so one parametrised test checks each rule on
every set: a set is a row of ``SETS`` (its module and the minimums its gold must reach), and adding a set is
adding its row.  What only one set has (its gold check's own cases, a layout's gold fix) stays a test named
after that set.
"""
from __future__ import annotations

import collections
import functools
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import blind4_reports as B4  # noqa: E402
import blind5_reports as B5  # noqa: E402
import blind6_reports as B6  # noqa: E402
import blind7_reports as B7  # noqa: E402
import blind8_reports as B8  # noqa: E402
import blind9_reports as B9  # noqa: E402
import blind10_reports as B10  # noqa: E402
import blind11_reports as B11  # noqa: E402
import blind12_reports as B12  # noqa: E402
import blind13_reports as B13  # noqa: E402
import blind14_reports as B14  # noqa: E402
import blind15_reports as B15  # noqa: E402
import blind16_reports as B16  # noqa: E402
import blind18_reports as B18  # noqa: E402
from score_redaction import pattern, present  # noqa: E402

TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr"}
CATEGORIES = {"person", "dob", "address", "postcode", "phone", "email", "chi", "nhs", "ni"}
DOC_TYPES = {"ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER"}
PARTS = frozenset({"full", "forename", "surname", "title", "init", "titleinit", "initials"})
PARTS_NICK = PARTS | {"forename_variant"}


def _persons(docs):
    return [e["text"] for _, g in docs for e in g["pii"] if e["category"] == "person"]


def _addresses(docs):
    return [e["text"] for _, g in docs for e in g["pii"] if e["category"] == "address"]


# What a set's gold may promise beyond the rules every set keeps: name -> (why it matters, the test of it).
TRAITS = {
    "undated_report": ("a review report the COG has not ratified has no date",
                       lambda docs: any(g["ratification_date"] is None and g["doc_type"] in ("ICR", "SCR", "LR")
                                        for _, g in docs)),
    "child_and_adult": ("every review type comes for a child and for an adult",
                        lambda docs: {(g["doc_type"], g["subject"]) for _, g in docs} >= {
                            (t, s) for t in DOC_TYPES - {"OTHER"} for s in ("child", "adult")}),
    "upper_person": ("a full name in capitals", lambda docs: any(p.isupper() and " " in p for p in _persons(docs))),
    "lower_person": ("a full name typed in lower case",
                     lambda docs: any(p.islower() and " " in p for p in _persons(docs))),
    "double_forename": ("a hyphenated forename", lambda docs: any(
        "-" in p.split()[0] and p.split()[0][0].isupper() for p in _persons(docs) if " " in p)),
    "lower_address": ("an address in lower case", lambda docs: any(a.islower() for a in _addresses(docs))),
    "upper_address": ("an address in capitals", lambda docs: any(a.isupper() for a in _addresses(docs))),
    "aged_keep": ("an age is kept, not redacted", lambda docs: any(k.startswith("aged ") for _, g in docs
                                                                   for k in g["keep"])),
    "quasi_places": ("schools and care homes are quasi, not keep", lambda docs: {"school", "care_home"} <= {
        q["category"] for _, g in docs for q in g["quasi"]}),
}


@dataclass(frozen=True)
class Expect:
    """One blind set and the minimums its gold must reach."""
    module: ModuleType
    docs: int                          # at least this many documents
    layouts: int                       # at least this many layouts, each taken at least three times
    keep: frozenset[str]               # keep terms (public bodies and the like) the set must carry
    forms: tuple[str, ...] = ()        # written forms its texts must hold
    traits: frozenset[str] = frozenset()  # names from TRAITS its gold must show
    parts: frozenset[str] = PARTS      # person parts its gold must have
    fresh: bool = True                 # no layout of an earlier set again (set 6 took set 5's on purpose)

    @property
    def name(self) -> str:
        return self.module.__name__.removesuffix("_reports")


SETS = [
    Expect(B5, 75, 25, {"NHS Greater Glasgow and Clyde", "Robert Gordon University", "Queen Margaret Hospital"},
           traits={"undated_report"}),
    Expect(B6, 80, 28, {"Police Scotland", "Care Inspectorate"}, ("day of", "2026-", "Mc", "O'"),
           {"upper_person", "lower_address"}, fresh=False),
    Expect(B7, 90, 30, {"Police Scotland", "Care Inspectorate", "Child A"},
           ("th of ", "day, ", "Mc", "O'", "[x] Yes", "d.o.b.", "Commented ["),
           {"child_and_adult", "upper_person", "lower_address", "upper_address"}),
    Expect(B8, 90, 30, {"Police Scotland", "Care Inspectorate", "Child A", "Dr Gray's Hospital"},
           ("Mc", "Mac", "O'", "spring of", "Ath-sgrùdadh", "REVEIW", "Genogram", "-----Original Message-----"),
           {"child_and_adult", "aged_keep", "lower_person", "double_forename", "upper_address"}, PARTS_NICK),
    Expect(B9, 90, 30, {"Police Scotland", "Care Inspectorate", "Comhairle nan Eilean Siar"},
           ("Mc", "Mac", "O'", "spring of", "Sgrùdadh", "REVEIW", "Genogram", "eForm export", "d.o.b."),
           {"child_and_adult", "aged_keep", "lower_person", "double_forename", "upper_address"}, PARTS_NICK),
    Expect(B10, 90, 30, {"Police Scotland", "Comhairle nan Eilean Siar", "Mental Welfare Commission for Scotland"},
           ("Mc", "Mac", "O'", "spring of", "Geàrr-chunntas", "REVEIW", "genogram", "Forwarded message"),
           {"child_and_adult", "aged_keep", "quasi_places", "lower_person", "double_forename"}, PARTS_NICK),
    Expect(B11, 105, 35, {"Police Scotland", "Care Inspectorate", "Adult A"},
           ("Mc", "Mac", "O'", "day of", "Forwarded message", "[X] Proceed", "[X] Not proceed", "> On ",
            "Family members", "7-MINUTE BRIEFING", "Review commenced:", "Approved by COG "),
           {"child_and_adult", "quasi_places", "lower_person", "double_forename", "lower_address"}, PARTS_NICK),
    Expect(B12, 105, 35, {"Police Scotland", "Care Inspectorate", "Adult A", "Bank of Scotland"},
           ("Mc", "Mac", "O'", "day of", "Forwarded message", "SUBJ_DOB: ", "Footnotes\n[1] ", "| What happened",
            "Glossary of initials", "In my own words", "Criterion (a)", "-\n", "scheduled for ", "Review commenced:",
            "COG ratified ", "ref,item,decision"),
           {"child_and_adult", "quasi_places", "lower_person", "double_forename", "lower_address"}, PARTS_NICK),
    Expect(B13, 105, 35, {"Police Scotland", "Care Inspectorate", "Adult A"},
           ("Mc", "Mac", "O'", "day of", "Forwarded message", "CHAIR (", "contact_id;surname;", "Interpreter: ",
            "\nCc: ", "[21:14]", "Review register", "MINUTE OF AGREEMENT", "wisnae", "Review commenced:",
            "scheduled for ", "submitted to the Chief Officers Group", "COG approved "),
           {"child_and_adult", "quasi_places", "lower_person", "double_forename", "lower_address", "aged_keep"},
           PARTS_NICK),
    Expect(B14, 105, 35, {"Police Scotland", "Care Inspectorate", "Child A"},
           ("[x] Ratified by COG on ", "(b. ", " | Born\n", "Date of Birth (dd/mm/yyyy): ", "Name | b. | Role",
            "'S REVIEW", "Chat export", "Flat ", "COG to consider on ", "ratification deferred to the next COG",
            "declined to ratify", "which the COG signed off on", "A previous review", "Name | Designation | Agency",
            "for ratification", "SERIOUS INCIDENT REVIEW"),
           {"child_and_adult", "quasi_places", "lower_person", "double_forename", "lower_address", "upper_address",
            "aged_keep"}, PARTS_NICK),
    Expect(B15, 105, 35, {"Police Scotland", "Care Inspectorate", "Child A", "Adult B", "Comhairle nan Eilean Siar"},
           ("DoB - ", "> On ", ">> On ", "date,agency,event,worker", "Fios mu Cho-dhùnadh", "van der ", "de la ",
            "bin Osman", "COG ratification awaited", "will be asked to ratify", "was cancelled",
            "ratified by its own Chief Officers Group", "Date sent to the Chief Officers Group: ",
            "Date outcome ratified by COG: ", " | RAG\n", "Tues ", "(in my own words)", "NOTE OF DECISION"),
           {"child_and_adult", "quasi_places", "upper_person", "lower_address", "aged_keep", "undated_report"},
           PARTS_NICK),
    Expect(B16, 105, 35, {"Police Scotland", "Care Inspectorate", "Child A", "Adult B", "Royal Bank of Scotland",
                          "Scottish Independent Advocacy Alliance"},
           ("Page 1 of 4", ",,Person,,,Review,,", " (born ", " b.", "w/c ", "On or around ", ", c/o ", ": SW ",
            ": HV ", "[Comment ", "Q: ", "Key dates\n", "Ratification by the COG: pending",
            "ratification is expected on", "signed off by the review panel", "ratified the improvement action plan",
            "This e-mail and any attachments are confidential", "\nNotes\n[1] ", " (known as ", "MEMO\nTo: "),
           {"child_and_adult", "quasi_places", "upper_person", "aged_keep", "undated_report"}, PARTS_NICK),
    Expect(B18, 105, 35, {"Police Scotland", "Care Inspectorate", "Child A", "Adult B", "Council Officer",
                          "Strategic Inspector"},
           ("SCANNED COPY", "\tD.O.B.\t", "(d.o.b ", " was born ", "[x] Ratified by COG on ",
            "subject to minor amendments", "The COG noted the draft", "Ratification will be sought at the COG on ",
            "CPC Learning Review Sub-group", "Our ref: PPU/LR/", "By secure e-mail only", " :: ", "(flat ",
            "Mains of ", " family lived in ", "s' ", "(known as '", " i ", "Key: DN District Nursing",
            "Name\tRelationship\tDate of birth\tAddress\n", "No.\tAction\tOwner\tBy\n", ", by "),
           {"child_and_adult", "quasi_places", "lower_address", "aged_keep", "undated_report"}, PARTS_NICK),
]


@functools.cache
def generated(module: ModuleType) -> list[tuple[str, dict]]:
    """A set at its default size and seed, made once for every test that reads it."""
    return module.generate()


def _earlier(row: Expect) -> list[Expect]:
    """The sets before ``row``'s in SETS (by module, so a row with other minimums finds its place)."""
    return SETS[:[r.module for r in SETS].index(row.module)]


def each(rows=SETS):
    """Parametrise a test over ``rows``, each test id the set's name."""
    rows = list(rows)
    return pytest.mark.parametrize("row", rows, ids=[r.name for r in rows])


# ---------------------------------------------------------------- every set


@pytest.mark.parametrize("name", ["blind3", "blind4"] + [r.name for r in SETS])
def test_passes_its_own_gold_check(name):
    r = subprocess.run([sys.executable, str(BENCH / f"eval_{name}.py"), "--check"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith(f"{name} gold:")
    assert r.stdout.rstrip().endswith("self-check passed")


@each()
def test_has_enough_layouts_and_every_kind_of_data(row):
    docs = generated(row.module)
    layouts = collections.Counter(g["layout"] for _, g in docs)
    assert len(docs) >= row.docs and len(layouts) >= row.layouts
    assert min(layouts.values()) >= 3
    if row.fresh:
        earlier = {f.__name__[2:] for r in _earlier(row) for f in r.module.LAYOUTS}
        assert not set(layouts) & earlier  # no layout of an earlier set again
    assert CATEGORIES <= {e["category"] for _, g in docs for e in g["pii"]}
    assert row.parts <= {e.get("part") for _, g in docs for e in g["pii"] if e["category"] == "person"}
    assert {g["doc_type"] for _, g in docs} == DOC_TYPES
    assert {g["subject"] for _, g in docs if g["doc_type"] != "OTHER"} == {"child", "adult"}
    assert all((g["subject"] is None) == (g["doc_type"] == "OTHER") for _, g in docs)
    assert row.keep <= {k for _, g in docs for k in g["keep"]}
    texts = "\n".join(t for t, _ in docs)
    for form in row.forms:
        assert form in texts, form
    for trait in row.traits:
        assert TRAITS[trait][1](docs), (trait, TRAITS[trait][0])


@each()
def test_gold_spans_point_at_text_the_document_holds(row):
    """Every gold form and keep term is in its document, a DOB reads as one past date, a ratification is written."""
    for text, g in generated(row.module):
        for e in g["pii"]:
            assert present(e["text"], text, bool(e.get("word_collision"))), (g["file"], e)
        for k in g["keep"]:
            assert present(k, text), (g["file"], k)
        for e in g["pii"]:
            if e["category"] == "dob":
                assert [d.year < 2025 for d, _ in row.module.read_dates(e["text"])] == [True], (g["file"], e)
        if g["ratification_date"]:
            written = {d.isoformat() for d, _ in row.module.read_dates(text)}
            assert g["ratification_date"] in written, g["file"]


@each()
def test_redacting_exactly_the_gold_leaves_no_name_or_identifier(row):
    """Every occurrence of personal data is gold: blank the gold forms and nothing personal is left."""
    for text, g in generated(row.module):
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


@each()
def test_traps_have_no_ratification_date(row):
    """A trap layout or an OTHER document has no ratification in the gold; every other document has one.

    ``DATED_OTHER`` (sets 8 on): layouts of OTHER papers that state when the COG ratified (a minute, a
    covering e-mail), which keep that date."""
    docs, traps = generated(row.module), row.module.TRAPS
    dated_other = getattr(row.module, "DATED_OTHER", frozenset())
    assert traps <= {g["layout"] for _, g in docs}
    assert not traps & dated_other
    for _, g in docs:
        if g["layout"] in traps or (g["doc_type"] == "OTHER" and g["layout"] not in dated_other):
            assert g["ratification_date"] is None, g["file"]
        else:
            assert g["ratification_date"] is not None, g["file"]


@each()
def test_is_deterministic(row, tmp_path):
    """The same seed gives the same documents and files; another seed gives others (every layout, one again)."""
    module, n = row.module, len(row.module.LAYOUTS) + 1
    assert module.generate(n) == module.generate(n)
    a, b = module.build(tmp_path / "a", n), module.build(tmp_path / "b", n)
    assert a == b
    for g in a:
        assert (tmp_path / "a" / "text" / g["file"]).read_bytes() == (tmp_path / "b" / "text" / g["file"]).read_bytes()
    assert module.generate(n, seed=1) != module.generate(n)


@each()
def test_pools_are_fresh(row):
    """No pool word in ../shared/corpus's stand-in (none given here), another generator or an earlier set's pools."""
    assert row.module.pool_overlaps(None) == []
    for earlier in _earlier(row):
        assert not set(row.module.pool_words()) & set(earlier.module.pool_words()), earlier.name


@each(r for r in SETS if hasattr(r.module, "NEW_STYLES"))
def test_ratification_dates_use_every_new_wording(row):
    m, rat_texts = row.module, []
    for text, g in generated(m):
        if g["ratification_date"]:
            day = m.dt.date.fromisoformat(g["ratification_date"])
            rat_texts += [s for s in m.NEW_STYLES if m.fmt(day, s) in text]
    assert set(rat_texts) == set(m.NEW_STYLES)  # every new wording carries at least one gold date


@each(r for r in SETS if hasattr(r.module, "STYLES"))
def test_reader_reads_every_wording_back(row):
    m, day = row.module, row.module.dt.date(2026, 3, 5)
    for style in m.STYLES:
        s = m.fmt(day, style)
        assert [d for d, _ in m.read_dates(f"COG: {s}.")] == [day], (style, s)


@each(r for r in SETS if "spring of" in r.forms)
def test_a_season_of_birth_is_no_date_of_birth(row):
    for _, g in generated(row.module):
        for e in g["pii"]:
            assert "spring" not in e["text"], (g["file"], e)


# The layouts each set's gold files as OTHER (issue 10: only a review's own report, decision or outcome
# notice is ICR/SCR/LR/LR-DECISION/LR-OUTCOME).
OTHER_LAYOUTS = {
    B9: {"pe_workshop_record", "cog_minute_extract_ratified", "trap_cog_minute_held_over",
         "trap_cog_minute_sent_back", "covering_note_lower_names", "police_vpd_extract_other",
         "inspection_letter_other", "trap_review_started_update", "terms_ref_adult_other", "sir_nhs_other"},
    B10: {"pe_reflective_session_notes", "cog_action_note_ratified", "trap_cog_note_deferred_quorum",
          "trap_cog_note_returned_redraft", "covering_email_forwarded_lower", "police_wellbeing_concern_other",
          "mwc_visit_letter_other", "trap_progress_report_review_begun", "trap_cog_agenda_item",
          "action_plan_smart_other"},
    B11: {"cog_decision_log_row_approved", "complaint_letter_from_grandparent_other",
          "cpc_annual_report_extract_other", "foi_response_letter_other",
          "nhs_significant_adverse_event_review_other", "review_panel_minutes_with_attendance",
          "seven_minute_briefing_other", "training_flyer_learning_from_reviews", "trap_cog_agenda_meeting_to_come",
          "typed_case_discussion_notes_lower_other"},
    B12: {"solicitor_letter_for_family_other", "childrens_hearing_extract_other", "typed_visit_note_lowercase_other",
          "gp_letter_to_review_lead_other", "cog_action_tracker_csv_ratified_other",
          "terms_of_reference_numbered_questions_other", "trap_scr_review_commenced_only_child"},
    B13: {f"B13_{n}" for n in ("meeting_transcript_speaker_labels_other", "practitioner_reflective_log_other",
                               "newsletter_review_extract_other", "contacts_export_with_dobs_other",
                               "housing_officer_letter_other", "interview_schedule_other",
                               "keyworker_handover_lowercase_other", "learning_event_feedback_form_other",
                               "cog_minute_ratified_extract_other", "terms_of_reference_table_other",
                               "interim_status_note_other", "outcome_register_line_child")},
    B14: {f"B14_{n}" for n in ("case_conference_minutes_initials_other", "chat_export_practitioners_other",
                               "lower_case_referral_form_other", "cog_agenda_other", "action_plan_table_other",
                               "cover_letter_dated_other", "serious_incident_review_other",
                               "gp_practice_summary_other", "court_report_extract_other", "sar_request_letter_other",
                               "cog_minute_ratified_other")},
    B15: {f"B15_{n}" for n in ("cog_minute_outcomes_table_other", "learning_brief_two_page_other",
                               "police_ipc_extract_other", "hospital_incident_form_other",
                               "action_plan_rag_status_other", "agenda_joint_cpc_apc_other",
                               "cover_letter_secure_mail_other", "sir_seven_day_report_other",
                               "learning_event_invite_email_other", "ird_note_other", "cover_email_ratified_other")},
    B16: {f"B16_{n}" for n in ("cog_annual_report_reviews_section_other", "action_plan_owner_columns_other",
                               "agenda_with_timings_other", "cover_letter_enclosures_list_other",
                               "serious_incident_review_rca_other")},
    B18: {f"B18_{n}" for n in ("minutes_action_owners_initials_other", "cover_letter_addressee_block_other",
                               "agenda_ratification_sought_item_other", "action_plan_tsv_owner_initials_other",
                               "sir_care_home_fall_other", "newsletter_learning_column_other")},
}


@each(r for r in SETS if r.module in OTHER_LAYOUTS)
def test_types_follow_issue_10(row):
    """Minutes, notes, covering e-mails, progress reports, letters of other bodies and the like are OTHER
    with no subject; the ones that record the COG's ratification keep its date; decisions never carry one."""
    m, other = row.module, OTHER_LAYOUTS[row.module]
    for _, g in generated(m):
        assert (g["doc_type"] == "OTHER") == (g["layout"] in other), g["file"]
        assert (g["subject"] is None) == (g["doc_type"] == "OTHER"), g["file"]
        if g["layout"] in other:
            assert (g["ratification_date"] is not None) == (g["layout"] in m.DATED_OTHER), g["file"]
        if g["doc_type"] == "LR-DECISION":
            assert g["ratification_date"] is None and g["layout"] in m.TRAPS, g["file"]


# ---------------------------------------------------------------- what one set alone has


@pytest.fixture
def set6():
    return generated(B6)


@pytest.fixture
def set8():
    return generated(B8)


@pytest.fixture
def set9():
    return generated(B9)


# ---------------------------------------------------------------- blind set 4


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


def test_blind7_reader_reads_a_two_digit_year_of_birth():
    assert [d for d, _ in B7.read_dates("born 5.3.61")] == [B7.dt.date(1961, 3, 5)]


# ---------------------------------------------------------------- blind set 8


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


# ---------------------------------------------------------------- blind set 11


def test_blind11_double_barrelled_surnames_are_gold():
    assert any("-" in p.split()[-1] for p in _persons(generated(B11)) if " " in p)


def test_blind11_a_season_of_birth_is_no_date_of_birth():
    docs, seasons = generated(B11), ("autumn", "summer", "winter", "spring")
    assert any(f"born {s}" in t or f"born in the {s}" in t for t, _ in docs for s in seasons)
    for _, g in docs:
        assert not any(s in e["text"] for e in g["pii"] for s in seasons), g["file"]


def test_blind11_ratification_in_words_and_dotted_reads_back():
    docs = generated(B11)
    rats = {g["layout"]: g["ratification_date"] for _, g in docs}
    assert rats["icr_adult_ratified_in_words"] and rats["scr_child_approved_dotted_short"]
    for text, g in docs:
        if g["layout"] == "icr_adult_ratified_in_words":
            assert "on the " + B11.fmt(B11.dt.date.fromisoformat(g["ratification_date"]), "dayof") in text


def test_blind11_check_catches_a_name_and_a_ratification_the_gold_does_not_record():
    c = B11.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t(f" and {p.forename} again. The Chief Officers Group ratified the review on 3 March 2026.\n")
    errs = B11.check("x", c.d.text, c.d, "LR")
    assert any("occurs outside its spans" in e for e in errs)
    assert any("no ratification in the gold" in e for e in errs)


# ---------------------------------------------------------------- blind set 12


def test_blind12_new_wordings_read_back_and_the_day_of_ratification_is_gold():
    for style in B12.NEW_STYLES:
        day = B12.dt.date(2026, 2, 3)
        assert [d for d, _ in B12.read_dates(f"on {B12.fmt(day, style)}.")] == [day], style
    for text, g in generated(B12):
        if g["layout"] == "lr_adult_ratified_on_the_day_of":
            assert "ratified this review on the " + B12.fmt(
                B12.dt.date.fromisoformat(g["ratification_date"]), "dayof") in text


def test_blind12_field_coded_export_names_are_gold_in_surname_comma_forename():
    for text, g in generated(B12):
        if g["layout"] == "icr_case_system_export_field_codes":
            name = text.split("SUBJ_NAME: ")[1].split("\n")[0]
            assert {"category": "person", "text": name, "part": "full"} in g["pii"], g["file"]


def test_blind12_check_catches_a_name_in_a_footnote_and_a_ratification_the_gold_does_not_record():
    c = B12.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t(f"[1]\n[1] {p.surname}, the mother. COG_STATUS: ratified by COG on 3-2-2026\n")
    errs = B12.check("x", c.d.text, c.d, "ICR")
    assert any("occurs outside its spans" in e for e in errs)
    assert any("no ratification in the gold" in e for e in errs)


def test_blind13_ratification_in_words_is_gold_and_a_spring_birth_is_no_dob():
    for text, g in generated(B13):
        if g["layout"] == "B13_ratified_third_day_of_icr_adult":
            assert "ratified the review on the " + B13.fmt(
                B13.dt.date.fromisoformat(g["ratification_date"]), "dayof") in text
        if g["layout"] == "B13_newsletter_review_extract_other":
            assert "born in the spring of" in text and not [e for e in g["pii"] if e["category"] == "dob"]


def test_blind13_check_catches_a_name_in_a_cc_header_and_an_unrecorded_endorsement():
    c = B13.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t(f"\nCc: {p.forename} {p.surname}\nThe review was endorsed by the COG on 3 February 2026.\n")
    errs = B13.check("x", c.d.text, c.d, "SCR")
    assert any("occurs outside its spans" in e for e in errs)
    assert any("no ratification in the gold" in e for e in errs)


def test_blind14_traps_carry_no_date_and_the_ticked_box_is_the_gold():
    """Deferred, declined, 'to consider', terms of reference and an earlier review's ratification are no
    ratification of this review; the ticked 'Ratified by COG' box of the outcome form is."""
    for text, g in generated(B14):
        if g["layout"] in B14.TRAPS:
            assert g["ratification_date"] is None, g["file"]
        if g["layout"] == "B14_outcome_word_form_tickboxes_child":
            box = text.split("[x] Ratified by COG on ")[1].split("\n")[0]
            assert [d.isoformat() for d, _ in B14.read_dates(box)] == [g["ratification_date"]], g["file"]
        if g["layout"] == "B14_genogram_key_in_words_lr_child":
            dobs = [e["text"] for e in g["pii"] if e["category"] == "dob"]
            assert len(dobs) == 3 and all(f"(b. {d})" in text for d in dobs), g["file"]


def test_blind14_check_catches_initials_in_brackets_and_an_unrecorded_ticked_box():
    c = B14.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t(" (").nm(p, "initials").t(")\n").t(f"{p.forename[0]}{p.surname[0]} chaired.\n")
    c.d.t("[x] Ratified by COG on 01-Mar-26\n")
    errs = B14.check("x", c.d.text, c.d, "LR-OUTCOME")
    assert any("occurs outside its spans" in e for e in errs)
    assert any("no ratification in the gold" in e for e in errs)


def test_blind15_traps_carry_no_date_and_the_form_row_ratified_is_the_gold():
    """'Will be asked to ratify', 'COG ratification awaited', a cancelled meeting and another area's
    ratified review are no ratification of this review; on the form, the row 'Date outcome ratified by
    COG' is the gold and the row 'Date sent to the Chief Officers Group' is not."""
    for text, g in generated(B15):
        if g["layout"] in B15.TRAPS:
            assert g["ratification_date"] is None, g["file"]
        if g["layout"] == "B15_icr_child_form_rows_sent_and_ratified":
            row = text.split("Date outcome ratified by COG: ")[1].split("\n")[0]
            sent = text.split("Date sent to the Chief Officers Group: ")[1].split("\n")[0]
            assert [d.isoformat() for d, _ in B15.read_dates(row)] == [g["ratification_date"]], g["file"]
            assert [d.isoformat() for d, _ in B15.read_dates(sent)] != [g["ratification_date"]], g["file"]
        if g["layout"] == "B15_particles_names_icr_child":
            particled = [e["text"] for e in g["pii"] if e["category"] == "person" and e["text"].split()[-2:-1]
                         and e["text"].split()[-2] in ("der", "la", "bin", "Te")]
            assert particled, g["file"]


def test_blind15_check_catches_a_claim_outside_a_trap_phrase_and_a_name_outside_its_span():
    c = B15.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t("; ").trap("COG ratification awaited").t(f".\n{p.surname} moved.\n")
    errs = B15.check("x", c.d.text, c.d, "ICR")
    assert any("occurs outside its spans" in e for e in errs)
    assert not any("no ratification in the gold" in e for e in errs)  # the trap phrase is no claim
    c.d.t("The report was ratified by the Chief Officers Group on Tues 3 Mar 26.\n")
    errs = B15.check("x", c.d.text, c.d, "ICR")
    assert any("no ratification in the gold" in e for e in errs)


def test_blind16_traps_and_loose_dates_carry_no_date_and_the_key_dates_row_is_the_gold():
    """'Ratified the improvement action plan', 'ratification is expected on', 'pending', 'signed off by the
    review panel' and an annual report's list of other reviews are no ratification of this review; in the
    outcome's 'Key dates' table the row 'Outcome ratified by the COG' is the gold and no other row is; a
    year of birth alone ('(born 2019)') is no date of birth, a 'b.8/1/14' is one."""
    for text, g in generated(B16):
        if g["layout"] in B16.TRAPS:
            assert g["ratification_date"] is None, g["file"]
        if g["layout"] == "B16_outcome_key_dates_table_child":
            rows = text.split("Key dates\n")[1].strip().split("\n")
            hits = [r for r in rows if [d.isoformat() for d, _ in B16.read_dates(r)] == [g["ratification_date"]]]
            assert hits and all(r.startswith("Outcome ratified by the COG") for r in hits), g["file"]
        if g["layout"] == "B16_dob_in_sentence_born_year_lr_child":
            year = text.split(" (born ")[1][:4]
            dobs = [e["text"] for e in g["pii"] if e["category"] == "dob"]
            assert year.isdigit() and year not in dobs and len(dobs) == 2, g["file"]
            assert text.split(" b.")[1].split("\n")[0] in dobs, g["file"]


def test_blind16_check_catches_a_ratified_action_plan_written_outside_a_trap_phrase():
    c = B16.Ctx(random.Random(1))
    p = c.person()
    c.d.nm(p).t(". ").trap("Ratification by the COG: pending").t(".\n")
    assert not B16.check("x", c.d.text, c.d, "ICR")
    c.d.t("The Chief Officers Group ratified the improvement action plan on 3rd Mar. 2026.\n")
    assert any("no ratification in the gold" in e for e in B16.check("x", c.d.text, c.d, "ICR"))
    c.d.t(f"{p.forename} moved.\n")
    assert any("occurs outside its spans" in e for e in B16.check("x", c.d.text, c.d, "ICR"))


def test_blind18_traps_carry_no_date_and_the_ratified_row_or_sentence_is_the_gold():
    """'The COG noted the draft', 'Ratification will be sought at the COG on', a CPC sub-group's approval and an
    agenda's 'for ratification by the COG' are no ratification; on the outcome notice with sub-group, submission
    and ratification rows only 'Ratified by the Chief Officers Group' is the gold; 'ratified ... subject to minor
    amendments' is a ratification, its date the gold."""
    for text, g in generated(B18):
        if g["layout"] in B18.TRAPS or g["doc_type"] == "OTHER":
            assert g["ratification_date"] is None, g["file"]
        if g["layout"] == "B18_outcome_subgroup_and_cog_dates_child":
            rows = {r.split(": ")[0]: r.split(": ", 1)[1] for r in text.split("\n") if ": " in r}
            got = {k: [d.isoformat() for d, _ in B18.read_dates(v)] for k, v in rows.items()}
            assert got["Ratified by the Chief Officers Group"] == [g["ratification_date"]], g["file"]
            assert got["Approved by the CPC Learning Review Sub-group"] != [g["ratification_date"]], g["file"]
            assert got["Submitted to the Chief Officers Group"] != [g["ratification_date"]], g["file"]
        if g["layout"] == "B18_ratified_subject_to_amendments_lr_child":
            line = text.split("The Chief Officers Group ratified the report on ")[1].split(", subject to minor")[0]
            assert [d.isoformat() for d, _ in B18.read_dates(line)] == [g["ratification_date"]], g["file"]


def test_blind18_scanned_names_plurals_and_birth_wordings_are_gold_as_written():
    """A name the scan misread or split over a line end is gold in that form; a family plural ('the Pichs'')
    is a gold surname form; 'born 3rd of March 2019' and '(d.o.b 03.03.19)' are dates of birth."""
    for text, g in generated(B18):
        persons = [e["text"] for e in g["pii"] if e["category"] == "person"]
        dobs = [e["text"] for e in g["pii"] if e["category"] == "dob"]
        if g["layout"] == "B18_ocr_scan_noise_icr_child":
            assert any(any(ch in p for ch in "10") or "-\n" in p for p in persons), g["file"]
            assert any("-\n" in p for p in persons), g["file"]
        if g["layout"] == "B18_family_plurals_possessives_scr_child":
            plural = [e["text"] for e in g["pii"] if e.get("part") == "surname" and e["text"].endswith("s")]
            assert plural and f"{plural[0]}' " in text, g["file"]
        if g["layout"] == "B18_born_ordinal_of_dob_dotted_scr_child":
            assert len(dobs) == 4 and sum(" of " in d for d in dobs) == 2, g["file"]
            assert all(f"(d.o.b {d})" in text for d in dobs if " of " not in d), g["file"]


def test_blind18_check_catches_a_plural_outside_its_span_and_a_claim_outside_a_trap_phrase():
    c = B18.Ctx(random.Random(1))
    p = c.person(surname=c.simple_surname())
    c.d.t("The ").nm(p, "plural").t("' flat. ").trap("Ratification will be sought at the COG on").t(" 3 Mar 2026.\n")
    assert not B18.check("x", c.d.text, c.d, "ICR")
    c.d.t(f"The {p.surname}s moved.\n")
    assert any("occurs outside its spans" in e for e in B18.check("x", c.d.text, c.d, "ICR"))
    c.d.t("The COG ratified the report on 3 Mar 2026.\n")
    assert any("no ratification in the gold" in e for e in B18.check("x", c.d.text, c.d, "ICR"))
