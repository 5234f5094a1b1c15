"""The plans manifest (``plans.yaml`` beside the plan files): file name → validated PlanMeta."""

from __future__ import annotations

import yaml
from pydantic import ValidationError

from plankg.errors import InputError
from plankg.schema import PlanMeta


def parse_manifest(source: str, name: str) -> dict[str, PlanMeta]:
    """Manifest YAML → {file name: PlanMeta}."""
    try:
        data = yaml.safe_load(source) or {}
    except yaml.YAMLError as error:
        raise InputError(f"{name}: not valid YAML ({str(error).splitlines()[0]})") from None
    entries = data.get("plans", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{name}: expected a top-level 'plans:' list")
    metas: dict[str, PlanMeta] = {}
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "file" not in entry:
            raise InputError(f"{name}: entry {position} has no 'file'")
        fields = {k: v for k, v in entry.items() if k != "file"}
        if "period" in fields:
            fields["period"] = str(fields["period"])
        try:
            metas[str(entry["file"])] = PlanMeta(**fields)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InputError(f"{name}: entry {position} ({entry['file']}): {where}: {first['msg']}") from None
    return metas
