#!/usr/bin/env python3
"""Inclusive share of busy CPU per stack frame in a dotnet-trace speedscope file (see bench/README.md).

usage: cpu-by-frame.py TRACE.speedscope.json [FRAME-REGEX] [N]
Only samples whose leaf is CPU_TIME count: the thread was in managed code (on a loaded machine that includes
time it was runnable but preempted, so read the shares, not the milliseconds). With FRAME-REGEX, only samples whose
stack holds a matching frame count, so the shares are of that part of the work.
"""
import collections
import json
import re
import sys


def main():
    trace = json.load(open(sys.argv[1]))
    within = re.compile(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else None
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    frames = [f["name"] for f in trace["shared"]["frames"]]
    inclusive = collections.Counter()
    busy = 0.0
    for profile in trace["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            if last is not None and stack and frames[stack[-1]] == "CPU_TIME":
                names = {frames[f] for f in stack}
                if within is None or any(within.search(n) for n in names):
                    elapsed = event["at"] - last
                    busy += elapsed
                    for name in names:
                        inclusive[name] += elapsed
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                stack.pop()
    noise = re.compile(r"CompilerServices|ExecutionContext|^Thread \(|ThreadPool|StartCallback|CPU_TIME|^Process|Non-Activities|^Threads$")
    print(f"samples in managed code, summed over threads: {busy:.0f} ms")
    shown = 0
    for name, ms in inclusive.most_common():
        if noise.search(name):
            continue
        print(f"{ms / busy * 100:6.2f}%  {name[:180]}")
        shown += 1
        if shown >= top:
            break


if __name__ == "__main__":
    main()
