"""Broken files, one case each: decoded when the encoding can be known, else reported with
path (and line) and skipped; the site build never writes outside its folder and a failed build
leaves the previous site as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import write
from generator.decode import decode_bytes
from generator.errors import ArticleError, BriefingError
from generator.ingest import ingest
from generator.site import _swap, build_site, write_docs

UKRAINIAN = "Делегації зустрілися в Стамбулі в понеділок. Їхні переговори тривали дві години, є надія на обмін."


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_u", "utf-16", "utf-16-be", "utf-8-sig"])
def test_legacy_and_bom_encodings_decode_to_the_same_text(encoding):
    raw = UKRAINIAN.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    assert decode_bytes(raw).text == UKRAINIAN


def test_damaged_utf8_keeps_the_text_and_says_where():
    raw = "Talks ended.\nКиїв said ".encode() + b"\xff" + " Умєров agreed.".encode()
    decoded = decode_bytes(raw)
    assert decoded.text == "Talks ended.\nКиїв said \ufffd Умєров agreed."
    assert (decoded.damaged, decoded.damaged_line) == (1, 2)


@pytest.mark.parametrize("raw, code", [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "A107"), (b"ok\x00ok", "A107"), (b"\xff\xfe\x00\xd8", "A108")])
def test_binary_and_broken_utf16_are_refused(raw, code):
    with pytest.raises(ArticleError) as err:
        decode_bytes(raw)
    assert err.value.code == code


TEXT = "The delegations met in Istanbul on Monday, the ministry said.\n"


def test_unreadable_file_is_reported_and_skipped(tmp_path, monkeypatch):
    locked = write(tmp_path / "articles" / "locked.txt", TEXT)
    write(tmp_path / "articles" / "fine.txt", TEXT)
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads through chmod 000: give it the error anyone else gets
        original = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "Permission denied")) if self == locked else original(self))
    found = ingest(tmp_path)
    locked.chmod(0o644)
    assert [(p.path, p.code) for p in found.problems] == [("articles/locked.txt", "A103")]
    assert "Permission denied" in found.problems[0].message
    assert [a.path for a in found.articles] == ["articles/fine.txt"]


def test_over_size_limit_is_configurable(tmp_path):
    write(tmp_path / "articles" / "long.txt", TEXT * 100)
    assert not ingest(tmp_path).problems
    found = ingest(tmp_path, max_bytes=1000)
    assert [(p.path, p.code) for p in found.problems] == [("articles/long.txt", "A102")]


def test_links_leaving_the_folder_are_refused(tmp_path):
    outside = write(tmp_path / "private" / "notes.txt", TEXT)
    write(tmp_path / "private" / "notes.meta.yml", "title: Private\n")
    (tmp_path / "content" / "articles" / "sub").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "notes.txt").symlink_to(outside)
    (tmp_path / "content" / "articles" / "folder").symlink_to(tmp_path / "private", target_is_directory=True)
    write(tmp_path / "content" / "articles" / "sub" / "a.txt", TEXT)
    (tmp_path / "content" / "articles" / "sub" / "a.meta.yml").symlink_to(tmp_path / "private" / "notes.meta.yml")
    write(tmp_path / "content" / "articles" / "sub" / "b.txt", TEXT)
    (tmp_path / "content" / "articles" / "sub" / "metadata.yml").symlink_to(tmp_path / "private" / "notes.meta.yml")
    found = ingest(tmp_path / "content")
    codes = {p.path: p.code for p in found.problems}
    assert codes == {"articles/notes.txt": "A101", "articles/sub/a.txt": "A101", "articles/sub/metadata.yml": "A101"}
    assert [a.path for a in found.articles] == ["articles/sub/b.txt"]
    assert all("Private" not in (a.title or "") for a in found.articles)


def test_malformed_sidecar_is_reported_with_its_line(tmp_path):
    write(tmp_path / "articles" / "a.txt", TEXT)
    write(tmp_path / "articles" / "a.meta.yml", "source: Wire\ntitle: [unclosed\npublished: 2025-06-09\n")
    (problem,) = ingest(tmp_path).problems
    assert (problem.path, problem.code, problem.line) == ("articles/a.txt", "A111", 2)
    assert str(problem).startswith("articles/a.txt:2: error A111: a.meta.yml: malformed YAML")


def test_nothing_is_written_outside_the_docs_folder(tmp_path):
    for rel in ("../escape.md", "a/../../escape.md", "/etc/escape.md"):
        with pytest.raises(BriefingError, match="outside the output folder"):
            write_docs(tmp_path / "docs", {rel: "x"}, {})
    assert not (tmp_path / "escape.md").exists()


def previous_site(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    write(out / "index.html", "previous")
    return out


def test_a_failing_stage_leaves_the_previous_site(tmp_path, monkeypatch):
    import generator.site

    out = previous_site(tmp_path)

    def fail(site, language):
        assert (site / "index.html").exists()  # the new site was fully built aside
        raise OSError("disk full")

    monkeypatch.setattr(generator.site, "prune", fail)
    with pytest.raises(BriefingError, match="previous site left untouched: disk full"):
        build_site(out, "T", "en", None, lambda docs: write_docs(docs, {"index.md": "# T\n"}, {}), lambda site, warnings: None)
    assert (out / "index.html").read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_failed_swap_puts_the_previous_site_back(tmp_path, monkeypatch):
    out = previous_site(tmp_path)
    work = tmp_path / "work"
    new = write(work / "site" / "index.html", "new").parent
    original = Path.rename

    def rename(self, target):
        if self == new:
            raise KeyboardInterrupt
        return original(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(KeyboardInterrupt):
        _swap(new, out, work)
    assert (out / "index.html").read_text() == "previous"


def test_malformed_folder_index_is_a_warning_with_its_line_and_the_articles_still_read(tmp_path):
    write(tmp_path / "articles" / "a.txt", TEXT)
    write(tmp_path / "articles" / "metadata.yml", "a.txt:\n  source: Wire\n  title: 'unclosed\n")
    found = ingest(tmp_path)
    (problem,) = found.problems
    assert (problem.path, problem.code, problem.level, problem.line) == ("articles/metadata.yml", "A111", "warning", 3)
    assert [a.path for a in found.articles] == ["articles/a.txt"]
