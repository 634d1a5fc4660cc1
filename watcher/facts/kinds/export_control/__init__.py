"""The `export_control` kind: who restricts exports of what, for whom, which step, when.

`model` (the fact and its baseline entry), `extract` (frames read with the lexicon's
`export_control:` section), `compare` (same step and dates, or a change), `trigger` (the rule
trigger), `spec` (its registry entry). Everything about the kind is in this folder, and its
words are data.
"""

from watcher.facts.kinds.export_control.model import ExportControl, ExportControlEntry

__all__ = ["ExportControl", "ExportControlEntry"]
