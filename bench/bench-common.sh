# Shared by the bench/run-*.sh scripts (sourced, not run): what each of them used to repeat.
# Sourcing it moves to the repository root, so project and results paths below are relative to it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The commit measured, exported for the programs' results lines; "-dirty" when code differs from it
# (earlier runs' results lines and the generated README table do not count).
bench_export_commit() {
  BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  git diff --quiet HEAD -- . ':(exclude)bench/results' ':(exclude)bench/README.md' 2>/dev/null || BENCH_COMMIT+="-dirty"
  export BENCH_COMMIT
}

# Prints the arguments given, plus "--provider both" when PostgreSQL is known (--postgres or
# SALESCOACH_TEST_POSTGRES) and "--provider sqlite" otherwise, unless a --provider was given. One per line,
# for: mapfile -t args < <(bench_with_default_provider "$@")
bench_with_default_provider() {
  if [[ $# -gt 0 ]]; then printf '%s\n' "$@"; fi
  if [[ " $* " != *" --provider "* ]]; then
    if [[ -n "${SALESCOACH_TEST_POSTGRES:-}" || " $* " == *" --postgres "* ]]; then echo --provider; echo both; else
      echo "no PostgreSQL server (SALESCOACH_TEST_POSTGRES unset): measuring sqlite only" >&2; echo --provider; echo sqlite; fi
  fi
}

# Runs a bench project in Release (Debug figures mean nothing): bench_run PROJECT ARGS...
bench_run() {
  local project=$1; shift
  dotnet run -c Release --project "bench/$project" -- "$@"
}
