"""Delivering the outbox: retries with backoff, permanent errors never retried.

`deliver_due` attempts every delivery whose time has come, once: a notifier with a digest
window gets one message with all its due alerts, the others one message per alert. Success
marks the delivery delivered; a permanent `NotifyError` marks it dead at once; a transient
one schedules the next attempt with exponential backoff and jitter (capped at
`delivery.backoff_max_s`), for as long as the notifier's `give_up_after` allows, counted
from the delivery's first attempt; the last try falls at the end of that window, and a
delivery still failing then is dead too. Receivers are down for hours at times, and mail
servers retry for days: a window, not a number of attempts, is what keeps an alert alive
through that. A dead delivery is logged at `error` (`delivery_dead`), and `watcher alerts
retry` makes it due again. Every attempt is recorded. One failing notifier never blocks the
others: each message is tried independently.

Error texts come from servers, which may quote a password or a token back: they are scrubbed
of every configured secret before they are logged, stored or reported.

`drain` repeats that until nothing is pending or a deadline passes (what `watcher check` does
before it exits); the service calls `deliver_due` on a timer instead.
"""

from __future__ import annotations

import hashlib
import random as _random
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog

from watcher.common.redact import Secrets
from watcher.common.retry import backoff_s
from watcher.delivery.notifiers import Message, Notifier
from watcher.delivery.notifiers.config import GIVE_UP_AFTER, NotifierConfig, notifier_secrets
from watcher.delivery.settings import DeliverySettings
from watcher.errors import NotifyError
from watcher.state.alerts import AlertLog, Due
from watcher.state.claims import CLAIM_LEASE, sending

log = structlog.get_logger(__name__)

DELIVERED, RETRYING, DEAD = "delivered", "retrying", "dead"


@dataclass
class DeliveryReport:
    """What one or more delivery passes did.

    `retrying` is what was left pending (after `drain`: everything pending in the outbox,
    digest windows included). `outcomes` follows each delivery attempted in this run to its
    last outcome, for `undelivered`.
    """

    delivered: int = 0
    retrying: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)
    outcomes: dict[int, str] = field(default_factory=dict)  # delivery id → last outcome

    @property
    def undelivered(self) -> int:
        """Deliveries attempted in this run that did not arrive: dead, or failed and waiting
        for a retry. Deliveries never attempted (an open digest window, an update held back
        by `realert`) do not count. This is what `watcher check` reports as undelivered."""
        return sum(1 for outcome in self.outcomes.values() if outcome != DELIVERED)

    def then(self, later: DeliveryReport) -> DeliveryReport:
        """This report followed by a later one (pending is whatever is pending at the end)."""
        return DeliveryReport(
            self.delivered + later.delivered,
            later.retrying,
            self.dead + later.dead,
            [*self.errors, *later.errors],
            {**self.outcomes, **later.outcomes},
        )


def backoff(attempt: int, settings: DeliverySettings, random: Callable[[], float]) -> timedelta:
    """Delay before attempt `attempt + 1`: doubling from the base, capped, with half of it
    jittered (a delivery waits at least half its backoff, so a flapping receiver is not
    hammered)."""
    seconds = backoff_s(
        attempt,
        base_s=settings.backoff_base_s,
        cap_s=settings.backoff_max_s,
        jitter=0.5,
        random=random,
    )
    return timedelta(seconds=seconds)


def _messages(
    due: list[Due], configs: Mapping[str, NotifierConfig], state_id: str
) -> list[tuple[Message, list[Due]]]:
    """One message per delivery, except one per digest notifier holding all its alerts."""
    out: list[tuple[Message, list[Due]]] = []
    digests: dict[str, list[Due]] = {}
    for d in due:
        config = configs.get(d.notifier)
        if config is not None and config.digest is not None:
            digests.setdefault(d.notifier, []).append(d)
        else:
            out.append((Message(d.idempotency_key, (d.alert,), d.notifier, state_id), [d]))
    for name, group in digests.items():
        keys = "\n".join(sorted(d.idempotency_key for d in group))
        key = f"digest.{hashlib.sha256(keys.encode()).hexdigest()[:16]}.{name}"
        out.append((Message(key, tuple(d.alert for d in group), name, state_id), group))
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
    secrets: Secrets
    report: DeliveryReport = field(default_factory=DeliveryReport)

    def settle(
        self, group: list[Due], error: NotifyError | None, elapsed: float, window: timedelta
    ) -> None:
        """Record the attempt: delivered, retry later, or dead."""
        if error is None:
            self.outbox.record_attempt(
                [d.id for d in group],
                self.now,
                elapsed,
                error=None,
                permanent=False,
                state=DELIVERED,
                due_at=None,
            )
            self.report.delivered += len(group)
            self.report.outcomes.update((d.id, DELIVERED) for d in group)
            return
        text = self.secrets.scrub(str(error))
        self.report.errors.append(text)
        attempt = max(d.attempts for d in group) + 1
        retry_at = self.now + backoff(attempt, self.settings, self.random)
        retrying = []
        for d in group:
            # `give_up_after` counts from the first attempt; the last try falls at its end
            deadline = (d.first_attempt_at or self.now) + window
            if error.permanent or self.now >= deadline:
                self._dead(d, elapsed, text, permanent=error.permanent)
            else:
                self._retry_at(d, elapsed, text, min(retry_at, deadline))
                retrying.append(d)
        if retrying:
            log.warning(
                "delivery_retry",
                notifier=group[0].notifier,
                alert_ids=[d.alert.id for d in retrying],
                attempt=attempt,
                error=text,
                permanent=False,
            )

    def _retry_at(self, d: Due, elapsed: float, text: str, when: datetime) -> None:
        self.outbox.record_attempt(
            [d.id], self.now, elapsed, error=text, permanent=False, state="pending", due_at=when
        )
        self.report.retrying += 1
        self.report.outcomes[d.id] = RETRYING

    def _dead(self, d: Due, elapsed: float, text: str, *, permanent: bool) -> None:
        """Dead: a health problem, logged at error whether the receiver refused it for good
        (a 401, a 400) or `give_up_after` ran out."""
        self.outbox.record_attempt(
            [d.id], self.now, elapsed, error=text, permanent=permanent, state=DEAD, due_at=None
        )
        self.report.dead += 1
        self.report.outcomes[d.id] = DEAD
        log.error(
            "delivery_dead",
            alert_id=d.alert.id,
            notifier=d.notifier,
            reason=text,
            permanent=permanent,
            attempts=d.attempts + 1,
            first_attempt_at=(d.first_attempt_at or self.now).isoformat(),
            idempotency_key=d.idempotency_key,
        )


CLAIM_BATCH = 2
"""Deliveries an instance claims at a time on a shared (PostgreSQL) state: it sends them,
then claims the next ones, so that the instances share a burst of alerts between them
instead of the first to look taking it all."""


def deliver_due(
    outbox: AlertLog,
    notifiers: Mapping[str, Notifier],
    configs: Mapping[str, NotifierConfig],
    now: datetime,
    settings: DeliverySettings,
    *,
    random: Callable[[], float] = _random.random,
    secrets: Secrets | None = None,
    only: Collection[int] | None = None,
    claim_lease: timedelta = CLAIM_LEASE,
) -> DeliveryReport:
    """Attempt, once, every delivery that is due at `now` (or those of `only` among them).

    `secrets` are scrubbed from every error text; by default the notifiers' own. The claims
    last `claim_lease` unless renewed (`AlertLog.claim_due`). On a shared state they are
    taken `CLAIM_BATCH` at a time (a digest notifier's all at once: one message)."""
    known = secrets if secrets is not None else notifier_secrets(configs)
    attempts = _Attempts(outbox, settings, random, now, known)
    batch = CLAIM_BATCH if outbox.store.shared and only is None else None
    digests = {n for n, c in configs.items() if c.digest is not None}
    while True:
        claimed = outbox.claim_due(now, only, lease=claim_lease, limit=batch)
        whole = {d.notifier for d in claimed} & digests
        if batch is not None and whole:  # the rest of a digest goes in the same message
            claimed += outbox.claim_due(now, lease=claim_lease, notifiers=whole)
        _send_claimed(outbox, notifiers, configs, claimed, attempts)
        if batch is None or not claimed:
            return attempts.report


def _send_claimed(
    outbox: AlertLog,
    notifiers: Mapping[str, Notifier],
    configs: Mapping[str, NotifierConfig],
    claimed: list[Due],
    attempts: _Attempts,
) -> None:
    """Send what was claimed, a message at a time, and record each attempt."""
    settled: set[int] = set()
    state_id = outbox.store.state_id() if claimed else ""
    with sending(d.id for d in claimed):  # renewed by the heartbeat while it lasts
        try:
            for message, group in _messages(claimed, configs, state_id):
                started = time.monotonic()
                error = _send(notifiers.get(message.notifier), message)
                config = configs.get(message.notifier)
                window = config.give_up_after if config else GIVE_UP_AFTER
                attempts.settle(group, error, time.monotonic() - started, window)
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
        total = total.then(report)
        next_due = outbox.next_due()
        if next_due is None or next_due > until:
            total.retrying = outbox.counts().get("pending", 0)
            return total
        sleep(max(0.0, min((next_due - clock()).total_seconds(), 5.0)))
