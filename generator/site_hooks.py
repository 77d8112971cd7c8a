"""MkDocs hooks: escape the site name, and sanitise each page's HTML as a second line of defence.

Untrusted text is already escaped when it enters Markdown; nh3 then removes anything
executable from the rendered page content in case a template or rule let markup through.
The theme prints `site_name` raw in text and in an `aria-label` attribute, so it is escaped
once here and marked safe, which keeps the theme's own `| e` from escaping it twice.
"""

from __future__ import annotations

import nh3
from markupsafe import escape

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "img", "li", "ol", "p", "pre", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "th", "thead", "time", "tr", "ul", "div", "figure", "figcaption", "small", "details", "summary",
}
ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "style"},
    "th": {"align", "style"},
    "time": {"datetime"},
    "li": {"data-type", "data-story"},
}


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel=None,
        strip_comments=True,
    )


def on_config(config):
    config["site_name"] = escape(config["site_name"])
    return config


def on_page_content(html, page, config, files):
    return sanitize(html)
