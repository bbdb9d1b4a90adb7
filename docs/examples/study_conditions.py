"""Share of runs of the study ending dominant under conditions on its levers, with 95 % Wilson intervals, and the
spread of Rust's shares. Only the runs of the Saltelli base matrices A and B are counted: they are independent points
of the design, where the AB rows repeat most of a base row's values.

Standard library only. Usage (after `langsim sweep scenarios/sweeps/rust-dominance.yaml`):
    python3 docs/examples/study_conditions.py results/rust-dominance
"""
import csv
import json
import math
import statistics
import sys

Z = 1.959964  # 95 %


def wilson(c, n):
    p = c / n
    d = 1 + Z * Z / n
    m = (p + Z * Z / (2 * n)) / d
    h = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / d
    return p, m - h, m + h


def main(folder):
    k = json.load(open(folder + "/problem.json"))["num_vars"]
    rows = list(csv.DictReader(open(folder + "/runs.csv")))
    ab = [r for r in rows if int(r["point"]) % (k + 2) in (0, k + 1)]
    box = {}
    for r in csv.DictReader(open(folder + "/sensitivity.csv")):
        if r["method"] == "prim" and r["index"] == "box_low":
            box[r["parameter"]] = float(r["value"])
    E, P, N = ("languages.Rust.productivity_elasticity", "languages.Rust.productivity",
               "layers.application.performance_need")

    def v(r, p):
        return float(r[p])

    def inside(r):  # PRIM's box: its lower bounds (its upper bounds are the ranges' ends but for a trim)
        return all(v(r, p) >= lo for p, lo in box.items())

    conditions = [
        ("all A and B rows", lambda r: True),
        ("inside PRIM's box (lower bounds)", inside),
        ("outside PRIM's box", lambda r: not inside(r)),
        ("tooling growth < 0.1", lambda r: v(r, E) < 0.1),
        ("tooling growth >= 0.25", lambda r: v(r, E) >= 0.25),
        ("performance need < 0.2", lambda r: v(r, N) < 0.2),
        ("performance need >= 0.3", lambda r: v(r, N) >= 0.3),
        ("productivity < 0.5", lambda r: v(r, P) < 0.5),
        ("tooling growth < 0.1 and performance need < 0.25", lambda r: v(r, E) < 0.1 and v(r, N) < 0.25),
    ]
    for name, keep in conditions:
        sel = [r for r in ab if keep(r)]
        c = sum(1 for r in sel if r["verdict"] == "dominant")
        p, lo, hi = wilson(c, len(sel))
        print("%-52s %4d/%4d dominant = %5.1f %% [%.1f, %.1f]" % (name, c, len(sel), 100 * p, 100 * lo, 100 * hi))
    for col in ("application_share", "foundation_share"):
        x = [float(r[col]) for r in rows]
        print("%-18s min %.3f mean %.3f max %.3f sd %.3f (all runs)" % (col, min(x), statistics.mean(x), max(x),
                                                                        statistics.pstdev(x)))


if __name__ == "__main__":
    main(sys.argv[1])
