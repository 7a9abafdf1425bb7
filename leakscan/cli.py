"""Command line (placeholder: being written)."""


def main() -> None:
    raise SystemExit("leakscan CLI is being written")
