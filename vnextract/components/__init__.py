"""Pipeline components, one module per dimension, run in this order:

provinces → places → names → titles → numbers → periods → indicators → resolve.

Each component is a small class with ``name``, ``reads`` (span labels it needs), ``adds`` (span
labels it stores) and ``__call__(doc) -> doc``; see :mod:`vnextract.pipeline`.
"""
