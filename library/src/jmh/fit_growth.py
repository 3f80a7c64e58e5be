#!/usr/bin/env python3
"""Growth exponents from ScalingBenchmark's JMH JSON files (bench-scaling.sh).

For each family: the time per run at each n, the least-squares slope of log(time)
against log(n) over the sizes from n >= 100 (or all, when fewer than three are that
large: small sizes measure fixed costs), and the slope between the two largest sizes.
A slope of 1 is linear, 2 quadratic; n log n shows as a little above 1."""
import json, math, sys
from collections import defaultdict

def slope(points):
    xs = [math.log(n) for n, _ in points]; ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else float("nan")

times = defaultdict(dict)
for path in sys.argv[1:]:
    text = open(path).read()
    if not text.strip():  # a run still under way
        continue
    for r in json.loads(text):
        p = r["params"]
        times[p["family"]][int(p["n"])] = r["primaryMetric"]["score"]  # ms per run
print("| family | n: time per run (ms) | exponent (fit) | exponent (two largest n) |")
print("|---|---|---|---|")
for family, by_n in times.items():
    pts = sorted(by_n.items())
    large = [p for p in pts if p[0] >= 100]
    fit = slope(large if len(large) >= 3 else pts)
    last = slope(pts[-2:]) if len(pts) >= 2 else float("nan")
    cells = ", ".join(f"{n}: {t:.3g}" for n, t in pts)
    print(f"| {family} | {cells} | {fit:.2f} | {last:.2f} |")
