"""Extractors: one module per component (provinces, people, numbers, periods, indicators)."""
