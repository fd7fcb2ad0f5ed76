#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster (installed by .ci/run) and exports SALESCOACH_TEST_POSTGRES,
# the admin connection string the PostgreSQL tests use to create their own throw-away databases.
# Source it: `source .ci/start-postgres.sh`.
set -euo pipefail
pg_version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main"' | grep -q online; then
  pg_ctlcluster "$pg_version" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='salescoach_ci'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE salescoach_ci LOGIN CREATEDB PASSWORD 'salescoach_ci'\""
export SALESCOACH_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=salescoach_ci;Password=salescoach_ci;Database=postgres"
