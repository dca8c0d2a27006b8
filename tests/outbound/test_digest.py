"""The team's digest: the right period, the right sections, nothing when nothing, once a day."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from ingestd.daemon import Daemon
from ingestd.outbound.deliver import deliver_due
from ingestd.outbound.digest import period_for, queue_digest
from ingestd.outbound.jobs import add_notice_jobs
from ingestd.service import build_services, ingest_bytes
from ingestd.storage import notices
from tests.cli import run_cli
from tests.factories import make_docx, make_scanned_pdf
from tests.messages import DOCX_TYPE, build_message, icr_text
from tests.outbound.conftest import TEAM

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("today, first, last", [
    (date(2026, 11, 10), date(2026, 11, 9), date(2026, 11, 9)),    # Tuesday: Monday
    (date(2026, 11, 9), date(2026, 11, 6), date(2026, 11, 8)),     # Monday: Friday to Sunday
    (date(2026, 11, 13), date(2026, 11, 12), date(2026, 11, 12)),  # Friday: Thursday
])
def test_period_covers_the_days_since_the_previous_working_day(today, first, last) -> None:
    assert period_for(today) == (first, last)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=timezone.utc)


def seeded(config):  # type: ignore[no-untyped-def]
    services = build_services(config)
    docx = lambda lines: [(make_docx(lines), "r.docx", DOCX_TYPE)]  # noqa: E731
    filed = {
        "on_time": ingest_bytes(services, build_message(docx(icr_text("5 November 2026")), received=at(6)),
                                received_at=at(6)),
        "late": ingest_bytes(services, build_message(docx(icr_text("20 October 2026")), received=at(7)),
                             received_at=at(7)),
        "unknown": ingest_bytes(services, build_message(docx(icr_text("at its last meeting")), received=at(8)),
                                received_at=at(8)),
        "last_week": ingest_bytes(services, build_message(docx(icr_text("1 October 2026")), received=at(3)),
                                  received_at=at(3)),
    }
    held = ingest_bytes(services, build_message([(make_scanned_pdf(), "s.pdf", "application/pdf")],
                                                received=at(2)), received_at=at(2))
    refs = {k: v.reports[0].reference for k, v in filed.items()}
    return services, refs, held


def section(body: str, title: str) -> str:
    return body.split(title, 1)[1].split("\n\n", 1)[0] if title in body else ""


def test_monday_digest_lists_the_weekend_and_what_waits(notify_config, relay) -> None:
    relay.start()
    services, refs, held = seeded(notify_config(acknowledge=False))
    assert queue_digest(services, date(2026, 11, 9)) == "digest for 2026-11-09 queued"
    assert queue_digest(services, date(2026, 11, 9)) == "digest for 2026-11-09 already queued"
    deliver_due(services)
    [got] = relay.received
    assert got.rcpt_tos == [TEAM] and got.message["Auto-Submitted"] == "auto-generated"
    body = got.message.get_body(("plain",)).get_content()
    assert "Received from 6 November to 8 November: 3 messages; 3 reports filed (ICR 3, SCR 0, LR 0)" in body
    assert refs["late"] in section(body, "Late reports") and refs["on_time"] not in section(body, "Late reports")
    assert "late" not in refs["last_week"] and refs["last_week"] not in body  # outside the period
    assert refs["unknown"] in section(body, "Ratification date not found")
    waiting = section(body, "Held messages waiting for a person")
    assert held.intake.intake_id in waiting and "no-text-layer" in waiting  # held before the period, still waiting


def test_nothing_when_there_is_nothing(notify_config, relay) -> None:
    relay.start()
    services = build_services(notify_config(acknowledge=False))
    assert queue_digest(services, date(2026, 11, 10)) == "digest for 2026-11-10: nothing to report"
    deliver_due(services)
    assert relay.received == [] and notices.listing(services.sessions) == []


def test_dry_run_prints_and_queues_nothing(notify_config, relay) -> None:
    config = notify_config(acknowledge=False)
    services, refs, held = seeded(config)
    result = run_cli(config, "digest", "--dry-run", "--date", "2026-11-09")
    assert result.code == 0
    out = result.out
    assert out.startswith(f"To: {TEAM}\nSubject: ingestd digest 2026-11-09: 3 received, 1 late, 1 waiting\n")
    assert refs["late"] in out
    assert notices.listing(services.sessions) == []
    result = run_cli(config, "digest", "--dry-run", "--date", "2026-11-25")
    assert result.code == 0 and "0 received, 0 late, 1 waiting" in result.out  # a held message waits until someone acts
    assert run_cli(config, "quarantine", "discard", held.intake.intake_id).code == 0
    result = run_cli(config, "digest", "--dry-run", "--date", "2026-11-25")
    assert result.code == 0 and result.out == "digest for 2026-11-25: nothing to report; nothing would be sent\n"


@pytest.mark.parametrize("after, expected", [
    (datetime(2026, 11, 13, 9, 0, tzinfo=LONDON), datetime(2026, 11, 16, 8, 0, tzinfo=LONDON)),  # Fri -> Mon
    (datetime(2026, 6, 5, 7, 0, tzinfo=LONDON), datetime(2026, 6, 5, 8, 0, tzinfo=LONDON)),      # BST morning
    (datetime(2026, 6, 6, 7, 0, tzinfo=LONDON), datetime(2026, 6, 8, 8, 0, tzinfo=LONDON)),      # Saturday
])
def test_daemon_schedules_the_digest_at_digest_time_london_on_working_days(notify_config, after, expected) -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    config = notify_config('digest_time = "08:00"\n', acknowledge=False)
    daemon = Daemon(config)
    daemon.services = build_services(config)
    daemon.scheduler = BackgroundScheduler(timezone="Europe/London")
    try:
        add_notice_jobs(daemon)
        trigger = daemon.scheduler.get_job("digest").trigger
        fire = trigger.get_next_fire_time(None, after)
        assert fire == expected and fire.utcoffset() == expected.utcoffset()
    finally:
        daemon.executor.shutdown(wait=False)


def test_a_broken_custom_template_is_named_at_start_up(notify_config, tmp_path) -> None:
    from ingestd.errors import ConfigError
    from ingestd.outbound.jobs import check_templates

    templates = tmp_path / "templates"
    templates.mkdir()
    check_templates(notify_config(f'templates_dir = "{templates}"\n'))  # nothing there: the shipped ones
    (templates / "ack.txt.j2").write_text("Subject: Received {{ reports[0].reference }}\n\nDear {{ sender_name }}\n")
    with pytest.raises(ConfigError, match=r"\[notify\] templates_dir: ack.txt.j2 .*'sender_name' is undefined"):
        check_templates(notify_config(f'templates_dir = "{templates}"\n'))


def test_a_key_about_to_expire_is_enough_for_a_digest(notify_config, relay, tmp_path) -> None:
    import subprocess

    from tests.keys import generate_key

    home = tmp_path / "gnupg"
    try:
        fingerprint = generate_key(home, "Signing Key <keys@glasgow.gov.uk>", expire="10d")
        cpcs = (f'[[cpc]]\nname = "Glasgow Child Protection Committee"\nsender_domains = ["glasgow.gov.uk"]\n'
                f'signing_keys = ["{fingerprint}"]\n')
        relay.start()
        services = build_services(notify_config(extra=f'[gpg]\nhome = "{home}"\n', cpcs=cpcs, acknowledge=False))
        assert queue_digest(services, date(2026, 11, 10)) == "digest for 2026-11-10 queued"
        deliver_due(services)
        body = relay.received[0].message.get_body(("plain",)).get_content()
        assert "Received on 9 November: 0 messages" in body
        assert f"signing key {fingerprint}: expires" in section(body, "Keys that need attention")
    finally:
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], check=False, capture_output=True)


@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 11, 9, 9, 30, tzinfo=LONDON), True),    # Monday, after 08:00: catch up
    (datetime(2026, 11, 9, 7, 59, tzinfo=LONDON), False),   # before digest time: the job will run
    (datetime(2026, 11, 9, 14, 1, tzinfo=LONDON), False),   # beyond the grace period
    (datetime(2026, 11, 8, 9, 30, tzinfo=LONDON), False),   # Sunday
])
def test_a_daemon_started_after_digest_time_catches_up(notify_config, relay, now, expected) -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    relay.start()
    config = notify_config(acknowledge=False)
    daemon = Daemon(config)
    daemon.services, _, _ = seeded(config)
    daemon.services.clock = lambda: now
    daemon.scheduler = BackgroundScheduler(timezone="Europe/London")
    try:
        add_notice_jobs(daemon)
        add_notice_jobs(daemon)  # a second start the same morning sends nothing more
    finally:
        daemon.executor.shutdown(wait=False)
    assert len(relay.received) == (1 if expected else 0)


def test_cli_errors_are_one_line_and_exit_2(make_config) -> None:
    config = make_config()
    bad_date = run_cli(config, "digest", "--date", "2026-13-01")
    assert bad_date.code == 2 and "not a date: '2026-13-01'" in bad_date.error_lines()[0]
    no_relay = run_cli(config, "notices", "send")
    assert no_relay.code == 2
    assert no_relay.err.count("\n") == 1 and "ingestd.toml: [notify] smarthost: not set" in no_relay.err
    no_team = run_cli(config, "digest")
    assert no_team.code == 2 and "[notify] team_address" in no_team.err
    listed = run_cli(config, "notices", "list")
    assert listed.code == 0 and listed.out.splitlines()[-1] == "no notices"
