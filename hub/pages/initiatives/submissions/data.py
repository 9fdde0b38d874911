"""What a submitter entered: stored as JSON on the submission, shown to editors.

Terms are stored by slug (the same in every language) and shown in the reader's language;
labels come from the form, so the admin and the e-mails name things as the form did.
"""

from datetime import date

from django.utils.translation import gettext as _

from hub.pages.initiatives.submissions.correction import CorrectionForm
from hub.pages.models import InitiativeSubmission
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.form_terms import TAXONOMIES, term_names

# Form plumbing, not content.
_SKIPPED = {"image", "image_reference", "remove_image", "homepage", "form_started"}


def _field_names() -> list[str]:
    names = [name for _legend, _text, fields in CorrectionForm.SECTIONS for name in fields]
    return [name for name in names if name not in _SKIPPED]


def entered_data(cleaned: dict, image=None) -> dict:
    """A JSON-serialisable copy of everything entered, in the form's order."""
    data: dict = {}
    for name in _field_names():
        if name not in cleaned:
            continue
        value = cleaned[name]
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, list | tuple):
            value = [str(item) for item in value]
        elif value is None:
            value = ""
        data[name] = value
    if image is not None:
        chosen = cleaned.get("chosen_image")
        data["image"] = {
            "id": image.pk,
            "title": image.title,
            "file": image.file.name,
            # The visitor's own file name; empty when an existing image was kept.
            "filename": getattr(chosen, "filename", None) or getattr(chosen, "name", "")
            if chosen is not image
            else "",
        }
    return data


def entered_fields(submission: InitiativeSubmission) -> list[tuple[str, str]]:
    """(label, text) of every non-empty entry, in the active language, for people to read."""
    fields = CorrectionForm.base_fields
    statuses = dict(InitiativeStatus.choices)
    rows = []
    for name, value in submission.data.items():
        if value in ("", [], None, False) or name not in fields and name != "image":
            continue
        if name == "image":
            label = str(fields["image"].label)
            text = value.get("filename") or value.get("title", "")
        elif name in TAXONOMIES:
            label, text = str(fields[name].label), ", ".join(term_names(TAXONOMIES[name], value))
        elif name == "status":
            label, text = str(fields[name].label), str(statuses.get(value, value))
        elif name == "consent":
            label, text = _("Privacy notice"), _("agreed")
        elif isinstance(value, list):
            label, text = str(fields[name].label), ", ".join(value)
        else:
            label, text = str(fields[name].label), str(value)
        rows.append((label, text))
    return rows
