"""Word lists as regular expressions that the ``re`` engine can scan quickly.

Python's ``re`` tries the branches of an alternation one by one at every position, so
``\\b(?:visitor|worker|nurse|...)`` over 150 words costs 150 comparisons a word of the
text. The same words factored into a prefix tree (``(?:v(?:isitor)|w(?:orker|ife)|...)``)
cost one comparison per character that can still match. The language matched is the
same, and longer words are still tried before their prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


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
