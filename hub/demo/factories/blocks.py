"""Stream-field block factories, and the Faker locale every factory writes German with."""

import factory
import wagtail_factories
from wagtail import blocks
from wagtail.rich_text import RichText

from hub.pages import blocks as page_blocks

FAKER_LOCALE = "de_DE"


def paragraph_html(text: str) -> str:
    return f"<p>{text}</p>"


class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    """wagtail-factories has no rich-text block factory; ``value`` is HTML."""

    class Params:
        text = factory.Faker("paragraph", locale=FAKER_LOCALE)

    value = factory.LazyAttribute(lambda o: paragraph_html(o.text))

    class Meta:
        model = blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=3, locale=FAKER_LOCALE)
    level = "h2"

    class Meta:
        model = page_blocks.HeadingBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=12, locale=FAKER_LOCALE)
    attribution = factory.Faker("name", locale=FAKER_LOCALE)

    class Meta:
        model = page_blocks.QuoteBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    """Links to ``url`` unless given a ``page`` (then pass ``url=""``)."""

    title = factory.Faker("sentence", nb_words=4, locale=FAKER_LOCALE)
    text = factory.Faker("sentence", nb_words=10, locale=FAKER_LOCALE)
    button_label = "Mehr erfahren"
    page = None
    url = "https://example.org/"

    class Meta:
        model = page_blocks.CallToActionBlock


class HighlightBlockFactory(wagtail_factories.StructBlockFactory):
    title = factory.Faker("sentence", nb_words=3, locale=FAKER_LOCALE)
    text = factory.Faker("sentence", nb_words=12, locale=FAKER_LOCALE)
    page = None

    class Meta:
        model = page_blocks.HighlightBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(RichTextBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)

    class Meta:
        model = page_blocks.BodyBlock


def paragraph(html: str) -> list[dict]:
    """A stream of one paragraph, as raw data for a ``body`` field."""
    return [{"type": "paragraph", "value": html}]
