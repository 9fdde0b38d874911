/*
 * Registers the service worker (/sw.js) and asks it to keep this language's main pages
 * for offline reading (the list's address is in data-precache, see base.html). On a page
 * the worker showed from its store (<html data-offline-as-of>), shows the notice
 * "Offline – as of <date>" in the page's language; its text comes from Django
 * (data-template, with "{date}" in place of the date).
 */
(function () {
    "use strict";
    var script = document.currentScript;

    if ("serviceWorker" in navigator && script && script.dataset.worker) {
        navigator.serviceWorker
            .register(script.dataset.worker, { scope: "/" })
            .then(function () {
                return navigator.serviceWorker.ready;
            })
            .then(function (registration) {
                if (registration.active && script.dataset.precache) {
                    registration.active.postMessage({ type: "precache", url: script.dataset.precache });
                }
            })
            .catch(function () {
                // No offline copies then; the site works as before.
            });
    }

    var storedAt = document.documentElement.getAttribute("data-offline-as-of");
    var notice = document.querySelector("[data-offline-notice]");
    if (!storedAt || !notice) {
        return;
    }
    var when = new Date(storedAt);
    var date = "";
    if (!isNaN(when.getTime())) {
        var options = { dateStyle: "medium", timeStyle: "short", calendar: "gregory" };
        if (notice.dataset.numbering) {
            options.numberingSystem = notice.dataset.numbering;
        }
        if (notice.dataset.timeZone) {
            options.timeZone = notice.dataset.timeZone;
        }
        try {
            date = new Intl.DateTimeFormat(document.documentElement.lang, options).format(when);
        } catch (error) {
            date = when.toLocaleString();
        }
    }
    notice.querySelector("[data-offline-text]").textContent = notice.dataset.template.replace("{date}", date);
    notice.hidden = false;
})();
