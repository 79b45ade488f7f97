#!/usr/bin/env bash
# DocFlow on this machine in one command: installs what it needs (Azurite and fonts through npm ci, NuGet packages),
# starts Azurite with its data under .docflow/azurite, starts the app on http://localhost:7071, and prints a curl that
# creates a sample agreement. Mail goes to .docflow/outbox as .eml files (links also in the log). Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")"
root="$(pwd)"
data="$root/.docflow"
port="${FUNCTIONS_CUSTOMHANDLER_PORT:-7071}"
export DOCFLOW_API_KEY="${DOCFLOW_API_KEY:-dev-key}"
export DOCFLOW_OUTBOX="${DOCFLOW_OUTBOX:-$data/outbox}"
export DOCFLOW_DATA_DIR="${DOCFLOW_DATA_DIR:-$data}"
export DOCFLOW_PUBLIC_URL="${DOCFLOW_PUBLIC_URL:-http://localhost:$port}"
export AzureWebJobsStorage="${AzureWebJobsStorage:-UseDevelopmentStorage=true}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:$port}"

scripts/setup.sh run
mkdir -p "$data" "$DOCFLOW_OUTBOX"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo "run: storage already listening on :10000 (Azurite?); using it"
else
  scripts/azurite.sh "$data/azurite" > "$data/azurite.log" 2>&1 &
  pids+=($!)
  echo "run: Azurite started (data in .docflow/azurite, log in .docflow/azurite.log)"
fi

echo "run: building the app"
dotnet build src/Functions -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet run --project src/Functions -c Release --no-build &
pids+=($!)

for _ in $(seq 1 120); do
  curl -fsS "http://localhost:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.5
done
sample="$(ls samples/*.json 2>/dev/null | head -1)"
cat <<MSG

DocFlow is running on http://localhost:$port  (API key: $DOCFLOW_API_KEY)
Create an agreement from a sample:

  curl -sS -X POST http://localhost:$port/api/agreements \\
       -H "x-api-key: $DOCFLOW_API_KEY" -H "Content-Type: application/json" \\
       -H "Idempotency-Key: \$(date +%s)" --data-binary @${sample:-samples/ru-prepayment.json}

Then send it for signing:

  curl -sS -X POST http://localhost:$port/api/agreements/{id}/send -H "x-api-key: $DOCFLOW_API_KEY"

Mail lands in $DOCFLOW_OUTBOX as .eml files, and each signing link is printed in this log ("link for …"):
open it in a browser, ask for the code, read it from the newest .eml in the outbox, and sign.
OpenAPI: http://localhost:$port/api/openapi.json     Ctrl+C stops DocFlow and Azurite.

MSG
wait -n "${pids[@]}"
