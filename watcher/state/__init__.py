"""The state store: everything watcher remembers between runs, one module per concern.

`store` opens the SQLite file and owns its connection and transactions; `sources` holds
source polls and seen articles, `facts` the learned facts, `alerts` the alert log and the
delivery outbox, `silences` the silences, `claims` who holds a delivery in flight, and
`migrations` the schema. Each concern keeps its SQL behind a small interface; the rest of the
code uses only that interface.
"""
