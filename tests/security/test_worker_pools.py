"""Worker pools stop on Ctrl-C: queued jobs are dropped and running workers ended at once."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from selfaudit.analysis import worker_pool


def _slow(i: int) -> int:
    time.sleep(30)
    return i


def _quick(i: int) -> int:
    return i * 2


@pytest.mark.timeout(60)
def test_interrupt_ends_workers_and_drops_queued_jobs():
    ctx = multiprocessing.get_context("forkserver")
    t0 = time.monotonic()
    procs = []
    with pytest.raises(KeyboardInterrupt), worker_pool(2, ctx) as pool:
        futs = [pool.submit(_slow, i) for i in range(50)]
        futs[0].running() or time.sleep(0.5)
        procs = list(pool._processes.values())
        raise KeyboardInterrupt
    assert time.monotonic() - t0 < 10  # not 50 × 30 s / 2 workers
    time.sleep(0.2)
    assert procs and not any(p.is_alive() for p in procs)
    assert sum(f.cancelled() for f in futs) >= 40
    # A later pool works (a fresh fork server is started).
    with worker_pool(2, ctx) as pool:
        assert list(pool.map(_quick, range(4))) == [0, 2, 4, 6]


def test_a_normal_run_waits_for_every_job():
    with worker_pool(2, multiprocessing.get_context("forkserver")) as pool:
        futs = [pool.submit(_quick, i) for i in range(6)]
    assert [f.result() for f in futs] == [0, 2, 4, 6, 8, 10]
