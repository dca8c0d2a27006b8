"""A few long-lived threads per SMTP listener that write finished messages to the spool.

Why not ``loop.run_in_executor`` per message: every call makes a ``concurrent.futures.Future``
(with its own lock and condition), goes through the pool's work queue and idle semaphore, and
chains an asyncio future to it with two more callbacks - event-loop CPU on every message of a
listener that is bound by its event loop's CPU. Here the loop puts the write and an asyncio
future on a ``SimpleQueue`` (a C queue) and a writer thread answers with one
``call_soon_threadsafe``; the event loop's cost is the same whatever the number of threads.

Why several threads (``[smtp] spool_writers``, default 4): a message's file fsync waits for the
disk, and one thread waits for one fsync at a time. On this project's shared disk an fsync took
1.2 ms on a quiet day and 5-10 ms on a busy one; then one thread wrote 110-180 messages a second
while Postfix, whose ``cleanup`` processes fsync side by side, queued 500-600, and a bare loop of
write + fsync reached about 2 to 2.5 times the rate of one thread with 2 to 4 threads fsyncing
at once (the file system commits concurrent fsyncs to its journal together). The directory fsync
after the renames is shared between the threads (``Spool.sync_new``, ``GroupSync``: one fsync
covers every rename before it started). A thread that finds every other thread busy also takes
whatever else is waiting (up to ``MAX_BATCH``), writes it all, then makes the one directory fsync
for the batch, so a burst beyond the threads shares commits too; while another thread is idle a
thread takes one message, so the fsyncs of a burst run side by side rather than in one line.

Durability is unchanged: a future is resolved only after its message is durable - committed in
place in a pool file (``Spool.use_pool``: the file's fsync; no directory fsync is needed, and
``commit`` makes none) or written with a file fsync, a rename and a directory fsync that began
after that rename; if the directory fsync fails, ``abort`` removes the batch's files and every
message in it gets the error.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("ingestd.smtp")

DEFAULT_WRITERS = 4
MAX_BATCH = 64


class SpoolThreads:
    """Runs functions in ``writers`` threads, in order of arrival; ``run`` returns an asyncio future."""

    def __init__(self, name: str = "ingestd-spool", *, writers: int = DEFAULT_WRITERS,
                 commit: Callable[[], None] | None = None,
                 abort: Callable[[list[Any]], None] | None = None,
                 committed: Callable[[Any], None] | None = None) -> None:
        if writers < 1:
            raise ValueError("writers must be >= 1")
        self.commit = commit  # after a batch of functions, before any is answered
        self.abort = abort  # with the batch's results when commit failed
        # With each result of a committed batch, in the writer thread, before its future is
        # settled: what follows a durable write (a log line, waking the workers: a pipe write
        # each) costs the event loop nothing. Best effort: the message is durable already.
        self.committed = committed
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._idle = 0  # threads waiting for work: while one is, the others take one item each
        self._idle_lock = threading.Lock()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{n}", daemon=True)
                         for n in range(writers)]
        for thread in self._threads:
            thread.start()
        self._closed = False

    @property
    def writers(self) -> int:
        return len(self._threads)

    def run(self, func: Callable[[], Any]) -> asyncio.Future[Any]:
        """``func()`` in a writer thread; the future (of the running loop) gets its result."""
        if self._closed:
            raise RuntimeError("spool threads closed")
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((func, loop, future))
        return future

    def close(self, wait: bool = False) -> None:
        """Stop after what is queued (a write already accepted for spooling is finished)."""
        if not self._closed:
            self._closed = True
            for _ in self._threads:
                self._queue.put(None)  # one stop for each thread, after every write queued
        if wait:
            for thread in self._threads:
                thread.join()

    def _take(self) -> list[Any]:
        with self._idle_lock:
            self._idle += 1
        item = self._queue.get()
        with self._idle_lock:
            self._idle -= 1
        batch = [item]
        # An idle thread will take the next message and fsync it beside ours; with none idle,
        # whatever is waiting shares our batch's directory fsync.
        while item is not None and len(batch) < MAX_BATCH and not self._idle:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            batch.append(item)
        return batch

    def _work(self) -> None:
        stopping = False
        while not stopping:
            batch = self._take()
            if batch[-1] is None:  # this thread's stop (a batch ends at the first one it meets)
                stopping = True
                batch.pop()
            outcomes = []
            for func, loop, future in batch:
                try:
                    outcomes.append((loop, future, func(), None))
                except BaseException as exc:  # noqa: BLE001 - handed to the waiting session
                    outcomes.append((loop, future, None, exc))
            written = [result for _, _, result, error in outcomes if error is None]
            if written and self.commit is not None:
                try:
                    self.commit()
                except BaseException as exc:  # noqa: BLE001 - every message of the batch gets it
                    if self.abort is not None:
                        self.abort(written)
                    outcomes = [(loop, future, None, error or exc) for loop, future, _, error in outcomes]
            if self.committed is not None:
                for _, _, result, error in outcomes:
                    if error is None:
                        self._tell_committed(result)
            for loop, future, result, error in outcomes:
                try:
                    loop.call_soon_threadsafe(_settle, future, result, error)
                except RuntimeError:  # the loop is closed: nobody is waiting for the answer
                    pass
            del batch, outcomes, written  # do not keep the messages' bytes until the next batch

    def _tell_committed(self, result: Any) -> None:
        try:
            self.committed(result)  # type: ignore[misc]
        except Exception as exc:  # noqa: BLE001 - the write stands; its answer must still go out
            log.error("after a spool write: %s (the message is spooled)", exc.__class__.__name__)


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
