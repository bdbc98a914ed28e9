#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: runs samplan for one result folder of each report kind and
# renders each report.html with headless Chromium (apt-get install -y chromium).
# Usage: Scripts/screenshots.sh [samplan binary]   (default: builds and uses .build/debug/samplan)
set -euo pipefail
cd "$(dirname "$0")/.."
samplan=${1:-}
if [ -z "$samplan" ]; then swift build; samplan=.build/debug/samplan; fi
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "error: Chromium is not installed (apt-get install -y chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$samplan" run Scenarios/summer-2024.yaml --out "$work/summer-2024" > /dev/null
"$samplan" run Scenarios/nivastrukturering/pci.yaml --out "$work/pci" > /dev/null
"$samplan" compare Scenarios/summer-2024.yaml Scenarios/pricelist-2025.yaml --out "$work/compare-summer-2024-vs-pricelist-2025" > /dev/null
"$samplan" sweep Scenarios/summer-2024.yaml --price ortopedi/dagkirurgi --factors 0.8,0.9,1,1.1,1.2 --out "$work/sweep-summer-2024" > /dev/null
"$samplan" batch Scenarios/nivastrukturering/pci-varianter --out "$work/batch" > /dev/null || true

shot() { # folder, png, height
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"$3" \
    --screenshot="docs/screenshots/$2" "file://$work/$1/report.html" > /dev/null 2>&1
  echo "docs/screenshots/$2"
}
mkdir -p docs/screenshots
shot summer-2024 summer-2024.png 8400
shot pci pci.png 2600
shot compare-summer-2024-vs-pricelist-2025 compare-summer-2024-vs-pricelist-2025.png 2100
shot sweep-summer-2024 sweep-summer-2024.png 1500
shot batch batch.png 900
