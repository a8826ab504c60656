"""Article loader: a file -> `Article` (main text, title, publication date and where it came from).

Where it sits: first step of the claim side. Plain text is decoded (UTF-8, then a stated
fallback); HTML goes through trafilatura for the main text and title and htmldate for
the publication date from the page's metadata. It knows nothing of claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from provenance.errors import ArticleError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class Article:
    text: str
    format: str  # "txt" or "html"
    encoding: str
    title: str | None = None
    published: date | None = None
    published_source: str | None = None


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
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        article = _from_html(text, encoding)
    else:
        article = _from_text(text, encoding)
    if published is not None:
        article = Article(
            text=article.text,
            format=article.format,
            encoding=article.encoding,
            title=article.title,
            published=published,
            published_source="option:--published",
        )
    return article


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _from_text(text: str, encoding: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = lines[0] if len(lines) > 1 and len(lines[0]) <= 200 and lines[0][-1:] not in '.!?"”' else None
    return Article(text=text, format="txt", encoding=encoding, title=title)


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
