"""Length-preserving truecasing for lower-case posts (placeholder: being written)."""


def truecase(text: str) -> str:
    return text
