#!/bin/bash
# Stands up a throw-away single-node Slurm cluster on this machine (Debian/Ubuntu, root, no systemd needed), runs a
# sweep through scripts/slurm/sweep.sbatch as a job array plus a dependent merge job, and checks the merged results
# are byte-identical to the single-machine sweep; then deletes two shards' journals, checks the merge fails naming them,
# resubmits just those array ids (LANGSIM_SHARDS=N sbatch --array=1,N-1) and checks again. Not part of `mvn test`:
#
#   sudo scripts/slurm/integration-test.sh                     # the shipped sweep, 4 shards
#   SHARDS=8 SWEEP=path.yaml REFERENCE=results/x sudo -E scripts/slurm/integration-test.sh
#
# REFERENCE: an existing plain-sweep results folder of SWEEP to compare with (default: run the plain sweep here).
# All state lives in a scratch folder; the daemons it starts are stopped by their pid files on exit.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
sweep=${SWEEP:-scenarios/sweeps/rust-dominance.yaml}
shards=${SHARDS:-4}
scratch=$(mktemp -d /tmp/langsim-slurm.XXXXXX)
chmod 755 "$scratch"
log() { echo "[slurm-it $(date +%T)] $*"; }

[[ $(id -u) == 0 ]] || { echo "run as root (installs slurm-wlm and munge, starts daemons)" >&2; exit 2; }
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  log "installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi
# if the package install started the distribution's own daemons, stop them (by their pid files)
for pf in /run/munge/munged.pid /run/slurmctld.pid /run/slurmd.pid /var/run/slurmctld.pid /var/run/slurmd.pid; do
  if [[ -s $pf ]]; then kill "$(cat "$pf")" 2>/dev/null || true; fi
done

stop_all() {
  for pf in "$scratch"/slurmd.pid "$scratch"/slurmctld.pid "$scratch"/munge/munged.pid; do
    if [[ -s $pf ]]; then kill "$(cat "$pf")" 2>/dev/null || true; fi
  done
}
trap stop_all EXIT

log "munge in $scratch/munge"
mkdir -p "$scratch/munge" "$scratch/spool/ctld" "$scratch/spool/d" "$scratch/logs"
chmod 755 "$scratch/munge"
mungekey --create --keyfile "$scratch/munge/munge.key" >/dev/null 2>&1 || mungekey -c -k "$scratch/munge/munge.key"
chmod 400 "$scratch/munge/munge.key"
munged --key-file="$scratch/munge/munge.key" --socket="$scratch/munge/munge.socket" \
  --pid-file="$scratch/munge/munged.pid" --seed-file="$scratch/munge/munge.seed" \
  --log-file="$scratch/munge/munged.log"

node=$(slurmd -C | head -1 | sed -E 's/^NodeName=[^ ]+/NodeName=localhost/; s/ UpTime=.*//')
cat > "$scratch/slurm.conf" <<CONF
ClusterName=langsim-it
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$scratch/munge/munge.socket
StateSaveLocation=$scratch/spool/ctld
SlurmdSpoolDir=$scratch/spool/d
SlurmctldPidFile=$scratch/slurmctld.pid
SlurmdPidFile=$scratch/slurmd.pid
SlurmctldLogFile=$scratch/logs/slurmctld.log
SlurmdLogFile=$scratch/logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
$node
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$scratch/slurm.conf
log "starting slurmctld and slurmd"
slurmctld
slurmd -N localhost
for _ in $(seq 60); do
  [[ $(sinfo -h -o %t 2>/dev/null) == idle ]] && break
  sleep 1
done
[[ $(sinfo -h -o %t) == idle ]] || { echo "node never became idle"; sinfo; tail "$scratch"/logs/*.log; exit 1; }
log "cluster up: $(sinfo -h -o '%P %D %c %t')"

[[ -f target/langsim.jar ]] || mvn -B -q -DskipTests package
out=$scratch/results
log "submitting $sweep as $shards shards (--array=0-$((shards - 1))) and a dependent merge"
t0=$(date +%s)
array=$(sbatch --parsable --array=0-$((shards - 1)) --cpus-per-task=1 --mem-per-cpu=0 \
  --output="$scratch/logs/shard-%a.out" scripts/slurm/sweep.sbatch "$sweep" "$out")
merge=$(sbatch --parsable --dependency=afterok:"$array" --cpus-per-task=1 --mem-per-cpu=0 \
  --output="$scratch/logs/merge.out" scripts/slurm/sweep.sbatch "$sweep" "$out")
while [[ -n $(squeue -h -j "$array,$merge" 2>/dev/null) ]]; do sleep 2; done
t1=$(date +%s)
scontrol show job "$merge" 2>/dev/null | grep -o 'JobState=[A-Z]*' || true
log "array + merge took $((t1 - t0)) s"
cat "$scratch/logs/merge.out"
[[ -f $out/runs.csv ]] || { echo "FAIL: no merged results"; tail -n 5 "$scratch"/logs/*.out; exit 1; }

ref=${REFERENCE:-}
if [[ -z $ref ]]; then
  ref=$scratch/reference
  log "single-machine sweep for comparison"
  java -jar target/langsim.jar sweep "$sweep" --out "$ref" -q
fi
same() {
  if diff -r -x shards "$ref" "$1" >/dev/null; then
    log "PASS: $2 byte-identical to the single-machine sweep ($(find "$1"/shards -name '*.journal' | wc -l) shard journals kept)"
  else
    diff -r -q -x shards "$ref" "$1" || true
    log "FAIL: $2 differs"
    exit 1
  fi
}
same "$out" "Slurm shards + merge are"

# Recovery, as the README describes it: shards lost (here: their journals and the merged results deleted), the
# merge fails naming them, a resubmission of just those array ids with LANGSIM_SHARDS, then the merge again.
lost=(1 $((shards - 1)))
ids=$(IFS=,; echo "${lost[*]}")
log "recovery: deleting shard journals ${ids} and the results; the merge must fail (exit 2) naming them"
for i in "${lost[@]}"; do rm -f "$out/shards/shard-$i-of-$shards.journal"; done
find "$out" -mindepth 1 -maxdepth 1 ! -name shards -exec rm -rf {} +
failed=$(sbatch --parsable --cpus-per-task=1 --mem-per-cpu=0 --output="$scratch/logs/merge-incomplete.out" \
  scripts/slurm/sweep.sbatch "$sweep" "$out")
while [[ -n $(squeue -h -j "$failed" 2>/dev/null) ]]; do sleep 1; done
scontrol show job "$failed" | grep -q 'ExitCode=2:0' || { echo "FAIL: the incomplete merge did not exit 2"; scontrol show job "$failed"; exit 1; }
grep 'incomplete shards' "$scratch/logs/merge-incomplete.out"
log "resubmitting LANGSIM_SHARDS=$shards sbatch --array=$ids (with --mem-per-cpu=512M: the heap follows it) and the merge"
array2=$(LANGSIM_SHARDS=$shards sbatch --parsable --array="$ids" --cpus-per-task=1 --mem-per-cpu=512M \
  --output="$scratch/logs/recovery-%a.out" scripts/slurm/sweep.sbatch "$sweep" "$out")
merge2=$(sbatch --parsable --dependency=afterok:"$array2" --cpus-per-task=1 --mem-per-cpu=0 \
  --output="$scratch/logs/merge2.out" scripts/slurm/sweep.sbatch "$sweep" "$out")
while [[ -n $(squeue -h -j "$array2,$merge2" 2>/dev/null) ]]; do sleep 2; done
grep -h 'sweep.sbatch:' "$scratch"/logs/recovery-*.out
cat "$scratch/logs/merge2.out"
[[ -f $out/runs.csv ]] || { echo "FAIL: no merged results after the recovery"; tail -n 5 "$scratch"/logs/*.out; exit 1; }
same "$out" "after resubmitting array ids $ids, the merged results are"
