"""``ingestd redact --explain``: each redacted span with the rule and category that made it.

Answers "why was this redacted?" from the program rather than from the code. The listing
shows the ORIGINAL words of every span next to its placeholder, so it is for a person who
may read the original document anyway; it is never logged or stored.
"""

from __future__ import annotations

from ingestd.redaction.model import Redacted
from ingestd.redaction.rules import BY_NAME


def explain(original: str, result: Redacted) -> str:
    """One line per span (offsets, placeholder, category, rule, original words), then the reasons."""
    lines = []
    for span in result.spans:
        words = " ".join(original[span.start:span.end].split())
        lines.append(f"{span.start}-{span.end}\t{span.placeholder}\t{span.category}\t{span.rule or '-'}\t{words}")
    used = sorted({span.rule for span in result.spans if span.rule})
    if used:
        lines.append("")
        lines.extend(f"{name}: {BY_NAME[name].reason}" for name in used if name in BY_NAME)
    total = ", ".join(f"{category} {count}" for category, count in sorted(result.counts.items())) or "none"
    lines.append(f"spans {len(result.spans)} ({total})")
    return "\n".join(lines) + "\n"
