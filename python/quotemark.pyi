"""Finds quotations, their speakers and the named entities of news text.

The reports are the output contract (version 1; changes are additive) as plain dicts and lists,
exactly the JSON the command line prints.
"""

from typing import Iterable, Literal, TypedDict

__version__: str
MAX_INPUT_BYTES: int
"""The largest text analysed, in UTF-8 bytes (32,000,000)."""

OffsetUnit = Literal["chars", "utf16", "bytes"]
EntityType = Literal["PERSON", "ORG", "PLACE", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "NUMBER"]
SpeakerKind = Literal["person", "organization", "group", "document"]

class Span(TypedDict):
    start: int
    end: int
    text: str

class Entity(TypedDict):
    id: int
    type: EntityType
    name: str
    """The fullest form of its name."""
    mentions: list[int]
    """Indices into Report["mentions"]."""

class _MentionBase(Span):
    type: EntityType
    entity: int
    """Index into Report["entities"]."""

class Mention(_MentionBase, total=False):
    title: str
    """A title written before a person's name ("U.S. Trade Representative")."""

class Speaker(Span):
    name: str
    """Who the speaker as written (text, e.g. "she") stands for."""
    entity: int | None
    named: bool
    """False for anonymous sources."""
    kind: SpeakerKind

class Quote(Span):
    kind: Literal["direct", "partial", "indirect", "other"]
    speaker: Speaker | None
    cue: Span | None
    """The speech cue ("said")."""
    source: int | None
    """Index into Report["sources"]; None when the quote has no speaker."""

class Source(TypedDict):
    id: int
    name: str
    named: bool
    kind: SpeakerKind
    entity: int | None
    gender: Literal["female", "male"] | None
    gender_basis: Literal["pronoun", "honorific", "given-name"] | None
    roles: list[str]
    affiliation: int | None
    """Index into Report["entities"] of the organization it speaks for."""
    quotes: list[int]
    """Indices into Report["quotes"] of every quote attributed to it."""
    quoted_words: int
    """Words inside the marks of its direct and partial quotes."""

class Report(TypedDict):
    version: int
    offsets: OffsetUnit
    entities: list[Entity]
    mentions: list[Mention]
    quotes: list[Quote]
    sources: list[Source]

def analyze(text: str, offsets: OffsetUnit = "chars") -> Report:
    """Analyses one text. Offsets are code points (Python string indices) unless offsets says
    "utf16" or "bytes". Raises ValueError for an unknown unit or a text over MAX_INPUT_BYTES,
    TypeError when text is not a str. Releases the GIL while it works."""

def analyze_many(
    texts: Iterable[str], threads: int | None = None, offsets: OffsetUnit = "chars"
) -> list[Report]:
    """Analyses every text on `threads` threads (default: one per core) with the GIL released;
    the reports come back in the order of texts. Raises ValueError for an unknown unit, threads
    below 1 or a text over the limit (naming its index), TypeError for an item that is not a str."""
