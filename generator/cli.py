"""The `briefing` command: a thin layer over the pipeline that maps errors to exit codes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BriefingError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of news articles into a sourced briefing website that reads offline.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser(
        "build",
        help="build the briefing website",
        description="Read CONTENT/articles, extract and group what they report, and build the site into OUT.",
    )
    build.add_argument("--content", type=Path, default=Path("content"), help="the briefing's content folder (default: content)")
    build.add_argument("--out", type=Path, default=Path("site"), help="where the website is written (default: site)")
    build.add_argument("--strict", action="store_true", help="fail on any skipped article or warning")
    build.add_argument("--templates", type=Path, default=None, help="a folder of templates overriding the built-in ones")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            from .pipeline import build

            report = build(args.content, args.out, strict=args.strict, templates=args.templates)
            for line in report.lines():
                print(line)
            print(f"built {args.out}/index.html")
    except BriefingError as err:
        print(f"briefing: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted; the previous site is untouched", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
