"""Strict reading of the YAML data files the app ships, with line numbers.

``yaml.safe_load`` forgets where a value came from and lets typos through (an
unknown key is silently ignored; a duplicate key silently wins). Data files
such as centres.yaml or the deadline rules are read here instead:

* :func:`compose` parses the text into PyYAML nodes, which keep their line;
* :class:`StrictMap` wraps one mapping node. The loader *takes* each key it
  knows (``text``, ``boolean``, ``mapping``, ``mappings`` …); :meth:`StrictMap.done`
  then fails on any key that was not taken. Duplicate keys fail at once.

Every failure is a :class:`StrictYamlError` carrying the 1-based ``line`` and
the ``path`` of the value (``phones[1].number``), so the caller can say exactly
where the file is wrong. Paths are relative to the map the caller started
from; a loader for a list of records typically starts a fresh path per record.

Example::

    root = StrictMap(compose(text))
    title = root.text("title")
    for item in root.mappings("items"):
        name = item.text("name")
        item.done()
    root.done()
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml

E = TypeVar("E", bound=StrEnum)

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_KIND = {_NULL: "nothing (null)", _BOOL: "true/false", _INT: "a number",
         "tag:yaml.org,2002:float": "a number", "tag:yaml.org,2002:timestamp": "a date"}


class StrictYamlError(ValueError):
    """A data file breaks its format.

    Attributes:
        problem: what is wrong, in plain words.
        path: where in the data (``phones[1].number``; ``""`` for the top).
        line: 1-based line in the file, or None if unknown.
    """

    def __init__(self, problem: str, *, path: str = "", line: int | None = None) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        where = f"line {line}" if line is not None else "unknown line"
        super().__init__(f"{where}: {path or '(top)'}: {problem}")


# libyaml's parser when PyYAML was built with it (the same nodes and marks, several
# times faster: centres.yaml is read while the vault door is open)
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def line_of(node: yaml.Node) -> int:
    """The 1-based line where ``node`` starts."""
    return int(node.start_mark.line) + 1


def compose(text: str) -> yaml.Node:
    """Parse YAML text into a node tree (safe tags only; aliases are resolved).

    Raises:
        StrictYamlError: if the text is not valid YAML or is empty.
    """
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = int(mark.line) + 1 if mark is not None else None
        raise StrictYamlError(f"not valid YAML: {error.problem or error}", line=line) from None
    except yaml.YAMLError as error:
        raise StrictYamlError(f"not valid YAML: {error}") from None
    if node is None:
        raise StrictYamlError("the file is empty", line=1)
    return node


def join(path: str, key: str | int) -> str:
    """Extend a path: ``phones`` + 1 → ``phones[1]``, + ``number`` → ``phones[1].number``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def scalar_text(node: yaml.Node, path: str) -> str:
    """A non-empty text scalar; numbers, dates, booleans and null must be quoted to be text."""
    if not isinstance(node, yaml.ScalarNode):
        raise StrictYamlError("expected text, found a list or mapping",
                              path=path, line=line_of(node))
    if node.tag != _STR:
        found = _KIND.get(node.tag, node.tag)
        raise StrictYamlError(f"expected text, found {found} (put it in quotes)",
                              path=path, line=line_of(node))
    value = str(node.value).strip()
    if not value:
        raise StrictYamlError("must not be empty", path=path, line=line_of(node))
    return value


def peek_text(node: yaml.Node, key: str) -> str | None:
    """The text under ``key`` if ``node`` is a mapping holding a non-empty text there, else None.

    Does not check anything else: meant for naming a record (by its id) in the
    error about it before reading it strictly.
    """
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if (isinstance(key_node, yaml.ScalarNode) and key_node.value == key
                    and isinstance(value, yaml.ScalarNode) and value.tag == _STR
                    and str(value.value).strip()):
                return str(value.value).strip()
    return None


class StrictMap:
    """One YAML mapping whose keys must all be taken by the loader.

    Args:
        node: a mapping node (anything else is an error).
        path: where this mapping sits, for messages (``""`` for the top).
    """

    def __init__(self, node: yaml.Node, path: str = "") -> None:
        if not isinstance(node, yaml.MappingNode):
            raise StrictYamlError("expected a mapping (key: value lines)",
                                  path=path, line=line_of(node))
        self.path = path
        self.line = line_of(node)
        self._entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        self._asked: set[str] = set()
        for key_node, value_node in node.value:
            key = scalar_text(key_node, join(path, "(key)"))
            if key in self._entries:
                raise StrictYamlError(f'the key "{key}" is given twice',
                                      path=join(path, key), line=line_of(key_node))
            self._entries[key] = (key_node, value_node)

    # -- plumbing ---------------------------------------------------------------
    def has(self, key: str) -> bool:
        """True if ``key`` is present with a non-null value (marks it as known)."""
        self._asked.add(key)
        entry = self._entries.get(key)
        return entry is not None and entry[1].tag != _NULL

    def present(self, key: str) -> bool:
        """True if ``key`` is written at all, even with a null value (marks it as known).

        For keys that must be written but may be ``null`` (read them with ``opt_…``).
        """
        self._asked.add(key)
        return key in self._entries

    def node(self, key: str) -> yaml.Node:
        """The value node of a required key."""
        if not self.has(key):
            raise StrictYamlError("is missing", path=join(self.path, key), line=self.line)
        return self._entries[key][1]

    def line_of(self, key: str) -> int:
        """Line of ``key``'s value, or of this mapping when the key is absent."""
        entry = self._entries.get(key)
        return line_of(entry[1]) if entry is not None else self.line

    def error(self, key: str, problem: str) -> StrictYamlError:
        """An error about ``key``'s value (for checks the loader makes itself)."""
        return StrictYamlError(problem, path=join(self.path, key), line=self.line_of(key))

    def keys(self) -> list[str]:
        """All keys, in file order (for registries keyed by name); marks them known."""
        self._asked.update(self._entries)
        return list(self._entries)

    def done(self) -> None:
        """Fail on the first key (in file order) that the loader never asked for."""
        for key, (key_node, _) in self._entries.items():
            if key not in self._asked:
                known = ", ".join(sorted(self._asked)) or "none"
                raise StrictYamlError(f'unknown key "{key}" (known keys: {known})',
                                      path=join(self.path, key), line=line_of(key_node))

    # -- typed getters -------------------------------------------------------------
    def text(self, key: str) -> str:
        """A required text value."""
        return scalar_text(self.node(key), join(self.path, key))

    def choice(self, key: str, kind: type[E]) -> E:
        """A required value that must be one of the enum ``kind``'s values."""
        text = self.text(key)
        try:
            return kind(text)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise self.error(key, f'"{text}" is not one of: {allowed}') from None

    def opt_text(self, key: str) -> str | None:
        """An optional text value (absent or null → None)."""
        return self.text(key) if self.has(key) else None

    def raw(self, key: str) -> str:
        """A required scalar of any type, as written (for values the caller parses itself)."""
        node = self.node(key)
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(key, "expected a single value, found a list or mapping")
        return str(node.value).strip()

    def boolean(self, key: str, default: bool | None = None) -> bool:
        """``true`` or ``false``; absent → ``default`` (required when default is None)."""
        if default is not None and not self.has(key):
            return default
        node = self.node(key)
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL:
            raise self.error(key, "expected true or false")
        return str(node.value).lower() in {"true", "yes", "on"}

    def integer(self, key: str) -> int:
        """A required whole number."""
        node = self.node(key)
        text = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        if node.tag != _INT or not re.fullmatch(r"[-+]?[0-9]+", text):
            raise self.error(key, "expected a whole number (decimal digits)")
        return int(text)

    def opt_integer(self, key: str) -> int | None:
        """An optional whole number (absent or null → None)."""
        return self.integer(key) if self.has(key) else None

    def mapping(self, key: str) -> StrictMap:
        """A required nested mapping."""
        return StrictMap(self.node(key), join(self.path, key))

    def opt_mapping(self, key: str) -> StrictMap | None:
        """An optional nested mapping (absent or null → None)."""
        return self.mapping(key) if self.has(key) else None

    def sequence(self, key: str, *, required: bool = False) -> list[tuple[str, yaml.Node]]:
        """The items of a list as ``(path, node)``; absent → ``[]`` unless required.

        A required list must also be non-empty.
        """
        if not required and not self.has(key):
            return []
        node = self.node(key)
        path = join(self.path, key)
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(key, "expected a list")
        if required and not node.value:
            raise self.error(key, "must not be an empty list")
        return [(join(path, i), item) for i, item in enumerate(node.value)]

    def mappings(self, key: str, *, required: bool = False) -> list[StrictMap]:
        """A list of mappings; absent → ``[]`` unless required."""
        return [StrictMap(item, path) for path, item in self.sequence(key, required=required)]

    def texts(self, key: str) -> list[str]:
        """One text or a non-empty list of texts (``source: A`` or ``source: [A, B]``)."""
        node = self.node(key)
        if isinstance(node, yaml.SequenceNode):
            return [scalar_text(item, path) for path, item in self.sequence(key, required=True)]
        return [self.text(key)]


T = TypeVar("T")


def read_data_file(path: Path | None, shipped: Callable[[], T], parse: Callable[[str, str], T],
                   unreadable: Callable[[Path, Exception], Exception]) -> T:
    """A shipped data file's loader, in one place: ``None`` gives ``shipped()`` (the shipped
    file, read once and cached by the caller); a path is read as UTF-8 and parsed with
    ``parse(text, file_name)``. A file that cannot be read raises ``unreadable(path,
    error)``, the module's own error."""
    if path is None:
        return shipped()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise unreadable(path, error) from error
    return parse(text, path.name)
