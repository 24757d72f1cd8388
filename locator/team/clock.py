"""The hybrid logical clock every change carries.

A clock reading is ``<milliseconds since 1970, 13 digits>.<counter, 5 digits>.<device>``:
compared as text it orders changes by time, then by the counter that keeps one device's
changes in order within a millisecond (or when a device's clock is behind a change it has
seen), then by device, so two devices never produce the same reading and every device
orders any two changes the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

_COUNTER_MAX = 99_999


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Clock:
    device: str
    millis: int = 0
    counter: int = 0
    wall: Callable[[], int] = _wall_ms

    def tick(self) -> str:
        """A reading for a change made now on this device, later than every reading this
        device made or saw."""
        now = self.wall()
        if now > self.millis:
            self.millis, self.counter = now, 0
        else:
            self._bump()
        return self.reading()

    def see(self, reading: str) -> None:
        """Take in the reading of a change from another device."""
        millis, counter, _device = parse(reading)
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter

    def _bump(self) -> None:
        if self.counter >= _COUNTER_MAX:
            self.millis, self.counter = self.millis + 1, 0
        else:
            self.counter += 1

    def reading(self) -> str:
        return f"{self.millis:013d}.{self.counter:05d}.{self.device}"

    def state(self) -> str:
        return f"{self.millis}.{self.counter}"

    @classmethod
    def restore(cls, device: str, state: str | None) -> Clock:
        clock = cls(device)
        if state:
            millis, counter = state.split(".")
            clock.millis, clock.counter = int(millis), int(counter)
        return clock


def parse(reading: str) -> tuple[int, int, str]:
    millis, counter, device = reading.split(".", 2)
    return int(millis), int(counter), device


def when(reading: str) -> datetime:
    """The wall-clock moment of a reading (UTC)."""
    return datetime.fromtimestamp(parse(reading)[0] / 1000, tz=UTC)
