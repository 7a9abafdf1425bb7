#!/usr/bin/env python3
"""Check a rendered set: files exist, hashes match, QR codes decode to their payloads,
boxes lie inside the images. Prints counts only (no leak texts).

Usage: python check_images.py --root ROOT
"""
import argparse
import collections
import hashlib
import json
import os
import sys

from PIL import Image
import zxingcpp

KINDS = {'PERSON', 'HANDLE', 'PHONE', 'EMAIL', 'ADDRESS', 'LOCATION', 'SCHOOL', 'ORG', 'AGE', 'DATE_OF_BIRTH', 'URL'}


def decode_qr(img, box, payload):
    x, y, w, h = box
    for margin, scale in [(0.25, 1.0), (0.25, 0.5), (0.6, 1.0), (0.1, 2.0), (0.25, 0.33)]:
        m = int(max(w, h) * margin) + 8
        crop = img.crop((max(0, x - m), max(0, y - m), min(img.width, x + w + m), min(img.height, y + h + m)))
        if scale != 1.0:
            crop = crop.resize((max(20, int(crop.width * scale)), max(20, int(crop.height * scale))), Image.LANCZOS)
        try:
            res = zxingcpp.read_barcodes(crop.convert('L'))
        except Exception:
            res = []
        if any(r.text == payload for r in res):
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True)
    a = ap.parse_args()
    root = a.root
    errors = []
    exp = [json.loads(l) for l in open(os.path.join(root, 'expected.jsonl'), encoding='utf-8')]
    meta = [json.loads(l) for l in open(os.path.join(root, 'meta.jsonl'), encoding='utf-8')]
    sums = {}
    for line in open(os.path.join(root, 'SHA256SUMS')):
        h, p = line.rstrip('\n').split('  ', 1)
        sums[p] = h
    if len(exp) != len(meta):
        errors.append('expected/meta length mismatch')
    fmt_c, fam_c, kind_c, scene_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    n_qr = n_qr_ok = n_qr_leaky = 0
    n_clean = 0
    for e, m in zip(exp, meta):
        f = e['file']
        if f != m['file']:
            errors.append(f'{f}: meta order mismatch')
        path = os.path.join(root, f)
        if not os.path.exists(path):
            errors.append(f'{f}: missing')
            continue
        data = open(path, 'rb').read()
        if sums.get(f) != hashlib.sha256(data).hexdigest():
            errors.append(f'{f}: sha256 mismatch')
        img = Image.open(path)
        img.load()
        W, H = img.size
        if (W, H) != (m['width'], m['height']):
            errors.append(f'{f}: size mismatch')
        if e['clean'] and e['leaks']:
            errors.append(f'{f}: clean image with leaks')
        if not e['clean'] and not e['leaks']:
            errors.append(f'{f}: leaky image without leaks')
        n_clean += e['clean']
        fmt_c[m['format']] += 1
        fam_c[m.get('family', '?')] += 1
        scene_c[m['scene']] += 1
        for lk in e['leaks']:
            x, y, w, h = lk['box']
            if lk['kind'] not in KINDS:
                errors.append(f'{f}: bad kind')
            if not lk['text']:
                errors.append(f'{f}: empty leak text')
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > W or y + h > H:
                errors.append(f'{f}: leak box outside image')
            kind_c[lk['kind']] += 1
        for q in m['qr']:
            n_qr += 1
            x, y, w, h = q['box']
            if x < 0 or y < 0 or x + w > W or y + h > H:
                errors.append(f'{f}: qr box outside image')
            if decode_qr(img, q['box'], q['payload']):
                n_qr_ok += 1
            else:
                errors.append(f'{f}: QR does not decode to its payload')
            if not e['clean']:
                n_qr_leaky += 1
    print(f'images: {len(exp)} (leaky {len(exp) - n_clean}, clean {n_clean})')
    print('formats: ' + ', '.join(f'{k} {v}' for k, v in sorted(fmt_c.items())))
    print('families: ' + ', '.join(f'{k} {v}' for k, v in sorted(fam_c.items())))
    print(f'scenes: {len(scene_c)} distinct')
    print(f'leaks: {sum(kind_c.values())}  ' + ', '.join(f'{k} {v}' for k, v in kind_c.most_common()))
    print(f'qr codes: {n_qr} (on leaky images {n_qr_leaky}, on clean {n_qr - n_qr_leaky}), decoded {n_qr_ok}')
    print(f'errors: {len(errors)}')
    for er in errors[:50]:
        print('  ' + er)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
