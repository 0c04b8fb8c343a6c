"""A process's own peak resident set, for tests that run a child and bound its memory.

`getrusage(RUSAGE_SELF).ru_maxrss` is not the child's own peak on Linux: the kernel carries the
high-water mark across fork and exec, so a child started by a 750 MB pytest worker reports 750 MB
whatever it did itself (found when the suite first ran in two worker processes). /proc/self/status's
VmHWM is the peak of the process's own address space since its exec; ru_maxrss is the fallback
where there is no /proc."""

from __future__ import annotations

import resource


def own_peak_rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
