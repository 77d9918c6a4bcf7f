#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Saves pictures of the workbench on the bundled sample corpus to docs/screenshots/, as a user
# sees it: a fresh database, the sample imported and analysed, the first article open.
# Needs a build (bash .ci/quickstart build) and xvfb-run (Debian package xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=en_GB.UTF-8
xvfb-run -a -s "-screen 0 1440x900x24" \
  build/bin/lagebild --db "$home/screenshots.sqlite" --import-sample-if-empty --screenshots docs/screenshots
ls -l docs/screenshots
