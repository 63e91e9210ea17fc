# Sourced by the other scripts: one place for paths and tool versions.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

# Build output lives outside the clone, so a fresh clone (as in CI) reuses earlier builds.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/civic311/target}"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

CARGO_LEPTOS_VERSION="0.3.10"
# Python packages for the tests that drive published Open311 client libraries.
CLIENTS_VENV="$HOME/.cache/civic311/venv"
# wasm-bindgen-cli must equal the wasm-bindgen library version in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"

step() { printf '\n==> %s\n' "$*"; }
