"""Debug helper: render one scene by name with boxes drawn, downscaled preview."""
import sys, time
import numpy as np
from PIL import ImageDraw
import make_images as M
name = sys.argv[1]; seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
fn = {n: f for n, _, f, _ in M.LEAKY + M.CLEAN}[name]
t = time.time()
cv = fn(np.random.default_rng([seed, 7]))
dt = time.time() - t
im = cv.img.copy(); d = ImageDraw.Draw(im)
for l in cv.leaks:
    x, y, w, h = l["box"]; d.rectangle((x, y, x + w, y + h), outline=(255, 0, 0), width=3)
for q in cv.qrs:
    x, y, w, h = q["box"]; d.rectangle((x, y, x + w, y + h), outline=(0, 200, 255), width=3)
sc = 1200 / max(im.size)
im.resize((int(im.width * sc), int(im.height * sc))).save(f"/work/blindwrite/images-v11/_dbg/{name}_{seed}.png")
print(name, cv.W, cv.H, f"{dt:.1f}s", [(l["kind"], l["text"]) for l in cv.leaks], [q["payload"][:30] for q in cv.qrs])
