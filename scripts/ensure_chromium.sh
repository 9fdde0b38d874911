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

is_ci() {
    [[ ${CI:-} == true || ${CI:-} == 1 ]]
}

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

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "ensure_chromium: missing ${missing[*]}; install as root with:" >&2
    echo "    apt-get install --no-install-recommends ${missing[*]}" >&2
    if is_ci; then
        echo "ensure_chromium: CI=true and the browser tests may not be skipped" >&2
        exit 1
    fi
    echo "ensure_chromium: browser tests will be skipped" >&2
    exit 0
fi

echo "ensure_chromium: installing ${missing[*]} (apt-get)" >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)
if ! { "${apt_get[@]}" update -qq &&
    "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "ensure_chromium: apt-get failed" >&2
    exit 1
fi

if [[ ! -x $CHROMIUM ]]; then
    echo "ensure_chromium: $CHROMIUM still missing after installing chromium" >&2
    echo "ensure_chromium: unset HUB_CHROMIUM or point it at a Chromium binary" >&2
    exit 1
fi
if ! has_arabic_font; then
    echo "ensure_chromium: warning: still no Arabic font after installing $FONT_PACKAGE" >&2
fi
echo "ensure_chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") ready" >&2
