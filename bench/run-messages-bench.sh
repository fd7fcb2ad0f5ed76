#!/usr/bin/env bash
# Runs the /api/messages benchmark in Release (Debug figures mean nothing). Arguments go to the program:
#   bench/run-messages-bench.sh --conversations 50 --turns-per-conversation 40 --warmup 20 --rounds 5 [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/MessagesBench -- "$@"
