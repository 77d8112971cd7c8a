"""`briefing new DIR`: a new briefing that builds at once.

The skeleton in `generator/scaffold/` is copied as it is: a content folder with one sample
article and commented configuration, a `templates/` folder for the briefing's own templates,
and a GitHub Actions workflow that checks, builds and publishes the site to GitHub Pages.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import BriefingError

SKELETON = Path(__file__).with_name("scaffold")


def scaffold(target: Path) -> list[Path]:
    """Copy the skeleton into `target` (absent or empty); the files created, sorted."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BriefingError(f"{target} already exists and is not empty: choose a new folder")
    shutil.copytree(SKELETON, target, dirs_exist_ok=True)
    return sorted(p.relative_to(target.parent) for p in target.rglob("*") if p.is_file())
