"""Silences in the state store: add, remove, list; matching them is `watcher.alerting.silences`."""

from __future__ import annotations

import json
from datetime import datetime

from watcher.alerting.silences import Silence
from watcher.state.store import Store, iso


class Silences:
    """Silences in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        rule: str | None,
        matchers: dict[str, str],
        reason: str,
        now: datetime,
        expires_at: datetime,
    ) -> int:
        with self.store.transaction() as conn:
            row = conn.execute(
                "INSERT INTO silences (rule, matchers, reason, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                (rule, json.dumps(matchers), reason, iso(now), iso(expires_at)),
            ).fetchone()
        return int(row[0])

    def remove(self, silence_id: int) -> bool:
        with self.store.transaction() as conn:
            cur = conn.execute("DELETE FROM silences WHERE id = ?", (silence_id,))
        return bool(cur.rowcount > 0)

    def all(self) -> list[Silence]:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT id, rule, matchers, reason, created_at, expires_at"
                " FROM silences ORDER BY id"
            ).fetchall()
        return [
            Silence(
                i, rule, json.loads(m), reason, datetime.fromisoformat(c), datetime.fromisoformat(e)
            )
            for i, rule, m, reason, c, e in rows
        ]

    def active(self, now: datetime) -> list[Silence]:
        return [s for s in self.all() if s.active(now)]
