"""What an initiative page shows besides its own fields: terms in the visitor's language,
links back into the directory, the organisation, related initiatives, schema.org data."""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.http import HttpRequest
from wagtail.models import Locale, Page

from hub.core.contact_links import osm_url, tel_href, website_label
from hub.core.listing.languages import content_attributes, localized_link, url_for_visitor
from hub.pages.initiatives.directory.filters import CATEGORY, TAG, directory_catalogues
from hub.pages.initiatives.directory.jsonld import initiative_json_ld
from hub.pages.initiatives.directory.listing import Card, build_cards, route_path, with_card_data
from hub.pages.initiatives.directory.queries import DirectoryScope
from hub.pages.models import InitiativePage
from hub.snippets.terms import TagLabels, Term, TermCatalogue

MAX_RELATED = 4


def related_initiatives(
    page: InitiativePage,
    index: Page,
    categories: list[Term],
    catalogues: dict[str, TermCatalogue],
    request: HttpRequest,
) -> list[Card]:
    """Current initiatives sharing a field of engagement, those sharing most first."""
    if not categories:
        return []
    scope = DirectoryScope(index, Locale.get_active())
    slugs = [term.slug for term in categories]
    related = (
        scope.current()
        .exclude(translation_key=page.translation_key)
        .filter(pk__in=CATEGORY.pages_with_any(slugs))
        .annotate(shared=Count("categories", filter=Q(categories__slug__in=slugs)))
        .order_by("-shared", "title", "pk")[:MAX_RELATED]
    )
    return build_cards(list(with_card_data(related)), request, scope.active, catalogues)


def initiative_context(page: InitiativePage, request: HttpRequest) -> dict:
    active, default = Locale.get_active(), Locale.get_default()
    catalogues = directory_catalogues(active, default)
    categories = catalogues["category"].linked(page.categories.all())
    districts = catalogues["district"].linked(page.districts.all())
    languages = catalogues["language"].linked(page.spoken_languages.all())
    index = page.get_parent()
    directory_url = url_for_visitor(index.localized, active, request)
    tags = TagLabels(active, default).terms((tag.slug, tag.name) for tag in page.tags.all())
    organisation = localized_link(page.organisation, active, request)
    return {
        "content_attrs": content_attributes(page, active),
        "categories": categories,
        "target_groups": catalogues["target_group"].linked(page.target_groups.all()),
        "districts": districts,
        "spoken_languages": languages,
        "tags": [
            {
                "name": tag.name,
                "lang": tag.lang,
                "url": f"{directory_url}?{urlencode({TAG.param: tag.slug})}",
            }
            for tag in tags
        ],
        "directory_url": directory_url,
        "archive_url": directory_url + route_path("archive_route"),
        "organisation": organisation,
        "phone_href": tel_href(page.contact_phone),
        "website_label": website_label(page.website),
        "map_url": osm_url(page),
        "related": related_initiatives(page, index, categories, catalogues, request),
        "json_ld": initiative_json_ld(
            page,
            request,
            districts=districts,
            languages=languages,
            organisation=organisation,
            tags=[tag.name for tag in tags],
        ),
    }
