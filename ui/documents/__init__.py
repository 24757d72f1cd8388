"""Reading a photo or scan of a document, and accepting what it says field by field."""
