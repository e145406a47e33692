"""Launch benchmark: time from process start to the first page painted, and peak memory, for the
app's real start path against a bare PySide6 QWizard, measured in the same run.

``python benchmarks/launch.py [--runs N]`` spawns N fresh processes of each child
(``launch_bare.py``, ``launch_app.py``), alternating so both share the machine's noise. The time
is taken in this parent, from just before the spawn to the child's ``painted`` line (sent just
after its window's first real paint event); the memory is the child's peak RSS at that moment.
Exits 1 if the app's median exceeds 1.3 times the bare wizard's, for either figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3  # the app may take at most this many times the bare wizard's figure
TIMEOUT = 60.0


@dataclass(frozen=True)
class Launch:
    seconds: float
    peak_kib: int


def launch(command: list[str]) -> Launch:
    """One fresh process of ``command``: seconds from spawn to first paint, peak RSS."""
    with tempfile.TemporaryDirectory(prefix="zw-bench-config-") as config:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6", "XDG_CONFIG_HOME": config}
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   text=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        seconds = time.perf_counter() - start
        process.wait(TIMEOUT)
    word, _, kib = line.partition(" ")
    if word != "painted":
        raise SystemExit(f"{command[-1]} did not report its first paint (exit status {process.returncode})")
    return Launch(seconds, int(kib))


def header(title: str) -> None:
    print(title)
    print(f"{'':<24} {'bare med':>9} {'bare min':>9} {'app med':>9} {'app min':>9} {'':<4} {'ratio':>6} "
          f"{'target':>7} result")


def row(name: str, bare: list[float], app: list[float], unit: str, target: float | None = TARGET) -> bool:
    """Print one figure's line; True if the app's median is within the target (``None``: shown only)."""
    ratio = statistics.median(app) / statistics.median(bare)
    ok = target is None or ratio <= target
    verdict = "" if target is None else f"{'≤ ' + str(target):>7} {'PASS' if ok else 'FAIL'}"
    print(f"{name:<24} {statistics.median(bare):>9.1f} {min(bare):>9.1f} {statistics.median(app):>9.1f} "
          f"{min(app):>9.1f} {unit:<4} {ratio:>6.3f} {verdict}")
    return ok


def compare(bare_command: list[str], app_command: list[str], runs: int) -> bool:
    """Launch both ``runs`` times, alternating; print both figures' lines; True if both are within target."""
    bare: list[Launch] = []
    app: list[Launch] = []
    for _ in range(runs):
        bare.append(launch(bare_command))
        app.append(launch(app_command))
    ok = row("launch to first paint", [b.seconds * 1000 for b in bare], [a.seconds * 1000 for a in app], "ms")
    ok &= row("peak memory (max RSS)", [b.peak_kib / 1024 for b in bare], [a.peak_kib / 1024 for a in app], "MiB")
    return ok


def runs_argument(description: str) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes of each kind (default 5)")
    return int(parser.parse_args().runs)


def main() -> int:
    runs = runs_argument(__doc__.split("\n\n")[0])
    header(f"Launch to first page painted, {runs} fresh processes each (median and min)")
    child = [sys.executable, "-m"]
    return 0 if compare([*child, "benchmarks.launch_bare"], [*child, "benchmarks.launch_app"], runs) else 1


if __name__ == "__main__":
    sys.exit(main())
