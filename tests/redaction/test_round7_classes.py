"""Round 7 classes (issue 10): layouts and wordings that defeated the rules on set 5 and the
two left from round 6, each shown with fresh text (other names, wording and table shapes).

Every name, street and date here is invented.
"""

from __future__ import annotations

from ingestd.redaction import redact


def _gone(result_text: str, *words: str) -> None:
    for word in words:
        assert word not in result_text, word


def test_a_space_aligned_family_table_goes_on_after_a_cell_wrapped_onto_its_own_line() -> None:
    text = ("Household members\n\n"
            "Name                 Relationship           Date of birth\n"
            "Ilsa Quenby          Mother                 03 March 1989\n"
            "Corran Daske         Lodger (stays at the   11 June 1977\n"
            "                     weekends only)\n"
            "Ysella Quenby        Daughter               19 September 2016\n"
            "Tormaid Quenby       Son                    2 February 2020\n"
            "  Seen by the Review Team on 2 May 2026\n")
    result = redact(text)
    assert result.counts.get("dob") == 4
    _gone(result.text, "Ilsa", "Quenby", "Corran", "Daske", "Ysella", "Tormaid", "1989", "1977", "2016", "2020")
    # an indented line under no heading but the first is not a wrapped cell: prose, its date an event's
    for kept in ("Mother", "Lodger", "weekends only", "Daughter", "Son", "Seen by the Review Team on 2 May 2026"):
        assert kept in result.text


def test_a_code_label_or_role_before_is_or_was_names_the_person_after_it() -> None:
    text = ("The young person at the centre of this review, Young Person T, is Ysella Pardew, of the town.\n"
            "HV1 was Brisca Vantongeren; SW2 is Teasdel Marnoch.\n"
            "Worker C was Zennor Quarrell, a student on placement.\n"
            "The author of the report was Yoldi Prewett.\n"
            "The subject of this review is Keturah Quenby.\n"
            "The chair of the review was Police Scotland's nominee.\n")
    result = redact(text)
    _gone(result.text, "Ysella", "Pardew", "Brisca", "Vantongeren", "Teasdel", "Marnoch", "Zennor", "Quarrell",
          "Yoldi", "Prewett", "Keturah", "Quenby")
    for kept in ("Young Person T", "HV1 was", "SW2 is", "Worker C was", "Police Scotland"):
        assert kept in result.text


def test_numbered_questions_of_a_notification_form_are_labels() -> None:
    text = ("LEARNING REVIEW DECISION NOTIFICATION\n\n"
            "1. Initials of the adult: KM\n"
            "2. Date of birth: 14/11/1958\n"
            "Q3. Subject's name: Keturah Marnoch\n"
            "Q4. Decision: proceed to a Learning Review\n")
    result = redact(text)
    _gone(result.text, "KM", "14/11/1958", "Keturah", "Marnoch")
    assert "Q4. Decision: proceed to a Learning Review" in result.text


def test_lone_first_names_nobody_lists_go_where_a_person_stands() -> None:
    text = ("Date       | Agency | Event\n"
            "02/02/2025 | NHS Fife | Seen at the clinic with Ysella.\n"
            "Brisca and Zennor live with their grandmother.\n"
            "Please send comments on the draft to Yoldi by 14 May 2026.\n"
            "The plan was agreed with Education. Work with CAMHS continued. Papers went to Inverness.\n")
    result = redact(text)
    _gone(result.text, "Ysella", "Brisca", "Zennor", "Yoldi")
    # a dictionary word, a body or an acronym after "with" / "to" stays
    for kept in ("NHS Fife", "grandmother", "14 May 2026", "with Education.", "with CAMHS", "to Inverness."):
        assert kept in result.text


def test_the_family_of_a_person_names_them_in_a_quoted_reply() -> None:
    text = ("On Monday 3 March 2026, Corran Daske <c.daske@example.org> wrote:\n"
            "> The family of Ysella Pardew have asked for a copy.\n"
            "> The relatives of Tormaid Marnoch were told.\n")
    result = redact(text)
    _gone(result.text, "Ysella", "Pardew", "Tormaid", "Marnoch")
    assert "The family of" in result.text


def test_a_semicolon_list_of_people_gives_each_a_birth_date() -> None:
    text = ("The children in the household are Ysella Pardew, 03/04/2015; Tormaid Pardew, 12.10.2017;\n"
            "and Eachra Pardew, 4 May 2019.\n"
            "Meetings held: Core Group, 03/04/2025; Review Team, 12/10/2025.\n")
    result = redact(text)
    assert result.counts.get("dob") == 3
    _gone(result.text, "Ysella", "Tormaid", "Eachra", "Pardew", "2015", "2017", "2019")
    assert "Core Group, 03/04/2025; Review Team, 12/10/2025" in result.text


def test_what_only_a_person_has_names_a_lone_unlisted_word_but_not_a_place_or_a_school() -> None:
    text = ("Brisca's school raised no concerns before the death of Zennor Quarrell.\n"
            "The views of Yoldi were sought; the views of Parents were sought.\n"
            "The letter was copied to Teasdel.\n"
            "Glasgow's schools and St Aidan's school were asked for records.\n")
    result = redact(text)
    _gone(result.text, "Brisca", "Zennor", "Quarrell", "Yoldi", "Teasdel")
    for kept in ("the views of Parents", "Glasgow's schools", "St Aidan's school"):
        assert kept in result.text


def test_a_name_wrapped_onto_the_next_line_in_the_first_column_is_still_the_tables() -> None:
    text = ("Name                 Date of birth  Notes\n"
            "Ilsa Varrow-         03/03/1989     Mother\n"
            "Quillan\n"
            "Brisca Varrow        19/09/2016     Daughter\n"
            "The Review Team thanked the family for their time.\n")
    result = redact(text)
    assert result.counts.get("dob") == 2
    _gone(result.text, "Ilsa", "Varrow", "Quillan", "Brisca", "1989", "2016")
    assert "The Review Team thanked the family for their time." in result.text


def test_a_person_given_with_their_address_or_as_what_a_paper_is_about_is_named() -> None:
    text = ("The referral concerned Ysella Pardew, of flat 2/1, 4 brannock loan, dunkellie dd9 4xq.\n"
            "A neighbour, Brisca Quenby, who lives at 5 meikle road, dunkellie dd9 4xq, called.\n"
            "Tormaid Marnoch of 9 corbie gardens was also seen.\n"
            "A letter about Zennor Quarrell was sent. A briefing about Child Protection followed.\n"
            "Kinross House, of 3 floors, was the venue at 10 am.\n")
    result = redact(text)
    _gone(result.text, "Ysella", "Pardew", "Brisca", "Quenby", "Tormaid", "Marnoch", "Zennor", "Quarrell",
          "brannock", "meikle", "corbie")
    for kept in ("A briefing about Child Protection followed.", "Kinross House, of 3 floors"):
        assert kept in result.text
