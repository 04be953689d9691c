#!/usr/bin/env bash
# Quickstart on the one-node check cluster: the local study against Slurm arrays of 1 and 5 runs per task, back to back.
# Run: .ci/slurm-check --run bench/slurm-quickstart.sh   (CPU from bash's `times` in each task, via --setup)
cd "$(dirname "$0")/.."
J="java -jar target/agrifront.jar"
base=results/slurm-quickstart; rm -rf "$base"; mkdir -p "$base"
secs() { awk '{ n = split($0, a, /[ms]/); t = 0; for (i = 1; i < n; i += 2) t += a[i] * 60 + a[i + 1]; print t }' <<< "$1"; }
cpu_of() { # sum of children user+sys from the 'times' lines at the end of each log
    local sum=0 f line u s
    for f in "$@"; do
        line=$(tail -1 "$f"); u=$(secs "${line%% *}"); s=$(secs "${line##* }")
        sum=$(echo "$sum + $u + $s" | bc -l)
    done; echo "$sum"
}
TIMEFORMAT='%U %S %R'
{ time $J study experiments/quickstart.json --out "$base/local" --threads 2 --quiet > "$base/local.out"; } 2> "$base/local.time"
read lu ls lr < "$base/local.time"
echo "local study, 2 threads: CPU $(echo "$lu + $ls" | bc -l) s, wall $lr s"
for k in 1 5; do
    $J study experiments/quickstart.json --out "$base/k$k" --export-slurm "$base/slurm-k$k" --runs-per-task $k --threads 1 \
        --mem 1G --setup 'trap times EXIT' > /dev/null
    t0=$(date +%s.%N)
    sub=$(bash "$base/slurm-k$k/submit.sh")
    arr=$(echo "$sub" | sed -n 's/^study.sbatch: job \([0-9]*\).*/\1/p'); rep=$(echo "$sub" | sed -n 's/^report.sbatch: job \([0-9]*\).*/\1/p')
    while [ -n "$(squeue -h -j "$arr" -o %i)" ]; do sleep 0.5; done
    t1=$(date +%s.%N)
    while [ -n "$(squeue -h -j "$rep" -o %i)" ]; do sleep 0.5; done
    t2=$(date +%s.%N)
    tasks=$(ls "$base/slurm-k$k/logs/"${arr}_*.out | wc -l)
    echo "array, $k run(s) per task ($tasks tasks, 2 at a time): CPU $(cpu_of "$base/slurm-k$k/logs/"${arr}_*.out) s, wall $(echo "$t1 - $t0" | bc -l) s;" \
         "report job: CPU $(cpu_of "$base/slurm-k$k/logs/report_$rep.out") s, wall until merged $(echo "$t2 - $t0" | bc -l) s"
    cmp "$base/k$k/summary.csv" "$base/local/summary.csv" && echo "  summary.csv identical to the local study"
done
