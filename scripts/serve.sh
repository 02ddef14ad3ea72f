#!/usr/bin/env bash
# Command 1: sets up what is missing, then serves the app with live reload at
# http://127.0.0.1:8080. Extra arguments go to `trunk serve` (e.g. --port 9000). Set
# NEWSLINE_CORPUS to embed another folder of articles (see README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
exec trunk serve "$@"
