#!/usr/bin/env bash
# Runs the KPI benchmark in Release (Debug figures mean nothing). Arguments go to the program:
#   bench/run-kpi-bench.sh [--provider sqlite|postgres|both] [--conversations 20] [--turns-per-conversation 24]
#                          [--warmup 12] [--rounds 5] [--show-answers] [--postgres <admin connection string>]
# PostgreSQL needs a server the run can create a database on: --postgres, or SALESCOACH_TEST_POSTGRES
# (locally `source .ci/start-postgres.sh` exports it). Without either, --provider both falls back to sqlite.
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
if [[ " $* " != *" --provider "* ]]; then
  if [[ -n "${SALESCOACH_TEST_POSTGRES:-}" || " $* " == *" --postgres "* ]]; then args+=(--provider both); else
    echo "no PostgreSQL server (SALESCOACH_TEST_POSTGRES unset): measuring sqlite only" >&2; args+=(--provider sqlite); fi
fi
exec dotnet run -c Release --project bench/KpiBench -- "${args[@]}"
