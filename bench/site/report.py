#!/usr/bin/env python3
"""Turns run.sh's measurements (one TSV row per build) into RESULTS.md: the machine, the table, and which
of issue 3's targets the run met."""

import argparse
import datetime
import os
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SUB_SECOND_BUILDS = ("no-change", "one-changed")


@dataclass
class Row:
    """One build, or the summary of one build's rounds (median wall, pages and files; highest peak)."""
    tool: str
    build: str
    exit_code: int
    wall_s: float
    peak_kb: int
    pages: int
    written: int
    index_ms: float | None = None
    rounds: int = 1

    @property
    def problem(self) -> str | None:
        """Why this build does not count: a failure, or a 'success' that left no site behind."""
        if self.exit_code != 0:
            return f"exited with {self.exit_code}"
        if self.pages == 0:
            return "exited 0 but the output holds no pages"
        return None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def read_rows(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        tool, build, code, wall, peak, pages, written, index_ms = line.split("\t")
        rows.append(Row(tool, build, int(code), float(wall), int(peak), int(pages), int(written),
                        float(index_ms) if index_ms else None))
    return rows


def summarise(rows: list[Row]) -> list[Row]:
    """One row per tool and build, in the order first run. A failed round makes the summary fail."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        groups.setdefault((row.tool, row.build), []).append(row)
    summaries = []
    for (tool, build), runs in groups.items():
        failed = next((r for r in runs if not r.ok), None)
        index_times = [r.index_ms for r in runs if r.index_ms is not None]
        summaries.append(Row(
            tool, build,
            exit_code=failed.exit_code if failed else 0,
            wall_s=statistics.median(r.wall_s for r in runs),
            peak_kb=max(r.peak_kb for r in runs),
            pages=failed.pages if failed else int(statistics.median(r.pages for r in runs)),
            written=int(statistics.median(r.written for r in runs)),
            index_ms=statistics.median(index_times) if index_times else None,
            rounds=len(runs)))
    return summaries


def run(*command: str) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine(load_before: str, filesystem: str) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown CPU")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return (f"{os.cpu_count()} cores ({cpu}), {mem_kb // 1024 // 1024} GB RAM; load average (1, 5, 15 min) "
            f"before the run {load_before}, after it {load}: other work on the machine slows every build; "
            f"work folder (corpus and outputs) on {filesystem}")


def table(rows: list[Row]) -> list[str]:
    lines = ["| tool | build | rounds | exit | wall (s) | of which search index (s) | pages in site | files written | "
             "pages/s | peak RSS (MB) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        rate = f"{r.pages / r.wall_s:,.0f}" if r.ok and r.wall_s > 0 else "–"
        index = f"{r.index_ms / 1000:.2f}" if r.index_ms is not None else "–"
        lines.append(f"| {r.tool} | {r.build} | {r.rounds} | {r.exit_code} | {r.wall_s:.2f} | {index} | {r.pages:,} | "
                     f"{r.written:,} | {rate} | {r.peak_mb:,.0f} |")
    return lines


def verdict(met: bool) -> str:
    return "**met**" if met else "**not met**"


def targets(rows: list[Row]) -> list[str]:
    by = {(r.tool, r.build): r for r in rows}
    hugo, full = by.get(("hugo", "full")), by.get(("gecc", "full"))
    out = []
    if not hugo or not hugo.ok:
        why = hugo.problem if hugo else "did not run"
        return [f"- Hugo's build {why}, so this run has no anchor: **no target judged**."]
    if not full or not full.ok:
        why = full.problem if full else "did not run"
        return [f"- gecc's full build {why}: **no target measured**; only Hugo's numbers above are real."]
    out.append(f"- Full build faster than Hugo's: {full.wall_s:.2f} s against {hugo.wall_s:.2f} s: "
               f"{verdict(full.wall_s < hugo.wall_s)}.")
    for build in SUB_SECOND_BUILDS:
        row = by.get(("gecc", build))
        if row and row.ok:
            out.append(f"- {build} rebuild under 1 s: {row.wall_s:.2f} s: {verdict(row.wall_s < 1)}.")
        else:
            why = row.problem if row else "did not run"
            out.append(f"- {build} rebuild under 1 s: **not measured** (the build {why}).")
    peak = max(r.peak_mb for r in rows if r.tool == "gecc" and r.ok)
    out.append(f"- Peak memory under half of Hugo's ({hugo.peak_mb / 2:,.0f} MB): gecc's highest peak was "
               f"{peak:,.0f} MB: {verdict(peak < hugo.peak_mb / 2)}.")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--note", default="")
    parser.add_argument("--load-before", default="unknown", help="/proc/loadavg when the run started")
    parser.add_argument("--filesystem", default="unknown", help="the work folder's file system type (stat -f)")
    args = parser.parse_args()

    rows = summarise(read_rows(args.results))
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Site build bench: results",
        "",
        f"Written by `{args.command}` on {now}: {args.count:,} synthetic circulars (seed {args.seed}), "
        "the same corpus for both tools.",
        "",
        f"- Machine: {machine(args.load_before, args.filesystem)}.",
        f"- Hugo: `{run('hugo', 'version')}`; .NET SDK {run('dotnet', '--version')}; "
        f"commit {run('git', 'rev-parse', '--short', 'HEAD')}.",
        "- wall and peak RSS from `/usr/bin/time -v`; pages = `.html` files in the output after the build; "
        "files written = files in the output newer than the build's start; pages/s = pages / wall. "
        "With several rounds: the median wall, pages and files written, and the highest peak. "
        "The search index column is the index stage's time from gecc's summary line (Hugo builds none); in a "
        "one-changed build it runs beside rendering, so it is not added to the rest.",
        "- gecc runs as `dotnet gecc.dll build` from a Release, ReadyToRun (linux-x64) publish, a new process each time.",
        "",
        *table(rows),
        "",
        f"## Targets (issue 3 sets them for 10,000 circulars; this run: {args.count:,})",
        "",
        *targets(rows),
    ]
    if args.note:
        lines += ["", f"Note: {args.note}."]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
