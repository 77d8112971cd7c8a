"""Rebuilding: the cache, determinism across orderings, hash seeds, time zones and job counts,
atomic swaps, and --strict on every kind of warning."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, content_from, write
from generator import executors, ingest, pipeline
from generator.pipeline import StrictFailure, build

pytestmark = pytest.mark.e2e


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def differences(a: Path, b: Path) -> list[str]:
    left, right = tree(a), tree(b)
    return sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))


@pytest.fixture
def seeds(tmp_path) -> Path:
    return content_from(SEEDS, tmp_path / "content")


def test_second_build_parses_nothing_and_a_changed_article_only_itself(seeds, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "site"
    first = build(seeds, out, cache_dir=cache)
    assert (first.parsed, first.cached) == (4, 0)
    before = tree(out)
    second = build(seeds, out, cache_dir=cache)
    assert (second.parsed, second.cached) == (0, 4)
    assert second.pages_reused == second.pages > 0  # MkDocs built no page again
    assert tree(out) == before
    changed = sorted((seeds / "articles").glob("*.txt"))[0]
    changed.write_text(changed.read_text() + "\n\nDelegations met again in Geneva on Friday, officials said.\n")
    third = build(seeds, out, cache_dir=cache)
    assert (third.parsed, third.cached) == (1, 3)
    assert 0 < third.pages_reused < third.pages
    data = json.loads((out / "data" / "briefing.json").read_text())
    article_id = next(a["id"] for a in data["articles"] if a["path"].endswith(changed.name))
    assert "Geneva on Friday" in (out / "articles" / f"{article_id}.html").read_text()
    shutil.copytree(cache, tmp_path / "no-pages", ignore=shutil.ignore_patterns("pages"))
    assert build(seeds, tmp_path / "fresh", cache_dir=tmp_path / "no-pages").pages_reused == 0
    assert differences(out, tmp_path / "fresh") == []  # reused pages are the pages MkDocs would build


def test_days_of_the_war_count_from_the_briefing_s_conflict_start(seeds, tmp_path):
    cache = tmp_path / "cache"
    write(seeds / "articles" / "day.md", "---\ntitle: Day of the war\npublished: 2022-11-04\n---\n\nToday marks the 254th day of the war, officials in Kyiv said.\n")
    assert build(seeds, tmp_path / "before", cache_dir=cache).parsed == 5
    (seeds / "briefing.yml").write_text("conflict_start: 2022-02-24\n")
    report = build(seeds, tmp_path / "site", cache_dir=cache)
    assert (report.parsed, report.cached) == (5, 0)  # the day the conflict began is part of every summary's key
    data = json.loads((tmp_path / "site" / "data" / "briefing.json").read_text())
    days = [d for a in data["articles"] if a["title"] == "Day of the war" for d in a["dates"] if d["text"] == "the 254th day"]
    assert [(d["date"], d["precision"]) for d in days] == [("2022-11-04", "day")]


def test_corrupt_cache_entry_is_made_again(seeds, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(seeds, out, cache_dir=cache)
    before = tree(out)
    entries = sorted((cache / "summaries").rglob("*.record"))
    assert len(entries) == 4 and len(list((cache / "articles").rglob("*.record"))) == 4
    entries[0].write_bytes(entries[0].read_bytes()[:-40])  # a write cut short
    entries[1].write_bytes(b"not a cache entry")
    read = sorted((cache / "articles").rglob("*.record"))[0]
    read.write_bytes(read.read_bytes().replace(b"\n", b"\n\0", 1))
    report = build(seeds, out, cache_dir=cache)
    assert (report.parsed, report.cached, report.cache_corrupt) == (2, 2, 3)
    assert tree(out) == before
    assert build(seeds, out, cache_dir=cache).parsed == 0


def test_same_output_whatever_the_order_hash_seed_time_zone_or_jobs(seeds, tmp_path, monkeypatch):
    build(seeds, tmp_path / "plain", jobs=1)
    forward = ingest.discover
    monkeypatch.setattr(ingest, "discover", lambda folder: list(reversed(forward(folder))))
    monkeypatch.setattr(executors, "TASK_WORDS", 300)  # one article per task: the pool really forks
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    build(seeds, tmp_path / "reversed", jobs=2)
    assert differences(tmp_path / "plain", tmp_path / "reversed") == []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, TZ="America/Anchorage")
        cmd = [sys.executable, "-m", "generator", "build", "--content", str(seeds), "--out", str(tmp_path / seed), "--no-cache", "--jobs", "2"]
        result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert differences(tmp_path / "plain", tmp_path / seed) == []


def test_build_failing_midway_leaves_previous_site(seeds, tmp_path, monkeypatch):
    out = tmp_path / "site"
    build(seeds, out)
    before = tree(out)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("mkdocs.commands.build.build", broken)
    with pytest.raises(pipeline.BriefingError, match="previous site left untouched: disk full"):
        build(seeds, out)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"]


GOOD = "---\ntitle: Talks resume\nsource: Example Wire\npublished: 2025-06-02\n---\nDelegations met in Istanbul on Monday for a second round of talks.\n"


def _strict_case(kind: str, content: Path, tmp_path: Path) -> Path | None:
    """Add one warning of `kind` to a good briefing; returns a templates folder if the case needs one."""
    if kind == "skipped":
        write(content / "articles" / "empty.md", "")
    elif kind == "undated":
        write(content / "articles" / "undated.md", "---\ntitle: Undated\nsource: Example Wire\n---\nDelegations met in Geneva for talks.\n")
    elif kind == "broken link":
        home = (ROOT / "templates" / "pages" / "home.md.j2").read_text()
        write(tmp_path / "templates" / "pages" / "home.md.j2", home + "\n[Archive](archive-2024.md)\n")
        return tmp_path / "templates"
    elif kind == "config":
        write(content / "briefing.yml", "title: A briefing\ncolour_sheme: red\n")
    return None


@pytest.mark.parametrize(
    "kind, code, where",
    [
        ("skipped", "A104", "articles/empty.md"),
        ("undated", "W301", "articles/undated.md"),
        ("broken link", "S401", "archive-2024.md"),
        ("config", "C101", "colour_sheme"),
    ],
)
def test_strict_fails_on_each_warning_kind_and_keeps_previous_site(kind, code, where, tmp_path):
    content = tmp_path / "content"
    write(content / "articles" / "good.md", GOOD)
    out, cache = tmp_path / "site", tmp_path / "cache"
    build(content, out, strict=True)
    before = tree(out)
    templates = _strict_case(kind, content, tmp_path)
    relaxed = build(content, tmp_path / "relaxed", templates=templates, cache_dir=cache)
    assert [p.code for p in relaxed.strict_failures()] == [code]
    with pytest.raises(StrictFailure) as failure:
        build(content, out, strict=True, templates=templates)
    assert [p.code for p in failure.value.report.strict_failures()] == [code]
    assert any(where in line for line in failure.value.report.lines())
    assert tree(out) == before
    cmd = [sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(out), "--strict", "--cache-dir", str(cache)]
    if templates:
        cmd += ["--templates", str(templates)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert code in result.stderr and "with --strict; the previous site is untouched" in result.stderr


def test_report_json_and_clean(seeds, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "site"
    full = tmp_path / "report.json"
    cmd = [sys.executable, "-m", "generator", "build", "--content", str(seeds), "--out", str(out), "--cache-dir", str(cache), "--report", str(full)]
    assert subprocess.run(cmd, cwd=ROOT, capture_output=True).returncode == 0
    report = json.loads(full.read_text())
    assert (report["articles_read"], report["parsed"], report["cached"]) == (4, 4, 0)
    assert set(report["seconds"]) == {"read", "parse", "group", "render", "site"}
    in_site = json.loads((out / "data" / "build-report.json").read_text())
    assert "seconds" not in in_site and "parsed" not in in_site  # the site holds nothing that varies by run
    assert in_site["events"] == report["events"] > 0
    cleaned = subprocess.run([sys.executable, "-m", "generator", "clean", "--cache-dir", str(cache)], cwd=ROOT, capture_output=True, text=True)
    assert cleaned.returncode == 0 and "removed 4 cached article(s)" in cleaned.stdout
    assert not list(cache.rglob("*.record"))
