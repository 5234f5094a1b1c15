"""Lineage across plans: which units of a later plan continue which units of an earlier one."""
