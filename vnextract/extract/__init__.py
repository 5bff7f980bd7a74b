"""Extractors: one module per component."""
