"""Locator core: the case file, the encrypted vault and the domain rules.

Pure Python. This package never imports PySide6 or ``ui`` (a test enforces it).
"""

__version__ = "0.1.0"
