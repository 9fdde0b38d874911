/*
 * "Print" buttons ([data-print]): they only work with JavaScript, so they stay hidden
 * without it (the browser's own print command is always there). A static file, not an
 * onclick attribute: the Content-Security-Policy allows no inline script.
 */
(function () {
    "use strict";

    document.querySelectorAll("button[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });
})();
