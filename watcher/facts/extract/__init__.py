"""The extraction engine that every fact kind shares: sentences, dates, gazetteers, roles,
clause scopes and status wording, plus the extractors of the first three kinds.

Each fact kind (`watcher.facts.kinds`) names its extractor; `watcher.facts.registry.
extract_facts` runs them all over one article. Pure: the gazetteers are read once and cached,
nothing else is read, and the clock is never consulted.
"""

from __future__ import annotations

from watcher.facts.extract.gazetteer import Gazetteer, load_gazetteer

__all__ = ["Gazetteer", "load_gazetteer"]
