"""Locator's Qt (PySide6) layer: windows, dialogs and models over ``locator``."""
