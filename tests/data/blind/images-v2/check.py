#!/usr/bin/env python3
"""Validate expected.jsonl against the rendered images in out/ and print counts."""
import collections
import json
import os
import re
import sys

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'PERSON', 'LOCATION', 'ADDRESS', 'PHONE', 'EMAIL', 'SCHOOL', 'AGE', 'DATE_OF_BIRTH', 'HANDLE', 'URL', 'ORG'}
KEYS = {'file', 'clean', 'leaks', 'faces', 'notes'}


def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, 'expected.jsonl'), encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append('line %d: bad JSON (%s)' % (n, e))
    files = [r.get('file') for r in rows]
    for f, c in collections.Counter(files).items():
        if c > 1:
            errors.append('%s listed %d times' % (f, c))
    listed = set(files)
    on_disk = {'out/' + f for f in os.listdir(os.path.join(HERE, 'out'))}
    for f in sorted(on_disk - listed):
        errors.append('%s on disk but not in expected.jsonl' % f)
    kinds = collections.Counter()
    qr_codes = 0
    qr_images = 0
    n_leaks = 0
    for r in rows:
        name = r.get('file')
        if set(r) != KEYS:
            errors.append('%s: keys %s' % (name, sorted(r)))
        path = os.path.join(HERE, name)
        if not os.path.isfile(path):
            errors.append('%s: missing file' % name)
            continue
        with Image.open(path) as im:
            W, H = im.size
        if not isinstance(r.get('clean'), bool):
            errors.append('%s: clean is not a boolean' % name)
        if r.get('faces') is not None:
            errors.append('%s: faces should be null' % name)
        leaks = r.get('leaks')
        if not isinstance(leaks, list):
            errors.append('%s: leaks is not a list' % name)
            continue
        if r.get('clean') and leaks:
            errors.append('%s: clean image has %d leaks' % (name, len(leaks)))
        if r.get('clean') is False and not leaks:
            errors.append('%s: leaky image has no leaks' % name)
        for lk in leaks:
            n_leaks += 1
            k = lk.get('kind')
            if k not in KINDS:
                errors.append('%s: bad kind %r' % (name, k))
            kinds[k] += 1
            if not isinstance(lk.get('text'), str) or not lk['text'].strip():
                errors.append('%s: empty text' % name)
            b = lk.get('box')
            if not (isinstance(b, list) and len(b) == 4 and all(isinstance(v, int) for v in b)):
                errors.append('%s: bad box %r' % (name, b))
                continue
            x, y, w, h = b
            if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > W or y + h > H:
                errors.append('%s: box %r outside %dx%d' % (name, b, W, H))
        m = re.search(r'\((\d+) QR\)', r.get('notes', ''))
        if m:
            qr_codes += int(m.group(1))
            qr_images += 1
    clean = sum(1 for r in rows if r.get('clean'))
    print('images: %d' % len(rows))
    print('clean: %d' % clean)
    print('leaky: %d' % (len(rows) - clean))
    print('leaks: %d' % n_leaks)
    print('leaks per kind:')
    for k in sorted(KINDS):
        print('  %-14s %d' % (k, kinds.get(k, 0)))
    print('QR codes: %d (in %d images; %d in clean images)' % (
        qr_codes, qr_images, sum(1 for r in rows if r.get('clean') and 'QR)' in r.get('notes', ''))))
    if errors:
        print('ERRORS (%d):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
