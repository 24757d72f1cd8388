"""Help, About and the first-run guide.
"""
