"""The demo initiatives, one module per group of fields of engagement.

Every initiative is written in German; most also in English, and those with the shortest
texts in Arabic, Persian and French as well. The rest show in those languages as the
German page with a notice, as a real directory would while its translators catch up.
"""

from hub.demo.content.initiatives import (
    accompaniment,
    children,
    counselling,
    culture,
    donations,
    housing,
    language,
    sport,
    women_and_work,
)
from hub.demo.directory_specs import initiatives

INITIATIVES = initiatives(
    *language.INITIATIVES,
    *children.INITIATIVES,
    *accompaniment.INITIATIVES,
    *housing.INITIATIVES,
    *counselling.INITIATIVES,
    *women_and_work.INITIATIVES,
    *sport.INITIATIVES,
    *culture.INITIATIVES,
    *donations.INITIATIVES,
)

__all__ = ["INITIATIVES"]
