import json, os, collections
import numpy as np, cv2
from PIL import Image
rows = [json.loads(l) for l in open('expected.jsonl')]
det = cv2.QRCodeDetector()
QRP = ('tel:', 'sms:', 'mailto:', 'geo:', 'MECARD', 'BEGIN:VCARD', 'WIFI:', 'https://', 'Hi! I am')
kinds = collections.Counter(); fmts = collections.Counter(); sizes = []
nclean = 0; nqr = 0; qr_ok = 0; problems = []
files = set()
for r in rows:
    p = r['file']; files.add(os.path.basename(p))
    if not os.path.exists(p): problems.append(('missing', p)); continue
    im = Image.open(p); W, H = im.size; sizes.append((W, H)); fmts[im.format] += 1
    assert set(r) == {'file','clean','leaks','faces','notes'}
    if r['clean']:
        nclean += 1
        assert not r['leaks']
    else:
        assert r['leaks'], p
    rgb = None
    for l in r['leaks']:
        kinds[l['kind']] += 1
        x, y, w, h = l['box']
        if not (w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= W and y + h <= H):
            problems.append(('box', p, l))
        if l['text'].startswith(QRP):
            nqr += 1
            if rgb is None: rgb = im.convert('RGB')
            val = ''
            for pf in (0.2, 0.4, 0.1):
                for tw in (None, 400, 600, 800):
                    pad = int(max(w, h) * pf)
                    crop = rgb.crop((max(0, x-pad), max(0, y-pad), min(W, x+w+pad), min(H, y+h+pad)))
                    if tw: crop = crop.resize((tw, int(crop.height * tw / crop.width)))
                    val, _, _ = det.detectAndDecode(np.array(crop)[:, :, ::-1])
                    if val == l['text']: break
                if val == l['text']: break
            if val == l['text']: qr_ok += 1
            else: problems.append(('qr', p, l['text'][:30], val[:30]))
extra = set(os.listdir('out')) - files
print('images', len(rows), 'clean', nclean, 'leaky', len(rows) - nclean, 'extra files', len(extra))
print('kinds', dict(sorted(kinds.items())), 'total leaks', sum(kinds.values()))
print('QR leaks', nqr, 'decoded', qr_ok)
print('formats', dict(fmts))
print('min', min(sizes, key=lambda s: s[0]*s[1]), 'max', max(sizes, key=lambda s: s[0]*s[1]),
      '>=3000x2000', sum(1 for w, h in sizes if max(w,h) >= 3000 and min(w,h) >= 2000))
print('problems', problems)
