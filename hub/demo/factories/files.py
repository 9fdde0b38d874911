"""Documents and images with small real files."""

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model_string
from wagtail.models import Collection

from hub.core.members_only import members_collection


class DocumentFactory(DjangoModelFactory):
    """A document stored as ``filename`` with ``content``, titled after its name.

    Public (the root collection) unless ``members_only=True`` puts it in the members'
    collection.
    """

    title = factory.LazyAttribute(lambda o: o.filename.rsplit(".", 1)[0])
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=o.filename))
    collection = factory.LazyAttribute(
        lambda o: members_collection() if o.members_only else Collection.get_first_root_node()
    )

    class Params:
        filename = "dokument.pdf"
        content = b"%PDF-1.4\n%%EOF\n"
        members_only = False

    class Meta:
        model = get_document_model_string()


class ImageFactory(DjangoModelFactory):
    """A white 40×30 PNG."""

    title = factory.Sequence(lambda n: f"Bild {n}")
    file = factory.django.ImageField(
        width=40, height=30, color="white", format="PNG", filename="test.png"
    )

    class Meta:
        model = get_image_model_string()
