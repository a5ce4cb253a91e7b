"""Memory bound for every property in this folder (the example budget is in harness.py).

The soft address-space limit (RLIMIT_AS) is lowered to what the process already uses plus
``HEADROOM`` while a property runs: a reader that runs away raises MemoryError, which is not a
SelfauditError, so the property fails instead of the machine.
"""

from __future__ import annotations

import resource

import pytest

HEADROOM = 768 * 2**20


def _vm_bytes() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


@pytest.fixture(autouse=True)
def memory_cap():
    """Cap this process's address space for the duration of one property."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _vm_bytes() + HEADROOM
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield cap
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
