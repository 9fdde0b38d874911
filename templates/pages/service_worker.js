/*
 * hub's service worker, served as /sw.js (hub.pages.webapp.service_worker).
 *
 * Pages (HTML): network first; what a visitor opened is stored and shown when the network
 * fails, marked with the time it was stored (<html data-offline-as-of>, which
 * js/offline.js turns into "Offline – as of …"). Nothing personal is ever stored: no
 * response marked private or no-store (everything a logged-in person sees, personal
 * links, form submissions, see hub.core.security.private_responses), no page with a
 * form that posts (it carries a CSRF token: registration, login, contact), nothing
 * under the admins, the account and members' areas or documents, nothing whose path
 * names a personal step (register, confirm, cancel, submit, correct), no POST. Without
 * network and without a stored copy the offline page of the visitor's language shows.
 *
 * Static files: file names with a content hash (production) never change: cache first.
 * Others (development) are shown from the cache and refreshed behind it.
 */
"use strict";

const PAGES = "hub-pages-v1";
const STATIC = "hub-static-v1";
const STORED_AT = "X-Hub-Stored-At";
const MAX_PAGES = 100;
const PRECACHE_EVERY_MS = 24 * 60 * 60 * 1000;
const OFFLINE_PATH = "{{ offline_path|escapejs }}";
const NEVER_STORED = /^\/(admin|django-admin|documents)\/|^\/[^/]+\/(account|members)\/|\/(register|confirm|cancel|submit|correct)\//;
const KEPT = new RegExp(`/${OFFLINE_PATH}(pages\\.json)?$`);
const HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
    event.waitUntil(
        caches
            .keys()
            .then((keys) =>
                Promise.all(
                    keys
                        .filter((key) => key.startsWith("hub-") && key !== PAGES && key !== STATIC)
                        .map((key) => caches.delete(key)),
                ),
            )
            .then(() => self.clients.claim()),
    );
});

// js/offline.js names the list of its language's pages to keep (home, compass, …).
self.addEventListener("message", (event) => {
    const data = event.data || {};
    if (data.type === "precache" && typeof data.url === "string") {
        event.waitUntil(precache(new URL(data.url, self.location.origin)));
    }
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) {
        return;
    }
    if (url.pathname.startsWith("/static/")) {
        event.respondWith(staticFile(request, url));
    } else if (request.mode === "navigate") {
        event.respondWith(page(event, url));
    }
});

// Whether a copy of this page may be kept. Every page carries the header's search form,
// so "has a form" means a form that posts: those carry Django's CSRF token.
async function storable(url, response) {
    const cacheControl = (response.headers.get("Cache-Control") || "").toLowerCase();
    const type = response.headers.get("Content-Type") || "";
    if (
        response.status !== 200 ||
        response.type !== "basic" ||
        !type.startsWith("text/html") ||
        /\b(private|no-store)\b/.test(cacheControl) ||
        NEVER_STORED.test(url.pathname)
    ) {
        return false;
    }
    const html = await response.clone().text();
    return !html.includes("csrfmiddlewaretoken");
}

async function store(cache, key, response) {
    const headers = new Headers(response.headers);
    headers.set(STORED_AT, new Date().toISOString());
    headers.delete("Vary"); // one copy per address, whoever asks for it
    const body = await response.blob();
    await cache.put(key, new Response(body, { status: 200, headers }));
    // The oldest pages go first; the offline pages and the list stay.
    const keys = (await cache.keys()).filter((old) => !KEPT.test(new URL(old.url).pathname));
    await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((old) => cache.delete(old)));
}

// Keeps or forgets the page once it has been shown, so that storing never delays it.
async function remember(cache, key, response) {
    if (await storable(new URL(key), response)) {
        await store(cache, key, response);
    } else {
        // Private now (a page that got a view restriction, a person who logged in, a form
        // added): a copy stored earlier must not outlive that.
        await cache.delete(key, { ignoreVary: true });
    }
}

async function page(event, url) {
    const request = event.request;
    const cache = await caches.open(PAGES);
    let response;
    try {
        response = await fetch(request);
    } catch (offline) {
        const stored = NEVER_STORED.test(url.pathname)
            ? undefined
            : await cache.match(request, { ignoreVary: true });
        return stored ? markOffline(stored) : offlinePage(cache, url);
    }
    const key = response.redirected ? response.url : request.url;
    event.waitUntil(remember(cache, key, response.clone()));
    return response;
}

function copy(response, body) {
    const headers = new Headers(response.headers);
    headers.delete("Content-Length");
    return new Response(body, { status: 200, headers });
}

async function markOffline(stored) {
    const when = (stored.headers.get(STORED_AT) || "").replace(/[^0-9TZ:.+-]/g, "");
    const html = await stored.text();
    return copy(stored, html.replace(/<html\b/i, `<html data-offline-as-of="${when}"`));
}

async function offlinePage(cache, url) {
    const language = url.pathname.split("/")[1];
    let stored = language ? await cache.match(`/${language}/${OFFLINE_PATH}`, { ignoreVary: true }) : undefined;
    if (!stored) {
        const keys = await cache.keys();
        const any = keys.find((key) => new URL(key.url).pathname.endsWith(`/${OFFLINE_PATH}`));
        stored = any ? await cache.match(any) : undefined;
    }
    if (stored) {
        return copy(stored, await stored.blob());
    }
    return new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain" } });
}

async function precache(listUrl) {
    const cache = await caches.open(PAGES);
    const list = await cache.match(listUrl);
    const age = list ? Date.now() - Date.parse(list.headers.get(STORED_AT)) : Infinity;
    if (age < PRECACHE_EVERY_MS) {
        return;
    }
    try {
        const response = await fetch(listUrl, { credentials: "omit" });
        if (!response.ok) {
            return;
        }
        const { pages } = await response.clone().json();
        await store(cache, listUrl, response);
        await Promise.all(
            (pages || []).map(async (path) => {
                const target = new URL(path, self.location.origin);
                if (await cache.match(target, { ignoreVary: true })) {
                    return;
                }
                const pageResponse = await fetch(target, { credentials: "omit" });
                const key = pageResponse.redirected ? pageResponse.url : target.href;
                if (await storable(new URL(key), pageResponse)) {
                    await store(cache, key, pageResponse);
                }
            }),
        );
    } catch (offline) {
        // Tried again at the next visit.
    }
}

async function staticFile(request, url) {
    const cache = await caches.open(STATIC);
    const stored = await cache.match(request);
    if (stored && HASHED.test(url.pathname)) {
        return stored;
    }
    const fresh = fetch(request).then((response) => {
        if (response.ok) {
            cache.put(request, response.clone());
        }
        return response;
    });
    if (stored) {
        fresh.catch(() => undefined);
        return stored;
    }
    return fresh;
}
