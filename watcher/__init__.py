"""watcher: alerts on what changes in US-China trade policy news.

The version is written once, in pyproject.toml; the installed package's metadata carries it
here, so `watcher --version`, the User-Agent headers and the wheel can never disagree. It is
looked up on first use, not at import: `import watcher` comes before `watcher run` installs its
signal handlers (`__main__`), and reading the metadata there would widen the window in which a
SIGTERM kills the starting service instead of stopping it.
"""

from __future__ import annotations

import functools


@functools.cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 (see above)

    try:
        return version("watcher")
    except PackageNotFoundError:  # a bare checkout on sys.path, never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    """`watcher.__version__`, computed when first asked for (PEP 562)."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'watcher' has no attribute {name!r}")
