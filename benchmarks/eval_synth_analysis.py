"""Score the analysis stages on generated fictional documents (benchmarks/synth_analysis.py).

    .venv/bin/python benchmarks/eval_synth_analysis.py [--count 2000] [--seeds 1,2,3] [--show-failures 5]
                                                       [--field date] [--template icr_]

Prints accuracy per field, the number of WRONG ratification dates (a date given that is
not the right one: the serious failure) apart from dates not found (None), the rate of
None where the text states the ratification clearly, and the failures per template.
CPC is scored twice: with the sender domain the case came with, and from the text alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synth_analysis import ICR, OTHER, generate  # noqa: E402
from ingestd.config.cpcs import DEFAULT_CPCS  # noqa: E402
from ingestd.analysis import classify, find_ratification_date, identify_cpc  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="documents per seed")
    parser.add_argument("--seeds", default="1")
    parser.add_argument("--show-failures", type=int, default=0, help="print this many failing texts")
    parser.add_argument("--field", default=None, help="only show failures of this field")
    parser.add_argument("--template", default="", help="only cases whose template starts with this")
    args = parser.parse_args(argv)

    totals: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    by_template: Counter[tuple[str, str]] = Counter()
    shown = 0
    for seed in (int(s) for s in args.seeds.split(",")):
        for case in generate(args.count, seed):
            if not case.template.startswith(args.template):
                continue
            doc_type, decision = classify(case.text)
            checks = {
                "doc_type": doc_type == case.doc_type,
                "cpc": identify_cpc(case.sender_domain, case.text, DEFAULT_CPCS) == case.cpc,
                "cpc_text": identify_cpc(None, case.text, DEFAULT_CPCS) == case.cpc,
            }
            if case.doc_type == ICR:
                checks["decision"] = decision == case.decision
            found = None
            if case.doc_type != OTHER:
                found = find_ratification_date(case.text)
                checks["date"] = found == case.ratified
                checks["date_not_wrong"] = found is None or found == case.ratified
                if case.clear:
                    checks["date_found_clear"] = found is not None
            for key, ok in checks.items():
                counts[key] += 1
                totals[key] += ok
                if not ok:
                    by_template[(key, case.template)] += 1
            failed = [k for k, ok in checks.items() if not ok and (args.field is None or k == args.field)]
            if failed and shown < args.show_failures:
                shown += 1
                print(f"=== {case.ident} {case.template} FAIL {failed}: expected {case.doc_type} {case.decision} "
                      f"{case.cpc} {case.ratified}; got {doc_type} {decision} {found} domain={case.sender_domain}")
                print(case.text)
    for key in ("doc_type", "decision", "cpc", "cpc_text", "date", "date_not_wrong", "date_found_clear"):
        if counts[key]:
            print(f"{key:17} {totals[key]:6}/{counts[key]:<6} {100 * totals[key] / counts[key]:6.2f}%")
    wrong = counts["date_not_wrong"] - totals["date_not_wrong"]
    print(f"WRONG dates: {wrong}")
    if by_template:
        print("failures by field and template:")
        for (key, template), n in sorted(by_template.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {key:17} {template:22} {n}")
    return 0 if wrong == 0 and totals["doc_type"] == counts["doc_type"] and totals["cpc"] == counts["cpc"] else 1


if __name__ == "__main__":
    sys.exit(main())
