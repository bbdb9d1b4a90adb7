#!/usr/bin/env bash
# Interval width against agent count: a scenario at fractions of the baseline's simulated agents (same real
# population), 10 replications each (REPLICATIONS=N to change); prints the mean and 95 % interval half-width of the
# two shares the verdict rests on, and how many replications end dominant / foundation-layer / niche. Extra arguments
# go to every `langsim run` (e.g. --set simulation.ticks_per_year=6).
# Usage: scripts/scale-curve.sh [scenario [--set PATH=VALUE ...]]   (needs target/langsim.jar: mvn -B -q -DskipTests package)
# FRACTIONS="0.05 0.1 1" to choose the fractions (default 0.05 0.1 0.25 0.5 1).
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-scenarios/baseline.yaml}
shift || true
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-9s %-26s %-30s %-30s %s\n' fraction "agents (res/sys/firms)" "research+application share" "foundation+serving share" "dominant/foundation/niche"
for f in ${FRACTIONS:-0.05 0.1 0.25 0.5 1}; do
  r=$(awk -v f=$f 'BEGIN{printf "%d", 12000*f}'); s=$(awk -v f=$f 'BEGIN{printf "%d", 8000*f}')
  m=$(awk -v f=$f 'BEGIN{printf "%d", 400*f}')
  java -jar target/langsim.jar run "$scenario" --replications "${REPLICATIONS:-10}" --seed 1 --no-charts -q --out "$out/r$f" \
    --set agents.researchers.count=$r --set agents.systems_engineers.count=$s --set agents.firms.count=$m "$@"
  python3 - "$out/r$f/summary.json" "$f" "$r/$s/$m" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
def cell(iv):
    return "%.4f +- %.4f" % (iv["mean"], (iv["ci_high"] - iv["ci_low"]) / 2)
sh = d["shares"] if "shares" in d else d
a, b = sh["application_share"], sh["foundation_share"]
n = d["replications"]
v = "/".join(str(round(d["verdict_shares"][k] * n)) for k in ("dominant", "foundation-layer", "niche"))
print("%-9s %-26s %-30s %-30s %s" % (sys.argv[2], sys.argv[3], cell(a), cell(b), v))
PY
done
