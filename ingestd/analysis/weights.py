"""Every weight the analysis rules add, in one place, so their balance can be read and changed.

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
AGREEMENT = 3       # the same date carries evidence in another place too (a row and a sentence)
MIN_CANDIDATE = 3
