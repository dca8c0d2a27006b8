"""Acknowledgements end to end: a message is ingested, the notice queued, delivered to a real
relay (aiosmtpd on loopback, STARTTLS verified against the test CA) and read there."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest
from sqlalchemy import select

from ingestd.outbound import acks, wording
from ingestd.outbound.deliver import deliver_due
from ingestd.service import build_services, ingest_bytes, process_pending
from ingestd.storage.models import NoticeRow
from tests.factories import make_docx, make_scanned_pdf
from tests.messages import DOCX_TYPE, build_message, icr_text, scr_text
from tests.outbound.conftest import FROM, RECEIVED, report_message, with_headers

CANARY = "Quillfeather"


def test_ack_arrives_once_threaded_with_reference_and_deadline(notify_config, relay, db_url) -> None:
    relay.start()
    services = build_services(notify_config(database_url=db_url))
    raw = report_message(message_id="<report-1@glasgow.gov.uk>")
    outcome = ingest_bytes(services, raw, received_at=RECEIVED)
    reference = outcome.reports[0].reference

    assert deliver_due(services).sent
    assert not deliver_due(services, now=datetime.now(timezone.utc) + timedelta(days=1)).sent  # nothing left
    [got] = relay.received
    msg = got.message
    assert got.rcpt_tos == ["cpc@glasgow.gov.uk"] and got.mail_from == FROM
    assert msg["In-Reply-To"] == "<report-1@glasgow.gov.uk>"
    assert "<report-1@glasgow.gov.uk>" in msg["References"]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert reference in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    assert reference in body and "Initial Case Review" in body and "Glasgow Child Protection Committee" in body
    assert "ratified 3 November, due 10 November, received 6 November: on time" in body


def test_late_report_says_how_late(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config())
    ingest_bytes(services, report_message(icr_text("28 October 2026")), received_at=RECEIVED)
    deliver_due(services)
    body = relay.received[0].message.get_body(("plain",)).get_content()
    assert "ratified 28 October, due 4 November, received 6 November: 2 days late" in body


def test_a_report_sent_again_is_answered_with_its_earlier_reference(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config())
    docx = make_docx(icr_text())  # the same bytes twice (python-docx stamps the time)
    first = ingest_bytes(services, build_message([(docx, "icr.docx", DOCX_TYPE)], received=RECEIVED),
                         received_at=RECEIVED)
    again = ingest_bytes(services, build_message([(docx, "icr.docx", DOCX_TYPE)], sender="deputy@glasgow.gov.uk",
                                                 received=RECEIVED), received_at=RECEIVED)
    assert again.status == "duplicate"
    deliver_due(services)
    by_recipient = {r.rcpt_tos[0]: r.message for r in relay.wait_for(2)}
    reference = first.reports[0].reference
    assert by_recipient["deputy@glasgow.gov.uk"]["Subject"] == f"Already received: {reference}"
    assert f"We already had this report: {reference}." in by_recipient["deputy@glasgow.gov.uk"].get_body(
        ("plain",)).get_content()


def test_held_scan_gets_plain_words_reason(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config())
    raw = build_message([(make_scanned_pdf(), "scan.pdf", "application/pdf")], received=RECEIVED)
    assert ingest_bytes(services, raw, received_at=RECEIVED).reason == "no-text-layer"
    deliver_due(services)
    [got] = relay.received
    assert "the report is a scan we could not read; please send the document itself" in got.text
    assert "held" in got.message["Subject"]


def test_no_notice_contains_a_canary_from_report_subject_sender_or_filename(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config())
    lines = icr_text(extra=[f"The social worker, Ms Ermintrude {CANARY}, visited."])
    raw = build_message([(make_docx(lines), f"{CANARY}-icr.docx", DOCX_TYPE)], received=RECEIVED,
                        subject=f"ICR about the {CANARY} family", body=f"From Ermintrude {CANARY}")
    raw = raw.replace(b"From: Child Protection <", f"From: Ermintrude {CANARY} <".encode())
    assert CANARY.encode() in raw
    ingest_bytes(services, raw, received_at=RECEIVED)
    scan = build_message([(make_scanned_pdf(), f"{CANARY}.pdf", "application/pdf")], sender="lead@fife.gov.uk",
                         subject=f"{CANARY} scan", received=RECEIVED)
    ingest_bytes(services, scan, received_at=RECEIVED)
    from ingestd.outbound.digest import queue_digest
    queue_digest(services, today=(RECEIVED + timedelta(days=1)).date())
    deliver_due(services)
    got = relay.wait_for(3)
    kinds = sorted(r.message["X-Ingestd-Notice"] for r in got)
    assert kinds == ["ack", "ack", "digest"]
    for received in got:
        assert CANARY.lower() not in received.text.lower()
        assert CANARY.lower() not in received.data.decode("ascii", "replace").lower()
        assert "Ermintrude" not in received.text


def test_sender_address_is_kept_only_until_the_notice_is_sent(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config())
    ingest_bytes(services, report_message(), received_at=RECEIVED)
    with services.sessions() as session:
        [row] = session.scalars(select(NoticeRow)).all()
        assert row.recipient == "cpc@glasgow.gov.uk"  # needed to reply, while queued
    deliver_due(services)
    with services.sessions() as session:
        [row] = session.scalars(select(NoticeRow)).all()
        assert row.state == "sent" and row.recipient is None and row.content is None
        assert "glasgow.gov.uk" not in repr([getattr(row, c.name) for c in NoticeRow.__table__.columns])


@pytest.mark.parametrize("headers", [
    {"Auto-Submitted": "auto-replied"},
    {"Precedence": "bulk"},
    {"Return-Path": "<>"},
    {"X-Ingestd-Notice": "ack"},
])
def test_auto_generated_mail_gets_no_reply(notify_config, relay, headers) -> None:
    relay.start()
    services = build_services(notify_config())
    outcome = ingest_bytes(services, with_headers(report_message(), **headers), received_at=RECEIVED)
    assert outcome.status == "filed"
    deliver_due(services)
    assert relay.received == []
    with services.sessions() as session:
        assert session.scalars(select(NoticeRow)).all() == []


def test_only_committees_that_opted_in_and_only_their_domains(notify_config, relay) -> None:
    relay.start()
    cpcs = """
        [[cpc]]
        name = "Glasgow Child Protection Committee"
        sender_domains = ["glasgow.gov.uk"]
        acknowledge = false

        [[cpc]]
        name = "Fife Child Protection Committee"
        sender_domains = ["fife.gov.uk"]
        aliases = ["Fife Council"]
    """
    services = build_services(notify_config(cpcs=cpcs, acknowledge=False))
    ingest_bytes(services, report_message(), received_at=RECEIVED)  # Glasgow: opted out
    ingest_bytes(services, build_message([(make_docx(scr_text()), "scr.docx", DOCX_TYPE)], sender="x@fife.gov.uk",
                                         received=RECEIVED), received_at=RECEIVED)  # Fife: global false
    deliver_due(services)
    assert relay.received == []

    services = build_services(notify_config(cpcs=cpcs.replace(
        'aliases = ["Fife Council"]', 'aliases = ["Fife Council"]\nacknowledge = true'), acknowledge=False))
    # An outsider whose report names Fife is filed for Fife but gets no reply: not Fife's domain.
    ingest_bytes(services, build_message([(make_docx(scr_text("20.05.2026")), "scr.docx", DOCX_TYPE)],
                                         sender="someone@example.com", received=RECEIVED), received_at=RECEIVED)
    deliver_due(services)
    assert relay.received == []
    ingest_bytes(services, build_message([(make_docx(scr_text("21.05.2026")), "scr.docx", DOCX_TYPE)],
                                         sender="lead@fife.gov.uk", received=RECEIVED), received_at=RECEIVED)
    deliver_due(services)
    assert [r.rcpt_tos for r in relay.received] == [["lead@fife.gov.uk"]]


def test_at_most_one_ack_per_sender_per_interval(notify_config, relay, db_url) -> None:
    relay.start()
    services = build_services(notify_config("ack_min_interval = 3600\n", database_url=db_url))
    ingest_bytes(services, report_message(icr_text("1 November 2026")), received_at=RECEIVED)
    ingest_bytes(services, report_message(icr_text("2 November 2026")), received_at=RECEIVED)
    ingest_bytes(services, report_message(icr_text("4 November 2026"), sender="other@glasgow.gov.uk"),
                 received_at=RECEIVED)
    deliver_due(services)
    assert sorted(r.rcpt_tos[0] for r in relay.received) == ["cpc@glasgow.gov.uk", "other@glasgow.gov.uk"]


class PowerCut(BaseException):
    """The process dies: not an Exception, so nothing in ingestd catches it."""


def test_crash_after_commit_before_queueing_loses_no_ack_and_sends_one(notify_config, relay, db_url) -> None:
    relay.start()
    config = notify_config(database_url=db_url)
    services = build_services(config)
    entry = services.spool.put(report_message(), channel="smtp", received_at=RECEIVED)

    def dying_clock() -> datetime:  # the first thing the acknowledgement step asks for is the time
        raise PowerCut()

    services.clock = dying_clock
    with pytest.raises(PowerCut):
        process_pending(services)
    assert services.spool.pending(), "the spool entry survives the crash"

    restarted = build_services(config)
    [outcome] = process_pending(restarted)
    assert outcome.status == "filed"
    process_pending(restarted)  # and once more: nothing new
    deliver_due(restarted)
    deliver_due(restarted, now=datetime.now(timezone.utc) + timedelta(hours=2))
    [got] = relay.received
    assert outcome.reports[0].reference in got.message["Subject"]
    assert entry.spool_id not in got.text


# ---- the rules tables -----------------------------------------------------------------------

def _headers(extra: dict[str, str]) -> Message:
    base = {"From": "Lead Officer <cpc@glasgow.gov.uk>", "Message-ID": "<m@glasgow.gov.uk>"}
    text = "".join(f"{k}: {v}\n" for k, v in {**base, **extra}.items()) + "\n"
    return HeaderParser().parsestr(text)


@pytest.mark.parametrize("rule", acks.LOOP_RULES, ids=lambda r: r.name)
def test_loop_rule_catches_its_examples_and_leaves_the_others(rule: acks.LoopRule) -> None:
    assert rule.reason
    for example in rule.catches:
        assert acks.loop_rule(_headers(example)) == rule.name, example
    for example in rule.leaves:
        assert not rule.matches(_headers(example)), example


def test_an_ordinary_report_message_is_answered() -> None:
    assert acks.loop_rule(_headers({})) is None


def test_every_documented_reason_code_has_plain_words() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    table = readme.split("### Reason codes", 1)[1].split("\n## ", 1)[0]
    codes = set(re.findall(r"`([a-z][a-z-]+)`", table))
    assert codes, "README reason-code table not found"
    missing = sorted(codes - set(wording.HELD_REASONS))
    assert not missing, f"reason codes without words for the sender: {missing}"
    for words in wording.HELD_REASONS.values():
        assert words == words.strip() and not words.endswith(".")


def test_the_address_hash_is_dropped_once_the_interval_has_passed(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config("ack_min_interval = 600\n"))
    ingest_bytes(services, report_message(), received_at=RECEIVED)
    deliver_due(services)
    with services.sessions() as session:
        assert session.scalars(select(NoticeRow.recipient_hmac)).one() is not None  # still rate-limiting
    deliver_due(services, now=datetime.now(timezone.utc) + timedelta(seconds=601))
    with services.sessions() as session:
        assert session.scalars(select(NoticeRow.recipient_hmac)).one() is None


def test_threading_keeps_the_earlier_references() -> None:
    headers = _headers({"References": "<a@glasgow.gov.uk> <b@glasgow.gov.uk>"})
    plan = acks.reply_plan(_config_for_plans(), "Glasgow Child Protection Committee", headers)
    assert isinstance(plan, acks.ReplyTo)
    assert plan.in_reply_to == "<m@glasgow.gov.uk>"
    assert plan.references == "<a@glasgow.gov.uk> <b@glasgow.gov.uk> <m@glasgow.gov.uk>"


@pytest.mark.parametrize("extra, why", [
    ({"Return-Path": "<cpc@glasgow.gov.uk>", "From": "x@example.com"}, None),  # Return-Path wins (RFC 3834 4)
    ({"From": "a@glasgow.gov.uk, b@glasgow.gov.uk"}, "no single reply address"),
    ({"From": "someone@example.com"}, "the reply address is outside the committee's domains"),
    ({"From": "cpc@social.glasgow.gov.uk"}, None),  # a subdomain of the committee's domain
    ({"Message-ID": "not-an-id"}, None),
])
def test_reply_plan(extra, why) -> None:
    plan = acks.reply_plan(_config_for_plans(), "Glasgow Child Protection Committee", _headers(extra))
    if why is None:
        assert isinstance(plan, acks.ReplyTo) and plan.address.endswith("glasgow.gov.uk")
    else:
        assert plan == why


def _config_for_plans():  # type: ignore[no-untyped-def]
    from ingestd.config.schema import Config, CpcEntry, NotifyConfig
    return Config(cpcs=(CpcEntry(name="Glasgow Child Protection Committee", sender_domains=("glasgow.gov.uk",)),),
                  notify=NotifyConfig(smarthost="127.0.0.1:25", from_address=FROM))


def test_hostile_headers_mean_no_reply_and_the_report_stays_filed(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config())
    raw = with_headers(report_message(), Return_Path="<\udcff@glasgow.gov.uk>".encode("utf-8", "surrogateescape")
                       .decode("latin-1"))
    outcome = ingest_bytes(services, raw, received_at=RECEIVED)
    assert outcome.status == "filed" and not services.spool.pending()


def test_two_workers_acknowledging_one_sender_at_once_queue_one(notify_config, db_url) -> None:
    import threading

    from ingestd.storage import notices as queue

    services = build_services(notify_config(database_url=db_url))
    now = datetime.now(timezone.utc)
    barrier = threading.Barrier(8)
    results: list[str] = []

    def worker(n: int) -> None:
        barrier.wait()
        results.append(queue.enqueue_ack(services.sessions, queue.NewNotice(
            notice_key=f"ack:race-{n}:filed", kind="ack", message_id=f"<race.{n}@example.org>",
            recipient="cpc@glasgow.gov.uk", content=b"x", summary="race", recipient_hmac="ab" * 32),
            now, since=now - timedelta(seconds=300)))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["queued"] + ["rate-limited"] * 7


def test_the_same_mail_arriving_twice_is_answered_once(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config("ack_min_interval = 0\n"))
    raw = report_message(message_id="<twice@glasgow.gov.uk>")
    first = ingest_bytes(services, raw, received_at=RECEIVED)
    again = ingest_bytes(services, raw, channel="imap", received_at=RECEIVED + timedelta(minutes=10))
    resent = ingest_bytes(services, raw.replace(b"Subject: ICR report", b"Subject: ICR report (resent)"),
                          received_at=RECEIVED + timedelta(minutes=20))  # other bytes, same Message-ID
    assert first.status == "filed" and again.status == resent.status == "duplicate"
    deliver_due(services)
    [got] = relay.received
    assert first.reports[0].reference in got.message["Subject"]
