"""Failure classes read from blind set 16 (tuned on in round 18), each probed with text of our own.

Every name, place and number here is invented; none comes from set 16. Each class is probed in at
least two layouts set 16 does not use, so a test proves the class (document-wide consistency, a
position that holds a person), not one set's shape; keep probes guard the other way.
"""

from __future__ import annotations

from tests.redaction.helpers import dobs, forms, words as _words


# --- a found person's initials are that person's everywhere, in every form ---------------------------

def test_initials_of_a_signed_name_go_in_a_sentence_that_gives_no_cue(run):
    text = ("Summary of changes\n"
            "Draft 3 tidied at the panel; changes marked OB throughout the chronology.\n\n"
            "Report: Oskaia Brindlemoor, Independent Reviewer\n")
    redacted, flagged = run(text)
    assert "OB" in forms(flagged, "person") and "OB" not in _words(redacted)


def test_spaced_and_undotted_forms_of_found_initials_go_too(run):
    text = ("The senior practitioner, Mirrin Fasket, chaired.\n"
            "\u00b9 Information supplied by the school to M. F. in March.\n"
            "\u00b2 Figures checked (M.F) against the register.\n")
    redacted, flagged = run(text)
    assert {"M. F.", "M.F"} <= forms(flagged, "person")
    assert "M. F." not in redacted and "M.F)" not in redacted


def test_initials_of_a_name_in_capitals_go_before_the_name_is_written(run):
    text = ("File note JP - closed pending audit.\n"
            "Prepared by: JORVALD PENNICK, Practice Lead\n")
    redacted, flagged = run(text)
    assert "JP" in forms(flagged, "person") and "JP" not in _words(redacted)


def test_possessive_initials_of_a_found_name_go(run):
    text = "J.P.'s file was missing. The social worker, Jorvald Pennick, found it. JP\u2019s notes were late.\n"
    redacted, flagged = run(text)
    assert {"J.P.", "JP"} <= forms(flagged, "person") and "JP" not in _words(redacted)


def test_initials_that_are_a_body_an_abbreviation_or_a_defined_acronym_stay(run):
    text = ("The worker, Garrin Pollix, visited; GP notes were read.\n"
            "The child, Tavette Vossel, watched TV after school.\n"
            "Wendric Carrack ran the Welfare Check (WC) rota; WC visits went on weekly.\n"
            "The OB unit (Oskaia Brindlemoor was its lead) was full.\n")
    redacted, _ = run(text)
    assert {"GP", "TV", "WC", "OB"} <= _words(redacted)


def test_an_english_word_of_capitals_in_a_heading_stays(run):
    text = "The worker, Ulvara Pellinor, visited.\n\nFOLLOW UP ACTIONS\n1. Share the plan.\n"
    redacted, _ = run(text)
    assert "FOLLOW UP ACTIONS" in redacted


# --- initials in brackets after a noun only a person is ---------------------------------------------

def test_bracketed_initials_after_a_person_noun_are_a_person(run):
    text = ("The deceased (QV) had lived alone since 2019.\n"
            "A tenant (R.W.) of the housing association raised the alarm.\n")
    redacted, flagged = run(text)
    assert {"QV", "R.W."} <= forms(flagged, "person")
    assert "QV" not in _words(redacted) and "R.W." not in redacted


def test_letters_that_spell_the_noun_stay(run):
    text = "A young person (YP) and an adult at risk (AAR) were discussed.\n"
    redacted, _ = run(text)
    assert {"YP", "AAR"} <= _words(redacted)


# --- the author's slot of a comment or a tracked change ---------------------------------------------

def test_a_reply_or_query_author_in_capitals_is_a_person(run):
    text = ("The plan was agreed. [Reply ULVARA PELLINOR: agreed, the dates match.]\n"
            "Query from IDRANA VOSSEL: is this the right date?\n")
    redacted, flagged = run(text)
    assert {"ULVARA PELLINOR", "IDRANA VOSSEL"} <= forms(flagged, "person")
    assert "PELLINOR" not in redacted and "VOSSEL" not in redacted


def test_initials_in_a_comment_author_slot_are_a_person_a_body_is_not(run):
    text = "Edited by T.R.: typo fixed.\n[Note from CPC: noted]\n"
    redacted, flagged = run(text)
    assert "T.R." in forms(flagged, "person") and "CPC" in redacted


# --- a form extracted one cell per line: the name on the line under its label -----------------------

def test_names_under_person_labels_in_a_stacked_card(run):
    text = ("Household card\n"
            "Mother's name\nIdrana Vossel\n"
            "Father's name\nWENDRIC CARRACK\n"
            "Tenancy\nprivate let\n")
    redacted, flagged = run(text)
    assert {"Idrana Vossel", "WENDRIC CARRACK"} <= forms(flagged, "person")
    assert "Vossel" not in redacted and "CARRACK" not in redacted


def test_a_stacked_card_with_an_empty_paragraph_between_cells(run):
    text = "Name of child\n\nUlvara Pellinor\n\nDate of birth\n\n03/09/2019\n\nCarer\n\nHARLAN TEAGUESON\n"
    redacted, flagged = run(text)
    assert {"Ulvara Pellinor", "HARLAN TEAGUESON"} <= forms(flagged, "person")


def test_names_under_role_labels_in_a_stacked_review_sheet(run):
    text = ("Review details\nLead reviewer\nHarlan Teague\nHealth visitor\nJORVALD PENNICK\n"
            "Date of meeting\n3 March 2026\n")
    redacted, flagged = run(text)
    assert {"Harlan Teague", "JORVALD PENNICK"} <= forms(flagged, "person")


def test_a_form_answer_under_a_person_label_is_no_name(run):
    text = "Father\nNot Known\nMother\nUnknown\nAllocated worker\nDuty Team North\n"
    redacted, _ = run(text)
    assert {"Not", "Known", "Unknown", "Duty", "North"} <= _words(redacted)


def test_a_person_label_heading_over_a_paragraph_names_nobody(run):
    text = ("Carer\n"
            "The carer was not seen during the review period because she had moved out of the area.\n"
            "Parent\nSocial Work Scotland\n")
    redacted, _ = run(text)
    assert "The carer was not seen" in redacted and "Social Work Scotland" in redacted


# --- one label holds one kind of thing: a found name under it makes its other values names ----------

def test_a_stacked_label_that_held_a_found_name_holds_names_in_its_other_rows(run):
    text = ("Contact log\nContact 1\nCaller\nDr Idrana Vossel\nOutcome\nadvice given\n"
            "Contact 2\nCaller\nSelwynna Drastova\nOutcome\nreferred on\n")
    redacted, flagged = run(text)
    assert "Selwynna Drastova" in forms(flagged, "person") and "Drastova" not in redacted


def test_a_same_label_row_that_is_a_body_or_an_answer_stays(run):
    text = ("Contact 1\nCaller\nDr Idrana Vossel\nOutcome\nadvice given\n"
            "Contact 2\nCaller\nStrathvarrow Council\nOutcome\nclosed\n"
            "Contact 3\nCaller\nNot Known\nOutcome\nclosed\n")
    redacted, _ = run(text)
    assert "Strathvarrow Council" in redacted and "Not Known" in redacted


# --- coordination across a bracketed aside ----------------------------------------------------------

def test_a_name_joined_across_an_aside_is_a_name(run):
    text = ("At home were Wendric (aged 7) and Jorvald. Wendric said he was hungry.\n"
            "Later Idrana (Child C), Selwynna and Tavette moved in. Idrana told the teacher.\n")
    redacted, flagged = run(text)
    assert {"Jorvald", "Selwynna", "Tavette"} <= forms(flagged, "person")
    assert not {"Jorvald", "Selwynna", "Tavette"} & _words(redacted)


def test_a_body_joined_across_an_aside_stays(run):
    text = "Wendric told us. Wendric (Child B) and Police Scotland met on Monday.\n"
    redacted, _ = run(text)
    assert "Police Scotland" in redacted


# --- a CSV export: birth dates under a header a row or more above ----------------------------------

def test_a_csv_birth_date_column_under_a_merged_heading(run):
    text = ("Household extract\n"
            ",,,About,,\n"
            "id,surname,forename,Date of Birth,Seen,Closed\n"
            "7,Vossel,Idrana,\"3 May, 2011\",01/02/2025,03/04/2025\n"
            "8,Vossel,Tavette,04/05/2013,01/02/2025,\"n/a, open\"\n")
    _, flagged = run(text)
    assert {"3 May, 2011", "04/05/2013"} <= dobs(flagged)
    assert not {"01/02/2025", "03/04/2025"} & dobs(flagged)


def test_a_csv_register_with_quoted_addresses_and_a_lower_case_dob_heading(run):
    text = ("ref,name,dob,address,referred\n"
            "A1,Harlan Teague,12/10/1988,\"2 Quorl Row, Strathvarrow\",11/04/2025\n"
            "A2,Ulvara Pellinor,30/01/1990,\"Flat 1, 9 Quorl Row, Strathvarrow\",12/04/2025\n")
    _, flagged = run(text)
    assert {"12/10/1988", "30/01/1990"} <= dobs(flagged)
    assert "11/04/2025" not in dobs(flagged)


def test_a_birth_date_header_in_any_spelling(run):
    for header in ("D/O/B", "Birthday", "Dt of birth", "Date-of-birth", "Date of brith", "Date born"):
        text = f"Name | {header} | Town\nHarlan Teague | 12/10/1988 | Strathvarrow\n"
        _, flagged = run(text)
        assert "12/10/1988" in dobs(flagged), header


def test_a_birthday_party_field_is_no_birth_date(run):
    _, flagged = run("Birthday party: 12/10/2025\nVenue: the family centre\n")
    assert not dobs(flagged)


def test_prose_with_commas_is_no_csv_table(run):
    text = ("Dates,checked,twice\n"
            "The panel met on 01/02/2025, again on 03/04/2025, and closed.\n")
    _, flagged = run(text)
    assert not dobs(flagged)


# --- a capital B. after a word is an initial, not born's b. -----------------------------------------

def test_a_capitalised_word_before_dotted_initials_is_no_name(run):
    text = "In Strathvarrow B.Q. and T.Q. found a flat. Thereafter B.Q. moved again.\n"
    redacted, _ = run(text)
    assert "In Strathvarrow" in redacted and "Thereafter" in redacted


# --- a name does not read on into the next line's everyday words ------------------------------------

def test_the_line_after_a_titled_name_is_its_own_row(run):
    text = ("Registered GP: Dr Q Vossel\nConsultations in the last year: 11.\n"
            "Signed\nHarlan Teagueson\nNursing Officer\n")
    redacted, _ = run(text)
    assert "Consultations in the last year" in redacted and "Nursing Officer" in redacted


def test_two_names_on_two_lines_are_both_names(run):
    text = "Present: Dr Idrana Vossel\nDr Tavette Quorlby\n"
    redacted, _ = run(text)
    assert "Vossel" not in redacted and "Quorlby" not in redacted


def test_a_form_answer_under_a_label_that_once_held_a_name_stays():
    """A label's other values may be a form's answers in capitals: the found name vouches only for names."""
    from ingestd.redaction import redact
    text = ("Referral 1\nReferrer\nMrs Ulvara Pellinor\nDate\n3 March 2026\n\n"
            "Referral 2\nReferrer\nSelf Referral\nDate\n9 April 2026\n")
    redacted = redact(text).text
    assert "Ulvara" not in redacted
    assert "Self Referral" in redacted and "Referral 2" in redacted
