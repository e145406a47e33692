"""Memory benchmark: the app's memory once its window is up and the engine has loaded, against a
baseline process that loads and initialises only the libraries the app must load, in the same run.

``python -m benchmarks.memory [--runs N]`` starts N pairs of fresh processes, ``memory_bare.py`` and
``memory_app.py``, and measures each pair once both are ready, alive side by side (so that the pages
they share are shared alike): resident memory (RSS) and proportional memory (PSS, each shared page
divided among the processes that map it) from ``/proc/PID/smaps_rollup``, and the number of threads
from ``/proc/PID/status``. Exits 1 if the app's median RSS exceeds 1.1 times the baseline's. PSS is
shown, not judged: side by side, each process carries half of every shared page, so the same
megabytes the app adds make a larger ratio against the smaller denominator.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from benchmarks.launch import ROOT, TIMEOUT, header, row, runs_argument

TARGET = 1.1


@dataclass(frozen=True)
class Memory:
    rss_kib: int
    pss_kib: int
    threads: int


def measure(pid: int) -> Memory:
    def field(path: str, name: str) -> int:
        with open(f"/proc/{pid}/{path}") as file:
            return next(int(line.split()[1]) for line in file if line.startswith(f"{name}:"))

    return Memory(field("smaps_rollup", "Rss"), field("smaps_rollup", "Pss"), field("status", "Threads"))


def pair() -> tuple[Memory, Memory]:
    """One fresh baseline and one fresh app, measured together once both say ``ready``."""
    with tempfile.TemporaryDirectory(prefix="zw-bench-config-") as config:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6", "XDG_CONFIG_HOME": config}
        children = {name: subprocess.Popen([sys.executable, "-m", f"benchmarks.{name}"], cwd=ROOT, env=env, text=True,
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                    for name in ("memory_bare", "memory_app")}
        try:
            for name, child in children.items():
                assert child.stdout is not None
                if child.stdout.readline() != "ready\n":
                    raise SystemExit(f"{name} did not get ready (exit status {child.wait(TIMEOUT)})")
            bare, app = (measure(child.pid) for child in children.values())
        finally:
            for child in children.values():
                assert child.stdin is not None
                child.stdin.close()
                child.wait(TIMEOUT)
    return bare, app


def main() -> int:
    runs = runs_argument(__doc__.split("\n\n")[0])
    header(f"Memory once the window is up and the engine loaded, {runs} pairs of fresh processes (median and min)")
    bare: list[Memory] = []
    app: list[Memory] = []
    for _ in range(runs):
        b, a = pair()
        bare.append(b)
        app.append(a)
    ok = row("memory (RSS)", [b.rss_kib / 1024 for b in bare], [a.rss_kib / 1024 for a in app], "MiB", TARGET)
    row("memory (PSS)", [b.pss_kib / 1024 for b in bare], [a.pss_kib / 1024 for a in app], "MiB", None)
    row("threads", [b.threads for b in bare], [a.threads for a in app], "", None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
