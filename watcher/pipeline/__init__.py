"""The one place that knows the order of the stages.

    sources ─► ingest (fetch, parse) ─► new articles ─► facts (extract, compare with the
    known state) ─► alerting (rules, one event one alert) ─► state (outbox) ─► delivery

`run` holds `run_once`, which `watcher check` and every job of `watcher run` call; `deps` the
collaborators a run needs; `record` carries the alerting decisions out in the store; `health`
turns a source's failures into health verdicts and events.
"""

from watcher.pipeline.deps import Deps
from watcher.pipeline.run import (
    PollStatus,
    RunReport,
    SourceOutcome,
    facts_of,
    record_crash,
    run_once,
)

__all__ = [
    "Deps",
    "PollStatus",
    "RunReport",
    "SourceOutcome",
    "facts_of",
    "record_crash",
    "run_once",
]
