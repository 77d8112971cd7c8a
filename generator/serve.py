"""`briefing serve`: build, serve on localhost, rebuild on change, reload the browser.

MkDocs' own LiveReloadServer does the watching, serving and reloading (it injects its reload
script into served pages); the builder it calls is the whole briefing build, so a change to an
article, to configuration or to a template shows as it will be published. The spaCy model
stays loaded between rebuilds.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import BriefingError
from .render import PROJECT_TEMPLATES


def live_server(content: Path, out: Path, templates: Path | None, port: int, cache_dir: Path | None = None):
    """Build once, then a LiveReloadServer on 127.0.0.1 that rebuilds on change (not started)."""
    from mkdocs.livereload import LiveReloadServer

    from .pipeline import build

    def rebuild() -> None:
        try:
            report = build(content, out, templates=templates, cache_dir=cache_dir)
        except BriefingError as err:  # keep serving the last good site
            print(f"briefing: error: {err}")
            return
        for line in report.lines():
            print(line)

    build(content, out, templates=templates, cache_dir=cache_dir)
    server = LiveReloadServer(builder=rebuild, host="127.0.0.1", port=port, root=str(out))
    for folder in (content, templates, PROJECT_TEMPLATES):
        if folder and folder.is_dir():
            server.watch(str(folder))
    return server


def serve(content: Path, out: Path, templates: Path | None, port: int, cache_dir: Path | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    server = live_server(content, out, templates, port, cache_dir)
    try:
        server.serve()
    finally:
        server.shutdown()
