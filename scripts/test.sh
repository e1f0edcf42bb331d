#!/usr/bin/env bash
# Runs every test: native (dataset, units, comparisons, golden SVGs) and, against the release
# build, the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== native tests"
cargo test --locked

echo "== release build (scripts/release.env)"
(set -a; . scripts/release.env; trunk build --release --offline)

echo "== the hostile fixture build, for the injection test (debug profile: it only has to behave)"
QIANWAN_DATASET_DIR="$PWD/tests/fixtures/hostile" trunk build --offline --dist dist-hostile

echo "== browser tests"
node tests/browser/run.mjs
