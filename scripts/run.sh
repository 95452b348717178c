#!/usr/bin/env bash
# Build and start the Sonae desktop app (release UI bundle embedded; no dev server).
#   bash scripts/run.sh [APP ARGS...]
# Without a display (no DISPLAY / WAYLAND_DISPLAY) the app runs under Xvfb (xvfb-run -a):
# nothing is visible then, but it starts and can be driven or screenshotted.
# SONAE_DATA_DIR=/some/dir selects the data directory (default: ~/.local/share/jp.sonae.desktop).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -d "$HOME/.cargo/bin" ] && case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac

HEADLESS=0
[ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && HEADLESS=1

if [ "$HEADLESS" = 1 ]; then
  bash scripts/setup.sh --headless
else
  bash scripts/setup.sh
fi

echo "[run] npm run ui:build"
npm run ui:build

echo "[run] cargo build -p sonae-desktop"
cargo build -p sonae-desktop

if [ "$HEADLESS" = 1 ]; then
  echo "[run] no DISPLAY or WAYLAND_DISPLAY: starting the app under Xvfb (xvfb-run -a); it will not be visible"
  exec xvfb-run -a -s "-screen 0 1280x1024x24" cargo run -q -p sonae-desktop -- "$@"
fi
echo "[run] starting the app"
exec cargo run -q -p sonae-desktop -- "$@"
