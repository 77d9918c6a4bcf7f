#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders example exports of the bundled sample corpus to docs/examples/ with the same code the
# workbench uses (lagebild-cli, headless): a mention timeline, an event timeline on A3, the
# relationship network, and the data files other tools read. Needs a build (bash .ci/quickstart build).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/bin/lagebild-cli
out=docs/examples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/examples.sqlite"
mkdir -p "$out"
"$cli" import --db "$db" --sample -q >/dev/null
"$cli" analyze --db "$db" >/dev/null
"$cli" timeline --db "$db" --entity Nvidia --entity Huawei --entity Alibaba --pdf "$out/mentions-timeline.pdf" \
  --title "Nvidia, Huawei, Alibaba in der Berichterstattung"
"$cli" timeline --db "$db" --entity Nvidia --entity Huawei --entity Alibaba --csv "$out/mentions-timeline.csv"
"$cli" timeline --db "$db" --events --page A3 --pdf "$out/events-timeline-a3.pdf" --title "Ereignisse: KI-Chips USA–China"
"$cli" timeline --db "$db" --events --timelinejs "$out/events-timelinejs.json"
"$cli" graph --db "$db" --top 40 --pdf "$out/relationships.pdf" --title "Beziehungen im Beispielkorpus"
"$cli" graph --db "$db" --entity Huawei --depth 2 --top 30 --svg "$out/relationships-huawei.svg"
"$cli" graph --db "$db" --top 40 --gexf "$out/relationships.gexf"
"$cli" graph --db "$db" --top 40 --graphml "$out/relationships.graphml"
"$cli" export --db "$db" --format csv "$out/articles.csv"
for pdf in "$out"/*.pdf; do
  pdftoppm -r 50 -png -f 1 -l 1 "$pdf" "${pdf%.pdf}-page"
done
ls -l "$out"
