#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package into the (fresh Debian 12) system this runs in, uses every installed
# program from /usr, checks the package with lintian and removes it again. Run by .ci/run inside
# a fresh root:  bash .ci/fresh-root --artifacts DIR bash tests/package/install-test.sh /work/artifacts/lagebild_*.deb
set -euo pipefail
deb=$(realpath "$1")
export DEBIAN_FRONTEND=noninteractive
fail() { echo "package test: $*" >&2; exit 1; }

apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
mapfile -t files < <(dpkg -L lagebild)
echo "package test: installed $(dpkg-query -W -f='${Package} ${Version}' lagebild), ${#files[@]} paths"

for path in /usr/bin/lagebild /usr/bin/lagebild-cli /usr/share/applications/de.lagebild.Lagebild.desktop \
    /usr/share/icons/hicolor/scalable/apps/lagebild.svg /usr/share/icons/hicolor/48x48/apps/lagebild.png \
    /usr/share/icons/hicolor/256x256/apps/lagebild.png /usr/share/lagebild/translations/lagebild_de.qm \
    /usr/share/man/man1/lagebild.1.gz /usr/share/man/man1/lagebild-cli.1.gz \
    /usr/share/bash-completion/completions/lagebild-cli /usr/share/doc/lagebild/copyright \
    /usr/share/doc/lagebild/changelog.Debian.gz; do
    [[ -s $path ]] || fail "$path missing"
done
[[ $(find /usr/share/lagebild/sample-corpus -type f | wc -l) -ge 20 ]] || fail "sample corpus missing"

# Everything from /usr, in a home of its own; nothing from a build tree exists here.
work=$(mktemp -d)
export HOME=$work/home LAGEBILD_DB=$work/lagebild.sqlite
mkdir -p "$HOME"
cd "$work"
version=$(lagebild-cli --version)
echo "package test: $version"
[[ $version =~ ^lagebild-cli\ [0-9]+\.[0-9]+\.[0-9]+\ \(analysis\ engine\ [0-9]+,\ revision\ [^\)]+\)$ ]] ||
    fail "unexpected --version: $version"
lagebild-cli import -q /usr/share/lagebild/sample-corpus
lagebild-cli analyze
lagebild-cli timeline --entity Nvidia --pdf "$work/nvidia.pdf"
[[ $(head -c 5 "$work/nvidia.pdf") == %PDF- ]] || fail "timeline PDF not written"
echo "package test: timeline PDF $(stat -c %s "$work/nvidia.pdf") bytes"
# The window, offscreen: the screenshot tour opens it on the database and quits when done.
QT_QPA_PLATFORM=offscreen timeout 120 lagebild --db "$LAGEBILD_DB" --screenshots "$work/shots"
shots=$(find "$work/shots" -name '*.png' | wc -l)
((shots > 0)) || fail "the window drew nothing"
echo "package test: the window started offscreen and drew $shots screens"
man -l /usr/share/man/man1/lagebild-cli.1.gz >/dev/null 2>&1 || true
bash -c 'source /usr/share/bash-completion/completions/lagebild-cli 2>/dev/null; true'

apt-get install -y -qq --no-install-recommends lintian >/dev/null
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.txt" || fail "lintian reports errors"
echo "package test: lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"

apt-get remove -y -qq lagebild >/dev/null
left=()
for path in "${files[@]}"; do
    [[ -e $path && ! -d $path ]] && left+=("$path")
done
for dir in /usr/share/lagebild /usr/share/doc/lagebild; do
    [[ -e $dir ]] && left+=("$dir")
done
((${#left[@]} == 0)) || fail "apt-get remove left files behind: ${left[*]}"
echo "package test: removed, no files left behind"
