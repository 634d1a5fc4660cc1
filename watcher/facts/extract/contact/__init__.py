"""The leader-contact extractor's parts, one job each.

`watcher.facts.extract.contacts` composes them: `cues`, `parties`, `pairs`, `dates`, `status`
and `merge`.
"""
