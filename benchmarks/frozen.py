"""Frozen benchmark: the Linux bundle's size on disk and the frozen app's start-up, each against a
bare PySide6 QWizard frozen with the same settings (``packaging/freeze.py``) in the same run.

``python benchmarks/frozen.py [--runs N]`` builds the app's bundle (``packaging/build-linux``:
``dist/zoho-wizard``) and the two of ``benchmarks/frozen.spec`` (``build/bench-dist``: the bare
wizard, and the app's own start path reporting its first paint), then prints

- the bytes on disk of ``dist/zoho-wizard`` against ``bare-wizard`` (target: at most 1.15 times), and
- launch to first page painted, and peak memory, of N fresh processes of each frozen program,
  as ``launch.py`` measures them from source (target: at most 1.3 times).

Exits 1 if a target is missed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.launch import ROOT, compare, header, row, runs_argument

SIZE_TARGET = 1.15
BENCH_DIST = ROOT / "build" / "bench-dist"


def megabytes(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> int:
    runs = runs_argument(__doc__.split("\n\n")[0])
    subprocess.run(["bash", "packaging/build-linux"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(ROOT / "build/venv/bin/pyinstaller"), "--noconfirm", "--clean", "--log-level", "ERROR",
                    "--distpath", str(BENCH_DIST), "--workpath", str(ROOT / "build/bench-work"),
                    "benchmarks/frozen.spec"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bare, app = BENCH_DIST / "bare-wizard", ROOT / "dist" / "zoho-wizard"
    header(f"Frozen (PyInstaller onedir): size, and {runs} fresh processes each (median and min)")
    ok = row("bundle size on disk", [megabytes(bare)], [megabytes(app)], "MB", SIZE_TARGET)
    ok &= compare([str(bare / "bare-wizard")], [str(BENCH_DIST / "app-watched" / "app-watched")], runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
