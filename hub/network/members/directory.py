"""The members' directory: who is a member, filtered and searched, as cards that carry
only what each person chose to show.

Cards are built here, in Python, from the visibility choices: a hidden e-mail address or
phone number never reaches the template, so no template slip can leak it. A page of
cards costs the same number of queries however many people are listed (the people of the
page, their memberships with organisations, their languages, the organisations' titles in
the visitor's language, the languages' names).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db.models import Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Concat, Lower, NullIf, Trim
from django.http import HttpRequest, QueryDict
from wagtail.models import Locale

from hub.core.contact_links import tel_href
from hub.core.listing.languages import foreign_language, url_for_visitor
from hub.core.listing.ordering import collation_key
from hub.core.permissions import MEMBERS_GROUP
from hub.network.models import MemberProfile, Membership, OrganisationPage, Visibility
from hub.snippets.models import SpokenLanguage
from hub.snippets.terms import Term, TermCatalogue

PER_PAGE = 20
ORGANISATION_PARAM = "organisation"
LANGUAGE_PARAM = "language"
QUERY_PARAM = "q"
MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class DirectoryFilters:
    organisation: int | None = None
    language: str = ""
    query: str = ""

    @property
    def is_active(self) -> bool:
        return bool(self.organisation or self.language or self.query)

    def params(self) -> list[tuple[str, str]]:
        """The filters as URL parameters (``paginate`` keeps them on every page link)."""
        pairs = []
        if self.organisation:
            pairs.append((ORGANISATION_PARAM, str(self.organisation)))
        if self.language:
            pairs.append((LANGUAGE_PARAM, self.language))
        if self.query:
            pairs.append((QUERY_PARAM, self.query))
        return pairs


def read_filters(data: QueryDict, organisation_ids: set[int], language_slugs: set[str]):
    """The filters of the URL; unknown organisations and languages are ignored."""
    try:
        organisation = int(data.get(ORGANISATION_PARAM, ""))
    except ValueError:
        organisation = None
    language = data.get(LANGUAGE_PARAM, "")
    return DirectoryFilters(
        organisation=organisation if organisation in organisation_ids else None,
        language=language if language in language_slugs else "",
        query=" ".join(data.get(QUERY_PARAM, "").split())[:MAX_QUERY_LENGTH],
    )


def members() -> QuerySet:
    """Everyone listed: active accounts of organisation members and of individual members.

    People who were invited but have not chosen a password yet have not joined: they are
    not listed. ``shown_name`` is the name other members see and search for.
    """
    user_model = get_user_model()
    in_group = user_model.groups.through.objects.filter(group__name=MEMBERS_GROUP)
    full_name = Trim(Concat("first_name", Value(" "), "last_name"))
    return (
        user_model.objects.filter(is_active=True)
        .filter(
            Q(pk__in=Membership.objects.values("user_id")) | Q(pk__in=in_group.values("user_id"))
        )
        .exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
        .annotate(
            shown_name=Coalesce(NullIf(Trim("member_profile__display_name"), Value("")), full_name)
        )
    )


def filtered(people: QuerySet, filters: DirectoryFilters) -> QuerySet:
    if filters.organisation:
        people = people.filter(
            pk__in=Membership.objects.filter(organisation_id=filters.organisation).values("user_id")
        )
    if filters.language:
        # Only languages their owner shows: a filter must not reveal a hidden field.
        people = people.filter(
            pk__in=MemberProfile.objects.filter(
                languages__slug=filters.language, languages_visibility=Visibility.MEMBERS
            ).values("user_id")
        )
    for word in filters.query.split():
        people = people.filter(shown_name__icontains=word)
    return people.order_by(Lower("shown_name"), "pk")


@dataclass(frozen=True)
class OrganisationLink:
    pk: int
    title: str
    url: str = ""
    lang: str = ""  # set when the title is not in the visitor's language


def organisation_links(
    organisations: list[OrganisationPage], active: Locale, request: HttpRequest
) -> dict[int, OrganisationLink]:
    """Each organisation (source page) by pk, titled in the visitor's language where a
    live translation exists, else in the source language; linked to its public page."""
    translated = {
        page.translation_key: page
        for page in OrganisationPage.objects.filter(
            translation_key__in=[page.translation_key for page in organisations],
            locale=active,
            live=True,
        ).select_related("locale")
    }
    links = {}
    for source in organisations:
        page = translated.get(source.translation_key)
        if page is not None:
            links[source.pk] = OrganisationLink(source.pk, page.title, page.get_url(request))
        else:
            url = url_for_visitor(source, active, request) if source.live else ""
            lang = foreign_language(source, active)
            links[source.pk] = OrganisationLink(source.pk, source.title, url, lang)
    return links


def organisation_choices(active: Locale, request: HttpRequest) -> list[OrganisationLink]:
    """The organisations that have members, in the visitor's alphabetical order."""
    organisations = list(
        OrganisationPage.objects.filter(
            pk__in=Membership.objects.values("organisation_id")
        ).select_related("locale")
    )
    links = organisation_links(organisations, active, request)
    return sorted(links.values(), key=lambda link: collation_key(link.title))


@dataclass
class MemberCard:
    """What other members see of one person: hidden fields are simply empty."""

    user_id: int
    name: str
    organisations: list[OrganisationLink] = field(default_factory=list)
    role: str = ""
    email: str = ""
    phone: str = ""
    phone_href: str = ""
    languages: list[Term] = field(default_factory=list)
    can_help_with: str = ""
    is_self: bool = False


def build_cards(
    users: list,
    viewer,
    organisations: dict[int, OrganisationLink],
    catalogue: TermCatalogue,
) -> list[MemberCard]:
    cards = []
    for user in users:
        card = MemberCard(
            user_id=user.pk,
            name=user.shown_name,
            organisations=[
                organisations[m.organisation_id]
                for m in user.memberships.all()
                if m.organisation_id in organisations
            ],
            is_self=user.pk == viewer.pk,
        )
        profile = getattr(user, "member_profile", None)
        if profile is not None:
            if profile.is_visible("role"):
                card.role = profile.role
            if profile.is_visible("email"):
                card.email = profile.email
            if profile.is_visible("phone"):
                card.phone, card.phone_href = profile.phone, tel_href(profile.phone)
            if profile.is_visible("languages"):
                card.languages = catalogue.linked(profile.languages.all())
            if profile.is_visible("can_help_with"):
                card.can_help_with = profile.can_help_with
        cards.append(card)
    return cards


def page_of_people(people: QuerySet) -> QuerySet:
    """``people`` with what their cards need fetched in a fixed number of queries."""
    return people.select_related("member_profile").prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.order_by("organisation__title", "pk")),
        "member_profile__languages",
    )


def language_catalogue(active: Locale) -> TermCatalogue:
    return TermCatalogue(SpokenLanguage, active, Locale.get_default())
