"""Building the gazetteer's SQLite index from the GeoNames data that ships in installed packages.

Where it sits: called once by `provenance.gazetteer` when no index exists for the installed data
(or by `python -m provenance.gazetteer` from the set-up scripts). Countries take their capital's
position (the capital of that country: "Paris" the capital of France, not Paris, Texas); a region
takes the position of its most populous place and the sum of their populations.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

from provenance.gazetteer import fold, fold_region

# Names copy uses for countries beside GeoNames' own ("Turkey" / "Türkiye", "U.S.", "Britain").
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "England"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Burma", "Myanmar"],
    "PS": ["Palestine", "Palestinian territories", "the Palestinian territories", "Occupied Palestinian Territory"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "NL": ["Holland", "the Netherlands", "Netherlands"],
    "VA": ["Vatican", "Vatican City"],
    "BA": ["Bosnia"],
    "MO": ["Macau"],
    "AE": ["UAE", "U.A.E.", "the United Arab Emirates", "Emirates"],
    "CN": ["China", "mainland China"],
    "TW": ["Taiwan"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "LA": ["Laos"],
    "VN": ["Vietnam", "Viet Nam"],
    "SS": ["South Sudan"],
}


def build_index(target: Path, cities_json: Path, countries_json: Path, admin1_tsv: Path) -> None:
    """Write the places and their folded names into a new SQLite file at `target`."""
    cities = list(json.loads(cities_json.read_text(encoding="utf-8")).values())
    countries = list(json.loads(countries_json.read_text(encoding="utf-8")).values())
    db = sqlite3.connect(target)
    db.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, kind TEXT, country TEXT,
                             admin1 TEXT, latitude REAL, longitude REAL, population INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER);
        """
    )
    rows: list[tuple[Any, ...]] = []
    names: list[tuple[str, int]] = []
    for city in cities:
        place = len(rows) + 1
        admin1 = str(city.get("admin1code") or "") or None
        rows.append(
            (place, int(city["geonameid"]), city["name"], "city", city["countrycode"], admin1,
             float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0))
        )  # fmt: skip
        for key in {fold(n) for n in [city["name"], *(city.get("alternatenames") or [])] if n}:
            if key.isascii() and any(ch.isalpha() for ch in key):
                names.append((key, place))
    _add_regions(rows, names, admin1_tsv, cities)
    _add_countries(rows, names, countries, cities)
    db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO names VALUES (?, ?)", names)
    db.executescript(
        """
        CREATE INDEX names_key ON names (key);
        CREATE INDEX places_position ON places (kind, latitude, longitude);
        CREATE INDEX places_region ON places (kind, country, admin1);
        -- every run asks which words are countries; read from the names table, it is a scan of 700,000 rows
        CREATE TABLE country_names AS
            SELECT key, country FROM names JOIN places ON places.id = names.place WHERE kind = 'country';
        """
    )
    db.commit()
    db.close()


def _add_regions(rows: list[tuple[Any, ...]], names: list[tuple[str, int]], admin1_tsv: Path, cities: list) -> None:
    largest: dict[tuple[str, str], dict] = {}
    people: dict[tuple[str, str], int] = {}
    for city in cities:
        key = (city["countrycode"], str(city.get("admin1code") or ""))
        people[key] = people.get(key, 0) + int(city.get("population") or 0)
        if key not in largest or int(city.get("population") or 0) > int(largest[key].get("population") or 0):
            largest[key] = city
    with admin1_tsv.open(encoding="utf-8") as handle:
        for region in csv.DictReader(handle, delimiter="\t"):
            key = (region["country"], region["admin1"])
            seat = largest.get(key)
            if seat is None:
                continue
            place = len(rows) + 1
            rows.append(
                (place, None, region["name"], "region", region["country"], region["admin1"],
                 float(seat["latitude"]), float(seat["longitude"]), people[key])
            )  # fmt: skip
            for name_key in {fold(region["name"]), fold_region(region["name"])}:
                names.append((name_key, place))


def _capital(inside: list[dict], name: str) -> dict | None:
    exact = [c for c in inside if c["name"] == name]
    key = fold(name)
    named = exact or [c for c in inside if key and fold(c["name"]) == key]
    named = named or [c for c in inside if key and key in {fold(a) for a in c.get("alternatenames") or []}]
    return max(named, key=lambda c: int(c.get("population") or 0), default=None)


def _add_countries(rows: list[tuple[Any, ...]], names: list[tuple[str, int]], countries: list, cities: list) -> None:
    by_country: dict[str, list[dict]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)
    for record in countries:
        code = record["iso"]
        inside = by_country.get(code, [])
        # the capital of this country, not a namesake elsewhere, by its name however accented or by an alternate
        # ("Brasilia" is Brasília, "Nur-Sultan" Astana); else its most populous place
        capital = _capital(inside, record.get("capital") or "")
        seat = capital or max(inside, key=lambda c: int(c.get("population") or 0), default=None)
        if seat is None:
            continue
        place = len(rows) + 1
        rows.append(
            (place, int(record["geonameid"]), record["name"], "country", code, None,
             float(seat["latitude"]), float(seat["longitude"]), int(record.get("population") or 0))
        )  # fmt: skip
        for name in {record["name"], *COUNTRY_ALIASES.get(code, [])}:
            names.append((fold(name), place))
