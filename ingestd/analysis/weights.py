"""Every weight the analysis rules add, in one place, so their balance can be read and changed.

Document type (``classify``): each type's weight is the sum of its evidence; the heaviest
type wins at ``MIN_TYPE`` or more, a tie going to the type named first in the title.

Ratification date (``dates``): a date's weight is the sum of its evidence; it is a
candidate at ``MIN_CANDIDATE`` or more; the best candidate wins only when no other date has
the same weight.
"""

from __future__ import annotations

# --- ratification date -------------------------------------------------------------------
RATIFY_VERB = 3     # ratified / endorsed / approved / signed off in the date's clause
COG_NAMED = 2       # the Chief Officers Group is named in the clause (as the one deciding)
DECISION_WORD = 1   # agreed, decided, decision, outcome, confirmed, supported
FORM_LABEL = 1      # a form label naming a date and the COG: "Date outcome ratified by COG"
# A form's ratification question answered yes ("Ratified by COG: Yes"), its date the single
# neutrally labelled date on the rows right below ("Date: 4 March 2026"): as strong as a ratify
# verb with the COG named, so a different date said so elsewhere ties (unknown) instead of losing.
RATIFIED_ANSWER = 5
# Minutes of the COG's own meeting record "the COG ratified the report" with no date: the
# meeting's date in the heading carries the decision, as strongly as a ratify verb with the COG.
MINUTED_DECISION = 5
# A table's dated cell read under its column's headings ("COG ratified" over "15/09/2025", a merged
# "Review" above): the headings are the cell's label and score as any label does; this names the
# reading in the evidence and adds nothing, so a sentence giving another date still ties (unknown).
COLUMN_HEADING = 0
AGREEMENT = 3       # the same date carries evidence in another place too (a row and a sentence)
MIN_CANDIDATE = 3
# The form's own ratification row ("Date outcome ratified by COG") holds no date (awaiting,
# TBC, blank): an undated candidate heavier than any sum of the evidence above, so the
# answer is unknown rather than another row's date.
RATIFIED_ROW_PENDING = 100
# The best-supported date came before this review began (before its labelled referral, ICR or
# start date): it is another review's ratification, so the answer is unknown rather than the next
# date down; as heavy as a pending row for that reason.
BEFORE_REVIEW_START = 100
# The text says in a sentence of its own that this review's ratification is still to come ("This
# report will go to the Chief Officers Group when the panel has finished"): any date of ratification
# in it is another review's or a meeting to come, so the answer is unknown.
OWN_RATIFICATION_TO_COME = 100

# --- document type (``classify``) ---------------------------------------------------------
TITLE_TERM = 10     # a review's name in the first three lines
HEADING_TERM = 4    # ... in lines 4 to 8
# a review's name misspelt in the title ("LEARNIGN REVEIW"), where no review is named rightly: still
# the title naming the document's kind, as heavy as a title term
MISSPELT_TITLE_TERM = 10
BODY_TERM = 1       # ... further down, counted up to MAX_BODY_TERMS times
MAX_BODY_TERMS = 5
ICR_FIELD = 3       # a field only an ICR record has ("Date of ICR", "decision form")
REVIEW_SECTION = 2  # a full review's section ("Terms of reference", "Methodology"), to a named type only
MAX_FIELDS = 3
MIN_TYPE = 3        # below this, the document is OTHER

# --- subject (``classify.find_subject``): the side each cue counts for; one side must lead by a margin of 2 ---
# The subject's own rows in a form ("Name: ..." / "Age: 7", their date of birth): as strong as the
# margin, so they decide alone and a single word for the other side elsewhere ("the adult's room")
# leaves the answer open rather than turned.
SUBJECT_DETAILS = 2

# --- letter form (``classify._LETTER_MARKS``: a letter at 4 or more, outweighing report headings) ---
CASUAL_GREETING = 2  # a lower-case e-mail's "hi sigrid," or its "thanks" on a line of its own
QUOTED_CHAIN = 2     # a reply's or forward's "-----Original Message-----": the text is an e-mail chain
# a message's form for ``classify.MESSAGE_NOTICES`` (a salutation or an e-mail's header alone, a
# forward's line): a notification is often a two-line e-mail, not a letter scoring 4
MESSAGE_FORM = 2
