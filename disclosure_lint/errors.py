"""Errors that end the run with exit status 2 and one clear line."""


class UsageError(Exception):
    """Bad arguments, a bad configuration or an unreadable path."""
