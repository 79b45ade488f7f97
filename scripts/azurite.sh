#!/usr/bin/env bash
# Starts Azurite (from this repository's node_modules) in the foreground with its data under a directory.
# Usage: scripts/azurite.sh DATA_DIR [BLOB_PORT QUEUE_PORT TABLE_PORT]   (defaults 10000 10001 10002)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:?usage: scripts/azurite.sh DATA_DIR [BLOB_PORT QUEUE_PORT TABLE_PORT]}"
blob="${2:-10000}"; queue="${3:-10001}"; table="${4:-10002}"
mkdir -p "$data"
exec node "$root/node_modules/azurite/dist/src/azurite.js" \
  --silent --skipApiVersionCheck --loose --disableProductStyleUrl \
  --location "$data" --debug "$data/debug.log" \
  --blobHost 127.0.0.1 --blobPort "$blob" \
  --queueHost 127.0.0.1 --queuePort "$queue" \
  --tableHost 127.0.0.1 --tablePort "$table"
