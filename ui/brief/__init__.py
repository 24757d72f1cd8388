"""The lawyer brief window.
"""
