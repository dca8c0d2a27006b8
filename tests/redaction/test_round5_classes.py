"""Round 5 classes (issue 10) that the rules table's examples cannot show: how spans relate.

Every name, street and postcode here is invented.
"""

from __future__ import annotations

from ingestd.redaction import redact


def _placeholder_of(text: str, form: str) -> str:
    result = redact(text)
    start = text.index(form)
    (span,) = [s for s in result.spans if s.start <= start < s.end]
    return span.placeholder


def test_initials_in_a_lead_column_are_numbered_as_the_person_the_key_names() -> None:
    text = ("Action\tLead\tTarget date\nAudit\tSA\t1 May 2026\nTraining\tTJ\t2 Jun 2026\n\n"
            "Key: SA = Solva Abernite; TJ = Teasdel Jory\n")
    result = redact(text)
    assert "SA" not in result.text and "TJ" not in result.text and "Abernite" not in result.text
    assert _placeholder_of(text, "SA\t1 May") == _placeholder_of(text, "Solva Abernite")
    assert _placeholder_of(text, "TJ\t2 Jun") == _placeholder_of(text, "Teasdel Jory")
    assert _placeholder_of(text, "SA\t1 May") != _placeholder_of(text, "TJ\t2 Jun")
    assert "Target date" in result.text


def test_a_spaced_family_table_with_a_rule_under_its_header_loses_every_birth_date() -> None:
    text = ("Name            Relation   Date of birth  Age\n"
            "=============================================\n"
            "Ilsa Varrow     Daughter   03.06.17       8\n"
            "Corran Varrow   Father     21 Feb 1988    37\n")
    result = redact(text)
    assert "03.06.17" not in result.text and "21 Feb 1988" not in result.text
    assert result.counts.get("dob") == 2
    assert result.text.rstrip().endswith("37")  # the age stays


def test_a_persons_words_side_by_side_read_as_one_placeholder() -> None:
    text = "Kind regards\nYsella\n\nYsella Pardew\nLead Reviewer\n\nYsella Pardew said the plan was late.\n"
    result = redact(text)
    assert "Ysella" not in result.text and "Pardew" not in result.text
    assert "[PERSON 1] [PERSON 1]" not in result.text
    assert result.text.count("[PERSON 1]") == 3


def test_a_one_word_name_opens_the_full_name_it_stands_in() -> None:
    text = ("The adult, Ysella Kessock, was known to NHS Fife.\n"
            "Ysella reported that the flat was cold.\n")
    result = redact(text)
    assert "Kessock" not in result.text and "Ysella" not in result.text
    assert "The adult, [PERSON 1], was known" in result.text
    assert "[PERSON 1] reported" in result.text


def test_a_role_after_a_name_in_a_list_is_not_taken_for_a_bullet() -> None:
    text = "Present:\n  Ms Lenka Marrach (LM) \u2013 Depute Head Teacher\n  Orrin Kessock \u2013 Police Scotland\n"
    result = redact(text)
    assert "Depute Head Teacher" in result.text and "Police Scotland" in result.text
    assert "Marrach" not in result.text and "Kessock" not in result.text


def test_an_address_field_going_on_below_its_label_is_one_address() -> None:
    text = "Address:\t3/2 14 Kirkstyle Wynd\n\tStrathmiglo\n\tKY14 7QT\nName:\tBrenna Tulloch\n"
    result = redact(text)
    assert result.counts.get("address") == 1 and result.counts.get("postcode") == 1
    assert result.text.startswith("Address:\t[ADDRESS 1]\n\t[POSTCODE]")


def test_a_first_name_in_capitals_wrapped_before_a_titled_surname_goes() -> None:
    text = ("Mrs Tulloch, mother, separated from CORVIN\nTULLOCH in 2023.\n"
            "Later Mr Tulloch moved away.\n")
    result = redact(text)
    assert "CORVIN" not in result.text and "TULLOCH" not in result.text and "Tulloch" not in result.text


def test_an_everyday_word_as_a_name_in_a_genogram_line_goes() -> None:
    text = ("Genogram key\n  \u25cf Brenna Tulloch (14/02/1991) \u2014 mother\n"
            "    \u2514\u2500 Sim (03/09/2019) \u2014 half-sibling\n")
    result = redact(text)
    assert "Sim" not in result.text and "half-sibling" in result.text
