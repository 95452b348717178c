#!/usr/bin/env bash
# Install whatever Sonae needs and is missing; idempotent, non-interactive.
#
#   bash scripts/setup.sh             build + run: apt build deps, Japanese fonts,
#                                     rustfmt/clippy, root npm packages
#   bash scripts/setup.sh --headless  + Xvfb (to run the app without a display)
#   bash scripts/setup.sh --test      + everything the tests need: Xvfb, WebKitWebDriver,
#                                     poppler-utils, qpdf, ImageMagick, tauri-driver, tests/e2e npm packages
#
# Debian/Ubuntu only; needs root (or sudo) only when an apt package is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

WITH_TEST=0
WITH_XVFB=0
for arg in "$@"; do
  case "$arg" in
    --test) WITH_TEST=1; WITH_XVFB=1 ;;
    --headless) WITH_XVFB=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

TAURI_DRIVER_VERSION=2.1.0

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

[ -d "$HOME/.cargo/bin" ] && case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac
export DEBIAN_FRONTEND=noninteractive

# --- apt ---------------------------------------------------------------------------------------
APT_PKGS=(
  # build: Tauri 2 on Linux
  libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev librsvg2-dev
  # the UI is Japanese: without these fonts it shows boxes
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho
)
[ "$WITH_XVFB" = 1 ] && APT_PKGS+=(xvfb xauth)
[ "$WITH_TEST" = 1 ] && APT_PKGS+=(webkit2gtk-driver poppler-utils qpdf imagemagick)

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

MISSING=()
for p in "${APT_PKGS[@]}"; do installed "$p" || MISSING+=("$p"); done

if [ "${#MISSING[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null || die "missing packages (${MISSING[*]}) and no apt-get: install them by hand"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "missing packages (${MISSING[*]}): run as root or install sudo"
    SUDO=(sudo -n)
  fi
  APT=("${SUDO[@]}" apt-get -y -q -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0)
  log "apt: missing ${MISSING[*]}"
  log "apt-get update"
  "${APT[@]}" update >/dev/null
  # BIZ UD fonts are in Debian 12+; fall back to IPAex Gothic where they are not.
  WANT=()
  for p in "${MISSING[@]}"; do
    case "$p" in
      fonts-morisawa-bizud-*)
        if apt-cache show "$p" >/dev/null 2>&1; then WANT+=("$p")
        elif ! installed fonts-ipaexfont-gothic; then WANT+=(fonts-ipaexfont-gothic); fi ;;
      *) WANT+=("$p") ;;
    esac
  done
  # de-duplicate (the fallback may be listed twice)
  mapfile -t WANT < <(printf '%s\n' "${WANT[@]}" | awk 'NF && !seen[$0]++')
  if [ "${#WANT[@]}" -gt 0 ]; then
    log "apt-get install ${WANT[*]}"
    "${APT[@]}" install --no-install-recommends "${WANT[@]}" >/dev/null
  fi
else
  log "apt: all ${#APT_PKGS[@]} packages present"
fi

# --- Rust --------------------------------------------------------------------------------------
command -v cargo >/dev/null || die "cargo not found: install Rust (rustup) first"
if command -v rustup >/dev/null; then
  COMPONENTS="$(rustup component list --installed 2>/dev/null || true)"
  for c in rustfmt clippy; do
    if ! grep -q "^$c" <<<"$COMPONENTS"; then
      log "rustup component add $c"
      rustup component add "$c"
    fi
  done
fi

if [ "$WITH_TEST" = 1 ]; then
  if command -v tauri-driver >/dev/null; then
    log "tauri-driver: $(command -v tauri-driver)"
  else
    log "cargo install tauri-driver $TAURI_DRIVER_VERSION (about a minute)"
    cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION" --quiet
    command -v tauri-driver >/dev/null || die "tauri-driver installed but not on PATH (add ~/.cargo/bin)"
  fi
  command -v WebKitWebDriver >/dev/null || die "WebKitWebDriver not found (package webkit2gtk-driver)"
fi

# --- npm ---------------------------------------------------------------------------------------
# npm ci in DIR unless its node_modules is newer than package.json and package-lock.json
# (npm rewrites node_modules/.package-lock.json on every install).
npm_ci() {
  local dir="$1"; shift
  [ -f "$dir/package-lock.json" ] || { log "npm: no $dir/package-lock.json, skipped"; return 0; }
  command -v npm >/dev/null || die "npm not found: install Node.js 20+"
  local hidden="$dir/node_modules/.package-lock.json"
  if [ -f "$hidden" ] && [ "$hidden" -nt "$dir/package-lock.json" ] && [ "$hidden" -nt "$dir/package.json" ]; then
    log "npm: $dir/node_modules up to date"
    return 0
  fi
  log "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error "$@")
}

npm_ci .
# tests/e2e: webdriverio's optional browser-driver packages have install scripts that would
# try to download drivers; we use tauri-driver + WebKitWebDriver, so skip them.
[ "$WITH_TEST" = 1 ] && npm_ci tests/e2e --ignore-scripts

log "done"
