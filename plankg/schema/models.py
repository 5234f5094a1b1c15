"""Every record passed between loaders, graph and CLI: strict Pydantic v2 models.

Spans are half-open ``[start, end)`` offsets into ``PlanDocument.text`` (the normalised text);
``PlanDocument`` checks them against that text, so a record can never point past it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic import Field as Attr

PlanKind = Literal["plan", "interpretation", "report"]
InstitutionKind = Literal["高校", "科研院所", "企业", "医院", "政府部门", "国际组织", "场馆", "其他"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=False)


class Span(Strict):
    start: int = Attr(ge=0)
    end: int = Attr(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class PlanMeta(Strict):
    """What the manifest (or the command line, or a guess) says about a plan."""

    id: str = Attr(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: str = Attr(min_length=1)
    region: str = ""
    period: str = ""
    start_year: int | None = None
    end_year: int | None = None
    kind: PlanKind = "plan"
    interprets: list[str] = []
    follows: list[str] = []
    # From the notice that issues the plan (front matter), when the text has one.
    issuer: str = ""  # 国务院, 北京市经济和信息化局
    doc_number: str = ""  # 文号: 国发〔2019〕4号
    issued: str = Attr(default="", pattern=r"^(\d{4}-\d{2}-\d{2})?$")  # ISO date of the notice


class Section(Span):
    id: str
    plan_id: str
    parent_id: str | None
    level: int = Attr(ge=1)
    number: str
    title: str = Attr(min_length=1)
    path: str
    ordinal: int = Attr(ge=0)


class Task(Span):
    id: str
    plan_id: str
    section_id: str
    kind: str = Attr(min_length=1)
    number: str
    title: str
    text: str
    empty: bool = False


class Field(Strict):
    id: str
    name: str = Attr(min_length=1)
    aliases: list[str] = []
    parent: str | None = None


class Platform(Strict):
    id: str
    name: str = Attr(min_length=1)
    kind: str


class Institution(Strict):
    id: str
    name: str = Attr(min_length=1)
    kind: InstitutionKind


class Indicator(Strict):
    id: str
    plan_id: str
    name: str = Attr(min_length=1)
    target: str
    unit: str = ""
    year: int | None = None
    baseline: str | None = None
    baseline_year: int | None = None
    raw_target: str | None = None
    start: int = Attr(ge=0)
    end: int = Attr(ge=0)
    evidence: str = ""


class Evidence(Span):
    """An extracted relation from a plan's Section or Task to a shared entity, with proof."""

    source_id: str
    target_id: str
    evidence: str


class Issue(Strict):
    """An anomaly the loader tolerated: returned as data, turned into an error by --strict."""

    code: str
    message: str
    start: int | None = None


class PlanDocument(Strict):
    plan: PlanMeta
    sha256: str
    text: str
    sections: list[Section] = []
    tasks: list[Task] = []
    fields: list[Field] = []
    platforms: list[Platform] = []
    institutions: list[Institution] = []
    indicators: list[Indicator] = []
    in_field: list[Evidence] = []
    supports: list[Evidence] = []
    builds: list[Evidence] = []
    mentions: list[Evidence] = []
    issues: list[Issue] = []

    @model_validator(mode="after")
    def _consistent(self) -> PlanDocument:
        n = len(self.text)
        seen: set[str] = set()
        by_id: dict[str, Section] = {}
        records: list[Section | Task | Indicator] = [*self.sections, *self.tasks, *self.indicators]
        for record in records:
            if record.id in seen:
                raise ValueError(f"duplicate id {record.id}")
            seen.add(record.id)
            if record.end > n or record.start > record.end:
                raise ValueError(f"{record.id}: span {record.start}..{record.end} outside text of {n}")
            if record.plan_id != self.plan.id:
                raise ValueError(f"{record.id}: plan_id {record.plan_id} is not {self.plan.id}")
        for section in self.sections:
            if section.parent_id is not None:
                parent = by_id.get(section.parent_id)
                if parent is None:
                    raise ValueError(f"{section.id}: parent {section.parent_id} missing or after it")
                if section.level <= parent.level:
                    raise ValueError(f"{section.id}: level {section.level} not deeper than parent's {parent.level}")
            by_id[section.id] = section
        for task in self.tasks:
            if task.section_id not in by_id:
                raise ValueError(f"{task.id}: section {task.section_id} missing")
        for relation in [*self.in_field, *self.supports, *self.builds, *self.mentions]:
            if relation.end > n:
                raise ValueError(f"relation evidence span {relation.start}..{relation.end} outside text")
        for group in (self.fields, self.platforms, self.institutions):
            ids = [entity.id for entity in group]
            if len(ids) != len(set(ids)):
                raise ValueError("duplicate shared-entity id")
        return self
