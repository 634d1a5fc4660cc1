"""Import structlog and httpx without optional packages that a command never uses.

Both libraries probe for optional packages at import time and import them whole when they are
installed, as they are in this environment:

* `import structlog` imports `structlog.dev` and `structlog.tracebacks`, which import rich's
  console, traceback and pretty-printer (about 60 ms) for the console renderer's default
  exception formatter and for the locals of dict tracebacks. watcher uses neither default: the
  console renderer gets `watcher.logs.RichTraceback`, which imports rich when it formats an
  exception, and JSON logs format exceptions as plain text.
* `import httpx` imports its own command line (`httpx._main`: rich and pygments, about 50 ms;
  without them `httpx.main` is a stub that says to install `httpx[cli]`), and `httpcore`
  imports trio and anyio (about 40-70 ms and 30 ms) for its async backends; watcher's HTTP
  clients are synchronous, and watcher never calls `httpx.main`.

`import_lean()` imports them with those packages made unimportable for the duration (a
`None` entry in `sys.modules`, which makes `import rich` raise ImportError, the case both
libraries handle for a machine where the package is absent), then removes the entries, so that
rich stays importable for the progress bar and the tables, which import it when they draw.
It is called first thing by the command line; anything imported earlier keeps its full form.
A 304-only `watcher check` spends most of its time importing (issue 13 §4).

This module must stay cheap to import: it runs before everything else.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# Each library, and the optional packages it is imported without.
_WITHOUT: dict[str, tuple[str, ...]] = {
    "structlog": ("rich",),
    "httpx": ("rich", "pygments"),
    "httpcore": ("trio", "anyio"),  # httpx imports it when it builds its first transport
}


def import_lean() -> None:
    """Import each library of `_WITHOUT` without its optional packages (see the module's
    docstring), unless it or one of them is already imported."""
    for library, optional in _WITHOUT.items():
        if library in sys.modules or any(name in sys.modules for name in optional):
            continue
        with _unimportable(optional):
            importlib.import_module(library)


@contextmanager
def _unimportable(names: tuple[str, ...]) -> Iterator[None]:
    """Make `import NAME` raise ImportError for each of `names` until the block ends."""
    for name in names:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in names:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
