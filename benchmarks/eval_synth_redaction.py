"""Score the redaction engine on freshly generated fictional reports (``synth_reports``).

    .venv/bin/python benchmarks/eval_synth_redaction.py [--n 40] [--seed 1] [--keep-dir DIR]
        [--show-leaks N]

Generates the documents into a temporary directory (never committed), redacts each text
with ``redaction.redact``, and scores the outputs with the shared scorer in ``--out`` mode.
Prints recall per category, keep, and the targets each one is judged against. Leaked forms
are fictional, but they are printed only on request (``--show-leaks``), grouped by how they
leaked.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingestd.redaction import redact  # noqa: E402
from synth_reports import generate  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score_redaction.py"
TARGETS = {"person": 0.995, "address": 0.99, "keep": 0.95}
IDENTIFIERS = ("postcode", "phone", "email", "dob", "chi", "nhs", "ni")


def evaluate(work: Path, n: int, seed: int) -> dict:
    """Generate, redact and score; return the scorer's JSON report."""
    stems = generate(work, n, seed)
    out = work / "out"
    out.mkdir(exist_ok=True)
    for stem in stems:
        text = (work / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        (out / f"{stem}.txt").write_text(redact(text).text, encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(work / "gold"), "--out", str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-dir", type=Path, help="write texts, gold and outputs here instead of a temp dir")
    parser.add_argument("--show-leaks", type=int, default=0, help="list up to N leaked forms and lost keep terms")
    args = parser.parse_args(argv)
    if args.keep_dir:
        report = evaluate(args.keep_dir, args.n, args.seed)
    else:
        with tempfile.TemporaryDirectory(prefix="synth-redaction-") as tmp:
            report = evaluate(Path(tmp), args.n, args.seed)

    print(f"{'category':<10} {'total':>6} {'leaked':>7} {'recall':>7} {'target':>7}")
    for name, c in sorted(report["categories"].items()):
        target = TARGETS.get(name, 1.0 if name in IDENTIFIERS else None)
        mark = "" if target is None or c["recall"] >= target else "  BELOW"
        print(f"{name:<10} {c['total']:>6} {c['leaked']:>7} {c['recall']:>7.3f} {target:>7.3f}{mark}")
    overall = report["overall"]
    keep = overall["keep"]
    print(f"{'keep':<10} {overall['keep_total']:>6} {overall['keep_total'] - overall['keep_kept']:>7} {keep:>7.3f} "
          f"{TARGETS['keep']:>7.3f}{'  BELOW' if keep < TARGETS['keep'] else ''}")
    if args.show_leaks:
        for leak in report["leaks"][:args.show_leaks]:
            print(f"  leak {leak['doc']} {leak['category']:<8} {leak['how']:<14} {leak['text']!r}")
        for lost in report["lost_keep"][:args.show_leaks]:
            print(f"  lost {lost['doc']} {lost['text']!r}")
    print(f"recall {overall['recall']:.3f} keep {keep:.3f} docs {overall['docs']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
