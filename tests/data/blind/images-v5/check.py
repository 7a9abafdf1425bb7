"""Validate out/ against expected.jsonl and print summary counts (no texts)."""
import json
import os
import sys
from collections import Counter

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'PERSON', 'ADDRESS', 'AGE', 'PHONE', 'HANDLE', 'SCHOOL', 'LOCATION', 'ORG', 'DATE_OF_BIRTH', 'EMAIL', 'URL'}


def main():
    decode = '--no-decode' not in sys.argv
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'expected.jsonl'))]
    metas = {}
    mp = os.path.join(HERE, 'meta.jsonl')
    if os.path.exists(mp):
        for l in open(mp):
            m = json.loads(l)
            metas[m['file']] = m
    errors = []
    kinds = Counter()
    fmts = Counter()
    sizes = []
    n_clean = n_leaky = 0
    big = 0
    qr_codes = qr_leaks = 0
    qr_decoded_ok = qr_checked = 0
    min_h = []
    files_listed = set()
    for r in recs:
        keys = set(r)
        if keys != {'file', 'clean', 'leaks', 'faces', 'notes'}:
            errors.append('%s: keys %s' % (r.get('file'), sorted(keys)))
        path = os.path.join(HERE, r['file'])
        files_listed.add(os.path.basename(path))
        if not os.path.exists(path):
            errors.append('%s: missing' % r['file'])
            continue
        im = Image.open(path)
        im.load()
        W, H = im.size
        sizes.append((W, H))
        fmts[im.format] += 1
        if max(W, H) >= 3000 and min(W, H) >= 2000:
            big += 1
        if r['faces'] is not None:
            errors.append('%s: faces not null' % r['file'])
        if r['clean']:
            n_clean += 1
            if r['leaks']:
                errors.append('%s: clean with leaks' % r['file'])
        else:
            n_leaky += 1
            if not r['leaks']:
                errors.append('%s: leaky without leaks' % r['file'])
        for lk in r['leaks']:
            if lk['kind'] not in KINDS:
                errors.append('%s: bad kind %s' % (r['file'], lk['kind']))
            kinds[lk['kind']] += 1
            x, y, w, h = lk['box']
            if not (isinstance(x, int) and isinstance(y, int) and isinstance(w, int) and isinstance(h, int)):
                errors.append('%s: non-int box' % r['file'])
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > W or y + h > H:
                errors.append('%s: box %s outside %dx%d' % (r['file'], lk['box'], W, H))
            if not lk['text'].strip():
                errors.append('%s: empty text' % r['file'])
            min_h.append((h, r['file']))
        m = metas.get(r['file'], {})
        qrl = m.get('qr_list', [])
        qr_codes += len(qrl)
        leak_texts = {lk['text'] for lk in r['leaks']}
        for p in qrl:
            if p in leak_texts:
                qr_leaks += 1
            elif not r['clean']:
                errors.append('%s: QR payload not listed as leak' % r['file'])
        if decode and qrl:
            import zxingcpp
            got = {b.text for b in zxingcpp.read_barcodes(im.convert('RGB'))}
            for p in qrl:
                qr_checked += 1
                if p in got:
                    qr_decoded_ok += 1
                else:
                    errors.append('%s: QR not decodable' % r['file'])
    on_disk = set(os.listdir(os.path.join(HERE, 'out')))
    if on_disk != files_listed:
        errors.append('files on disk vs listed differ: %d vs %d' % (len(on_disk), len(files_listed)))
    areas = sorted(sizes, key=lambda s: s[0] * s[1])
    print('images', len(recs), 'clean', n_clean, 'leaky', n_leaky)
    print('leaks total', sum(kinds.values()))
    for k in sorted(kinds):
        print('  %-14s %d' % (k, kinds[k]))
    print('QR codes', qr_codes, '(personal, listed as leaks:', qr_leaks, ') decoded', qr_decoded_ok, '/', qr_checked)
    print('formats', dict(fmts))
    print('size range', areas[0], '..', areas[-1], ' >=3000x2000:', big)
    min_h.sort()
    print('smallest leak box heights', [h for h, _ in min_h[:8]])
    if errors:
        print('ERRORS', len(errors))
        for e in errors[:40]:
            print('  ', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
