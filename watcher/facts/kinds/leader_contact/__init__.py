"""The `leader_contact` kind: which two leaders spoke or met, when, and whether it happened.

`model` (the fact and its baseline entry), `compare` (same contact or a new one), `trigger`
(the rule trigger), `spec` (its registry entry). The extractor is
`watcher.facts.extract.contacts`.
"""

from watcher.facts.kinds.leader_contact.model import LeaderContact, LeaderContactEntry

__all__ = ["LeaderContact", "LeaderContactEntry"]
