#!/usr/bin/env python3
"""Evaluate the engine on the third blind set (benchmarks/blind3_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind3.py [--n 72] [--seed 20261203] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind3.py --check     # the gold's own sanity, no engine

Generates the set (fixed seed), runs ``ingestd.redaction.redact``,
``ingestd.analysis.classify.classify``, ``ingestd.analysis.classify.find_subject`` and
``ingestd.analysis.dates.find_ratification_date`` on every text and prints per-category PII
recall with leaked counts (scored by ``score_redaction.score_doc``, the team's scorer), keep
recall, document-type accuracy, subject accuracy on review documents, ratification exact /
unknown / WRONG, and the same per layout.  Exit status 0 unless something crashes.

Nobody tunes on this set: do not read its failures when changing a rule.  ``--show`` lists
them for a reviewer of the generator, never for the author of a rule; once someone has looked,
the set is no longer blind and its figures must not be reported as such.

``--check`` generates the set without the engine and checks the gold: every PII form and
keep term occurs in its text, no PII form survives outside the spans it was written into, no
keep term contains a PII form, each ratification date is in a sentence that ratifies and reads
back as the gold date, a document without one says nothing was ratified; and no pool entry
(name, street, town) or generated postcode occurs in ../shared/corpus or another generator.
Exit 1 if any check fails.

The one run (2026-12-02), seed 20261203, 72 documents, 25 layouts, engine of main at ea5320f;
nobody has read its failures:

    category    total  leaked  recall
    person        927     144   0.845
    dob            73      12   0.836
    address        40       2   0.950
    postcode       40       5   0.875
    phone          24       1   0.958
    email          15       0   1.000
    chi             9       0   1.000
    nhs             8       3   0.625
    ni              5       3   0.400
    ALL          1141     170   0.851
    person by part (kept out / total): forename 237/275, full 230/265, init 11/21,
      initials 2/26, surname 251/288, title 31/31, titleinit 21/21
    keep recall 479/482 = 0.994
    type accuracy 62/72 = 0.861 (LR->OTHER 3, OTHER->LR 7)
    subject accuracy (review documents) 44/48 = 0.917
    ratification exact 70/72 (33 with a date, 39 without), unknown 0, WRONG 2

    layout (docs, PII leaked/total, type right, ratification right, WRONG): action_plan 3 0/37
    3/3 2/3 1; agenda 3 3/24 3/3 3/3; briefing 3 0/9 0/3 3/3; chronology 3 7/52 3/3 3/3;
    cover_email 3 0/24 0/3 3/3; cover_letter 3 6/12 3/3 3/3; distribution 3 3/63 3/3 3/3;
    family_tabbed 3 36/77 3/3 3/3 (keep 29/30); genogram_list 3 1/74 3/3 3/3; genogram_table
    3 0/84 3/3 3/3; headers_footers 3 7/51 3/3 3/3; icr_narrative_adult 2 5/40 2/2 2/2;
    icr_wordform 3 1/51 3/3 3/3; lr_adult 3 11/72 3/3 3/3; lr_child 3 7/69 3/3 3/3;
    lr_decision 3 4/33 3/3 3/3; lr_decision_form 2 2/12 2/2 2/2; lr_outcome 3 18/27 3/3 3/3;
    minutes 3 44/91 3/3 2/3 1; nonreview 3 0/10 2/3 3/3 (keep 3/5); ppc_report 3 6/58 3/3 3/3;
    quoting_letter 3 0/49 0/3 3/3; scr_adult_old 2 0/38 2/2 2/2; scr_narrative 3 1/54 3/3 3/3;
    sir 3 8/30 3/3 3/3.

Second run (once; engine of main after redaction round 3, merge aa8f866, tuned on eval_holdout,
never on this set; failures not read):

    person 927/118 0.873  dob 73/12 0.836  address 40/2 0.950  postcode 40/2 0.950  phone 24/0
    email 15/0  chi 9/0  nhs 8/3 0.625  ni 5/3 0.400  ALL 1141/140 0.877
    keep 479/482 0.994   type 63/72 (LR->OTHER 3, OTHER->LR 6)   subject 44/48
    ratification exact 71/72, unknown 0, WRONG 1 (minutes)
"""
from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import blind3_reports as B  # noqa: E402
from score_redaction import present, score_doc  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
DOC_TYPES = ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER")


def self_check(n: int, seed: int) -> int:
    """Check the generator's gold without running the engine; 0 if it holds, else 1."""
    try:
        docs = B.generate(n, seed)  # raises SystemExit with every gold error it finds
    except SystemExit as e:
        print(e)
        return 1
    errs = B.pool_overlaps(CORPUS if CORPUS.is_dir() else None)
    if CORPUS.is_dir():
        corpus_text = "\n".join(p.read_text(encoding="utf-8", errors="ignore")
                                for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".txt", ".json", ".eml"))
        for text, g in docs:
            for e in g["pii"]:
                if e["category"] in ("postcode", "address", "email", "phone") and present(e["text"], corpus_text):
                    errs.append(f"{g['file']}: generated {e['category']} also occurs in ../shared/corpus")
    else:
        errs.append(f"note: {CORPUS} not found, pools checked against the other generators only")
    cats = collections.Counter(e["category"] for _, g in docs for e in g["pii"])
    types = collections.Counter(g["doc_type"] for _, g in docs)
    dated = sum(g["ratification_date"] is not None for _, g in docs)
    print(f"blind3 gold: {len(docs)} documents, {len({g['layout'] for _, g in docs})} layouts, "
          f"{sum(cats.values())} PII forms ({', '.join(f'{c} {k}' for c, k in cats.most_common())}), "
          f"{sum(len(g['keep']) for _, g in docs)} keep terms")
    print(f"  types: {', '.join(f'{t} {k}' for t, k in sorted(types.items()))}; ratification date in {dated}, "
          f"none in {len(docs) - dated}")
    bad = [x for x in errs if not x.startswith("note:")]
    for x in errs:
        print(("  FAIL " if x in bad else "  ") + x)
    print("self-check " + ("FAILED" if bad else "passed"))
    return 1 if bad else 0


def evaluate(n: int, seed: int, keep_dir: str | None, show: bool) -> int:
    from ingestd.analysis.classify import classify, find_subject
    from ingestd.analysis.dates import find_ratification_date
    from ingestd.redaction import redact

    tmp = Path(keep_dir) if keep_dir else Path(tempfile.mkdtemp(prefix="blind3_"))
    meta = B.build(tmp, n, seed)
    t0 = time.time()
    cat_tot, cat_leak = collections.Counter(), collections.Counter()
    part_tot, part_leak = collections.Counter(), collections.Counter()
    lay = collections.defaultdict(collections.Counter)
    keep_tot = keep_ok = typ_ok = subj_tot = subj_ok = 0
    rat = collections.Counter()
    confusion = collections.Counter()
    fails = collections.defaultdict(list)
    for g in meta:
        stem, L = g["file"][:-4], lay[g["layout"]]
        text = (tmp / "text" / g["file"]).read_text(encoding="utf-8")
        L["docs"] += 1
        try:
            out = redact(text).text
        except Exception as e:  # an engine crash on one document counts as nothing redacted
            out = text
            fails["crash"].append(f"{stem}: redact raised {e!r}")
        res = score_doc(g, out, False, "empty")
        parts = [e.get("part", "?") for e in g["pii"]]
        for x, part in zip(res["pii"], parts):
            cat_tot[x["category"]] += 1
            L["pii"] += 1
            if x["category"] == "person":
                part_tot[part] += 1
            if x["leaked"]:
                cat_leak[x["category"]] += 1
                L["leaked"] += 1
                if x["category"] == "person":
                    part_leak[part] += 1
                fails["leak"].append(f"{stem} [{g['layout']}] {x['category']}/{part}: {x['text']!r} ({x['how']})")
        for x in res["keep"]:
            keep_tot += 1
            L["keep"] += 1
            if x["kept"]:
                keep_ok += 1
                L["kept"] += 1
            else:
                fails["keep"].append(f"{stem} [{g['layout']}] lost keep term {x['text']!r}")
        try:
            typ, _decision = classify(text)
        except Exception as e:
            typ = f"crash:{e!r}"
        confusion[(g["doc_type"], typ)] += 1
        if typ == g["doc_type"]:
            typ_ok += 1
            L["type_ok"] += 1
        else:
            fails["type"].append(f"{stem} [{g['layout']}] expected {g['doc_type']} got {typ}")
        if g["doc_type"] != "OTHER":
            subj_tot += 1
            try:
                subj = find_subject(text)
            except Exception as e:
                subj = f"crash:{e!r}"
            if subj == g["subject"]:
                subj_ok += 1
            else:
                fails["subject"].append(f"{stem} [{g['layout']}] expected {g['subject']} got {subj}")
        try:
            got = find_ratification_date(text, typ if typ in DOC_TYPES else None)
            got = got.isoformat() if got else None
        except Exception as e:
            got = f"crash:{e!r}"
        exp = g["ratification_date"]
        if got == exp:
            rat["exact"] += 1
            L["rat_ok"] += 1
        elif got is None:
            rat["unknown"] += 1
            fails["rat"].append(f"{stem} [{g['layout']}] expected {exp} got None (unknown)")
        else:
            rat["WRONG"] += 1
            L["rat_wrong"] += 1
            fails["rat"].append(f"{stem} [{g['layout']}] expected {exp} got {got} (WRONG)")
    n_docs = len(meta)
    dated = sum(g["ratification_date"] is not None for g in meta)
    print(f"blind3 (seed {seed}): {n_docs} documents, {len(lay)} layouts, engine time {time.time() - t0:.1f}s")
    print(f"{'category':<10}{'total':>7}{'leaked':>8}{'recall':>8}")
    for c in sorted(cat_tot, key=lambda c: -cat_tot[c]):
        print(f"{c:<10}{cat_tot[c]:>7}{cat_leak[c]:>8}{1 - cat_leak[c] / cat_tot[c]:>8.3f}")
    T, Lk = sum(cat_tot.values()), sum(cat_leak.values())
    print(f"{'ALL':<10}{T:>7}{Lk:>8}{1 - Lk / T:>8.3f}")
    print("person by part (kept out / total): "
          + ", ".join(f"{p} {part_tot[p] - part_leak[p]}/{part_tot[p]}" for p in sorted(part_tot)))
    print(f"keep recall {keep_ok}/{keep_tot} = {keep_ok / max(keep_tot, 1):.3f}")
    print(f"type accuracy {typ_ok}/{n_docs} = {typ_ok / n_docs:.3f}")
    print("  confusion (expected -> got): "
          + (", ".join(f"{e}->{g}:{k}" for (e, g), k in sorted(confusion.items()) if e != g) or "none"))
    print(f"subject accuracy (review documents) {subj_ok}/{subj_tot} = {subj_ok / max(subj_tot, 1):.3f}")
    print(f"ratification exact {rat['exact']}/{n_docs} ({dated} with a date, {n_docs - dated} without), "
          f"unknown {rat['unknown']}, WRONG {rat['WRONG']}")
    print(f"\n{'layout':<22}{'docs':>5}{'pii':>6}{'leaked':>7}{'keep':>8}{'type':>6}{'rat':>6}{'WRONG':>6}")
    for name in sorted(lay):
        L = lay[name]
        print(f"{name:<22}{L['docs']:>5}{L['pii']:>6}{L['leaked']:>7}{L['kept']:>4}/{L['keep']:<3}"
              f"{L['type_ok']:>4}/{L['docs']}{L['rat_ok']:>4}/{L['docs']}{L['rat_wrong']:>6}")
    if not keep_dir:
        shutil.rmtree(tmp, ignore_errors=True)
    if show:
        for k in ("crash", "type", "subject", "rat", "keep", "leak"):
            if fails[k]:
                print(f"\n--- {k} failures ({len(fails[k])})")
                print("\n".join(fails[k]))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Figures on the blind3 set (nobody tunes on it).")
    ap.add_argument("--n", type=int, default=B.DEFAULT_N, help="documents (layouts taken in turn)")
    ap.add_argument("--seed", type=int, default=B.SEED)
    ap.add_argument("--keep-dir", help="write the set here and keep it (default: a temporary directory)")
    ap.add_argument("--check", action="store_true", help="check the generator's gold only; no engine")
    ap.add_argument("--show", action="store_true", help="list failures (this ends the set's blindness)")
    a = ap.parse_args(argv)
    if a.check:
        return self_check(a.n, a.seed)
    return evaluate(a.n, a.seed, a.keep_dir, a.show)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except Exception:
        traceback.print_exc()
        sys.exit(1)
