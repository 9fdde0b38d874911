"""Pages a local network really has, in the languages it really has them in.

Each page: its German text first, then its translations, as (title, slug, teaser, body).
"""

from hub.demo.factories.blocks import paragraph
from hub.demo.factories.pages import ContentPageFactory, translate
from hub.demo.factories.site import Tree
from hub.pages.models import ContentPage

PAGES: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "homework": {
        "de": (
            "Hausaufgabenhilfe Nordstadt",
            "hausaufgabenhilfe",
            "Hilfe bei den Hausaufgaben für Schulkinder, montags bis donnerstags.",
            "Ehrenamtliche helfen in der <b>Stadtbibliothek</b> beim Lesen und Rechnen.",
        ),
        "en": (
            "Homework help Nordstadt",
            "homework-help",
            "Help with homework for schoolchildren, Monday to Thursday.",
            "Volunteers help with reading and maths in the library.",
        ),
        "ar": (
            "المساعدة في الواجبات المدرسية",
            "homework-help",
            "مساعدة التلاميذ في الواجبات المدرسية من الاثنين إلى الخميس.",
            "يساعد متطوعون في القراءة والحساب في مكتبة المدينة.",
        ),
        "fr": (
            "Aide aux devoirs Nordstadt",
            "aide-aux-devoirs",
            "Aide aux devoirs pour les enfants de l'école primaire.",
            "Des bénévoles aident à lire et à compter.",
        ),
    },
    "caritas": {
        "de": (
            "Caritasverband – Migrationsberatung",
            "caritas",
            "Beratung für Geflüchtete und Zugewanderte zu Aufenthalt, Arbeit und Familie.",
            "Offene Sprechstunde dienstags.",
        ),
    },
    "course": {
        "de": (
            "Deutschkurs im Gemeindehaus",
            "deutschkurs",
            "Ehrenamtlicher Deutschkurs für Anfängerinnen und Anfänger.",
            "Zweimal pro Woche, mit Kinderbetreuung.",
        ),
        "fa": (
            "کلاس زبان آلمانی در خانهٔ محله",
            "deutschkurs",
            "کلاس رایگان زبان آلمانی برای تازه‌واردها.",
            "هفته‌ای دو بار، با نگهداری از کودکان.",
        ),
        "fr": (
            "Cours d'allemand à la maison paroissiale",
            "cours-allemand",
            "Cours d'allemand bénévole pour débutants.",
            "Deux fois par semaine, avec garde d'enfants.",
        ),
        "ar": (
            "كلاس اللغة الألمانية",
            "deutschkurs",
            "دورة مجانية لتعلّم اللغة الألمانية.",
            "مرتين في الأسبوع.",
        ),
    },
    "clothes": {
        "de": (
            "Kleiderkammer St. Martin",
            "kleiderkammer",
            "Kleidung für Erwachsene und Kinder, kostenlos.",
            "Mittwochs von 10 bis 12 Uhr im Keller des Gemeindehauses.",
        ),
    },
    "youth": {
        "de": (
            "Jugendtreff am Hafen",
            "jugendtreff",
            "Offener Treff für Jugendliche von 12 bis 18 Jahren.",
            "Billard, Musik und Hilfe bei Bewerbungen.",
        ),
    },
    "counselling": {
        "de": (
            "Sozialberatung",
            "sozialberatung",
            "Beratung zu Anträgen, Briefen von Ämtern und Schulden.",
            "Termine nach Vereinbarung.",
        ),
        "ar": (
            "الاستشارة الاجتماعية",
            "sozialberatung",
            "استشارة حول الطلبات ورسائل الدوائر الرسمية والديون.",
            "المواعيد بالاتفاق.",
        ),
        "fa": (
            "مشاورهٔ اجتماعی",
            "sozialberatung",
            "مشاوره دربارهٔ درخواست‌ها، نامه‌های اداری و بدهی‌ها.",
            "با تعیین وقت قبلی.",
        ),
    },
}


def _fields(title: str, slug: str, intro: str, body: str) -> dict:
    return {"title": title, "slug": slug, "intro": intro, "body": paragraph(f"<p>{body}</p>")}


def build_content(tree: Tree) -> dict[str, dict[str, ContentPage]]:
    """The pages of ``PAGES`` under the German home, by key and language."""
    pages = {}
    for key, texts in PAGES.items():
        source = ContentPageFactory(parent=tree.homes["de"], **_fields(*texts["de"]))
        pages[key] = {"de": source} | {
            code: translate(source, code, **_fields(*text))
            for code, text in texts.items()
            if code != "de"
        }
    return pages
