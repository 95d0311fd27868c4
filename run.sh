#!/usr/bin/env bash
# Starts the whole system: the Aspire AppHost with its dashboard, Redis, PostgreSQL, the Api and the Worker.
#   Api:        http://localhost:5180   (POST /api/match-jobs, GET /api/task-status/{task_id}, /scalar)
#   Dashboard:  http://localhost:18888  (traces, logs, metrics)
# Installs redis-server and PostgreSQL first when they are missing. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_prerequisites

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build ResumeMatcher.AppHost --nologo -v quiet
exec dotnet run --no-build --project ResumeMatcher.AppHost --launch-profile http
