"""Configuration YAML that remembers where each key is, and checks against a small schema.

PyYAML's safe loader drops line numbers once the data is built; the loader here keeps the
node marks, so every finding about a key names its line. Schemas are plain dicts of key ->
Field; a hand-written checker (rather than jsonschema) because each finding needs the key's
line and a hint written for an editor, not a validator's path expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .decode import decode
from .errors import ArticleError, Problem


class Located(dict):
    """A mapping read from YAML, with its own line and the line of each key."""

    line: int = 1
    lines: dict


class LocatedList(list):
    line: int = 1
    lines: list


class LineLoader(yaml.SafeLoader):
    """Safe loader whose mappings and lists carry line numbers and reject duplicate keys."""


def _mapping(loader: LineLoader, node: yaml.MappingNode):
    data = Located()
    data.line, data.lines = node.start_mark.line + 1, {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool, date)) and key is not None:
            raise yaml.constructor.ConstructorError(None, None, "a key must be a plain value", key_node.start_mark)
        if key in data:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key `{key}`", key_node.start_mark)
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = key_node.start_mark.line + 1


def _sequence(loader: LineLoader, node: yaml.SequenceNode):
    data = LocatedList()
    data.line, data.lines = node.start_mark.line + 1, [n.start_mark.line + 1 for n in node.value]
    yield data
    data.extend(loader.construct_object(n, deep=True) for n in node.value)


def _timestamp(loader: LineLoader, node: yaml.ScalarNode):
    """A date-like scalar that is no calendar date (2025-13-01) stays text, for the schema to report."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


LineLoader.add_constructor("tag:yaml.org,2002:map", _mapping)
LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
LineLoader.add_constructor("tag:yaml.org,2002:seq", _sequence)


def load_yaml(raw: bytes | str, rel: str, line_offset: int = 0, loader: type = LineLoader) -> Any:
    """Parsed YAML (with key lines unless another safe `loader` is given, e.g. libyaml's for big
    metadata indexes); ArticleError (A111, with the line) when it is malformed."""
    text = raw if isinstance(raw, str) else decode(raw)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 (always a SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ArticleError("A111", f"malformed YAML: {reason}", "fix the YAML syntax at that line", line) from None


def read_yaml(path: Path, rel: str, problems: list[Problem]) -> Any:
    """A configuration file's data, or None with a C100 problem (file and line) when malformed."""
    try:
        return load_yaml(path.read_bytes(), rel)
    except ArticleError as err:
        problems.append(Problem(rel, err.line, "C100", "error", err.message, err.hint))
        return None


def line_of(data: Any, key: Any = None) -> int | None:
    """The line of `key` in a Located mapping (or of the mapping itself)."""
    if isinstance(data, Located):
        return data.lines.get(key, data.line) if key is not None else data.line
    if isinstance(data, LocatedList) and isinstance(key, int) and key < len(data.lines):
        return data.lines[key]
    return getattr(data, "line", None)


@dataclass(frozen=True)
class Field:
    """One key of a schema: what it must be, in words and as a check."""

    what: str  # "a text", "a date (YYYY-MM-DD)", ...
    check: Callable[[Any], bool]


def is_text(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


def is_date(v: Any) -> bool:
    if isinstance(v, date):
        return True
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def is_text_list(v: Any) -> bool:
    return isinstance(v, list) and all(is_text(x) for x in v)


def one_of(*choices: str) -> Field:
    return Field("one of " + ", ".join(f"`{c}`" for c in choices), lambda v: v in choices)


TEXT = Field("a text", is_text)
DATE = Field("a date (YYYY-MM-DD)", is_date)
BOOL = Field("true or false", lambda v: isinstance(v, bool))
TEXTS = Field("a list of texts", is_text_list)
INT = Field("a whole number", lambda v: isinstance(v, int) and not isinstance(v, bool))
URL = Field("an http(s) URL", lambda v: isinstance(v, str) and re.match(r"^https?://[^\s/]+", v) is not None)


def check_mapping(data: Any, schema: dict[str, Field], rel: str, where: str, problems: list[Problem]) -> dict[str, Any]:
    """The keys of `data` that match `schema`; unknown keys (C101) and wrong values (C102) reported."""
    if not isinstance(data, dict):
        problems.append(Problem(rel, line_of(data), "C103", "error", f"{where} is not a mapping of keys to values", "write `key: value` lines, indented under it"))
        return {}
    good: dict[str, Any] = {}
    for key, value in data.items():
        field = schema.get(key) if isinstance(key, str) else None
        if field is None:
            known = ", ".join(f"`{k}`" for k in schema)
            problems.append(Problem(rel, line_of(data, key), "C101", "warning", f"unknown key `{key}` in {where}", f"remove it or use one of {known}"))
        elif value is None:
            continue
        elif not field.check(value):
            problems.append(Problem(rel, line_of(data, key), "C102", "error", f"`{key}` in {where} should be {field.what}, not {value!r}", f"write `{key}:` with {field.what}"))
        else:
            good[key] = value.isoformat() if isinstance(value, date) else value
    return good
