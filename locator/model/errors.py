"""Exceptions raised by the core, with messages a person can act on.

Messages are plain English templates with ``{name}`` placeholders. The UI
translates the template and fills it in, so a message is never built from
case data inside this package unless the caller chose to show it.

Every text of the core that the UI shows is found by
``tools/update_translations.py`` for the translators (Qt context ``errors``): the
``template`` of each :class:`LocatorError` subclass, a literal template given to
one when it is raised, the literal values of its ``translatable_params``, and any
literal wrapped in :func:`N_`.
"""

from __future__ import annotations

from collections.abc import Iterable


def N_(text: str) -> str:
    """Marks a literal text of the core that the UI shows translated; returns it as is."""
    return text


class LocatorError(Exception):
    """Base class: a problem the user can understand and usually fix.

    Attributes:
        template: the message, English, with ``{name}`` placeholders.
        params: the values of the placeholders.
        translatable_params: names of params whose value is itself a message of the
            core (translated too), not data (names, paths, numbers: shown as they are).
    """

    template: str = "Something went wrong."
    translatable_params: tuple[str, ...] = ()

    def __init__(self, template: str | None = None, **params: object) -> None:
        self.template = template if template is not None else type(self).template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class FieldError(LocatorError):
    """One field holds a value that cannot be accepted.

    Attributes:
        field: the canonical field name, with a path for nested values
            (``contacts[0].phones[1]``, ``lawyer.email``).
    """

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)

    @property
    def message(self) -> str:
        return f"{self.field}: {super().message}"

    @property
    def detail(self) -> str:
        """The message without the field name in front (for inline labels)."""
        return self.template.format(**self.params) if self.params else self.template


class ValidationFailed(LocatorError):
    """One or more fields are invalid; nothing was saved."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    @property
    def message(self) -> str:
        return "; ".join(e.message for e in self.errors)

    def by_field(self) -> dict[str, FieldError]:
        return {e.field: e for e in self.errors}
