"""selfaudit: a private self-audit of personal social-media accounts against a conduct policy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("selfaudit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"
