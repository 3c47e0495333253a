"""The serving-host check runs in its own environment (no torch, the newest JAX); see test_serving_host.py.

With $TORCHTPU_SERVING_ARTIFACTS set (that run only), JAX gets 4 host CPU devices for ``devices=N``: it reads
XLA_FLAGS when its CPU backend starts, which no import does.
"""

import os

DEVICES = 4
if os.environ.get("TORCHTPU_SERVING_ARTIFACTS") and "device_count" not in os.environ.get("XLA_FLAGS", ""):
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") +
                               f" --xla_force_host_platform_device_count={DEVICES}").strip()

