"""Word lists as regular expressions that the ``re`` engine can scan quickly.

Python's ``re`` tries the branches of an alternation one by one at every position, so
``\\b(?:visitor|worker|nurse|...)`` over 150 words costs 150 comparisons a word of the
text. The same words factored into a prefix tree (``(?:v(?:isitor)|w(?:orker|ife)|...)``)
cost one comparison per character that can still match. The language matched is the
same, and longer words are still tried before their prefixes.

A pattern that opens with ``\\b`` or a look-behind gives ``re`` no first character to search
for, so it is tried in full at every position; ``starting_with`` puts a one-character
look-ahead in front, which turns most positions away in one step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""

# Every character an ASCII letter matches under ``re.IGNORECASE``: both cases, and the four
# Unicode characters that fold to one ("\u0130" and "\u0131" to i, the long "\u017f" to s, the
# Kelvin sign "\u212a" to k). ``tests/redaction/test_patterns.py`` checks this over every code point.
ASCII_LETTERS_ANY_CASE = "A-Za-z\u0130\u0131\u017f\u212a"


def starting_with(first: str, source: str, flags: int = 0) -> re.Pattern[str]:
    """``source`` compiled behind a look-ahead for ``first``, a character class without brackets.

    The matches are the same, only found faster, when every match of ``source`` starts with a
    character of ``first`` (under ``re.IGNORECASE``, with every character that folds to one:
    see ``ASCII_LETTERS_ANY_CASE``). That is the caller's promise; the tests compare each gated
    pattern with its source. ``source`` must not hold global inline flags: pass ``flags``.
    """
    return re.compile(f"(?=[{first}])(?:{source})", flags)


def trie_alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching exactly ``words`` (literal strings), longest first."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(root) if root else "(?!)"


def _emit(node: dict) -> str:
    ends = _END in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends else group
