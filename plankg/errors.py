"""One root exception; only the CLI turns these into a message and an exit code."""


class PlankgError(Exception):
    """A user-facing failure: the message is one line, meant to be read as is."""


class InputError(PlankgError):
    """A plan file or manifest that cannot be read as a plan."""


class StoreError(PlankgError):
    """The graph store cannot be reached, opened or written."""


class QueryError(PlankgError):
    """A query was refused or failed."""


class NotFoundError(PlankgError):
    """An id, plan or field that is not in the graph."""
