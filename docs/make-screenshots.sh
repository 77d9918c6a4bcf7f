#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Saves pictures of the workbench on the bundled sample corpus to docs/screenshots/, as a user
# sees it: a fresh database, the sample imported and analysed, the first article open — at
# 1600×1000 (docs/screenshots/, shown in the README) and on a 1280×720 laptop screen
# (docs/screenshots/1280x720/).
# The interface in German, as the analysts use it (LANG=de_DE.UTF-8; Qt needs no system locale
# for it). Needs a build (bash .ci/quickstart build) and xvfb-run (Debian package xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=de_DE.UTF-8
shoot() { # size folder: a screen of that size, the window filling it
  rm -f "$home/screenshots.sqlite"*
  xvfb-run -a -s "-screen 0 ${1}x24" \
    build/bin/lagebild --db "$home/screenshots.sqlite" --import-sample-if-empty --window-size "$1" --screenshots "$2"
}
shoot 1600x1000 docs/screenshots
shoot 1280x720 docs/screenshots/1280x720
ls -l docs/screenshots docs/screenshots/1280x720
