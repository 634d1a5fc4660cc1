"""The state store's schema, one migration per version, oldest first.

`store.open_store` applies the ones a file has not seen yet (tracked in `PRAGMA
user_version`), statement by statement, in one transaction taken with the write lock, so
that processes opening a new file at once do not both create it. Never edit a migration that
has shipped: add the next one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: sources and seen articles
    """
    CREATE TABLE source_state (
        source_id TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        body_sha256 TEXT,
        last_poll_at TEXT,
        last_ok_at TEXT,
        last_error TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE seen_articles (
        source_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (source_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX seen_articles_last_seen ON seen_articles (last_seen);
    """,
    # 2: facts learned from articles (the baseline itself lives in seeds/baseline.yaml)
    """
    CREATE TABLE learned_facts (
        id INTEGER PRIMARY KEY,
        track TEXT NOT NULL,
        fact TEXT NOT NULL,
        source_id TEXT NOT NULL,
        article_id TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        learned_at TEXT NOT NULL
    );
    CREATE INDEX learned_facts_track ON learned_facts (track, id);
    """,
    # 3: alerts, their sources, the delivery outbox with every attempt, and silences
    """
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        value TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (key, version)
    );
    CREATE INDEX alerts_created ON alerts (created_at);
    CREATE TABLE alert_sources (
        alert_id INTEGER NOT NULL REFERENCES alerts (id),
        source_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        url TEXT,
        title TEXT,
        published TEXT,
        text_hash TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (alert_id, source_id, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL REFERENCES alerts (id),
        notifier TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        due_at TEXT NOT NULL,
        last_error TEXT,
        delivered_at TEXT
    );
    CREATE INDEX deliveries_due ON deliveries (state, due_at);
    CREATE TABLE delivery_attempts (
        id INTEGER PRIMARY KEY,
        delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
        at TEXT NOT NULL,
        duration_s REAL NOT NULL,
        error TEXT,
        permanent INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE silences (
        id INTEGER PRIMARY KEY,
        rule TEXT,
        matchers TEXT NOT NULL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    """,
    # 4: when a source last produced something new, and when the service will poll it next
    """
    ALTER TABLE source_state ADD COLUMN last_new_at TEXT;
    ALTER TABLE source_state ADD COLUMN next_poll_at TEXT;
    """,
    # 5: a delivery being sent is claimed by one process, so no two send it at once
    """
    ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
    ALTER TABLE deliveries ADD COLUMN claimed_at TEXT;
    """,
    # 6: a failing delivery is retried for a time (`give_up_after`) counted from its first
    # attempt; deliveries attempted before this version take it from their attempt log
    """
    ALTER TABLE deliveries ADD COLUMN first_attempt_at TEXT;
    UPDATE deliveries SET first_attempt_at =
        (SELECT min(at) FROM delivery_attempts WHERE delivery_id = deliveries.id);
    """,
)
