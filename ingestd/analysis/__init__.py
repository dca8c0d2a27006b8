"""Text-analysis stages: what a report is, whose it is, when it was ratified, when it was due.

Each function takes plain text (never logged) and returns plain values; the pipeline
wraps them into ``ingestd.model`` records.
"""

from ingestd.analysis.classify import classify
from ingestd.analysis.cpc import identify_cpc
from ingestd.analysis.dates import find_ratification_date, parse_uk_date
from ingestd.analysis.deadline import compute_deadline

__all__ = ["classify", "compute_deadline", "find_ratification_date", "identify_cpc", "parse_uk_date"]
