"""Loaders: pure functions from plan text to a validated PlanDocument (text -> structure -> extract)."""
