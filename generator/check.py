"""`briefing check`: every finding about content and configuration, without building the site.

It runs the build's own stages up to curation, so `check` and `build` report the same findings:
YAML syntax and schema (briefing.yml, sources.yml, entities.yml, curation.yml, front matter),
unreadable articles, duplicate ids, colliding aliases, overrides that match nothing, articles
without a date (W301) or a source, and articles that produce no event.
"""

from __future__ import annotations

from pathlib import Path

from .errors import BriefingError, Problem
from .group import UNKNOWN_SOURCE
from .models import Briefing


def content_findings(briefing: Briefing) -> list[Problem]:
    """Articles without a source, or dated yet without an event (undated ones are W301)."""
    cited = {a for e in briefing.events for a in e.articles}
    problems = []
    for a in briefing.articles:
        if not a.source or a.source == UNKNOWN_SOURCE:
            problems.append(Problem(a.path, None, "C141", "warning", "the article has no source", "add `source:` to its metadata, or a rule in sources.yml that matches it"))
        if a.id not in cited and a.published:  # an undated article is already reported (W301)
            problems.append(Problem(a.path, None, "C142", "warning", "no event was found in the article",
                                    "check that it reports a dated happening, or exclude it in curation.yml with a reason"))
    return problems


def check(content: Path, cache_dir: Path | None = None) -> list[Problem]:
    """All findings, sorted by file and line; a stage that cannot go on is a finding too.
    With `cache_dir`, articles parsed by an earlier build are not parsed again."""
    from .pipeline import BuildReport, assemble

    report = BuildReport()
    try:
        assemble(content, report, cache_dir)
    except BriefingError as err:
        if not any(p.level == "error" for p in report.warnings + report.skipped):
            report.warnings.append(Problem(str(content), None, "C001", "error", str(err), "fix it, then run `briefing check` again"))
    return sorted(report.skipped + report.warnings, key=lambda p: (p.path, p.line or 0, p.code))


def summary(problems: list[Problem]) -> str:
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    return f"{errors} error(s), {warnings} warning(s)"
