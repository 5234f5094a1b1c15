"""Validated records: the document a loader returns and the entities it holds."""

from plankg.schema.models import (
    Evidence,
    Field,
    Indicator,
    Institution,
    Issue,
    PlanDocument,
    PlanKind,
    PlanMeta,
    Platform,
    Section,
    Span,
    Task,
)

__all__ = [
    "Evidence",
    "Field",
    "Indicator",
    "Institution",
    "Issue",
    "PlanDocument",
    "PlanKind",
    "PlanMeta",
    "Platform",
    "Section",
    "Span",
    "Task",
]
