"""The spool: durable entries, crash debris, names that say when and how a message came."""

from __future__ import annotations

from datetime import datetime, timezone

from ingestd.spool import Spool


def test_put_then_pending_round_trip(tmp_path):
    spool = Spool(tmp_path / "spool")
    when = datetime(2026, 10, 25, 0, 30, 12, 345678, tzinfo=timezone.utc)
    smtp = spool.put(b"message one", channel="smtp", received_at=when)
    imap = spool.put(b"message two", channel="imap", received_at=when, source={"uidvalidity": 7, "uid": 42})
    assert not smtp.meta_path.exists()  # everything is in the name
    assert imap.meta_path.exists()
    entries = {e.spool_id: e for e in spool.pending()}
    assert entries[smtp.spool_id].received_at == when and entries[smtp.spool_id].channel == "smtp"
    assert entries[imap.spool_id].source == {"uidvalidity": 7, "uid": 42}
    assert entries[imap.spool_id].sha256 == imap.sha256
    assert all(e.read() in (b"message one", b"message two") for e in entries.values())


def test_put_makes_the_spool_directories_when_they_are_missing(tmp_path):
    """``put`` does not make its directories before every message, only when a write finds one missing."""
    spool = Spool(tmp_path / "spool")
    first = spool.put(b"into a spool not made yet", channel="smtp")
    spool.tmp_dir.rmdir()  # an operator clearing debris, say
    second = spool.put(b"after tmp/ went", channel="imap", source={"uidvalidity": 7, "uid": 1})
    assert sorted(e.spool_id for e in spool.pending()) == sorted([first.spool_id, second.spool_id])
    assert (spool.tmp_dir.stat().st_mode & 0o777) == 0o700
    assert list(spool.tmp_dir.iterdir()) == []


def test_attempts_survive_a_reload(tmp_path):
    spool = Spool(tmp_path / "spool")
    entry = spool.put(b"x", channel="smtp")
    spool.record_attempt(spool.record_attempt(entry))
    [again] = spool.pending()
    assert again.attempts == 2


def test_recover_removes_crash_debris_only(tmp_path):
    spool = Spool(tmp_path / "spool")
    kept = spool.put(b"kept", channel="file")
    spool.ensure()
    (spool.tmp_dir / "half-written.tmp").write_bytes(b"par")
    (spool.new_dir / "00000000000000000001-imap-aaaaaaaaaaaa.json").write_text("{}")  # meta without message
    assert spool.recover() == 2
    assert [e.spool_id for e in spool.pending()] == [kept.spool_id]
    assert list(spool.tmp_dir.iterdir()) == []


def test_claim_is_exclusive_and_remove_forgets(tmp_path):
    spool = Spool(tmp_path / "spool")
    entry = spool.put(b"x", channel="smtp")
    with spool.claim(entry) as mine:
        assert mine is not None
        with spool.claim(entry) as other:
            assert other is None
        spool.remove(mine)
    assert spool.pending() == []
    spool.self_check()
    assert spool.pending() == [] and list(spool.new_dir.iterdir()) == []


def test_concurrent_puts_all_land_and_share_directory_fsyncs(tmp_path, monkeypatch):
    import threading

    import ingestd.spool as spool_module

    calls = []
    real = spool_module.fsync_dir

    def counting(path):
        calls.append(path)
        real(path)

    monkeypatch.setattr(spool_module, "fsync_dir", counting)  # counts real fsyncs; does not replace them
    spool = Spool(tmp_path / "spool")
    spool.ensure()
    threads = [threading.Thread(target=lambda n=n: [spool.put(b"m%d-%d" % (n, i), channel="smtp")
                                                     for i in range(25)]) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(spool.pending()) == 200
    assert 1 <= len(calls) <= 200  # never more than one per message; grouped when writers overlap
