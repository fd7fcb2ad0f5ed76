#!/usr/bin/env bash
# Runs the dashboard benchmark in Release (Debug figures mean nothing) and records its summary:
#   bench/run-dashboard-bench.sh [--provider sqlite|postgres|both] [--clients 4] [--page-loads 50] [--warmup 10]
#                                [--rounds 5] [--periods month,last-month,...] [--postgres <admin connection string>]
# The real bot on the demo company; each client signs in as the demo manager through the demo sign-in page and
# loads the team page as dashboard.js does. Each provider appends one line to bench/results/dashboard.tsv and
# bench/README.md's results table is regenerated (bench/results/make-table.sh). Without PostgreSQL, sqlite only.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
mapfile -t args < <(bench_with_default_provider "$@")
bench_export_commit
bench_run DashboardBench "${args[@]}" --results "$PWD/bench/results/dashboard.tsv"   # absolute: dotnet run starts in the project folder
bench/results/make-table.sh
