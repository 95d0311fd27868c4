#!/usr/bin/env bash
# Runs a PostgreSQL server in the foreground on 127.0.0.1:PORT with its data in DIR (created on first use).
# PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user.
# Usage: scripts/local-postgres.sh DIR PORT
set -euo pipefail

dir="$1"
port="$2"

bindir="$(dirname "$(command -v initdb 2>/dev/null || true)")"
if [[ ! -x "$bindir/initdb" ]]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    if [[ -x "$candidate/initdb" ]]; then bindir="$candidate"; fi
  done
fi
if [[ ! -x "$bindir/initdb" ]]; then
  echo "PostgreSQL is not installed (no initdb found); run ./run.sh, which installs it." >&2
  exit 1
fi

as_server_user() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

mkdir -p "$dir"
if [[ "$(id -u)" == "0" ]]; then
  chown postgres:postgres "$dir"
  if ! runuser -u postgres -- test -w "$dir"; then
    echo "The 'postgres' user cannot write to $dir: make its parent folders readable and executable by others (chmod o+rx)." >&2
    exit 1
  fi
fi

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
fi

# A server left over from an earlier run that did not stop cleanly holds the data directory: stop it first.
if [[ -f "$dir/data/postmaster.pid" ]]; then
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || rm -f "$dir/data/postmaster.pid"
fi

exec_args=("$bindir/postgres" -D "$dir/data" -p "$port" -k "$dir" -c listen_addresses=127.0.0.1)
if [[ "$(id -u)" == "0" ]]; then
  exec runuser -u postgres -- "${exec_args[@]}"
else
  exec "${exec_args[@]}"
fi
