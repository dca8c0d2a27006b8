"""OCR of generated scans: word recall, redaction recall through ``ingestd redact``, time per page.

    .venv/bin/python benchmarks/eval_ocr.py [--n 10] [--seed 14] [--dpi 150 300] [--keep-dir DIR]

Fictional reports come from ``synth_reports`` (their gold PII is built with the text). Each
is rendered to A4 pages with Pillow the way an office scanner delivers them (``tests/scans``:
speckle noise, a skew of up to 1.2 degrees, a "RECEIVED" stamp) at each ``--dpi``, saved as an
image-only PDF, then

* OCR'd through ``ingestd.parsers.extract_text`` (the sandboxed worker, PDFium, Tesseract with
  ``OMP_THREAD_LIMIT=1``): word recall = share of the source's words (case-sensitive, whole
  tokens, multiset) that OCR returned; CPU seconds per page on one core from ``RUSAGE_CHILDREN``
  (worker and Tesseract), and wall seconds per page, beside the CPU per page of the same text
  as a PDF with a text layer (measured in the same run, so the ratio holds on any machine);
* redacted by the real command, ``ingestd redact FILE.pdf``, and scored by the shared scorer
  (``shared/tools/score_redaction.py --out``): recall per category against the targets
  (person >= 0.99, identifiers 1.000). A name OCR garbled past recognition is not a whole-word
  leak for the scorer, so leaks within one edit of a gold form are counted too ("near").

``--keep-dir`` keeps the source texts and gold (``text/``, ``gold/``), the scans
(``S001-150.pdf``), what OCR read (``ocr150/``) and what ``ingestd redact`` printed (``out150/``),
to read a leak against the OCR text it came from.

Which seeds are which: 14 (the default), 23 and 37 are tuned: the OCR layout and corrections
were fitted to their leaks, which were read (37's from the third round on, when its leaks were
the only ones left). 61 was held out for two rounds and measured twice; it is spent, not
fresh. 89 and 113 were held out for the third round and are tuned since the fourth: seed 113's
date of birth at 300 dpi (a table row whose name and role cells OCR merged with " | ", which
moved the date out of the Date of birth column) and seed 89's surname at 150 dpi (an initial
read as "Cc.") were read and fixed. 131 and 157 are held out: measured once, at the end of the
fourth round, on main and on the round's branch, and nothing but the aggregate figures below
was looked at. The redaction rules themselves were tuned on seed 1 of ``synth_reports`` text,
never on scans.

Fifth round (declared before anything of the round was read or run): 131 and 157 become tuned
(157's three person leaks at 150 dpi are read and fixed this round); 173 and 199 are held out,
never used before, and are to be measured once, at the end of the round, on main and on the
round's branch, with nothing but the aggregate figures looked at.

Sixth round (declared before the held-out runs): seeds 157 (150 dpi), 113 and 131 (300 dpi)
were read with ``--keep-dir`` and fixed by four rows of ``parsers.ocr.CORRECTIONS``
(``middle-name-case``, ``speckle-before-email``, ``speckle-before-capitals``,
``postcode-unspaced-last-letter-case``); 173 and 199 are measured once, at the end of the
round, on main and on the round's branch, with nothing but the aggregate figures looked at,
and are spent after that. 211 and 227 are the next held-out pair, never run before.

Seventh round (declared before the held-out runs): 173 and 199 are tuned from this round on,
with 14, 23, 113 and 157; the leaks of 14 and 23 at 150 dpi, of 173 at both resolutions and of
199 at 150 dpi were read with ``--keep-dir`` and fixed (two rows of ``parsers.ocr.CORRECTIONS``,
``speckle-full-stop-in-name-cell`` and ``digit-in-name``; a small dash Tesseract is sure of
kept by the speckle filter; a table cell's low last line kept in its cell; a forename read
small once beside one capitalised mention capitalised when it is no English word). 211 and 227
are held out: measured once, at the end of the round, on main and on the round's branch, with
nothing but the aggregate figures looked at, and spent after that.

Held out, seventh round, ``--n 10``, main 7b929a5 (by main's interpreter and benchmark, cwd
/work/main) -> branch ocr8, one run each, main's and the branch's at the same time on this
shared 2-core machine under other jobs' load; only these aggregate figures were looked at. CPU
s/page on one core, in brackets the ratio to the same text with a text layer::

    seed dpi  word recall           person          identifiers     keep           s/page CPU
    211  150  0.990 -> 0.990        0.996 -> 0.996  1.000 -> 1.000  1.000 -> 1.000 2.14 (9.7x) -> 2.10 (8.3x)
    211  300  0.989 -> 0.989        0.996 -> 0.996  1.000 -> 1.000  1.000 -> 1.000 1.90 (8.7x) -> 1.88 (9.1x)
    227  150  0.979 -> 0.979        0.996 -> 0.996  1.000 -> 1.000  1.000 -> 1.000 2.08 (9.3x) -> 2.03 (8.6x)
    227  300  0.916 (1) -> 0.980    1.000 -> 1.000  1.000 -> 1.000  1.000 -> 1.000 1.91 (8.8x) -> 1.85 (8.3x)

(1) one scan (S010) not read by the word-recall pass on main, ``parse-memory`` (the worker
SIGKILLed), while ``ingestd redact`` read it, so the redaction figures stand; the branch read it.
Studied since for memory only (branch ocrmem; its text and leaks not read): re-made with the
same seed and rng, the page peaks at 187 MB virtual in the worker and 116 MB in Tesseract
(``benchmarks/bench_ocr_memory.py``'s method) under the 512 MB RLIMIT_AS, the same at 150 dpi
and with or without ``OMP_THREAD_LIMIT=1`` (which the worker already set; OpenMP's threads
add 24 MB virtual and cost CPU under load: 5.0 s wall instead of 1.2 s); it was read in every
run, loaded by other helpers' jobs or not (26 runs on main's code and this branch's). Under
RLIMIT_AS an allocation fails, nothing is killed, so the SIGKILL came from outside (the
kernel's OOM killer); the worker is now run once more after one. The same study found what
the limit really costs: all frames of a TIFF were decoded at once (a 20-page colour TIFF was
``parse-memory``), a poster-sized page made Tesseract abort (``unreadable``), and a starved
Tesseract can exit 0 with "Empty page!!" (``no-text-layer``); all three are fixed. The round's fixes change nothing on
the fresh seeds: both meet the targets on main and on the branch alike (one person form leaks
on 211 at each resolution and on 227 at 150 dpi; not read). Tuned seeds after the round (not a
claim): person 1.000 and identifiers 1.000 on 14, 23, 113, 157, 173 and 199 at both
resolutions (14 and 23 at 150 dpi were 0.992 and 0.991, 173 0.989 at both and a date of birth
at 300 dpi, 199 at 150 dpi 0.991); keep and word recall unchanged but for a name read right on
23 and on 199 at 150 dpi.

Held out, sixth round, ``--n 10``, main 1096d0a (its OCR and redaction code the same as the
branch's base) -> branch ocr7, one run each, one after the other, on this shared 2-core
machine, main by main's interpreter and benchmark (cwd /work/main); only these aggregate
figures were looked at. CPU s/page on one core, in brackets the ratio to the same text with a
text layer::

    seed dpi  word recall    person          identifiers                  keep          s/page CPU
    173  150  0.980 -> 0.979  0.989 -> 0.989  1.000 -> 1.000               0.975 -> 0.975 1.79 (10.8x) -> 2.03 (9.7x)
    173  300  0.982 -> 0.982  0.989 -> 0.989  0.909 dob -> 0.909 dob       1.000 -> 1.000 1.85 (10.2x) -> 1.63 (9.2x)
    199  150  0.980 -> 0.980  0.991 -> 0.991  1.000 -> 1.000               0.989 -> 0.989 1.94 (11.3x) -> 1.63 (10.0x)
    199  300  0.984 -> 0.984  1.000 -> 1.000  1.000 -> 1.000               1.000 -> 1.000 1.72 (8.1x)  -> 1.40 (9.3x)

The four rows change nothing on the fresh seeds: the same leaks on main and on the branch
(173: two person forms at each resolution, 0.989, just under the target, and one date of birth
at 300 dpi; 199: two person forms at 150 dpi, 0.991, within the target). The branch's near
leaks on 173 at 150 dpi are 0 (main 2) and it reads one word fewer there; neither was read.
Tuned seeds after the round (not a claim): person 1.000 on 113, 131 and 157 at both
resolutions (157 at 150 dpi was 0.982, 113 at 300 dpi 0.992), and on 37 and 89; 14 and 23 at
150 dpi 0.992 and 0.991 (two forms each, read: "Callum. Baker", a speckle full stop between
forename and surname, and "Home-Drummon4d", a d read as 4d; none of the new rows touches
them, so main leaks them too; not fixed this round).

Held out, fourth round (pages split by what fits after wrapping; the doubled-initial
correction; the dob-column-shifted rule), ``--n 10``, main 4d6e056 -> branch, one run each,
one after the other, on this shared 2-core machine. Main's figures come from this script (with
the pagination fix) run by main's interpreter on main's code: a copy of main's ``tests/`` and
``benchmarks/`` with this ``eval_ocr.py`` and ``tests/scans.py`` in a directory without an
``ingestd/`` folder, so ``ingestd`` (here, in ``ingestd redact`` and in the parser worker)
resolves through main's editable install to /work/main. CPU s/page on one core, in brackets
the ratio to the same text with a text layer; keep is the same on main and on the branch::

    seed dpi  word recall    person          identifiers            keep   s/page CPU
    131  150  0.985 -> 0.985  1.000 -> 1.000  1.000 -> 1.000         1.000  1.88 (9.1x) -> 1.98 (9.7x)
    131  300  0.988 -> 0.988  1.000 -> 1.000  0.929 dob -> 1.000     0.988  1.61 (8.0x) -> 1.60 (8.1x)
    157  150  0.973 -> 0.973  0.982 -> 0.982  1.000 -> 1.000         0.988  1.76 (9.7x) -> 1.84 (9.1x)
    157  300  0.980 -> 0.980  1.000 -> 1.000  0.917 dob -> 1.000     1.000  1.57 (8.6x) -> 1.65 (9.1x)

The identifiers target is met on both fresh seeds at both resolutions on the branch; on main a
date of birth leaked on each at 300 dpi. The person target is missed on seed 157 at 150 dpi,
three leaks, the same on main and on the branch (not read: the seed is held out). Tuned
seeds after the round (not a claim): 113 at 300 dpi identifiers 1.000 (was 0.941), person
0.992, two leaks not there before, on pages the pagination fix now draws in full (word
recall 0.983 -> 0.989; those leaks are not read yet); 89 at 150 dpi person 1.000 (was 0.991).

Third round, seeds 89 and 113 then held out (speckle before a name and a skewed table row's
cells; S read as a section sign, | in a word or address, Me for Mc, X for an accented vowel;
a coarse scan rendered at its own resolution and enlarged by Pillow), ``--n 10``, main -> branch, one run each on this shared
2-core machine (CPU s/page; in brackets the ratio to the same text with a text layer, measured
in the same run, which is the figure that travels between machines)::

    seed dpi  word recall    person          identifiers            s/page CPU
    89   150  0.981 -> 0.990  1.000 -> 0.991  0.889 phone -> 1.000   2.02 (10.5x) -> 1.90 (10.3x)
    89   300  0.992 -> 0.992  1.000 -> 1.000  1.000 -> 1.000         1.83 (8.6x)  -> 1.78 (10.3x)
    113  150  0.973 -> 0.973  0.992 -> 0.992  1.000 -> 1.000         2.09 (10.9x) -> 1.97 (10.7x)
    113  300  0.983 -> 0.983  1.000 -> 1.000  0.941 dob -> 0.941 dob 1.83 (9.9x)  -> 1.85 (9.9x)

Person >= 0.99 on all four after; on seed 89 at 150 dpi it fell from 226/226 to 224/226 while
a leaked telephone number was fixed (the two leaks are not read: the seed is held out). Seed
113 at 300 dpi leaks one date of birth on main and on the branch alike (identifiers target
missed there, not read). Tuned seeds after the round (not a claim): person 1.000 and
identifiers 1.000 on 14, 23 and 37 at both resolutions (37 was 0.979 and 0.990 before; its six
leaks were one table row, "Lead Officer", name, phone, e-mail, damaged by speckle and skew).
Measured on the tuned seeds and not taken: thresholding, a median filter at 300 dpi, a
projection-profile deskew (0.6 s CPU a page more, and two name tokens fewer at 150 dpi, one
at 300), enlarging past 300 dpi, --psm 4 and 6, switching off Tesseract's dictionaries.

Earlier rounds' held-out figures (seeds 37 and 61, then held out), before and after the case
and spelling fixes: person 0.979 -> 0.979 and 0.990 -> 0.990 on 37 at 150 and 300 dpi, 0.984 ->
0.992 on 61 at both; identifiers 1.000; 3.2-3.4 s CPU a page on a busier machine.

Pages: ``tests/scans.paginate`` splits a text by what fits after wrapping, so every source word
is drawn above the bottom margin. Until the fourth round texts were split every 44 lines and
wrapped lines past a page's bottom margin were never drawn (their words counted as OCR misses,
a name among them could not leak); the figures of earlier rounds were measured that way.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingestd import parsers  # noqa: E402
from ingestd.config.schema import PipelineConfig  # noqa: E402
from ingestd.errors import ParseError  # noqa: E402
from ingestd.parsers import ExtractionResult  # noqa: E402
from synth_reports import generate  # noqa: E402
from tests import scans  # noqa: E402
from tests.factories import make_pdf  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score_redaction.py"
TARGETS = {"person": 0.99}
IDENTIFIERS = ("postcode", "phone", "email", "dob", "chi", "nhs", "ni")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z0-9]")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))


def render(text: str, dpi: int, rng: random.Random) -> bytes:
    chunks = scans.paginate(text.splitlines(), dpi=dpi)
    pages = [scans.render_page(chunk, dpi=dpi,
                               noise=rng.uniform(0.0005, 0.003), skew_degrees=rng.uniform(-1.2, 1.2),
                               stamp="RECEIVED 4 NOV 2026" if index == 0 else None, seed=rng.randrange(10**6))
             for index, chunk in enumerate(chunks)]
    return scans.scanned_pdf(pages, dpi)


def near(form: str, output_words: set[str]) -> bool:
    """A gold token of 5+ letters present in the output with one letter changed, added or lost."""
    for token in _WORD.findall(form):
        if len(token) < 5:
            continue
        for word in output_words:
            if abs(len(word) - len(token)) <= 1 and word != token and _one_edit(word.lower(), token.lower()):
                return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def evaluate(work: Path, n: int, seed: int, dpis: list[int]) -> None:
    stems = generate(work, n, seed)
    limits = PipelineConfig()
    env = {k: v for k, v in os.environ.items() if k != "INGESTD_CONFIG"}
    ingestd = [sys.executable, "-m", "ingestd"]
    for dpi in dpis:
        rng = random.Random(seed * 1000 + dpi)
        out, gold, read_dir = work / f"out{dpi}", work / f"gold{dpi}", work / f"ocr{dpi}"
        for folder in (out, gold, read_dir):
            folder.mkdir(exist_ok=True)
        found = total = pages = text_pages = 0
        cpu = wall = text_cpu = 0.0
        confidences = []
        near_leaks = Counter()
        for stem in stems:
            text = (work / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            pdf = work / f"{stem}-{dpi}.pdf"
            pdf.write_bytes(render(text, dpi, rng))
            before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
            try:
                result = parsers.extract_text(pdf.read_bytes(), "pdf", limits)
            except ParseError as exc:  # counted as nothing read (recall 0 for its words)
                print(f"{stem} at {dpi} dpi: not read: {exc.reason}")
                result = ExtractionResult(text="", pages=0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall += time.monotonic() - started
            cpu += (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            pages += result.pages or 0
            # Side by side: the same text as a PDF with a text layer, through the same worker.
            layered = make_pdf(text.splitlines())
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            text_pages += parsers.extract_text(layered, "pdf", limits).pages or 0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            text_cpu += (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            if result.ocr_confidence is not None:
                confidences.append(result.ocr_confidence)
            (read_dir / f"{stem}.txt").write_text(result.text, encoding="utf-8")
            source, read = words(text), words(result.text)
            found += sum((source & read).values())
            total += sum(source.values())

            redacted = subprocess.run([*ingestd, "redact", str(pdf)], capture_output=True, text=True, env=env,
                                      cwd=ROOT, timeout=900)
            if redacted.returncode != 0:
                print(f"{stem}: ingestd redact failed: {redacted.stderr.strip()}")
            (out / f"{stem}.txt").write_text(redacted.stdout, encoding="utf-8")
            entry = json.loads((work / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
            (gold / f"{stem}.json").write_text(json.dumps(entry), encoding="utf-8")
            output_words = set(_WORD.findall(redacted.stdout))
            for item in entry["pii"]:
                if near(item["text"], output_words):
                    near_leaks[item["category"]] += 1
        report = json.loads(subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--out", str(out),
                                            "--json"], capture_output=True, text=True, check=True).stdout)
        print(f"\n== {dpi} dpi: {len(stems)} documents, {pages} pages (seed {seed}) ==")
        print(f"OCR word recall {found / total:.3f} ({found}/{total} words); mean confidence "
              f"{sum(confidences) / max(len(confidences), 1):.1f}")
        ocr_page, text_page = cpu / max(pages, 1), text_cpu / max(text_pages, 1)
        print(f"time per page: {ocr_page:.2f} s CPU on one core, {wall / max(pages, 1):.2f} s wall; the same text "
              f"with a text layer {text_page:.2f} s CPU per page ({ocr_page / max(text_page, 1e-9):.1f}x)")
        print(f"{'category':<10} {'total':>6} {'leaked':>7} {'near':>5} {'recall':>7} {'target':>7}")
        for name, c in sorted(report["categories"].items()):
            target = TARGETS.get(name, 1.0 if name in IDENTIFIERS else None)
            mark = "" if target is None or c["recall"] >= target else "  BELOW"
            shown = f"{target:>7.3f}" if target is not None else f"{'-':>7}"
            print(f"{name:<10} {c['total']:>6} {c['leaked']:>7} {near_leaks[name]:>5} {c['recall']:>7.3f} {shown}{mark}")
        print(f"recall {report['overall']['recall']:.3f} keep {report['overall']['keep']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--keep-dir", type=Path)
    args = parser.parse_args(argv)
    if args.keep_dir:
        args.keep_dir.mkdir(parents=True, exist_ok=True)
        evaluate(args.keep_dir, args.n, args.seed, args.dpi)
    else:
        with tempfile.TemporaryDirectory(prefix="eval-ocr-") as tmp:
            evaluate(Path(tmp), args.n, args.seed, args.dpi)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
