"""Prove that a change to the engine changed no output: fingerprints of every span, then a diff.

    .venv/bin/python benchmarks/span_diff.py dump OUT.json [--sets unseen,holdout,...]
    .venv/bin/python benchmarks/span_diff.py compare BEFORE.json AFTER.json

``dump`` regenerates the evaluation sets with their fixed seeds (eval_unseen's runs, holdout,
independent, blind3 to blind15) and reads ../shared/corpus/text (each file, and all of them as
one text the way bench_redaction.py reads them), runs ``redact``, ``classify`` and
``ratification_candidates`` over every text, and writes, per document, the spans (offsets,
category, placeholder, rule), the suspects, a hash of the redacted text, the type with its
evidence, the date and every ratification candidate with its evidence. ``compare`` lists the documents whose fingerprints differ and which part differs.

To compare two trees, dump with each tree's interpreter from that tree (the imports go to the
``ingestd`` the interpreter has installed), e.g. main's ``.venv/bin/python`` run from main.
Only offsets, categories, rule names and hashes are written or printed: never a document's
words, since the corpus holds personal data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # the generators; ``ingestd`` comes from the interpreter's install

BLIND_SETS = tuple(f"blind{n}" for n in range(3, 16))  # the sets tuned on; a set still blind is never read here
SETS = ("unseen", "holdout", "independent", *BLIND_SETS, "corpus", "bench")
UNSEEN_RUNS = [("a", 1), ("a", 2), ("a", 7001), ("b", 7001), ("c", 9001), ("a", 9001), ("b", 9001), ("c", 9101)]
CORPUS_TEXT = BENCH.parent.parent / "shared" / "corpus" / "text"


def texts(name: str, work: Path) -> list[tuple[str, str]]:
    """(document id, text) for one set, generated with the set's own fixed seed."""
    if name == "unseen":
        import unseen_reports
        out = []
        for variant, seed in UNSEEN_RUNS:
            sub = work / f"unseen-{variant}{seed}"
            for stem in unseen_reports.generate(sub, 30, seed, variant):
                out.append((f"unseen-{variant}{seed}-{stem}", (sub / "text" / f"{stem}.txt").read_text(encoding="utf-8")))
        return out
    if name == "holdout":
        import holdout_reports
        sub = work / "holdout"
        return [(f"holdout-{g['file']}", (sub / "text" / g["file"]).read_text(encoding="utf-8"))
                for g in holdout_reports.build(sub)]
    if name == "independent":
        import independent_reports
        sub = work / "independent"
        return [(f"independent-{stem}", (sub / "text" / f"{stem}.txt").read_text(encoding="utf-8"))
                for stem in independent_reports.generate(sub)]
    if name in BLIND_SETS:
        module = __import__(f"{name}_reports")
        return [(f"{name}-{gold['file']}", text) for text, gold in module.generate()]
    if name == "corpus":
        return [(f"corpus-{index}", path.read_text(encoding="utf-8"))
                for index, path in enumerate(sorted(CORPUS_TEXT.glob("*.txt")))]
    if name == "bench":  # the corpus as bench_redaction.py reads it: one text
        return [("bench", "\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS_TEXT.glob("*.txt"))))]
    raise SystemExit(f"unknown set {name!r}; choose from {', '.join(SETS)}")


def fingerprint(text: str) -> dict:
    from ingestd.analysis.classify import classify_with_evidence
    from ingestd.analysis.dates import decide, ratification_candidates
    from ingestd.redaction import redact

    result = redact(text)
    kind = classify_with_evidence(text)
    doc_type = kind.doc_type
    candidates = ratification_candidates(text, doc_type)
    found = decide(candidates) if doc_type != "OTHER" else None
    return {"spans": [[s.start, s.end, s.category, s.placeholder, s.rule] for s in result.spans],
            "suspects": [list(pair) for pair in result.suspects],
            "text": hashlib.sha256(result.text.encode()).hexdigest(),
            "type": doc_type, "date": found.isoformat() if found else None,
            "decision": kind.decision, "subject": kind.subject,
            "evidence": [[t.doc_type, t.weight, [[e.rule, e.weight, list(e.span)] for e in t.evidence]]
                         for t in kind.candidates],
            "candidates": [[c.value.isoformat() if c.value else None, c.weight,
                            [[e.rule, e.weight, list(e.span)] for e in c.evidence]] for c in candidates]}


def dump(out: Path, sets: list[str]) -> int:
    prints: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="span-diff-") as tmp:
        for name in sets:
            for doc, text in texts(name, Path(tmp)):
                prints[doc] = fingerprint(text)
    out.write_text(json.dumps(prints, sort_keys=True), encoding="utf-8")
    spans = sum(len(p["spans"]) for p in prints.values())
    print(f"{len(prints)} documents, {spans} spans -> {out}")
    return 0


def compare(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    differing = 0
    for doc in sorted(before.keys() | after.keys()):
        if doc not in before or doc not in after:
            print(f"{doc}: only in {'after' if doc not in before else 'before'}")
            differing += 1
            continue
        parts = [part for part in ("spans", "suspects", "text", "type", "decision", "subject", "evidence", "date", "candidates") if before[doc][part] != after[doc][part]]
        if parts:
            differing += 1
            print(f"{doc}: {', '.join(parts)} differ ({len(before[doc]['spans'])} -> {len(after[doc]['spans'])} spans)")
    spans = sum(len(p["spans"]) for p in after.values())
    print(f"{len(after)} documents, {spans} spans; {differing} differ" if differing
          else f"identical: {len(after)} documents, {spans} spans")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--sets", default=",".join(SETS))
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.sets.split(","))
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
