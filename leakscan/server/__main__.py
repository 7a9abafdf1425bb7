"""``python -m leakscan.server [PORT]``: serve on 127.0.0.1 with the environment's settings."""

from .serve import main

main()
