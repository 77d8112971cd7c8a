"""Charts drawn at build time with matplotlib into self-contained, deterministic SVG.

Text stays text (`svg.fonttype: none`), ids come from a fixed hash salt and the file carries no
date, so the same briefing gives the same bytes; nothing is fetched when the page is read.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, timedelta

import matplotlib
from matplotlib.figure import Figure  # the object API: pyplot's import and global state are not needed

STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "briefing",
    "font.family": "sans-serif",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
COLOURS = ["#3f51b5", "#e91e63", "#009688", "#ff9800", "#795548", "#607d8b", "#9c27b0", "#8bc34a"]
MAX_SERIES = len(COLOURS) - 1


MAX_WEEKS = 60  # a longer span is drawn per month: a year of weekly hairlines reads as noise


def week_of(iso: str) -> date:
    day = date.fromisoformat(iso)
    return day - timedelta(days=day.weekday())


def month_of(iso: str) -> date:
    return date.fromisoformat(iso).replace(day=1)


def _periods(first: date, last: date, monthly: bool) -> list[date]:
    if not monthly:
        return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    out = [first]
    while out[-1] < last:
        out.append((out[-1] + timedelta(days=32)).replace(day=1))
    return out


def coverage(published_by_source: dict[str, list[str]], title: str, period: list[str] = ()) -> bytes:
    """Articles per week (per month over more than MAX_WEEKS), one stacked series per source
    (the smallest folded into "Others"), over `period` (dates) and the articles' dates."""
    days = sorted(d for ds in [*published_by_source.values(), period] for d in ds)
    if not days:
        return b""
    monthly = (week_of(days[-1]) - week_of(days[0])).days // 7 >= MAX_WEEKS
    bucket = month_of if monthly else week_of
    ranked = sorted(published_by_source, key=lambda s: (-len(published_by_source[s]), s))
    shown = ranked if len(ranked) <= MAX_SERIES + 1 else ranked[:MAX_SERIES]
    series = {s: Counter(bucket(d) for d in published_by_source[s]) for s in shown}
    if len(shown) < len(ranked):
        series["Others"] = Counter(bucket(d) for s in ranked[MAX_SERIES:] for d in published_by_source[s])
    weeks = _periods(bucket(days[0]), bucket(days[-1]), monthly)
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(7.5, 3.0))
        ax = fig.subplots()
        bottom = [0] * len(weeks)
        for colour, (name, counts) in zip(COLOURS, series.items()):
            values = [counts.get(w, 0) for w in weeks]
            ax.bar(range(len(weeks)), values, bottom=bottom, color=colour, label=name, width=0.85)
            bottom = [b + v for b, v in zip(bottom, values)]
        _time_axis(ax, weeks, monthly)
        ax.set_ylabel("articles per month" if monthly else "articles per week")
        ax.set_title(f"{title}, per {'month' if monthly else 'week'}", loc="left")
        ax.yaxis.get_major_locator().set_params(integer=True)
        if len(series) > 1:
            ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return _svg(fig)


def per_type(counts: dict[str, int], title: str) -> bytes:
    """Events per type, horizontal bars, most frequent on top."""
    if not counts:
        return b""
    items = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]))
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(7.5, 0.35 * len(items) + 0.9))
        ax = fig.subplots()
        ax.barh([k for k, _ in items], [v for _, v in items], color=COLOURS[0])
        for i, (_, v) in enumerate(items):
            ax.text(v, i, f" {v}", va="center")
        ax.set_xlabel("events")
        ax.set_title(title, loc="left")
        ax.xaxis.get_major_locator().set_params(integer=True)
        return _svg(fig)


def _time_axis(ax, periods: list[date], monthly: bool) -> None:
    step = max(1, len(periods) // 8)
    ticks = list(range(0, len(periods), step))
    labels = [f"{periods[i]:%b %Y}" if monthly else f"week of {periods[i].day} {periods[i]:%b %Y}" for i in ticks]
    ax.set_xticks(ticks, labels, rotation=30, ha="right")


def _svg(fig) -> bytes:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    return buffer.getvalue().encode("utf-8")


def site_charts(briefing, labels: dict[str, str]) -> dict[str, bytes]:
    """Chart files of the site: coverage of all sources, events per type, one per source."""
    from .group import outlet

    published: dict[str, list[str]] = {}
    for a in briefing.articles:
        for source, day in [(a.source, a.published), *((c.source, c.published) for c in a.copies)]:
            if day:
                published.setdefault(outlet(source), []).append(day)
    charts = {
        "charts/coverage.svg": coverage(published, "Articles by source"),
        "charts/events-by-type.svg": per_type(dict(Counter(labels.get(e.type, e.type) for e in briefing.events)), "Events by type"),
    }
    days = [d for ds in published.values() for d in ds]
    period = [min(days), max(days)] if days else None
    for s in briefing.sources:
        if published.get(s.name):
            charts[f"charts/sources/{s.id}.svg"] = coverage({s.name: published[s.name]}, f"{s.name}: articles", period)
    return {path: svg for path, svg in charts.items() if svg}
