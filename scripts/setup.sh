#!/usr/bin/env bash
# Installs what DocFlow's commands need on a fresh Debian machine that has the .NET 10 SDK, Node.js and npm:
# Debian packages (only when missing), Azurite and the PDF fonts (npm ci), NuGet packages (dotnet restore).
# Usage: scripts/setup.sh [run|test]   — "run" skips the packages only the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-test}"

need_apt=()
have() { command -v "$1" >/dev/null 2>&1; }
have curl || need_apt+=(curl ca-certificates)   # run.sh waits for the app and prints a curl to post a sample
if [ "$purpose" = test ]; then
  have pdfsig   || need_apt+=(poppler-utils)
  have qpdf     || need_apt+=(qpdf)
  have chromium || need_apt+=(chromium)
  have soffice  || need_apt+=(libreoffice-writer-nogui)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} (Debian packages)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# npm ci only when the installed tree is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci (Azurite, fonts)"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "setup: dotnet restore"
dotnet restore DocFlow.sln --verbosity quiet
