#!/usr/bin/env bash
# Knowledge-base speed in Release: retrieval p50/p99 per question over the playbook + the guide (target p99 <= 5 ms)
# and ingestion of a generated 200-page PDF and text (target <= 10 s).   bench/run-kb-bench.sh [QUESTIONS.jsonl] [--rounds N] [--pages N]
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
bench_run KbBench "$@"
