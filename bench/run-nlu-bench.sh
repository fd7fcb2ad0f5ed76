#!/usr/bin/env bash
# Offline NLU parse speed in Release (Debug figures mean nothing): median and p99 per utterance over the
# dev set once warm. Target: median <= 1 ms.   bench/run-nlu-bench.sh [UTTERANCES.jsonl] [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/NluBench -- "$@"
