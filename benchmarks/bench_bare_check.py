#!/usr/bin/env python3
"""The bare CR/LF check of SMTP DATA alone, on a 100 KB message: before and after.

Times ``DataReader.has_bare_line_ending`` (two ``translate`` masks compared shifted by a byte)
against the ``splitlines`` check it replaced (main at 1bed22d) and against three counts
(``count(b"\\r\\n") == count(b"\\n") == count(b"\\r")``), on a base64 message with CRLF lines
of 78 bytes (as attachments arrive) made here with a fixed seed. First it checks that all three
agree on random data full of CR, LF and CRLF around the ``BARE_CHECK_SLICE`` boundary, so a
faster check that answers differently cannot be reported as a speed-up.

    .venv/bin/python benchmarks/bench_bare_check.py [--size 100000]
"""

from __future__ import annotations

import argparse
import base64
import random
import timeit
from collections.abc import Callable

from ingestd.intake.smtp import BARE_CHECK_SLICE, DataReader


def splitlines_check(data: bytearray) -> bool:
    """The check before: line breaks removed by ``splitlines`` add up to 2 bytes each."""
    size, start = len(data), 0
    while start < size:
        end = min(start + BARE_CHECK_SLICE, size)
        if end < size and data[end - 1] == 13:
            end += 1
        piece = data[start:end]
        lines = piece.splitlines()
        breaks = len(lines) - (piece[-1] not in (10, 13))
        if len(piece) - sum(map(len, lines)) != 2 * breaks:
            return True
        start = end
    return False


def three_counts_check(data: bytearray) -> bool:
    """Bare-free exactly when every CR and every LF is in a CRLF pair."""
    return not data.count(b"\r\n") == data.count(b"\n") == data.count(b"\r")


def translate_check(data: bytearray) -> bool:
    reader = DataReader(line_length_limit=1000)
    reader.data = data
    return reader.has_bare_line_ending()


CHECKS: dict[str, Callable[[bytearray], bool]] = {
    "splitlines (before)": splitlines_check,
    "three counts": three_counts_check,
    "translate masks (after)": translate_check,
}


def agree(rounds: int = 3000) -> None:
    rng = random.Random(5321)
    for _ in range(rounds):
        size = rng.choice([1, 2, 3, 50, BARE_CHECK_SLICE - 1, BARE_CHECK_SLICE, BARE_CHECK_SLICE + 1,
                           BARE_CHECK_SLICE + 2, 2 * BARE_CHECK_SLICE + 1])
        data = bytearray(b"x\r\n" * (size // 3 + 1))[:size]
        for _ in range(rng.randint(0, 3)):
            at = rng.choice([0, size - 1, rng.randrange(size), BARE_CHECK_SLICE - 1, BARE_CHECK_SLICE])
            if 0 <= at < size:
                data[at] = rng.choice(b"\r\nx")
        answers = {name: check(data) for name, check in CHECKS.items()}
        assert len(set(answers.values())) == 1, (size, answers)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args(argv)
    agree()
    lines = base64.encodebytes(random.Random(1).randbytes(args.size)).replace(b"\n", b"\r\n")
    data = bytearray(lines[:args.size - args.size % 78])  # whole lines only: no bare CR at the end
    for name, check in CHECKS.items():
        assert check(data) is False, name
        best = min(timeit.repeat(lambda: check(data), number=500, repeat=7)) / 500
        print(f"{name:26s} {best * 1e3:6.3f} ms per {len(data):,} bytes")


if __name__ == "__main__":
    main()
