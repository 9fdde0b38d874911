/*
 * Initiatives directory — progressive enhancement only; every page works without it.
 * 1. On wide screens the filter panel starts open (browsers that know ::details-content
 *    do this in CSS already; this covers the others).
 * 2. "All initiatives" on an initiative page leads back to the filtered list the visitor
 *    came from, when they came from one.
 */
(function () {
    "use strict";

    var filters = document.querySelector("[data-filters]");
    if (filters && window.matchMedia("(min-width: 60rem)").matches) {
        filters.open = true;
    }

    if (!document.referrer) {
        return;
    }
    var from;
    try {
        from = new URL(document.referrer);
    } catch (error) {
        return;
    }
    document.querySelectorAll("a[data-directory-link]").forEach(function (link) {
        var to = new URL(link.href, window.location.href);
        if (from.origin === to.origin && from.pathname === to.pathname && from.search) {
            link.href = from.href;
        }
    });
})();
