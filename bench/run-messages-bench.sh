#!/usr/bin/env bash
# Runs the /api/messages benchmark in Release (Debug figures mean nothing) and records its summary.
# Arguments go to the program:
#   bench/run-messages-bench.sh --conversations 50 --turns-per-conversation 100 --warmup 60 --rounds 5 [--json]
# A run of the shipped configuration appends one line to bench/results/messages.tsv and regenerates the
# results table in bench/README.md (bench/results/make-table.sh); runs with a diagnostic option are not recorded.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
# dotnet run starts the program in the project folder: the results file is given as an absolute path.
record=(--results "$PWD/bench/results/messages.tsv")
for a in "$@"; do
  case "$a" in --time-storage|--memory-storage|--min-threads|--floor-reuses-clients|--results) record=() ;; esac
done
bench_export_commit
bench_run MessagesBench "$@" "${record[@]}"
if [[ ${#record[@]} -gt 0 ]]; then bench/results/make-table.sh; fi
