/*
 * The finder's map: progressive enhancement only, and only on request. Without
 * JavaScript or without data neither the "show map" button nor the map area appears and
 * the list says everything. Leaflet's script and style (about 45 KB, served by the site
 * itself) and the tiles are loaded only when the visitor presses "show map": a phone on a
 * slow connection pays for the map only when it wants one.
 *
 * The data comes from the server-rendered <script type="application/json"> island:
 * tile URL and attribution (from the site's settings), marker images (served by the
 * site itself), and one marker per office found. No request leaves the site except for
 * the configured tiles. Texts are set with textContent, never as HTML.
 */
(function () {
    "use strict";

    var container = document.querySelector("[data-finder-map]");
    var island = document.getElementById("finder-map-data");
    var toggle = document.querySelector("[data-finder-map-toggle]");
    if (!container || !island || !toggle) {
        return;
    }
    var data;
    try {
        data = JSON.parse(island.textContent);
    } catch (error) {
        return;
    }
    if (!data.tiles || !data.tiles.url || !data.markers || !data.markers.length) {
        return;
    }

    var rtl = document.documentElement.dir === "rtl";
    var pageLang = document.documentElement.lang;

    function escapeHtml(text) {
        var element = document.createElement("span");
        element.textContent = text || "";
        return element.innerHTML;
    }

    function element(tag, className, text, lang) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text) {
            node.textContent = text;
        }
        if (lang) {
            node.lang = lang;
            node.dir = "auto";
        }
        return node;
    }

    // Offices in the same building share one marker; its popup names them all.
    function groupByPlace(markers) {
        var groups = [];
        var byKey = {};
        markers.forEach(function (marker) {
            var key = marker.lat.toFixed(6) + "," + marker.lon.toFixed(6);
            if (!byKey[key]) {
                byKey[key] = { lat: marker.lat, lon: marker.lon, offices: [] };
                groups.push(byKey[key]);
            }
            byKey[key].offices.push(marker);
        });
        return groups;
    }

    function popupContent(group) {
        var box = element("div", "finder__popup");
        box.lang = pageLang;
        box.dir = rtl ? "rtl" : "ltr";
        group.offices.forEach(function (office) {
            var item = element("p");
            item.appendChild(element("strong", "finder__popup-title", office.office, office.lang));
            var link = element("a", "", office.organisation, office.lang);
            link.href = office.url;
            link.title = data.labels.link;
            item.appendChild(link);
            if (office.address) {
                item.appendChild(document.createElement("br"));
                item.appendChild(element("bdi", "", office.address));
            }
            box.appendChild(item);
        });
        return box;
    }

    function showMap() {
        container.hidden = false;
        // Leaflet positions its panes left-to-right in any document; controls are mirrored
        // by choosing their corner instead.
        container.dir = "ltr";
        var map = L.map(container, {
            zoomControl: false,
            attributionControl: false,
            scrollWheelZoom: false,
        });
        L.control.zoom({ position: rtl ? "topright" : "topleft" }).addTo(map);
        L.control.attribution({ position: rtl ? "bottomleft" : "bottomright", prefix: false }).addTo(map);
        // The site's Referrer-Policy (same-origin) sends tile servers no Referer at all, and
        // OpenStreetMap's tile usage policy refuses such requests: tiles tell the site's
        // origin, never the page (and its filters).
        L.tileLayer(data.tiles.url, {
            attribution: escapeHtml(data.tiles.attribution),
            maxZoom: 19,
            referrerPolicy: "strict-origin-when-cross-origin",
        }).addTo(map);

        var icon = L.icon({
            iconUrl: data.icons.iconUrl,
            iconRetinaUrl: data.icons.iconRetinaUrl,
            shadowUrl: data.icons.shadowUrl,
            iconSize: [25, 41],
            iconAnchor: [12, 41],
            popupAnchor: [1, -34],
            shadowSize: [41, 41],
        });
        var points = [];
        groupByPlace(data.markers).forEach(function (group) {
            var names = group.offices.map(function (office) {
                return office.office;
            });
            L.marker([group.lat, group.lon], { icon: icon, title: names.join(" · "), alt: names.join(" · ") })
                .bindPopup(popupContent(group))
                .addTo(map);
            points.push([group.lat, group.lon]);
        });
        // Markers stand above their point: more room at the top than at the bottom.
        map.fitBounds(L.latLngBounds(points), {
            paddingTopLeft: [32, 56],
            paddingBottomRight: [32, 24],
            maxZoom: 16,
        });
    }

    // Leaflet's style and script, same-origin (the CSP allows scripts from 'self' only).
    function loadLeaflet(done) {
        if (window.L) {
            done();
            return;
        }
        var style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = container.getAttribute("data-leaflet-css");
        document.head.appendChild(style);
        var script = document.createElement("script");
        script.src = container.getAttribute("data-leaflet-js");
        script.onload = done;
        script.onerror = function () {
            button.disabled = false;
            toggle.hidden = false;
        };
        document.head.appendChild(script);
    }

    var button = toggle.querySelector("button");
    toggle.hidden = false;
    button.addEventListener("click", function () {
        button.disabled = true;
        loadLeaflet(function () {
            toggle.hidden = true;
            showMap();
            container.focus();
        });
    });
})();
