from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "000_b84e7da1256979e5.txt").read_text(encoding="utf-8")
