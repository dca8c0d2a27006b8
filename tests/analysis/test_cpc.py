"""Which CPC sent a report: domain, subdomain, text, weak domain hint, nothing."""

from __future__ import annotations

from ingestd.config.cpcs import DEFAULT_CPCS
from ingestd.config.schema import CpcEntry
from ingestd.analysis import identify_cpc

CPCS = (
    CpcEntry(name="Glenmoor Child Protection Committee", sender_domains=("glenmoor.gov.uk",),
             aliases=("Glenmoor Council",)),
    CpcEntry(name="East Strathbeg Child Protection Committee", sender_domains=("eaststrathbeg.gov.uk",),
             aliases=("East Strathbeg Council",)),
    CpcEntry(name="Strathbeg Child Protection Committee", sender_domains=("strathbeg.gov.uk",),
             aliases=("Strathbeg Council",)),
    CpcEntry(name="Kinlarig and Dunmore Child Protection Committee",
             sender_domains=("kinlarig.gov.uk", "dunmore.gov.uk"), aliases=("Dunmore Council",)),
)


def test_exact_sender_domain() -> None:
    assert identify_cpc("glenmoor.gov.uk", None, CPCS) == "Glenmoor Child Protection Committee"


def test_subdomain_and_case() -> None:
    assert identify_cpc("Secure.Glenmoor.GOV.UK.", None, CPCS) == "Glenmoor Child Protection Committee"


def test_domain_beats_text() -> None:
    text = "Strathbeg Child Protection Committee\nICR report\n"
    assert identify_cpc("dunmore.gov.uk", text, CPCS) == "Kinlarig and Dunmore Child Protection Committee"


def test_look_alike_domain_is_not_a_subdomain() -> None:
    # "notglenmoor.gov.uk" must not match "glenmoor.gov.uk"; with no text it stays unknown.
    assert identify_cpc("notglenmoor.gov.uk", None, CPCS) is None


def test_text_names_the_committee() -> None:
    text = "OFFICIAL\nInitial Case Review\nGlenmoor Child Protection Committee\nThe child was known to services.\n"
    assert identify_cpc(None, text, CPCS) == "Glenmoor Child Protection Committee"


def test_longer_area_name_is_not_the_shorter_one() -> None:
    text = "East Strathbeg Child Protection Committee\nICR report\nEast Strathbeg Council social work held records.\n"
    assert identify_cpc("relay.example.net", text, CPCS) == "East Strathbeg Child Protection Committee"


def test_area_cpc_abbreviation_and_ampersand() -> None:
    assert identify_cpc(None, "Report to Kinlarig & Dunmore CPC", CPCS) == (
        "Kinlarig and Dunmore Child Protection Committee")


def test_family_moved_from_another_area() -> None:
    text = (
        "Initial Case Review\nGlenmoor Child Protection Committee\n"
        "The family moved from Strathbeg in 2024; Strathbeg Council had been involved with the older sibling. "
        "Records held by Strathbeg Council were requested. Information from Strathbeg Child Protection "
        "Committee was shared with the review.\n"
        "Signed for Glenmoor Child Protection Committee\n"
    )
    assert identify_cpc(None, text, CPCS) == "Glenmoor Child Protection Committee"


def test_weak_fallback_on_leading_label() -> None:
    assert identify_cpc("glenmoor.example.gov.uk", "no committee named here", CPCS) == (
        "Glenmoor Child Protection Committee")


def test_text_beats_weak_fallback() -> None:
    text = "Strathbeg Child Protection Committee – Significant Case Review"
    assert identify_cpc("glenmoor.example.gov.uk", text, CPCS) == "Strathbeg Child Protection Committee"


def test_unknown_sender_and_no_clue() -> None:
    assert identify_cpc("mail.example.org", "A report with no committee named.", CPCS) is None
    assert identify_cpc(None, None, CPCS) is None
    assert identify_cpc("", "", CPCS) is None


def test_equal_evidence_for_two_committees_is_none() -> None:
    text = "A joint review. Glenmoor Council and Dunmore Council contributed equally."
    assert identify_cpc(None, text, CPCS) is None


def test_default_directory_real_names() -> None:
    # Synthetic wording; only the committees' public names and domains are real.
    assert identify_cpc("socialwork.east-ayrshire.gov.uk", None, DEFAULT_CPCS) == (
        "East Ayrshire Child Protection Committee")
    assert identify_cpc(None, "Learning Review\nEast Renfrewshire Child Protection Committee\n", DEFAULT_CPCS) == (
        "East Renfrewshire Child Protection Committee")
    assert identify_cpc(None, "Report for Perth & Kinross CPC", DEFAULT_CPCS) == (
        "Perth and Kinross Child Protection Committee")
    assert identify_cpc("stirling.example.gov.uk", None, DEFAULT_CPCS) == (
        "Clackmannanshire and Stirling Child Protection Committee")


def test_alias_area_names_the_committee() -> None:
    text = "Initial Case Review\nOrkney Islands Child Protection Committee\n"
    assert identify_cpc(None, text, DEFAULT_CPCS) == "Orkney Child Protection Committee"


def test_neighbouring_council_in_body_does_not_win() -> None:
    text = (
        "Significant Case Review\nFife Child Protection Committee\n"
        "The family had previously lived in Glasgow; Glasgow City Council social work held records.\n"
        "Findings\nInformation was not shared.\nFife Child Protection Committee\n"
    )
    assert identify_cpc("relay.example.net", text, DEFAULT_CPCS) == "Fife Child Protection Committee"


def test_minute_names_the_areas_chief_officers_group() -> None:
    text = "Minute of meeting of the Glenmoor Chief Officers Group\nHeld on 3 March 2026\nPresent: ...\n"
    assert identify_cpc(None, text, CPCS) == "Glenmoor Child Protection Committee"


def test_other_council_in_every_chronology_row_does_not_beat_the_title() -> None:
    rows = "".join(f"0{n}/02/2025\tStrathbeg Council social work contact.\n" for n in range(1, 6))
    text = ("Glenmoor Council\nSignificant Case Review\nForeword\nThe review process\n"
            "The Initial Case Review was held in January.\nChronology\n" + rows
            + "Findings\nInformation was not shared.\nRecommendations\nThe committee should review its guidance on "
              "escalation, chronologies and the involvement of fathers in assessments.\n"
            + "Each agency has produced an action plan and reports progress to the committee.\n" * 5)
    assert identify_cpc(None, text, CPCS) == "Glenmoor Child Protection Committee"


def test_running_footer_on_every_page_names_the_committee() -> None:
    body = "".join(f"Paragraph {n} of the findings.\n" for n in range(10))
    page = ("OFFICIAL\n" + body + "Records were requested from Strathbeg Council.\n" + body
            + "Glenmoor CPC | Learning Review\n")
    text = "Learning Review\nChild A\n" + "\f".join([page] * 3) + "Strathbeg Council\n"
    assert identify_cpc(None, text, CPCS) == "Glenmoor Child Protection Committee"


# --- the committee directory with kinds, councils and validity (issue 10) --------------------

from datetime import date  # noqa: E402

from ingestd.analysis.cpc import identify_committee  # noqa: E402

GLENMOOR_BOTH = (
    CpcEntry(name="Glenmoor Child Protection Committee", sender_domains=("glenmoor.gov.uk",), kind="CPC",
             councils=("Glenmoor Council",), aliases=("Glenmoor Council",)),
    CpcEntry(name="Glenmoor Adult Protection Committee", sender_domains=("glenmoor.gov.uk",), kind="APC",
             councils=("Glenmoor Council",), aliases=("Glenmoor Council",), valid_until=date(2031, 3, 31)),
    CpcEntry(name="Glenmoor Public Protection Committee", sender_domains=("glenmoor.gov.uk",), kind="PPC",
             councils=("Glenmoor Council",), valid_from=date(2031, 4, 1)),
)


def test_shared_council_domain_is_resolved_by_the_reports_subject() -> None:
    child = identify_committee("glenmoor.gov.uk", "A report.", GLENMOOR_BOTH[:2], "child")
    adult = identify_committee("glenmoor.gov.uk", "A report.", GLENMOOR_BOTH[:2], "adult")
    assert child.name == "Glenmoor Child Protection Committee" and child.flag is None
    assert adult.name == "Glenmoor Adult Protection Committee"


def test_shared_domain_without_subject_or_text_is_null_and_flagged_ambiguous() -> None:
    found = identify_committee("glenmoor.gov.uk", "Nothing here names a committee.", GLENMOOR_BOTH[:2], None)
    assert (found.name, found.flag) == (None, "ambiguous")
    named = identify_committee("glenmoor.gov.uk", "Glenmoor Adult Protection Committee\nReport", GLENMOOR_BOTH[:2])
    assert named.name == "Glenmoor Adult Protection Committee"


def test_validity_dates_decide_between_a_committee_and_its_successor() -> None:
    before = identify_committee("glenmoor.gov.uk", "Report", GLENMOOR_BOTH, "adult", date(2031, 3, 1))
    after = identify_committee("glenmoor.gov.uk", "Report", GLENMOOR_BOTH, "adult", date(2031, 5, 1))
    assert before.name == "Glenmoor Adult Protection Committee"  # the PPC is not valid yet
    assert after.name == "Glenmoor Public Protection Committee"


def test_unknown_committee_is_null_and_flagged_unknown() -> None:
    found = identify_committee("mail.example.org", "No committee is named.", GLENMOOR_BOTH, "child")
    assert (found.name, found.flag) == (None, "unknown")


def test_built_in_directory_has_adult_committees_and_western_isles_aliases() -> None:
    text = "Learning Review\nNa h-Eileanan Siar Child Protection Committee\n"
    assert identify_committee(None, text, DEFAULT_CPCS, "child").name == "Western Isles Child Protection Committee"
    adult = identify_committee("fife.gov.uk", "Adult B was at risk.", DEFAULT_CPCS, "adult")
    assert adult.name == "Fife Adult Protection Committee"
    assert identify_committee("fife.gov.uk", "Child K was at risk.", DEFAULT_CPCS, "child").name == (
        "Fife Child Protection Committee")
