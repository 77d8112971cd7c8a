"""Strip page furniture from raw text scrapes, keeping the article's own text whole.

Rules, in order:
1. Furniture lines (ads, share prompts, "Also Read" teasers, cookie and newsletter prompts,
   "N min read", AI-summary blocks, share links, breadcrumbs, timed bylines, photo captions
   and author notes, tag lists run together) are dropped.
2. A tail marker ("Previous Story", "Don't Miss", "Latest from …") ends the article: what
   follows is other stories.
3. After an "Also Read" teaser, lines that share little vocabulary with the article so far
   are headlines of other stories and are dropped until the article resumes.
4. Teasers cut off with an ellipsis are dropped.
5. Photo captions run into a flattened article ("... Tuesday, Aug. 23, 2022. (AP Photo/Name)")
   are cut out of it, and so are the credits and follow prompts that close a flattened story
   ("Jane Roe in Kyiv contributed to this report.", "Follow Jane Roe at https://…").
6. Repeated paragraphs (exact, or a standfirst repeated in full later) are kept once, in the
   longer form, and so are sentences a flattened paragraph repeats.
Metadata the furniture reveals (byline, dateline, the outlet named in its footer, the agency
credited) is returned as hints so that ingest can fill in what the metadata lacks.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import takewhile

from .charclass import category_pattern

_DROP = [
    r"advertisement( - scroll to continue)?",
    r"skip to (main )?content",
    r"(share|share this( article| story)?|share on \w+|print|email|comments?)",
    r"follow us:?",
    r"follow .{0,60}\bcoverage\b.*",
    r"24/7 coverage of .*",
    r"go ?to ?top",
    r"read more(:.*)?",
    r"\d+ min(ute)?s? read",
    r"summary is ai generated.*",
    r"(we|this (web)?site) uses? cookies.*",
    r"(accept|reject|manage)( all)? cookies.*",
    r"(sign up|subscribe)( now)?( to| for)? .*newsletter.*",
    r"(click here|download the app|open in app).*",
    r"(photo|image|video):? .{0,60}(getty|reuters|ap|afp)( images)?",
    r"(main )?menu|navigation|search|log ?in|sign ?in|home",
]
# capitalised names joined by commas and "and", with an optional "in Place": "Jane Roe and John Doe in Kyiv"
_NAME = r"(?-i:[A-Z][\w.'’-]*)(?: (?-i:[A-Z][\w.'’-]*))*"
_NAMES = rf"{_NAME}(?:(?:,| and|, and) {_NAME})*(?: in {_NAME})?"  # one way to split: no backtracking blow-up
_TAIL = [
    r"previous story",
    r"next story",
    r"latest from.*",
    r"don'?’?t miss",
    r"related (stories|articles|news)",
    r"more (stories )?from .*",
    r"you may also like",
    r"most (read|popular)",
    r"trending( now)?",
    r"track latest news live on .*",
    r"listen to the latest songs.*",
    # a wire credit line closes the story: "Reporting by Jane Roe in Geneva; Editing by John Doe"
    r"(?:(?:^|[;,]? *)(?:additional )?(?:reporting|writing|editing) by " + _NAMES + r")+\.?",
]
_TEASER = re.compile(r"^also read\b", re.I)
_SUMMARY_BLOCK = re.compile(r"^(quick read|in short|key points|highlights|story highlights)$", re.I)
_BULLET = re.compile(r"^([-•*–]|\d+[.)])\s+")
_CREDIT = re.compile(r"^\((?:with )?inputs? from ([^)]+)\)$", re.I)
_BYLINE = re.compile(r"^by ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s*(?:[·|,–-]\s*(.+?))?$")
# "written by Jane Doe 10:41 AM February 5, 2026": a byline with its time stamp
_TIMED_BYLINE = re.compile(r"^(?:written |words |story )?by ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) \d{1,2}:\d{2} ?[ap]\.?m\.?\b.*$", re.I)
# a photo caption or an author's note: "... (Agency photo/Name)", "_Jane Doe writes for ..._"
_CAPTION = re.compile(r"\((?:[\w .&'’-]+ )?photo(?:/| by )[^)]*\)_?$|^_.*\bwrites for\b.*_$", re.I)
# the credit that ends a photo caption run into a flattened article: "(AP Photo/Jane Doe, File)",
# "(Presidential Press Office via AP)", "Photograph: Jane Doe/Reuters"
_CREDIT_IN_TEXT = re.compile(
    r"\s*(?:\((?:[A-Z][\w.&'’-]*\s)*[Pp]hoto(?:/[^)]*|\sby\s[^)]*|, File)?\)"
    r"|\([^()]{0,80}\bvia (?:AP|AFP|Reuters|Getty Images|EPA|Sputnik|TASS)(?:, File)?\)"
    r"|\bPhotograph: [A-Z][^/.]{1,60}/[A-Z][\w-]*(?:/[\w-]+)*(?: Images| Guardian| Observer)?)\s*"
)
_MONTH_DAY_YEAR = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# a caption's own first words: "FILE - ...", "In this photo ..."
_FILE_CAPTION = re.compile(r"^(?:FILE\s*[-–—]|In this (?:photo|image|handout))")
# a sentence that ends on a place, then the date and year, is a caption even without its credit:
# "... in Mariupol, Ukraine, March 1, 2022.", "... in Lviv, Ukraine Saturday, May 14, 2022."
_CAPTION_DATELINE = re.compile(
    r", (?:[a-z]+ )?(?!" + _WEEKDAY + r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*,? "
    r"(?:" + _WEEKDAY + r",? )?" + _MONTH_DAY_YEAR + r"\.?$"
)
# what opens a caption: its own first words, one who "poses for a photo", a place then weekday,
# date and year (", Ukraine, Tuesday, Aug. 23, 2022"), unlike article prose ("on Thursday, Feb. 24, 2022")
_CAPTION_OPENING = re.compile(
    _FILE_CAPTION.pattern + r"|\bposes? for a (?:photo|picture|portrait)\b|, (?:early |late )?" + _WEEKDAY + r",? " + _MONTH_DAY_YEAR + r"\b"
)
# a sentence crediting reporters, which names them as nothing else in the story does:
# "Associated Press writers Jane Roe in Kyiv, Ukraine, and John Doe contributed to this report."
_REPORTERS = r"(?:writers?|reporters?|journalists?|correspondents?|photographers?)"
_CONTRIBUTORS = re.compile(
    r"^[_—–-]*\s*(?!The )(?P<who>(?:[A-Z][\w.'’-]*|and|in|the|around|world|" + _REPORTERS + r")"
    r"(?:,? (?:[A-Z][\w.'’-]*|and|in|the|around|world|" + _REPORTERS + r"))*),?"
    r" contributed(?P<what> reporting| to this (?:report|story|article))?(?: from [A-Z][\w'’-]+(?:, [A-Z][\w'’-]+)?)?\.?$"
)
# a wire story's closing line on where its reporters wrote from: "___ Jane Roe reported from Berlin."
_REPORTED_FROM = re.compile(r"^[_—–-]*\s*[A-Z][\w'’-]+(?:(?:,|,? and) [A-Z][\w'’-]+)* reported from [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*\.?$")
# without "to this report", the credit names reporters by trade or by name and town ("Jane Roe in Kyiv")
_NAMED_REPORTERS = re.compile(r"\b" + _REPORTERS + r"\b|[A-Z][\w'’-]+ [A-Z][\w'’-]+ in [A-Z]")
# "Follow Jane Roe at https://twitter.com/janeroe", "Follow AP's coverage of the war at https://…",
# "Follow all of AP's coverage of Africa: https://…"
_FOLLOW = re.compile(
    r"^[_—–-]*\s*(?:Follow|More AP) (?:[^.]|\.\S){1,80}(?: at|:) https?://\S+(?: and (?:(?:[^.]|\.\S){1,80} at )?https?://\S+)*$"
)  # "… at https://… and of the war at https://…", "More AP boxing: https://… and https://…"
# a site's copyright notice or promotion closing a flattened story: "© 2022 BBC. The BBC is not
# responsible for the content of external sites. …", "Find BBC News: East of England on Facebook,
# Instagram and Twitter. If you have a story suggestion email …", "Watch the full interview on
# BBC World News on Wednesday, or watch again on BBC iPlayer (UK only)", "Follow BBC South on
# Facebook, Twitter, or Instagram. Send your story ideas to …"
# a video's credits: "Video produced by Jane Roe and John Doe © 2022 BBC", "Filmed by Jane Roe
# Produced and edited by John Doe"; a story's own "Produced by Russia and Iran." is none (no
# "Video" or "Filmed" first, no copyright after)
_BY = r"(?: and (?:produced|edited|filmed))?(?: (?:produced|edited|filmed))? by " + _NAMES
_VIDEO_CREDIT = r"(?:Videos?|Filmed|Produced|Edited)" + _BY
_COPYRIGHT = r" © ?\d{4} [\w .,&'’-]{1,40}"
_NOTICE = re.compile(
    rf"^(?:(?:Videos?|Filmed){_BY}(?: {_VIDEO_CREDIT})*(?:{_COPYRIGHT})?|{_VIDEO_CREDIT}(?: {_VIDEO_CREDIT})*{_COPYRIGHT})\.?$|"
    r"^(?:© ?\d{4}(?:-\d{4})? [\w .,&'’-]{1,60}|All rights reserved|.{1,40} is not responsible for the content of external (?:web)?sites"
    r"|Read about our approach to external linking|Find [\w .&'’-]{1,40}: [\w .,&'’-]{1,60} on (?:Facebook|Instagram|Twitter)[\w ,]{0,40}"
    r"|If you have a story (?:suggestion|idea),? email \S+?"
    r"|Follow [\w .&'’-]{1,40} on (?:Facebook|Twitter|Instagram)\b[\w ,&]{0,80}|Send your story ideas to:? \S+?"
    r"|(?:Viewers in the UK can )?[Ww]atch [^.]{0,140}\bon BBC (?:iPlayer|One|Two|World News|News Channel)\b[^.]{0,140})\.?$"
)
_LINK_END = re.compile(r"(https?://\S+)\s+(?=[A-Z])")  # a web address before a capital: taken to end a sentence with no stop
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\"”’])\s+(?=[A-Z\"“‘©])|\s+(?:_{3,}|—-)\s*|\s+(?:\*\s*){3,}|\s+(?=FILE\s*[-–—]\s)")
_ABBREVIATION = re.compile(r"\b(?:St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Rev|Jr|Sr|(?<![A-Z]\.)[A-Z])\.$")  # not "U.S."
CAPTION_SENTENCES = 4  # a caption run into the text opens within this many sentences of its credit ...
FILE_CAPTION_SENTENCES = 8  # ... or within this many when it opens with its own first words ("FILE -")
_CLOSED_CREDIT = re.compile(r"\)(?:\s+[A-Z]|$)")  # "… 2022. (Jane Roe/Example Wire) The governor said …"
REPEATED_WORDS = 8  # a sentence this long said twice in one paragraph is a scrape's repeat
_ACUTE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])´(?=[A-Za-z])")
# a link to a related story set into a flattened one between wide gaps: "…   Related: How the
# grain deal came together   The ministry said …"
_RELATED = re.compile(r" {2,}(Related: [^\n]{1,200}?)(?: {2,}|$)")
# an embedded social-media post a flattened story keeps, set off from the text after it by a wide
# gap: "… BREAKING: Her lawyer tells @NBCNews the notion is "disturbing"   The ambassador said …",
# "… We've asked the Court's permission … #LetLevSpeak   Parnas complied …"
_WIDE_GAP = re.compile(r" {2,}")
# a handle or hashtag, also ".@Name" (a reply made public); not "press@un.org", nor "shared it with the hashtag #X"
_HANDLE = re.compile(r"(?<![\w@])(?<!\w\.)(?<!hashtag )(?<!hashtags )\.?[@#][A-Za-z]\w*")
POST_LEAD_WORDS = 6  # words before a colon that make it the story's own lead-in to a post ("…, she lamented on Twitter: …")
_POST_BREAK = re.compile(r"(?<=[.!?\"”’])\s+(?=[A-Z\"“‘'©@#]|\.@)")  # a post may open with a straight mark or a handle
POST_CHARS = 400  # a post is no longer than this (280 characters, and the poster's name)
# a wire story's exchange-rate note, no part of the story: "($1 = 0.9918 euros)"
_RATE_NOTE = re.compile(r"\s*\((?:[$£€¥]|US\$)\s?1 = [\d.,]+ [A-Za-z]+(?: [A-Za-z]+)?\)")
_LINK = re.compile(r"\[[^\]]*\]\([^)\s]*\)?|<?https?:/{1,2}\S+>?")
_JOINED = re.compile(r"[a-z][A-Z]")
_DATELINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"(?:\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?\d{4}$",
    re.I,
)
_FOOTER_OUTLET = [
    re.compile(r"[…\.]\s*reports ([A-Z][\w&]*(?: [A-Z][\w&]*){0,4})\s*$"),
    re.compile(r"live on ([A-Z][A-Za-z]+)\.com", re.I),
]
_STOP = set(
    "about after also been before being between both could their there these those through "
    "which while with would from have into more most other over said says that them they this "
    "were what when will your than then only such very just like".split()
)
_ELLIPSIS = ("…", "...")
CHROME_WORDS = 80  # a line longer than this is article text (captions inside it are cut out) ...
CAPTION_WORDS = 150  # ... unless, up to this long, it is one caption ending in its credit


@dataclass
class Cleaned:
    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)
    hints: dict[str, str] = field(default_factory=dict)
    cited: list[str] = field(default_factory=list)


def _full(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.I)


_DROP_RE = _full(_DROP)
_TAIL_RE = _full(_TAIL)


def _unwanted() -> tuple[re.Pattern, re.Pattern]:
    """Control, format, surrogate and private-use characters but tab and newline (dropped);
    space separators but the plain space, and tab (made plain spaces)."""
    drop = category_pattern(frozenset({"Cc", "Cf", "Cs", "Co"}), without=frozenset({0x09, 0x0A}))
    return drop, category_pattern(frozenset({"Zs"}), without=frozenset({0x20}), plus=frozenset({0x09}))


def normalize(text: str) -> str:
    """NFC, no control characters but newlines, no non-breaking or zero-width spaces; an acute
    accent between letters is the apostrophe a scrape mistook it for ("Ukraine´s", "don´t")."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    drop, space = _unwanted()
    return _ACUTE_APOSTROPHE.sub("’", drop.sub("", space.sub(lambda m: " " * len(m.group()), text)))


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z][a-z'’-]{3,}", text.lower()) if w not in _STOP}


def _off_topic(line: str, body: set[str]) -> bool:
    words = _words(line)
    if not words:
        return True
    return len(words & body) / len(words) < 0.25


def clean(text: str) -> Cleaned:
    """Split a raw scrape into the article's paragraphs and what was removed."""
    result = Cleaned(paragraphs=[])
    lines = [re.sub(r" {2,}", " ", _without_posts(_without_related(ln, result.removed), result.removed)).strip() for ln in normalize(text).split("\n")]
    body_words: set[str] = set()
    in_summary = summary_bullets = after_teaser = False
    for number, line in enumerate(lines):
        if not line:
            in_summary = False
            continue
        key = line.rstrip(":").strip()
        if _TAIL_RE.match(key) or _TAIL_RE.match(line):
            _hint_outlet(line, result)
            result.removed.extend(ln for ln in lines[number:] if ln)
            break
        if _SUMMARY_BLOCK.match(key):
            in_summary, summary_bullets = True, False
            result.removed.append(line)
            continue
        if in_summary:
            bullet = bool(_BULLET.match(line))
            ends = _is_dateline_place(line) or (summary_bullets and not bullet)
            if not ends:
                summary_bullets = summary_bullets or bullet
                result.removed.append(line)
                continue
            in_summary = False
        if _TEASER.match(line):
            result.removed.append(line)
            after_teaser = True
            continue
        if after_teaser and (_off_topic(line, body_words) or line.endswith(_ELLIPSIS)):
            result.removed.append(line)
            continue
        after_teaser = False
        if credit := _CREDIT.match(line):
            result.cited.append(credit.group(1).strip())
            result.removed.append(line)
            continue
        if _DROP_RE.match(key) or _DROP_RE.match(line) or line.endswith(_ELLIPSIS) or _is_nav(line) or _is_chrome(line):
            result.removed.append(line)
            continue
        if byline := _TIMED_BYLINE.match(line):
            result.hints.setdefault("author", byline.group(1))
            result.removed.append(line)
            continue
        if byline := _BYLINE.match(line):
            result.hints.setdefault("author", byline.group(1))
            if byline.group(2):
                outlet, marker = _split_summary_marker(byline.group(2))
                if outlet:
                    result.hints.setdefault("source", outlet)
                in_summary, summary_bullets = bool(marker), False
            result.removed.append(line)
            continue
        if _DATELINE.match(line):
            result.hints.setdefault("dateline", line)
            result.removed.append(line)
            continue
        result.removed += [note.strip() for note in _RATE_NOTE.findall(line)]
        line = _RATE_NOTE.sub("", line).strip()
        line = _without_repeats(_without_credits(_without_captions(line, result.removed), result.removed), result.removed)
        if not line:
            continue
        _hint_outlet(line, result)
        result.paragraphs.append(line)
        body_words |= _words(line)
    result.paragraphs = _dedupe(result.paragraphs, result.removed)
    return result


def _without_related(line: str, removed: list[str]) -> str:
    """Cut the links to related stories a flattened story holds between wide gaps."""
    removed += [link.group(1) for link in _RELATED.finditer(line)]
    return _RELATED.sub(" ", line)


def _without_posts(line: str, removed: list[str]) -> str:
    """Cut the social-media posts a flattened story embeds: a stretch that ends at a wide gap,
    opening with the sentence of its first @handle or #hashtag (after the story's own lead-in
    to it, when that sentence opens with one), no longer than a post."""
    pieces = _WIDE_GAP.split(line)
    kept = []
    for k, piece in enumerate(pieces):
        sentences = _sentences(piece, _POST_BREAK)
        first = next((i for i, sentence in enumerate(sentences) if _HANDLE.search(sentence)), None)
        if k == len(pieces) - 1 or first is None:
            kept.append(piece)
            continue
        opening = sentences[first]
        colon = opening.rfind(": ", 0, _HANDLE.search(opening).start())
        lead = opening[:colon + 1] if colon >= 0 and len(opening[:colon].split()) >= POST_LEAD_WORDS else ""
        post = " ".join([opening[len(lead):].strip(), *sentences[first + 1:]])
        if len(post) <= POST_CHARS and post.count("”") <= post.count("“"):  # not the end of the story's own quotation
            removed.append(post)
            piece = " ".join([*sentences[:first], lead]).strip()
        kept.append(piece)
    return "  ".join(kept)


def _is_chrome(line: str) -> bool:
    """Share links ("[](https://…)"), a breadcrumb ("Home WorldEurope Headline"), a short tag
    list run together ("AnniversaryMajor Archbishop …beliefRussia …") or a photo caption. A
    long line is article text (flattened scrapes hold whole articles, captions included) unless
    it is one long caption ending in its credit, as 2026 crawls have them."""
    if len(_LINK.sub(" ", line).split()) <= 2 and line != _LINK.sub(" ", line):
        return True
    words = line.split()
    if len(words) > CHROME_WORDS:  # article text, unless one long caption on its own line
        return len(words) <= CAPTION_WORDS and bool(_CAPTION.search(line)) and len(_CREDIT_IN_TEXT.findall(line)) == 1
    if words[0].lower() == "home" and len(words) > 1 and (_JOINED.search(words[1]) or words[1] in (">", "»", "/", "|", "›")):
        return True
    joined = sum(1 for w in words if _JOINED.search(w) and w[:2] not in ("Mc", "Ma"))
    if joined >= 2 and not re.search(r"[.!?\"”]$", line):
        return True
    return bool(_CAPTION.search(line))


def _without_captions(line: str, removed: list[str]) -> str:
    """Cut photo captions run into a flattened article. Each ends with its credit and opens at
    the earliest of its last few sentences that opens like a caption ("FILE -", a dateline with
    weekday and year), or else at the last "FILE -" a few sentences further back (not past a
    parenthesis closing before a capital or at a sentence's end, maybe another caption's
    credit), or else is the one sentence before the credit."""
    kept, start = [], 0
    for credit in _CREDIT_IN_TEXT.finditer(line):
        sentences = _sentences(line[start : credit.start()])
        tail = range(max(0, len(sentences) - CAPTION_SENTENCES), len(sentences))
        back = range(len(sentences) - 1, max(0, len(sentences) - FILE_CAPTION_SENTENCES) - 1, -1)
        longer = takewhile(lambda i: not _CLOSED_CREDIT.search(sentences[i]), back)
        opening = next(
            (i for i in tail if _CAPTION_OPENING.search(sentences[i])),
            next((i for i in longer if _FILE_CAPTION.match(sentences[i])), len(sentences) - 1),
        )
        kept += sentences[:opening]
        removed.append(" ".join(sentences[opening:]) + " " + credit.group().strip())
        start = credit.end()
    kept.append(line[start:])
    return " ".join(s for s in kept if s.strip()).strip()


def _without_credits(line: str, removed: list[str]) -> str:
    """Cut the sentences that credit reporters, ask to follow them or give the site's copyright
    notice, which a flattened story keeps inside its last paragraph, and captions that lost their
    credit but end on their place and date."""
    sentences = _sentences(line)
    kept = []
    for sentence in sentences:
        furniture = _credits(sentence) or _FOLLOW.match(sentence) or _NOTICE.match(sentence) or _CAPTION_DATELINE.search(sentence)
        (removed if furniture else kept).append(sentence)
    return line if len(kept) == len(sentences) else " ".join(kept)


def _credits(sentence: str) -> bool:
    match = _CONTRIBUTORS.match(sentence)
    return bool(match and (match.group("what") or _NAMED_REPORTERS.search(match.group("who")))) or bool(_REPORTED_FROM.match(sentence))


def _without_repeats(line: str, removed: list[str]) -> str:
    """A paragraph whose scrape repeats a passage keeps it once: a sentence of eight words or
    more that the paragraph already said is dropped, unless that would leave a quotation mark
    unpaired."""
    sentences = _sentences(line)
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        balanced = sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”") and sentence.count("‘") == sentence.count("’")
        if len(sentence.split()) >= REPEATED_WORDS and sentence in seen and balanced:
            removed.append(sentence)
            continue
        seen.add(sentence)
        kept.append(sentence)
    return line if len(kept) == len(sentences) else " ".join(kept)


def _sentences(text: str, breaks: re.Pattern[str] = _SENTENCE_BREAK) -> list[str]:
    """Rough sentences, enough to find where a caption opens: not after "St." or an initial; a
    web address that ends a sentence with no stop ends it ("… at https://apnews.com/hub/x
    Associated Press journalists … contributed.")."""
    out: list[str] = []
    for piece in (p for chunk in _LINK_END.sub("\\1\n", text).split("\n") for p in breaks.split(chunk)):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def _is_nav(line: str) -> bool:
    """'Home | World | Europe': short items joined by separators are a navigation bar."""
    items = [i for i in re.split(r"\s+[|·»>/]\s+", line) if i]
    return len(items) >= 3 and all(len(i.split()) <= 3 for i in items)


def _split_summary_marker(text: str) -> tuple[str, str]:
    """'India TodayIn Short' -> ('India Today', 'In Short'): a summary box glued to a byline."""
    match = re.search(r"(in short|quick read|highlights)$", text, re.I)
    if not match:
        return text.strip(), ""
    return text[: match.start()].strip(), match.group(1)


def _is_dateline_place(line: str) -> bool:
    """'Istanbul, Turkey:' opens the article's own text after a summary box."""
    return bool(re.match(r"^[A-Z][\w .'’-]{1,40}(, [A-Z][\w .'’-]{1,40})?:$", line))


def _hint_outlet(line: str, result: Cleaned) -> None:
    for pattern in _FOOTER_OUTLET:
        if match := pattern.search(line):
            result.hints.setdefault("source", match.group(1).strip())
            return


def _comparable(paragraph: str) -> str:
    text = paragraph.lower()
    for mark in _ELLIPSIS:
        if mark in text:
            text = text.split(mark)[0]
    return re.sub(r"\W+", " ", text).strip()


def _similar(short: str, long_: str) -> bool:
    """Near-identical wording; word overlap screens pairs before the costly character diff."""
    if not short or not long_ or len(short) / len(long_) <= 0.7:
        return False
    a, b = set(short.split()), set(long_.split())
    if len(a & b) / len(a | b) < 0.5:
        return False
    return difflib.SequenceMatcher(None, short, long_, autojunk=False).ratio() > 0.8


def _repeats(short: str, long_: str, long_sentences: list[str]) -> bool:
    """The shorter paragraph is the longer one's opening, or one of its sentences reworded."""
    return (
        long_.startswith(short)
        or _similar(short, long_)
        or any(_similar(*sorted((short, s), key=len)) for s in long_sentences if s)
    )


def _dedupe(paragraphs: list[str], removed: list[str]) -> list[str]:
    """Keep each repeated paragraph once, in its longest form."""
    keys = [_comparable(p) for p in paragraphs]
    sentences = [
        [_comparable(s) for s in re.split(r"(?<=[.!?…])\s+", p)] for p in paragraphs
    ]
    dropped: set[int] = set()
    for i, a in enumerate(keys):
        if i in dropped or len(a) < 40:
            continue
        for j in range(i + 1, len(keys)):
            b = keys[j]
            if j in dropped or len(b) < 40:
                continue
            loser = i if len(a) < len(b) else j
            short, long_ = (a, b) if loser == i else (b, a)
            if _repeats(short, long_, sentences[j if loser == i else i]):
                dropped.add(loser)
                if loser == i:
                    break
    removed.extend(paragraphs[i] for i in sorted(dropped))
    return [p for i, p in enumerate(paragraphs) if i not in dropped]
