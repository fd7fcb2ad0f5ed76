#!/usr/bin/env bash
# Runs the reminder delivery benchmark in Release (Debug figures mean nothing). Arguments go to the program:
#   bench/run-reminder-bench.sh [--provider sqlite|postgres] [--occurrences 10000] [--conversations 500]
#                               [--tenants 1] [--tenant-rate 30 (0 = off)] [--concurrency 16] [--postgres <admin connection string>]
# PostgreSQL needs a server the run can create a database on: --postgres, or SALESCOACH_TEST_POSTGRES
# (locally `source .ci/start-postgres.sh` exports it).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
bench_run ReminderBench "$@"
