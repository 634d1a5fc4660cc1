"""Optional dependencies ("extras"), and the one way to import them.

Apprise (the `apprise` notifier kind) and trafilatura (the main text of HTML pages: `page`
sources, `.html` files, `watcher extract URL`) are large and needed by few configurations, so
they are extras: `pip install 'watcher[apprise]'`, `'watcher[pages]'`, or `'watcher[all]'`.
A configuration that needs a missing one is refused when it is loaded (an apprise notifier in
the settings, a page source in the sources file), with the line that installs it, rather than
failing at the first alert or poll. `missing` checks without importing (Apprise loads every
plugin it has); `require` imports.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from watcher.errors import ConfigError

EXTRA_OF = {"apprise": "apprise", "trafilatura": "pages"}
"""Each optional package → the extra of watcher that installs it."""


def missing(package: str) -> str | None:
    """None when `package` can be imported; else a sentence saying what to install."""
    try:
        found = importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):  # a parent package missing, or a module without a spec
        found = False
    if found:
        return None
    return (
        f"the Python package {package!r} is not installed; "
        f"install it with: pip install 'watcher[{EXTRA_OF[package]}]'"
    )


def require(module: str) -> ModuleType:
    """Import `module` (of an optional package); ConfigError names the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        package = module.partition(".")[0]
        raise ConfigError(
            missing(package)
            or f"{module} cannot be imported; reinstall it: pip install "
            f"'watcher[{EXTRA_OF[package]}]'"
        ) from None
