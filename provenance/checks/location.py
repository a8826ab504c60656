"""Location claims against the file's GPS position (static, else the first fix of an embedded track)."""

from __future__ import annotations

from datetime import date

from provenance.checks.common import finding
from provenance.gazetteer import distance_km
from provenance.models import Claim, Finding, FindingCode, Place, SourcedValue, VideoEvidence
from provenance.settings import CITY_RADIUS_KM, COUNTRY_BORDER_KM, REGION_BORDER_KM


def check_location(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    place = claim.value
    if not isinstance(place, Place):
        return finding(
            claim,
            FindingCode.LOCATION_UNRESOLVED,
            f'"{claim.text}" is not in the offline gazetteer, so it cannot be placed on a map.',
            [],
        )
    position = video.gps or (video.gps_track.first if video.gps_track else None)
    if position is None:
        return finding(
            claim,
            FindingCode.LOCATION_NO_EVIDENCE,
            "The file carries no usable GPS position ((0, 0) and empty fixes are not evidence).",
            [],
        )
    evidence = [SourcedValue(source=position.source, value=f"{position.latitude:.5f}, {position.longitude:.5f}")]
    if video.place is not None:
        evidence.append(
            SourcedValue(source=video.place.source, value=f"{video.place.name}, {video.place.country_code}")
        )
    if place.kind == "region":
        return _in_region(claim, place, video, evidence)
    if place.kind in ("country", "area"):  # an area is known only by the country that holds it
        near = [video.place.country_code, *video.place.countries_within_50km] if video.place else []
        return _within_border(claim, place, video, evidence, place.country_code in near, COUNTRY_BORDER_KM)
    distance = distance_km(position.latitude, position.longitude, place.latitude, place.longitude)
    evidence.append(SourcedValue(source=f"distance to {place.name} (km)", value=round(distance, 1)))
    if distance <= CITY_RADIUS_KM:
        return finding(
            claim,
            FindingCode.LOCATION_MATCH,
            f"The file's GPS position is {distance:.1f} km from {place.name}, within {CITY_RADIUS_KM:g} km.",
            evidence,
        )
    return finding(
        claim,
        FindingCode.LOCATION_MISMATCH,
        f"The file's GPS position is {distance:.0f} km from {place.name}, beyond {CITY_RADIUS_KM:g} km.",
        evidence,
    )


def _in_region(claim: Claim, place: Place, video: VideoEvidence, evidence: list[SourcedValue]) -> list[Finding]:
    """A region has no border in the gazetteer: the position is in it when one of its places lies within
    REGION_BORDER_KM (read by the evidence builder, so this check opens nothing)."""
    near = video.place.regions_within_25km if video.place else []
    inside = f"{place.country_code}.{place.admin1}" in near
    return _within_border(claim, place, video, evidence, inside, REGION_BORDER_KM)


def _within_border(
    claim: Claim, place: Place, video: VideoEvidence, evidence: list[SourcedValue], inside: bool, border_km: float
) -> list[Finding]:
    """A country or a region: in it, or near enough to its border, by what the evidence builder found nearby."""
    # an area is checked as the country that holds it
    name = f"the country that holds {place.name} ({place.country_code})" if place.kind == "area" else place.name
    if inside:
        text = f"The file's GPS position is in or within {border_km:g} km of {name}."
        return finding(claim, FindingCode.LOCATION_MATCH, text, evidence)
    where = f"near {video.place.name}, {video.place.country_code}" if video.place else "elsewhere"
    text = f"The file's GPS position is {where}, not within {border_km:g} km of {name}."
    return finding(claim, FindingCode.LOCATION_MISMATCH, text, evidence)
