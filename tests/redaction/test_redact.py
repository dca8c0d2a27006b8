"""The public interface: spans over the original text, consistent placeholders, counts."""

from __future__ import annotations

import time

from ingestd.redaction import Redacted, Span, redact

REPORT = """PROTECT - PERSONAL
Highland Child Protection Committee
Child A (Hamish Drummond, born 2019-11-02) lives with his mother, Isobel Drummond (DOB 3 March 1995),
at Flat 2/1, 45 Partickhill Road, Glasgow G11 5QX. His father, Lachlan Kerrigan, lives in Perth.
The health visitor, Fenella Lumsden, visited. Ms Lumsden recorded that Isobel was tired.
Mr Kerrigan phoned 07700 900 123 from lachlan.k@webmail.example.net. Hamish's CHI: 0211194567.
Contact: Elspeth Blackwood, Lead Officer, 0131 496 0999
"""


def test_report_is_redacted_and_still_reads():
    result = redact(REPORT)
    assert isinstance(result, Redacted)
    for gone in ("Hamish", "Drummond", "Isobel", "Lachlan", "Kerrigan", "Fenella", "Lumsden", "Elspeth",
                 "Blackwood", "Partickhill", "G11 5QX", "2019-11-02", "3 March 1995", "07700 900 123",
                 "webmail", "0211194567", "0131 496 0999"):
        assert gone not in result.text, gone
    for kept in ("Child A", "Highland Child Protection Committee", "health visitor", "Lead Officer", "Perth"):
        assert kept in result.text, kept
    assert "Child A ([PERSON 1], born [DOB]) lives with his mother, [PERSON 2] (DOB [DOB])" in result.text
    assert "Ms [PERSON 4] recorded that [PERSON 2] was tired." in result.text
    assert "Mr [PERSON 3] phoned [PHONE] from [EMAIL]. [PERSON 1]'s CHI: [CHI]." in result.text


def test_spans_point_into_the_original_text():
    result = redact(REPORT)
    assert all(isinstance(span, Span) for span in result.spans)
    starts = [span.start for span in result.spans]
    assert starts == sorted(starts)
    for previous, span in zip(result.spans, result.spans[1:]):
        assert previous.end <= span.start
    rebuilt, position = [], 0
    for span in result.spans:
        rebuilt += [REPORT[position:span.start], span.placeholder]
        position = span.end
    assert "".join(rebuilt) + REPORT[position:] == result.text


def test_counts_per_category():
    result = redact(REPORT)
    expected: dict[str, int] = {}
    for span in result.spans:
        expected[span.category] = expected.get(span.category, 0) + 1
    assert result.counts == expected
    assert result.counts["postcode"] == 1 and result.counts["dob"] == 2 and result.counts["chi"] == 1


def test_redacted_is_frozen():
    result = redact("Nothing here.")
    assert result.text == "Nothing here." and result.spans == () and result.counts == {}
    try:
        result.text = "x"  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("Redacted must be frozen")


def test_hostile_text_finishes_in_bounded_time():
    """No catastrophic backtracking: each pathological 200 kB text is linear work (~1 s of CPU).

    Measured in this process's CPU time, not wall-clock time: on a loaded CI machine the wall
    clock also counts other processes' turns, while backtracking shows as CPU in any case."""
    chunks = [
        "Ann " * 50_000,
        "A" * 200_000,
        "1 " * 100_000,
        ("Ann Example, " * 16_000),
        "a.b-c_d+" * 25_000 + "@",
        ("Flat 1/1, " * 20_000) + "G1 1AA",
        "\t" * 200_000,
        ("Born " * 40_000) + "2020-01-01",
        "x" * 100_000 + "@" + "y." * 50_000,
    ]
    for chunk in chunks:
        started = time.process_time()
        redact(chunk)
        assert time.process_time() - started < 8, chunk[:20]
