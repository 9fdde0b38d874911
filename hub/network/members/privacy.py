"""Members-only pages stay members-only in every language.

Wagtail's page privacy belongs to one page, and each language is its own tree: a German
page restricted to the Members group says nothing about its English copy, and a restriction
added after the translation was made never reaches it. wagtail-localize copies the
restriction when it creates a translation, but without its groups; Wagtail's own copy for
translation copies it in two steps (the restriction, then its groups). So whenever the
restriction of a source-language page changes, every translation gets the same one; a
translation that is published while its source is restricted takes the source's
restriction over.

A page restricted to the Members group is open to the editors' groups as well (they
moderate the area): editors need not remember to tick them in the privacy dialogue.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.models import BaseViewRestriction, Locale, Page, PageViewRestriction

from hub.core.members_only import reader_groups
from hub.core.permissions import MEMBERS_GROUP

_syncing: ContextVar[bool] = ContextVar("hub_privacy_syncing", default=False)


@contextmanager
def _writing():
    """Our own writes fire the same signals; they must not start another round."""
    token = _syncing.set(True)
    try:
        yield
    finally:
        _syncing.reset(token)


def _signature(page_id: int) -> list[tuple]:
    return sorted(
        (
            restriction.restriction_type,
            restriction.password,
            tuple(sorted(group.pk for group in restriction.groups.all())),
        )
        for restriction in PageViewRestriction.objects.filter(page_id=page_id).prefetch_related(
            "groups"
        )
    )


def _mirror(source: Page, translation: Page) -> None:
    """Make the translation's restrictions equal to the source's, changing existing rows
    in place: whoever is creating one right now (Wagtail's copy, wagtail-localize) still
    holds it and goes on to set its groups."""
    if _signature(source.pk) == _signature(translation.pk):
        return
    wanted = list(PageViewRestriction.objects.filter(page=source).prefetch_related("groups"))
    existing = list(PageViewRestriction.objects.filter(page=translation).order_by("pk"))
    with _writing():
        for index, restriction in enumerate(wanted):
            if index < len(existing):
                copy = existing[index]
                PageViewRestriction.objects.filter(pk=copy.pk).update(
                    restriction_type=restriction.restriction_type,
                    password=restriction.password,
                )
            else:
                copy = PageViewRestriction.objects.create(
                    page=translation,
                    restriction_type=restriction.restriction_type,
                    password=restriction.password,
                )
            copy.groups.set(restriction.groups.all())
        for surplus in existing[len(wanted) :]:
            surplus.delete()


def _open_to_editors(page_id: int) -> None:

    restrictions = PageViewRestriction.objects.filter(
        page_id=page_id,
        restriction_type=BaseViewRestriction.GROUPS,
        groups__name=MEMBERS_GROUP,
    )
    for restriction in restrictions:
        missing = [group for group in reader_groups() if group not in restriction.groups.all()]
        if missing:
            with _writing():
                restriction.groups.add(*missing)


def restriction_changed(page_id: int) -> None:
    """The restriction of ``page_id`` was created, changed or deleted."""
    if _syncing.get():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    _open_to_editors(page_id)
    default = Locale.get_default()
    if page.locale_id == default.pk:
        for translation in page.get_translations(inclusive=False):
            _mirror(page, translation)
    else:
        share_source_restriction(page)


def share_source_restriction(page: Page) -> None:
    """A translation is at least as private as its source page."""
    if _syncing.get():
        return
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return
    source = page.get_translation_or_none(default)
    if source is not None and PageViewRestriction.objects.filter(page=source).exists():
        _mirror(source, page)
