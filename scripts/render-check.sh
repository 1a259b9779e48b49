#!/usr/bin/env bash
# Renders the sample HTML report in headless Chromium the way a reader
# meets it: a 1280-px screen, and printed on A4 and on Letter. It writes
# PNGs (and the PDFs) to OUTDIR for a person to look at; nothing it makes
# belongs in the repository. Without chromium (Debian: apt-get install
# chromium poppler-utils) it says so and exits 0, so CI need not have it.
#
# usage: scripts/render-check.sh [OUTDIR] [SOURCE...]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
	echo "render-check: skipped: no chromium on PATH" >&2
	exit 0
fi

out=${1:-$(mktemp -d /tmp/claimdiff-render.XXXXXX)}
shift || true
mkdir -p "$out"
out=$(cd "$out" && pwd)
sources=("$@")
if [[ ${#sources[@]} -eq 0 ]]; then
	sources=(samples/trump-maduro-call/*.txt)
fi

go build -o "$out/claimdiff" ./cmd/claimdiff
"$out/claimdiff" compare --format html -o "$out/report.html" "${sources[@]}"

# Each run gets a fresh profile, and everything that would phone home is
# off: the report itself makes no requests (its CSP forbids them).
chrome() {
	local profile
	profile=$(mktemp -d)
	"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" "$@" 2>/dev/null
	rm -rf "$profile"
}

chrome --hide-scrollbars --window-size=1280,2000 --screenshot="$out/screen-1280.png" "file://$out/report.html"
# The report golden's hostile fixture (a 2,000-character sentence, Arabic,
# emoji, markup) must not break the layout either.
cp report/testdata/html.golden "$out/fixture.html"
chrome --hide-scrollbars --window-size=1280,4000 --screenshot="$out/fixture-1280.png" "file://$out/fixture.html"

# The page leaves the paper size to the printer; pin it here, in a copy,
# to see both sizes.
for size in A4 Letter; do
	for doc in report fixture; do
		sed "s|</style>|@page { size: $size; }\n</style>|" "$out/$doc.html" >"$out/$doc-$size.html"
		chrome --no-pdf-header-footer --print-to-pdf-no-header --print-to-pdf="$out/$doc-$size.pdf" "file://$out/$doc-$size.html"
		if command -v pdftoppm >/dev/null; then
			pdftoppm -png -r 72 "$out/$doc-$size.pdf" "$out/$doc-$size"
		fi
	done
done

echo "render-check: wrote $out:"
ls "$out" | grep -E '\.png$' | paste -sd ' ' | fold -s -w 100 | sed 's/^/  /'
if command -v pdfinfo >/dev/null; then
	for f in "$out"/*.pdf; do
		echo "  $(basename "$f"): $(pdfinfo "$f" | grep -E '^(Pages|Page size)' | tr -s ' ' | paste -sd ' ')"
	done
fi
