#!/usr/bin/env bash
# Times `./mvnw prism:status` on the sample app against one start of the sample app's
# context running the same command directly (`java -jar … --prism.db.command=status`),
# alternating the two, and prints each run and the ratio of the medians.
#
# Usage (from the repository root, after `./mvnw install -DskipTests`):
#   prism-benchmarks/scripts/prism-status-timing.sh [runs]   # default 5 runs of each
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
jar=$(ls prism-sample-app/target/prism-sample-app-*.jar | grep -v original | head -1)
database="jdbc:sqlite:$(mktemp -d)/status-timing.db"
# Migrate once, so that both measure `status` on an up-to-date database.
java -jar "$jar" --spring.datasource.url="$database" --prism.db.command=migrate > /dev/null

millis() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

plugin=(); direct=()
for i in $(seq "$runs"); do
	start=$(millis)
	./mvnw -q -pl prism-sample-app prism:status "-Dspring.datasource.url=$database" > /dev/null
	plugin+=($(( $(millis) - start )))
	start=$(millis)
	java -jar "$jar" --spring.datasource.url="$database" --prism.db.command=status > /dev/null
	direct+=($(( $(millis) - start )))
	echo "run $i: prism:status ${plugin[-1]} ms, context start ${direct[-1]} ms"
done
p=$(printf '%s\n' "${plugin[@]}" | median)
d=$(printf '%s\n' "${direct[@]}" | median)
echo "median prism:status ${p} ms, median context start ${d} ms, ratio $(awk "BEGIN {printf \"%.2f\", $p / $d}")"
