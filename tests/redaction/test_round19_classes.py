"""Failure classes read from blind set 18 (tuned on in round 19), each probed with text of our own.

Every name, place and number here is invented; none comes from set 18. Each class is probed in
shapes set 18 does not use (a list, a table row, a note, a signature), with keep probes beside.
"""

from __future__ import annotations

from tests.redaction.helpers import forms, words as _words


# --- a found name's word misread by OCR with digits is that name ------------------------------------

def test_ocr_digit_variants_of_a_found_name_go_in_a_table_and_a_note(run):
    text = ("Household\tIsveta Drummelow\n"
            "12/03/25\tHV visit; Isvcta absent, Drumme1ow family at home\n"
            "Note: 1sveta is wrong here but Isv3ta too; D5 and B1 forms were sent; I5veta signed.\n")
    redacted, flagged = run(text)
    assert "Drumme1ow" in forms(flagged, "person") and "Drumme1ow" not in redacted
    assert {"D5", "B1"} <= _words(redacted)


def test_ocr_variant_of_a_forename_joins_its_person(run):
    text = "Carer: Mrs Olwenna Strathie\nSigned on behalf of the family: O1wenna\n"
    redacted, flagged = run(text)
    assert "O1wenna" in forms(flagged, "person") and "O1wenna" not in redacted
    assert redacted.count("[PERSON 1]") == 2


# --- a family named by its surname's plural -----------------------------------------------------------

def test_plural_surname_goes_in_a_list_and_a_heading(run):
    text = ("Carers: Mr Hobb Calderwick; Mrs Nessa Calderwick\n"
            "CONTACT WITH THE Calderwicks\n- the Calderwicks' garden was overgrown\n")
    redacted, flagged = run(text)
    assert "Calderwicks" not in redacted


def test_plural_of_a_name_that_is_a_noun_stays(run):
    text = "Mrs Briar Rose attended. Roses and Briars grew by the door.\n"
    redacted, _ = run(text)
    assert "Roses" in redacted


# --- an addressee block's name above the post -----------------------------------------------------------

def test_addressee_above_a_post_in_an_indented_block_and_an_email(run):
    text = ("FAO:\n    Merrow Tallisker\n    Review Coordinator\n    Lochanbrae Council\n\n"
            "Sent to: Quill Ardvennie,\nHead of Service\n")
    redacted, flagged = run(text)
    assert {"Merrow Tallisker", "Quill Ardvennie"} <= forms(flagged, "person")


def test_a_team_above_a_post_stays(run):
    text = "Adult Protection Team\nSenior Officer\nChild Protection Committee\nLead Officer\n"
    redacted, _ = run(text)
    assert "Adult Protection Team" in redacted and "Child Protection Committee" in redacted


# --- a field label ends an address read back from a postcode; a lower-case dwelling opens one --------

def test_an_age_above_an_address_field_stays(run):
    text = "Born: 01/02/2016 (aged 10)\nHome address: 9 tallow loan, brechmoor td9 1zz\n"
    redacted, flagged = run(text)
    assert "aged 10" in redacted and "9 tallow loan" not in redacted


def test_lower_case_rural_dwelling_before_a_postcode(run):
    text = "| carer | lives at kettlehope steading, near dunvarrie iv9 8xx |\n"
    redacted, _ = run(text)
    assert "kettlehope" not in redacted


# --- a quoted short form of a found name ----------------------------------------------------------------

def test_quoted_short_form_of_a_found_forename_goes_in_a_cell_and_a_sentence(run):
    text = ("Name\tMarisabel Quennock\nKnown as\t\u201cMaris\u201d\n"
            "Her neighbour called her \"Maris\" and \u201cQuenn\u201d; she wrote \"Note\" on the door.\n")
    redacted, flagged = run(text)
    assert {"Maris", "Quenn"} <= forms(flagged, "person") and "Maris" not in _words(redacted)
    assert "Note" in redacted
