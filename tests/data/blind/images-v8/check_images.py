import json, sys, collections
import numpy as np, zxingcpp
from PIL import Image
root = sys.argv[1]
exp = [json.loads(l) for l in open(f"{root}/expected.jsonl")]
meta = {m["file"]: m for m in (json.loads(l) for l in open(f"{root}/meta.jsonl"))}
kinds = collections.Counter(); fmts = collections.Counter(); big = 0; clean = 0; nqr = 0; bad = 0; undec = []
for e in exp:
    m = meta[e["file"]]
    W, H = m["width"], m["height"]
    if max(W, H) >= 3000 and min(W, H) >= 2000: big += 1
    fmts[m["format"]] += 1
    clean += e["clean"]
    for l in e["leaks"]:
        kinds[str(l["kind"])] += 1
        x, y, w, h = l["box"]
        if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H): bad += 1; print("BAD", e["file"], l)
    nqr += len(m["qr"])
    if m["qr"] and "--qr" in sys.argv:
        im = Image.open(f"{root}/out/{e['file']}").convert("L")
        res = zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)
        got = {r.text for r in res}
        for q in m["qr"]:
            if q["payload"] not in got: undec.append((e["file"], m["scene"], W, H))
sizes = collections.Counter(f'{meta[e["file"]]["width"]}x{meta[e["file"]]["height"]}' for e in exp)
print("images", len(exp), "clean", clean, "leaks", sum(kinds.values()), dict(sorted(kinds.items())))
print("qr", nqr, "formats", dict(fmts), "big", big, "badboxes", bad)
print("sizes", dict(sizes))
print("undecoded", len(undec), undec[:20])
