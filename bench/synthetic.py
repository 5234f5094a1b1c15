"""A synthetic corpus of plan documents, for benchmarks: validated PlanDocuments with the
shape of real plans (a section tree, task blocks, shared fields and platforms, evidence)."""

from __future__ import annotations

import random

from plankg.schema import Evidence, Field, PlanDocument, PlanMeta, Platform, Section, Task

FIELDS = ["集成电路", "生物医药", "人工智能", "新材料", "航空航天", "智能制造", "量子科技", "脑科学"]


def synthetic_plan(index: int, sections: int, tasks_per_section: int, seed: int = 0) -> PlanDocument:
    rng = random.Random(seed * 100_003 + index)
    plan_id = f"syn-{index:04d}"
    text = "合成规划正文。" * 200
    n = len(text)
    fields = [Field(id=f"field:{name}", name=name, aliases=[]) for name in FIELDS]
    platforms = [Platform(id=f"platform:合成平台{k}", name=f"合成平台{k}", kind="创新中心") for k in range(200)]
    doc_sections: list[Section] = []
    tasks: list[Task] = []
    in_field: list[Evidence] = []
    mentions: list[Evidence] = []
    top = max(1, sections // 10)
    for s in range(sections):
        is_top = s < top
        parent = None if is_top else doc_sections[s % top]
        path = f"{s + 1}" if is_top else f"{parent.path}.{s + 1}"  # type: ignore[union-attr]
        section = Section(
            id=f"{plan_id}/s{path}",
            plan_id=plan_id,
            parent_id=None if parent is None else parent.id,
            level=1 if is_top else 2,
            number="一、",
            title=f"章节{s}",
            path=path,
            ordinal=s + 1,
            start=0,
            end=n,
        )
        doc_sections.append(section)
        for t in range(tasks_per_section):
            task = Task(
                id=f"{section.id}/t1.{t + 1}",
                plan_id=plan_id,
                section_id=section.id,
                kind="重点任务",
                number=f"（{t + 1}）",
                title=f"任务{t}",
                text="合成任务正文",
                start=0,
                end=n,
            )
            tasks.append(task)
            in_field.append(
                Evidence(source_id=task.id, target_id=rng.choice(fields).id, evidence="证据", start=0, end=7)
            )
            if t % 4 == 0:
                mentions.append(
                    Evidence(source_id=task.id, target_id=rng.choice(platforms).id, evidence="证据", start=0, end=7)
                )
    return PlanDocument(
        plan=PlanMeta(id=plan_id, title=f"合成规划{index}", period="十四五", start_year=2021, end_year=2025),
        sha256="0" * 64,
        text=text,
        sections=doc_sections,
        tasks=tasks,
        fields=fields,
        platforms=platforms,
        in_field=in_field,
        mentions=mentions,
    )


def corpus(plans: int, sections: int, tasks_per_section: int, seed: int = 0) -> list[PlanDocument]:
    return [synthetic_plan(i, sections, tasks_per_section, seed) for i in range(plans)]
