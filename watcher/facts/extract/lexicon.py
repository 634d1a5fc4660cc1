"""The extractor's lexicon, `data/lexicon.yaml`: read and parsed once per process.

One top-level section per concern (`modality`, `tariff`, `contact`, `deadline`,
`export_control`, `dates`); each module that reads a section compiles what it needs from it
and caches that. Parsing the whole file once here, with the one YAML loader
(`watcher.common.yamlfile`, libyaml's parser where it is installed), keeps the cost off every
module that reads a section.
"""

from __future__ import annotations

import functools
from typing import Any

from watcher.common.yamlfile import load_yaml
from watcher.facts.extract.gazetteer import DATA_DIR

LEXICON = DATA_DIR / "lexicon.yaml"


@functools.cache
def _sections() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(LEXICON.read_text(encoding="utf-8"))
    return data


def section(name: str) -> Any:
    """One top-level section of the lexicon (do not modify: it is shared)."""
    return _sections()[name]


def alternatives(name: str, key: str, *, spaced: bool = False) -> str:
    """The list `key` of section `name` as one regex alternation, in the lexicon's order (no
    group around it: the pattern that reads it gives the boundaries). Its entries are regex
    fragments; with `spaced`, a space in a phrase stands for any run of spaces (`\\s+`)."""
    words: list[str] = section(name)[key]
    if spaced:
        words = [w.replace(" ", r"\s+") for w in words]
    return "|".join(words)
