"""Postcodes, addresses left of a postcode, street forms; "grace" the word stays."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("postcode", ["G11 5QX", "G115QX", "PH2 7RT", "IV3 8NZ", "EC1A 1BB"])
def test_postcodes_with_or_without_space(run, postcode):
    text, spans = run(f"Postcode {postcode}.")
    assert ("postcode", postcode) in spans
    assert postcode not in text


def test_tenement_flat_address_with_town_and_postcode(run):
    text, spans = run("They lived at Flat 2/1, 45 Partickhill Road, Glasgow G11 5QX until May.")
    assert text == "They lived at [ADDRESS 1] [POSTCODE] until May."
    assert ("address", "Flat 2/1, 45 Partickhill Road, Glasgow") in spans


@pytest.mark.parametrize("flat", ["3F2, 18 Lumsden Street", "12/3 Lumsden Street", "Flat 4, 18 Lumsden Street"])
def test_edinburgh_flat_positions(run, flat):
    text, _ = run(f"Her address is {flat}, Edinburgh EH7 4QT.")
    assert text == "Her address is [ADDRESS 1] [POSTCODE]."


def test_rural_house_name_over_several_lines(run):
    letter = "Mrs F Kinnaird\nBraeside Cottage\nDunmore\nPerth\nPH2 7RT\n\nDear Mrs Kinnaird,"
    text, spans = run(letter)
    assert "Braeside" not in text and "Dunmore" not in text and "PH2 7RT" not in text
    assert "Kinnaird" not in text


def test_partial_addresses_without_postcode(run):
    text, _ = run("the flat at 72 Glenview Terrace was cold; she moved to Larchfield Crescent.")
    assert "Glenview" not in text and "Larchfield" not in text
    assert text == "the flat at [ADDRESS 1] was cold; she moved to [ADDRESS 2]."


def test_street_named_after_a_word(run):
    text, _ = run("The family moved to 9 Grace Street. By grace of a neighbour they had furniture.")
    assert "Grace Street" not in text
    assert "By grace of a neighbour" in text


def test_a_street_found_in_an_address_is_redacted_where_it_recurs(run):
    text, _ = run("Home: 31 Pitcairn Court, Fairlie KA29 0AB.\nNeighbours on Pitcairn Court called police.")
    assert "Pitcairn" not in text
    assert text.count("[ADDRESS 1]") == 2


def test_the_same_address_keeps_its_number(run):
    text, _ = run("at 8 Torrance Drive, Irvine KA12 8QP. Later, 8 Torrance Drive was searched. 3 Oona Road too.")
    assert text.count("[ADDRESS 1]") == 2 and "[ADDRESS 2]" in text


def test_organisations_and_events_are_not_addresses(run):
    sentence = "Police Scotland attended the Sheriff Court and the Royal Hospital for Children and Young People."
    text, spans = run(sentence)
    assert spans == [] and text == sentence
