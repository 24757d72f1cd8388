"""The case file's vocabulary: the case dataclasses with each field declared once
(kind, label, editor section, search, brief), typed timeline events, dates, countries,
phones, errors, the strict YAML reader and where the shipped data lives. Imports nothing
else of Locator.
"""
