"""The parse stage: summaries from the cache where the article is unchanged, from an executor
for the rest, each stored in the cache as soon as its batch comes back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .cache import RecordCache, extraction_fingerprint, summary_key
from .errors import Problem
from .executors import Executor, LocalExecutor, default_jobs, plan
from .models import Article, Conflict, Summary
from .config import Gazetteer

Progress = Callable[[int, int], None]  # (articles done, articles to parse)


@dataclass
class Parsed:
    summaries: dict[str, Summary] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    parsed: int = 0
    cached: int = 0
    jobs: int = 1


def parse_articles(
    articles: Sequence[Article],
    gazetteer: Gazetteer,
    cache: RecordCache[Summary] | None = None,
    executor: Executor | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    conflict: Conflict = Conflict(),
) -> Parsed:
    """Summaries keyed by article id. `executor` defaults to local processes, `jobs` of them
    (default: all cores when the uncached work is large enough)."""
    result = Parsed()
    keys: dict[str, str] = {}
    todo = list(articles)
    if cache is not None:
        fingerprint = extraction_fingerprint(gazetteer.json, conflict)
        keys = {a.id: summary_key(a, fingerprint) for a in articles}
        todo = []
        for article in articles:
            hit = cache.get(keys[article.id])
            if hit is None:
                todo.append(article)
            else:
                result.summaries[article.id] = hit
        result.cached = len(articles) - len(todo)
    tasks = plan(todo, gazetteer, conflict=conflict)
    if executor is None:
        result.jobs = jobs or default_jobs(tasks)
        executor = LocalExecutor(result.jobs)
    done = 0
    for task, outcome in executor.run(tasks):
        for summary in outcome.summaries:
            result.summaries[summary.article_id] = summary
            if cache is not None:
                cache.put(keys[summary.article_id], summary)
        result.problems += outcome.problems
        done += len(task.articles)
        if progress:
            progress(done, len(todo))
    result.parsed = len(todo)
    result.jobs = getattr(executor, "jobs", result.jobs)
    result.problems.sort(key=lambda p: p.path)
    return result
