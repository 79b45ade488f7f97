#!/usr/bin/env bash
# Runs every DocFlow test: unit, integration (real Azurite, Kestrel on loopback), browser (Debian Chromium),
# document checks (OpenXml validator, LibreOffice, pdfsig, qpdf) and the Bicep build and lint.
# Installs what it needs first (scripts/setup.sh). Prints "Total: N passed, N failed, N skipped" last.
set -uo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test || { echo "setup failed"; exit 1; }

results="$(pwd)/.docflow/test-results"
rm -rf "$results"; mkdir -p "$results"
failed_steps=()

echo "== build"
dotnet build DocFlow.sln --no-restore -c Release --nologo -v quiet -clp:ErrorsOnly || { echo "build failed"; exit 1; }

if [ -x scripts/bicep-check.sh ]; then
  echo "== infra/bicep: build and lint"
  scripts/bicep-check.sh || failed_steps+=("bicep")
fi

for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  dotnet test "$project" --no-build -c Release --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" || failed_steps+=("$name")
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed))); failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get notExecuted)))
done

if [ ${#failed_steps[@]} -gt 0 ]; then echo "failed steps: ${failed_steps[*]}"; fi
echo "Total: $passed passed, $failed failed, $skipped skipped"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
