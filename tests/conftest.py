"""Shared fixtures: paths to the real corpus, a seeds site built once per session, and a
headless Chromium context that records every request leaving file://."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
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


CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser_context():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not shutil.which(CHROMIUM):
        reason = "headless Chromium is missing: apt-get install chromium; pip install playwright"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=FLAGS)
        outside: list[str] = []

        def guard(route):
            if route.request.url.startswith(("file:", "data:", "blob:")):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        ctx.route("**/*", guard)
        yield ctx, outside
        ctx.close()
