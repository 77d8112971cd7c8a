"""Shared fixtures: paths to the real corpus and a seeds site built once per session."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", ROOT.parent / "shared" / "corpus"))
SEEDS = CORPUS / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def content_from(folder: Path, dest: Path) -> Path:
    """A content folder whose articles/ holds a copy of `folder`."""
    shutil.copytree(folder, dest / "articles")
    return dest


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.fail(f"the seeds corpus is missing at {SEEDS}")
    from generator.pipeline import build

    base = tmp_path_factory.mktemp("seeds")
    content = content_from(SEEDS, base / "content")
    out = base / "site"
    report = build(content, out)
    data = json.loads((out / "data" / "briefing.json").read_text())
    return out, data, report
