"""One root exception; only the CLI turns these into a message and an exit code."""

from __future__ import annotations


class PlankgError(Exception):
    """A user-facing failure: the message is one line, meant to be read as is."""


class InputError(PlankgError):
    """A plan file or manifest that cannot be read as a plan."""


class AnalysisError(InputError):
    """plankg's own rules failed on a readable text (a bug to report). It is an InputError so
    that a build stops before writing anything, or, with --keep-going, skips that plan alone.
    Its only argument is the message, so that it crosses from a worker process intact."""

    @classmethod
    def of(cls, path: object, error: BaseException) -> AnalysisError:
        first = (str(error).strip().splitlines() or [""])[0][:160]
        return cls(
            f"{path}: plankg failed while analysing this text ({type(error).__name__}: {first}); "
            "please report it with the file"
        )


class StoreError(PlankgError):
    """The graph store cannot be reached, opened or written."""


class QueryError(PlankgError):
    """A query was refused or failed."""


class NotFoundError(PlankgError):
    """An id, plan or field that is not in the graph."""
