#!/usr/bin/env bash
# Build the vendored front-end assets into ../static/ (the output is committed,
# so nothing here is needed at run time). Safe to run repeatedly:
#
#   bash nextpractice/frontend/build.sh
#
set -euo pipefail

FRONTEND="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FRONTEND/../.." && pwd)"
STATIC="$ROOT/static"
NM="$FRONTEND/node_modules"
GOVUK="$NM/govuk-frontend/dist/govuk"

cd "$FRONTEND"

if [ ! -d "$NM" ]; then
  npm ci --no-audit --no-fund
fi

# 1. Our stylesheet, built on govuk-frontend's Sass (see scss/app.scss).
mkdir -p "$STATIC/css"
"$NM/.bin/sass" --pkg-importer=node --style=compressed --no-source-map \
  scss/app.scss "$STATIC/css/app.css"

# 2. govuk-frontend JS (ES module) and its source map.
rm -rf "$STATIC/govuk"
mkdir -p "$STATIC/govuk"
cp "$GOVUK/govuk-frontend.min.js" "$STATIC/govuk/"
if [ -f "$GOVUK/govuk-frontend.min.js.map" ]; then
  cp "$GOVUK/govuk-frontend.min.js.map" "$STATIC/govuk/"
fi

# 3. govuk-frontend assets, minus everything GOV.UK-branded: we are not a
#    GOV.UK service, so no GDS Transport font, no crown/crest images (the
#    favicons, govuk-icon-*, govuk-crest, opengraph image all show the crown)
#    and no manifest.json (it only lists those icons).
#    In govuk-frontend 6.6.0 that leaves nothing, so static/govuk/assets/ is
#    only created if a future version ships something else.
(
  cd "$GOVUK/assets"
  find . -type f \
    ! -path './fonts/*' \
    ! -name 'manifest.json' \
    ! -name 'favicon*' \
    ! -name 'govuk-*' \
    ! -iname '*crown*' \
    ! -iname '*crest*' \
    -print0
) | while IFS= read -r -d '' f; do
  mkdir -p "$STATIC/govuk/assets/$(dirname "$f")"
  cp "$GOVUK/assets/$f" "$STATIC/govuk/assets/$f"
done

# 4. htmx.
mkdir -p "$STATIC/vendor"
cp "$NM/htmx.org/dist/htmx.min.js" "$STATIC/vendor/htmx.min.js"

# 5. accessible-autocomplete (the GOV.UK Design System's search box with suggestions), its
#    built script and stylesheet; started by static/js/autocomplete.js.
AA="$NM/accessible-autocomplete/dist"
cp "$AA/accessible-autocomplete.min.js" "$STATIC/vendor/accessible-autocomplete.min.js"
cp "$AA/accessible-autocomplete.min.css" "$STATIC/vendor/accessible-autocomplete.min.css"
# Their source maps too: collectstatic's manifest follows each sourceMappingURL comment.
cp "$AA/accessible-autocomplete.min.js.map" "$AA/accessible-autocomplete.min.css.map" "$STATIC/vendor/"

# axe-core is for tests only: it is copied beside the test helpers (committed, so tests
# need no npm) and never into static/.
mkdir -p "$ROOT/nextpractice/testing"
cp "$NM/axe-core/axe.min.js" "$ROOT/nextpractice/testing/axe.min.js"

# 6. Sanity checks on the output.
fail() { echo "build.sh: $*" >&2; exit 1; }
CSS="$STATIC/css/app.css"
if grep -q "GDS Transport" "$CSS"; then fail "GDS Transport found in $CSS"; fi
if grep -q "@font-face" "$CSS"; then fail "@font-face found in $CSS"; fi
if grep -Eq "url\(\"?'?/assets/" "$CSS"; then fail "url(/assets/...) found in $CSS"; fi
if [ -e "$STATIC/govuk/assets/fonts" ]; then fail "fonts vendored"; fi
# Every /static/govuk/assets/ URL in the CSS must point at a vendored file.
for url in $(grep -oE '/static/govuk/assets/[^")'"'"' ]+' "$CSS" | sort -u); do
  [ -f "$ROOT$url" ] || fail "$CSS references missing $url"
done
[ ! -e "$STATIC/vendor/axe.min.js" ] || fail "axe-core must not be in static/"

echo "Built:"
(cd "$ROOT" && find static -type f \( -path 'static/css/*' -o -path 'static/govuk/*' -o -path 'static/vendor/*' \) | sort | xargs ls -l)
