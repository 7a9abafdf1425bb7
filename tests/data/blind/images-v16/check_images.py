#!/usr/bin/env python3
"""Check a rendered set: files exist, hashes match, sizes/formats agree with meta.jsonl,
every leak and QR box lies inside its image, every QR decodes (zxing-cpp) to its payload,
QR leaks carry a part of their payload, clean images have no leaks.  Prints counts.

usage: python check_images.py --root ROOT
Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import collections
import hashlib
import json
import os
import sys

from PIL import Image
import zxingcpp

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'PERSON', 'HANDLE', 'PHONE', 'EMAIL', 'ADDRESS', 'LOCATION', 'SCHOOL', 'ORG', 'AGE', 'DATE_OF_BIRTH', 'URL'}
PIL_FMT = {'jpeg': 'JPEG', 'png': 'PNG', 'webp': 'WEBP'}
EXT = {'jpeg': '.jpg', 'png': '.png', 'webp': '.webp'}


def families():
    """scene -> family, taken from the generator's plan tables when available."""
    try:
        sys.path.insert(0, HERE)
        import make_images as M
        fam = {}
        for scene, _, f in M.LEAKY:
            fam[scene] = 'leaky_' + f
        for scene, _, f in M.CLEAN:
            fam[scene] = 'clean_' + f
        return fam
    except Exception:
        return {}


def decode_ok(img, box, payload):
    x, y, w, h = box
    m = max(w, h) // 3 + 24
    W, H = img.size
    crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
    cands = [crop]
    if max(w, h) > 500:
        cands.append(crop.reduce(2))
    if max(w, h) > 1000:
        cands.append(crop.reduce(4))
    cands.append(img)
    for c in cands:
        for r in zxingcpp.read_barcodes(c, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain):
            if r.text == payload:
                return True
    return False


def inside(box, W, H):
    x, y, w, h = box
    return w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= W and y + h <= H


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--root', required=True)
    a = ap.parse_args()
    root = a.root
    errors = []

    def err(msg):
        errors.append(msg)
        if len(errors) <= 50:
            print('ERROR:', msg)

    def load(name):
        with open(os.path.join(root, name), encoding='utf-8') as f:
            return [json.loads(l) for l in f if l.strip()]
    exp = load('expected.jsonl')
    meta = load('meta.jsonl')
    sums = {}
    with open(os.path.join(root, 'SHA256SUMS'), encoding='utf-8') as f:
        for line in f:
            if line.strip():
                h, p = line.rstrip('\n').split('  ', 1)
                sums[p] = h
    if len(exp) != len(meta):
        err('expected.jsonl has %d lines, meta.jsonl %d' % (len(exp), len(meta)))
    fam_of = families()
    n_fmt = collections.Counter()
    n_fam = collections.Counter()
    n_scene = collections.Counter()
    n_kind = collections.Counter()
    n_qr = collections.Counter()
    n_qr_kind = collections.Counter()
    n_clean = 0
    for i, (e, m) in enumerate(zip(exp, meta)):
        f = e['file']
        if m['file'] != f:
            err('line %d: file mismatch %s / %s' % (i + 1, f, m['file']))
        want = 'out/img_q%03d%s' % (i + 1, EXT.get(m['format'], '?'))
        if f != want:
            err('line %d: unexpected file name %s (want %s)' % (i + 1, f, want))
        path = os.path.join(root, f)
        if not os.path.isfile(path):
            err('%s: missing' % f)
            continue
        with open(path, 'rb') as fh:
            data = fh.read()
        if sums.get(f) != hashlib.sha256(data).hexdigest():
            err('%s: sha256 mismatch' % f)
        img = Image.open(path)
        if img.format != PIL_FMT.get(m['format']):
            err('%s: format %s, meta says %s' % (f, img.format, m['format']))
        W, H = img.size
        if (W, H) != (m['width'], m['height']):
            err('%s: size %sx%s, meta says %sx%s' % (f, W, H, m['width'], m['height']))
        img = img.convert('RGB')
        if e.get('faces', 'x') is not None:
            err('%s: faces must be null' % f)
        if e['clean']:
            n_clean += 1
            if e['leaks']:
                err('%s: clean image with leaks' % f)
        elif not e['leaks']:
            err('%s: leaky image without leaks' % f)
        qboxes = {tuple(q['box']): q['payload'] for q in m['qr']}
        for lk in e['leaks']:
            if lk['kind'] not in KINDS:
                err('%s: unknown kind %s' % (f, lk['kind']))
            if not lk['text'] or lk['text'] != lk['text'].strip():
                err('%s: empty or padded leak text' % f)
            if not inside(lk['box'], W, H):
                err('%s: leak box %s outside %dx%d' % (f, lk['box'], W, H))
            n_kind[lk['kind']] += 1
            if tuple(lk['box']) in qboxes:
                n_qr_kind[lk['kind']] += 1
                if lk['text'] not in qboxes[tuple(lk['box'])]:
                    err('%s: QR leak text is not part of the payload' % f)
        for q in m['qr']:
            if not inside(q['box'], W, H):
                err('%s: qr box %s outside image' % (f, q['box']))
            elif not decode_ok(img, q['box'], q['payload']):
                err('%s: QR does not decode to its payload' % f)
            n_qr['clean' if e['clean'] else 'leaky'] += 1
        n_fmt[m['format']] += 1
        n_fam[fam_of.get(m['scene'], 'other')] += 1
        n_scene[m['scene']] += 1
    print('images: %d (leaky %d, clean %d)' % (len(exp), len(exp) - n_clean, n_clean))
    print('formats: ' + ', '.join('%s %d' % kv for kv in sorted(n_fmt.items())))
    print('families: ' + ', '.join('%s %d' % kv for kv in sorted(n_fam.items())))
    print('scenes: %d distinct' % len(n_scene))
    print('leaks: %d' % sum(n_kind.values()))
    for k, v in n_kind.most_common():
        print('  %-14s %d' % (k, v))
    print('qr codes: %d (on leaky %d, on clean %d); QR leaks by kind: %s' % (
        sum(n_qr.values()), n_qr['leaky'], n_qr['clean'],
        ', '.join('%s %d' % kv for kv in sorted(n_qr_kind.items()))))
    if errors:
        print('FAILED: %d problem(s)' % len(errors))
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
