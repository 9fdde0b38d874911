"""The translation status of one object in one language, as pure functions.

Nothing here touches the database: ``hub.localization.overview.data`` loads the facts for
every object and language at once and passes them in, so the overview costs the same
number of queries for five pages as for five hundred.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    # In the order the overview and the digest treat them: the most urgent first.
    MISSING = "missing", _("Missing")
    OUTDATED = "outdated", _("Outdated")
    IN_PROGRESS = "in_progress", _("In progress")
    MACHINE = "machine", _("Machine translated")
    UP_TO_DATE = "up_to_date", _("Up to date")


@dataclass(frozen=True)
class Target:
    """The translated page or snippet as it is in the database."""

    pk: int
    live: bool = True
    has_unpublished_changes: bool = False
    last_published_at: datetime | None = None


@dataclass(frozen=True)
class LocalizeState:
    """What wagtail-localize knows about translating one source into one language.

    ``source_extracted_at``: when the source's text was last extracted (submitted or
    synced); ``source_changed_since_extract``: the source was edited or published after
    that; ``target_written_at``: when wagtail-localize last wrote the target from the
    extracted text (its ``TranslationLog``).
    """

    source_extracted_at: datetime
    source_changed_since_extract: bool
    target_written_at: datetime | None
    segments: int
    translated: int
    machine: int


def page_source_changed(source_published_at: datetime | None, extracted_at: datetime) -> bool:
    """A page's text reaches wagtail-localize when it is published, so that is its change."""
    return source_published_at is not None and source_published_at > extracted_at


def translation_status(
    *,
    target: Target | None,
    localize: LocalizeState | None,
    source_published_at: datetime | None = None,
) -> Status:
    """The status of one cell of the overview.

    ``localize`` is None when no enabled wagtail-localize ``Translation`` exists for the
    language: the target, if any, was then copied and edited by hand, and only the
    publication dates can tell whether it is behind its source.
    """
    if localize is None:
        if target is None:
            return Status.MISSING
        if not target.live or target.has_unpublished_changes:
            return Status.IN_PROGRESS
        if (
            source_published_at is not None
            and target.last_published_at is not None
            and source_published_at > target.last_published_at
        ):
            return Status.OUTDATED
        return Status.UP_TO_DATE
    if localize.source_changed_since_extract:
        return Status.OUTDATED
    if (
        target is None
        or not target.live
        or target.has_unpublished_changes
        or localize.translated < localize.segments
        or localize.target_written_at is None
        or localize.target_written_at < localize.source_extracted_at
    ):
        return Status.IN_PROGRESS
    if localize.machine:
        return Status.MACHINE
    return Status.UP_TO_DATE


def count_statuses(statuses) -> dict[str, int]:
    """``{status: n}`` with every status present, zero included."""
    counts = dict.fromkeys(Status.values, 0)
    for status in statuses:
        counts[status] += 1
    return counts
