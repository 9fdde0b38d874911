"""What a card of a listing shows of a page, fetched in a fixed number of queries."""

from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "max-160x160"


def with_card_data(pages: QuerySet, *relations: str) -> QuerySet:
    """``pages`` with their locale, their ``relations`` (taxonomies) and the rendition of
    their ``image`` a card shows: a fixed number of queries for any number of cards."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
    return pages.select_related("locale").prefetch_related(
        *relations, Prefetch("image", queryset=images)
    )
