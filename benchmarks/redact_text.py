"""Print the redacted text of one .pdf, .docx or .txt file (a stand-in for ``ingestd redact``).

Used with the shared scorer until the CLI exists::

    cd /work/shared/corpus && python3 ../tools/score_redaction.py --gold gold \
        --cmd '/work/main/.venv/bin/python /work/main/benchmarks/redact_text.py {file}' --skip-no-text

Text comes from the project's parsers (the layout-aware PDF reader and the DOCX reader with
tables, headers and footers) when they import, else from pdfminer.six and python-docx
directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingestd.redaction import redact  # noqa: E402


def extract(path: Path) -> str:
    """Plain text of a PDF, DOCX or text file."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        try:
            from ingestd.parsers.pdf_text import pdf_to_text
        except ImportError:
            from pdfminer.high_level import extract_text

            return extract_text(path)
        return pdf_to_text(data)[0]
    if suffix == ".docx":
        try:
            from ingestd.parsers.docx_text import docx_to_text
        except ImportError:
            return _docx_fallback(path)
        return docx_to_text(data)
    return data.decode("utf-8", errors="replace")


def _docx_fallback(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += ["\t".join(cell.text for cell in row.cells) for row in table.rows]
    for section in document.sections:
        lines += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: redact_text.py FILE (.pdf, .docx or .txt)", file=sys.stderr)
        return 2
    sys.stdout.write(redact(extract(Path(args[0]))).text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
