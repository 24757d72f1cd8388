"""Small, bounded D-Bus calls on the test's own session bus (jeepney, pure Python)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

CALL_TIMEOUT_S = 10.0

BUS = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                  interface="org.freedesktop.DBus")


class DBusError(RuntimeError):
    pass


@contextmanager
def connection(address: str) -> Iterator[DBusConnection]:
    conn = open_dbus_connection(bus=address)
    try:
        yield conn
    finally:
        conn.close()


def call(conn: DBusConnection, address: DBusAddress, method: str, signature: str | None = None,
         body: tuple[Any, ...] = (), timeout: float = CALL_TIMEOUT_S) -> tuple[Any, ...]:
    reply = conn.send_and_get_reply(new_method_call(address, method, signature, body),
                                    timeout=timeout)
    if reply.header.message_type is MessageType.error:
        name = reply.header.fields.get(HeaderFields.error_name, "?")
        raise DBusError(f"{method}: {name} {reply.body!r}")
    return tuple(reply.body)


def get_property(conn: DBusConnection, address: DBusAddress, name: str,
                 timeout: float = CALL_TIMEOUT_S) -> Any:
    props = DBusAddress(address.object_path, bus_name=address.bus_name,
                        interface="org.freedesktop.DBus.Properties")
    (value,) = call(conn, props, "Get", "ss", (address.interface, name), timeout)
    return value[1]  # (signature, value)


def name_has_owner(address: str, name: str) -> bool:
    with connection(address) as conn:
        (owned,) = call(conn, BUS, "NameHasOwner", "s", (name,))
    return bool(owned)


def activatable(address: str) -> list[str]:
    with connection(address) as conn:
        (names,) = call(conn, BUS, "ListActivatableNames")
    return list(names)
