#!/usr/bin/env bash
# Command 2: sets up what is missing, then runs every check and test. .ci/run runs this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NEWSLINE_SETUP=test source scripts/setup.sh

step() {
  printf '\n==> %s\n' "$*" >&2
  "$@"
}

step cargo fmt --all --check
step cargo clippy --workspace --all-targets -- -D warnings
step cargo clippy -p newsline --all-targets --target wasm32-unknown-unknown -- -D warnings
step cargo clippy -p newsline-extract --lib --target wasm32-unknown-unknown -- -D warnings
step cargo check -p newsline-extract --target wasm32-unknown-unknown
step cargo test --workspace
# Component tests: the explorer in headless Chromium (wasm-bindgen-test-runner + chromedriver).
step cargo test -p newsline --target wasm32-unknown-unknown --test components
step cargo test -p newsline --target wasm32-unknown-unknown --test reader
step cargo test -p newsline --target wasm32-unknown-unknown --test timeline
# End-to-end: one trunk build --release into a fresh folder, served on 127.0.0.1 by each test
# file, driven in Chromium.
NEWSLINE_DIST="$(mktemp -d)"
export NEWSLINE_DIST
trap 'rm -rf "$NEWSLINE_DIST"' EXIT
step trunk build --release --dist "$NEWSLINE_DIST"
step node --test tests/e2e/
