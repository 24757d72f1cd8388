"""Deadlines on screen: the panel in the case, the Deadlines view, the decision dialog,
the notifier.
"""
