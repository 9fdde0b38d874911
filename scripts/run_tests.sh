#!/usr/bin/env bash
# The pytest part of `make test`, in two passes:
#
#   sqlite      DATABASE_URL unset, everything but the browser and PostgreSQL-only tests
#   postgresql  the whole suite, browser tests included, against a throwaway cluster
#               started by scripts/with_postgres.py
#
# With more than one core the two passes run at the same time (HUB_TEST_JOBS=1 runs them
# one after the other); the PostgreSQL pass's output follows the SQLite pass's.
#
# Arguments go to both pytest runs: `bash scripts/run_tests.sh -k sitemap`.
#
# Under CI=true nothing may be skipped for want of PostgreSQL or Chromium: both are then
# required (HUB_BROWSER_REQUIRED=1 makes the browser fixtures fail instead of skip).
# Elsewhere a machine without the PostgreSQL binaries runs the sqlite pass only, with a
# warning. A pass that collects no test fails (pytest exit 5), unless arguments were given
# and another pass did run tests: a filter may legitimately select nothing in one pass.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

PYTHON=.venv/bin/python
CHROMIUM=${HUB_CHROMIUM:-/usr/bin/chromium}
PYTEST=("$PYTHON" -m pytest -p no:cacheprovider)
[[ -t 1 ]] && PYTEST+=(--color=yes)

is_ci() {
    [[ ${CI:-} == true || ${CI:-} == 1 ]]
}

log_dir=$(mktemp -d)
bg_pid=
# An interrupted run takes its background pass (and that pass's cluster) with it.
trap '[[ -n $bg_pid ]] && kill "$bg_pid" 2>/dev/null && wait "$bg_pid"; rm -rf "$log_dir"' EXIT

names=()
verdicts=()
details=()
problems=()
total_passed=0
total_failed=0
total_skipped=0
passes_with_tests=0

warn() {
    printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
    printf '!!! %s\n' "$@" >&2
    printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n' >&2
}

# The "== 3 failed, 120 passed, 2 skipped in 40.1s ==" line, without colours and rulers.
closing_line() {
    sed -e 's/\x1b\[[0-9;]*m//g' "$1" |
        grep -E '^=+ .*(passed|failed|error|skipped|deselected|no tests ran).* in [0-9.]+s' |
        tail -n 1 | sed -E 's/^=+ //; s/ =+$//'
}

count() {  # count WORD LINE -> the number before WORD in LINE, or 0
    local n
    n=$(grep -oE "[0-9]+ $1" <<<"$2" | head -n 1 | cut -d' ' -f1)
    echo "${n:-0}"
}

# record NAME STATUS : note the verdict of a finished pass from its exit status and log.
record() {
    local name=$1 status=$2 log="$log_dir/$1.log" line verdict
    line=$(closing_line "$log")
    total_passed=$((total_passed + $(count passed "$line")))
    total_failed=$((total_failed + $(count failed "$line") + $(count error "$line")))
    total_skipped=$((total_skipped + $(count skipped "$line")))
    case $status in
        0) verdict=passed passes_with_tests=$((passes_with_tests + 1)) ;;
        5) verdict="no tests" ;;
        *) verdict="FAILED (exit $status)" passes_with_tests=$((passes_with_tests + 1)) ;;
    esac
    names+=("$name")
    verdicts+=("$verdict")
    details+=("${line:-no pytest summary line}")
}

# run_pass NAME COMMAND... : run one pytest pass in the foreground, teeing its output.
run_pass() {
    local name=$1
    shift
    printf '\n===== run_tests: %s pass =====\n' "$name"
    MEDIA_ROOT="$log_dir/$name-media" "$@" 2>&1 | tee -i "$log_dir/$name.log"
    record "$name" "${PIPESTATUS[0]}"
}

# start_pass NAME COMMAND... : run a pass in the background into its log;
# finish_pass NAME waits for it, prints the log and records the verdict.
start_pass() {
    local name=$1
    shift
    printf '\n===== run_tests: %s pass started in the background =====\n' "$name"
    MEDIA_ROOT="$log_dir/$name-media" "$@" >"$log_dir/$name.log" 2>&1 &
    bg_pid=$!
}

finish_pass() {
    local name=$1 status
    wait "$bg_pid"
    status=$?
    bg_pid=
    printf '\n===== run_tests: %s pass (ran alongside the one above) =====\n' "$name"
    cat "$log_dir/$name.log"
    record "$name" "$status"
}

if is_ci; then
    export HUB_BROWSER_REQUIRED=1
    [[ -x $CHROMIUM ]] || problems+=("Chromium missing at $CHROMIUM (required under CI)")
elif [[ ! -x $CHROMIUM ]]; then
    warn "Chromium not found at $CHROMIUM: the browser tests will be SKIPPED." \
        "Install it with: make browser-deps"
fi

SQLITE=(env -u DATABASE_URL "${PYTEST[@]}" -m "not browser and not postgres_only" "$@")
POSTGRES=("$PYTHON" scripts/with_postgres.py -- "${PYTEST[@]}" "$@")

if "$PYTHON" scripts/with_postgres.py --check 2>/dev/null; then
    # The two passes share nothing (own database, own MEDIA_ROOT): on a machine with more
    # than one core they run side by side, the PostgreSQL pass in the background.
    if [[ ${HUB_TEST_JOBS:-$(nproc 2>/dev/null || echo 1)} -gt 1 ]]; then
        start_pass postgresql "${POSTGRES[@]}"
        run_pass sqlite "${SQLITE[@]}"
        finish_pass postgresql
    else
        run_pass sqlite "${SQLITE[@]}"
        run_pass postgresql "${POSTGRES[@]}"
    fi
elif is_ci; then
    run_pass sqlite "${SQLITE[@]}"
    "$PYTHON" scripts/with_postgres.py --check
    names+=(postgresql)
    verdicts+=("FAILED (no PostgreSQL)")
    details+=("PostgreSQL binaries not found; they are required under CI")
else
    run_pass sqlite "${SQLITE[@]}"
    "$PYTHON" scripts/with_postgres.py --check
    warn "PostgreSQL binaries not found: the postgresql pass (PostgreSQL-only and" \
        "browser tests) did NOT run. Install them, e.g.: apt-get install postgresql"
    names+=(postgresql)
    verdicts+=("NOT RUN")
    details+=("PostgreSQL binaries not found")
fi

# Exit 5 (no tests collected) is a failure, except under a user's filter (arguments given)
# when another pass did run tests.
for i in "${!verdicts[@]}"; do
    if [[ ${verdicts[$i]} == "no tests" ]]; then
        if [[ $# -gt 0 && $passes_with_tests -gt 0 ]]; then
            verdicts[i]="nothing selected"
        else
            verdicts[i]="FAILED (no tests collected)"
        fi
    fi
done

printf '\n===== run_tests summary =====\n'
failed=0
for i in "${!names[@]}"; do
    printf '  %-11s %-28s %s\n' "${names[$i]}" "${verdicts[$i]}" "${details[$i]}"
    [[ ${verdicts[$i]} == FAILED* ]] && failed=1
done
for problem in "${problems[@]}"; do
    printf '  FAILED: %s\n' "$problem"
    failed=1
done
printf 'tests: %d passed, %d failed, %d skipped\n' "$total_passed" "$total_failed" "$total_skipped"
exit "$failed"
