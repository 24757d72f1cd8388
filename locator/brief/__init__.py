"""The printed and sent documents: the lawyer brief (one content model, PDF and text), the
emails to GVO and the lawyer, the recovery sheet, the fonts they are drawn with.
"""
