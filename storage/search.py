"""Full-text search over the redacted texts (migration 0006_web).

SQLite: the FTS5 table ``report_search`` (unicode61, diacritics folded), kept in step with
``reports`` by triggers. PostgreSQL: ``to_tsvector('english', redacted_text)`` with a GIN
index. Either way the reviewer's words are never passed as query syntax: on SQLite each word
becomes a quoted FTS5 string (so ``NEAR``, ``*``, ``"`` or ``-`` in a query are just text), on
PostgreSQL ``plainto_tsquery`` treats the whole query as plain words. All words must occur.
Reports an admin withdrew (issue 12) are never found.

Snippets come back with the matched words between ``MARK_START`` and ``MARK_END`` (private-use
code points) so that the web layer can escape the text first and mark the hits after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

MARK_START, MARK_END = "\ue000", "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12


@dataclass(frozen=True)
class SearchHit:
    reference: str
    doc_type: str
    cpc: str | None
    snippet: str  # redacted text around the hits, hits between MARK_START and MARK_END


def query_words(query: str) -> list[str]:
    return _WORD.findall(query)[:MAX_WORDS]


def search_reports(sm: sessionmaker[Session], query: str, *, limit: int = 50, offset: int = 0
                   ) -> tuple[list[SearchHit], int]:
    """Reports whose redacted text holds every word of ``query``: best matches first, and how many."""
    words = query_words(query)
    if not words:
        return [], 0
    with sm() as session:
        if session.get_bind().dialect.name == "sqlite":
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            total = session.execute(text(
                "SELECT count(*) FROM report_search JOIN reports r ON r.id = report_search.rowid "
                "WHERE report_search MATCH :m AND NOT r.withdrawn"), {"m": match}).scalar() or 0
            rows = session.execute(text(
                "SELECT r.reference, r.doc_type, r.cpc, "
                "snippet(report_search, 0, :a, :b, ' … ', 24) "
                "FROM report_search JOIN reports r ON r.id = report_search.rowid "
                "WHERE report_search MATCH :m AND NOT r.withdrawn ORDER BY bm25(report_search), r.id LIMIT :l OFFSET :o"),
                {"m": match, "a": MARK_START, "b": MARK_END, "l": limit, "o": offset}).all()
        else:
            plain = " ".join(words)
            vector = "to_tsvector('english', r.redacted_text)"
            total = session.execute(text(
                f"SELECT count(*) FROM reports r WHERE {vector} @@ plainto_tsquery('english', :q) AND NOT r.withdrawn"),
                {"q": plain}).scalar() or 0
            rows = session.execute(text(
                f"SELECT r.reference, r.doc_type, r.cpc, ts_headline('english', r.redacted_text, "
                f"plainto_tsquery('english', :q), :opts) FROM reports r "
                f"WHERE {vector} @@ plainto_tsquery('english', :q) AND NOT r.withdrawn "
                f"ORDER BY ts_rank({vector}, plainto_tsquery('english', :q)) DESC, r.id LIMIT :l OFFSET :o"),
                {"q": plain, "l": limit, "o": offset,
                 "opts": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
                         f"MaxFragments=2, FragmentDelimiter=\" … \""}).all()
    return [SearchHit(reference=r[0], doc_type=r[1], cpc=r[2], snippet=r[3] or "") for r in rows], total
