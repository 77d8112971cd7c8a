"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, then the legacy encodings
common in conflict reporting (cp1251, koi8-u, koi8-r, cp1252, latin-1), chosen by
charset_normalizer. A UTF-8 file with a few damaged bytes is read as UTF-8 with those bytes
replaced (and a note saying where), not misread as a legacy encoding."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import ArticleError

LEGACY = ["cp1251", "koi8_u", "koi8_r", "cp1252", "latin_1"]
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    damaged_line: int | None = None  # first line where invalid UTF-8 bytes were replaced
    damaged: int = 0


def decode(raw: bytes) -> str:
    return decode_bytes(raw).text


def decode_bytes(raw: bytes) -> Decoded:
    """Decode an article or metadata file; raise ArticleError for binary or unknown text."""
    if raw.startswith(codecs.BOM_UTF8):
        return _utf8(raw[len(codecs.BOM_UTF8):], "utf-8-sig")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(raw.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise ArticleError("A108", "the file starts with a UTF-16 mark but is not UTF-16", "save the file as UTF-8") from None
    if b"\x00" in raw:
        raise ArticleError("A107", "binary file, not text", "remove it from the articles folder")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return _utf8(raw, "utf-8")
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY).best()
    if best is None:
        raise ArticleError("A108", "text in an unknown encoding", "save the file as UTF-8")
    return Decoded(str(best), best.encoding)


def _mostly_utf8(raw: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences outnumber invalid bytes three to one: damaged UTF-8
    (legacy Cyrillic text read as UTF-8 is almost all invalid)."""
    valid = len(_MULTIBYTE.findall(raw))
    invalid = raw.decode("utf-8", errors="replace").count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    return valid >= 1 and invalid * 3 <= valid


def _utf8(raw: bytes, encoding: str) -> Decoded:
    text = raw.decode("utf-8", errors="replace")
    clean = raw.decode("utf-8", errors="ignore")
    damaged = text.count("\ufffd") - clean.count("\ufffd")
    if not damaged:
        return Decoded(text, encoding)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
    return Decoded(text, encoding, line, damaged)
