"""build(content, out) -> BuildReport: read, clean, summarise, group, render, build the site."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import load_config
from .errors import BriefingError, Problem
from .export import export
from .group import group_entities, group_events, group_sources, surname_map
from .ingest import ingest
from .models import Briefing
from .pages import render_pages
from .site import build_site, write_docs
from .summarize import Gazetteer, summarize_all


@dataclass
class BuildReport:
    articles_read: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    pages: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [
            f"articles read: {self.articles_read}, skipped: {len(self.skipped)}",
            f"events: {self.events}, pages: {self.pages}",
            "time: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items()),
        ]
        out += [f"skipped {p}" for p in self.skipped]
        out += [f"warning: {w}" for w in self.warnings]
        return out


class _Timer:
    def __init__(self, report: BuildReport):
        self.report, self.start = report, time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.report.seconds[stage] = now - self.start
        self.start = now


def assemble(content: Path, report: BuildReport, strict: bool = False) -> Briefing:
    """Everything up to the briefing: read, clean, summarise, group."""
    config = load_config(content)
    report.warnings += [str(p) for p in config.problems]
    timer = _Timer(report)
    found = ingest(content, config.max_article_bytes)
    report.articles_read = len(found.articles)
    report.skipped = list(found.problems)
    if strict and found.problems:
        raise BriefingError(f"{len(found.problems)} article(s) could not be read (--strict): " + "; ".join(str(p) for p in found.problems))
    if not found.articles:
        raise BriefingError(f"no readable articles under {content / 'articles'}")
    timer.lap("read")
    parsed, failed = summarize_all(found.articles, Gazetteer(config.gazetteer))
    summaries = {s.article_id: s for s in parsed}
    report.skipped += failed
    if strict and failed:
        raise BriefingError("; ".join(str(p) for p in failed) + " (--strict)")
    kept = tuple(a for a in found.articles if a.id in summaries)
    articles = {a.id: a for a in kept}
    timer.lap("parse")
    rename = surname_map(summaries)
    briefing = Briefing(
        title=config.title,
        subtitle=config.subtitle,
        language=config.language,
        articles=tuple(sorted(kept, key=lambda a: a.id)),
        summaries=summaries,
        events=group_events(articles, summaries, rename),
        sources=group_sources(kept),
        entities=group_entities(summaries, rename, config.roles),
    )
    timer.lap("group")
    return briefing


def build(content: Path, out: Path, strict: bool = False, templates: Path | None = None) -> BuildReport:
    report = BuildReport()
    briefing = assemble(content, report, strict)
    timer = _Timer(report)
    user_templates = [p for p in (templates, content / "templates") if p]
    pages = render_pages(briefing, user_templates)
    data = {"data/briefing.json": export(briefing)}
    timer.lap("render")
    newest = max((a.published for a in briefing.articles if a.published), default=None)
    warnings = build_site(out, briefing.title, briefing.language, newest, lambda docs: write_docs(docs, pages, data))
    timer.lap("site")
    report.warnings += warnings
    report.events, report.pages = len(briefing.events), len(pages)
    if strict and report.warnings:
        raise BriefingError(f"{len(report.warnings)} warning(s) (--strict): " + "; ".join(report.warnings))
    return report
