#!/usr/bin/env python3
"""Evaluate the engine on the second held-out set (benchmarks/holdout_reports.py).

    PYTHONPATH=. python benchmarks/eval_holdout.py [--show] [--keep-dir DIR]

Generates the set into a temporary directory, runs
``ingestd.redaction.redact``, ``ingestd.analysis.classify.classify`` and
``ingestd.analysis.dates.find_ratification_date`` on every text, and prints
per-category PII recall (scorer rules: whole word, case-insensitive unless
word_collision, partial-redaction rule for multi-word person entries), keep recall,
document-type accuracy and ratification exact / unknown / WRONG.
``--show`` lists every failure.  Exit status 0 unless something crashes.
"""
from __future__ import annotations

import argparse
import shutil
import collections
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import holdout_reports as H  # noqa: E402


def leaked(entry, out, singles):
    cs = entry.get("word_collision", False)
    if H.present(entry["text"], out, cs):
        return True
    if entry["category"] == "person" and " " in entry["text"]:
        for tok in entry["text"].replace(",", " ").split():
            if len(tok) >= 3 and tok.lower() in singles:
                c2 = singles[tok.lower()]
                if H.present(tok, out, c2):
                    return True
    return False


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--keep-dir")
    a = ap.parse_args(argv)
    from ingestd.redaction import redact
    from ingestd.analysis.classify import classify
    from ingestd.analysis.dates import find_ratification_date

    tmp = Path(a.keep_dir) if a.keep_dir else Path(tempfile.mkdtemp(prefix="holdout_"))
    meta = H.build(tmp)
    t0 = time.time()
    cat_tot, cat_leak = collections.Counter(), collections.Counter()
    part_tot, part_leak = collections.Counter(), collections.Counter()
    keep_tot = keep_ok = 0
    typ_ok = 0
    rat = collections.Counter()
    fails = collections.defaultdict(list)
    confusion = collections.Counter()
    for g in meta:
        stem = g["file"][:-4]
        text = (tmp / "text" / g["file"]).read_text(encoding="utf-8")
        try:
            out = redact(text).text
        except Exception as e:  # engine crash on one document: count as nothing redacted
            out = text
            fails["crash"].append(f"{stem}: redact raised {e!r}")
        singles = {e["text"].lower(): e.get("word_collision", False) for e in g["pii"]
                   if e["category"] == "person" and e.get("part") in ("forename", "surname")}
        for e in g["pii"]:
            cat_tot[e["category"]] += 1
            if e["category"] == "person":
                part_tot[e.get("part", "?")] += 1
            if leaked(e, out, singles):
                cat_leak[e["category"]] += 1
                if e["category"] == "person":
                    part_leak[e.get("part", "?")] += 1
                fails["leak"].append(f"{stem} [{g['layout']}] {e['category']}/{e.get('part', '')}: {e['text']!r}")
        for k in g["keep"]:
            keep_tot += 1
            if H.present(k, out):
                keep_ok += 1
            else:
                fails["keep"].append(f"{stem} [{g['layout']}] lost keep term {k!r}")
        try:
            typ, _dec = classify(text)
        except Exception as e:
            typ = f"crash:{e!r}"
        confusion[(g["doc_type"], typ)] += 1
        if typ == g["doc_type"]:
            typ_ok += 1
        else:
            fails["type"].append(f"{stem} [{g['layout']}] expected {g['doc_type']} got {typ}")
        try:
            got = find_ratification_date(text, typ if typ in ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER") else None)
            got = got.isoformat() if got else None
        except Exception as e:
            got = f"crash:{e!r}"
        exp = g["ratification_date"]
        if got == exp:
            rat["exact"] += 1
        elif got is None:
            rat["unknown"] += 1
            fails["rat"].append(f"{stem} [{g['layout']}] expected {exp} got None (unknown)")
        else:
            rat["WRONG"] += 1
            fails["rat"].append(f"{stem} [{g['layout']}] expected {exp} got {got} (WRONG)")
    n = len(meta)
    print(f"held-out set 2: {n} documents, {len(set(g['layout'] for g in meta))} layouts, engine time {time.time() - t0:.1f}s")
    print(f"{'category':<10}{'total':>7}{'leaked':>8}{'recall':>8}")
    for c in sorted(cat_tot, key=lambda c: -cat_tot[c]):
        print(f"{c:<10}{cat_tot[c]:>7}{cat_leak[c]:>8}{1 - cat_leak[c] / cat_tot[c]:>8.3f}")
    T, L = sum(cat_tot.values()), sum(cat_leak.values())
    print(f"{'ALL':<10}{T:>7}{L:>8}{1 - L / T:>8.3f}")
    print("person by part: " + ", ".join(f"{p} {part_tot[p] - part_leak[p]}/{part_tot[p]}" for p in sorted(part_tot)))
    print(f"keep recall {keep_ok}/{keep_tot} = {keep_ok / max(keep_tot, 1):.3f}")
    print(f"type accuracy {typ_ok}/{n} = {typ_ok / n:.3f}")
    print("  confusion (expected -> got): " + ", ".join(f"{e}->{g}:{k}" for (e, g), k in sorted(confusion.items()) if e != g))
    print(f"ratification exact {rat['exact']}/{n}, unknown {rat['unknown']}, WRONG {rat['WRONG']}")
    if not a.keep_dir:
        shutil.rmtree(tmp, ignore_errors=True)
    if a.show:
        for k in ("crash", "type", "rat", "keep", "leak"):
            if fails[k]:
                print(f"\n--- {k} failures ({len(fails[k])})")
                print("\n".join(fails[k]))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except Exception:
        traceback.print_exc()
        sys.exit(1)
