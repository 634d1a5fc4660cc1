"""watcher: alerts on what changes in US-China trade policy news."""

__version__ = "0.1.0"
