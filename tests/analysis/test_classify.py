"""Document type and ICR decision, on fictional reports, letters and agendas."""

from __future__ import annotations

import pytest

from ingestd.analysis import classify

ICR_PROCEED = """PROTECT – OFFICIAL SENSITIVE
Initial Case Review Report
Glenmoor Child Protection Committee
Date of ICR meeting\t14/10/2026
Summary of circumstances
Child K, aged 3, was admitted to hospital with unexplained fractures.
Findings
1. Information held by adult services was not shared.
Recommendation
The ICR recommends to Chief Officers that the criteria for a Significant Case Review are met.
Chief Officers' decision
Chief Officers agreed that a Significant Case Review will be commissioned.
"""

ICR_NO_SCR = """Initial Case Review – Record of Decision
Glenmoor Child Protection Committee
Date of ICR\t2 May 2026
Decision\tChief Officers agreed that the criteria for a Significant Case Review have not been met.
Ratified by COG on\t19 May 2026
Rationale
Agencies acted appropriately on the information they held.
"""

ICR_OTHER_LEARNING = """ICR Outcome Notice
CPC\tGlenmoor Child Protection Committee
ICR convened\t22/07/2026
Outcome\tChief Officers agreed that no SCR is required. Learning will be taken forward through a single-agency review by Health.
Summary
Young Person T was reported missing on several occasions.
"""

RAPID_REVIEW_LR = """Rapid Review – Summary for Chief Officers
Glenmoor Child Protection Committee
Background
A child was found unsupervised near a railway line.
Outcome
Chief Officers endorsed the recommendation that a Learning Review should be undertaken.
"""

ICR_UNKNOWN = """Initial Case Review
Glenmoor Child Protection Committee
Date of ICR meeting: 3 March 2026
Circumstances
Child W was admitted to hospital. The ICR considered the information from agencies.
"""

SCR_REPORT = """Significant Case Review – Child D
Glenmoor Child Protection Committee
Foreword by the Independent Chair
I thank the practitioners who took part in this review.
The review process
The Initial Case Review was held on 7 May 2026. An SCR was commissioned.
Findings
Missed appointments were not followed up.
Recommendations
1. The CPC should issue practice guidance.
Approval
This report was ratified by the Chief Officers' Group on 19.05.2026.
"""

LR_REPORT = """OFFICIAL SENSITIVE
Learning Review Final Report
Glenmoor Child Protection Committee – Child F
Lead reviewer: an independent reviewer
Why a Learning Review?
The rapid review recommended, and the Chief Officers' Group agreed, that a Learning Review should be undertaken.
Review questions
1. How well did services understand the child's daily lived experience?
What we found
Information was not shared between adult and children's services.
"""

SEVEN_MINUTE_BRIEFING = """Glenmoor Child Protection Committee
7-Minute Briefing
Significant Case Review – Young Person E
1. Background
Young Person E was groomed online over several months.
2. What we learned
Staff lacked confidence in recognising online grooming.
"""

COVER_LETTER = """Glenmoor Council
Children and Families
12 October 2026
Care Inspectorate
Initial Case Review – Child Q
Dear Colleague
I enclose the ICR report for Child Q. The Chief Officers' Group ratified the ICR decision on 8 October 2026;
a Significant Case Review will be commissioned.
Please contact me if you require anything further.
Yours sincerely
Lead Officer, Glenmoor Child Protection Committee
"""

EMAIL_STYLE_LETTER = """Initial Case Review notification
Please find attached the Initial Case Review report for Child R, as ratified by Chief Officers.
Kind regards
Child Protection Lead Officer
"""

AGENDA = """Agenda
Glenmoor Public Protection Chief Officers Group
Wednesday, 7 October 2026, 14:00, Council Offices
1\tApologies
2\tMinutes of the previous meeting
3\tInitial Case Review Child Z – for ratification
4\tSignificant Case Review Child Y – progress report
5\tAny other business
6\tDate of next meeting
"""

COG_MINUTE = """Chief Officers Group
Minute of meeting held on 7 October 2026
Present: Chief Executive (Chair); Divisional Commander; Chief Social Work Officer
1. Apologies
Apologies were noted.
2. Initial Case Review – Child Z
Chief Officers ratified the ICR recommendation that a Significant Case Review be undertaken.
3. Any other business
None.
"""

ICR_MINUTE = """OFFICIAL SENSITIVE
Glenmoor Child Protection Committee
Minute of Initial Case Review meeting
Held on Friday 18th September 2026
Present: Chair; Police Scotland; Social Work; Lead Officer
Apologies: Education
1. Purpose of meeting
To decide whether the circumstances of Child Z meet the criteria for a Significant Case Review.
2. Circumstances
Child Z was found alone in the street.
3. Decision of the ICR
Members agreed to recommend to the Chief Officers' Group that an SCR be undertaken.
4. Any other business
None.
Post-meeting note
Chief Officers agreed that a Significant Case Review will be carried out.
"""

NOT_A_REVIEW = """Glenmoor Child Protection Committee
Annual Report 2025-26
The committee met six times this year and published new multi-agency guidance.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ICR_PROCEED, ("ICR", "proceed_to_scr")),
        (ICR_NO_SCR, ("ICR", "no_scr")),
        (ICR_OTHER_LEARNING, ("ICR", "other_learning_activity")),
        (RAPID_REVIEW_LR, ("ICR", "proceed_to_scr")),
        (ICR_UNKNOWN, ("ICR", None)),
        (ICR_MINUTE, ("ICR", "proceed_to_scr")),
        (SCR_REPORT, ("SCR", None)),
        # a briefing on a review's learning is a product of the review, not the report (issue 10)
        (SEVEN_MINUTE_BRIEFING, ("OTHER", None)),
        (LR_REPORT, ("LR", None)),
        (COVER_LETTER, ("OTHER", None)),
        (EMAIL_STYLE_LETTER, ("OTHER", None)),
        (AGENDA, ("OTHER", None)),
        (COG_MINUTE, ("OTHER", None)),
        (NOT_A_REVIEW, ("OTHER", None)),
        ("", ("OTHER", None)),
    ],
    ids=["icr-proceed", "icr-no-scr", "icr-other-learning", "rapid-review-lr", "icr-unknown", "icr-minute",
         "scr", "scr-briefing", "lr", "cover-letter", "email-letter", "agenda", "cog-minute", "annual-report",
         "empty"],
)
def test_classify(text: str, expected: tuple[str, str | None]) -> None:
    assert classify(text) == expected


def test_chief_officers_overrule_the_icr_recommendation() -> None:
    text = (
        "Initial Case Review\nGlenmoor Child Protection Committee\n"
        "The ICR recommended that a Significant Case Review be commissioned.\n"
        "Chief Officers did not agree and decided that the case does not meet the criteria for an SCR.\n"
    )
    assert classify(text) == ("ICR", "no_scr")


def test_icr_deciding_not_to_proceed_to_learning_review() -> None:
    text = (
        "Initial Case Review – outcome\nGlenmoor Child Protection Committee\n"
        "Chief Officers agreed that a Learning Review is not required.\n"
    )
    assert classify(text) == ("ICR", "no_scr")


def test_icr_form_progressing_to_learning_review() -> None:
    text = (
        "Glenmoor CPC\nInitial Case Review (ICR) Notification to the Care Inspectorate\n"
        "Date of ICR: 01/09/2026\nDate of COG: 15/09/2026\n"
        "Outcome: The COG agreed that the case should progress to a Learning Review.\n"
    )
    assert classify(text) == ("ICR", "proceed_to_scr")


def test_letter_enclosing_an_scr_is_other() -> None:
    text = (
        "Glenmoor Child Protection Committee\nDear Colleague\nRe: Significant Case Review – Child D\n"
        "Please find enclosed the SCR report, ratified by Chief Officers on 19 May 2026.\n"
        "Yours sincerely\nLead Officer\n"
    )
    assert classify(text) == ("OTHER", None)


def test_chronology_no_further_action_is_not_the_decision() -> None:
    text = (
        "Initial Case Review\nGlenmoor Child Protection Committee\n"
        "Chronology\nPolice Scotland took no further action in 2024.\n"
        "Decision\nChief Officers agreed that a Significant Case Review should be undertaken.\n"
    )
    assert classify(text) == ("ICR", "proceed_to_scr")


def test_annual_report_is_other() -> None:
    text = ("Glenmoor Child Protection Committee Annual Report 2025–26\nForeword\n"
            "Initial Case Reviews and Learning Reviews\nThe committee convened 4 Initial Case Reviews (ICRs); "
            "one progressed to a Learning Review. A Significant Case Review was published.\n")
    assert classify(text) == ("OTHER", None)


def test_initial_case_review_report_title_is_not_an_scr() -> None:
    text = ("Initial Case Review Report\nGlenmoor Council\nSummary of circumstances\nChild P was admitted.\n"
            "Recommendation of the ICR\nThe ICR panel recommended that an SCR is not required.\n"
            "Chief Officers' decision\nChief Officers agreed that no SCR is required; an SCR is not needed.\n")
    assert classify(text) == ("ICR", "no_scr")


def test_icr_learning_review_decision_form_is_an_icr() -> None:
    text = ("Glenmoor Council – Child B\nICR / Learning Review Decision Form\nDate of ICR\t14-5-27\n"
            "Decision of Chief Officers (tick one)\n☒ Proceed to Learning Review\n☐ No further review required\n"
            "☐ Other learning activity (specify below)\nLearning Review lead: to be appointed\n")
    assert classify(text) == ("ICR", "proceed_to_scr")


def test_ticked_box_is_the_decision() -> None:
    text = ("Initial Case Review – Outcome\nOutcome (please tick)\n[ ] Proceed to Learning Review\n"
            "[X] No further review required\n[ ] Other learning activity (specify below)\n")
    assert classify(text) == ("ICR", "no_scr")


def test_decision_wrapped_in_a_narrow_pdf_cell() -> None:
    text = ("ICR Outcome Notice\nGlenmoor Child Protection Committee\nOutcome\nThe COG decided to proceed to a\n"
            "Significant Case Review.\nKey learning\n")
    assert classify(text) == ("ICR", "proceed_to_scr")


def test_abbreviation_after_the_review_name() -> None:
    text = ("Rapid Review\nGlenmoor CPC\nChief Officers' decision\nChief Officers' Group accepted the "
            "recommendation that a Learning Review (LR) be commissioned.\n")
    assert classify(text) == ("ICR", "proceed_to_scr")


def test_form_short_forms_of_the_recommendation() -> None:
    assert classify("ICR Notification Form\nGlenmoor CPC\nICR recommendation\tCriteria not met - no further "
                    "review\n")[1] == "no_scr"
    assert classify("ICR Notification Form\nGlenmoor CPC\nICR recommendation\tOther learning activity - "
                    "multi-agency reflective practice session\n")[1] == "other_learning_activity"


# --- issue 10: documents that are not reviews at all ---------------------------------------


def test_standard_with_foreword_and_methodology_but_no_review_term_is_other() -> None:
    text = ("Exchange Format for Survey Data\nVersion 3\nForeword\nThis standard sets out the format.\n"
            "Methodology\nThe methodology follows the terms of reference agreed by the steering group.\n")
    assert classify(text) == ("OTHER", None)


def test_acronyms_are_case_sensitive() -> None:
    text = "Hydrography Data Model\nLRS tables\nThe LRS profile and lrs_id keys are described below.\n"
    assert classify(text) == ("OTHER", None)


def test_a_learning_review_still_needs_only_its_own_name() -> None:
    text = "Learning Review Report\nFindings\nThe review found that agencies did not share information.\n"
    assert classify(text)[0] == "LR"


def test_learning_review_notifications_are_their_own_kinds() -> None:
    decision = ("Learning Review - Decision Notification\nGlenmoor Adult Protection Committee\n"
                "The Chief Officers Group agreed on 3 March 2031 that a Learning Review will be held.\n")
    outcome = ("Notification of the outcome of a Learning Review\nGlenmoor Adult Protection Committee\n"
               "Chief Officers ratified the outcome on 17 June 2031.\n")
    assert classify(decision) == ("LR-DECISION", None)
    assert classify(outcome) == ("LR-OUTCOME", None)


def test_an_icr_notification_form_stays_an_icr() -> None:
    text = "Initial Case Review - Notification Form\nGlenmoor Child Protection Committee\nDate of ICR\t3 March 2031\n"
    assert classify(text)[0] == "ICR"


def test_subject_comes_from_the_report_and_evidence_is_ranked() -> None:
    from ingestd.analysis.classify import classify_with_evidence

    adult = classify_with_evidence("Learning Review\nAdult Support and Protection\nAdult B was at risk of harm.\n")
    child = classify_with_evidence("Significant Case Review\nChild Protection Committee\nChild K was 3.\n")
    assert (adult.doc_type, adult.subject) == ("LR", "adult")
    assert (child.doc_type, child.subject) == ("SCR", "child")
    top = child.candidates[0]
    assert top.doc_type == "SCR" and top.evidence[0].rule == "title-term"
    assert top.weight == sum(e.weight for e in top.evidence)
    assert classify_with_evidence("Hydrography Data Model\nLRS tables\n").subject is None


@pytest.mark.parametrize(
    "title",
    ["Learning Review (Young Person D) - Multi-agency Action Plan",
     "Significant Case Review: Child R\nImprovement Action Plan",
     "Serious Incident Review\nNHS Example Board"],
)
def test_action_plans_and_incident_reviews_are_other(title):
    text = (f"Example Child Protection Committee\n{title}\n\nNo | Recommendation | Action | Lead\n"
            "1 | Review the escalation policy | Relaunch it | Service Manager\nLearning Review findings.\n")
    assert classify(text)[0] == "OTHER"


def test_a_review_report_with_its_action_plan_is_the_review():
    text = ("Example Child Protection Committee\nLearning Review Report and Action Plan: Child R\n\n"
            "Terms of reference\nThe review team met.\nRecommendations\n")
    assert classify(text)[0] == "LR"


def test_an_unticked_box_is_not_evidence_of_its_option() -> None:
    form = ("LEARNING OUTCOME NOTIFICATION FORM\n(to be completed within seven days of ratification)\n"
            "Committee: Example Adult Protection Committee\nReview reference: Mr Q\n"
            "Type of review: ☒ Learning Review  ☐ ICR  ☐ SCR\nAgencies involved: Police Scotland\n")
    assert classify(form)[0] == "LR-OUTCOME"
    ticked = form.replace("☒ Learning Review  ☐ ICR", "☐ Learning Review  [x] ICR")
    assert classify(ticked)[0] == "ICR"


def test_a_training_flyer_about_reviews_in_general_is_other() -> None:
    flyer = ("Example Child Protection Committee – Multi-agency training\n\nLEARNING FROM REVIEWS: what we found\n"
             "Saturday 2 January 2027\n\nThis session looks at themes from learning reviews and significant case "
             "reviews across Scotland.\n\nWhat we found about information sharing.\n")
    assert classify(flyer)[0] == "OTHER"


COVER_EMAIL = """From: Business Support <support@glenmoor.example.gov.uk>
Sent: 17 January 2026 09:41
To: intake@inspectorate.example.gov.uk
Subject: LR outcome - Child Y - Glenmoor

Good morning,

Attached is the outcome notification and anonymised report for the learning
review concerning Child Y. Apologies for the delay.

Best wishes
Business Support Officer | Glenmoor Public Protection Committee
"""

LR_BRIEFING = """7-Minute Briefing: Learning Review Adult N
Glenmoor Adult Protection Committee

1. Background
Adult N was known to several services.
2. Why it matters
Neglect is cumulative; single incidents rarely meet thresholds.
"""

LR_QUOTING_A_LETTER = """Glenmoor Public Protection Committee
Learning Review - Child R

Health involvement

The GP practice wrote to the family after missed appointments. The letter,
reproduced below, shows the practice's attempts to engage the family:

    Glenmoor Medical Practice
    16 December 2025
    Dear Parent,
    You have not brought your child to three appointments. Please telephone
    the surgery.
    Yours sincerely
    General Practitioner

The letter was not copied to the health visitor.

Learning

Escalation routes were unclear. The Chief Officers Group ratified the report on 3 March 2026.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(COVER_EMAIL, "OTHER"), (LR_BRIEFING, "OTHER"), (LR_QUOTING_A_LETTER, "LR")],
    ids=["cover-email-headers", "lr-briefing-title", "lr-quoting-an-indented-letter"],
)
def test_documents_about_a_review_and_a_review_quoting_a_letter(text: str, expected: str) -> None:
    # A cover e-mail (its From/Subject header block) and a briefing on a review's learning are
    # OTHER though they name a Learning Review; a report quoting a letter (indented) is the report.
    assert classify(text)[0] == expected
