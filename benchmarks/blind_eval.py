"""The blind-set harness shared by ``eval_blind3.py`` to ``eval_blind11.py``: figures only.

Each blind set is a generator module (``blind3_reports`` to ``blind11_reports``) with
``generate(n, seed)``, ``build(out, n, seed)``, ``pool_overlaps(corpus)``, ``SEED`` and
``DEFAULT_N``.  This module runs the engine over one of them and prints the same figures for
every set, so two sets' figures can be set side by side; the per-set scripts are thin wrappers
that name their generator.  One copy of the scoring loop means a fix to it reaches every set.

Sets 5 on share more than the scoring: the generation loop (a ``Ctx`` per document, the layouts
in turn, the gold check, the gold record), the pool check and the command line.  A set declares
itself as one ``BlindSet`` row and takes its module functions from it, so that loop and those
checks exist once; only the layouts, pools and gold check are a set's own.

Nobody tunes on a blind set: ``--show`` lists failures for a reviewer of the generator, never
for the author of a rule; once someone has looked, the set is no longer blind.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from score_redaction import pattern, present, score_doc  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
DOC_TYPES = ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER")


def write_set(out: Path, docs: list[tuple[str, dict]]) -> list[dict]:
    """Write a generated set as ``out/text/<stem>.txt`` and ``out/gold/<stem>.json``; return the gold.

    Every generator's ``build`` is this over its own ``generate``: one writer, so the files a
    set's figures are scored on are laid out the same for every set.
    """
    out = Path(out)
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    meta = []
    for text, g in docs:
        (out / "text" / g["file"]).write_text(text, encoding="utf-8")
        (out / "gold" / (g["file"][:-4] + ".json")).write_text(json.dumps(g, indent=1, ensure_ascii=False),
                                                                encoding="utf-8")
        meta.append(g)
    return meta


def pool_word_hits(words: list[str], own_files: tuple[str, ...], corpus: Path | None) -> list[str]:
    """Pool words found in ../shared/corpus or in another benchmark script: each is an error.

    A blind set's names, streets and towns must be its own: a word the corpus or another
    generator has would let a rule tuned there score here. ``own_files`` are the set's generator
    and wrapper, which are left out of the search.
    """
    hay = []
    if corpus is not None:
        hay.append(("../shared/corpus", "\n".join(p.read_text(encoding="utf-8", errors="ignore")
                                                  for p in Path(corpus).rglob("*") if p.is_file())))
    others = [p for p in (ROOT / "benchmarks").glob("*.py") if p.name not in own_files]
    hay.append(("another benchmark script", "\n".join(p.read_text(encoding="utf-8") for p in others)))
    errs = []
    for w in words:
        for where, text in hay:
            if pattern(w, False).search(text):
                errs.append(f"pool word {w!r} also occurs in {where}")
    return errs


@dataclass(frozen=True, eq=False)
class BlindSet:
    """One generated blind set (5 on): what is its own, and the loop, pools check and CLI they share.

    A generator module ends with ``SET = BlindSet(...)`` and
    ``generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words,
    SET.pool_overlaps``, so the harness and the tests read every set through the same functions.
    """
    key: str                     # "blind7": seeds each document's rng, names the set in errors
    prefix: str                  # "B7": the documents' file stems, B7_001 ...
    seed: int
    n: int
    layouts: Sequence[Callable]  # L_<name>(ctx) -> (doc_type, subject); taken in turn
    ctx: Callable                # ctx(rng) -> a context whose ``d`` is the document being written
    check: Callable              # check(stem, text, doc, doc_type) -> gold errors
    names: Sequence[Iterable[str]]   # pools whose every entry is a distinctive word
    places: Sequence[str] = ()       # care homes, schools: their words minus ``generic``
    generic: frozenset[str] = frozenset()
    earlier: Sequence["BlindSet"] = ()   # sets whose pools this one's must not share
    subjects: bool = False       # also check: a subject for every review document, none for OTHER

    def generate(self, n: int | None = None, seed: int | None = None) -> list[tuple[str, dict]]:
        """The set: (text, gold) per document; SystemExit listing every gold error if any.

        Each document has its own rng seeded by set, seed and position, so a layout's output does
        not depend on the layouts before it."""
        n, seed = self.n if n is None else n, self.seed if seed is None else seed
        docs, errs = [], []
        for i in range(n):
            layout = self.layouts[i % len(self.layouts)]
            c = self.ctx(random.Random(f"{self.key}:{seed}:{i}"))
            doc_type, subject = layout(c)
            name = f"{self.prefix}_{i + 1:03d}"
            text = c.d.text
            errs += self.check(name, text, c.d, doc_type)
            if self.subjects and (doc_type == "OTHER") != (subject is None):
                errs.append(f"{name}: subject {subject!r} for a {doc_type}")
            docs.append((text, {
                "file": f"{name}.txt", "layout": layout.__name__[2:], "has_text_layer": True,
                "doc_type": doc_type, "subject": subject,
                "ratification_date": c.d.rat.isoformat() if c.d.rat else None,
                "pii": c.d.gold_pii(), "keep": list(c.d.keep), "quasi": list(c.d.quasi),
            }))
        if errs:
            raise SystemExit(f"{self.key} gold errors:\n" + "\n".join(errs))
        return docs

    def build(self, out: Path, n: int | None = None, seed: int | None = None) -> list[dict]:
        """Write ``out/text/<stem>.txt`` and ``out/gold/<stem>.json``; return the gold."""
        return write_set(out, self.generate(n, seed))

    def pool_words(self) -> list[str]:
        """The distinctive words of every pool (generic street kinds and the like left out)."""
        words = set().union(*map(set, self.names))
        for x in self.places:
            words.update(w for w in x.split() if w not in self.generic)
        return sorted(words)

    def pool_overlaps(self, corpus: Path | None) -> list[str]:
        """Pool words found in ../shared/corpus, in another generator's source or in an earlier set's pools."""
        words = self.pool_words()
        errs = pool_word_hits(words, (f"{self.key}_reports.py", f"eval_{self.key}.py"), corpus)
        for other in self.earlier:
            errs += [f"pool word {w!r} is one of {other.key}'s" for w in sorted(set(words) & set(other.pool_words()))]
        return errs

    def main(self, argv=None) -> int:
        """The generator's command line: ``OUT [--n N] [--seed S]`` writes the set there."""
        ap = argparse.ArgumentParser(
            description=f"Write blind set {self.key.removeprefix('blind')} (text and gold) to a directory.")
        ap.add_argument("out")
        ap.add_argument("--n", type=int, default=self.n)
        ap.add_argument("--seed", type=int, default=self.seed)
        a = ap.parse_args(argv)
        print(f"{len(self.build(Path(a.out), a.n, a.seed))} documents written to {a.out}")
        return 0


def self_check(gen: ModuleType, name: str, n: int, seed: int) -> int:
    """Check the generator's gold without running the engine; 0 if it holds, else 1."""
    try:
        docs = gen.generate(n, seed)  # raises SystemExit with every gold error it finds
    except SystemExit as e:
        print(e)
        return 1
    errs = gen.pool_overlaps(CORPUS if CORPUS.is_dir() else None)
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
    print(f"{name} gold: {len(docs)} documents, {len({g['layout'] for _, g in docs})} layouts, "
          f"{sum(cats.values())} PII forms ({', '.join(f'{c} {k}' for c, k in cats.most_common())}), "
          f"{sum(len(g['keep']) for _, g in docs)} keep terms")
    print(f"  types: {', '.join(f'{t} {k}' for t, k in sorted(types.items()))}; ratification date in {dated}, "
          f"none in {len(docs) - dated}")
    bad = [x for x in errs if not x.startswith("note:")]
    for x in errs:
        print(("  FAIL " if x in bad else "  ") + x)
    print("self-check " + ("FAILED" if bad else "passed"))
    return 1 if bad else 0


def evaluate(gen: ModuleType, name: str, n: int, seed: int, keep_dir: str | None, show: bool) -> int:
    """Run the engine over the set and print the figures (failures only with ``show``)."""
    from ingestd.analysis.classify import classify, find_subject
    from ingestd.analysis.dates import find_ratification_date
    from ingestd.redaction import redact

    tmp = Path(keep_dir) if keep_dir else Path(tempfile.mkdtemp(prefix=f"{name}_"))
    meta = gen.build(tmp, n, seed)
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
    print(f"{name} (seed {seed}): {n_docs} documents, {len(lay)} layouts, engine time {time.time() - t0:.1f}s")
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


def main(gen: ModuleType, name: str, argv=None) -> int:
    """The command line every blind-set script shares: ``--n --seed --keep-dir --check --show``."""
    ap = argparse.ArgumentParser(description=f"Figures on the {name} set (nobody tunes on it).")
    ap.add_argument("--n", type=int, default=gen.DEFAULT_N, help="documents (layouts taken in turn)")
    ap.add_argument("--seed", type=int, default=gen.SEED)
    ap.add_argument("--keep-dir", help="write the set here and keep it (default: a temporary directory)")
    ap.add_argument("--check", action="store_true", help="check the generator's gold only; no engine")
    ap.add_argument("--show", action="store_true", help="list failures (this ends the set's blindness)")
    a = ap.parse_args(argv)
    if a.check:
        return self_check(gen, name, a.n, a.seed)
    return evaluate(gen, name, a.n, a.seed, a.keep_dir, a.show)


def run(gen: ModuleType, name: str) -> None:
    """Entry point for a wrapper script: exit with ``main``'s status, 1 on any crash."""
    try:
        sys.exit(main(gen, name))
    except SystemExit:
        raise
    except Exception:
        traceback.print_exc()
        sys.exit(1)
