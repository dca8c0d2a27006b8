"""Forename gazetteer: supporting evidence that a capitalised word is a first name.

The list is the name dictionary shipped by the ``gender-guesser`` package (about 46,000 first
names from many countries, Gaelic and Polish forms included), read once on first use. A
gazetteer hit alone never redacts anything: it only lets "Capitalised Capitalised" count as a
full name when the rest of the phrase looks like one. Words the engine knows are not names
(roles, services, report vocabulary) are removed from the list.
"""

from __future__ import annotations

import functools
from importlib import resources

from redaction.lexicon import NOT_NAMES, ORG_HEADS, ROLE_WORDS

_NAME_COLUMNS = slice(3, 29)  # nam_dict.txt: gender code, then the name in columns 4-29


@functools.cache
def forenames() -> frozenset[str]:
    """Lower-case first names; empty when gender-guesser is not installed."""
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    names: set[str] = set()
    for line in data.splitlines():
        if not line or line[0] == "#":
            continue
        name = line[_NAME_COLUMNS].strip()
        # "+" joins the parts of compound names ("Jean+Pierre"): keep each form.
        for form in (name.replace("+", "-"), name.replace("+", " ")):
            if len(form) > 1:
                names.add(form.lower())
    return frozenset(names - NOT_NAMES - ORG_HEADS - ROLE_WORDS)


def is_forename(word: str) -> bool:
    """True when ``word`` (any case) is a known first name."""
    return word.lower() in forenames()
