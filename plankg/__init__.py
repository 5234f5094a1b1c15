"""plankg: Chinese government plan texts into a knowledge graph of plan tasks.

The library API (the CLI is a thin layer over it)::

    import plankg

    report = plankg.build(["data/plans"], store="my.graph")   # -> BuildReport
    with plankg.open("my.graph") as graph:                     # -> Graph
        graph.platforms(field="集成电路")                        # list of dicts, as `--format json`

``build`` and ``open`` are imported on first use, so ``import plankg`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from plankg.api import BuildReport, Graph, build, open

__all__ = ["BuildReport", "Graph", "build", "open"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from plankg import api

        return getattr(api, name)
    if name == "errors":  # `except plankg.errors.NotFoundError` before build/open was first used
        import plankg.errors

        return plankg.errors
    raise AttributeError(f"module 'plankg' has no attribute {name!r}")


def __dir__() -> list[str]:
    # A notebook's tab completion lists dir(plankg): show the lazily imported API there too.
    return sorted({*globals(), *__all__, "errors"})
