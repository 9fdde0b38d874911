#!/usr/bin/env bash
# The pytest part of `make test`, in two passes:
#
#   sqlite      DATABASE_URL unset, everything but the browser and PostgreSQL-only tests
#   postgresql  the whole suite, browser tests included, against a throwaway cluster
#               started by scripts/with_postgres.py
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
trap 'rm -rf "$log_dir"' EXIT

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

# run_pass NAME COMMAND... : run one pytest pass, teeing its output, and record its verdict.
run_pass() {
    local name=$1 log="$log_dir/$1.log" status line verdict
    shift
    printf '\n===== run_tests: %s pass =====\n' "$name"
    "$@" 2>&1 | tee -i "$log"
    status=${PIPESTATUS[0]}
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

if is_ci; then
    export HUB_BROWSER_REQUIRED=1
    [[ -x $CHROMIUM ]] || problems+=("Chromium missing at $CHROMIUM (required under CI)")
elif [[ ! -x $CHROMIUM ]]; then
    warn "Chromium not found at $CHROMIUM: the browser tests will be SKIPPED." \
        "Install it with: make browser-deps"
fi

run_pass sqlite env -u DATABASE_URL "${PYTEST[@]}" -m "not browser and not postgres_only" "$@"

if "$PYTHON" scripts/with_postgres.py --check 2>/dev/null; then
    run_pass postgresql "$PYTHON" scripts/with_postgres.py -- "${PYTEST[@]}" "$@"
elif is_ci; then
    "$PYTHON" scripts/with_postgres.py --check
    names+=(postgresql)
    verdicts+=("FAILED (no PostgreSQL)")
    details+=("PostgreSQL binaries not found; they are required under CI")
else
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
