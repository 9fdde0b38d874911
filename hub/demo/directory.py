"""The German taxonomy terms, initiatives directory and initiatives, created or updated.

Found again by stable keys like the rest of the demo: terms by slug (an editor's German
term with the same slug is adopted), the directory as the home page's only one,
initiatives by their fixed ``translation_key`` or else their slug. Initiatives link the
German terms, as pages created in the admin do.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from wagtail.models import Locale, Page

from hub.demo.directory_specs import IndexSpec, InitiativeSpec, Place, TermSpec
from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory
from hub.demo.factories.snippets import (
    CategoryFactory,
    DistrictFactory,
    SpokenLanguageFactory,
    TagLabelFactory,
    TargetGroupFactory,
)
from hub.demo.specs import stable_uuid
from hub.demo.tree import Outcome, differs, publish_changes
from hub.pages.models import HomePage, InitiativeIndexPage, InitiativePage
from hub.snippets.models import (
    Category,
    District,
    SpokenLanguage,
    TagLabel,
    TargetGroup,
    TaxonomyTerm,
)

TERM_FACTORIES = {
    Category: CategoryFactory,
    TargetGroup: TargetGroupFactory,
    District: DistrictFactory,
    SpokenLanguage: SpokenLanguageFactory,
    TagLabel: TagLabelFactory,
}
# InitiativePage field -> taxonomy model, and the spec attribute naming its terms.
RELATIONS = (
    ("categories", Category, "categories"),
    ("target_groups", TargetGroup, "target_groups"),
    ("districts", District, "districts"),
    ("spoken_languages", SpokenLanguage, "languages"),
)

# (model, slug) -> the German term.
Terms = dict[tuple[type[TaxonomyTerm], str], TaxonomyTerm]


def build_terms(specs: Iterable[TermSpec], german: Locale) -> tuple[list[Outcome], Terms]:
    outcomes, found = [], {}
    for spec in specs:
        values = spec.values()
        term = spec.model.objects.filter(locale=german, slug=spec.slug).first()
        if term is None:
            term = TERM_FACTORIES[spec.model](
                locale=german, translation_key=stable_uuid(f"term:{spec.key}"), **values
            )
            outcome = Outcome(term, created=True, changed=True)
        elif differs(term, values):
            for name, value in values.items():
                setattr(term, name, value)
            term.full_clean()
            term.save()
            outcome = Outcome(term, changed=True)
        else:
            outcome = Outcome(term)
        outcomes.append(outcome)
        found[spec.model, spec.slug] = term
    return outcomes, found


def place_after(page: Page, sibling: Page) -> None:
    """Put ``page`` right after ``sibling`` in the tree, which is the menu order."""
    previous = page.get_prev_sibling()
    if previous is None or previous.pk != sibling.pk:
        page.move(sibling, pos="right")
        page.refresh_from_db()


def build_index(
    home: HomePage, spec: IndexSpec, after: Page, user: AbstractBaseUser | None
) -> Outcome:
    values = {
        "title": spec.title.de,
        "slug": spec.slug.de,
        "intro": spec.intro.html({}),
        "archive_intro": spec.archive_intro.html({}),
        "submit_intro": spec.submit_intro.html({}),
        "show_in_menus": True,
    }
    index = InitiativeIndexPage.objects.child_of(home).first()
    if index is None:
        index = InitiativeIndexPageFactory(
            parent=home,
            translation_key=stable_uuid(f"page:{spec.key}"),
            publish__user=user,
            **values,
        )
        outcome = Outcome(index, created=True, changed=True)
    else:
        outcome = publish_changes(index, values, user, created=False)
    place_after(index, after)
    return outcome


def _related(spec: InitiativeSpec, terms: Terms) -> dict[str, list[TaxonomyTerm]]:
    related = {}
    for field_name, model, attribute in RELATIONS:
        slugs = getattr(spec, attribute)
        missing = [slug for slug in slugs if (model, slug) not in terms]
        if missing:
            raise ValueError(f"{spec.key}: no demo {model.__name__} {', '.join(missing)}")
        related[field_name] = [terms[model, slug] for slug in slugs]
    return related


def _relations_differ(page: InitiativePage, related: dict, tags: Iterable[str]) -> bool:
    for field_name, wanted in related.items():
        current = set(getattr(page, field_name).values_list("pk", flat=True))
        if current != {term.pk for term in wanted}:
            return True
    return set(page.tags.names()) != set(tags)


def build_initiatives(
    index: InitiativeIndexPage,
    specs: Iterable[InitiativeSpec],
    terms: Terms,
    places: dict[str, Place],
    user: AbstractBaseUser | None,
) -> list[Outcome]:
    existing = list(InitiativePage.objects.child_of(index))
    by_key = {page.translation_key: page for page in existing}
    by_slug = {page.slug: page for page in existing}
    outcomes = []
    for spec in specs:
        values = spec.values(places)
        related = _related(spec, terms)
        page = by_key.get(spec.translation_key) or by_slug.get(spec.de.slug)
        if page is None:
            page = InitiativePageFactory(
                parent=index,
                translation_key=spec.translation_key,
                tags=list(spec.tags),
                publish__user=user,
                **values,
                **related,
            )
            outcomes.append(Outcome(page, created=True, changed=True))
            continue
        relations_changed = _relations_differ(page, related, spec.tags)
        for field_name, wanted in related.items():
            setattr(page, field_name, wanted)
        page.tags.set(list(spec.tags))
        outcomes.append(
            publish_changes(page, values, user, created=False, also_changed=relations_changed)
        )
    return outcomes
