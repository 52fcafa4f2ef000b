#!/usr/bin/env bash
# Makes sure the load generator wrk is installed: from Debian's packages when this user may
# install them, otherwise says what to install.
set -euo pipefail
command -v wrk >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null || {
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
fi
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
