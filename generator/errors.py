"""Problems found in content: where, what is wrong, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    code: str
    level: str  # error | warning
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.level} {self.code}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class BriefingError(Exception):
    """A failure that stops the build; its message is one line for the user."""


class ArticleError(Exception):
    """An article that cannot be read; it is skipped and reported."""

    def __init__(self, code: str, message: str, hint: str = "", line: int | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.line = line
