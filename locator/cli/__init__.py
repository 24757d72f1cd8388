"""The headless commands (``python -m locator``).
"""
