"""watcher: alerts on what changes in US-China trade policy news.

The version is written once, in pyproject.toml; the installed package's metadata carries it
here, so `watcher --version`, the User-Agent headers and the wheel can never disagree.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("watcher")
except PackageNotFoundError:  # a bare checkout on sys.path, never installed
    __version__ = "0+unknown"
