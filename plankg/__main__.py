"""`python -m plankg`, the same as the `plankg` command: it gave "'plankg' is a package and cannot be
directly executed" in an environment where the console script is not on PATH (a venv not activated)."""

from plankg.cli import main

main()
