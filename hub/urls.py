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

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    # Same pattern and name as Wagtail's own, which it shadows (see hub.core.files.documents).
    re_path(r"^documents/(\d+)/(.*)$", documents.serve, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", page_views.sitemap, name="sitemap"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# "/" has no language prefix and matches nothing here: LocaleMiddleware then redirects to
# the visitor's language (cookie, Accept-Language, else German).
urlpatterns += i18n_patterns(
    path("search/", page_views.search, name="search"),
    path("report-a-barrier/", include("hub.pages.feedback.urls")),
    path("", include("hub.network.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
