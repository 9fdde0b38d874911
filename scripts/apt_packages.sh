# Shared by scripts/ensure_chromium.sh and scripts/ensure_nginx.sh (sourced, not run):
# finding a way to run apt-get as root, and installing Debian packages quietly.
#
#   apt_root NAME WHAT PACKAGE...   sets the array `as_root` (empty as root, `sudo -n`
#                                   where password-less sudo works); otherwise explains
#                                   what to install and exits: 1 under CI=true (WHAT may
#                                   not be skipped there), else 0 (WHAT will be skipped)
#   apt_install NAME PACKAGE...     apt-get update, then install without recommends;
#                                   prints apt's log and exits 1 when that fails

apt_is_ci() {
    [[ ${CI:-} == true || ${CI:-} == 1 ]]
}

apt_root() {
    local name=$1 what=$2
    shift 2
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        echo "$name: missing $*; install as root with:" >&2
        echo "    apt-get install --no-install-recommends $*" >&2
        if apt_is_ci; then
            echo "$name: CI=true and $what may not be skipped" >&2
            exit 1
        fi
        echo "$name: $what will be skipped" >&2
        exit 0
    fi
}

apt_install() {
    local name=$1 log
    shift
    echo "$name: installing $* (apt-get)" >&2
    log=$(mktemp)
    local apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get
        -o DPkg::Lock::Timeout=300)
    if ! { "${apt_get[@]}" update -qq &&
        "${apt_get[@]}" install -y -qq --no-install-recommends "$@"; } >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "$name: apt-get failed" >&2
        exit 1
    fi
    rm -f "$log"
}
