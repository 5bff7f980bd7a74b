"""Extractors: one module per component.

This package shares its name with the function ``vnextract.extract``; importing a submodule makes
Python set ``vnextract.extract`` to this package, so the package is made callable and forwards to
the function. (Temporary: the package will be renamed.)
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from .. import _extract

        return _extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
