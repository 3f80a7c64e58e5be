#!/usr/bin/env python3
"""SymPy's time on the rows of derivatives.tsv (issue 19's peer table; a developer
tool, the build never runs it). Per row: sp.diff, and sp.simplify(sp.diff), each the
median of a few runs after one warm-up run; a row whose simplify takes longer than
CAP seconds is counted at the cap. Prints per category median, p90 and p99 in
microseconds as JSON lines, for library/src/jmh/bench_peers.py.

    python3 test-expressions/tools/sympy_times.py [--rows N] > target/sympy-times.jsonl
"""
import json, os, signal, statistics, sys, time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sympy as sp  # noqa: E402
from specexpr import parse  # noqa: E402

CAP = 5.0
HERE = os.path.dirname(os.path.abspath(__file__))


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def timed(fn, runs):
    best = []
    for _ in range(runs):
        t = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, CAP)
        try:
            fn()
        except Timeout:
            return CAP * 1e6
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        best.append((time.perf_counter() - t) * 1e6)
    return statistics.median(best)


def pct(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, int(q * len(v)))]


def main():
    signal.signal(signal.SIGALRM, _alarm)
    limit = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else None
    rows = []
    with open(os.path.join(HERE, "..", "derivatives.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t") or not line.strip():
                continue
            r = line.rstrip("\n").split("\t")
            if r[4].startswith("error"):
                continue
            rows.append(r)
    rows = rows[:limit] if limit else rows
    diff_t, simp_t = defaultdict(list), defaultdict(list)
    for r in rows:
        category, text, var = r[1], r[2], r[3]
        try:
            f = parse(text)
        except Exception as e:  # a row SymPy's reader does not take is left out, and said so
            print("skipped %s: %s" % (r[0], e), file=sys.stderr)
            continue
        x = next((s for s in f.free_symbols if s.name == var), sp.Symbol(var, real=True))
        timed(lambda: sp.diff(f, x), 1)  # warm-up
        diff_t[category].append(timed(lambda: sp.diff(f, x), 3))
        simp_t[category].append(timed(lambda: sp.simplify(sp.diff(f, x)), 1))
    for c in diff_t:
        print(json.dumps({"category": c, "rows": len(diff_t[c]),
                          "diff": [statistics.median(diff_t[c]), pct(diff_t[c], 0.9), pct(diff_t[c], 0.99)],
                          "simplify": [statistics.median(simp_t[c]), pct(simp_t[c], 0.9), pct(simp_t[c], 0.99)]}))
    everything_d = [t for c in diff_t for t in diff_t[c]]
    everything_s = [t for c in simp_t for t in simp_t[c]]
    print(json.dumps({"category": "all", "rows": len(everything_d),
                      "diff": [statistics.median(everything_d), pct(everything_d, 0.9), pct(everything_d, 0.99)],
                      "simplify": [statistics.median(everything_s), pct(everything_s, 0.9), pct(everything_s, 0.99)]}))


if __name__ == "__main__":
    main()
