#!/usr/bin/env bash
# Makes sure headless Chromium and its WebDriver are installed for the browser tests
# (Debian packages chromium and chromium-driver: /usr/bin/chromium, /usr/bin/chromedriver).
# Does nothing when both are already there.
set -uo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

echo "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver; installing chromium and chromium-driver..." >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium chromium-driver >/dev/null; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "Installed $(/usr/bin/chromium --version 2>/dev/null) and $(/usr/bin/chromedriver --version 2>/dev/null | head -n 1)." >&2
    exit 0
  fi
fi

cat >&2 <<'MSG'
Could not install chromium and chromium-driver (the browser tests in search-api need them).
Install them by hand, as root:
  apt-get update && apt-get install -y chromium chromium-driver
and check that /usr/bin/chromium and /usr/bin/chromedriver exist.
MSG
exit 1
