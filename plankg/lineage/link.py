"""CONTINUES in the graph: profiles of each plan's tasks read from the store, linked to those of
the plans it follows. Works on what the store holds, across plans, after plans are written."""

from __future__ import annotations

from plankg.graph.model import RelRows
from plankg.graph.store import GraphStore
from plankg.lineage.similarity import TaskProfile, continuations, subject_section
from plankg.loaders.extract.entities import add_user_words
from plankg.loaders.extract.vocab import FieldVocabulary, load_field_vocabulary
from plankg.queries import registry


def task_profiles(store: GraphStore, plan_id: str) -> list[TaskProfile]:
    fields: dict[str, set[str]] = {}
    for row in registry.TASK_FIELDS.run(store, plan=plan_id):
        fields.setdefault(row["id"], set()).add(row["field"])
    return [
        TaskProfile(
            id=row["id"],
            plan_id=row["plan_id"],
            title=row["title"] or "",
            text=row["text"] or "",
            section=subject_section([row["section"] or "", row["parent"] or ""]),
            fields=frozenset(fields.get(row["id"], ())),
        )
        for row in registry.TASK_PROFILES.run(store, plan=plan_id)
    ]


def link_lineage(store: GraphStore, vocabulary: FieldVocabulary | None = None) -> int:
    """Recompute CONTINUES between the tasks of every plan and those of the plans it follows.

    Done on what the store holds, after every build, so that rebuilding either side of a
    succession redraws its lineage; returns the number of CONTINUES relationships.
    """
    # Field terms kept whole by jieba, whatever this process has read before: the same graph
    # must give the same lineage.
    add_user_words((vocabulary or load_field_vocabulary()).jieba_user_words())
    rows: list[dict[str, object]] = []
    for pair in registry.PLAN_SUCCESSIONS.run(store):
        for found in continuations(task_profiles(store, pair["later"]), task_profiles(store, pair["earlier"])):
            rows.append(
                {
                    "source": found.later,
                    "target": found.earlier,
                    "score": found.score,
                    "shared_terms": list(found.shared_terms),
                }
            )
    store.replace_relationships("CONTINUES", [RelRows("CONTINUES", "Task", "Task", rows)])
    return len(rows)
