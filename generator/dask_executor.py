"""The parse stage on Dask distributed: an existing cluster (`--scheduler tcp://HOST:PORT`) or a
`LocalCluster` of worker processes started for the build.

What crosses the network: a batch of Article records and the gazetteer in, Summary and Problem
records out. The model never moves: each worker loads it once, when it joins (`ModelPlugin`), and
keeps it for every batch. Results are yielded as batches finish, so the caller caches them as
they arrive and an interrupted build resumes where it stopped.

Faults: a worker that dies mid-batch has its batch rescheduled on another worker by the scheduler,
up to ALLOWED_FAILURES times. The articles of a batch that kills more workers than that run again
one at a time once everything else is done, so the one article that takes a worker down with it
is reported (E202) and skipped while the others are parsed. A worker whose extraction code, model
or gazetteer differs from this machine's is refused: its records would not be a local build's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import dask
import distributed

from .cache import extraction_fingerprint
from .errors import BriefingError, Problem
from .executors import Outcome, Task, available_cores, run_task
from .models import Conflict

ALLOWED_FAILURES = 2  # workers a batch may take down before its articles run one by one (Dask's default: 3)
RETRIES = 1  # reruns of a batch that raised (not one that lost its worker)
CONNECT_SECONDS = 30
WORKERS_SECONDS = 120  # for an adaptive cluster to bring up its first worker


@lru_cache(maxsize=4)
def _fingerprint(gazetteer_json: str, conflict: Conflict) -> str:
    return extraction_fingerprint(gazetteer_json, conflict)


def run_checked(task: Task, fingerprint: str) -> Outcome:
    """`run_task` on a worker, after checking it extracts exactly as the submitting machine."""
    if _fingerprint(task.gazetteer.json, task.conflict) != fingerprint:
        raise BriefingError("a Dask worker runs another version of briefing, its model or spaCy: install the same versions on every worker")
    return run_task(task)


class ModelPlugin(distributed.WorkerPlugin):
    """Loads the pipeline when a worker joins; every batch on that worker then reuses it."""

    def __init__(self, gazetteer_json: str):
        self.gazetteer_json = gazetteer_json

    def setup(self, worker) -> None:
        from .nlp.model import load

        load(self.gazetteer_json)


class DaskExecutor:
    """Tasks on a Dask cluster: the one at `scheduler`, or a LocalCluster of `workers` processes
    (default: all cores) started for the run and closed after it."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None):
        self.scheduler = scheduler
        self.jobs = workers or available_cores()  # an existing cluster's count once connected

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[Task, Outcome]]:
        if not tasks:
            return
        with self._client() as client:
            if self.scheduler:
                self.jobs = len(client.scheduler_info()["workers"])
            gazetteer, conflict = tasks[0].gazetteer, tasks[0].conflict
            client.register_plugin(ModelPlugin(gazetteer.json), name="briefing-model")
            fingerprint = _fingerprint(gazetteer.json, conflict)
            submit = lambda task: client.submit(run_checked, task, fingerprint, pure=False, retries=RETRIES)  # noqa: E731
            futures = {submit(task): task for task in tasks}
            suspects = []
            for future in distributed.as_completed(futures):
                task = futures[future]
                try:
                    yield task, _result(future, task)
                except distributed.KilledWorker:
                    suspects += task.articles
            # Every task on a worker that dies is blamed, so the articles of a batch that ran out
            # of workers run again one at a time on an otherwise idle cluster: then a death is
            # the article's own.
            for article in suspects:
                single = Task((article,), gazetteer, conflict=conflict)
                try:
                    yield single, _result(submit(single), single)
                except distributed.KilledWorker:
                    yield single, _killed(single)

    def _client(self):
        if self.scheduler is None:
            with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}):
                # a LocalCluster that closes with the client
                return distributed.Client(n_workers=self.jobs, threads_per_worker=1, processes=True, dashboard_address=":0")
        try:
            client = distributed.Client(self.scheduler, timeout=CONNECT_SECONDS)
        except OSError as err:
            raise BriefingError(f"cannot reach the Dask scheduler at {self.scheduler}: {err}") from None
        try:
            client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except TimeoutError:
            client.close()
            raise BriefingError(f"no Dask worker joined {self.scheduler} within {WORKERS_SECONDS}s") from None
        return client


def _result(future, task: Task) -> Outcome:
    """The outcome, a KilledWorker as it is, or any other failure as a one-line BriefingError."""
    try:
        return future.result()
    except (distributed.KilledWorker, BriefingError):
        raise
    except Exception as err:
        names = ", ".join(a.path for a in task.articles)
        raise BriefingError(f"a Dask task failed on {names}: {type(err).__name__}: {err}") from err


def _killed(task: Task) -> Outcome:
    (article,) = task.articles
    problem = Problem(
        article.path, None, "E202", "error",
        "the parse worker died on this article each time it was tried (out of memory, or a crash in the model)",
        "report this article with the build log",
    )
    return Outcome((), (problem,))
