# Vendored copy of the team's scorer (../shared/tools/score_redaction.py), so that the CI evaluation
# (benchmarks/eval_unseen.py, run by .ci/run on a clean clone) needs nothing outside this repository.
# Keep it identical to the shared original apart from these three lines.
#!/usr/bin/env python3
"""Score anonymisation (redaction) output against a gold corpus.

Standard library only (Python 3.11+).

Usage
-----
  score_redaction.py --gold GOLD_DIR --out OUT_DIR        # OUT_DIR/<docstem>.txt
  score_redaction.py --gold GOLD_DIR --cmd 'mytool redact {file}'
  options: --docs DIR (default: GOLD_DIR/../docs), --json, --per-doc,
           --timeout SECONDS (default 120), --skip-no-text,
           --fail-policy empty|leak (default empty)

Gold files are JSON, one per document:
  {"file": "X.docx", "has_text_layer": true, "pii": [{"category": "person",
   "text": "...", "part": "surname", "word_collision": false}, ...],
   "keep": ["Police Scotland", ...], "quasi": [{"category": "school", "text": "..."}]}

Scoring
-------
* Text is compared after Unicode NFKC normalisation, curly quotes -> straight,
  dashes -> '-', soft hyphens removed, and all whitespace collapsed.
* A PII surface form is LEAKED if it occurs in the output as a whole word
  (case-insensitive; case-sensitive for entries marked "word_collision").
  A '-' inside a form also matches a dehyphenated or spaced variant
  ("Lockhart-Ogilvie" ~ "LockhartOgilvie" ~ "Lockhart - Ogilvie").
* A multi-word person entry ("Morwenna Lockhart", "Ms Lockhart") is also LEAKED
  when any of its tokens of length >= 3 that is listed in the same gold file
  as a separate forename/surname entry occurs in the output (partial redaction).
* recall = 1 - leaked / total, per category and overall (micro-average over
  the unique surface forms of every document).
* keep = share of "keep" terms (public bodies, roles, labels such as
  "Child A") still present in the output (same matching, case-insensitive).
* "quasi" items (schools, GP practices, functional mailboxes) are reported
  but not scored.
* A document whose command fails (non-zero exit, timeout) or whose output
  file is missing counts as empty output (nothing leaked, nothing kept) and
  is listed under failures; --fail-policy leak counts it as fully leaked.

The last line of the text report is:  recall R keep K docs N
Exit status is 0 whenever scoring ran (2 for usage errors).
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

NAME_PARTS = {"forename", "surname", "middle_name", "forename_variant"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").replace("`", "'")
    s = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)
    s = s.replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


def pattern(needle: str, case_sensitive: bool) -> re.Pattern:
    n = norm(needle)
    parts = []
    for ch in n:
        if ch == "-":
            parts.append(r"\s?-?\s?")
        elif ch == " ":
            parts.append(r"\s")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", 0 if case_sensitive else re.IGNORECASE)


def present(needle: str, hay: str, case_sensitive=False) -> bool:
    if not needle.strip():
        return False
    return pattern(needle, case_sensitive).search(hay) is not None


def load_gold(gold_dir: Path) -> list[tuple[str, dict]]:
    out = []
    for p in sorted(gold_dir.glob("*.json")):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            print(f"warning: cannot read {p.name}: {e}", file=sys.stderr)
            continue
        if not isinstance(g, dict) or "file" not in g or "pii" not in g:
            continue
        out.append((Path(g["file"]).stem, g))
    return out


def get_output(stem: str, g: dict, args, docs_dir: Path) -> tuple[str, str | None]:
    """Return (text, failure_reason or None)."""
    if args.out:
        f = Path(args.out) / f"{stem}.txt"
        if not f.exists():
            return "", "missing output file"
        try:
            return f.read_text(encoding="utf-8", errors="replace"), None
        except OSError as e:
            return "", f"unreadable output: {e}"
    doc = docs_dir / g["file"]
    cmd = (args.cmd.replace("{file}", shlex.quote(str(doc)))
           .replace("{stem}", shlex.quote(stem))
           .replace("{name}", shlex.quote(g["file"])))
    try:
        r = subprocess.run(cmd, shell=True, capture_output=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return "", f"timeout after {args.timeout}s"
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
        return "", f"exit {r.returncode}" + (f": {err[-1][:200]}" if err else "")
    return r.stdout.decode("utf-8", "replace"), None


def score_doc(g: dict, text: str, failed: bool, fail_policy: str) -> dict:
    hay = norm(text)
    pii = g.get("pii", [])
    token_entries = {}
    for e in pii:
        if e.get("category") == "person" and (e.get("part") in NAME_PARTS or " " not in norm(e["text"])):
            token_entries[norm(e["text"]).lower()] = e
    res = {"pii": [], "keep": [], "quasi": []}
    for e in pii:
        cs = bool(e.get("word_collision"))
        if failed and fail_policy == "leak":
            leaked, how = True, "failure"
        else:
            leaked = present(e["text"], hay, cs)
            how = "whole" if leaked else None
            if not leaked and e.get("category") == "person":
                toks = norm(e["text"]).split(" ")
                if len(toks) > 1:
                    for t in toks:
                        te = token_entries.get(t.lower())
                        if len(t) >= 3 and te is not None and te is not e:
                            if present(t, hay, bool(te.get("word_collision"))):
                                leaked, how = True, f"token:{t}"
                                break
        res["pii"].append({"category": e.get("category", "?"), "text": e["text"], "leaked": leaked, "how": how})
    for k in g.get("keep", []):
        # a failed document is empty output (nothing kept) unless --fail-policy leak,
        # which treats it as the unredacted original (everything leaked, everything kept)
        kept = True if (failed and fail_policy == "leak") else present(k, hay)
        res["keep"].append({"text": k, "kept": kept})
    for q in g.get("quasi", []):
        res["quasi"].append({"category": q.get("category"), "text": q["text"], "present": present(q["text"], hay)})
    return res


def main(argv=None) -> int:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description="Score redaction output against gold PII/keep lists.")
    ap.add_argument("--gold", required=True, help="directory of gold JSON files")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--out", help="directory holding <docstem>.txt redacted outputs")
    src.add_argument("--cmd", help="command run per document; {file} = document path, {stem}, {name}; "
                                   "redacted text read from stdout")
    ap.add_argument("--docs", help="documents directory for --cmd (default: GOLD/../docs)")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-document timeout for --cmd (s)")
    ap.add_argument("--skip-no-text", action="store_true", help="skip gold docs with has_text_layer false")
    ap.add_argument("--fail-policy", choices=["empty", "leak"], default="empty",
                    help="how a failed document counts (default: empty output)")
    ap.add_argument("--json", action="store_true", help="print a JSON report instead of text")
    ap.add_argument("--per-doc", action="store_true", help="list per-document results in the text report")
    ap.add_argument("--show-leaks", type=int, default=20, help="max leaked forms listed in the text report")
    args = ap.parse_args(argv)

    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        print(f"error: gold directory not found: {args.gold}", file=sys.stderr)
        return 2
    docs_dir = Path(args.docs) if args.docs else gold_dir.parent / "docs"
    golds = load_gold(gold_dir)
    if args.skip_no_text:
        golds = [(s, g) for s, g in golds if g.get("has_text_layer", True)]

    cats: dict[str, dict] = {}
    keep_tot = keep_ok = 0
    quasi_tot = quasi_present = 0
    failures = []
    per_doc = []
    leaks = []
    lost_keep = []
    for stem, g in golds:
        text, fail = get_output(stem, g, args, docs_dir)
        if fail:
            failures.append({"doc": g["file"], "reason": fail})
        r = score_doc(g, text, fail is not None, args.fail_policy)
        d_tot = len(r["pii"])
        d_leak = sum(x["leaked"] for x in r["pii"])
        for x in r["pii"]:
            c = cats.setdefault(x["category"], {"total": 0, "leaked": 0})
            c["total"] += 1
            c["leaked"] += x["leaked"]
            if x["leaked"]:
                leaks.append({"doc": g["file"], "category": x["category"], "text": x["text"], "how": x["how"]})
        k_tot = len(r["keep"])
        k_ok = sum(x["kept"] for x in r["keep"])
        keep_tot += k_tot
        keep_ok += k_ok
        lost_keep += [{"doc": g["file"], "text": x["text"]} for x in r["keep"] if not x["kept"]]
        quasi_tot += len(r["quasi"])
        quasi_present += sum(x["present"] for x in r["quasi"])
        per_doc.append({"doc": g["file"], "has_text_layer": g.get("has_text_layer", True),
                        "pii_total": d_tot, "pii_leaked": d_leak,
                        "recall": round(1 - d_leak / d_tot, 4) if d_tot else 1.0,
                        "keep_total": k_tot, "keep_kept": k_ok,
                        "keep": round(k_ok / k_tot, 4) if k_tot else 1.0,
                        "failed": fail})

    total = sum(c["total"] for c in cats.values())
    leaked = sum(c["leaked"] for c in cats.values())
    recall = 1 - leaked / total if total else 1.0
    keep = keep_ok / keep_tot if keep_tot else 1.0
    for c in cats.values():
        c["recall"] = round(1 - c["leaked"] / c["total"], 4) if c["total"] else 1.0

    if args.json:
        print(json.dumps({
            "overall": {"recall": round(recall, 4), "keep": round(keep, 4), "docs": len(golds),
                        "pii_total": total, "pii_leaked": leaked, "keep_total": keep_tot, "keep_kept": keep_ok,
                        "failed_docs": len(failures)},
            "categories": dict(sorted(cats.items())),
            "quasi": {"total": quasi_tot, "still_present": quasi_present},
            "failures": failures, "per_doc": per_doc, "leaks": leaks, "lost_keep": lost_keep,
        }, indent=2, ensure_ascii=False))
        return 0

    print(f"{'category':<10} {'total':>6} {'leaked':>7} {'recall':>7}")
    for name, c in sorted(cats.items()):
        print(f"{name:<10} {c['total']:>6} {c['leaked']:>7} {c['recall']:>7.3f}")
    print(f"{'keep':<10} {keep_tot:>6} {keep_tot - keep_ok:>7} {keep:>7.3f}   (lost / preservation rate)")
    print(f"quasi items still present (not scored): {quasi_present}/{quasi_tot}")
    if args.per_doc:
        for d in per_doc:
            flag = "" if d["has_text_layer"] else " [image-only]"
            fl = f" FAILED ({d['failed']})" if d["failed"] else ""
            print(f"  {d['doc']:<14} recall {d['recall']:.3f} ({d['pii_leaked']}/{d['pii_total']} leaked) "
                  f"keep {d['keep']:.3f}{flag}{fl}")
    if leaks and args.show_leaks:
        print(f"leaked forms (first {min(args.show_leaks, len(leaks))} of {len(leaks)}):")
        for x in leaks[:args.show_leaks]:
            print(f"  {x['doc']}: [{x['category']}] {x['text']!r}" + (f" ({x['how']})" if x["how"] != "whole" else ""))
    if failures:
        print(f"failed documents: {len(failures)} (counted as {'fully leaked' if args.fail_policy == 'leak' else 'empty output'})")
        for f in failures:
            print(f"  {f['doc']}: {f['reason']}")
    print(f"recall {recall:.3f} keep {keep:.3f} docs {len(golds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
