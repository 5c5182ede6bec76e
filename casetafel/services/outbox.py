"""Capture on a shared database: kept locally first, written to the server in order, exactly once.

``CaptureOutbox.capture`` checks the line (an empty text is refused at once, as on a file), appends it to
the outbox file (``storage.outbox``, synced) and wakes the sender. The sender is one thread that writes
the waiting lines to the server oldest first through ``RecordService.record(..., client_ref=...)``: the
server stores a line once, however often it is sent (a resend after an acknowledgement that was lost on
the way finds the stored line). A line leaves the outbox only once the server confirmed it. When the
server cannot be reached the sender stops at that line (the order is kept) and tries again every few
seconds, and at once when a new line is captured.

Listeners (the window, through a Qt signal in ``casetafel/ui``) hear of each sent line, of a change in
the connection, and of a line the server refused for good. ``wait_for`` lets the caller wait briefly for
the normal case: on a reachable server a line is stored within milliseconds and is shown as stored at
once. On a file database there is no outbox: a capture is one transaction on the file, as before.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from casetafel.domain.records import RecordKind
from casetafel.services.common import required_text
from casetafel.services.errors import ServiceError, StorageFailedError, ValidationError
from casetafel.services.records import RecordInfo, RecordService
from casetafel.storage.engine import describe_write_failure
from casetafel.storage.errors import StorageError
from casetafel.storage.outbox import Outbox, OutboxLine

RETRY_SECONDS = 3.0
KEEP_RESULTS = 500  # confirmations kept for ``wait_for`` (a few minutes of capture)


@dataclass(frozen=True)
class OutboxState:
    """Whether the server answered at the last attempt, and how many lines wait."""

    online: bool
    waiting: int


class OutboxListener:
    """What a listener may hear; called on the sender's thread (hand it over to your own thread)."""

    def line_sent(self, line: OutboxLine, info: RecordInfo) -> None: ...

    def state_changed(self, state: OutboxState) -> None: ...

    def line_rejected(self, line: OutboxLine, reason: str) -> None: ...


CONNECTION_LOST = describe_write_failure(ConnectionError("connection"))  # the storage layer's words


def is_connection_lost(message: str) -> bool:
    """Whether a service's Dutch error says that the shared database could not be reached."""
    return CONNECTION_LOST in message


def _required(kind: RecordKind, text: str, fields: dict) -> str:
    """The checks ``RecordService`` makes before touching the database, made before the line is kept."""
    what = {RecordKind.OBSERVATION: "Een observatie", RecordKind.QUESTION: "Een bestuurlijke vraag",
            RecordKind.ACTION: "Een afspraak"}[kind]  # fmt: skip
    text = required_text(text, what)
    if kind is RecordKind.OBSERVATION and not fields.get("kind_code"):
        raise ValidationError("Kies de soort observatie.")
    return text


class CaptureOutbox:
    """The outbox of one shared database and its sender thread (``start`` / ``stop``)."""

    def __init__(self, records: RecordService, outbox: Outbox, *, retry_seconds: float = RETRY_SECONDS):
        self.records = records
        self.outbox = outbox
        self.retry_seconds = retry_seconds
        self.online = True
        self._listeners: list[OutboxListener] = []
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._sending = threading.Lock()  # one sender at a time (the thread, or send_pending in a test)
        self._results: OrderedDict[str, RecordInfo] = OrderedDict()
        self._confirmed = threading.Condition()
        self._thread: threading.Thread | None = None
        self.closed = False

    # -- listeners --------------------------------------------------------------------------------
    def add_listener(self, listener: OutboxListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: OutboxListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- capturing --------------------------------------------------------------------------------
    def capture(
        self, kind: RecordKind, meeting_id: int, case_id: int | None, text: str, **fields
    ) -> OutboxLine:
        """Keep the line (on disk when this returns) and have it sent; raises ``ValidationError`` for an
        empty text and ``StorageFailedError`` when even the local file cannot be written."""
        kind = RecordKind(kind)
        text = _required(kind, text, fields)
        try:
            line = self.outbox.append(kind.value, meeting_id, case_id, text, fields)
        except StorageError as error:  # OutboxError: the storage layer's Dutch sentence
            raise StorageFailedError(error) from error
        self._wake.set()
        return line

    def wait_for(self, line: OutboxLine, timeout: float) -> RecordInfo | None:
        """The stored item of ``line`` once the server confirmed it within ``timeout`` seconds, else None
        (the line stays pending and is sent later)."""
        with self._confirmed:
            self._confirmed.wait_for(
                lambda: line.client_ref in self._results or not self.online, timeout=timeout
            )  # the sender found the server out of reach: no use waiting longer
            return self._results.pop(line.client_ref, None)

    def pending(self, meeting_id: int | None = None) -> list[OutboxLine]:
        return self.outbox.pending(meeting_id)

    def state(self) -> OutboxState:
        """Online or not, and how many lines wait; after ``close`` none are counted here any more (they
        stay in the file for the next start): a window's last queued signal may still ask."""
        return OutboxState(self.online, 0 if self.closed else self.outbox.count())

    # -- sending ----------------------------------------------------------------------------------
    def send_pending(self) -> int:
        """Write every waiting line to the server, oldest first; stops at the first line the server could
        not be reached for (tried again later). Returns how many lines were stored."""
        sent = 0
        with self._sending:
            for line in self.outbox.pending():
                try:
                    info = self.records.record(
                        RecordKind(line.kind), line.meeting_id, line.case_id, line.text,
                        client_ref=line.client_ref, **line.fields,
                    )  # fmt: skip
                except (StorageFailedError, SQLAlchemyError, OSError):
                    self._set_online(False)
                    return sent
                except ServiceError as error:  # refused for good: kept aside, the others go on
                    self.outbox.reject(line.seq, str(error))
                    self._tell("line_rejected", line, str(error))
                    continue
                sent += 1
                # The waiting capture hears first; removing the line from the outbox (a sync to disk) comes
                # after. Should the program stop in between, the line is sent again and found stored.
                with self._confirmed:
                    self._results[line.client_ref] = info
                    while len(self._results) > KEEP_RESULTS:
                        self._results.popitem(last=False)
                    self._confirmed.notify_all()
                self.outbox.remove(line.seq)
                self._tell("line_sent", line, info)
            self._set_online(True)
        return sent

    def _set_online(self, online: bool) -> None:
        changed = online != self.online
        with self._confirmed:
            self.online = online
            self._confirmed.notify_all()
        if changed or not online:
            self._tell("state_changed", self.state())

    def _tell(self, event: str, *args) -> None:
        for listener in list(self._listeners):
            getattr(listener, event)(*args)

    # -- the sender thread ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the sender; it sends what the outbox holds (lines of an earlier run first) at once."""
        if self._thread is not None:
            return
        self._stopping.clear()
        self._wake.set()
        self._thread = threading.Thread(target=self._run, name="casetafel-outbox", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(timeout=None if self.online else self.retry_seconds)
            self._wake.clear()
            if self._stopping.is_set():
                break
            if self.outbox.count():
                self.send_pending()

    def retry_now(self) -> None:
        """Try the server again at once (the user asked)."""
        self._wake.set()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the sender (what still waits stays in the outbox for the next start)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        self._wake.set()
        thread.join(timeout)

    def close(self) -> None:
        self.stop()
        self.closed = True
        self.outbox.close()
