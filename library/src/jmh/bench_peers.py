#!/usr/bin/env python3
"""The peer table of issue 19: per category of derivatives.tsv, the median, p90 and
p99 time per expression of deriv and Symja (PeerBenchmark's JMH JSON) and SymPy
(test-expressions/tools/sympy_times.py's JSON lines), and the ratios to deriv.

    python3 src/jmh/bench_peers.py target/peers.json [target/sympy-times.jsonl]"""
import json, sys

jmh = json.load(open(sys.argv[1]))
sympy = {}
if len(sys.argv) > 2:
    for line in open(sys.argv[2]):
        r = json.loads(line)
        sympy[r["category"]] = r
by = {}
for r in jmh:
    engine = r["benchmark"].rsplit(".", 1)[1]
    pct = r["primaryMetric"]["scorePercentiles"]
    by.setdefault(r["params"]["category"], {})[engine] = [pct["50.0"], pct["90.0"], pct["99.0"]]


def ms(us):
    return "%.2f" % (us / 1000)


head = "| category | deriv p50 / p90 / p99 (ms) | Symja p50 / p90 / p99 (ms) | Symja/deriv p50, p90 |"
if sympy:
    head += " SymPy diff p50 / p99 (ms) | SymPy diff+simplify p50 / p99 (ms) | SymPy simplify/deriv p50, p99 |"
print(head)
print("|" + "---|" * head.count(" | ") + "---|")
for cat in sorted(by):
    d, s = by[cat].get("deriv"), by[cat].get("symja")
    if not d:
        continue
    cells = [cat, " / ".join(ms(v) for v in d)]
    if s:
        cells += [" / ".join(ms(v) for v in s), "%.2g, %.2g" % (s[0] / d[0], s[1] / d[1])]
    else:
        cells += ["-", "-"]
    y = sympy.get(cat)
    if sympy:
        if y:
            cells += ["%s / %s" % (ms(y["diff"][0]), ms(y["diff"][2])),
                      "%s / %s" % (ms(y["simplify"][0]), ms(y["simplify"][2])),
                      "%.0f, %.0f" % (y["simplify"][0] / d[0], y["simplify"][2] / d[2])]
        else:
            cells += ["-", "-", "-"]
    print("| " + " | ".join(cells) + " |")
