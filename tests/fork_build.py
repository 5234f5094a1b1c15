"""A warmed-up `plankg` for the fault test: imports once, then forks one command per request.

Starting `python -m plankg.cli` costs 2–5 s of imports (jieba's dictionary, scikit-learn) before
a small build writes anything; twenty-odd kills would take minutes. This server pays that once:
each line on stdin is a JSON list of `plankg` arguments; it forks a child that runs them as
`plankg` would (own process, own file descriptors, killed with SIGKILL like any other), prints
the child's pid, waits for it, and prints its exit code (negative: the signal).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ERRORS = os.environ.get("PLANKG_FORK_STDERR", os.devnull)  # where each child's stderr goes


def main() -> None:
    from plankg import cli
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.pipeline import discover, read_plan

    warm = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if warm is not None:  # loads the lazy parts (segmenter dictionary, vocabulary) before forking
        vocabulary = load_field_vocabulary()
        for source in discover([warm]):
            read_plan(source, vocabulary)
    for line in sys.stdin:
        args = json.loads(line)
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            # stderr kept in a file the test reads when a build fails, so the failure says why
            errors = os.open(ERRORS, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(errors, 2)
            sys.argv = ["plankg", *args]
            try:
                cli.main()
            except SystemExit as done:
                os._exit(done.code if isinstance(done.code, int) else 1)
            os._exit(0)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":
    main()
