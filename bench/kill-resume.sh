#!/usr/bin/env bash
# Kill -9 a 60-run study at random moments, resume it, and compare with an uninterrupted run.
#
#   bench/kill-resume.sh [KILLS] [JAR]      (default: 10 kills, target/agrifront.jar; build it with mvn -DskipTests package)
#
# A tiny synthetic land-use problem, 4 algorithm configurations (NSGA-II and NSGA-III in both engines) x 15 seeds.
# The study is started KILLS times and killed with SIGKILL after a random delay (1 s to a third of an uninterrupted
# study, so most kills fall among the runs; the lock each leaves is stale, the runs it was writing unfinished or, if
# killed between files, damaged); then it is resumed to the end. The script passes when summary.csv and every run's
# front.csv, solutions.csv and trace-fronts.csv are byte-identical to those of an uninterrupted study, and
# `study --verify` finds every run OK.
set -u
KILLS=${1:-10}
JAR=$(realpath "${2:-target/agrifront.jar}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/problems" "$WORK/experiments"
cat > "$WORK/problems/tiny-landuse.json" <<'JSON'
{"type": "landuse", "name": "tiny-landuse",
 "synthetic": {"cells": 120, "biomes": 3, "units": 12, "seed": 5},
 "scenario": {"rcp": "26", "period": "2090-2099"}}
JSON
cat > "$WORK/experiments/kill.json" <<'JSON'
{"name": "kill",
 "problems": [{"file": "problems/tiny-landuse.json"}],
 "algorithms": [
   {"engine": "moea", "name": "nsga2", "population": 20, "initialization": "scalarized"},
   {"engine": "jmetal", "name": "nsga2", "population": 20, "initialization": "scalarized"},
   {"engine": "moea", "name": "nsga3", "population": 20, "initialization": "scalarized", "parameters": {"divisions": 4}},
   {"engine": "jmetal", "name": "nsga3", "population": 20, "initialization": "scalarized", "parameters": {"divisions": 4}}],
 "seeds": {"count": 15, "base": 1},
 "budget": {"evaluations": 1000},
 "traceInterval": 3, "threads": 2,
 "analysis": {"bootstrapResamples": 500}}
JSON
SPEC="$WORK/experiments/kill.json"
cd "$WORK"

start=$(date +%s.%N)
nice java -jar "$JAR" study "$SPEC" --out "$WORK/reference" --quiet > /dev/null || { echo "reference study failed"; exit 1; }
full=$(echo "$(date +%s.%N) - $start" | bc)
echo "uninterrupted study: ${full} s"

for k in $(seq 1 "$KILLS"); do
  delay=$(awk -v f="$full" -v r="$RANDOM" 'BEGIN { printf "%.2f", 1 + (f / 3 - 1) * r / 32767 }')
  nice java -jar "$JAR" study "$SPEC" --out "$WORK/killed" --quiet > "$WORK/k$k.out" 2> "$WORK/k$k.err" &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null && state=killed || state="had finished"
  wait "$pid" 2> /dev/null
  done_runs=$(find "$WORK/killed" -name run.json 2> /dev/null | wc -l)
  warnings=$(grep -c '^warning' "$WORK/k$k.err")
  echo "start $k: $state after ${delay} s; run.json files now: $done_runs; warnings at its start: $warnings"
  grep '^warning' "$WORK/k$k.err" | sed 's/^/    /'
done
nice java -jar "$JAR" study "$SPEC" --out "$WORK/killed" --quiet > "$WORK/final.out" 2> "$WORK/final.err"
echo "final resume: $(grep '^runs:' "$WORK/final.out")"
grep '^warning' "$WORK/final.err" | sed 's/^/    /'

status=0
if cmp -s "$WORK/reference/summary.csv" "$WORK/killed/summary.csv"; then echo "summary.csv: identical"; else echo "summary.csv: DIFFERS"; status=1; fi
differ=0; compared=0
while IFS= read -r f; do
  compared=$((compared + 1))
  cmp -s "$WORK/reference/$f" "$WORK/killed/$f" || { differ=$((differ + 1)); echo "  differs: $f"; }
done < <(cd "$WORK/reference" && find . -name front.csv -o -name solutions.csv -o -name trace-fronts.csv | sort)
echo "run files: $compared compared, $differ differ"
[ "$differ" = 0 ] || status=1
nice java -jar "$JAR" study "$SPEC" --out "$WORK/killed" --verify | tail -1
[ -e "$WORK/killed/.study.lock" ] && { echo "a lock was left behind"; status=1; }
exit $status
