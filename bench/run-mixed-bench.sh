#!/usr/bin/env bash
# Runs the mixed-turn benchmark in Release (Debug figures mean nothing) and records its summary:
#   bench/run-mixed-bench.sh [--provider sqlite|postgres|both] [--conversations 20,50] [--turns-per-conversation 24]
#                            [--warmup 12] [--rounds 5] [--kind-turns 12] [--show-answers] [--postgres <admin connection string>]
# Each provider x conversation count appends one line to bench/results/mixed.tsv and bench/README.md's results
# table is regenerated (bench/results/make-table.sh). PostgreSQL needs a server the run may create a database
# on: --postgres, or SALESCOACH_TEST_POSTGRES (`source .ci/start-postgres.sh` exports it); without either, sqlite only.
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
if [[ " $* " != *" --provider "* ]]; then
  if [[ -n "${SALESCOACH_TEST_POSTGRES:-}" || " $* " == *" --postgres "* ]]; then args+=(--provider both); else
    echo "no PostgreSQL server (SALESCOACH_TEST_POSTGRES unset): measuring sqlite only" >&2; args+=(--provider sqlite); fi
fi
# The commit measured; "-dirty" when code differs from it (earlier runs' results lines do not count).
BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD -- . ':(exclude)bench/results' ':(exclude)bench/README.md' 2>/dev/null || BENCH_COMMIT+="-dirty"
export BENCH_COMMIT
dotnet run -c Release --project bench/MixedBench -- "${args[@]}" --results "$PWD/bench/results/mixed.tsv"   # absolute: dotnet run starts in the project folder
bench/results/make-table.sh
