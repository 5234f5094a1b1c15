import pytest
from pydantic import ValidationError

from plankg.schema import PlanDocument, PlanMeta, Section, Task

META = PlanMeta(id="p", title="规划")


def section(
    sid: str, level: int, parent: str | None = None, start: int = 0, end: int = 4, title: str = "总体"
) -> Section:
    return Section(
        id=sid,
        plan_id="p",
        parent_id=parent,
        level=level,
        number="一、",
        title=title,
        path=sid,
        ordinal=1,
        start=start,
        end=end,
    )


def test_a_valid_document() -> None:
    doc = PlanDocument(
        plan=META, sha256="x", text="一、总体要求", sections=[section("p/s1", 1), section("p/s1.1", 2, "p/s1")]
    )
    assert len(doc.sections) == 2


def test_span_outside_the_text_is_rejected() -> None:
    with pytest.raises(ValidationError, match="outside text"):
        PlanDocument(plan=META, sha256="x", text="一、总体", sections=[section("p/s1", 1, end=99)])


def test_child_not_deeper_than_parent_is_rejected() -> None:
    with pytest.raises(ValidationError, match="not deeper"):
        PlanDocument(
            plan=META, sha256="x", text="一、总体要求", sections=[section("p/s1", 2), section("p/s2", 2, "p/s1")]
        )


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValidationError, match="duplicate id"):
        PlanDocument(plan=META, sha256="x", text="一、总体要求", sections=[section("p/s1", 1), section("p/s1", 1)])


def test_empty_section_title_is_rejected() -> None:
    with pytest.raises(ValidationError):
        section("p/s1", 1, title="")


def test_task_under_a_missing_section_is_rejected() -> None:
    task = Task(
        id="p/t", plan_id="p", section_id="p/s9", kind="重点任务", number="（1）", title="甲", text="甲", start=0, end=1
    )
    with pytest.raises(ValidationError, match="missing"):
        PlanDocument(plan=META, sha256="x", text="一、总体要求", tasks=[task])


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        PlanMeta(id="p", title="规划", colour="red")  # type: ignore[call-arg]


def test_plan_ids_are_slugs() -> None:
    with pytest.raises(ValidationError):
        PlanMeta(id="Plan One", title="规划")
