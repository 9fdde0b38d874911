"""Shared data of the members' area access tests: the members of
``tests.network.selfservice_support``, an individual member, a members-only page (with a
child and an English translation), a members-only event, a document in the Members
collection and minutes for one date of the networking meeting."""

from dataclasses import dataclass

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, PageViewRestriction

from hub.core.members_only import members_collection, members_group
from hub.demo.factories.blocks import paragraph
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.pages import translate
from hub.events.models import EventPage, MeetingMinutes, Occurrence
from hub.network.models import IndividualMember
from hub.pages.models import ContentPage
from tests.events.calendar_support import occurrences
from tests.network.selfservice_support import MemberAccountFactory, Members, build_members

SECRET_TITLE = "Interne Absprachen Zwiebelhaus"
SECRET_CHILD = "Kassenbericht Zwiebelhaus"
SECRET_EVENT = "Klausur Zwiebelhaus"
SECRET_DOCUMENT = "Protokollanlage Zwiebelhaus"
MINUTES_TEXT = "Beschlossen: Sommerfest am Nordplatz."

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@dataclass
class Area:
    members: Members
    individual: object
    page: ContentPage
    page_en: ContentPage
    child: ContentPage
    event: EventPage
    secret_event: EventPage
    occurrence: Occurrence
    document: object
    minutes: MeetingMinutes


def restrict_to_members(page) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    return restriction


def build_area(tree) -> Area:
    members = build_members(tree)
    individual = MemberAccountFactory(
        username="ehrenamt", email="ehrenamt@example.org", first_name="Eva"
    )
    IndividualMember.objects.create(user=individual, language="de")

    home = tree.homes["de"]
    page = home.add_child(
        instance=ContentPage(
            title=SECRET_TITLE,
            slug="intern-mitglieder",
            show_in_menus=True,
            intro="Nur für Mitglieder.",
            body=paragraph("<p>Vertraulich.</p>"),
        )
    )
    page.save_revision().publish()
    restrict_to_members(page)
    child = page.add_child(instance=ContentPage(title=SECRET_CHILD, slug="kasse"))
    child.save_revision().publish()
    page_en = translate(page, "en", title=f"{SECRET_TITLE} (en)", slug="internal")

    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    event = EventPageFactory(parent=calendar)
    secret_event = EventPageFactory(parent=calendar, title=SECRET_EVENT, slug="klausur")
    restrict_to_members(secret_event)
    occurrence = occurrences(event).first()

    document = get_document_model()(title=SECRET_DOCUMENT, collection=members_collection())
    document.file.save("anlage.pdf", ContentFile(PDF), save=False)
    document.save()
    minutes = MeetingMinutes.objects.create(occurrence=occurrence, text=f"<p>{MINUTES_TEXT}</p>")
    minutes.documents.add(document)
    return Area(
        members=members,
        individual=individual,
        page=page,
        page_en=page_en,
        child=child,
        event=event,
        secret_event=secret_event,
        occurrence=occurrence,
        document=document,
        minutes=minutes,
    )
