"""Extraction: field vocabulary, names, mentions, relations (fields, platforms, institutions), indicators."""
