"""Where the parse stage runs: one small interface, local processes by default.

A Task is a batch of articles sized for `nlp.pipe`; running it is a pure function from articles
to summaries and problems (`run_task`), so any executor that can call a function on a batch and
hand back plain records will do. Results come back as tasks finish, in any order: the caller
files them by article id, so the output does not depend on which finished first.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol

from .errors import BriefingError, Problem
from .models import Article, Conflict, Summary
from .config import Gazetteer

TASK_WORDS = 20_000  # about three seconds of parsing on one core of these machines
PROCESS_MIN_WORDS = 30_000  # below this, starting a second process costs more than it saves


@dataclass(frozen=True)
class Task:
    articles: tuple[Article, ...]
    gazetteer: Gazetteer
    words: int = 0  # of the articles' text, as `plan` counted them
    conflict: Conflict = Conflict()  # the briefing's, whose start days of the war count from


@dataclass(frozen=True)
class Outcome:
    summaries: tuple[Summary, ...]
    problems: tuple[Problem, ...]


def run_task(task: Task) -> Outcome:
    from .summarize import summarize_all  # spaCy loads only where there is something to parse

    summaries, problems = summarize_all(task.articles, task.gazetteer, task.conflict)
    return Outcome(tuple(summaries), tuple(problems))


def plan(articles: Sequence[Article], gazetteer: Gazetteer, task_words: int | None = None, conflict: Conflict = Conflict()) -> list[Task]:
    """Consecutive batches of about `task_words` (default TASK_WORDS) words each."""
    limit = task_words or TASK_WORDS
    tasks, batch, words = [], [], 0
    for article in articles:
        batch.append(article)
        words += len(article.text.split())
        if words >= limit:
            tasks.append(Task(tuple(batch), gazetteer, words, conflict))
            batch, words = [], 0
    if batch:
        tasks.append(Task(tuple(batch), gazetteer, words, conflict))
    return tasks


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def default_jobs(tasks: Sequence[Task]) -> int:
    """All cores when there is enough work to pay for a second process, else one."""
    return available_cores() if sum(t.words for t in tasks) >= PROCESS_MIN_WORDS else 1


class Executor(Protocol):
    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Run every task once, yielding each with its outcome as it finishes."""


class LocalExecutor:
    """Tasks in this process (one job) or in a pool of forked processes that inherit the model
    loaded here, so each process pays for it once. A pool broken by a dying worker is replaced
    once and the unfinished tasks run again."""

    def __init__(self, jobs: int = 1):
        self.jobs = max(1, jobs)

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[Task, Outcome]]:
        if self.jobs == 1 or len(tasks) < 2:
            for task in tasks:
                yield task, run_task(task)
            return
        from .nlp.model import load

        load(tasks[0].gazetteer.json)  # before the fork: every worker inherits it
        pending = list(tasks)
        for attempt in range(2):
            try:
                yield from self._pool(pending)
                return
            except BrokenProcessPool:
                if attempt:
                    names = ", ".join(a.path for t in pending for a in t.articles)
                    raise BriefingError(f"a parse worker died twice on the same articles: {names}") from None

    def _pool(self, pending: list[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Yield finished tasks, removing each from `pending` so a retry skips it."""
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(min(self.jobs, len(pending)), mp_context=multiprocessing.get_context(method)) as pool:
            futures = {pool.submit(run_task, task): task for task in pending}
            while futures:
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=lambda f: pending.index(futures[f])):
                    task = futures.pop(future)
                    outcome = future.result()
                    pending.remove(task)
                    yield task, outcome
