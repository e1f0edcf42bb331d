#!/usr/bin/env bash
# Builds the app (release) and serves it at http://127.0.0.1:8080, rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
set -a; . scripts/release.env; set +a
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}"
