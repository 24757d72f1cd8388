"""The law's clock, pure: the deadline rules (resources/deadline_rules.yaml), the Belgian
legal holidays, counting a due date, which timers a decision starts, and the alerts.
No SQL and no vault: :mod:`locator.storage` keeps what this package computes.
"""
