#!/usr/bin/env bash
# Make sure the browser tests have what they drive: Debian's Chromium, plus a font with real
# Arabic and Persian glyphs so right-to-left screenshots show text instead of boxes.
#
# Playwright's own `playwright install` downloads browser builds from its CDN, which closed
# networks (and CI here) cannot reach, so the browser comes from the distribution instead.
# Installs only what is missing and prints nothing when everything is there. Without root
# or password-less sudo it explains what to install and fails only under CI=true, where the
# browser tests must not be skipped.
set -euo pipefail

CHROMIUM=${HUB_CHROMIUM:-/usr/bin/chromium}
# fonts-noto-core ships Noto Naskh Arabic, Noto Sans Arabic and Noto Kufi Arabic.
FONT_PACKAGE=fonts-noto-core

# shellcheck source=scripts/apt_packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt_packages.sh"

# DejaVu Sans (always installed) claims some Arabic coverage, so `fc-list :lang=ar` alone
# says nothing; look for a proper Naskh/Arabic face that also covers Persian letters.
has_arabic_font() {
    if command -v fc-list >/dev/null 2>&1; then
        fc-list ':lang=fa' family | grep -vi dejavu | grep -qi arabic
    else
        dpkg-query -W -f='${Status}' "$FONT_PACKAGE" 2>/dev/null | grep -q 'install ok installed'
    fi
}

missing=()
[[ -x $CHROMIUM ]] || missing+=(chromium)
has_arabic_font || missing+=("$FONT_PACKAGE")
[[ ${#missing[@]} -eq 0 ]] && exit 0

apt_root ensure_chromium "the browser tests" "${missing[@]}"
apt_install ensure_chromium "${missing[@]}"

if [[ ! -x $CHROMIUM ]]; then
    echo "ensure_chromium: $CHROMIUM still missing after installing chromium" >&2
    echo "ensure_chromium: unset HUB_CHROMIUM or point it at a Chromium binary" >&2
    exit 1
fi
if ! has_arabic_font; then
    echo "ensure_chromium: warning: still no Arabic font after installing $FONT_PACKAGE" >&2
fi
echo "ensure_chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") ready" >&2
