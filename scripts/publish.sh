#!/usr/bin/env bash
# Builds the deployable package: artifacts/docflow.zip (host.json, one folder per function, the self-contained
# linux-x64 handler under handler/). Deploy it with `az functionapp deployment source config-zip` (README, Deploy).
# Usage: scripts/publish.sh [ARTIFACTS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/@expo-google-fonts ] || npm ci --no-audit --no-fund   # the fonts the handler embeds
args=(-t:Package -nologo -v:minimal)
[ $# -ge 1 ] && args+=("-p:ArtifactsDir=$(realpath -m "$1")/")
dotnet msbuild scripts/package/Package.proj "${args[@]}"
