#!/usr/bin/env bash
# How much common random numbers narrow langsim compare's intervals: each shipped scenario against the baseline, once
# paired (the same seeds, hence the same random stream per mechanism) and once with --independent seeds, then per
# headline figure the variance-reduction factor var(independent differences) / var(paired differences), i.e. the
# squared ratio of the sd values in the two summary.json files. Needs target/langsim.jar and python3.
#
#   scripts/variance-reduction.sh [REPLICATIONS]     default 20; writes results/vr-<scenario>[-independent]/
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-20}
scenarios=(rust-breakthrough python-performance edge-boom rust-niche)
for s in "${scenarios[@]}"; do
  for mode in paired independent; do
    extra=(); suffix=""
    if [[ $mode == independent ]]; then extra=(--independent); suffix="-independent"; fi
    java -jar target/langsim.jar compare scenarios/baseline.yaml "scenarios/$s.yaml" --replications "$reps" --no-charts \
      --progress never -q "${extra[@]}" --out "results/vr-$s$suffix"
  done
done
python3 - "${scenarios[@]}" <<'PY'
import json, sys
figures = [("application_share_final_year", "Rust, application, final year"), ("application_share", "Rust, application, verdict window"),
           ("foundation_share", "Rust, foundation, verdict window")]
print("| scenario against baseline | figure | difference [95% interval], paired | independent | factor |")
print("|---|---|---|---|---:|")
for s in sys.argv[1:]:
    p = json.load(open(f"results/vr-{s}/summary.json"))["scenarios"][0]
    q = json.load(open(f"results/vr-{s}-independent/summary.json"))["scenarios"][0]
    for key, name in figures:
        a, b = p[key], q[key]
        cell = lambda f: f"{100*f['difference']:+.2f} [{100*f['ci_low']:+.2f}, {100*f['ci_high']:+.2f}]"
        factor = (b["sd"] / a["sd"]) ** 2 if a["sd"] else float("inf")
        print(f"| {s} | {name} | {cell(a)} | {cell(b)} | {factor:.1f} |")
PY
