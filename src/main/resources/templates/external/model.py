#!/usr/bin/env python3
"""A template for your own Agrifront model (Python, standard library only). Replace evaluate() with your model.

Written by `agrifront init external DIR`. Agrifront starts this program once per run, in this folder, and talks to
it through its standard input and output (the protocol of MOEA Framework's ExternalProblem):

  * Agrifront writes one line per solution: the variables of problem.json in their order, separated by spaces.
    Reals are written in full precision, integers as integers, categorical variables as the option's index (from 0).
  * The program answers one line: the objectives, then the constraints, in the order of problem.json, separated by
    spaces. A constraint value <= 0 means satisfied; a positive value is the amount of violation.
  * Flush after every answer, otherwise the answer waits in a buffer until timeoutSeconds ends the run.
  * Batch mode ("batch": true in problem.json, and --batch on the command line below): Agrifront sends many lines,
    then an empty line; answer one line per solution, in the same order, and flush at the empty line.
  * Anything meant for people goes to standard error (Agrifront quotes its last line if the program fails).
  * Answer each line from that line alone (no hidden state, no unseeded randomness): then runs are reproducible.

Try it by hand:  echo "120 80 1 2" | python3 model.py
"""
import math
import sys

# The options of the categorical variable "crop", in the order of problem.json.
CROPS = ["wheat", "maize", "soy"]
# Per crop: attainable yield (t/ha), how fast yield saturates with nitrogen (kg N/ha), water need (mm), cost (EUR/ha).
ATTAINABLE = {"wheat": 9.0, "maize": 12.0, "soy": 4.0}
N_SCALE = {"wheat": 90.0, "maize": 120.0, "soy": 400.0}  # soy fixes its own nitrogen
WATER_NEED = {"wheat": 450.0, "maize": 550.0, "soy": 450.0}
BASE_COST = {"wheat": 350.0, "maize": 450.0, "soy": 300.0}
RAIN = 400.0  # mm in the season
BUDGET = 700.0  # EUR/ha


def evaluate(nitrogen, irrigation, crop, cover_years):
    """One field for one season: returns ([yield, leaching], [budget_violation])."""
    name = CROPS[crop]
    water = min(1.0, (RAIN + irrigation) / WATER_NEED[name])
    rotation = 1.0 + 0.03 * cover_years  # cover crops before the main crop raise yields a little
    yield_t = ATTAINABLE[name] * water * rotation * (1.0 - 0.8 * math.exp(-nitrogen / N_SCALE[name]))
    uptake = 15.0 * yield_t if name != "soy" else 0.0
    surplus = max(0.0, nitrogen - uptake)
    leaching = 5.0 + surplus * (0.6 + 0.001 * irrigation) / (1.0 + 0.5 * cover_years)
    cost = BASE_COST[name] + 1.1 * nitrogen + 0.6 * irrigation + 40.0 * cover_years
    return [yield_t, leaching], [cost - BUDGET]


def main():
    batch = "--batch" in sys.argv[1:]
    for line in sys.stdin:
        line = line.strip()
        if not line:  # the end of a batch: send its answers
            sys.stdout.flush()
            continue
        values = line.split()
        nitrogen, irrigation = float(values[0]), float(values[1])
        crop, cover_years = int(values[2]), int(values[3])
        objectives, constraints = evaluate(nitrogen, irrigation, crop, cover_years)
        sys.stdout.write(" ".join(repr(v) for v in objectives + constraints) + "\n")
        if not batch:
            sys.stdout.flush()


if __name__ == "__main__":
    main()
