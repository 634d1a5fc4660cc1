"""Delivering the outbox: retries with backoff, permanent errors never retried.

`deliver_due` attempts every delivery whose time has come, once: a notifier with a digest
window gets one message with all its due alerts, the others one message per alert. Success
marks the delivery delivered; a permanent `NotifyError` marks it dead at once; a transient
one schedules the next attempt with exponential backoff and jitter, until the notifier's
`max_attempts`, after which it is dead too. Every attempt is recorded. One failing notifier
never blocks the others: each message is tried independently.

`drain` repeats that until nothing is pending or a deadline passes (what `watcher check` does
before it exits); the service calls `deliver_due` on a timer instead.
"""

from __future__ import annotations

import hashlib
import random as _random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog

from watcher.delivery.notifiers import Message, Notifier
from watcher.delivery.notifiers.config import NotifierConfig
from watcher.delivery.settings import DeliverySettings
from watcher.errors import NotifyError
from watcher.state.alerts import AlertLog, Due

log = structlog.get_logger(__name__)


@dataclass
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)

    def then(self, later: DeliveryReport) -> DeliveryReport:
        """This report followed by a later one (pending is whatever is pending at the end)."""
        return DeliveryReport(
            self.delivered + later.delivered,
            later.retrying,
            self.dead + later.dead,
            [*self.errors, *later.errors],
        )


def backoff(attempt: int, settings: DeliverySettings, random: Callable[[], float]) -> timedelta:
    """Delay before attempt `attempt + 1`: doubling from the base, capped, with jitter."""
    ceiling = min(settings.backoff_max_s, settings.backoff_base_s * 2 ** min(attempt - 1, 30))
    return timedelta(seconds=ceiling * (0.5 + random() / 2))


def _messages(
    due: list[Due],
    configs: Mapping[str, NotifierConfig],
) -> list[tuple[Message, list[Due]]]:
    """One message per delivery, except one per digest notifier holding all its alerts."""
    out: list[tuple[Message, list[Due]]] = []
    digests: dict[str, list[Due]] = {}
    for d in due:
        config = configs.get(d.notifier)
        if config is not None and config.digest is not None:
            digests.setdefault(d.notifier, []).append(d)
        else:
            out.append((Message(d.idempotency_key, (d.alert,), d.notifier), [d]))
    for name, group in digests.items():
        keys = "\n".join(sorted(d.idempotency_key for d in group))
        key = f"digest.{hashlib.sha256(keys.encode()).hexdigest()[:16]}.{name}"
        out.append((Message(key, tuple(d.alert for d in group), name), group))
    return out


def _send(notifier: Notifier | None, message: Message) -> NotifyError | None:
    if notifier is None:
        return NotifyError(f"notifier {message.notifier!r} is not configured", permanent=True)
    try:
        notifier.send(message)
    except NotifyError as exc:
        return exc
    except Exception as exc:
        return NotifyError(f"{type(exc).__name__}: {exc}", permanent=False)
    return None


@dataclass
class _Attempts:
    """One pass over the due deliveries: where results are recorded and counted."""

    outbox: AlertLog
    settings: DeliverySettings
    random: Callable[[], float]
    now: datetime
    report: DeliveryReport = field(default_factory=DeliveryReport)

    def settle(
        self, group: list[Due], error: NotifyError | None, elapsed: float, max_attempts: int
    ) -> None:
        """Record the attempt: delivered, retry later, or dead."""
        ids = [d.id for d in group]
        if error is None:
            self.outbox.record_attempt(
                ids, self.now, elapsed, error=None, permanent=False, state="delivered", due_at=None
            )
            self.report.delivered += len(group)
            return
        attempt = max(d.attempts for d in group) + 1
        dead = error.permanent or attempt >= max_attempts
        retry_at = None if dead else self.now + backoff(attempt, self.settings, self.random)
        self.outbox.record_attempt(
            ids,
            self.now,
            elapsed,
            error=str(error),
            permanent=error.permanent,
            state="dead" if dead else "pending",
            due_at=retry_at,
        )
        self.report.errors.append(str(error))
        if dead:
            self.report.dead += len(group)
        else:
            self.report.retrying += len(group)
        log.warning(
            "delivery_dead" if dead else "delivery_retry",
            notifier=group[0].notifier,
            attempt=attempt,
            error=str(error),
            permanent=error.permanent,
        )


def deliver_due(
    outbox: AlertLog,
    notifiers: Mapping[str, Notifier],
    configs: Mapping[str, NotifierConfig],
    now: datetime,
    settings: DeliverySettings,
    *,
    random: Callable[[], float] = _random.random,
) -> DeliveryReport:
    """Attempt, once, every delivery that is due at `now`."""
    attempts = _Attempts(outbox, settings, random, now)
    claimed = outbox.claim_due(now)
    settled: set[int] = set()
    try:
        for message, group in _messages(claimed, configs):
            started = time.monotonic()
            error = _send(notifiers.get(message.notifier), message)
            config = configs.get(message.notifier)
            attempts.settle(
                group, error, time.monotonic() - started, config.max_attempts if config else 1
            )
            settled.update(d.id for d in group)
            if error is None:
                log.info(
                    "delivered",
                    notifier=message.notifier,
                    alerts=len(message.alerts),
                    idempotency_key=message.idempotency_key,
                )
    finally:  # an error part-way (a locked store) must not leave claims nobody will settle
        unsettled = [d.id for d in claimed if d.id not in settled]
        if unsettled:
            outbox.release(unsettled)
    return attempts.report


def drain(
    outbox: AlertLog,
    notifiers: Mapping[str, Notifier],
    configs: Mapping[str, NotifierConfig],
    settings: DeliverySettings,
    *,
    clock: Callable[[], datetime],
    sleep: Callable[[float], None] = time.sleep,
    until: datetime,
) -> DeliveryReport:
    """Deliver until nothing is pending or `until` passes; waits for retries that fall due."""
    total = DeliveryReport()
    while True:
        now = clock()
        report = deliver_due(outbox, notifiers, configs, now, settings)
        total.delivered += report.delivered
        total.dead += report.dead
        total.errors.extend(report.errors)
        next_due = outbox.next_due()
        if next_due is None or next_due > until:
            total.retrying = outbox.counts().get("pending", 0)
            return total
        sleep(max(0.0, min((next_due - clock()).total_seconds(), 5.0)))
