#!/usr/bin/env bash
# Renders the Russian sample agreements and puts the first page of each document as a PNG in docs/,
# so the README can show what DocFlow produces. Needs poppler-utils (pdftoppm).
# Usage: scripts/render-docs.sh            (from anywhere; uses DOCFLOW_BUILD_ROOT if set)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v pdftoppm >/dev/null || { echo "render-docs: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }

dotnet build "$root/src/Cli" -v quiet -nologo >/dev/null
shopt -s nullglob
samples=("$root"/samples/ru-*.json)
[ ${#samples[@]} -gt 0 ] || { echo "render-docs: no samples/ru-*.json" >&2; exit 2; }

for sample in "${samples[@]}"; do
  name="$(basename "$sample" .json)"
  out="$work/$name"
  dotnet run --no-build --project "$root/src/Cli" -- render "$sample" --out "$out" --format pdf >/dev/null
  for pdf in "$out"/*.pdf; do
    document="$(basename "$pdf" .pdf)"
    # -singlefile writes exactly PREFIX.png for the one page asked for.
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$root/docs/$name-$document"
    echo "docs/$name-$document.png"
  done
done
