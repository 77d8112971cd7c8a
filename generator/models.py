"""The records that flow through the pipeline: Article -> Summary -> Event -> Briefing.

Every record is a frozen dataclass of plain values, so it can be cached as JSON
and compared byte for byte. Dates are ISO strings (YYYY-MM-DD) or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Copy:
    """Another file carrying (nearly) the same text as an article: shown as one of its outlets."""

    id: str
    path: str
    title: str
    source: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class Conflict:
    """The briefing's conflict as extraction reads it: its name ("Russia–Ukraine war"), whose
    words tell its war from others, and the day it began, which days of the war count from."""

    name: str = ""
    start: str | None = None


@dataclass(frozen=True)
class Article:
    """One article as read from disk, page furniture removed."""

    id: str
    path: str  # relative to the content folder, POSIX separators
    title: str
    source: str | None
    published: str | None
    url: str | None
    author: str | None
    language: str
    paragraphs: tuple[str, ...]
    sha256: str
    inferred: tuple[str, ...] = ()  # metadata fields read from the text itself
    removed: tuple[str, ...] = ()  # lines dropped as page furniture
    cited: tuple[str, ...] = ()  # agencies credited in the text ("Inputs from Reuters")
    editorial: tuple[tuple[str, object, int], ...] = ()  # (key, value, line) of editorial front matter
    unknown: tuple[tuple[str, int], ...] = ()  # (key, line) of front-matter keys briefing does not know
    copies: tuple[Copy, ...] = ()  # the same text published elsewhere (wire copy, re-publication)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    text: str
    space: bool = True  # whitespace followed it in the article ("Monday.!" has none)


@dataclass(frozen=True)
class EntityRef:
    """A canonical entity named in an article, with the sentences naming it."""

    name: str
    type: str  # person | organization | place
    count: int
    sentences: tuple[int, ...]
    aliases: tuple[str, ...] = ()  # surface forms seen in the text


@dataclass(frozen=True)
class DateRef:
    text: str
    date: str | None  # resolved calendar date, None when it cannot be resolved
    precision: str | None  # day | week | month | year
    relation: str  # past | future | duration
    sentence: int


@dataclass(frozen=True)
class Figure:
    value: float
    text: str  # the figure as a reader says it: "at least 1,200 prisoners of war"
    counts: str  # what the number counts: "prisoners of war"
    qualifier: str | None  # at least | more than | about | ...
    sentence: int


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    sentence: int
    kind: str = "direct"  # direct (in quotation marks) | reported ("Medinsky stated that ...")


@dataclass(frozen=True)
class Mention:
    """A sentence of an article that reports or mentions a happening."""

    type: str
    date: str
    precision: str
    trigger: str  # the words that typed it
    places: tuple[str, ...]
    people: tuple[str, ...]
    sentence: int
    kind: str  # report (first-hand, near publication) | mention (background)


@dataclass(frozen=True)
class Summary:
    article_id: str
    title: str
    sentences: tuple[Sentence, ...]
    lede: tuple[int, ...]  # indexes of the extractive summary sentences
    entities: tuple[EntityRef, ...]
    dates: tuple[DateRef, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Citation:
    """One article sentence an event rests on."""

    article_id: str
    sentence: int
    text: str
    kind: str  # report | mention


@dataclass(frozen=True)
class Account:
    """One source's value for a quantity, with the sentence it is read from."""

    article_id: str
    sentence: int
    text: str  # the figure as written: "nearly five hours"
    value: float


@dataclass(frozen=True)
class Disagreement:
    """Sources giving different values for the same quantity of one event."""

    about: str  # what is counted: "duration", "prisoners of war"
    accounts: tuple[Account, ...]


@dataclass(frozen=True)
class Event:
    id: str
    date: str
    precision: str
    type: str
    title: str
    places: tuple[str, ...]
    people: tuple[str, ...]
    citations: tuple[Citation, ...]
    venue: str | None = None  # where it happened: the place its sentences put it "in", "at" or "near"
    story: str | None = None  # id of the story it belongs to
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({c.article_id for c in self.citations}))


@dataclass(frozen=True)
class Story:
    """Events that belong together (rounds of talks in one venue, a proposal and its responses)."""

    id: str
    title: str
    family: str  # talks | ceasefire | exchanges | strikes | sanctions | aid
    events: tuple[str, ...]  # event ids, oldest first
    places: tuple[str, ...]


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    articles: tuple[str, ...]
    home: str | None = None  # the rest comes from sources.yml
    country: str | None = None
    kind: str | None = None  # wire agency | public broadcaster | state-affiliated | independent
    notes: str | None = None


@dataclass(frozen=True)
class Entity:
    """A canonical entity across the whole briefing."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: tuple[str, ...]
    role: str | None = None


@dataclass(frozen=True)
class Editorial:
    """What an editor wrote about one page: a summary, a note, and whether it is pinned home."""

    summary: str | None = None
    note: str | None = None
    pinned: bool = False


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    language: str
    articles: tuple[Article, ...]
    summaries: dict[str, Summary] = field(compare=False)
    events: tuple[Event, ...]
    sources: tuple[Source, ...]
    entities: tuple[Entity, ...]
    editorial: dict[str, Editorial] = field(default_factory=dict, compare=False)  # page path (no .md) -> Editorial
    stories: tuple[Story, ...] = ()
