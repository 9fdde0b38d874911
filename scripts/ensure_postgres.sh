#!/usr/bin/env bash
# Make sure the PostgreSQL server binaries (initdb, pg_ctl) are there for the test cluster
# that scripts/with_postgres.py starts. Most machines have them; where they are missing and
# we are root, install Debian's postgresql-15. Quiet when everything is there; without root
# it explains what to install and fails only under CI=true, where nothing may be skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python3 scripts/with_postgres.py --check >/dev/null 2>&1 && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure_postgres: installing postgresql-15 (server binaries for the test cluster)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15
    exit 0
fi

echo "ensure_postgres: PostgreSQL server binaries not found; install them, e.g." >&2
echo "  apt-get install postgresql-15" >&2
[[ ${CI:-} == true || ${CI:-} == 1 ]] && exit 1
exit 0
