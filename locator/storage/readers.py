"""Read-only connections of a vault's own, for queries on other threads (the case list's
searches and sorts), kept open between queries (issue 18).

Opening a reader costs more than a search of the first page (the key is applied and the
schema read again: ~12 ms on a 2-core laptop), so a few stay open for the next query.
Each query in use is in a ``running`` list its caller keeps; :meth:`Readers.interrupt`
stops the queries of one list. Taking, giving back and interrupting all happen under one
lock, so an interrupt meant for an older query never reaches a newer one on the same
connection. :meth:`Readers.close` (on lock) closes the idle ones at once and the others
as they are given back; nothing is taken after it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from locator.storage.errors import VaultLocked

__all__ = ["Readers"]


class Readers:
    """A small pool of reader connections made by ``connect``."""

    #: idle connections kept open for the next query
    KEEP = 2

    def __init__(self, connect: Callable[[], Any]) -> None:
        self._connect: Callable[[], Any] | None = connect
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    def take(self, running: list[Any]) -> Any:
        """A connection for one query, listed in ``running`` until :meth:`give`."""
        with self._lock:
            connect = self._connect
            if connect is None:
                raise VaultLocked()
            con = self._idle.pop() if self._idle else None
            if con is not None:
                running.append(con)
                return con
        con = connect()  # outside the lock: another query need not wait for it
        with self._lock:
            if self._connect is None:  # locked meanwhile
                con.close()
                raise VaultLocked()
            running.append(con)
        return con

    def give(self, con: Any, running: list[Any]) -> None:
        """The query is over: the connection is kept for the next one, or closed."""
        with self._lock:
            with contextlib.suppress(ValueError):
                running.remove(con)
            if self._connect is not None and len(self._idle) < self.KEEP:
                self._idle.append(con)
                return
        con.close()

    def interrupt(self, running: list[Any]) -> None:
        """Stop the queries of ``running`` (their callers get an error)."""
        with self._lock:
            for con in running:
                with contextlib.suppress(Exception):
                    con.interrupt()

    def close(self) -> None:
        """No more queries: the idle connections closed now, the others when given."""
        with self._lock:
            self._connect = None
            idle, self._idle = self._idle, []
        for con in idle:
            with contextlib.suppress(Exception):
                con.close()
