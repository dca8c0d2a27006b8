"""CI evaluation on documents from ``unseen_reports``: redaction, type and ratification date, against targets.

    .venv/bin/python benchmarks/eval_unseen.py [--set dev|heldout|all] [--n 30] [--show N]

Exits 1 when any figure is under its target, so ``.ci/run`` can run it as a gate:

* person recall >= 0.995; every identifier (postcode, phone, e-mail, CHI, NHS, NI) and
  date of birth 1.000; address >= 0.99; keep >= 0.95;
* ratification date exact (a date, or ``unknown`` where the report has none) on >= 95%
  of reports, and not one WRONG date (a date where there is none, or another date);
* document type right on >= 95%.

Seed sets are fixed. ``dev`` is what rules were developed against: variant a seeds 1 and 2,
plus seed 7001 of both variants, the first held-out set, which joined ``dev`` once its two
failures had been looked at, and variant c seed 9001 (scored once unseen, then looked at).
``heldout`` (seed 9001 of variants a and b, seed 9101 of c) is what figures are reported
on; nobody has looked at its documents or failures. Leaked forms are fictional;
they are printed only with ``--show``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingestd.analysis.classify import classify  # noqa: E402
from ingestd.analysis.dates import find_ratification_date  # noqa: E402
from ingestd.redaction import redact  # noqa: E402
from unseen_reports import generate  # noqa: E402

SCORER = ROOT / "benchmarks" / "score_redaction.py"  # the shared scorer, vendored: CI has no ../shared
SETS = {"dev": [("a", 1), ("a", 2), ("a", 7001), ("b", 7001), ("c", 9001)],
        "heldout": [("a", 9001), ("b", 9001), ("c", 9101)]}
TARGETS = {"person": 0.995, "address": 0.99, "keep": 0.95, "ratification": 0.95, "doc_type": 0.95}
IDENTIFIERS = ("postcode", "phone", "email", "dob", "chi", "nhs", "ni")


def run_set(work: Path, runs: list[tuple[str, int]], n: int) -> dict:
    """Generate every (variant, seed) run, redact and analyse; return the combined figures."""
    gold_dir, out_dir = work / "gold", work / "out"
    gold_dir.mkdir(parents=True)
    out_dir.mkdir()
    dates = {"total": 0, "exact": 0, "wrong": 0, "unknown": 0, "wrong_docs": []}
    suspects: dict[str, set[str]] = {}
    types = {"total": 0, "right": 0, "wrong_docs": []}
    for variant, seed in runs:
        sub = work / f"{variant}{seed}"
        for stem in generate(sub, n, seed, variant):
            name = f"{variant}{seed}-{stem}"
            text = (sub / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            gold = json.loads((sub / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
            gold["file"] = f"{name}.txt"
            (gold_dir / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
            result = redact(text)
            (out_dir / f"{name}.txt").write_text(result.text, encoding="utf-8")
            suspects[f"{name}.txt"] = {result.text[a:b].lower() for a, b in result.suspects}
            doc_type, _ = classify(text)
            types["total"] += 1
            if doc_type == gold["doc_type"]:
                types["right"] += 1
            else:
                types["wrong_docs"].append(f"{name}: {doc_type} for {gold['doc_type']}")
            if gold["doc_type"] == "OTHER":
                continue
            found = find_ratification_date(text, gold["doc_type"])
            expected = gold["ratification_date"]
            dates["total"] += 1
            if (found.isoformat() if found else None) == expected:
                dates["exact"] += 1
            elif found is None:
                dates["unknown"] += 1
            else:
                dates["wrong"] += 1
                dates["wrong_docs"].append(f"{name}: {found} for {expected}")
    scored = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold_dir), "--out", str(out_dir), "--json"],
                            capture_output=True, text=True, check=True)
    redaction = json.loads(scored.stdout)
    return {"redaction": redaction, "dates": dates, "types": types, "suspects": _suspect_figures(redaction, suspects)}


def _suspect_figures(redaction: dict, suspects: dict[str, set[str]]) -> dict:
    """How many suspects were raised, and how many leaked names or streets were among them."""
    flagged = 0
    leaks = [leak for leak in redaction["leaks"] if leak["category"] in ("person", "address")]
    for leak in leaks:
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{2,}", leak["text"]) if w[0].isupper()}
        if words & suspects.get(leak["doc"], set()):
            flagged += 1
    return {"raised": sum(len(v) for v in suspects.values()), "docs": len(suspects),
            "leaks": len(leaks), "leaks_flagged": flagged}


def report(name: str, figures: dict, show: int) -> list[str]:
    """Print one set's figures; return the names of the targets it missed."""
    failed: list[str] = []
    redaction = figures["redaction"]
    print(f"== {name}: {redaction['overall']['docs']} documents")
    print(f"{'category':<13} {'total':>6} {'leaked':>7} {'recall':>7} {'target':>7}")
    for category, c in sorted(redaction["categories"].items()):
        target = TARGETS.get(category, 1.0 if category in IDENTIFIERS else 0.0)
        below = c["recall"] < target
        failed += [f"{name} {category}"] if below else []
        print(f"{category:<13} {c['total']:>6} {c['leaked']:>7} {c['recall']:>7.3f} {target:>7.3f}{'  BELOW' if below else ''}")
    overall = redaction["overall"]
    keep_below = overall["keep"] < TARGETS["keep"]
    failed += [f"{name} keep"] if keep_below else []
    print(f"{'keep':<13} {overall['keep_total']:>6} {overall['keep_total'] - overall['keep_kept']:>7} "
          f"{overall['keep']:>7.3f} {TARGETS['keep']:>7.3f}{'  BELOW' if keep_below else ''}")
    dates = figures["dates"]
    exact = dates["exact"] / dates["total"] if dates["total"] else 1.0
    dates_below = exact < TARGETS["ratification"] or dates["wrong"] > 0
    failed += [f"{name} ratification"] if dates_below else []
    print(f"ratification  {dates['total']:>6} exact {dates['exact']} ({exact:.3f}) unknown {dates['unknown']} "
          f"WRONG {dates['wrong']}{'  BELOW' if dates_below else ''}")
    types = figures["types"]
    right = types["right"] / types["total"] if types["total"] else 1.0
    types_below = right < TARGETS["doc_type"]
    failed += [f"{name} doc_type"] if types_below else []
    print(f"doc_type      {types['total']:>6} right {types['right']} ({right:.3f}){'  BELOW' if types_below else ''}")
    sus = figures["suspects"]
    print(f"suspects      {sus['raised']} raised in {sus['docs']} documents; person/address forms leaked "
          f"{sus['leaks']}, of them among the suspects {sus['leaks_flagged']}")
    if show:
        for leak in redaction["leaks"][:show]:
            print(f"  leak {leak['doc']} {leak['category']:<8} {leak['how']:<12} {leak['text']!r}")
        for lost in redaction["lost_keep"][:show]:
            print(f"  lost {lost['doc']} {lost['text']!r}")
        for line in (dates["wrong_docs"] + types["wrong_docs"])[:show]:
            print(f"  {line}")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--n", type=int, default=30, help="documents per (variant, seed) run")
    parser.add_argument("--show", type=int, default=0, help="list up to N leaks, lost keep terms and wrong answers")
    args = parser.parse_args(argv)
    names = list(SETS) if args.set == "all" else [args.set]
    failed: list[str] = []
    for name in names:
        with tempfile.TemporaryDirectory(prefix=f"unseen-{name}-") as tmp:
            failed += report(name, run_set(Path(tmp), SETS[name], args.n), args.show)
    print("targets: " + ("all met" if not failed else "MISSED " + ", ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
