#!/usr/bin/env python3
"""ZDT1 (Zitzler, Deb & Thiele 2000) as an external Agrifront model: standard library only.

Protocol: read one line of 30 numbers (the variables x_1..x_30 in [0, 1], separated by spaces), write one line
with the two objectives f1 f2 (both minimised), flush, repeat until the input ends.
"""
import math
import sys


def zdt1(x):
    f1 = x[0]
    g = 1.0 + 9.0 * sum(x[1:]) / (len(x) - 1)
    f2 = g * (1.0 - math.sqrt(f1 / g))
    return f1, f2


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        x = [float(v) for v in line.split()]
        f1, f2 = zdt1(x)
        sys.stdout.write(repr(f1) + " " + repr(f2) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
