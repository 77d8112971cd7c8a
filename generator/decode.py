"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, then the legacy encodings
common in conflict reporting, chosen by charset_normalizer."""

from __future__ import annotations

import codecs

from .errors import ArticleError


def decode(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise ArticleError("A107", "binary file, not text", "remove it from the articles folder")
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1251", "koi8_u", "koi8_r", "cp1252", "latin_1"]).best()
    if best is None:
        raise ArticleError("A108", "text in an unknown encoding", "save the file as UTF-8")
    return str(best)
