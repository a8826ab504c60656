"""Article loader: a file -> `Article` (main text, title, publication date and where it came from).

Where it sits: first step of the claim side. Plain text is decoded (UTF-8, then a stated
fallback); HTML goes through trafilatura for the main text and title and htmldate for
the publication date from the page's metadata. It knows nothing of claims.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from provenance.article.claims.vocabulary import MONTH_ABBREVIATIONS, month_number
from provenance.article.language import Detected
from provenance.errors import ArticleError
from provenance.models import ArticleInfo, Dateline

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class Article:
    text: str
    format: str  # "txt", "md", "html" or "json"
    encoding: str
    title: str | None = None
    published: date | None = None
    published_source: str | None = None
    dateline: Dateline | None = None

    def info(self, language: Detected | None = None, notes: list[str] | None = None) -> ArticleInfo:
        """What the report says about the article (its text is not copied into the report)."""
        return ArticleInfo(
            format=self.format,
            title=self.title,
            published=self.published.isoformat() if self.published else None,
            published_source=self.published_source,
            encoding=self.encoding,
            text_length=len(self.text),
            dateline=self.dateline,
            language=language.code if language else None,
            language_confidence=language.confidence if language else None,
            language_method=language.method if language else None,
            notes=notes or [],
        )


def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM allowed), else cp1252, else latin-1, saying which.

    Raises:
        ArticleError: the bytes are empty or look binary.
    """
    if not data.strip():
        raise ArticleError("the article is empty")
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise ArticleError("the article looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252 (fallback: the file is not valid UTF-8)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1 (fallback: the file is neither UTF-8 nor cp1252)"


def load_article(path: str | Path, published: date | None = None) -> Article:
    """Load an article file.

    Args:
        path: a .txt/.md (plain text) or .html file; other names are sniffed.
        published: a publication date that overrides anything found in the file.

    Raises:
        ArticleError: empty, binary, or HTML without main text.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read the article: {exc.strerror or exc}") from exc
    text, encoding = decode(data)
    suffix = path.suffix.lower()
    if suffix == ".json":
        article = _from_json(text, encoding)
    elif suffix in HTML_SUFFIXES or _looks_like_html(text):
        article = _from_html(text, encoding)
    else:
        article = _from_text(text, encoding, "md" if suffix in (".md", ".markdown") else "txt")
    dateline = find_dateline(article.text)
    article = replace(article, dateline=dateline)
    # publication date cascade: --published > page metadata > the dateline's date > none
    if published is not None:
        article = replace(article, published=published, published_source="option:--published")
    elif article.published is None and dateline is not None and dateline.date is not None:
        article = replace(article, published=date.fromisoformat(dateline.date), published_source="dateline")
    return article


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _from_text(text: str, encoding: str, fmt: str = "txt") -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = lines[0] if len(lines) > 1 and len(lines[0]) <= 200 and lines[0][-1:] not in '.!?"”' else None
    return Article(text=unwrap(text), format=fmt, encoding=encoding, title=title)


def unwrap(text: str) -> str:
    """Join hard-wrapped lines of a paragraph with a space (same length, so offsets hold).

    A blank line still ends a paragraph, and so does the break after a line shorter than
    60 characters (a headline, a list item) or one ending in a colon."""
    out = list(text)
    start = 0
    for index, char in enumerate(text):
        if char != "\n":
            continue
        line = text[start:index]
        start = index + 1
        following = text[index + 1 : index + 2]
        wrapped = len(line.strip()) >= 60 and following.strip() != "" and not line.rstrip().endswith(":")
        if wrapped:
            out[index] = " "
    return "".join(out)


def _from_json(raw: str, encoding: str) -> Article:
    """A JSON article: {"title": ..., "published": "YYYY-MM-DD...", "text": ...}."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"the article is not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        raise ArticleError('a JSON article needs a non-empty "text" field')
    published = None
    if isinstance(data.get("published"), str):
        try:
            published = date.fromisoformat(data["published"][:10])
        except ValueError as exc:
            raise ArticleError(f'"published" is not an ISO date: {data["published"]!r}') from exc
    title = data.get("title") if isinstance(data.get("title"), str) else None
    return Article(
        text=data["text"],
        format="json",
        encoding=encoding,
        title=title,
        published=published,
        published_source="json:published" if published else None,
    )


_MONTHS = "|".join(MONTH_ABBREVIATIONS)
# "CAIRO, Oct 3 (Reuters) -", "BEIRUT (AP) —", "MOSCOW, October 3 (Reuters) –"
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,40}}?[A-Z.])(?:,\s*(?P<date>(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}))?"
    rf"\s*\((?P<agency>[A-Za-z][\w .&-]{{1,30}})\)\s*[-–—]",
    re.MULTILINE,
)


def find_dateline(text: str) -> Dateline | None:
    """The first dateline in the first lines of the text; its date takes a year from elsewhere in the text."""
    match = _DATELINE.search(text[:2000])
    if match is None:
        return None
    when = None
    if match["date"]:
        years = re.findall(r"\b(?:19|20)\d{2}\b", text)
        if years:
            month = month_number(match["date"])
            day = int(re.findall(r"\d+", match["date"])[0])
            try:
                when = date(int(years[0]), month, day).isoformat()
            except ValueError:
                when = None
    return Dateline(text=match.group(0).rstrip(" -–—"), place=match["place"].title(), date=when)


def _from_html(html: str, encoding: str) -> Article:
    # imported here: trafilatura and htmldate take a while to import and plain text needs neither
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise ArticleError("no article text could be found in the HTML page")
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None and metadata.title else None
    published = None
    source = None
    # original_date: the first publication, not the last update; extensive_search off so that
    # only the page's metadata counts, not any date that happens to be in the text
    found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    if found:
        published = date.fromisoformat(found)
        source = "html:metadata (htmldate)"
    return Article(
        text=text, format="html", encoding=encoding, title=title, published=published, published_source=source
    )
