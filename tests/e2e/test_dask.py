"""The parse stage on Dask: byte-identical to a local build, the cache filled as batches finish,
a worker killed mid-batch loses and duplicates nothing, an article that kills every worker it
meets is reported and skipped, and a clear error without Dask installed."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import dask
import distributed
import pytest

from conftest import SEEDS, content_from
from generator import dask_executor, executors
from generator.cli import main
from generator.dask_executor import DaskExecutor
from generator.pipeline import build
from test_regenerate import differences, tree

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, as `--executor dask` starts them; a batch may kill one worker only."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
            yield local.scheduler_address


@pytest.fixture(scope="module")
def local_site(tmp_path_factory) -> Path:
    """The seeds built with the local executor, to compare against."""
    base = tmp_path_factory.mktemp("local")
    build(content_from(SEEDS, base / "content"), base / "site", jobs=1)
    return base / "site"


@pytest.fixture
def seeds(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(executors, "TASK_WORDS", 300)  # one seed article per batch
    return content_from(SEEDS, tmp_path / "content")


def _entries(cache: Path) -> int:
    """Summaries in the cache."""
    return sum(1 for _ in (cache / "summaries").rglob("*.record"))


def test_same_site_as_local_and_cache_filled_as_batches_finish(cluster, local_site, seeds, tmp_path):
    cache, calls = tmp_path / "cache", []

    def progress(done: int, total: int) -> None:
        calls.append((done, total, _entries(cache)))

    report = build(seeds, tmp_path / "site", cache_dir=cache, executor=DaskExecutor(cluster), progress=progress)
    assert differences(local_site, tmp_path / "site") == []
    assert (report.parsed, report.jobs) == (4, 2)
    assert calls == [(n, 4, n) for n in (1, 2, 3, 4)]  # each batch cached before the next arrives
    assert build(seeds, tmp_path / "again", cache_dir=cache, executor=DaskExecutor(cluster)).parsed == 0


def test_cli_starts_a_local_cluster(local_site, tmp_path):
    content = content_from(SEEDS, tmp_path / "content")
    argv = ["build", "--content", str(content), "--out", str(tmp_path / "site"), "--no-cache", "--executor", "dask", "--jobs", "2"]
    assert main(argv) == 0
    assert differences(local_site, tmp_path / "site") == []


def _dies_on(marker: str, flag: Path | None):
    """A task function that kills its worker process on the batch holding `marker`: once (then
    leaves `flag`) or, with no flag, every time."""
    original = dask_executor.run_checked

    def run(task, fingerprint):
        if any(a.path.endswith(marker) for a in task.articles) and (flag is None or not flag.exists()):
            if flag is not None:
                flag.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return original(task, fingerprint)

    return run


def test_worker_killed_mid_batch_loses_and_duplicates_nothing(cluster, local_site, seeds, tmp_path, monkeypatch):
    marker = sorted(SEEDS.glob("*.txt"))[1].name
    flag = tmp_path / "killed-once"
    monkeypatch.setattr(dask_executor, "run_checked", _dies_on(marker, flag))
    cache, calls = tmp_path / "cache", []
    report = build(seeds, tmp_path / "site", cache_dir=cache, executor=DaskExecutor(cluster), progress=lambda done, total: calls.append(done))
    assert flag.exists()  # the worker did die
    assert calls == [1, 2, 3, 4] and report.skipped == []
    assert differences(local_site, tmp_path / "site") == []
    assert _entries(cache) == 4


POISON = "---\ntitle: Ceasefire monitors report shelling\nsource: Example Wire\npublished: 2025-06-03\n---\nMonitors said shelling continued near the front line on Tuesday.\n"


def test_article_that_kills_every_worker_is_reported_and_skipped(cluster, local_site, tmp_path, monkeypatch):
    content = content_from(SEEDS, tmp_path / "content")
    (content / "articles" / "poison.md").write_text(POISON, encoding="utf-8")
    monkeypatch.setattr(dask_executor, "run_checked", _dies_on("poison.md", None))
    report = build(content, tmp_path / "site", executor=DaskExecutor(cluster))  # all five in one batch
    assert [(p.path, p.code) for p in report.skipped] == [("articles/poison.md", "E202")]
    data = json.loads((tmp_path / "site" / "data" / "briefing.json").read_text())
    local = json.loads((local_site / "data" / "briefing.json").read_text())
    assert data["articles"] == local["articles"] and data["events"] == local["events"]
    pages = {k for k in tree(tmp_path / "site") if k.startswith("articles/")}
    assert pages == {k for k in tree(local_site) if k.startswith("articles/")}


def test_without_dask_the_option_fails_with_one_clear_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "generator.dask_executor")
    content = content_from(SEEDS, tmp_path / "content")
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site"), "--executor", "dask"]) == 1
    assert capsys.readouterr().err == "briefing: error: --executor dask needs Dask distributed: pip install 'briefing[dask]'\n"
    assert not (tmp_path / "site").exists()
