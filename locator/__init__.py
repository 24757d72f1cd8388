"""Locator core: the case file, the encrypted vault and the domain rules.

Pure Python. This package never imports PySide6 or ``ui`` (a test enforces it).
"""

__version__ = "0.1.0"
#: Getting the Voice Out: where case details may go, by email only (never Facebook or
#: private messages). Light to import: the About box and the first-run guide show it.
GVO_EMAIL = "gettingthevoiceout@riseup.net"
