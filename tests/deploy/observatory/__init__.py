"""Mozilla's HTTP Observatory, as far as the deployment test needs it: its tests, points
and grades, applied to what the test's nginx answers.

The Observatory's scanners do not fit into the test: the Python one on PyPI (``httpobs``
0.9.3) pins libraries from 2018 (requests 2.27, celery 4.2, psycopg2 < 2.8) and grades by
retired rules (X-XSS-Protection, contribute.json, HPKP); the current one (MDN's, Node.js)
downloads certificate and preload lists at install and checks HTTP on port 80 only. This
module ports the current scanner's rules (``src/analyzer/tests/*.js`` and
``src/grader/`` of mdn/mdn-http-observatory): the same twelve tests, expectations and
points, and the same curve (extra credit counts only once the score without it is 90 or
more). What it leaves out cannot change hub's grade or only lowers it: the HSTS preload
list (a preloaded host gains 5 points), ``<meta http-equiv>`` policies (hub sends every
policy as a header) and CSPs spread over several policies, which it refuses to grade.

``retrieve`` does what the scanner's retriever does: ``/`` over HTTP and over HTTPS with
redirects followed, ``/robots.txt`` for more cookies, and a CORS preflight.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.deploy.observatory import checks
from tests.deploy.observatory.csp import csp_test, parse_csp
from tests.deploy.observatory.points import GRADE_CHART, MINIMUM_SCORE_FOR_EXTRA_CREDIT
from tests.deploy.observatory.scan import Grade, NotGradable, Result, Retrieval, retrieve

__all__ = ["Grade", "NotGradable", "Retrieval", "grade", "parse_csp", "retrieve"]

TESTS: list[Callable[[Retrieval], Result]] = [
    checks.cookies_test,
    checks.coep_test,
    checks.coop_test,
    checks.cors_test,
    checks.redirection_test,
    checks.referrer_policy_test,
    checks.hsts_test,
    checks.sri_test,
    checks.x_content_type_options_test,
    checks.corp_test,
]


def grade(scan: Retrieval) -> Grade:
    """The Observatory's grade of ``scan`` (src/scanner/index.js, analyzeScan)."""
    status = scan.auto.status
    if status < 200 or (status >= 400 and status not in {401, 403}):
        raise NotGradable(f"{scan.auto.url} answered {status}; the Observatory gives up there")
    csp, directives = csp_test(scan)
    results = [csp, *(test(scan) for test in TESTS), checks.x_frame_options_test(scan, directives)]
    with_extra = 100 + sum(result.points for result in results)
    uncurved = 100 + sum(result.points for result in results if result.points < 0)
    score = max(with_extra if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved, 0)
    letter = GRADE_CHART[min(score - score % 5, 100)]
    return Grade(score=score, grade=letter, results={result.test: result for result in results})
