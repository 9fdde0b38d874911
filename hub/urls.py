"""URL layout: language-neutral endpoints first, then everything under /<language>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub.core.files import documents
from hub.pages import views as page_views
from hub.pages import webapp

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    # Same pattern and name as Wagtail's own, which it shadows (see hub.core.files.documents).
    re_path(r"^documents/(\d+)/(.*)$", documents.serve, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", page_views.sitemap, name="sitemap"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    path("favicon.ico", webapp.favicon, name="favicon"),
    path("manifest.webmanifest", webapp.manifest, name="manifest"),
    path("sw.js", webapp.service_worker, name="service_worker"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# "/" has no language prefix and matches nothing here: LocaleMiddleware then redirects to
# the visitor's language (the language of the pages last read, kept in the language
# cookie by hub.core.language_cookie; else Accept-Language, else German), with
# "Vary: Accept-Language, Cookie" for caches.
urlpatterns += i18n_patterns(
    path("search/", page_views.search, name="search"),
    path("report-a-barrier/", include("hub.pages.feedback.urls")),
    path("offline/", webapp.offline, name="offline"),
    path("offline/pages.json", webapp.offline_pages, name="offline_pages"),
    path("", include("hub.network.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
