#!/usr/bin/env bash
# Make sure the deployment test (tests/deploy) has what it runs: Debian's nginx-light, the
# web server of the README's recipe, and openssl, which makes the test's self-signed
# certificate. Installs only what is missing and prints nothing when everything is there.
# Without root or password-less sudo it explains what to install and fails only under
# CI=true, where the deployment test must not be skipped.
#
# The test starts its own nginx with its own configuration on free ports. The package's
# system service must therefore neither start nor stay enabled: Debian starts a service
# when its package is installed, and that nginx would sit on port 80 for good. A
# policy-rc.d that forbids starting services is put in place for the install (unless the
# machine already has one, as containers usually do), the service is disabled afterwards,
# and should a server have started all the same, the one the install started — and only
# that one, by its PID — is stopped.
set -euo pipefail

NGINX=${HUB_NGINX:-/usr/sbin/nginx}
POLICY=/usr/sbin/policy-rc.d
PIDFILE=/run/nginx.pid

# shellcheck source=scripts/apt_packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt_packages.sh"

missing=()
[[ -x $NGINX ]] || missing+=(nginx-light)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[[ ${#missing[@]} -eq 0 ]] && exit 0

apt_root ensure_nginx "the deployment test (tests/deploy)" "${missing[@]}"

# The master process of a system nginx that ran before the install is none of our business.
pid_before=$(cat "$PIDFILE" 2>/dev/null || true)

own_policy=
cleanup() {
    [[ -n $own_policy ]] && "${as_root[@]}" rm -f "$POLICY"
    return 0
}
trap cleanup EXIT
if [[ ! -e $POLICY ]]; then
    printf '#!/bin/sh\n# ensure_nginx.sh: no service starts while packages install\nexit 101\n' |
        "${as_root[@]}" tee "$POLICY" >/dev/null
    "${as_root[@]}" chmod 755 "$POLICY"
    own_policy=1
fi

apt_install ensure_nginx "${missing[@]}"

if [[ " ${missing[*]} " == *" nginx-light "* ]]; then
    # Not enabled at boot either: the system service would claim port 80.
    if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
        "${as_root[@]}" systemctl disable --quiet nginx 2>/dev/null || true
    elif command -v update-rc.d >/dev/null 2>&1; then
        "${as_root[@]}" update-rc.d nginx disable >/dev/null 2>&1 || true
    fi
    pid_after=$(cat "$PIDFILE" 2>/dev/null || true)
    if [[ -n $pid_after && $pid_after != "$pid_before" ]] && kill -0 "$pid_after" 2>/dev/null; then
        echo "ensure_nginx: stopping the nginx the install started (PID $pid_after)" >&2
        "${as_root[@]}" kill -QUIT "$pid_after" || true
    fi
fi

if [[ ! -x $NGINX ]]; then
    echo "ensure_nginx: $NGINX still missing after installing nginx-light" >&2
    echo "ensure_nginx: unset HUB_NGINX or point it at an nginx binary" >&2
    exit 1
fi
echo "ensure_nginx: $("$NGINX" -v 2>&1) ready" >&2
