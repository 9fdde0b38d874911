"""Put the whole demo in place: people, German tree, site, footer, translations."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from hub.pages.demo import people
from hub.pages.demo.content import FOOTER, HOME, PAGES
from hub.pages.demo.texts import TRANSLATED_LANGUAGES, TranslationTable
from hub.pages.demo.translate import translate
from hub.pages.demo.tree import Outcome, build_footer, build_pages, point_default_site_at
from hub.pages.locales import sync_locales

SOURCE_LANGUAGE = "de"


class DemoError(Exception):
    pass


@dataclass
class DemoReport:
    outcomes: list[Outcome] = field(default_factory=list)
    translations_saved: int = 0
    translations_kept: int = 0
    skipped_languages: list[str] = field(default_factory=list)
    users: list[tuple[people.DemoUser, AbstractBaseUser, bool]] = field(default_factory=list)


def _target_locales() -> tuple[list[Locale], list[str]]:
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if SOURCE_LANGUAGE not in codes:
        raise DemoError(
            f"The demo is written in {SOURCE_LANGUAGE!r}, which is not among the content "
            "languages (WAGTAIL_CONTENT_LANGUAGES)."
        )
    wanted = [code for code in codes if code in TRANSLATED_LANGUAGES]
    skipped = [code for code in codes if code != SOURCE_LANGUAGE and code not in wanted]
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    return [locales[code] for code in wanted], skipped


def _check(objects: list, locales: list[Locale]) -> None:
    """Every demo object has a live translation made through wagtail-localize."""
    problems = []
    for obj in objects:
        source = TranslationSource.objects.get_for_instance_or_none(obj)
        for locale in locales:
            target = obj.get_translation_or_none(locale)
            if target is None or (isinstance(target, Page) and not target.live):
                problems.append(f"{obj} has no live {locale.language_code} translation")
            elif (
                source is None
                or not Translation.objects.filter(source=source, target_locale=locale).exists()
            ):
                problems.append(f"{obj} in {locale.language_code} is not a wagtail-localize copy")
    if problems:
        raise DemoError("\n".join(problems))


def load_demo(password: str, log: Callable[[str], None]) -> DemoReport:
    report = DemoReport()
    sync_locales()
    german = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    locales, report.skipped_languages = _target_locales()

    with transaction.atomic():
        groups = people.ensure_groups()
        report.users = people.ensure_users(groups, password)
        by_username = {demo.username: user for demo, user, _created in report.users}
        page_outcomes = build_pages(HOME, PAGES, german, by_username["redaktion"])
        home = page_outcomes[0].obj
        point_default_site_at(home, HOME.title.de)
        footer_outcome = build_footer(FOOTER, german)
    report.outcomes = [*page_outcomes, footer_outcome]
    for outcome in report.outcomes:
        log(f"  {type(outcome.obj).__name__} “{outcome.obj}”: {outcome.label}")

    # Outside the block above: each translation commits (and so publishes) on its own,
    # and the home page goes first because its translations parent the other pages'.
    translator = by_username["uebersetzerin"]
    specs = [HOME, *PAGES, FOOTER]
    for outcome, spec in zip(report.outcomes, specs, strict=True):
        table = TranslationTable(f"{type(outcome.obj).__name__} “{outcome.obj}”", spec.texts())
        for locale in locales:
            _target, saved = translate(outcome.obj, locale, table, translator)
            if saved:
                report.translations_saved += 1
            else:
                report.translations_kept += 1

    homes = [home, *(home.get_translation(locale) for locale in locales)]
    with transaction.atomic():
        people.grant_page_permissions(groups, homes)
    _check([outcome.obj for outcome in report.outcomes], locales)
    return report
