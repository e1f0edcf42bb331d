#!/usr/bin/env bash
# Installs what the build needs (and, with --browser, what the browser tests need) on a fresh
# Debian machine with Rust; quick when everything is already there. Nothing is downloaded from
# anywhere but rustup's server (the toolchains), crates.io, npm and Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=0
[ "${1:-}" = "--browser" ] && browser=1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
log() { printf '[setup] %s\n' "$*"; }

apt_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v cargo >/dev/null || { echo "setup: Rust (rustup, cargo) is required" >&2; exit 1; }

# The checks the test command runs: rustfmt and clippy on the stable toolchain.
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  log "rustup component add rustfmt clippy"
  rustup component add rustfmt clippy
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm's toolchain (scripts/release.env): a pinned nightly with the standard library's
# source, to rebuild std for size. About 15 s.
RELEASE_TOOLCHAIN=$(sed -n 's/^RUSTUP_TOOLCHAIN=//p' scripts/release.env)
sysroot=$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot 2>/dev/null || true)
if [ -z "$sysroot" ] || [ ! -d "$sysroot/lib/rustlib/src/rust/library" ] \
  || [ ! -d "$sysroot/lib/rustlib/wasm32-unknown-unknown" ]; then
  log "rustup toolchain install $RELEASE_TOOLCHAIN (rust-src, wasm32-unknown-unknown)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than this machine has.
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  log "cargo install trunk $TRUNK_VERSION (about 10 minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly (installed without --locked).
WB_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "^wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be $WB_VERSION (Cargo.lock)" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  log "cargo install wasm-bindgen-cli $WB_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# From npm: wasm-opt (binaryen; Debian's is too old for current wasm-bindgen output), the post-build's
# terser and csso, and the browser tests' playwright-core and axe-core. From Debian: xz, which packs the
# release wasm (LZMA).
if ! command -v npm >/dev/null; then apt_install nodejs npm; fi
if ! command -v xz >/dev/null; then apt_install xz-utils; fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$browser" = 1 ]; then
  apt_install chromium chromium-driver fonts-noto-cjk
fi

# Trunk builds with --offline: every crate must be here first, the rebuilt std's own included.
cargo fetch --locked --quiet
(set -a; . scripts/release.env; cargo fetch --locked --quiet --target wasm32-unknown-unknown)
log "ready"
