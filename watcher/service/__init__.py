"""`watcher run`: the long-running service.

`daemon` schedules one job per source and the clock and outbox jobs, handles signals and
reloads; `schedule` decides when a source is polled next; `ops` serves `/healthz`, `/readyz`
and `/metrics`. Every job runs the same `watcher.pipeline.run_once` as `watcher check`.
"""
