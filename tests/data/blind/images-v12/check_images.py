#!/usr/bin/env python3
"""Check a rendered set: boxes inside images, QR codes decode to their payloads, counts.

usage: python check_images.py --root DIR
"""
import argparse
import collections
import hashlib
import json
import os
import sys

import zxingcpp
from PIL import Image

KINDS = ['PERSON', 'HANDLE', 'AGE', 'PHONE', 'ADDRESS', 'SCHOOL', 'ORG', 'LOCATION', 'DATE_OF_BIRTH', 'EMAIL', 'URL']


def iou(a, b):
    ax0, ay0, aw, ah = a
    bx0, by0, bw, bh = b
    ix = max(0, min(ax0 + aw, bx0 + bw) - max(ax0, bx0))
    iy = max(0, min(ay0 + ah, by0 + bh) - max(ay0, by0))
    i = ix * iy
    u = aw * ah + bw * bh - i
    return i / u if u else 0


def decode_qr(img, box):
    x, y, w, h = box
    m = max(w, h) // 4 + 10
    crop = img.crop((max(0, x - m), max(0, y - m), min(img.width, x + w + m), min(img.height, y + h + m)))
    out = []
    for im in (crop, img):
        try:
            res = zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)
        except TypeError:
            res = zxingcpp.read_barcodes(im)
        out = [r.text for r in res]
        if out:
            break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True)
    a = ap.parse_args()
    exp = [json.loads(l) for l in open(os.path.join(a.root, 'expected.jsonl'), encoding='utf-8')]
    meta = {m['file']: m for m in (json.loads(l) for l in open(os.path.join(a.root, 'meta.jsonl'), encoding='utf-8'))}
    sums = {}
    for line in open(os.path.join(a.root, 'SHA256SUMS')):
        h, f = line.strip().split('  ', 1)
        sums[f] = h
    errors = []
    kinds = collections.Counter()
    fmts = collections.Counter()
    sizes = collections.Counter()
    big = 0
    nleaks = 0
    clean = 0
    per_img = collections.Counter()
    qr_total = qr_ok = qr_leak = qr_clean = 0
    for e in exp:
        f = e['file']
        path = os.path.join(a.root, f)
        data = open(path, 'rb').read()
        if hashlib.sha256(data).hexdigest() != sums.get(f):
            errors.append(f'{f}: sha256 mismatch')
        img = Image.open(path)
        img.load()
        W, H = img.size
        m = meta[f]
        if (W, H) != (m['width'], m['height']):
            errors.append(f'{f}: size mismatch with meta')
        fmts[img.format] += 1
        if img.format != m['format']:
            errors.append(f'{f}: format {img.format} != meta {m["format"]}')
        sizes[f'{W}x{H}'] += 1
        if W * H >= 3000 * 2000:
            big += 1
        if e['clean']:
            clean += 1
            if e['leaks']:
                errors.append(f'{f}: clean image has leaks')
        else:
            if not 1 <= len(e['leaks']) <= 8:
                errors.append(f'{f}: {len(e["leaks"])} leaks')
        per_img[len(e['leaks'])] += 1
        for lk in e['leaks']:
            nleaks += 1
            kinds[lk['kind']] += 1
            if lk['kind'] not in KINDS:
                errors.append(f'{f}: bad kind {lk["kind"]}')
            x, y, w, h = lk['box']
            if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H):
                errors.append(f'{f}: box outside image {lk["box"]}')
            if not lk['text']:
                errors.append(f'{f}: empty leak text')
        rgb = img.convert('RGB')
        for q in m['qr']:
            qr_total += 1
            leaky = any(iou(q['box'], lk['box']) > 0.9 for lk in e['leaks'])
            qr_leak += leaky
            qr_clean += e['clean']
            x, y, w, h = q['box']
            if not (x >= 0 and y >= 0 and x + w <= W and y + h <= H):
                errors.append(f'{f}: qr box outside image')
            got = decode_qr(rgb, q['box'])
            if q['payload'] in got:
                qr_ok += 1
            else:
                errors.append(f'{f}: QR did not decode to its payload (got {len(got)} codes)')
            if leaky:
                lk = [l for l in e['leaks'] if iou(q['box'], l['box']) > 0.9][0]
                if lk['text'] not in q['payload']:
                    errors.append(f'{f}: QR leak text not in payload')
    print(f'images: {len(exp)}   clean: {clean}   leaky: {len(exp) - clean}')
    print(f'leaks: {nleaks}')
    for k in KINDS:
        print(f'  {k:14s} {kinds[k]}')
    print('leaks per image:', dict(sorted(per_img.items())))
    print('formats:', dict(fmts))
    print(f'images >= 3000x2000 pixels: {big}')
    print('sizes:', dict(sorted(sizes.items(), key=lambda kv: -kv[1])))
    print(f'QR codes: {qr_total} (leaky {qr_leak}, on clean images {qr_clean}), decoded to payload: {qr_ok}')
    print(f'errors: {len(errors)}')
    for e in errors[:50]:
        print('  ', e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
