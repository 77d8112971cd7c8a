"""build(content, out) -> BuildReport: read, clean, summarise, group, render, build the site."""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import Caches
from .check import content_findings
from .config import Config, Gazetteer, load_config, raise_errors
from .curate import correct_articles, curate
from .curation import load_curation
from .errors import BriefingError, Problem
from .executors import Executor
from .export import export
from .charts import site_charts
from .citing import source_citations
from .clustering import TYPE_LABELS, group_events
from .copies import fold_copies
from .disagreements import disagreements
from .feed import PATH as FEED_PATH, feed
from .identity import RECORD, fingerprints, load_record, merged_record, redirect_page, redirects
from .group import group_entities, group_sources, surname_map
from .ingest import ingest
from .models import Briefing
from .pages import render_pages
from .parse import Progress, parse_articles
from .site import build_site, write_docs
from .sources import assign_outlets, load_outlets
from .stories import thread_stories

SITE_REPORT = "data/build-report.json"


@dataclass
class BuildReport:
    """What a build did. The site gets the part that depends only on the content; timings and
    cache figures go to the terminal and to `--report`."""

    articles_read: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    parsed: int = 0
    cached: int = 0
    cache_corrupt: int = 0
    jobs: int = 1
    excluded: list[str] = field(default_factory=list)  # articles the editor excluded, with the reason
    events: int = 0
    pages: int = 0
    pages_reused: int = 0  # pages MkDocs took unchanged from the cache
    redirects: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [
            f"articles read: {self.articles_read}, skipped: {len(self.skipped)}",
            f"parsed: {self.parsed} (jobs: {self.jobs}), from cache: {self.cached}"
            + (f", corrupt cache entries remade: {self.cache_corrupt}" if self.cache_corrupt else ""),
            f"events: {self.events}, pages: {self.pages} ({self.pages_reused} unchanged, reused), redirects: {self.redirects}, warnings: {len(self.warnings)}",
            "time: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items()),
        ]
        out += self.excluded
        out += [f"skipped {p}" for p in self.skipped]
        out += [f"warning: {p}" for p in self.warnings]
        return out

    def content_json(self) -> dict:
        return {
            "schema": 1,
            "articles_read": self.articles_read,
            "skipped": [dataclasses.asdict(p) for p in self.skipped],
            "warnings": [dataclasses.asdict(p) for p in self.warnings],
            "events": self.events,
            "pages": self.pages,
        }

    def full_json(self) -> dict:
        return self.content_json() | {
            "parsed": self.parsed,
            "cached": self.cached,
            "cache_corrupt": self.cache_corrupt,
            "pages_reused": self.pages_reused,
            "jobs": self.jobs,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }

    def strict_failures(self) -> list[Problem]:
        return self.skipped + self.warnings


class StrictFailure(BriefingError):
    """--strict and the build found problems; the report lists them."""

    def __init__(self, report: BuildReport):
        super().__init__(f"{len(report.strict_failures())} problem(s) with --strict; the previous site is untouched")
        self.report = report


class _Timer:
    def __init__(self, report: BuildReport):
        self.report, self.start = report, time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.report.seconds[stage] = now - self.start
        self.start = now


def _undated(articles) -> list[Problem]:
    return [
        Problem(a.path, None, "W301", "warning", "publication date unknown: its events cannot be placed on the timeline", "add `published: YYYY-MM-DD` to its metadata")
        for a in articles
        if not a.published
    ]


def assemble(
    content: Path,
    report: BuildReport,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    executor: Executor | None = None,
    progress: Progress | None = None,
    config: Config | None = None,
) -> Briefing:
    """Everything up to the briefing: read, clean, summarise (through the cache), group, curate.
    Every finding goes to `report.warnings`; configuration errors stop here, before parsing."""
    config = config or load_config(content)
    problems = report.warnings
    problems += config.problems
    outlets = load_outlets(content, problems)
    timer = _Timer(report)
    caches = Caches(cache_dir) if cache_dir else None
    found = ingest(content, config.max_article_bytes, caches)
    report.articles_read = len(found.articles)
    report.skipped = [p for p in found.problems if p.level == "error"]
    problems += [p for p in found.problems if p.level != "error"]
    curation = load_curation(content, found.articles, problems)
    raise_errors(problems)
    chosen, unmatched, report.excluded = correct_articles(found.articles, curation)
    problems += unmatched + _undated(chosen)
    chosen = assign_outlets(chosen, outlets)
    if not chosen:
        raise BriefingError(f"no readable articles under {content / 'articles'}")
    originals = fold_copies(chosen)
    timer.lap("read")
    gazetteer = Gazetteer(config.gazetteer)
    parsed = parse_articles(originals, gazetteer, caches and caches.summaries, executor, jobs, progress, config.war)
    summaries = parsed.summaries
    report.skipped += parsed.problems
    report.parsed, report.cached, report.jobs = parsed.parsed, parsed.cached, parsed.jobs
    report.cache_corrupt = caches.articles.corrupt + caches.indexes.corrupt + caches.summaries.corrupt if caches else 0
    kept = tuple(a for a in originals if a.id in summaries)
    articles = {a.id: a for a in kept}
    timer.lap("parse")
    rename = surname_map(summaries)
    events, stories = thread_stories(group_events(articles, summaries, rename, gazetteer.is_country))
    disputed = disagreements(events, summaries)
    briefing = Briefing(
        title=config.title,
        subtitle=config.subtitle,
        language=config.language,
        articles=tuple(sorted(kept, key=lambda a: a.id)),
        summaries=summaries,
        events=tuple(replace(e, disagreements=disputed.get(e.id, ())) for e in events),
        sources=group_sources(kept, outlets),
        entities=group_entities(summaries, rename, config.roles),
        stories=stories,
    )
    briefing, curated = curate(briefing, curation)
    story_of = {event_id: s.id for s in briefing.stories for event_id in s.events}  # curation may merge or hide
    briefing = replace(briefing, events=tuple(replace(e, story=story_of.get(e.id)) for e in briefing.events))
    problems += curated + content_findings(briefing)
    timer.lap("group")
    return briefing


def build(
    content: Path,
    out: Path,
    strict: bool = False,
    templates: Path | None = None,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    report_path: Path | None = None,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the site into `out`, swapped in only when everything succeeded (and, with
    `strict`, nothing was skipped or warned about). `cache_dir` None builds without a cache."""
    report = BuildReport()
    config = load_config(content)
    briefing = assemble(content, report, cache_dir, jobs, executor, progress, config)
    raise_errors(report.warnings)
    timer = _Timer(report)
    user_templates = [p for p in (templates, content / "templates") if p]
    cites = source_citations(briefing)
    pages = render_pages(briefing, user_templates, config.pages, config.period, cites)
    data = {"data/briefing.json": export(briefing, cites), FEED_PATH: feed(briefing), **site_charts(briefing, TYPE_LABELS)}
    try:
        published = load_record(content)
    except ValueError as err:
        raise BriefingError(str(err)) from err
    current = fingerprints(briefing)
    moved = redirects(published, current)
    for old, target in moved.items():
        data[old.removesuffix(".md") + ".html"] = redirect_page(old, target)
    report.redirects = len(moved)
    report.events, report.pages = len(briefing.events), len(pages)
    timer.lap("render")

    def finish(site: Path, site_warnings: list[str]) -> None:
        report.warnings += [Problem("site", None, "S401", "warning", w, "fix the template or page that links there") for w in site_warnings]
        (site / SITE_REPORT).write_text(json.dumps(report.content_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if strict and report.strict_failures():
            raise StrictFailure(report)

    newest = max((a.published for a in briefing.articles if a.published), default=None)
    page_cache = Caches(cache_dir).pages if cache_dir else None
    try:
        reuse = build_site(out, briefing.title, briefing.language, newest, lambda docs: write_docs(docs, pages, data, config.logo), finish, config, page_cache)
        report.pages_reused = reuse.reused
        report.cache_corrupt += page_cache.corrupt if page_cache else 0
    finally:
        timer.lap("site")
        if report_path:
            report_path.parent.mkdir(parents=True, exist_ok=True)
            report_path.write_text(json.dumps(report.full_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    record = merged_record(published, current)
    if not (content / RECORD).is_file() or (content / RECORD).read_bytes() != record:
        (content / RECORD).write_bytes(record)
    return report
