"""Stream-field data: a paragraph as raw data, the home page's highlight block factory, and
the Faker locale that factories write German with."""

import factory
import wagtail_factories

from hub.pages import blocks as page_blocks

FAKER_LOCALE = "de_DE"


def paragraph_html(text: str) -> str:
    return f"<p>{text}</p>"


class HighlightBlockFactory(wagtail_factories.StructBlockFactory):
    title = factory.Faker("sentence", nb_words=3, locale=FAKER_LOCALE)
    text = factory.Faker("sentence", nb_words=12, locale=FAKER_LOCALE)
    page = None

    class Meta:
        model = page_blocks.HighlightBlock


def paragraph(html: str) -> list[dict]:
    """A stream of one paragraph, as raw data for a ``body`` field."""
    return [{"type": "paragraph", "value": html}]
