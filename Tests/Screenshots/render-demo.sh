#!/usr/bin/env bash
# Renders every HTML report in a folder (default demo-out) in headless Chromium and fails on a
# blank page or a console error. Needs the Debian packages chromium and python3-pil (PIL for the
# Debian python3, which is used explicitly so a python from elsewhere on PATH does not matter).
#
#     Tests/Screenshots/render-demo.sh [FOLDER]
set -euo pipefail
folder="${1:-demo-out}"
shots="$folder/screenshots"
mkdir -p "$shots"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "error: chromium is not installed (.ci/install-packages chromium)" >&2; exit 1; }

status=0
found=0
for page in "$folder"/*.html; do
    [ -e "$page" ] || continue
    found=$((found + 1))
    name="$(basename "$page" .html)"
    png="$shots/$name.png"
    log="$shots/$name.log"
    rm -f "$png"
    # A fresh profile per page, so nothing is shared or remembered between renders.
    profile="$(mktemp -d)"
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
        --enable-logging=stderr --v=0 --window-size=1200,3000 --screenshot="$png" \
        "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" >"$log" 2>&1 || true
    rm -rf "$profile"
    if [ ! -s "$png" ]; then
        echo "FAIL $page: no screenshot (see $log)" >&2
        status=1
        continue
    fi
    # Console messages from the page itself (CSP violations, errors) are logged as CONSOLE lines.
    if grep -E "CONSOLE|Refused to|Content Security Policy|Uncaught" "$log" >/dev/null; then
        echo "FAIL $page: console errors:" >&2
        grep -E "CONSOLE|Refused to|Content Security Policy|Uncaught" "$log" >&2
        status=1
        continue
    fi
    if ! /usr/bin/python3 - "$png" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
colors = image.getcolors(maxcolors=1 << 20)
distinct = len(colors) if colors is not None else 1 << 20
# A blank page is one colour; a real report has text, rules and charts in many shades.
sys.exit(0 if distinct > 50 else 1)
PY
    then
        echo "FAIL $page: the screenshot is blank" >&2
        status=1
        continue
    fi
    echo "ok   $page -> $png"
done
[ "$found" -gt 0 ] || { echo "error: no HTML reports in $folder; run 'make demo' first" >&2; exit 1; }
exit $status
