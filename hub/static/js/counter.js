/*
 * Live character counts for text fields with a limit (hub/core/templatetags/form_limits.py).
 *
 * Without JavaScript the note under a field says "At most 500 characters". With it, the
 * note counts down as the person types ("377 of 500 characters left"), in the page
 * language's digits, and says so when the limit is reached (the browser stops typing
 * there and cuts pasted text, which must not happen unnoticed) or by how much a text
 * sent back by the server is too long. Screen readers hear the count through a polite
 * status region only once typing pauses, not on every keystroke; reaching the limit is
 * said at once. A static file: the CSP allows no inline script.
 */
(function () {
    "use strict";

    var PAUSE_MS = 1200;

    function localDigits(number, digits) {
        return String(number).replace(/[0-9]/g, function (digit) {
            return digits.charAt(Number(digit));
        });
    }

    function setUp(note) {
        var field = document.getElementById(note.id.replace(/_limit$/, ""));
        var status = document.getElementById(note.id.replace(/_limit$/, "_count"));
        var limit = field && Number(field.getAttribute("maxlength"));
        if (!field || !status || !limit || note.dataset.counterReady) {
            return;
        }
        note.dataset.counterReady = "1";
        var digits = note.dataset.counterDigits || "0123456789";
        var limitText = note.textContent;
        var timer = null;

        function message() {
            // Count as maxlength does (the value's length, a line break as one): that is
            // what the browser lets the person still type. The server counts characters
            // and keeps a line break as one, so it never refuses what the count allowed.
            var used = field.value.length;
            if (used > limit) {
                // Sent back by the server with its error, or set by a script: nothing is
                // cut, the person shortens it.
                var over = localDigits(used - limit, digits);
                return { text: note.dataset.counterOver.replace("{over}", over), full: true };
            }
            if (used === limit) {
                return { text: note.dataset.counterFull, full: true };
            }
            if (used === 0) {
                return { text: limitText, full: false };
            }
            var text = note.dataset.counterText.replace("{left}", localDigits(limit - used, digits));
            return { text: text, full: false };
        }

        function show() {
            var current = message();
            note.textContent = current.text;
            note.classList.toggle("form-field__limit--full", current.full);
            return current;
        }

        function announce() {
            status.textContent = message().text;
        }

        field.addEventListener("input", function () {
            var current = show();
            window.clearTimeout(timer);
            // Reaching the limit is said at once; a running count only when typing pauses.
            timer = window.setTimeout(announce, current.full ? 0 : PAUSE_MS);
        });
        show();
    }

    document.querySelectorAll(".form-field__limit[id$='_limit']").forEach(setUp);
})();
