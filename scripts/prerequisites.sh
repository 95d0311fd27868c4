#!/usr/bin/env bash
# Installs what ResumeMatcher needs to run and to test on Debian/Ubuntu, when it is missing:
# redis-server (and redis-cli) and the PostgreSQL server binaries. Sourced by run.sh and test.sh.
set -euo pipefail

as_root() {
  if [[ "$(id -u)" == "0" ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "Installing packages needs root: run as root, or install them by hand: $*" >&2
    return 1
  fi
}

postgres_bindir() {
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  local candidate found=""
  for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x "$candidate/initdb" ]] && found="$candidate"
  done
  [[ -n "$found" ]] && echo "$found"
}

ensure_prerequisites() {
  local packages=()
  command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
  command -v redis-cli >/dev/null 2>&1 || packages+=(redis-tools)
  postgres_bindir >/dev/null 2>&1 || packages+=(postgresql)

  if ((${#packages[@]} > 0)); then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "Please install: ${packages[*]} (apt-get is not available here)." >&2
      return 1
    fi
    echo "Installing ${packages[*]} ..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi

  # PostgreSQL refuses to run as root: the servers then run as the 'postgres' user, which the package creates.
  if [[ "$(id -u)" == "0" ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi

  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK 10 is required (https://dot.net); 'dotnet' is not on PATH." >&2
    return 1
  fi
}
