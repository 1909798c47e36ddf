#!/usr/bin/env bash
# One command from a fresh clone to a built site: install node modules from the lock file, install
# Debian's Chromium when no browser is found (it prints the PDFs and runs the accessibility tests),
# then run the main build.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== node modules (npm ci)"
npm ci --no-audit --no-fund

find_browser() {
  for c in "${CHROME_PATH:-}" "${PUPPETEER_EXECUTABLE_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser \
    /usr/bin/google-chrome /usr/bin/google-chrome-stable /snap/bin/chromium; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

if browser=$(find_browser); then
  echo "== browser: $browser"
else
  echo "== no Chromium found: installing Debian's chromium package"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  find_browser >/dev/null || { echo "Chromium could not be installed; set CHROME_PATH to a Chromium or Chrome binary." >&2; exit 1; }
fi

echo "== build"
npm run build
