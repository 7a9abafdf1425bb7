"""``python -m leakscan`` runs the command line."""

from .cli import main

main()
