#!/usr/bin/env bash
# Offline NLU parse speed in Release (Debug figures mean nothing): median and p99 per utterance over the
# dev set once warm. Target: median <= 1 ms.   bench/run-nlu-bench.sh [UTTERANCES.jsonl] [--rounds N]
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
bench_run NluBench "$@"
