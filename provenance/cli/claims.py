"""`provenance claims ARTICLE`: the claims an article makes about its video, as JSON. Loads no video stack."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from provenance.cli.app import app, fail, parse_date
from provenance.errors import ProvenanceError


@app.command("claims")
def claims_command(
    article: Annotated[str, typer.Argument(help="The article: .txt or .html.", show_default=False)],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Print the claims an article makes about its video, as JSON."""
    from provenance.article.claims import extract_claims, language_note
    from provenance.article.language import detect_language
    from provenance.article.load import load_article
    from provenance.inputs import validate_input

    publication = parse_date(published)
    try:
        loaded = load_article(validate_input(article, "article"), publication)
    except ProvenanceError as exc:
        raise fail(str(exc)) from None
    language = detect_language(loaded.text)
    note = language_note(language.code)
    if note:
        typer.echo(f"provenance: note: {note}", err=True)
    claims = extract_claims(loaded.text, loaded.published, loaded.published_source, loaded.title, language.code)
    sys.stdout.write(json.dumps([c.model_dump(mode="json") for c in claims], indent=2, ensure_ascii=False) + "\n")
