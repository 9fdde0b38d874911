"""The order of listings: by name as people read it, the visitor's language first.

Sorting happens in Python: databases order titles by their own collation, which puts
"Ärztinnen" after "Zuhause" in SQLite and varies between PostgreSQL installations. A
city's listings hold hundreds of entries, not millions.
"""

import re
import unicodedata

_LEADING_PUNCTUATION = re.compile(r"^\W+")


def collation_key(text: str) -> str:
    """A sort key that orders "Ärztinnen" next to "Arbeit" and ignores opening quotes.

    No ICU is available; casefolding and dropping combining marks gets German, French and
    the Arabic script (whose short vowels are combining marks) into a natural order.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _LEADING_PUNCTUATION.sub("", plain) or plain


def reading_key(locale_id: int, title: str, active_locale_id: int) -> tuple[bool, str]:
    """Entries in the visitor's language first, each group by title: an Arabic reader
    finds what they can read at the top, the entries only in the source language follow."""
    return (locale_id != active_locale_id, collation_key(title))
