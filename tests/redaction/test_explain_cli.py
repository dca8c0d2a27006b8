"""``ingestd redact --explain FILE``: each span with its rule and category, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli import run_cli
from tests.factories import make_docx


def _run(*argv: str) -> tuple[int, str]:
    result = run_cli(None, *argv)
    return result.code, result.out


def test_explain_lists_each_span_with_rule_and_category(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx(["Report author: Tamsyn Quarrell", "Home: 12 stanehill road, kirkcaldy ky1 1aa"],
                               tables=[[["Name", "Relationship", "DOB"], ["Oriel Vantongeren", "Daughter", "12/03/2019"]]]))
    code, out = _run("redact", "--explain", str(path))
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines() if "\t" in line]
    explained = {(row[4], row[2], row[3]) for row in rows}
    assert ("Tamsyn Quarrell", "person", "name-role-cue") in explained
    assert ("ky1 1aa", "postcode", "postcode-any-case") in explained
    assert ("12/03/2019", "dob", "dob-column") in explained
    assert ("Oriel Vantongeren", "person", "name-column") in explained
    assert "postcode-any-case: A postcode typed in lower case" in out
    assert out.splitlines()[-1].startswith("spans ")


def test_redact_without_explain_prints_only_the_redacted_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Report author: Tamsyn Quarrell\n", encoding="utf-8")
    code, out = _run("redact", str(path))
    assert code == 0
    assert out == "Report author: [PERSON 1]\n"
