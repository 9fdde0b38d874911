"""E-mail addresses that the mail server can actually be handed.

Django's ``EmailValidator`` accepts any domain whose labels look like letters in some
script, but sending needs the domain in IDNA (punycode) form, and Python's IDNA codec
refuses labels that are too long once encoded, contain characters IDNA forbids
(U+FFFD, bidi controls) or map to nothing (a zero-width joiner, an ideographic full
stop that leaves an empty label). ``sanitize_address`` — which the SMTP backend and every
``EmailMessage`` run on each recipient — then raises, and the e-mail dies in the mail
queue long after the form said "thank you". ``validate_deliverable`` runs that very
conversion in the form instead and also refuses what it turns into no valid host name.
"""

import re
from email.errors import HeaderParseError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail.message import sanitize_address
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

UNDELIVERABLE_MESSAGE = _(
    "E-mail cannot be sent to this address: the part after the @ is not a valid domain "
    "name. Please check it for typing errors."
)
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def _valid_host(domain: str) -> bool:
    labels = domain.lower().split(".")
    if len(domain) > 253:
        return False
    for label in labels:
        if not _LABEL.match(label):
            return False
        if label.startswith("xn--"):
            try:
                label.encode("ascii").decode("idna")
            except UnicodeError:
                return False
    return True


def validate_deliverable(value: str) -> None:
    """ValidationError unless an e-mail to ``value`` can be handed to the mail server."""
    try:
        validate_email(value)
    except ValidationError:
        return  # not an address at all: the field's own validator says so
    try:
        address = sanitize_address(value, settings.DEFAULT_CHARSET)
    except (ValueError, HeaderParseError, IndexError) as error:
        raise ValidationError(UNDELIVERABLE_MESSAGE, code="undeliverable") from error
    if "\n" in address or "\r" in address or not _valid_host(address.rpartition("@")[2]):
        raise ValidationError(UNDELIVERABLE_MESSAGE, code="undeliverable")
