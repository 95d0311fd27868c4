#!/usr/bin/env bash
# Runs every test. Installs redis-server and PostgreSQL first when they are missing; the tests start their own
# servers on free loopback ports (or use RESUMEMATCHER_TEST_POSTGRES) and stop them when done.
# Evaluation data is read from ../shared/data, or from $RESUMEMATCHER_DATA_DIR.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_prerequisites

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build ResumeMatcher.sln --nologo -v quiet
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test ResumeMatcher.Tests --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?
# One plain summary line for CI: "N passed, N failed, N skipped".
summary="$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -1 || true)"
if [[ -n "$summary" ]]; then
  failed="$(sed -E 's/Failed: +([0-9]+).*/\1/' <<<"$summary")"
  passed="$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$summary")"
  skipped="$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$summary")"
  echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
fi
exit "$status"
