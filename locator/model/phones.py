"""Phone numbers: parsed with phonenumbers, stored as E.164 (default region BE)."""

from __future__ import annotations

import phonenumbers

from locator.model.errors import FieldError

DEFAULT_REGION = "BE"


def normalise_phone(text: str, field: str, region: str = DEFAULT_REGION) -> str:
    """``"0470 12 34 56"`` → ``"+32470123456"``; ``""`` stays empty; nonsense is an error."""
    raw = text.strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise FieldError(field, "this is not a phone number we can read "
                                "(try the international form, e.g. +32 470 12 34 56)") from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError(field, "this phone number does not exist "
                                "(check the digits, or add the country code, e.g. +33)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """``"+32470123456"`` → ``"+32 470 12 34 56"``."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
