"""Redactors: turn findings into a clean copy. They never detect anything themselves."""
