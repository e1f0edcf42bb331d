#!/usr/bin/env bash
# Runs every check: formatting and lints, the native tests (dataset, units, app state, comparisons,
# golden SVGs), and, against the release build, the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== format and lints (native and wasm32; warnings are errors)"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown --features test-hooks -- -D warnings

echo "== native tests"
cargo test --locked

echo "== release build (scripts/release.env)"
(set -a; . scripts/release.env; trunk build --release --offline)

echo "== the test build: the hostile fixture dataset, release settings and the test hooks (a deliberate panic)"
(set -a; . scripts/release.env; QIANWAN_DATASET_DIR="$PWD/tests/fixtures/hostile" \
  trunk build --release --offline --features test-hooks --dist dist-hostile)

echo "== browser tests"
node tests/browser/run.mjs
