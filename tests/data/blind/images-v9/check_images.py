#!/usr/bin/env python3
"""Verify expected.jsonl: every listed file exists, boxes lie inside the image,
clean images have no leaks, kinds are valid; also that SHA256SUMS matches."""
import hashlib
import json
import os
import sys

from PIL import Image

KINDS = {'PERSON', 'LOCATION', 'ADDRESS', 'SCHOOL', 'ORG', 'AGE', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'HANDLE', 'URL'}


def main():
    root = sys.argv[sys.argv.index('--root') + 1] if '--root' in sys.argv else os.path.dirname(os.path.abspath(__file__))
    errors = 0
    n = 0
    with open(os.path.join(root, 'expected.jsonl'), encoding='utf-8') as f:
        rows = [json.loads(l) for l in f if l.strip()]
    listed = set()
    for r in rows:
        n += 1
        p = os.path.join(root, r['file'])
        listed.add(os.path.basename(p))
        if not os.path.exists(p):
            print('MISSING', r['file']); errors += 1; continue
        with Image.open(p) as im:
            W, H = im.size
        if r['clean'] and r['leaks']:
            print('CLEAN WITH LEAKS', r['file']); errors += 1
        if not r['clean'] and not r['leaks']:
            print('LEAKY WITHOUT LEAKS', r['file']); errors += 1
        for L in r['leaks']:
            x, y, w, h = L['box']
            if L['kind'] not in KINDS:
                print('BAD KIND', r['file'], L['kind']); errors += 1
            if not L['text']:
                print('EMPTY TEXT', r['file']); errors += 1
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > W or y + h > H:
                print('BOX OUTSIDE', r['file'], L['box'], (W, H)); errors += 1
    sums = os.path.join(root, 'SHA256SUMS')
    if os.path.exists(sums):
        with open(sums) as f:
            for line in f:
                h, name = line.rstrip('\n').split('  ', 1)
                with open(os.path.join(root, 'out', name), 'rb') as g:
                    if hashlib.sha256(g.read()).hexdigest() != h:
                        print('HASH MISMATCH', name); errors += 1
    extra = set(os.listdir(os.path.join(root, 'out'))) - listed
    for e in sorted(extra):
        print('UNLISTED FILE', e); errors += 1
    print(f'checked {n} images, {errors} problems')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
