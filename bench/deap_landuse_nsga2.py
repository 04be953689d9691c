#!/usr/bin/env python3
"""Peer baseline for `agrifront bench`: DEAP NSGA-II on the cell-level land-use problem.

Same problem as problems/landuse-rcp26-2090.json (9,412 cells, 10 land uses, maximise carbon, crop, runoff;
carbon, crop, runoff and forage >= the 2017 reference), written the way a DEAP user would: a list-of-int
individual, numpy evaluation (fancy indexing over the four service tables), one-point crossover, uniform-integer
mutation (1/n per gene), selTournamentDCD + selNSGA2 as in DEAP's NSGA-II example, constraints by DEAP's
DeltaPenalty. Prints generations per second after the initial population.

Needs Debian's python3-deap and python3-numpy:  /usr/bin/python3 bench/deap_landuse_nsga2.py [DATA_DIR] [GENERATIONS]
"""
import glob
import os
import random
import sys
import time

import numpy as np
from deap import base, creator, tools

DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "lpjguess")
GENERATIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
RCP, PERIOD = "26", "2090-2099"
SERVICES = ["CStor", "FoPro", "WaSu", "Forage"]
FACTORS = {"carbon": 1e3, "food": 1e9, "water": 1e3, "forage": 1e3}


def table(service):
    [path] = glob.glob(os.path.join(DATA, "ESquant", "ESquant_rcp%s_%s_INT_*_v8b_4gcms_%s_cor4ProtArea.txt" % (RCP, PERIOD, service)))
    return np.loadtxt(path, skiprows=1)[:, 2:12]  # drop Lon, Lat (and the trailing ID)


def reference():
    with open(os.path.join(DATA, "constraints.csv")) as f:
        header = [h.strip('"') for h in f.readline().split()]
        for line in f:
            row = [c.strip('"') for c in line.split()]
            if row[header.index("rcp")] == RCP and row[header.index("timePeriod")] == PERIOD:
                return np.array([float(row[header.index(k)]) * FACTORS[k] for k in ("carbon", "food", "water", "forage")])
    raise SystemExit("no reference row")


VALUES = np.stack([table(s) for s in SERVICES])  # (4, n, 10)
N = VALUES.shape[1]
REF = reference()
CELLS = np.arange(N)


def totals(ind):
    return VALUES[:, CELLS, np.asarray(ind)].sum(axis=1)


def evaluate(ind):
    t = totals(ind)
    return float(t[0]), float(t[1]), float(t[2])


def feasible(ind):
    return bool(np.all(totals(ind) >= REF))


creator.create("Fitness", base.Fitness, weights=(1.0, 1.0, 1.0))
creator.create("Individual", list, fitness=creator.Fitness)
tb = base.Toolbox()
tb.register("gene", random.randint, 0, 9)
tb.register("individual", tools.initRepeat, creator.Individual, tb.gene, N)
tb.register("population", tools.initRepeat, list, tb.individual)
tb.register("evaluate", evaluate)
tb.decorate("evaluate", tools.DeltaPenalty(feasible, (0.0, 0.0, -1e12)))
tb.register("mate", tools.cxOnePoint)
tb.register("mutate", tools.mutUniformInt, low=0, up=9, indpb=1.0 / N)
tb.register("select", tools.selNSGA2)


def main():
    random.seed(1)
    pop = tb.population(n=100)
    for ind in pop:
        ind.fitness.values = tb.evaluate(ind)
    pop = tb.select(pop, len(pop))  # assigns crowding distance for selTournamentDCD
    start = time.perf_counter()
    evaluations = 0
    for _ in range(GENERATIONS):
        offspring = [tb.clone(i) for i in tools.selTournamentDCD(pop, len(pop))]
        for a, b in zip(offspring[::2], offspring[1::2]):
            if random.random() <= 0.9:
                tb.mate(a, b)
            tb.mutate(a)
            tb.mutate(b)
            del a.fitness.values, b.fitness.values
        for ind in offspring:
            ind.fitness.values = tb.evaluate(ind)
            evaluations += 1
        pop = tb.select(pop + offspring, len(pop))
    seconds = time.perf_counter() - start
    print("deap nsga2 landuse cells=%d population=100 generations=%d seconds=%.3f generations_per_s=%.3f evaluations_per_s=%.1f"
          % (N, GENERATIONS, seconds, GENERATIONS / seconds, evaluations / seconds))


if __name__ == "__main__":
    main()
