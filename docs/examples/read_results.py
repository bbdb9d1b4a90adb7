"""Read a sweep folder (runs.csv, points.csv, design.csv, problem.json) and a run's timeseries.csv.

Standard library only (csv, json). Usage:
    python3 docs/examples/read_results.py results/rust-dominance results/baseline
"""
import csv
import json
import sys
from collections import defaultdict


def read_rows(path):
    """Rows as dicts of str -> float (empty cells, undefined values, become None; text stays text)."""
    def value(text):
        if text == "":
            return None
        try:
            return float(text)
        except ValueError:
            return text
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [{k: value(v) for k, v in row.items()} for row in csv.DictReader(f)]


sweep, run = sys.argv[1], sys.argv[2]

problem = json.load(open(f"{sweep}/problem.json"))          # SALib problem dict
names = problem["names"]
runs = read_rows(f"{sweep}/runs.csv")                       # one row per run
points = read_rows(f"{sweep}/points.csv")                   # one row per design point
print(f"{len(runs)} runs at {len(points)} points over {problem['num_vars']} parameters")

# share of runs per verdict
verdicts = defaultdict(int)
for r in runs:
    verdicts[r["verdict"]] += 1
for v, n in sorted(verdicts.items()):
    print(f"  {v}: {n / len(runs):.1%}")

# each parameter's range as run, and the mean of a numeric output in its lower and upper half
output = next(c for c in runs[0] if c not in names and c not in ("run", "point", "replication", "seed", "verdict"))
for name, (lo, hi, *_), dist in zip(names, problem["bounds"], problem["dists"]):
    xs = [r[name] for r in runs]
    mid = sorted(xs)[len(xs) // 2]
    low = [r[output] for r in runs if r[name] < mid and r[output] is not None]
    high = [r[output] for r in runs if r[name] >= mid and r[output] is not None]
    print(f"  {name} ({dist} on [{lo}, {hi}]): {output} {sum(low) / max(1, len(low)):.3f} below {mid:.3g}, "
          f"{sum(high) / max(1, len(high)):.3f} above")

# a run's time series: the judged language's share of new application work per year (all agent types)
series = read_rows(f"{run}/timeseries.csv")
share = defaultdict(list)
for r in series:
    if r["layer"] == "application" and r["agent_type"] == "all" and r["language"] == "Rust":
        share[int(r["year"])].append(r["new_work_share"])
for year in sorted(share)[:3] + sorted(share)[-1:]:
    vals = [v for v in share[year] if v is not None]
    print(f"  {year}: Rust {sum(vals) / len(vals):.1%} of new application work (mean of {len(vals)} replications)")
