#!/bin/sh
# A batch model: collects lines until an empty one, then answers them all at once (objectives x1+x2 and x1-x2,
# constraint 1-x1, as sum.sh) and logs each batch's size to batches.log. The argument scripts a failure:
# short (one answer missing), extra (one answer too many), nan (third answer NaN), exit (dies at the second batch).
mode=${1:-ok}
batches=0
: > batch.in
while IFS= read -r line; do
  if [ -n "$line" ]; then echo "$line" >> batch.in; continue; fi
  batches=$((batches + 1))
  wc -l < batch.in | tr -d ' ' >> batches.log
  case $mode in
    short) sed '$d' batch.in | awk '{ printf "%.17g %.17g %.17g\n", $1 + $2, $1 - $2, 1 - $1 }' ;;
    extra) awk '{ printf "%.17g %.17g %.17g\n", $1 + $2, $1 - $2, 1 - $1 }' batch.in; echo "1 2 3" ;;
    nan) awk '{ if (NR == 3) print "1 NaN 0"; else printf "%.17g %.17g %.17g\n", $1 + $2, $1 - $2, 1 - $1 }' batch.in ;;
    exit) if [ $batches -eq 2 ]; then echo "batch model failed: out of memory" >&2; exit 4; fi
          awk '{ printf "%.17g %.17g %.17g\n", $1 + $2, $1 - $2, 1 - $1 }' batch.in ;;
    *) awk '{ printf "%.17g %.17g %.17g\n", $1 + $2, $1 - $2, 1 - $1 }' batch.in ;;
  esac
  : > batch.in
done
