#!/bin/sh
# A correct model: objectives x1+x2 and x1-x2, constraint 1-x1 (satisfied when x1 >= 1).
while read a b; do
  echo "$a $b" | awk '{ printf "%.17g %.17g %.17g\n", $1 + $2, $1 - $2, 1 - $1 }'
done
