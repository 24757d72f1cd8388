"""The case: its list, its editor (fields and tables), its timeline, the Case menu.
"""
