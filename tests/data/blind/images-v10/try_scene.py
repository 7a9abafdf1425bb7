"""Debug helper: python try_scene.py MODULE FUNC [seed] [cat] [n] -> debug/MODULE_FUNC_seed.png with leak boxes drawn."""
import sys, random, importlib, time
import numpy as np
from PIL import ImageDraw
import common as C
mod, fn = sys.argv[1], sys.argv[2]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
cat = sys.argv[4] if len(sys.argv) > 4 else "screen"
n = int(sys.argv[5]) if len(sys.argv) > 5 else 6
rng = random.Random(seed); rnp = np.random.default_rng(seed)
size = {"screen": rng.choice([(720, 1280), (1080, 2340), (540, 960)]), "photo": (4032, 3024), "doc": (1654, 2339)}[cat]
ctx = C.Ctx(seed, fn, size, rng, rnp, n); ctx.as_photo = cat == "photo"; ctx.cat = cat
t = time.time()
ph = getattr(importlib.import_module(mod), fn)(ctx)
img = ph.img.convert("RGB"); W, H = img.size
L = C.finalize_boxes(ph.leaks, W, H)
d = ImageDraw.Draw(img)
for l in L:
    x, y, w, h = l["box"]; d.rectangle([x, y, x + w, y + h], outline=(255, 0, 0), width=2)
for q in C.qr_boxes(ph.qrs, W, H):
    x, y, w, h = q["box"]; d.rectangle([x, y, x + w, y + h], outline=(0, 0, 255), width=3)
print(f"{time.time()-t:.1f}s", W, H, len(L), [ (l['kind'], l['text']) for l in L])
img.thumbnail((1200, 1200)) if max(W, H) > 2500 else None
import os; os.makedirs("debug", exist_ok=True)
img.save(f"debug/{mod}_{fn}_{seed}.png")
