"""What every feature of the Qt layer uses: translation, theme, screens, accessibility,
prompts, file dialogs, the clipboard, background work, logging filters, fonts.
"""
