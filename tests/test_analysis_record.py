"""What the pipeline files besides the text: subject, ratification candidates, suspects, notification kinds."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message, icr_text
from tests.test_ingest import cli, log_json, write_eml  # noqa: F401  (the cli fixture)


def test_filed_icr_records_subject_candidates_and_suspects(cli):  # noqa: F811
    lines = icr_text("3rd November 2026") + ["Report author: Quenby Trevaskis-Ollerenshaw",
                                             "The Zorbulon approach was used."]
    raw = build_message([(make_docx(lines), "r.docx", DOCX_TYPE)],
                        received=datetime(2026, 11, 6, 9, 0, tzinfo=timezone.utc))
    code, _, err = cli("ingest", write_eml(cli.tmp, "a.eml", raw))
    assert code == 0, err
    [entry] = log_json(cli)
    assert entry["subject"] == "child"
    assert entry["suspect_count"] >= 1

    code, out, _ = cli("show", entry["reference"], "--format", "json")
    shown = json.loads(out)
    best = shown["ratification_candidates"][0]
    assert best["date"] == "2026-11-03" and best["weight"] > 0 and best["rules"]
    assert all(set(c) == {"date", "weight", "rules"} for c in shown["ratification_candidates"])
    suspects = [shown["text"][start:end] for start, end in shown["suspects"]]
    assert "Zorbulon" in suspects  # a leftover no word list explains, for a person to check
    assert "Quenby" not in shown["text"]


def test_learning_review_outcome_notification_has_its_own_prefix(cli):  # noqa: F811
    lines = ["Notification of the outcome of a Learning Review", "Glasgow Child Protection Committee",
             "The Chief Officers Group ratified the outcome of the Learning Review on 3 November 2026."]
    raw = build_message([(make_docx(lines), "n.docx", DOCX_TYPE)],
                        received=datetime(2026, 11, 6, 9, 0, tzinfo=timezone.utc))
    code, out, err = cli("ingest", write_eml(cli.tmp, "n.eml", raw))
    assert code == 0, err
    [entry] = log_json(cli)
    assert entry["doc_type"] == "LR-OUTCOME"
    assert entry["reference"] == "LRO-2026-0001"
    assert entry["ratified_on"] == "2026-11-03" and entry["timeliness"] == "on_time"
