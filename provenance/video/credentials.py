"""Content Credentials (C2PA) adapter: the manifest a file carries, read offline with c2pa-python.

Where it sits: beside the ExifTool and frame adapters; returns plain facts, knows nothing of
claims. Remote manifests and OCSP are never fetched (the tool works offline). A valid
signature from a signer that is not on a trust list is reported as valid but not trusted.
"""

from __future__ import annotations

import json
from typing import Any, Literal, NamedTuple

from provenance.models import ContentCredentials, SourcedValue


class CredentialTime(NamedTuple):
    """A time a manifest records, and what it says: a signature ("signed": the content existed by
    then, never a recording date), a `c2pa.created` action ("created"), or another action ("modified")."""

    source: str
    value: str
    kind: Literal["signed", "created", "modified"]


# Offline: never fetch a remote manifest or an OCSP response.
_OFFLINE_SETTINGS = {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}


def read_credentials(path: str) -> tuple[ContentCredentials, list[CredentialTime]]:
    """The file's C2PA manifest store, summarised (`present` is False when there is none), and its times."""
    try:
        import c2pa
    except ImportError:
        return ContentCredentials(present=False, error="c2pa-python is not installed"), []
    try:
        context = c2pa.Context(settings=c2pa.Settings.from_dict(_OFFLINE_SETTINGS))
        with c2pa.Reader(path, context=context) as reader:
            store = json.loads(reader.json())
    except Exception as exc:  # noqa: BLE001 - c2pa raises its own tree; absence is the common case
        name = type(exc).__name__
        if "ManifestNotFound" in name or "no JUMBF" in str(exc):
            return ContentCredentials(present=False), []
        if "NotSupported" in name:
            return ContentCredentials(present=False, error="C2PA defines no manifest embedding for this file type"), []
        return ContentCredentials(present=False, error=f"{name}: {str(exc).splitlines()[0] if str(exc) else ''}"), []
    times = _times(store)
    return _summarise(store, times), times


def _summarise(store: dict[str, Any], times: list[CredentialTime]) -> ContentCredentials:
    active = store.get("manifests", {}).get(store.get("active_manifest", ""), {})
    codes = [s.get("code", "") for s in store.get("validation_status", []) if s.get("code")]
    results = store.get("validation_results", {}).get("activeManifest", {})
    success = [s.get("code", "") for s in results.get("success", [])]
    signature = active.get("signature_info") or {}
    actions: list[str] = []
    source_types: list[str] = []
    for assertion in active.get("assertions", []):
        for action in _actions(assertion):
            actions.append(str(action.get("action")))
            if action.get("digitalSourceType"):
                source_types.append(str(action["digitalSourceType"]))
    generator = active.get("claim_generator") or ", ".join(
        str(g.get("name")) for g in active.get("claim_generator_info") or [] if g.get("name")
    )
    return ContentCredentials(
        present=True,
        validation_state=store.get("validation_state"),
        status_codes=sorted(set(codes)),
        trusted="signingCredential.trusted" in success and "signingCredential.untrusted" not in codes,
        signer=signature.get("common_name") or signature.get("issuer"),
        issuer=signature.get("issuer"),
        signed_at=signature.get("time"),
        claim_generator=generator or None,
        actions=actions,
        digital_source_types=source_types,
        ingredients=[str(i.get("title")) for i in active.get("ingredients", []) if i.get("title")],
        dates=[SourcedValue(source=t.source, value=t.value) for t in times],
        manifests=len(store.get("manifests", {})),
    )


def _actions(assertion: dict[str, Any]) -> list[dict[str, Any]]:
    if not str(assertion.get("label", "")).startswith("c2pa.actions"):
        return []
    return [a for a in (assertion.get("data") or {}).get("actions", []) if isinstance(a, dict)]


def _times(store: dict[str, Any]) -> list[CredentialTime]:
    """Every manifest's signature time and its actions' `when`, sourced by manifest label.

    Manifests are taken in label order: c2pa's JSON gives them in hash-map order, which changes
    from run to run, and the report must not."""
    found: list[CredentialTime] = []
    for label, manifest in sorted(store.get("manifests", {}).items()):
        signed = (manifest.get("signature_info") or {}).get("time")
        if signed:
            found.append(CredentialTime(f"c2pa:{label}:signature_info.time", str(signed), "signed"))
        for assertion in manifest.get("assertions", []):
            for action in _actions(assertion):
                if action.get("when"):
                    name = action.get("action")
                    created = name == "c2pa.created"
                    found.append(
                        CredentialTime(
                            f"c2pa:{label}:{name}.when", action["when"], "created" if created else "modified"
                        )
                    )
    return found
