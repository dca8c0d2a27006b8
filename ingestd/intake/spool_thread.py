"""One long-lived thread per SMTP listener that writes finished messages to the spool.

Why not ``loop.run_in_executor`` per message: every call makes a ``concurrent.futures.Future``
(with its own lock and condition), goes through the pool's work queue and idle semaphore, and
chains an asyncio future to it with two more callbacks - event-loop CPU on every message of a
listener that is bound by its event loop's CPU. Here the loop puts the write and an asyncio
future on a ``SimpleQueue`` (a C queue) and the thread answers with one
``call_soon_threadsafe``.

Why one thread is enough: a spool write (``Spool.put``: file fsync, rename, directory fsync)
took about 1.2 ms on this project's disk, so one thread writes some 800 messages a second,
more than three times Postfix's durable accept rate on the same machine; messages that finish
while one is written wait their turn in the queue, in order. What one thread cannot do is
share a directory fsync between concurrent writers (``GroupSync`` does that for threads), so
it does the same itself: it writes every message that is waiting (file fsync and rename each),
then ``commit`` - the one directory fsync for all of them - and only then answers them.

Durability is unchanged: a future is resolved only after its file fsync, its rename and a
directory fsync that began after that rename, so the ``250`` still follows all three; if the
directory fsync fails, ``abort`` removes the batch's files and every message in it gets the error.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any


class SpoolThread:
    """Runs functions one after another in its own thread; ``run`` returns an asyncio future."""

    def __init__(self, name: str = "ingestd-spool", *, commit: Callable[[], None] | None = None,
                 abort: Callable[[list[Any]], None] | None = None) -> None:
        self.commit = commit  # after a batch of functions, before any is answered
        self.abort = abort  # with the batch's results when commit failed
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()
        self._closed = False

    def run(self, func: Callable[[], Any]) -> asyncio.Future[Any]:
        """``func()`` in the spool thread; the future (of the running loop) gets its result."""
        if self._closed:
            raise RuntimeError("spool thread closed")
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((func, loop, future))
        return future

    def close(self, wait: bool = False) -> None:
        """Stop after what is queued (a write already accepted for spooling is finished)."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        if wait:
            self._thread.join()

    def _work(self) -> None:
        stopping = False
        while not stopping:
            batch = [self._queue.get()]
            while len(batch) < MAX_BATCH:  # whatever else is waiting shares the commit
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            if None in batch:
                stopping = True
                batch = [item for item in batch if item is not None]
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
            for loop, future, result, error in outcomes:
                try:
                    loop.call_soon_threadsafe(_settle, future, result, error)
                except RuntimeError:  # the loop is closed: nobody is waiting for the answer
                    pass
            del batch, outcomes, written  # do not keep the messages' bytes until the next batch


MAX_BATCH = 64


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
