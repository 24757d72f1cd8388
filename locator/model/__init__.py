"""The case file's vocabulary: the case dataclasses with each field declared once
(kind, label, editor section, search, brief), typed timeline events and the values they
record (a call's answer, an email's recipient and purpose, a step's mark), dates, countries,
phones, errors, the strict YAML reader and where the shipped data lives. Imports nothing
else of Locator.
"""
