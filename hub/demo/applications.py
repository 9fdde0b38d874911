"""Demo membership applications waiting for the editors: one in German, one in Arabic.

Found again by organisation name and e-mail, so a second run duplicates nothing; an
application an editor has decided meanwhile is left as it is.
"""

from datetime import datetime, timedelta

from django.utils import timezone
from wagtail.models import Locale

from hub.network.models import MembershipApplication
from hub.snippets.models import Category

APPLICATIONS = (
    {
        "organisation_name": "Lernpaten Lindenstadt e.V.",
        "kind": "association",
        "summary": (
            "Ehrenamtliche Lernpatinnen und Lernpaten begleiten Schulkinder aus geflüchteten "
            "Familien einmal pro Woche bei Hausaufgaben und beim Lesen, in der Stadtbibliothek "
            "und in zwei Grundschulen der Südstadt."
        ),
        "website": "https://lernpaten-lindenstadt.example.org",
        "services": ["sprache", "kinder-jugend", "begleitung"],
        "street_address": "Bibliotheksplatz 3",
        "postal_code": "34127",
        "locality": "Lindenstadt",
        "contact_name": "Ursula Kempf",
        "email": "u.kempf@lernpaten-lindenstadt.example.org",
        "phone": "0561 4471230",
        "message": "Wir würden gern beim nächsten Vernetzungstreffen unser Projekt vorstellen.",
        "language": "de",
        "days_ago": 2,
    },
    {
        "organisation_name": "Syrischer Kulturverein Lindenstadt",
        "kind": "association",
        "summary": (
            "نحن جمعية ثقافية تنظم دروساً في اللغة الألمانية ولقاءات للعائلات وتساعد القادمين "
            "الجدد في ترجمة الرسائل من الدوائر الحكومية."
        ),
        "website": "",
        "services": ["sprache", "kultur", "beratung"],
        "street_address": "Mühlgasse 17",
        "postal_code": "34119",
        "locality": "Lindenstadt",
        "contact_name": "Rami Al-Khatib",
        "email": "rami.alkhatib@example.org",
        "phone": "+49 176 55501234",
        "message": "نرغب في الانضمام إلى الشبكة والمشاركة في لقاء التشبيك الشهري.",
        "language": "ar",
        "days_ago": 5,
    },
)


def ensure_applications() -> list[tuple[MembershipApplication, bool]]:
    """The demo applications (services limited to the demo's own categories)."""
    known_services = set(
        Category.objects.filter(locale=Locale.get_default()).values_list("slug", flat=True)
    )
    result = []
    today = timezone.localdate()
    for spec in APPLICATIONS:
        values = dict(spec)
        days_ago = values.pop("days_ago")
        values["services"] = [slug for slug in values["services"] if slug in known_services]
        received = timezone.make_aware(
            datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
            + timedelta(hours=10, minutes=15)
        )
        application, created = MembershipApplication.objects.get_or_create(
            organisation_name=values["organisation_name"],
            email=values["email"],
            defaults={**values, "created_at": received},
        )
        result.append((application, created))
    return result
