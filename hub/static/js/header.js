/*
 * The header's disclosures (language, search, menu) work as plain <details> without
 * this file. With it they also close the way menus do: Escape closes the open one and
 * puts the focus back on its button; a click or tap outside the header closes it.
 */
(function () {
    "use strict";
    var header = document.querySelector(".site-header");
    if (!header) {
        return;
    }

    function openMenus() {
        return header.querySelectorAll("details.header-menu[open]");
    }

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        openMenus().forEach(function (menu) {
            menu.open = false;
            var button = menu.querySelector("summary");
            if (button && menu.contains(document.activeElement)) {
                button.focus();
            }
        });
    });

    document.addEventListener("click", function (event) {
        if (!header.contains(event.target)) {
            openMenus().forEach(function (menu) {
                menu.open = false;
            });
        }
    });
})();
