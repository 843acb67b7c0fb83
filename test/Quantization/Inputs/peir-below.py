#!/usr/bin/env python3
"""Reads `tico-run --compare` output on stdin, prints the largest PEIR and
fails when any output's PEIR is not below the bound (argv[1])."""
import re
import sys

bound = float(sys.argv[1])
peirs = [float(m) for m in re.findall(r"PEIR (\S+)", sys.stdin.read())]
if not peirs:
    sys.exit("no PEIR in the input")
worst = max(peirs)
print(f"PEIR max {worst:.6g} {'<' if worst < bound else '>='} {bound}")
sys.exit(0 if worst < bound else 1)
