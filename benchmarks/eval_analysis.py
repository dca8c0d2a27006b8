"""Score the analysis stages against the development corpus's gold files.

    .venv/bin/python benchmarks/eval_analysis.py [--corpus /work/shared/corpus] [--docs] [--verbose]

Prints accuracy for doc_type, ICR decision, CPC (text only: no sender domain, so the text
evidence is what is measured) and ratification date (on reports; on non-reports the
pipeline does not ask). ``--docs`` reads the real DOCX/PDF files through the project's
parsers instead of the reference texts (soft line wraps, table cells out of order); a
document with no text layer is counted as a miss. Prints only document ids and codes,
never text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingestd.config.cpcs import DEFAULT_CPCS  # noqa: E402
from ingestd.analysis import classify, find_ratification_date, identify_cpc  # noqa: E402
from ingestd.errors import ParseError  # noqa: E402


def _document_text(path: Path) -> str:
    from ingestd.parsers.docx_text import docx_to_text
    from ingestd.parsers.pdf_text import pdf_to_text

    data = path.read_bytes()
    try:
        return docx_to_text(data) if path.suffix == ".docx" else pdf_to_text(data)[0]
    except ParseError as exc:
        print(f"{path.stem}: not extracted ({exc.reason})")
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--docs", action="store_true", help="extract the DOCX/PDF files instead")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    totals = {"doc_type": [0, 0], "decision": [0, 0], "cpc": [0, 0], "date": [0, 0], "date_wrong": [0, 0]}
    for text_path in sorted((args.corpus / "text").glob("*.txt")):
        gold = json.loads((args.corpus / "gold" / f"{text_path.stem}.json").read_text())
        text = _document_text(args.corpus / "docs" / gold["file"]) if args.docs else text_path.read_text("utf-8")
        doc_type, decision = classify(text)
        cpc = identify_cpc(None, text, DEFAULT_CPCS)
        ratified = find_ratification_date(text)
        gold_type = gold["doc_type"].upper()
        checks = {"doc_type": doc_type == gold_type, "cpc": cpc == gold["cpc"]}
        if gold_type == "ICR":
            checks["decision"] = decision == gold["decision"]
        if gold_type != "OTHER":
            found = ratified.isoformat() if ratified else None
            checks["date"] = found == gold["ratification_date"]
            # A wrong date is worse than none: count those separately.
            checks["date_wrong"] = not (found is not None and found != gold["ratification_date"])
        for key, ok in checks.items():
            totals[key][0] += ok
            totals[key][1] += 1
        if args.verbose or not all(checks.values()):
            flags = " ".join(f"{k}={'ok' if v else 'FAIL'}" for k, v in checks.items())
            print(f"{text_path.stem}: {flags} (got {doc_type} {decision} {ratified})")
    for key, (ok, total) in totals.items():
        label = "no wrong date" if key == "date_wrong" else key
        print(f"{label:14} {ok}/{total}")
    return 0 if all(ok == total for ok, total in totals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
