"""The editor's workflow: `briefing new` output builds (strictly) with the user's own template,
the CI workflow checks and builds, and `briefing serve` rebuilds and reloads on change."""

import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.pipeline import build

pytestmark = [pytest.mark.e2e, pytest.mark.model]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    folder = tmp_path_factory.mktemp("new") / "my-briefing"
    assert main(["new", str(folder)]) == 0
    return folder


def test_new_briefing_builds_strictly_with_an_overridden_template(briefing, tmp_path):
    own = briefing / "content" / "templates" / "partials" / "_editorial.md.j2"
    own.parent.mkdir(parents=True)
    own.write_text("{% if editorial and editorial.note %}\n**From the desk:** {{ editorial.note }}\n\n{% endif %}\n")
    out = tmp_path / "site"
    report = build(briefing / "content", out, strict=True)
    assert report.warnings == [] and report.events >= 1
    page = (out / "articles" / "2025-05-16-istanbul-talks.html").read_text()
    assert "From the desk:</strong> A sample article written for the new briefing" in page
    assert "Editor&#39;s note" not in page and "Editor's note" not in page
    home = (out / "index.html").read_text()
    assert 'id="pinned-by-the-editor"' in home and "events/2025-05-16-talks.html" in home.split('id="pinned-by-the-editor"')[1]
    source = (out / "sources" / "our-newsroom.html").read_text()
    assert "<strong>Kind:</strong> independent" in source and "Editor's note:</strong> The briefing's own reporting." in source


def test_new_refuses_a_folder_that_is_not_empty(briefing, capsys):
    assert main(["new", str(briefing)]) == 1
    assert "already exists and is not empty" in capsys.readouterr().err


@pytest.mark.parametrize("workflow", ["scaffold", "repository"])
def test_workflow_checks_builds_with_the_cache_and_publishes(briefing, workflow):
    path = (briefing if workflow == "scaffold" else ROOT) / ".github" / "workflows" / "briefing.yml"
    jobs = yaml.safe_load(path.read_text())["jobs"]
    steps = jobs["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert "briefing check --content content" in runs
    assert "briefing build --strict --content content --out site --cache-dir .briefing-cache" in runs
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".briefing-cache"
    assert runs.index("briefing check --content content") < runs.index("briefing build --strict --content content --out site --cache-dir .briefing-cache")
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact") and s["with"]["path"] == "site" for s in steps)
    keep = next(i for i, r in enumerate(runs) if "git add content/.ids.json" in r)
    assert keep > runs.index("briefing build --strict --content content --out site --cache-dir .briefing-cache") and "git push" in runs[keep]
    assert yaml.safe_load(path.read_text())["permissions"]["contents"] == "write"
    assert jobs["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages")


def test_serve_rebuilds_and_reloads_on_change(briefing, tmp_path):
    from generator.serve import live_server

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = live_server(briefing / "content", tmp_path / "site", None, port)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/articles/2025-05-16-istanbul-talks.html"
    try:
        page = _get_when_up(url)
        assert "livereload" in page and "Dolmabahce" in page
        article = briefing / "content" / "articles" / "2025-05-16-istanbul-talks.md"
        article.write_text(article.read_text().replace("Dolmabahce Palace", "Dolmabahçe Palace"))
        deadline = time.monotonic() + 60
        while "Dolmabahçe" not in page and time.monotonic() < deadline:
            time.sleep(0.5)
            page = urllib.request.urlopen(url, timeout=10).read().decode()
        assert "Dolmabahçe" in page
    finally:
        server.shutdown()
        thread.join(timeout=10)


def _get_when_up(url: str) -> str:
    """The page, once the server thread has bound its socket."""
    deadline = time.monotonic() + 10
    while True:
        try:
            return urllib.request.urlopen(url, timeout=10).read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
