"""axe-core on every page kind, in the light and the dark scheme: no serious or critical
violation, and none at all of the rules about headings, landmarks, link text and contrast."""

from __future__ import annotations

import pytest

from reading import open_page, page_kinds, use_scheme

pytestmark = pytest.mark.e2e

# rules a reader of this site depends on: fail on these whatever impact axe gives them
ALWAYS = {"heading-order", "page-has-heading-one", "landmark-one-main", "landmark-unique", "region",
          "link-name", "link-in-text-block", "color-contrast", "html-has-lang", "html-lang-valid", "document-title"}
SCHEMES = {"light": "default", "dark": "slate"}


def axe_violations(page, axe_source: str) -> list[dict]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical") or v["id"] in ALWAYS]


def describe(violations: list[dict]) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}" for v in violations]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_accessibility_violations(site, reader, axe_source, scheme):
    name, out, data = site
    page = reader.page
    problems = []
    for kind, path in page_kinds(data).items():
        open_page(reader, out, path)
        use_scheme(page, SCHEMES[scheme])
        problems += [f"{kind}: {p}" for p in describe(axe_violations(page, axe_source))]
    assert problems == []
    assert reader.outside == []


def test_palette_choice_follows_the_reader(sample_site, reader):
    """The scheme chosen with the toggle holds on the next page."""
    out, data, _ = sample_site
    page = reader.page
    for scheme in ("slate", "default"):
        open_page(reader, out, "index.html")
        use_scheme(page, scheme)
        open_page(reader, out, "timeline.html")
        assert page.get_attribute("body", "data-md-color-scheme") == scheme
