"""Outgoing notices: acknowledgements to committees and the team's daily digest.

(Not to be confused with ``ingestd.notify``, which speaks systemd's sd_notify protocol.)

::

    service.finish / crash replay --> acks.acknowledge_recorded --\\
    scheduler (digest_time, Mon-Fri) --> digest.queue_digest ------+--> storage.notices (the queue, durable)
                                                                   |
    scheduler (every few seconds), ``ingestd notices send`` --> deliver.deliver_due --> relay.Relay --> smarthost

Every notice is rendered from a Jinja2 template (``compose``) and queued in the database
before anything is sent; delivery is retried with back-off and never skipped by a crash.
Notices carry only references, committee names, types, dates, timeliness and reason words.
"""

from __future__ import annotations

from ingestd.outbound.acks import acknowledge_recorded

__all__ = ["acknowledge_recorded"]
