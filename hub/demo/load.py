"""Put the whole demo in place: people, German tree, site, footer, directory, translations."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from hub.core.locales import sync_locales
from hub.demo import applications as demo_applications
from hub.demo import board as demo_board
from hub.demo import member_profiles, people
from hub.demo import members as demo_members
from hub.demo.batch import batch_saves
from hub.demo.content import (
    CALENDAR,
    CANCELLED_DATE,
    EVENTS,
    FIND_HELP,
    FOOTER,
    HOME,
    INDEX,
    INITIATIVES,
    ORGANISATION_INDEX,
    ORGANISATIONS,
    PAGES,
    PLACES,
    REGISTRATIONS,
    TERMS,
)
from hub.demo.directory import build_index, build_initiatives, build_terms, place_after
from hub.demo.events import DatesReport, build_calendar, build_events, prepare_dates
from hub.demo.organisations import (
    build_find_help,
    build_organisation_index,
    build_organisations,
)
from hub.demo.texts import TRANSLATED_LANGUAGES, TranslationTable, languages_of
from hub.demo.translate import translate
from hub.demo.tree import Outcome, build_footer, build_pages, point_default_site_at

SOURCE_LANGUAGE = "de"

# The kinds of demo object, in the order they are built and translated: translated pages
# need their parent's translation, so the home page comes first, then the directory with
# its initiatives, then the calendar with its events (organised by initiatives), then the
# organisations directory with the member organisations, then the "find help" page.
PAGES_KIND = "pages"
FOOTER_KIND = "footer"
TERMS_KIND = "terms"
DIRECTORY_KIND = "directory"
INITIATIVES_KIND = "initiatives"
CALENDAR_KIND = "calendar"
EVENTS_KIND = "events"
ORGANISATION_INDEX_KIND = "organisation_index"
ORGANISATIONS_KIND = "organisations"
FIND_HELP_KIND = "find_help"
# Few enough to name one by one in the output; of the others only updates are named.
LISTED_KINDS = (
    PAGES_KIND,
    FOOTER_KIND,
    DIRECTORY_KIND,
    CALENDAR_KIND,
    EVENTS_KIND,
    ORGANISATION_INDEX_KIND,
    FIND_HELP_KIND,
)
# Pages placed in the menu after another demo page, in every language (in this order).
PLACED_KINDS = (DIRECTORY_KIND, CALENDAR_KIND, ORGANISATION_INDEX_KIND, FIND_HELP_KIND)


class DemoError(Exception):
    pass


@dataclass
class Job:
    """One demo object, its translation table and the languages it is translated into."""

    kind: str
    outcome: Outcome
    table: TranslationTable
    locales: list[Locale]


@dataclass
class DemoReport:
    outcomes: dict[str, list[Outcome]] = field(default_factory=dict)
    # Translations saved and left as they were, by language code.
    translations_saved: Counter = field(default_factory=Counter)
    translations_kept: Counter = field(default_factory=Counter)
    skipped_languages: list[str] = field(default_factory=list)
    users: list[tuple[people.DemoUser, AbstractBaseUser, bool]] = field(default_factory=list)
    dates: DatesReport = field(default_factory=DatesReport)
    # Membership applications waiting for the editors, and whether this run created each.
    applications: list[tuple[object, bool]] = field(default_factory=list)
    # Profiles in the members' directory (username, whether this run created it).
    member_profiles: list[tuple[str, bool]] = field(default_factory=list)
    board: demo_board.BoardDemoReport = field(default_factory=demo_board.BoardDemoReport)
    members: demo_members.MembersReport = field(default_factory=demo_members.MembersReport)


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


def _check(jobs: list[Job]) -> None:
    """Every demo object has a live translation made through wagtail-localize."""
    problems = []
    for job in jobs:
        obj = job.outcome.obj
        source = TranslationSource.objects.get_for_instance_or_none(obj)
        for locale in job.locales:
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


def _job(kind: str, outcome: Outcome, spec, locales: list[Locale]) -> Job:
    """The job of translating ``outcome`` into those of ``locales`` its spec is written in
    (Easy German: the home page, the compass, the meeting and "about us" only)."""
    table = TranslationTable(f"{type(outcome.obj).__name__} “{outcome.obj}”", spec.texts())
    written = languages_of(spec.texts())
    return Job(
        kind, outcome, table, [locale for locale in locales if locale.language_code in written]
    )


def _build(german: Locale, locales: list[Locale], editor: AbstractBaseUser) -> list[Job]:
    """The German side of the demo, as jobs in translation order."""
    page_outcomes = build_pages(HOME, PAGES, german, editor)
    home = page_outcomes[0].obj
    point_default_site_at(home, HOME.title.de)
    footer_outcome = build_footer(FOOTER, german)
    term_outcomes, terms = build_terms(TERMS, german)
    pages_by_key = {
        spec.key: outcome.obj for spec, outcome in zip(PAGES, page_outcomes[1:], strict=True)
    }
    index_outcome = build_index(home, INDEX, pages_by_key[INDEX.after], editor)
    initiative_outcomes = build_initiatives(index_outcome.obj, INITIATIVES, terms, PLACES, editor)
    calendar_outcome = build_calendar(home, CALENDAR, index_outcome.obj, editor)
    organisers = {
        spec.key: outcome.obj
        for spec, outcome in zip(INITIATIVES, initiative_outcomes, strict=True)
    }
    event_outcomes = build_events(calendar_outcome.obj, EVENTS, terms, organisers, editor)
    organisation_index_outcome = build_organisation_index(
        home, ORGANISATION_INDEX, calendar_outcome.obj, editor
    )
    organisation_outcomes = build_organisations(
        organisation_index_outcome.obj, ORGANISATIONS, terms, PLACES, editor
    )
    find_help_outcome = build_find_help(home, FIND_HELP, organisation_index_outcome.obj, editor)

    jobs = [
        _job(PAGES_KIND, outcome, spec, locales)
        for spec, outcome in zip([HOME, *PAGES], page_outcomes, strict=True)
    ]
    jobs.append(_job(FOOTER_KIND, footer_outcome, FOOTER, locales))
    jobs += [
        _job(TERMS_KIND, outcome, spec, locales)
        for spec, outcome in zip(TERMS, term_outcomes, strict=True)
    ]
    jobs.append(_job(DIRECTORY_KIND, index_outcome, INDEX, locales))
    for spec, outcome in zip(INITIATIVES, initiative_outcomes, strict=True):
        jobs.append(_job(INITIATIVES_KIND, outcome, spec, locales))
    jobs.append(_job(CALENDAR_KIND, calendar_outcome, CALENDAR, locales))
    for spec, outcome in zip(EVENTS, event_outcomes, strict=True):
        jobs.append(_job(EVENTS_KIND, outcome, spec, locales))
    jobs.append(
        _job(ORGANISATION_INDEX_KIND, organisation_index_outcome, ORGANISATION_INDEX, locales)
    )
    for spec, outcome in zip(ORGANISATIONS, organisation_outcomes, strict=True):
        jobs.append(_job(ORGANISATIONS_KIND, outcome, spec, locales))
    jobs.append(_job(FIND_HELP_KIND, find_help_outcome, FIND_HELP, locales))
    return jobs


def _log(jobs: list[Job], log: Callable[[str], None]) -> None:
    for job in jobs:
        outcome = job.outcome
        if job.kind in LISTED_KINDS or (outcome.changed and not outcome.created):
            log(f"  {type(outcome.obj).__name__} “{outcome.obj}”: {outcome.label}")


def _place_translated_pages(jobs: list[Job], locales: list[Locale]) -> None:
    """Each language's directories and calendar follow the same pages as the German ones."""
    for kind in PLACED_KINDS:
        page = next(job.outcome.obj for job in jobs if job.kind == kind)
        after = Page.objects.get(pk=page.pk).get_prev_sibling()
        for locale in locales:
            translated = page.get_translation_or_none(locale)
            translated_after = after.get_translation_or_none(locale)
            if translated is not None and translated_after is not None:
                place_after(translated, translated_after)


def _translate(jobs: list[Job], translator: AbstractBaseUser, report: DemoReport) -> None:
    for job in jobs:
        # As stored: moving the directory into place changed its later siblings' paths, and
        # wagtail-localize would take a stale copy for a changed source.
        obj = type(job.outcome.obj).objects.get(pk=job.outcome.obj.pk)
        for locale, saved in translate(obj, job.locales, job.table, translator):
            counter = report.translations_saved if saved else report.translations_kept
            counter[locale.language_code] += 1


def load_demo(password: str, log: Callable[[str], None]) -> DemoReport:
    report = DemoReport()
    sync_locales()
    german = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    locales, report.skipped_languages = _target_locales()

    with batch_saves():
        with transaction.atomic():
            groups = people.ensure_groups()
            report.users = people.ensure_users(groups, password)
            by_username = {demo.username: user for demo, user, _created in report.users}
            jobs = _build(german, locales, by_username["redaktion"])
            people.ensure_memberships(report.users)
            report.member_profiles = member_profiles.ensure_member_profiles(
                [user for _demo, user, _created in report.users]
            )
            events = [job.outcome.obj for job in jobs if job.kind == EVENTS_KIND]
            report.dates = prepare_dates(events, CANCELLED_DATE, REGISTRATIONS)
            report.applications = demo_applications.ensure_applications()
            report.board = demo_board.ensure_board(password)
            report.members = demo_members.load_members_area(
                report.users, jobs[0].outcome.obj, by_username["redaktion"]
            )
        for job in jobs:
            report.outcomes.setdefault(job.kind, []).append(job.outcome)
        _log(jobs, log)
        # Outside the block above: each translation commits (and so publishes) on its own.
        _translate(jobs, by_username["uebersetzerin"], report)
        home = jobs[0].outcome.obj
        with transaction.atomic():
            _place_translated_pages(jobs, locales)
            people.grant_page_permissions(
                groups, [home, *(home.get_translation(locale) for locale in locales)]
            )
    _check(jobs)
    return report
