"""Bounds on what one input may cost: its size, its longest line, its time.

No real article is 20 MB of text or has a paragraph of a million characters; a file that
does is a dump, a log or an attack, and reading it would hold a run for minutes. Each
limit is refused with one line that names it and the option that raises it.
"""
from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["Limits", "DEFAULT", "MAX_NUMBER_CHARS", "TimeLimit", "time_limit", "longest_line"]

#: Characters of the longest number a figure is written with ("1 980 000 000 000,5" has 18):
#: longer runs of digits (a hash, a dump, a million digits) are no figure, and Decimal
#: arithmetic on them overflows.
MAX_NUMBER_CHARS = 40


@dataclass(frozen=True, slots=True)
class Limits:
    """What one input may cost. `None` switches a limit off."""

    #: bytes of one file (`tracker extract --max-mb`)
    max_bytes: int | None = 20_000_000
    #: characters of one line of an article's text (`--max-line`)
    max_line: int | None = 1_000_000
    #: seconds to read one file, or to extract one article (`--max-seconds`)
    max_seconds: float | None = 60.0

    def size_problem(self, size: int) -> str | None:
        """The one-line reason a file of `size` bytes is refused, or None.

        >>> Limits(max_bytes=20_000_000).size_problem(52_428_800)
        'file of 52.4 MB, over the 20 MB limit for one file (raise it with --max-mb 53)'
        """
        if self.max_bytes is None or size <= self.max_bytes:
            return None
        return (f"file of {size / 1e6:.1f} MB, over the {_mb(self.max_bytes)} MB limit for one "
                f"file (raise it with --max-mb {math.ceil(size / 1e6)})")

    def line_problem(self, text: str) -> str | None:
        """The one-line reason a text with an overlong line is refused, or None.

        >>> Limits(max_line=10).line_problem("short\\n" + "x" * 12)
        'a line of 12 characters, over the 10 limit (no article has a paragraph that long; raise it with --max-line 12)'
        """
        if self.max_line is None or len(text) <= self.max_line:
            return None
        longest = longest_line(text)
        if longest <= self.max_line:
            return None
        return (f"a line of {longest:,} characters, over the {self.max_line:,} limit (no article "
                f"has a paragraph that long; raise it with --max-line {longest})")


DEFAULT = Limits()


def _mb(n: int) -> str:
    return f"{n / 1e6:g}"


def longest_line(text: str) -> int:
    """Length of the longest line of `text` ("\\n" ends a line), in linear time.

    >>> longest_line("ab\\nabcd\\n")
    4
    """
    best = pos = 0
    n = len(text)
    while pos <= n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        best = max(best, end - pos)
        pos = end + 1
    return best


class TimeLimit(BaseException):
    """Raised inside a `time_limit` block that ran out of time.

    A BaseException, as KeyboardInterrupt is: the `except Exception` of a parser that reads
    on after its own errors must not swallow it.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"stopped after {seconds:g} s; raise the limit with --max-seconds")
        self.seconds = seconds


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimit in this block once `seconds` have passed (wall clock).

    Works through SIGALRM, so only in a process's main thread on Unix; elsewhere, and for
    `None`, the block runs unbounded. A limit already running outside is kept: the inner
    one never extends it. Code stuck inside one C call (a regular expression) is stopped
    when that call returns.
    """
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    assert seconds is not None
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:  # an enclosing limit ends first: let it
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeLimit(seconds)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:  # give an enclosing limit back what it has left
            signal.setitimer(signal.ITIMER_REAL, max(1e-3, outer_left - (time.monotonic() - started)))
