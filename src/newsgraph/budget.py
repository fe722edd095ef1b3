"""A time budget for the analysis of one article.

In the main thread of a process (the command line, a Spark task) a timer signal interrupts
a runaway analysis wherever it is; elsewhere (a server's worker thread, where signals cannot
be used) the budget is checked between pipeline components, which stops the article after the
component that ran over. The interruption is a BaseException, so no `except Exception` in rule
code can swallow it.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager


class OverBudget(BaseException):
    """The article's time budget ran out (caught by process(), never seen by callers)."""


class Budget:
    """Seconds allowed from now; `check()` raises OverBudget once they are spent."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.deadline = None if not seconds or seconds <= 0 else time.monotonic() + seconds

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise OverBudget()


def _can_use_signals() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def interrupt_after(budget: Budget):
    """Within the block, an OverBudget is raised when the budget runs out (main thread only)."""
    if budget.deadline is None or not _can_use_signals():
        yield
        return
    state = {"armed": True}

    def on_alarm(signum, frame):
        if state["armed"]:
            raise OverBudget()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer_delay, _ = signal.setitimer(signal.ITIMER_REAL, max(0.001, budget.deadline - time.monotonic()))
    started = time.monotonic()
    try:
        yield
    finally:
        state["armed"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        if outer_delay:  # a timer the caller had set goes on with what was left of it
            signal.setitimer(signal.ITIMER_REAL, max(0.001, outer_delay - (time.monotonic() - started)))
