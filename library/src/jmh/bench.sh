#!/usr/bin/env bash
# Builds target/benchmarks.jar (Maven profile "bench") and runs the compiler's
# benchmarks of issue 5 in one run. Extra arguments go to JMH, e.g. a filter:
#   bash library/src/jmh/bench.sh EvalBenchmark
# The default configuration is the short one of the README table; for tighter
# error bars use more forks and iterations (-f 3 -wi 5 -i 10).
set -euo pipefail
cd "$(dirname "$0")/../.."   # library/: the bench profile is the library's
mvn -B -q -Pbench -DskipTests package
exec java -jar target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 2s -rf json -rff target/jmh-result.json "$@"
