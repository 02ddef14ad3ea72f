#!/usr/bin/env bash
# Installs what Newsline's build and tests need, only what is missing, at exact versions, and
# exports the environment they run in. Sourced by scripts/serve.sh and scripts/test.sh.
#
#   rustup target wasm32-unknown-unknown
#   trunk 0.21.14                    cargo install --locked (0.22 needs a newer rustc)
#   wasm-bindgen-cli = Cargo.lock's wasm-bindgen, cargo install WITHOUT --locked (its own lock
#                                    pins a crate version crates.io no longer has)
#   wasm-opt (npm binaryen@132) and playwright-core, from package-lock.json (npm ci)
#   chromium + chromium-driver       Debian packages, only for tests (NEWSLINE_SETUP=test)
#
# Trunk.toml pins the same wasm-bindgen and wasm-opt versions with `offline = true`, so a
# mismatch stops the build instead of downloading anything.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132

say() { printf '==> %s\n' "$*" >&2; }

# cargo install puts tools in $CARGO_HOME/bin; rustup's cargo and rustc stay in ~/.cargo/bin.
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"

WASM_BINDGEN_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [[ -z "$WASM_BINDGEN_VERSION" ]]; then
  say "Cargo.lock has no wasm-bindgen package"; exit 1
fi
if ! grep -qx "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "$ROOT/Trunk.toml"; then
  say "Trunk.toml must pin wasm_bindgen = \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock)"; exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (7 to 12 minutes)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if [[ "${NEWSLINE_SETUP:-}" == test ]] && { [[ ! -x /usr/bin/chromium ]] || [[ ! -x /usr/bin/chromedriver ]]; }; then
  say "installing Debian's chromium and chromium-driver"
  sudo_if_needed() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

if ! (cd "$ROOT" && npm ls --depth=0 >/dev/null 2>&1) ||
  [[ "$(wasm-opt --version 2>/dev/null)" != *"version $WASM_OPT_VERSION "* ]]; then
  say "installing npm packages (binaryen $WASM_OPT_VERSION, playwright-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
fi

# Trunk builds with `cargo --offline` (Trunk.toml), so the crates must be here first.
(cd "$ROOT" && cargo fetch)

# Never ask the network for a newer trunk; run wasm tests in headless Chromium.
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT=120
