"""Builders for initiative tests: taxonomy terms in several languages, index, initiatives.

Used on top of ``tests.conftest.build_tree`` (the ``tree`` fixture). Terms are created in
German and translated into the languages given; initiatives link the German terms (as
pages created in the admin do) and get translations through ``hub.demo.factories.pages.translate``.
"""

from datetime import date

from wagtail.models import Locale

from hub.demo.factories.pages import translate
from hub.pages.models import InitiativeIndexPage, InitiativePage
from hub.snippets.models import Category, District, SpokenLanguage, TargetGroup
from tests.conftest import Tree

TERMS = {
    Category: [
        ("sprache", {"de": "Sprache", "en": "Language support", "ar": "دعم اللغة"}),
        ("begleitung", {"de": "Begleitung", "en": "Accompaniment", "ar": "المرافقة"}),
        ("sport", {"de": "Sport", "en": "Sport", "ar": "الرياضة"}),
    ],
    District: [
        ("nordstadt", {"de": "Nordstadt", "en": "North End", "ar": "الحي الشمالي"}),
        ("altstadt", {"de": "Altstadt", "en": "Old Town", "ar": "البلدة القديمة"}),
    ],
    TargetGroup: [
        ("familien", {"de": "Familien", "en": "Families", "ar": "العائلات"}),
        ("frauen", {"de": "Frauen", "en": "Women", "ar": "النساء"}),
    ],
    SpokenLanguage: [
        ("arabisch", {"de": "Arabisch", "en": "Arabic", "ar": "العربية"}),
        ("farsi", {"de": "Farsi", "en": "Persian", "ar": "الفارسية"}),
    ],
}
LANGUAGE_CODES = {"arabisch": "ar", "farsi": "fa"}


def build_terms() -> dict[str, object]:
    """Create every term of ``TERMS`` in German plus translations; German terms by slug."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    german = {}
    for model, terms in TERMS.items():
        for order, (slug, names) in enumerate(terms):
            extra = {}
            if model is SpokenLanguage:
                extra = {"code": LANGUAGE_CODES[slug]}
            source = model.objects.create(
                locale=locales["de"], slug=slug, name=names["de"], sort_order=order, **extra
            )
            for code, name in names.items():
                if code != "de":
                    copy = source.copy_for_translation(locales[code])
                    copy.name = name
                    copy.save()
            german[slug] = source
    return german


def build_index(tree: Tree, translations: tuple[str, ...] = ("en", "ar")) -> dict:
    """An ``InitiativeIndexPage`` under the German home, translated into ``translations``."""
    index = tree.homes["de"].add_child(
        instance=InitiativeIndexPage(title="Initiativen", slug="initiativen", show_in_menus=True)
    )
    index.save_revision().publish()
    titles = {"en": ("Initiatives", "initiatives"), "ar": ("المبادرات", "initiatives")}
    indexes = {"de": index}
    for code in translations:
        title, slug = titles.get(code, ("Initiatives", "initiatives"))
        indexes[code] = translate(index, code, title=title, slug=slug)
    return indexes


def make_initiative(
    index: InitiativeIndexPage,
    title: str,
    *,
    terms: list | None = None,
    tags: list[str] | None = None,
    status: str = "active",
    ended_on: date | None = None,
    publish: bool = True,
    **fields,
) -> InitiativePage:
    """A German initiative under ``index`` linked to ``terms`` (German term objects)."""
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")
    page = InitiativePage(
        title=title,
        slug=slug,
        summary=fields.pop("summary", f"{title}: kurz gesagt."),
        status=status,
        ended_on=ended_on,
        live=fields.pop("live", publish),
        **fields,
    )
    relation_names = {
        Category: "categories",
        District: "districts",
        TargetGroup: "target_groups",
        SpokenLanguage: "spoken_languages",
    }
    for model, name in relation_names.items():
        setattr(page, name, [term for term in terms or [] if type(term) is model])
    page.tags.set(tags or [])
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page
