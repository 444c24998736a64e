"""Rufus Console: every open RUFUS timing session of an account, closed safely."""

__version__ = "0.1.0"
