#!/usr/bin/env bash
# Installs the three browser engines the tests run in, from Debian's packages,
# when they are missing: Chromium, Firefox ESR, and WebKitGTK's MiniBrowser with
# its WebDriver (and Xvfb for machines without a display). Needs root.
set -euo pipefail

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || need+=(xvfb xauth)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
if [ ${#need[@]} -eq 0 ]; then
  echo "Browsers: Chromium, Firefox ESR and WebKit are installed."
  exit 0
fi
echo "Installing ${need[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
