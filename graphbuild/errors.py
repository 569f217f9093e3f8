"""The one exception type graphbuild raises for user errors; the CLI prints it as one line."""

__all__ = ["GraphbuildError"]


class GraphbuildError(Exception):
    """A user error: bad input, a missing model, a malformed query. The message says how to fix it."""
