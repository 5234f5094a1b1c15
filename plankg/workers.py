"""How many processes plankg's parallel stages may use: $PLANKG_WORKERS, else the cores this
process may run on. One setting for both: analysing plans (pipeline) and aligning successions
(lineage.parallel)."""

from __future__ import annotations

import os

WORKERS_ENV = "PLANKG_WORKERS"  # a number of processes; 1 = everything in the calling process


def configured() -> int | None:
    """The number $PLANKG_WORKERS sets (0 and 1: the calling process only), or None."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    return int(value) if value.isdigit() else None


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def end_quietly_on_interrupt() -> None:
    """In a worker process: Ctrl-C (SIGINT, which a terminal sends to the whole process group)
    ends it at once and silently. The calling process handles the interrupt (it stops the pool,
    removes its spool and says what the store holds); each worker printed a KeyboardInterrupt
    traceback of its own ("Exception in initializer: … jieba … KeyboardInterrupt")."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
