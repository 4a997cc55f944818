"""How busy the machine is, and waiting for a quiet moment before a measurement.

Benchmarks here share a small machine with other work; a figure taken while other processes
use the cores says little. `wait_for_quiet` samples /proc/stat and returns once the cores
have been mostly idle for one sample (or when the wait runs out), with the busy fraction seen.
"""
from __future__ import annotations

import time
from typing import Optional


def _cpu_times() -> Optional[tuple[int, int]]:
    """(busy, total) jiffies over all cores since boot, or None where /proc/stat is absent."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_busy(seconds: float = 1.0) -> Optional[float]:
    """Fraction of all cores busy over the next `seconds` (0.0 to 1.0), or None if unknown."""
    before = _cpu_times()
    time.sleep(seconds)
    after = _cpu_times()
    if before is None or after is None or after[1] == before[1]:
        return None
    return (after[0] - before[0]) / (after[1] - before[1])


def wait_for_quiet(threshold: float = 0.15, max_wait: float = 120.0, sample: float = 2.0) -> Optional[float]:
    """Wait until the cores are less than `threshold` busy over one sample; return the last sample."""
    deadline = time.monotonic() + max_wait
    busy = cpu_busy(sample)
    while busy is not None and busy > threshold and time.monotonic() < deadline:
        busy = cpu_busy(sample)
    return busy


class BusyMeter:
    """Cores' busy time during a block, so the share used by other work can be stated.

    Use: `with BusyMeter() as meter: ...`, then `meter.others(own_cpu_seconds)` is the fraction
    of all cores that processes other than ours kept busy while the block ran.
    """

    def __enter__(self) -> "BusyMeter":
        self._start, self._t0 = _cpu_times(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self._end, self.seconds = _cpu_times(), time.perf_counter() - self._t0

    def others(self, own_cpu_seconds: float) -> Optional[float]:
        """Share of the cores busy with other work (0.0 to 1.0), or None where unknown."""
        import os

        if self._start is None or self._end is None or self.seconds <= 0:
            return None
        ticks = os.sysconf("SC_CLK_TCK")
        busy = (self._end[0] - self._start[0]) / ticks
        cores = os.cpu_count() or 1
        return max(0.0, min(1.0, (busy - own_cpu_seconds) / (self.seconds * cores)))
