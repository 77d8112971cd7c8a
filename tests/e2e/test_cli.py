import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_help_lists_build():
    result = run("build", "--help")
    assert result.returncode == 0 and "--content" in result.stdout and "--out" in result.stdout


def test_missing_content_fails_with_one_line_reason(tmp_path):
    result = run("build", "--content", str(tmp_path / "nowhere"), "--out", str(tmp_path / "site"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "articles is not a folder" in result.stderr
    assert not (tmp_path / "site").exists()


def test_sample_briefing_builds_from_all_three_input_kinds(tmp_path):
    out = tmp_path / "site"
    result = run("build", "--content", "content", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "data" / "briefing.json").read_text())
    suffixes = {Path(a["path"]).suffix for a in data["articles"]}
    assert suffixes == {".md", ".txt", ".html"}
    assert (out / "index.html").is_file()
    events = {e["id"]: e for e in data["events"]}
    assert len(events["2025-06-02-talks"]["articles"]) == 2  # reported by one article, recalled by another
    html_article = next(a for a in data["articles"] if a["path"].endswith(".html"))
    assert html_article["source"] == "Briefing sample monitor"
    page = (out / "articles" / f"{html_article['id']}.html").read_text()
    assert "Most read" not in page and "Football results" not in page


def test_failed_build_leaves_previous_site(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous")
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "empty.txt").write_text("")
    result = run("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 1 and "no readable articles" in result.stderr
    assert (out / "index.html").read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == sorted(["site", "content"]) or set(p.name for p in tmp_path.iterdir()) == {"site", "content"}
