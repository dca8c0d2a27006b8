"""Prometheus metrics (prometheus-client): what an operator alerts on, nothing about content.

Off unless ``[metrics] listen`` is set (loopback only: the endpoint has no authentication).
Two sources, chosen so the figures are right across worker processes and restarts:

* **The database and the spool, read at scrape time** (``IntakeCollector``): messages by
  channel and outcome, held messages by reason, the last recorded message per channel, spool
  depth and the age of the oldest spooled message. Counting rows needs no shared state between
  the daemon and its worker processes, and a restart loses nothing.
* **Timings observed in the workers** (``PARSE_SECONDS``, ``PIPELINE_SECONDS``): histograms
  in prometheus-client's multiprocess mode. The daemon points ``PROMETHEUS_MULTIPROC_DIR`` at
  ``<data_dir>/metrics`` (emptied at start) before it starts its workers; the workers inherit
  it and write there; the endpoint merges their files.

Labels are channels, statuses and reason codes only: never a committee, a reference or an
address.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingestd import __version__

log = logging.getLogger("ingestd.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
PARSE_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
PIPELINE_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)

_histograms: dict[str, Any] = {}


def _histogram(name: str, doc: str, buckets: tuple[float, ...]) -> Any:
    """Created on first use, so a process imports prometheus-client only when it observes."""
    if name not in _histograms:
        from prometheus_client import Histogram
        _histograms[name] = Histogram(name, doc, buckets=buckets)
    return _histograms[name]


def observe_parse(seconds: float) -> None:
    _histogram("ingestd_parse_seconds", "Wall-clock seconds to extract the text of one attachment "
                                        "(sandboxed worker, including start-up)", PARSE_BUCKETS).observe(seconds)


def observe_pipeline(seconds: float) -> None:
    _histogram("ingestd_pipeline_seconds", "Wall-clock seconds to take one spooled message to its final state",
               PIPELINE_BUCKETS).observe(seconds)


def prepare_multiprocess_dir(data_dir: Path) -> Path:
    """Empty ``<data_dir>/metrics`` and export it to the worker processes started after this."""
    directory = data_dir / "metrics"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink(missing_ok=True)
    os.environ[MULTIPROC_ENV] = str(directory)
    return directory


class IntakeCollector:
    """Reads the intake log and the spool at each scrape (see the module docstring)."""

    def __init__(self, services: Any) -> None:
        self.services = services

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        from ingestd.storage import repository

        info = GaugeMetricFamily("ingestd_build_info", "Version of the running ingestd", labels=["version"])
        info.add_metric([__version__], 1)
        yield info

        depth, oldest = self.services.spool.stats()
        yield GaugeMetricFamily("ingestd_spool_depth", "Messages waiting in the spool", value=depth)
        yield GaugeMetricFamily("ingestd_spool_oldest_age_seconds",
                                "Seconds since the oldest waiting message was spooled (0 when empty)",
                                value=oldest or 0.0)

        up = GaugeMetricFamily("ingestd_database_up", "1 when the intake log could be read at this scrape")
        try:
            counts = repository.metrics_counts(self.services.sessions)
        except Exception as exc:  # noqa: BLE001 - a scrape must answer even when the database is down
            log.warning("metrics: database unreadable: %s", exc.__class__.__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up

        messages = CounterMetricFamily("ingestd_messages", "Messages recorded, by channel and outcome",
                                       labels=["channel", "outcome"])
        for (channel, status), n in sorted(counts["by_channel_status"].items()):
            messages.add_metric([channel, status], n)
        yield messages

        held = GaugeMetricFamily("ingestd_quarantined_messages", "Messages held in quarantine now, by reason code",
                                 labels=["reason"])
        for reason, n in sorted(counts["held_by_reason"].items()):
            held.add_metric([reason or "unknown"], n)
        yield held

        last = GaugeMetricFamily("ingestd_last_success_timestamp_seconds",
                                 "Unix time of the last message recorded, by channel", labels=["channel"])
        for channel, moment in sorted(counts["last_by_channel"].items()):
            last.add_metric([channel], moment.timestamp())
        yield last


def start_endpoint(listen_host: str, listen_port: int, services: Any, multiproc_dir: Path) -> Any:
    """Serve ``/metrics`` on a daemon thread; returns the server (``shutdown()`` stops it)."""
    from prometheus_client import CollectorRegistry, start_http_server
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    registry.register(IntakeCollector(services))
    MultiProcessCollector(registry, path=str(multiproc_dir))
    server, _thread = start_http_server(listen_port, addr=listen_host, registry=registry)
    log.info("metrics on http://%s:%d/metrics", listen_host, listen_port)
    return server


class Stopwatch:
    """``with Stopwatch(observe_parse): ...`` observes the block's wall-clock seconds."""

    def __init__(self, observe: Any) -> None:
        self.observe = observe

    def __enter__(self) -> "Stopwatch":
        self.started = time.monotonic()
        return self

    def __exit__(self, *_: object) -> None:
        self.observe(time.monotonic() - self.started)
