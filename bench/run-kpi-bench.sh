#!/usr/bin/env bash
# Runs the KPI benchmark in Release (Debug figures mean nothing). Arguments go to the program:
#   bench/run-kpi-bench.sh [--provider sqlite|postgres|both] [--conversations 20] [--turns-per-conversation 24]
#                          [--warmup 12] [--rounds 5] [--show-answers] [--postgres <admin connection string>]
# PostgreSQL needs a server the run can create a database on: --postgres, or SALESCOACH_TEST_POSTGRES
# (locally `source .ci/start-postgres.sh` exports it). Without either, sqlite only.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
mapfile -t args < <(bench_with_default_provider "$@")
bench_run KpiBench "${args[@]}"
