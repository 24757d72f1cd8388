"""The vault: unlock, the Vault menu (backup, restore, merge, recovery sheet, erase),
settings, the session lock and idle lock, one instance per vault.
"""
