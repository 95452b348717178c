#!/usr/bin/env bash
# Build the Debian package of the desktop app, with BIZ UD fonts bundled as resources:
#
#   bash scripts/package.sh      → target/release/bundle/deb/Sonae_<version>_amd64.deb
#
# Installs what is missing (scripts/setup.sh), builds the UI, copies BIZ UD明朝 Regular and BIZ
# UDゴシック Bold with their licence into src-tauri/fonts/ (installed as the app's `fonts/`
# resource, used first by the PDF documents), and runs the Tauri CLI (npm @tauri-apps/cli) for a
# release build bundled as .deb (AppImage needs the network; .deb does not).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
npm run ui:build

FONTS=src-tauri/fonts
for f in /usr/share/fonts/truetype/bizud-mincho/BIZUDMincho-Regular.ttf /usr/share/fonts/truetype/bizud-gothic/BIZUDGothic-Bold.ttf; do
  [ -f "$f" ] || { echo "[package] ERROR: $f is missing (apt-get install fonts-morisawa-bizud-mincho fonts-morisawa-bizud-gothic)" >&2; exit 1; }
  cp "$f" "$FONTS/"
done
cp /usr/share/doc/fonts-morisawa-bizud-mincho/copyright "$FONTS/LICENSE-BIZUDMincho.txt"
cp /usr/share/doc/fonts-morisawa-bizud-gothic/copyright "$FONTS/LICENSE-BIZUDGothic.txt"

npx tauri build --bundles deb
ls -l target/release/bundle/deb/*.deb
