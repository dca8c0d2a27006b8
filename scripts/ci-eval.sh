#!/usr/bin/env bash
# The evaluation gates .ci/run applies after the test suite (issue "Reports nobody here has
# seen"): figures on generated documents with fixed seeds, failing under their targets.
#   benchmarks/eval_unseen.py      redaction recall per category, keep, document type and
#                                  ratification date (>= 95% exact, 0 wrong) on the held-out seeds
#   benchmarks/bench_redaction.py  words per second on one core over generated reports
# Self-contained: the scorer is vendored in benchmarks/, the texts are generated here.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$py" benchmarks/eval_unseen.py --set heldout
for variant in a b c; do
  "$py" benchmarks/unseen_reports.py "$work/$variant" --n 40 --seed 4242 --variant "$variant"
  for f in "$work/$variant/text/"*.txt; do cp "$f" "$work/$variant-$(basename "$f")"; done
done
# One core: taskset pins the benchmark so the figure is the single-core rate the target names.
# The issue's target is 30,000 words/s; the engine measured 52,000-54,000 on this machine after
# round 9 (side by side with round 8's 60,000-64,000: README, "Round 9 (redaction)"), and 38,000-49,000 in CI's
# own runs before it. The gate sits lower (20,000) because CI's machine is shared and its load
# moves the figure: it catches a regression of a kind (backtracking, a pass per line), not noise.
# The figure is printed for the record.
taskset -c 0 "$py" benchmarks/bench_redaction.py "$work" --min-words-per-second "${INGESTD_MIN_WORDS_PER_SECOND:-20000}"
