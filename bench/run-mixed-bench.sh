#!/usr/bin/env bash
# Runs the mixed-turn benchmark in Release (Debug figures mean nothing) and records its summary:
#   bench/run-mixed-bench.sh [--provider sqlite|postgres|both] [--conversations 20,50] [--turns-per-conversation 24]
#                            [--warmup 12] [--rounds 5] [--kind-turns 12] [--show-answers] [--postgres <admin connection string>]
# Each provider x conversation count appends one line to bench/results/mixed.tsv and bench/README.md's results
# table is regenerated (bench/results/make-table.sh). PostgreSQL needs a server the run may create a database
# on: --postgres, or SALESCOACH_TEST_POSTGRES (`source .ci/start-postgres.sh` exports it); without either, sqlite only.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
mapfile -t args < <(bench_with_default_provider "$@")
bench_export_commit
bench_run MixedBench "${args[@]}" --results "$PWD/bench/results/mixed.tsv"   # absolute: dotnet run starts in the project folder
bench/results/make-table.sh
