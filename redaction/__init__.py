"""The redaction engine: ``redact(text)`` removes personal data and keeps the text readable.

Layered recognisers each report findings over the original text: validated identifiers
(``identifiers``), dates of birth (``dates``), postcodes, addresses and streets
(``addresses``), and person names on direct evidence (``names``). Names and birth dates are
then propagated through the whole document (``propagate``), organisation names are
protected from propagation (``keep``), and the findings are merged and replaced by
placeholders that are consistent per person and per address (``merge``). Capitalised words
left over that no word list explains are reported as suspects for a human check
(``suspects``). Every rule is a row of ``rules.RULES``. Nothing is downloaded and no model
is required.
"""

from __future__ import annotations

from ingestd.redaction.addresses import find_addresses, find_recurring_streets, resolve_street_keys
from ingestd.redaction.dates import find_dobs
from ingestd.redaction.identifiers import find_identifiers
from ingestd.redaction.keep import find_protected
from ingestd.redaction.merge import merge, render
from ingestd.redaction.model import CATEGORIES, Redacted, Span
from ingestd.redaction.names import find_names
from ingestd.redaction.propagate import dob_recurrences, person_findings
from ingestd.redaction.suspects import find_suspects

__all__ = ["CATEGORIES", "Redacted", "Span", "redact"]


# Spaces a word processor or a PDF writes that are not U+0020: a no-break space between a title
# and a name or inside a postcode, a narrow or figure space inside a number. Every recogniser
# reads a space as " ", so the text is read with these as spaces (one character for one: the
# offsets stay the text's own) and the output keeps the document's characters.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACE_LIKE = str.maketrans({ch: " " for ch in _SPACES})


def redact(text: str) -> Redacted:
    """Redact names, addresses, postcodes, phones, e-mails, birth dates, CHI, NHS and NI numbers."""
    original = text
    if any(ch in text for ch in _SPACES):  # most texts have none: no copy to make
        text = text.translate(_SPACE_LIKE)
    protected = find_protected(text)
    findings = list(find_identifiers(text))
    dobs = list(find_dobs(text))
    findings += dobs
    findings += dob_recurrences(text, dobs)
    addresses = find_addresses(text, protected)
    findings += resolve_street_keys([*addresses.findings, *find_recurring_streets(text, addresses.street_names)])
    findings += person_findings(text, find_names(text, protected), protected)
    redacted_text, spans, counts = render(original, merge(text, findings))
    suspects = find_suspects(text, spans, protected)
    return Redacted(text=redacted_text, spans=spans, counts=counts, suspects=suspects.positions)
