"""Demo of the members' area: the Members group, one individually admitted volunteer,
minutes of the last two networking meetings (each with a small PDF), a members-only page
"Intern" with a child page, and two shared documents. Fixed content, re-runnable."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction

from hub.core.members_only import members_collection, members_group
from hub.demo.event_specs import WEDNESDAY, first_weekday_of_month
from hub.demo.specs import stable_uuid
from hub.events.models import EventPage, MeetingMinutes, Occurrence
from hub.events.recurrence import local_datetime
from hub.network.members.groups import sync_member
from hub.network.models import IndividualMember
from hub.pages.models import ContentPage

INDIVIDUAL_USERNAME = "ehrenamt"
MEETING_KEY = "event:vernetzungstreffen"


def small_pdf(title: str, lines: list[str]) -> bytes:
    """A valid one-page PDF with ``lines`` of text (Helvetica, Latin-1), built by hand."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = ["BT", "/F1 16 Tf", "72 770 Td", f"({escape(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        text += ["0 -22 Td", f"({escape(line)}) Tj"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


@dataclass
class MembersReport:
    minutes: list[MeetingMinutes] = field(default_factory=list)
    documents: int = 0
    pages: list[Page] = field(default_factory=list)


MINUTES = (
    (
        "<h3>Themen</h3><ul><li>Neue Beratungszeiten der Caritas im Stadtteil Nord</li>"
        "<li>Sprachcafé sucht Ehrenamtliche für Farsi und Arabisch</li>"
        "<li>Bericht aus dem Integrationsbeirat</li></ul>"
        "<h3>Verabredungen</h3><p>Die Diakonie stellt im nächsten Treffen das neue "
        "Patenschaftsprojekt vor. Wer Räume für Deutschkurse am Wochenende anbieten kann, "
        "meldet sich bei der Koordination.</p>",
        [
            "Teilnehmende: 23 Personen aus 14 Organisationen",
            "1. Beratungszeiten Caritas Nord: ab Montag auch nachmittags",
            "2. Sprachcafe: Ehrenamtliche fuer Farsi und Arabisch gesucht",
            "3. Integrationsbeirat: Wohnraum bleibt Schwerpunkt",
        ],
    ),
    (
        "<h3>Themen</h3><ul><li>Sommerfest der Vielfalt am Nordplatz: Aufgaben verteilt</li>"
        "<li>Dolmetschpool: neue Liste der Sprachen</li>"
        "<li>Wohnungssuche: Erfahrungen mit der Wohnungsbaugesellschaft</li></ul>"
        "<h3>Beschlüsse</h3><p>Das Netzwerk beantragt gemeinsam Mittel für Dolmetschkosten. "
        "Die Arbeitsgruppe Wohnen trifft sich am zweiten Dienstag im Monat.</p>",
        [
            "Teilnehmende: 19 Personen aus 11 Organisationen",
            "1. Sommerfest der Vielfalt: Stände und Aufbau verteilt",
            "2. Dolmetschpool: Tigrinya und Kurmandschi neu dabei",
            "3. AG Wohnen: Treffen am zweiten Dienstag im Monat",
        ],
    ),
)

SHARED_DOCUMENTS = (
    (
        "Telefonliste der Koordinierenden (Stand Frühjahr)",
        "telefonliste-koordination.pdf",
        ["Koordination Netzwerk: 030 123 45 67", "Caritas Nord: 030 765 43 21"],
    ),
    (
        "Leitfaden Dolmetschpool",
        "leitfaden-dolmetschpool.pdf",
        ["1. Anfrage spaetestens eine Woche vorher", "2. Kosten traegt das Netzwerk"],
    ),
)

INTERN = {
    "title": "Intern",
    "slug": "intern",
    "intro": "Informationen nur für Mitgliedsorganisationen und Ehrenamtliche des Netzwerks.",
    "body": "<p>Hier sammeln wir, was nicht auf die öffentliche Website gehört: "
    "Absprachen zur Raumnutzung, Kontaktlisten und Vorlagen für Anträge.</p>",
}
INTERN_CHILD = {
    "title": "Raumbelegung Haus der Begegnung",
    "slug": "raumbelegung",
    "intro": "Wer nutzt welchen Raum wann?",
    "body": "<p>Großer Saal: erster Mittwoch im Monat (Vernetzungstreffen). Kleiner Saal: "
    "dienstags Sprachcafé, donnerstags Rechtsberatung. Schlüssel bei der Koordination.</p>",
}


def ensure_individual(users) -> AbstractBaseUser | None:
    """The volunteer admitted without an organisation (DEMO_USERS lists the login)."""
    for demo, user, _created in users:
        if demo.username == INDIVIDUAL_USERNAME:
            IndividualMember.objects.update_or_create(
                user=user,
                defaults={
                    "language": settings.LANGUAGE_CODE,
                    "note": "Ehrenamtliche im Sprachcafé, ohne eigene Organisation",
                },
            )
            return user
    return None


def _document(title: str, filename: str, lines: list[str], user) -> object:
    model = get_document_model()
    collection = members_collection()
    document = model.objects.filter(title=title, collection=collection).first()
    if document is None:
        content = small_pdf(title.encode("latin-1", "replace").decode("latin-1"), lines)
        document = model(title=title, collection=collection, uploaded_by_user=user)
        document.file.save(filename, ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
    return document


def _past_meetings(page: EventPage, today: date) -> list[Occurrence]:
    """The two latest dates of the series before today (made if the series is younger)."""
    found = []
    month = today.replace(day=1)
    while len(found) < 2:
        day = first_weekday_of_month(month, WEDNESDAY)
        if day < today:
            start = local_datetime(day, page.start_time)
            occurrence, _created = Occurrence.objects.get_or_create(
                event_key=page.translation_key,
                original_start=start,
                defaults={
                    "starts_at": start,
                    "ends_at": local_datetime(day, page.end_time),
                    "detached": True,
                },
            )
            found.append(occurrence)
        month = (month - timedelta(days=1)).replace(day=1)
    return found


def ensure_minutes(author, report: MembersReport) -> None:
    page = EventPage.objects.filter(
        translation_key=stable_uuid(MEETING_KEY), locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if page is None:
        return
    for occurrence, (text, lines) in zip(
        _past_meetings(page, timezone.localdate()), MINUTES, strict=True
    ):
        when = timezone.localtime(occurrence.starts_at).strftime("%d.%m.%Y")
        minutes, _created = MeetingMinutes.objects.update_or_create(
            occurrence=occurrence,
            defaults={"text": text, "author": author, "updated_at": timezone.now()},
        )
        document = _document(
            f"Protokoll Vernetzungstreffen {when}",
            f"protokoll-vernetzungstreffen-{occurrence.starts_at:%Y-%m-%d}.pdf",
            [f"Protokoll Vernetzungstreffen {when}", *lines],
            author,
        )
        minutes.documents.add(document)
        report.minutes.append(minutes)


def _content_page(parent: Page, values: dict, user) -> ContentPage:
    page = ContentPage.objects.child_of(parent).filter(slug=values["slug"]).first()
    if page is None:
        page = ContentPage(
            title=values["title"],
            slug=values["slug"],
            show_in_menus=False,
            intro=values["intro"],
            body=[{"type": "paragraph", "value": values["body"]}],
        )
        parent.add_child(instance=page)
        page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    return page


def ensure_members_pages(home: Page, editor, report: MembersReport) -> None:
    intern = _content_page(home, INTERN, editor)
    restriction = PageViewRestriction.objects.filter(page=intern).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=intern, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.add(members_group())
    report.pages = [intern, _content_page(intern, INTERN_CHILD, editor)]


def load_members_area(users, home: Page, editor) -> MembersReport:
    report = MembersReport()
    members_collection()
    for _demo, user, _created in users:
        sync_member(user)
    ensure_individual(users)
    ensure_minutes(editor, report)
    for title, filename, lines in SHARED_DOCUMENTS:
        _document(title, filename, lines, editor)
    report.documents = get_document_model().objects.filter(collection=members_collection()).count()
    ensure_members_pages(home, editor, report)
    return report
