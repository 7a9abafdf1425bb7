"""leakscan's version, in one module of the ground floor: the package exports it, and the
record of how a clean copy was made names it (any layer may read it)."""

__version__ = "0.1.0"
