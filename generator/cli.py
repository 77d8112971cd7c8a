"""The `briefing` command: a thin layer over the pipeline that maps errors to exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import BriefingError

DEFAULT_CACHE = Path(".briefing-cache")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of news articles into a sourced briefing website that reads offline.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _build_parser(commands)
    _check_parser(commands)
    _serve_parser(commands)
    _new_parser(commands)
    _clean_parser(commands)
    _eval_parser(commands)
    return parser


SHARED_OPTIONS = {
    "content": dict(type=Path, default=Path("content"), help="the briefing's content folder (default: content)"),
    "out": dict(type=Path, default=Path("site"), help="where the website is written (default: site)"),
    "templates": dict(type=Path, default=None, help="a folder of templates overriding the built-in ones"),
    "cache-dir": dict(type=Path, default=DEFAULT_CACHE, help=f"where parsed articles are kept between builds (default: {DEFAULT_CACHE})"),
}


def _options(parser: argparse.ArgumentParser, *names: str) -> None:
    """Options several commands share, spelled and documented once."""
    for name in names:
        parser.add_argument(f"--{name}", **SHARED_OPTIONS[name])


def _build_parser(commands) -> None:
    build = commands.add_parser(
        "build",
        help="build the briefing website",
        description="Read CONTENT/articles, extract and group what they report, and build the site into OUT.",
    )
    _options(build, "content", "out", "templates", "cache-dir")
    build.add_argument("--strict", action="store_true", help="fail, leaving the previous site in place, on any skipped article or warning")
    build.add_argument("--no-cache", action="store_true", help="parse every article and build every page again, leaving the cache as it is")
    build.add_argument("--jobs", type=int, default=None, help="processes for the parse stage (default: all cores when there is enough to parse)")
    build.add_argument("--report", type=Path, default=None, help="also write the full build report, timings included, as JSON here")
    _executor_options(build)
    build.set_defaults(run=_build)


def _check_parser(commands) -> None:
    check = commands.add_parser(
        "check",
        help="validate content and configuration without building",
        description="Report every problem in CONTENT (configuration, curation, articles) with file, line and how to fix it.",
    )
    _options(check, "content", "cache-dir")
    check.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    check.set_defaults(run=_check)


def _serve_parser(commands) -> None:
    serve = commands.add_parser(
        "serve",
        help="build, serve on localhost and rebuild on change",
        description="Build the site, serve it on localhost, and rebuild and reload the browser whenever CONTENT or the templates change.",
    )
    _options(serve, "content", "out", "templates", "cache-dir")
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000)")
    serve.set_defaults(run=_serve)


def _new_parser(commands) -> None:
    new = commands.add_parser(
        "new",
        help="start a new briefing in DIR",
        description="Create DIR with a content skeleton, commented configuration and a CI workflow that publishes to GitHub Pages.",
    )
    new.add_argument("dir", type=Path, help="the new briefing's folder (must not exist, or be empty)")
    new.set_defaults(run=_new)


def _executor_options(build: argparse.ArgumentParser) -> None:
    build.add_argument("--executor", choices=("local", "dask"), default="local", help="where the parse stage runs: local processes (default) or Dask (docs/dask.md)")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS", help="with --executor dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786 (default: start a local cluster of --jobs workers)")


def _executor(args):
    """None for the local processes, or the Dask executor the options ask for."""
    if args.executor == "local":
        if args.scheduler:
            raise BriefingError("--scheduler needs --executor dask")
        return None
    if args.scheduler and args.jobs is not None:
        raise BriefingError("--jobs sets the workers of a local Dask cluster; an existing one (--scheduler) has its own")
    try:
        from .dask_executor import DaskExecutor
    except ImportError as err:
        if err.name in ("dask", "distributed"):
            raise BriefingError("--executor dask needs Dask distributed: pip install 'briefing[dask]'") from None
        raise
    return DaskExecutor(args.scheduler, args.jobs)


def _clean_parser(commands) -> None:
    clean = commands.add_parser("clean", help="empty the parse cache", description="Remove every cached parse so the next build parses all articles.")
    _options(clean, "cache-dir")
    clean.set_defaults(run=_clean)


def _progress():
    """A bar on a terminal; a plain line per tenth of the work in logs."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = None

        def show(done: int, total: int) -> None:
            nonlocal bar
            bar = bar or tqdm(total=total, unit="article", desc="parse", file=sys.stderr)
            bar.update(done - bar.n)
            if done == total:
                bar.close()

        return show
    step = {"next": 0.0}

    def log(done: int, total: int) -> None:
        if done / total >= step["next"]:
            print(f"parsed {done}/{total} articles", file=sys.stderr, flush=True)
            step["next"] = done / total + 0.1

    return log


def _build(args) -> None:
    from .pipeline import StrictFailure, build

    if args.jobs is not None and args.jobs < 1:
        raise BriefingError("--jobs must be 1 or more")
    try:
        report = build(
            args.content,
            args.out,
            strict=args.strict,
            templates=args.templates,
            cache_dir=None if args.no_cache else args.cache_dir,
            jobs=args.jobs,
            report_path=args.report,
            executor=_executor(args),
            progress=_progress(),
        )
    except StrictFailure as failure:
        for line in failure.report.lines():
            print(line, file=sys.stderr)
        raise
    for line in report.lines():
        print(line)
    print(f"built {args.out}/index.html")


def _check(args) -> int:
    from .check import check, summary

    problems = check(args.content, args.cache_dir)
    for p in problems:
        print(p)
    print(summary(problems))
    return 1 if any(p.level == "error" or args.strict for p in problems) else 0


def _serve(args) -> None:
    from .serve import serve

    serve(args.content, args.out, args.templates, args.port, args.cache_dir)


def _new(args) -> None:
    from .scaffold import scaffold

    for path in scaffold(args.dir):
        print(f"created {path}")
    print(f"build it with: briefing build --content {args.dir / 'content'} --out {args.dir / 'site'}")


def _clean(args) -> None:
    from .cache import Caches

    print(f"removed {Caches(args.cache_dir).clear()} cached article(s) from {args.cache_dir}")


def _eval_parser(commands) -> None:
    root = Path(__file__).resolve().parent.parent
    ev = commands.add_parser(
        "eval",
        help="score extraction against the gold files",
        description="Run extraction on the articles the gold files name and print precision and recall per category.",
    )
    ev.add_argument("--gold", type=Path, default=root / "tests" / "gold", help="folder of gold *.yml files (default: tests/gold)")
    corpus = Path(os.environ.get("BRIEFING_CORPUS", root.parent / "shared" / "corpus"))
    ev.add_argument("--corpus", type=Path, default=corpus, help="what `corpus:` in a gold file refers to (default: $BRIEFING_CORPUS or ../shared/corpus)")
    ev.add_argument("--content", type=Path, default=root / "content", help="the briefing whose gazetteer is used; `content:` in a gold file (default: content)")
    ev.add_argument("--misses", action="store_true", help="also list every extra, wrong and missed item")
    ev.set_defaults(run=_eval)


def _eval(args) -> None:
    from .evaluate import evaluate, table

    roots = {"corpus": args.corpus, "content": args.content, "fixtures": args.gold.parent / "fixtures"}
    scores = evaluate(args.gold, roots, args.content)
    for line in table(scores):
        print(line)
    if args.misses:
        for group in scores.values():
            for score in group.values():
                for miss in score.misses:
                    print(miss)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status = args.run(args)
    except BriefingError as err:
        print(f"briefing: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted; the previous site is untouched", file=sys.stderr)
        return 130
    return status or 0


if __name__ == "__main__":
    sys.exit(main())
