#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: Debian packages (Chromium for the browser tests,
# Tesseract + Thai model and poppler for attachment OCR, xmllint for feed validation, Thai fonts)
# and the npm packages the browser tests inject. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium tesseract-ocr tesseract-ocr-tha poppler-utils libxml2-utils fonts-thai-tlwg)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f tests/GeccPortal.Browser.Tests/package.json ] && [ ! -d tests/GeccPortal.Browser.Tests/node_modules ]; then
  (cd tests/GeccPortal.Browser.Tests && npm ci --no-audit --no-fund --silent)
fi
