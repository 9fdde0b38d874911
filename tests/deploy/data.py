"""What the deployment test looks at, committed to the test database so that gunicorn
sees it: the page tree, members with a document in the "Members" collection (from
``tests.network.members_access_data``), a board entry with an attachment, and a public
image with a rendition, and the initiatives index whose form the public uses.

gunicorn runs the production settings, which only know Django's default password
hashers; the test settings store MD5 hashes. The member's password is therefore stored
with PBKDF2 (few iterations: gunicorn upgrades the hash at the first login anyway).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from hub.demo.factories.pages import InitiativeIndexPageFactory
from hub.demo.factories.site import build_tree
from hub.network.models import BoardEntry
from tests.network.members_access_data import PDF, build_area
from tests.network.selfservice_support import PASSWORD

ATTACHMENT = b"%PDF-1.4\n% Telefonliste Vernetzungstreffen\n%%EOF\n"


@dataclass(frozen=True)
class Content:
    member_login: str  # e-mail address the member logs in with
    password: str
    document_url: str  # Wagtail's serve view of the members-only document
    document_file: str  # its file name, as it once was under /media/documents/
    document_bytes: bytes
    attachment_url: str
    attachment_bytes: bytes
    rendition_url: str


def png(colour: tuple[int, int, int]) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (60, 40), colour).save(buffer, "PNG")
    return buffer.getvalue()


def build() -> Content:
    tree = build_tree()
    area = build_area(tree)  # its members bring the taxonomy terms the public form offers
    InitiativeIndexPageFactory(parent=tree.homes["de"])
    member = area.members.admin_b
    member.password = PBKDF2PasswordHasher().encode(PASSWORD, "deploytest", iterations=1000)
    member.save(update_fields=["password"])

    entry = BoardEntry.objects.create(
        kind="offer",
        title="Telefonliste der Beratungsstellen",
        text="Nur für Mitglieder.",
        language="de",
        author=member,
        attachment_name="telefonliste.pdf",
    )
    entry.attachment.save("telefonliste.pdf", ContentFile(ATTACHMENT))

    image = get_image_model()(
        title="Sommerfest",
        file=ImageFile(BytesIO(png((200, 120, 40))), name="sommerfest.png"),
        collection=Collection.get_first_root_node(),
    )
    image.save()
    rendition = image.get_rendition("width-30")

    return Content(
        member_login=member.email,
        password=PASSWORD,
        document_url=area.document.url,
        document_file=area.document.file.name.rsplit("/", 1)[-1],
        document_bytes=PDF,
        attachment_url=f"/de/members/board/{entry.pk}/attachment/",
        attachment_bytes=ATTACHMENT,
        rendition_url=rendition.url,
    )
