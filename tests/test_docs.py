"""The README documents every setting and every source kind the code accepts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from watcher.settings import Settings
from watcher.sources import DirSource, FeedSource, PageSource

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def setting_names(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from setting_names(annotation, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}"


@pytest.mark.parametrize("name", list(setting_names(Settings)))
def test_every_setting_is_in_the_readme(name: str) -> None:
    """Each setting appears in the README with its environment variable."""
    env = "WATCHER_" + name.replace(".", "__").upper()
    assert f"`{name}`" in README
    assert f"`{env}`" in README


@pytest.mark.parametrize("model", [FeedSource, PageSource, DirSource])
def test_every_source_kind_and_field_is_in_the_readme(model: type[BaseModel]) -> None:
    """Each source kind and each of its fields is described in the README."""
    kind = model.model_fields["kind"].annotation.__args__[0]  # type: ignore[union-attr]
    assert f"`{kind}`" in README
    for name in model.model_fields:
        assert f"{name}:" in README or f"`{name}`" in README, name
