"""How the timeline reads: one description of each event, for every screen and sheet.
"""
