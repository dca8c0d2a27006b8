"""The words the pages use: deadline arithmetic, reason meanings, escaping of report text."""

from __future__ import annotations

import re

from ingestd.reasons import message_meaning
from ingestd.web.present import deadline_sentence, marked_snippet, marked_text
from tests.cli import REPO


def test_deadline_sentences_show_the_arithmetic():
    late = {"received_on": "2026-11-12", "ratified_on": "2026-11-03", "due_by": "2026-11-10",
            "timeliness": "late", "days_late": 2}
    assert deadline_sentence(late) == "ratified 3 Nov, due 10 Nov, received 12 Nov 2026: 2 days late"
    on_time = {"received_on": "2026-11-10", "ratified_on": "2026-11-03", "due_by": "2026-11-10", "timeliness": "on_time"}
    assert deadline_sentence(on_time).endswith("on time (on the last day)")
    new_year = {"received_on": "2027-01-02", "ratified_on": "2026-12-28", "due_by": "2027-01-04", "timeliness": "on_time"}
    assert deadline_sentence(new_year) == ("ratified 28 Dec 2026, due 4 Jan 2027, received 2 Jan 2027: "
                                           "on time (2 days to spare)")
    unknown = {"received_on": "2026-11-12", "ratified_on": None, "due_by": None, "timeliness": "unknown"}
    assert "ratification date is unknown" in deadline_sentence(unknown)


def test_every_documented_reason_code_has_plain_words_for_the_team():
    readme = (REPO / "README.md").read_text()
    table = readme.split("### Reason codes", 1)[1].split("\n## ", 1)[0]
    codes = set(re.findall(r"`([a-z][a-z0-9-]+)`", table.split("| --- | --- |", 1)[1]))
    codes = {c for c in codes if not c.startswith(("ingestd", "spool"))} | {"spool-corrupt"}
    missing = sorted(c for c in codes if message_meaning(c) == c)
    assert not missing, f"no meaning for {missing}"


def test_report_text_is_escaped_and_only_our_marks_are_markup():
    text = 'Ms [PERSON 1] wrote <b onclick="x()">hi</b> & left. Police attended.'
    html, found = marked_text(text, suspects=[[0, 2]], find=["police"])
    assert str(html).count("<mark") == 2 and str(html).count('<span class="suspect"') == 1
    assert "&lt;b onclick=&#34;x()&#34;&gt;hi&lt;/b&gt; &amp; left" in str(html)
    assert found == 1
    assert str(marked_snippet("a \ue000<i>b</i>\ue001 c")) == 'a <mark class="found">&lt;i&gt;b&lt;/i&gt;</mark> c'


def test_find_marks_simple_inflections_as_postgresql_search_matches_them():
    html, found = marked_text("The review was reviewed; reviews follow. Preview.", find=["reviews"])
    assert found == 3 and "Preview" in str(html) and 'found">Preview' not in str(html)
    assert marked_text("Police, policed, policy", find=["police"])[1] == 2


def test_snippets_mark_placeholders():
    assert '<mark class="redacted">[PERSON 2]</mark>' in str(marked_snippet("Mr [PERSON 2] and \ue000Police\ue001"))
