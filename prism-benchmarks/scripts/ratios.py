#!/usr/bin/env python3
"""Print every Prism/baseline ratio of JMH JSON result files, with its 99.9% interval.

    ratios.py benchmark-results-sqlite.json [more.json ...]
    ratios.py --growth rows-10000.json rows-100000.json rows-1000000.json

A benchmark `<op>_prism` is divided by `<op>_plain`, or else `<op>_jdbc`, of the same
database in the same file. The interval runs from (score - error) / (baseline + error) to
(score + error) / (baseline - error), the errors being JMH's 99.9% confidence half-widths.
With --growth, each benchmark's score at every row count (read from the forks'
-Dprism.bench.rows=) is divided by its score at the smallest row count, next to the
growth of the row count itself; a run with -prof gc adds the bytes allocated per operation.
"""
import json
import math
import re
import sys


def load(path):
    """Return {(benchmark, database): (score, error, unit, rows)} of one JSON file."""
    scores = {}
    for result in json.load(open(path)):
        name = result["benchmark"].rsplit(".", 1)[1]
        database = result.get("params", {}).get("database", "-")
        metric = result["primaryMetric"]
        error = metric["scoreError"]
        rows = next((int(m.group(1)) for arg in result.get("jvmArgs", [])
                     for m in [re.match(r"-Dprism\.bench\.rows=(\d+)", arg)] if m), 100_000)
        scores[(name, database)] = (metric["score"], 0.0 if math.isnan(error) else error,
                                    metric["scoreUnit"], rows)
        allocated = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        if allocated:
            scores[(name + " (bytes allocated)", database)] = (allocated["score"], allocated["scoreError"],
                                                               allocated["scoreUnit"], rows)
    return scores


def ratio(score, error, baseline, baseline_error):
    low = max(0.0, score - error) / (baseline + baseline_error)
    high = (score + error) / (baseline - baseline_error) if baseline > baseline_error else math.inf
    return score / baseline, low, high


def show(value, low, high):
    return "%.3f  [%.3f, %s]" % (value, low, "inf" if math.isinf(high) else "%.3f" % high)


def ratios(paths):
    print("%-40s %-9s %-28s %s" % ("benchmark", "database", "ratio [99.9% interval]", "baseline"))
    for path in paths:
        scores = load(path)
        for (name, database), (score, error, unit, _) in sorted(scores.items(), key=lambda i: (i[0][1], i[0][0])):
            if not name.endswith("_prism"):
                continue
            op = name[: -len("_prism")]
            for suffix in ("_plain", "_jdbc"):
                baseline = scores.get((op + suffix, database))
                if baseline:
                    print("%-40s %-9s %-28s %s" % (name, database, show(*ratio(score, error, baseline[0], baseline[1])),
                                                   op + suffix))
                    break


def growth(paths):
    runs = sorted((load(path) for path in paths), key=lambda s: next(iter(s.values()))[3])
    first = runs[0]
    print("%-40s %-9s %10s %10s %-28s" % ("benchmark", "database", "rows", "rows ×", "time × [99.9% interval]"))
    for key, (score0, error0, unit, rows0) in sorted(first.items(), key=lambda i: (i[0][1], i[0][0])):
        for run in runs[1:]:
            if key in run:
                score, error, _, rows = run[key]
                print("%-40s %-9s %10d %10.0f %s" % (key[0], key[1], rows, rows / rows0,
                                                     show(*ratio(score, error, score0, error0))))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--growth":
        growth(sys.argv[2:])
    elif len(sys.argv) > 1:
        ratios(sys.argv[1:])
    else:
        sys.exit(__doc__)
