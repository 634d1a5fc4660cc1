"""The baseline: what is already known before watcher reads its first article.

`seeds/baseline.yaml` lists the facts of the seed documents, each with its provenance (the seed
file, its publication date and the evidence sentence). `watcher baseline build` drafts it by
running the extractor over `seeds/`; a person then reviews the draft, corrects it where the
texts leave a gap (a `note:` says what was decided and why), and commits it. The file is read
on every run, so a corrected baseline takes effect without touching the state store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from watcher.common.yamlfile import format_loc, load_document
from watcher.errors import ConfigError
from watcher.facts.kinds.base import EntryBase
from watcher.facts.known import KnownFact, KnownState, Provenance, assess
from watcher.facts.registry import KINDS, Fact, fact_from_dict
from watcher.models import Article

BASELINE_FILE = "baseline.yaml"

if TYPE_CHECKING:
    Entry = EntryBase
else:  # one schema per registered kind, told apart by `kind`
    Entry = Annotated[Union[tuple(k.entry for k in KINDS.values())], Field(discriminator="kind")]  # noqa: UP007


class BaselineFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: tuple[Entry, ...]


_ADAPTER = TypeAdapter(BaselineFile)


def _known(entry: EntryBase) -> KnownFact:
    published = datetime.combine(entry.published, time(), tzinfo=UTC)
    return KnownFact(
        fact_from_dict(entry.fact_data()),
        Provenance(f"seeds/{entry.source}", published, published=published),
    )


def load_baseline(path: Path) -> list[KnownFact]:
    """The reviewed baseline as known facts, oldest first; errors name file, line, field."""
    if not path.is_file():
        raise ConfigError(f"{path}: baseline file not found (run `watcher baseline build`)")
    doc = load_document(path)
    try:
        parsed = _ADAPTER.validate_python(doc.data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if p not in KINDS)
            lines.append(f"{path}:{doc.line_of(loc)}: {format_loc(loc)}: {err['msg']}")
        raise ConfigError("\n".join(lines)) from None
    entries = sorted(parsed.facts, key=lambda e: e.published)
    return [_known(e) for e in entries]


def known_state(baseline: Iterable[KnownFact], learned: Iterable[KnownFact]) -> KnownState:
    """The baseline followed by everything learned since."""
    return KnownState.of([*baseline, *learned])


_UNDATED = datetime.min.replace(tzinfo=UTC)
Extractor = Callable[[Article], list[Fact]]


def draft_entries(
    articles: Sequence[tuple[str, Article]], extract: Extractor
) -> list[dict[str, Any]]:
    """Baseline entries for seed articles, oldest first, leaving out facts already drafted.

    Each pair is (seed file name, article). A fact that an earlier seed already states in the
    same way (`confirmed`) is not repeated; changes and new facts are kept, so the draft reads
    as the story the seeds tell.
    """
    ordered = sorted(articles, key=lambda p: (p[1].published or _UNDATED, p[0]))
    names = {article.id: name for name, article in ordered}
    _, _, learned = assess([(a, extract(a)) for _, a in ordered], KnownState(), _UNDATED)
    return [
        {
            **k.fact.to_dict(),
            "source": names[k.provenance.article_id or ""],
            "published": k.provenance.published.date() if k.provenance.published else None,
        }
        for k in learned
    ]


def dump_entries(entries: list[dict[str, Any]]) -> str:
    header = (
        "# The baseline: facts known before watcher reads its first article.\n"
        "# Drafted by `watcher baseline build` from seeds/, then reviewed by a person; a\n"
        "# `note:` records each decision the review made where the texts leave a gap.\n"
    )
    body = yaml.dump(
        {"facts": entries}, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100
    )
    return header + body


class _PlainDumper(yaml.SafeDumper):
    """Writes repeated values out in full: a reviewer should not have to follow `*id001`."""

    def ignore_aliases(self, data: Any) -> bool:
        return True
