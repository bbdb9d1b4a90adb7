#!/usr/bin/env bash
# Reproducible build check: fails unless two builds of this tree give the same jar and distribution archives,
# byte for byte (project.build.outputTimestamp fixes every entry's time; same commit, Maven and JDK => same sha256).
#
#   scripts/check-reproducible.sh           two builds from scratch (mvn clean package, tests skipped; ~20-50 s; what .ci/run does)
#   scripts/check-reproducible.sh --reuse   the files already in target/ from an earlier `clean package` are the
#                                           first build; one more from scratch (~25 s). Not after `mvn verify`: its
#                                           shaded jar orders META-INF/services/ differently (same content)
set -euo pipefail
cd "$(dirname "$0")/.."
reuse=false
[[ ${1:-} == --reuse ]] && reuse=true
build() { mvn -B -q -DskipTests clean package >&2; }
sums() { (shopt -s nullglob; sha256sum target/langsim.jar target/langsim-*.tar.gz target/langsim-*.zip); }

if ! $reuse || [[ ! -f target/langsim.jar ]]; then build; fi
first=$(sums)
build
second=$(sums)
echo "$second"
if [[ $(wc -l <<<"$second") -lt 3 ]]; then
  echo "check-reproducible: expected target/langsim.jar and the .tar.gz and .zip archives" >&2
  exit 1
fi
if [[ $first != "$second" ]]; then
  echo "check-reproducible: two builds of the same tree differ (first, then second):" >&2
  diff <(echo "$first") <(echo "$second") >&2 || true
  exit 1
fi
echo "check-reproducible: two builds, same bytes"
