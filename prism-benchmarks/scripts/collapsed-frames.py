#!/usr/bin/env python3
"""Inclusive samples per frame under one frame of an async-profiler collapsed profile.

Usage: collapsed-frames.py PROFILE FRAME [--top N]

PROFILE is a file of collapsed stacks (async-profiler's output=collapsed, one stack per
line, frames separated by ';', then the sample count). Only the stacks holding FRAME (for
instance dev/prism/benchmarks/BulkDeleteBenchmark.cascadeSoftDelete_prism) count, which
leaves out JMH's per-invocation reset of the rows. Each frame at or below FRAME is
printed with the samples of the stacks it is on, most first: the width of its bar in a
flame graph of FRAME.
"""
import argparse
import collections


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('profile')
    parser.add_argument('frame')
    parser.add_argument('--top', type=int, default=60)
    args = parser.parse_args()
    inclusive = collections.Counter()
    total = 0
    with open(args.profile) as lines:
        for line in lines:
            stack, count = line.rstrip('\n').rsplit(' ', 1)
            frames = stack.split(';')
            if args.frame not in frames:
                continue
            count = int(count)
            total += count
            for frame in set(frames[frames.index(args.frame):]):
                inclusive[frame] += count
    print(f'{total} samples under {args.frame}')
    for frame, count in inclusive.most_common(args.top):
        print(f'{count:8d} {100.0 * count / total:5.1f}%  {frame}')


if __name__ == '__main__':
    main()
