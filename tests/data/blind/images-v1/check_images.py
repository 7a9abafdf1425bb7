#!/usr/bin/env python3
"""Checks the images-v1 set: every image opens, every box lies inside its
image, every QR code decodes back to its payload (zxing-cpp) at the recorded
place, and clean/leaks agree.  Optional: --preview DIR draws the boxes.
Prints counts only (no leak values)."""
import collections
import json
import os
import sys

from PIL import Image, ImageDraw
import zxingcpp

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"PERSON", "LOCATION", "ADDRESS", "PHONE", "EMAIL", "SCHOOL", "AGE", "DATE_OF_BIRTH", "HANDLE", "URL", "ORG"}


def iou(a, b):
    ax1, ay1, bx1, by1 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = max(0, min(ax1, bx1) - max(a[0], b[0]))
    ih = max(0, min(ay1, by1) - max(a[1], b[1]))
    inter = iw * ih
    return inter / float(a[2] * a[3] + b[2] * b[3] - inter)


def main():
    preview = None
    if "--preview" in sys.argv:
        preview = sys.argv[sys.argv.index("--preview") + 1]
        os.makedirs(preview, exist_ok=True)
    rows = [json.loads(l) for l in open(os.path.join(HERE, "expected.jsonl"), encoding="utf-8")]
    qrs = [json.loads(l) for l in open(os.path.join(HERE, "qr_manifest.jsonl"), encoding="utf-8")]
    errors = []
    kinds = collections.Counter()
    scenes = collections.Counter()
    widths = []
    on_disk = sorted(f for f in os.listdir(os.path.join(HERE, "out")))
    listed = sorted(os.path.basename(r["file"]) for r in rows)
    if on_disk != listed:
        errors.append("files on disk differ from expected.jsonl")
    for r in rows:
        assert set(r) == {"file", "clean", "leaks", "faces", "notes"}, r["file"]
        im = Image.open(os.path.join(HERE, r["file"]))
        im.load()
        W, H = im.size
        widths.append(W)
        if r["clean"] != (len(r["leaks"]) == 0):
            errors.append("%s: clean flag disagrees with leaks" % r["file"])
        if r["faces"] is not None:
            errors.append("%s: faces not null" % r["file"])
        scenes[r["notes"].replace("CLEAN ", "").split(":")[0]] += 1
        for lk in r["leaks"]:
            kinds[lk["kind"]] += 1
            x, y, w, h = lk["box"]
            if lk["kind"] not in KINDS:
                errors.append("%s: bad kind" % r["file"])
            if not (0 <= x and 0 <= y and w > 0 and h > 0 and x + w <= W and y + h <= H):
                errors.append("%s: box outside image" % r["file"])
            if not lk["text"]:
                errors.append("%s: empty text" % r["file"])
        if preview:
            pv = im.convert("RGB")
            d = ImageDraw.Draw(pv)
            for lk in r["leaks"]:
                x, y, w, h = lk["box"]
                d.rectangle([x, y, x + w - 1, y + h - 1], outline=(255, 0, 255), width=2)
                d.text((x, max(0, y - 11)), lk["kind"], fill=(255, 0, 255))
            pv.save(os.path.join(preview, os.path.basename(r["file"]).rsplit(".", 1)[0] + ".png"))
    qtypes = collections.Counter()
    for q in qrs:
        qtypes[q["type"]] += 1
        im = Image.open(os.path.join(HERE, q["file"])).convert("RGB")
        res = [b for b in zxingcpp.read_barcodes(im) if b.format == zxingcpp.BarcodeFormat.QRCode]
        hit = [b for b in res if b.text == q["payload"]]
        if not hit:
            errors.append("%s: QR (%s) did not decode to its payload (%d codes read)" % (q["file"], q["type"], len(res)))
            continue
        p = hit[0].position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        dbox = [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]
        if iou(dbox, q["box"]) < 0.7:
            errors.append("%s: decoded QR position far from box (iou %.2f)" % (q["file"], iou(dbox, q["box"])))
    print("images: %d  clean: %d  with leaks: %d" % (len(rows), sum(r["clean"] for r in rows),
                                                     sum(not r["clean"] for r in rows)))
    print("widths: min %d max %d" % (min(widths), max(widths)))
    print("leaks by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("QR codes by payload type:", dict(sorted(qtypes.items())), "total", len(qrs))
    print("scene types:", dict(sorted(scenes.items())))
    print("formats:", dict(collections.Counter(r["file"].rsplit(".", 1)[1] for r in rows)))
    for e in errors:
        print("ERROR", e)
    print("%d passed, %d failed" % (len(rows) + len(qrs) - len(errors), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
