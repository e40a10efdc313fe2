#!/usr/bin/env bash
# The browser tests and the accessibility gate drive a real Chromium. Installs Debian's when the
# machine has none (CHROMIUM_PATH names another browser, e.g. on CI runners that ship Chrome).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Cài Chromium cho các bài kiểm tra trong trình duyệt (installing Debian's chromium)…" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq chromium >&2
