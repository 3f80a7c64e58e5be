#!/usr/bin/env bash
# Growth of parse + differentiate + simplify with the input's size (issue 19):
# runs ScalingBenchmark for each family over its own range of n, then fits the
# growth exponent (slope of log time against log n) and prints a table.
#   bash library/src/jmh/bench-scaling.sh            # build, run (about 15 minutes on 2 cores), fit
#   bash library/src/jmh/bench-scaling.sh --fit-only # fit the last run's target/scaling/*.json again
set -euo pipefail
cd "$(dirname "$0")/../.."   # library/
out=target/scaling
if [ "${1:-}" != "--fit-only" ]; then
    mvn -B -q -Pbench -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package
    mkdir -p "$out"
    # family and its sizes: each family's largest n takes a few seconds at most
    while read -r family sizes; do
        java -Xss256m -jar target/benchmarks.jar ScalingBenchmark -p family="$family" -p n="$sizes" \
            -f 1 -wi 1 -i 3 -w 1s -r 1s -jvmArgsAppend -Xss256m -rf json -rff "$out/$family.json" >"$out/$family.log"
    done <<'FAMILIES'
sum 10,100,1000,3000,10000
product 10,30,100,300,1000
nesting 10,30,100,300,1000
nthDerivative 2,5,10,20,40
tower 2,4,8,16,32
lseGradient 10,100,1000,3000,10000
rationalSum 10,100,1000,3000,10000,20000
FAMILIES
fi
python3 src/jmh/fit_growth.py "$out"/*.json
