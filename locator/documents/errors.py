"""Why a document could not be read — one class per cause."""

from __future__ import annotations

from locator.model.errors import LocatorError


class DocumentError(LocatorError):
    template = "The document could not be read."


class NotAnImage(DocumentError):
    template = ("This attachment is not a photo or scan Locator can read (JPEG, PNG, TIFF, "
                "WebP…). Take a photo of the paper and add it.")


class NoTesseract(DocumentError):
    template = ("The text recognition of this computer (Tesseract, with its French, Dutch and "
                "English data) was not found. Install it, or set TESSDATA_PREFIX to its "
                "tessdata folder.")


class ReadingCancelled(DocumentError):
    template = "Reading was cancelled."
