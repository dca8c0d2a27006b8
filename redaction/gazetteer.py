"""Forename gazetteer: supporting evidence that a capitalised word is a first name.

The list is the name dictionary shipped by the ``gender-guesser`` package (about 46,000 first
names from many countries, Gaelic and Polish forms included), read once on first use. A
gazetteer hit alone never redacts anything: it only lets "Capitalised Capitalised" count as a
full name when the rest of the phrase looks like one. Words the engine knows are not names
(roles, services, report vocabulary) are removed from the list.

Lookups fold accents both ways (the list spells "Gráinne", reports write "Grainne" or
"Mòrag"), and a hyphenated forename ("Ann-Louise", "Kerry-Ann") is a forename when each of
its parts is one, since such compounds are rarely listed whole.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

from ingestd.redaction.lexicon import NOT_NAMES, ORG_HEADS, ROLE_WORDS

_NAME_COLUMNS = slice(3, 29)  # nam_dict.txt: gender code, then the name in columns 4-29


def fold(word: str) -> str:
    """Lower case without accents: "Mòrag" -> "morag"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def forenames() -> frozenset[str]:
    """Lower-case first names, with and without accents; empty when gender-guesser is missing."""
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
                names.add(fold(form))
    return frozenset(names - NOT_NAMES - ORG_HEADS - ROLE_WORDS)


@functools.lru_cache(maxsize=65536)
def is_forename(word: str) -> bool:
    """True when ``word`` (any case, any accents) is a known first name or a hyphenated pair of them."""
    names = forenames()
    low = word.lower().replace("\u2019", "'")
    if low in names or fold(low) in names:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(len(p) > 1 and (p in names or fold(p) in names) for p in parts)


@functools.cache
def _genders() -> dict[str, str]:
    """Lower-case first name -> "F" or "M" where the list gives it one gender only."""
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    seen: dict[str, set[str]] = {}
    for line in data.splitlines():
        if not line or line[0] == "#":
            continue
        code = line[:2].strip().lstrip("?1")  # "F", "M", "?F" mostly female, "1F" first part ...
        gender = code[-1:] if code[-1:] in ("F", "M") else "?"
        seen.setdefault(fold(line[_NAME_COLUMNS].strip()), set()).add(gender)
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1 and "?" not in g}


@functools.lru_cache(maxsize=65536)
def forename_gender(word: str) -> str | None:
    """"F" or "M" for a first name the list gives one gender only; None when unknown or both."""
    return _genders().get(fold(word))
