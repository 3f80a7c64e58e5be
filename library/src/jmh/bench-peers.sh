#!/usr/bin/env bash
# deriv against Symja 3.0.0 (JMH, PeerBenchmark) and SymPy (Debian's python3-sympy,
# test-expressions/tools/sympy_times.py) on the rows of test-expressions/derivatives.tsv,
# per category: median, p90, p99 and the ratios (issue 19). About 25 minutes on 2 cores.
#   bash library/src/jmh/bench-peers.sh            # build, run both, print the table
#   bash library/src/jmh/bench-peers.sh --no-sympy # deriv and Symja only
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root/library"
mvn -B -q -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package
cd "$root"   # the benchmark reads test-expressions/ from here
java -jar library/target/benchmarks.jar PeerBenchmark -f 1 -wi 3 -i 3 -w 2s -r 3s \
    -rf json -rff library/target/peers.json >library/target/peers.log
sympy=
if [ "${1:-}" != "--no-sympy" ]; then
    python3 test-expressions/tools/sympy_times.py >library/target/sympy-times.jsonl
    sympy=library/target/sympy-times.jsonl
fi
python3 library/src/jmh/bench_peers.py library/target/peers.json $sympy
