#!/usr/bin/env bash
# Every check of the project, in order, stopping at the first failure (CI runs exactly this):
#   setup (--test), cargo fmt, UI build (type-check + bundle; the desktop crate embeds ui/dist,
#   so clippy and the Rust build need it), clippy, cargo test, UI unit tests, desktop build,
#   end-to-end tests against the real app under Xvfb.
#
#   bash scripts/test.sh            everything
#   SKIP_E2E=1 bash scripts/test.sh everything but the end-to-end tests
#
# E2E screenshots and driver logs land in tests/e2e/artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -d "$HOME/.cargo/bin" ] && case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
if [ "${CI:-}" = true ]; then
  export NO_COLOR=1 npm_config_progress=false
fi

START=$SECONDS
DONE=()
CURRENT=""

summary() {
  local rc=$?
  local took=$((SECONDS - START))
  if [ "$rc" = 0 ]; then
    echo "== test.sh: OK, all ${#DONE[@]} steps succeeded in ${took}s (${DONE[*]})"
  else
    [ "$CURRENT" = e2e ] && echo "== E2E screenshots and driver logs: tests/e2e/artifacts/"
    echo "== test.sh: FAILED at step '${CURRENT:-?}' (exit $rc) after ${took}s; succeeded before it: ${DONE[*]:-none}"
  fi
}
trap summary EXIT

step() {
  local name="$1"; shift
  CURRENT="$name"
  local t0=$SECONDS
  echo
  echo "== [$name] $*"
  "$@"
  echo "== [$name] ok ($((SECONDS - t0))s)"
  DONE+=("$name")
  CURRENT=""
}

e2e() {
  rm -rf tests/e2e/artifacts
  # xvfb-run -a picks a free display; the whole run is bounded so a hung app cannot eat CI's time.
  timeout --kill-after=30 2100 \
    xvfb-run -a -s "-screen 0 1280x1024x24" npm test --prefix tests/e2e
}

step setup       bash scripts/setup.sh --test
echo "tools: $(rustc --version), node $(node --version), npm $(npm --version 2>/dev/null), $(command -v tauri-driver)"
step fmt         cargo fmt --all --check -- --color=never
step ui-build    npm run ui:build
step clippy      cargo clippy --workspace --all-targets --locked -- -D warnings
step cargo-test  cargo test --workspace --locked
step ui-test     npm run ui:test
step build       cargo build -p sonae-desktop --locked
if [ "${SKIP_E2E:-}" = 1 ]; then
  echo; echo "== [e2e] skipped (SKIP_E2E=1)"
else
  step e2e       e2e
fi
