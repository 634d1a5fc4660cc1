"""The `deadline` kind: a trade measure's calendar date, and reminders before it.

`model` (the fact, its measure classes and its baseline entry), `compare` (set, moved or
restated), `trigger` (the rule trigger, with the clock's reminders), `spec` (its registry
entry). The extractor is `watcher.facts.extract.deadlines`.
"""

from watcher.facts.kinds.deadline.model import Deadline, DeadlineEntry, measure_of

__all__ = ["Deadline", "DeadlineEntry", "measure_of"]
