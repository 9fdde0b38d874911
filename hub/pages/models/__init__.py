"""Page types and records of the pages app, one module per page family."""

from hub.pages.models.base import LocalizedPage
from hub.pages.models.content import ContentPage
from hub.pages.models.home import HomePage
from hub.pages.models.initiatives import (
    InitiativeIndexPage,
    InitiativePage,
    InitiativePageTag,
)
from hub.pages.models.records import InitiativeFreshness, InitiativeSubmission
from hub.pages.models.search import SearchEntry, SearchWord
from hub.pages.models.translations import TranslationDigest

__all__ = [
    "ContentPage",
    "HomePage",
    "InitiativeFreshness",
    "InitiativeIndexPage",
    "InitiativePage",
    "InitiativePageTag",
    "InitiativeSubmission",
    "LocalizedPage",
    "SearchEntry",
    "SearchWord",
    "TranslationDigest",
]
