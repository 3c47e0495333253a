"""Several hosts: ``jax.distributed`` joins the processes, so one mesh spans every process's devices.

Every process loads the same artifact with the same options and calls it with the same inputs (JAX's
multi-controller model: each process drives its own devices through the same compiled program); XLA moves what
the partitioned program needs between devices and hosts. Each process gets every output back whole.

    torchtpu run ART.mlir --devices 8 --tensor-parallel 8 --coordinator 10.0.0.1:8476 --num-processes 2 \\
        --process-id 0    # and --process-id 1 on the other host

``coordinator="auto"`` lets JAX find the coordinator, the process count and this process's id itself, as it does
on a Cloud TPU pod slice (and under SLURM or Open MPI).

A server hears requests on process 0 only; ``Lockstep`` has process 0 share each call with the others, which
repeat it, so every process still runs the same programs in the same order.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any

import jax
import numpy as np

from torchtpu_aot import dtypes, jax_compat
from torchtpu_aot.errors import OptionError

AUTO = "auto"
_joined: tuple | None = None


def join(coordinator: str | None = None, num_processes: int | None = None, process_id: int | None = None) -> bool:
    """Join the processes described (checked) through ``jax.distributed``; False when no coordinator is given (one
    process). Must run before anything in this process uses JAX's devices. Joining again with the same settings
    does nothing; with others it is an error."""
    global _joined
    settings = _check(coordinator, num_processes, process_id)
    if settings is None:
        return False
    if _joined is not None or jax_compat.distributed_initialized():
        if _joined not in (None, settings):
            raise OptionError(f"This process already joined {_describe(*_joined)}; it cannot join "
                              f"{_describe(*settings)} too. Start a new process for another cluster.")
        return True
    try:
        jax_compat.initialize_distributed(None if settings[0] == AUTO else settings[0], *settings[1:])
    except RuntimeError as e:
        raise OptionError(
            f"Cannot join {_describe(*settings)}: {str(e).strip().splitlines()[0] if str(e).strip() else e} "
            "Joining must come before anything in the process uses JAX's devices: pass the coordinator to "
            "torchtpu_aot.load (or the command line) first thing.") from None
    except Exception as e:  # the coordinator is unreachable, the ids disagree, a timeout
        raise OptionError(
            f"Cannot join {_describe(*settings)}: {type(e).__name__}: "
            f"{str(e).strip().splitlines()[0] if str(e).strip() else ''}. Check that every process got the same "
            "--coordinator and --num-processes, a distinct --process-id from 0 on, and that process 0's host "
            "accepts connections on that port.") from None
    _joined = settings
    return True


def process_index() -> int:
    """This process's index among the joined ones (0 on one process)."""
    return jax.process_index()


def process_count() -> int:
    return jax.process_count()


def _check(coordinator: Any, num_processes: Any, process_id: Any) -> tuple | None:
    if coordinator is None:
        given = [n for n, v in (("num_processes", num_processes), ("process_id", process_id)) if v is not None]
        if given:
            raise OptionError(f"{' and '.join(given)} {'need' if len(given) > 1 else 'needs'} a coordinator "
                              "(--coordinator HOST:PORT, process 0's address), given to every process.")
        return None
    if coordinator == AUTO:
        if num_processes is not None or process_id is not None:
            raise OptionError("coordinator='auto' finds the process count and id itself; leave num_processes and "
                              "process_id out, or give the coordinator's HOST:PORT with both.")
        return (AUTO, None, None)
    if not isinstance(coordinator, str) or not re.fullmatch(r"\[?[\w.:-]+\]?:\d{1,5}", coordinator):
        raise OptionError(f"The coordinator {coordinator!r} is not HOST:PORT (process 0's address and a free "
                          "port, e.g. 10.0.0.1:8476), nor 'auto'.")
    for name, value in (("num_processes", num_processes), ("process_id", process_id)):
        if value is None or isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise OptionError(f"With a coordinator, {name} must be given as a whole number (every process: "
                              f"--num-processes P, and its own --process-id from 0 to P-1), got {value!r}.")
    if num_processes < 1 or process_id >= num_processes:
        raise OptionError(f"process_id {process_id} is not in 0 to {num_processes - 1} (num_processes "
                          f"{num_processes}).")
    return (coordinator, num_processes, process_id)


def _describe(coordinator: str, num_processes: int | None, process_id: int | None) -> str:
    if coordinator == AUTO:
        return "the cluster JAX detects (coordinator 'auto')"
    return f"the {num_processes} processes of coordinator {coordinator} as process {process_id}"


class Lockstep:
    """Several processes making the same device calls in the same order, when only process 0 (the leader) knows
    what to call: a server, where requests reach process 0 alone. Before each call the leader shares what it is
    (which program, which step, the host arrays that go in) with every process, through JAX's own broadcast; the
    other processes (followers) wait in ``follow`` and make the same call on their devices. Programs join with
    ``add`` (in the same order everywhere) and route their device calls through ``call``."""

    HEADER_BYTES = 1 << 14

    def __init__(self):
        self.leader = jax.process_index() == 0
        self.lock = threading.RLock()  # the leader's calls, from any thread, go out one at a time
        self._targets: list[Any] = []

    def add(self, program: Any) -> None:
        program.lockstep = (self, len(self._targets))
        self._targets.append(program)

    def call(self, index: int, kind: str, arrays: list[np.ndarray], meta: dict, run: Any) -> Any:
        """On the leader: share the call, then ``run()`` it here too; returns what ``run`` returns."""
        with self.lock:
            self._share(index, kind, arrays, meta)
            return run()

    def stop(self) -> None:
        """The leader is done: the followers return from ``follow``."""
        if self.leader:
            with self.lock:
                self._share(-1, "stop", [], {})

    def follow(self) -> int:
        """On a follower: make each call the leader shares, until it stops; returns the number of calls made."""
        calls = 0
        while True:
            raw = np.asarray(self._broadcast(np.zeros(self.HEADER_BYTES, np.uint8))).tobytes()
            header = json.loads(raw.rstrip(b"\0"))
            if header["kind"] == "stop":
                return calls
            arrays = [np.zeros(shape, dtypes.to_numpy(dtype)) for shape, dtype in header["arrays"]]
            arrays = [np.asarray(a) for a in self._broadcast(arrays)] if arrays else []
            self._targets[header["target"]].replay(header["kind"], arrays, header["meta"])
            calls += 1

    def _share(self, index: int, kind: str, arrays: list[np.ndarray], meta: dict) -> None:
        arrays = [np.asarray(a) for a in arrays]
        header = json.dumps({"target": index, "kind": kind, "meta": meta,
                             "arrays": [[list(a.shape), dtypes.name_of(a.dtype)] for a in arrays]}).encode()
        if len(header) > self.HEADER_BYTES:
            raise OptionError(f"A call's description ({len(header)} bytes) is too long to share between processes.")
        self._broadcast(np.frombuffer(header.ljust(self.HEADER_BYTES, b"\0"), np.uint8))
        if arrays:
            self._broadcast(arrays)

    @staticmethod
    def _broadcast(value: Any) -> Any:
        with jax.enable_x64(True):  # int64 inputs keep their width
            return jax_compat.broadcast_from_first(value)
