#!/usr/bin/env python3
"""ZDT1 (Zitzler, Deb & Thiele 2000) as an external Agrifront model: standard library only.

Protocol: read one line of 30 numbers (the variables x_1..x_30 in [0, 1], separated by spaces), write one line
with the two objectives f1 f2 (both minimised), flush, repeat until the input ends.

Batch mode (problem-batch.json, "batch": true, started with --batch): Agrifront sends a whole population, one line
per solution, then an empty line; the model answers one line per solution in the same order and flushes once at the
empty line. A model that answers every line at once and skips empty lines (this one without --batch) also works.
"""
import math
import sys


def zdt1(x):
    f1 = x[0]
    g = 1.0 + 9.0 * sum(x[1:]) / (len(x) - 1)
    f2 = g * (1.0 - math.sqrt(f1 / g))
    return f1, f2


def main():
    batch = "--batch" in sys.argv[1:]
    for line in sys.stdin:
        line = line.strip()
        if not line:  # the end of a batch: send its answers
            sys.stdout.flush()
            continue
        x = [float(v) for v in line.split()]
        f1, f2 = zdt1(x)
        sys.stdout.write(repr(f1) + " " + repr(f2) + "\n")
        if not batch:
            sys.stdout.flush()


if __name__ == "__main__":
    main()
