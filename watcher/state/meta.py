"""Facts about the state itself, in the `state_meta` table: so far, its id."""

from __future__ import annotations

from watcher.errors import StoreError
from watcher.state.db import Database

STATE_ID = "state_id"


class MetaTables(Database):
    """The `state_meta` table."""

    def state_id(self) -> str:
        """The state's id: 32 random hex digits, made once when the state was created (or
        first migrated to schema version 9), and carried over by `watcher state migrate`.
        What watcher publishes (Atom entry ids, calendar UIDs) includes it, so two states
        never publish the same id for different things."""
        with self.read() as conn:
            row = conn.execute(
                "SELECT value FROM state_meta WHERE name = ?", (STATE_ID,)
            ).fetchone()
        if row is None:
            raise StoreError(
                f"{self.backend.where}: the state has no id (its state_meta table is empty): "
                "restore it from a backup, or start over with a new --state"
            )
        return str(row[0])
