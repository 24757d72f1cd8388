"""The SQLCipher vault and everything that touches it: migrations as fixed SQL history,
rows, queries, search, deadlines kept, attachments, backups, merge, erase, the key
derivation and the keyring. The only package that writes SQL.
"""
