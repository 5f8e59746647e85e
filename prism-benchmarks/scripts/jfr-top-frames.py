#!/usr/bin/env python3
"""Summarise a JFR recording's CPU samples as a flat flame summary.

    jfr-top-frames.py profile.jfr [--only FRAME] [--skip FRAME] [--thread NAME] [--top N] [--native]

Keeps the execution samples whose stack contains a frame matching --only (a regular
expression, e.g. the benchmark method 'softDelete_prism') and none matching --skip
(e.g. the per-iteration reset 'resetRows'), then prints the methods with the largest
share of those samples: inclusive (the method is anywhere on the stack, the width of its
bar in a flame graph) for the library packages, and self (top frame).
"""
import argparse
import collections
import json
import re
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("recording")
parser.add_argument("--only", default=".")
parser.add_argument("--skip", default="$^")
parser.add_argument("--thread", default=".",
                    help="keep only samples of threads whose name matches, e.g. 'hardDelete_prism-jmh-worker';"
                         " unlike --only it also keeps samples whose stack JFR truncated above the benchmark"
                         " method (JFR records 64 frames unless -XX:FlightRecorderOptions:stackdepth says more)")
parser.add_argument("--top", type=int, default=25)
parser.add_argument("--native", action="store_true",
                    help="count the samples of threads in native code (jdk.NativeMethodSample, e.g. SQLite's"
                         " JNI calls and socket reads) instead of those running Java code")
args = parser.parse_args()

out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events",
                      "jdk.NativeMethodSample" if args.native else "jdk.ExecutionSample",
                      args.recording], capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
only, skip, thread = re.compile(args.only), re.compile(args.skip), re.compile(args.thread)
inclusive, self_time, kept = collections.Counter(), collections.Counter(), 0
for event in events:
    frames = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
              for f in event["values"]["stackTrace"]["frames"]]
    name = (event["values"].get("sampledThread") or {}).get("javaName") or ""
    if not thread.search(name) or not any(only.search(f) for f in frames) or any(skip.search(f) for f in frames):
        continue
    kept += 1
    self_time[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
print("%d samples kept of %d" % (kept, len(events)))
interesting = re.compile(r"^(org\.hibernate|dev\.prism|org\.postgresql|org\.sqlite|org\.springframework\.data|com\.zaxxer)")
print("\nInclusive (share of kept samples with the method on the stack):")
for frame, count in [(f, c) for f, c in inclusive.most_common() if interesting.search(f)][: args.top]:
    print("%5.1f%%  %s" % (100.0 * count / kept, frame))
print("\nSelf (top frame):")
for frame, count in self_time.most_common(args.top // 2):
    print("%5.1f%%  %s" % (100.0 * count / kept, frame))
