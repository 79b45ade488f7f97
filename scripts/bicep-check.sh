#!/usr/bin/env bash
# `bicep build` and `bicep lint` of infra/bicep with the Bicep CLI from the NuGet package (offline, pinned version).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore infra/bicep/BicepTools.csproj --verbosity quiet
version="$(grep -o 'Azure.Bicep.CommandLine.linux-x64" Version="[^"]*' Directory.Packages.props | sed 's/.*Version="//')"
bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
chmod +x "$bicep"
out="$(mktemp -d)"
status=0
for file in infra/bicep/main.bicep infra/bicep/main.bicepparam; do
  case "$file" in
    *.bicepparam) "$bicep" build-params "$file" --outfile "$out/main.parameters.json" || status=1 ;;
    *) "$bicep" build "$file" --outdir "$out" || status=1 ;;
  esac
done
"$bicep" lint infra/bicep/main.bicep || status=1
for module in infra/bicep/modules/*.bicep; do "$bicep" lint "$module" || status=1; done
[ -s "$out/main.json" ] || { echo "bicep: main.json was not produced"; status=1; }
[ $status -eq 0 ] && echo "bicep: build and lint passed ($version)"
rm -rf "$out"
exit $status
