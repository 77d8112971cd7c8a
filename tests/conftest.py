"""Shared fixtures: paths to the real corpus, the seeds and sample sites built once per session,
and for the reader suites headless Chromium over file:// and axe-core from the npm registry.

Without Chromium (or the playwright package) the browser suites skip with the reason; under
CI=true they fail instead, so a CI machine that lost its browser cannot pass silently.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", ROOT.parent / "shared" / "corpus"))
SEEDS = CORPUS / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
AXE_VERSION = "4.14.1"
TOOLS = Path(os.environ.get("BRIEFING_TOOLS_CACHE", ROOT / ".cache" / "npm"))
AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
LOCAL = ("file:", "data:", "blob:")


def missing(reason: str):
    """A tool a suite needs is absent: skip on a reader's machine, fail in CI."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def write(path: Path, data: str | bytes) -> Path:
    """Write a test file (UTF-8 for text), making its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


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


@dataclass
class Reader:
    """A tab plus every request it tried to send off the machine (aborted)."""

    page: object
    outside: list[str] = field(default_factory=list)


def keep_local(outside: list[str]):
    """A route handler that lets file:, data: and blob: through and records and aborts the rest."""

    def guard(route):
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    return guard


@pytest.fixture(scope="session")
def chromium():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright package is missing: pip install -e '.[test]'")
    if not shutil.which(CHROMIUM):
        missing(f"headless Chromium is missing at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield ctx
        ctx.close()


@pytest.fixture(scope="module")
def browser_context(chromium):
    """The shared Chromium context and the list of requests it aborted for leaving file://."""
    outside: list[str] = []
    guard = keep_local(outside)
    chromium.route("**/*", guard)
    yield chromium, outside
    chromium.unroute("**/*", guard)


@pytest.fixture
def reader(chromium):
    """A fresh tab whose requests to anything but file:, data: and blob: are recorded and aborted."""
    r = Reader(chromium.new_page())
    r.page.route("**/*", keep_local(r.outside))
    r.page.set_viewport_size({"width": 1280, "height": 900})
    yield r
    r.page.close()


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The sample briefing (content/) built once."""
    from generator.pipeline import build

    out = tmp_path_factory.mktemp("sample") / "site"
    report = build(ROOT / "content", out)
    data = json.loads((out / "data" / "briefing.json").read_text())
    return out, data, report


@pytest.fixture(params=["sample", "seeds"])
def site(request):
    """Each reader suite runs on the sample briefing and on the seeds corpus: (name, out, data)."""
    out, data, _ = request.getfixturevalue(f"{request.param}_site")
    return request.param, out, data


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, installed from the npm registry into a cache outside git."""
    if not AXE.is_file():
        npm = shutil.which("npm")
        if not npm:
            missing("npm is missing: it installs axe-core for the accessibility suite")
        TOOLS.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(TOOLS), f"axe-core@{AXE_VERSION}"],
                              capture_output=True, text=True)
        if done.returncode or not AXE.is_file():
            missing(f"npm could not install axe-core@{AXE_VERSION}: {done.stderr.strip()[-500:]}")
    version = json.loads((AXE.parent / "package.json").read_text())["version"]
    assert version == AXE_VERSION, f"{AXE} is axe-core {version}, expected {AXE_VERSION}: delete {TOOLS} to refetch"
    return AXE.read_text()

