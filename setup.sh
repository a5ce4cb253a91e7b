#!/usr/bin/env bash
# Set up selfaudit in ./.venv on a fresh machine.
# Installs Debian's chromium when no Chrome/Chromium/Edge is found (selfaudit drives the
# browser you already have; Playwright's own browser download is not needed).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}

have_browser() {
  [ -n "${SELFAUDIT_BROWSER:-}" ] && [ -x "${SELFAUDIT_BROWSER}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  [ -d "/Applications/Google Chrome.app" ] && return 0
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/ >/dev/null 2>&1 && return 0
  return 1
}

if ! have_browser; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "No Chrome or Chromium found: installing Debian's chromium (and an emoji font for the report)..."
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-color-emoji >/dev/null
  else
    echo "No Chrome or Chromium found. Install Google Chrome or Chromium, then run this again." >&2
    exit 2
  fi
fi

"$PY" -m venv .venv
.venv/bin/python -m pip install -q -e ".[dev]"
echo "selfaudit is installed: .venv/bin/selfaudit --help"
echo "Next, try the offline demo (a fictional person, no network): .venv/bin/selfaudit demo"
