"""Queries people really type, in the five languages, and the page each must find first.

German with and without umlauts, word beginnings and typos; Arabic with and without the
article and with hamza, kaf and ta-marbuta variants; Persian with Arabic letters; French
without accents; and German names typed on Arabic and English pages, which find the
German-only page under the visitor's language. Every page is listed once.
"""

import pytest

from tests.module_data import module_data
from tests.pages.search.content import build_content
from tests.pages.search.support import results

HOMEWORK_DE = "Hausaufgabenhilfe Nordstadt"
HOMEWORK_AR = "المساعدة في الواجبات المدرسية"
CARITAS = "Caritasverband – Migrationsberatung"
COURSE_DE = "Deutschkurs im Gemeindehaus"
COURSE_FA = "کلاس زبان آلمانی در خانهٔ محله"
COURSE_AR = "كلاس اللغة الألمانية"
COURSE_FR = "Cours d'allemand à la maison paroissiale"
CLOTHES = "Kleiderkammer St. Martin"
YOUTH = "Jugendtreff am Hafen"
COUNSELLING_DE = "Sozialberatung"
COUNSELLING_AR = "الاستشارة الاجتماعية"
COUNSELLING_FA = "مشاورهٔ اجتماعی"

QUERIES = [
    # (language of the site, query, first result (or first results, in any order), titles
    # that must not appear)
    ("de", "Hausaufgabe", HOMEWORK_DE, {CLOTHES}),
    ("de", "hausaufgaben hilfe", HOMEWORK_DE, {CARITAS}),
    ("de", "Hilfe bei den Hausaufgaben", HOMEWORK_DE, set()),
    ("de", "Caritas", CARITAS, {COUNSELLING_DE}),
    ("de", "Deutschkrus", COURSE_DE, set()),
    ("de", "kleiderkamer", CLOTHES, {YOUTH}),
    ("de", "Beratung", {COUNSELLING_DE, CARITAS}, {CLOTHES, YOUTH}),
    ("de", "Anfaenger", COURSE_DE, set()),
    ("de", "jugendtreff", YOUTH, {CLOTHES}),
    ("en", "homework", "Homework help Nordstadt", set()),
    ("en", "Jugendtreff", YOUTH, set()),
    ("en", "Caritas", CARITAS, set()),
    ("ar", "Jugendtreff", YOUTH, set()),
    ("ar", "Hausaufgaben", HOMEWORK_AR, {HOMEWORK_DE}),
    ("ar", "مساعدة", HOMEWORK_AR, {COUNSELLING_AR}),
    ("ar", "المساعدة", HOMEWORK_AR, {COUNSELLING_AR}),
    ("ar", "استشاره", COUNSELLING_AR, {HOMEWORK_AR}),
    ("ar", "استشارة", COUNSELLING_AR, {HOMEWORK_AR}),
    ("ar", "كلاس", COURSE_AR, set()),
    ("ar", "کلاس", COURSE_AR, set()),
    ("ar", "الالمانية", COURSE_AR, set()),
    ("ar", "مُساعدة", HOMEWORK_AR, set()),
    ("fa", "زبان آلمانی", COURSE_FA, {COURSE_AR, COURSE_DE}),
    ("fa", "کلاس", COURSE_FA, {COURSE_AR}),
    ("fa", "كلاس", COURSE_FA, {COURSE_AR}),
    ("fa", "مشاوره", COUNSELLING_FA, set()),
    ("fa", "تازهواردها", COURSE_FA, set()),
    ("fa", "Kleiderkammer", CLOTHES, set()),
    ("fr", "cours d'allemand", COURSE_FR, {COURSE_DE}),
    ("fr", "ecole", "Aide aux devoirs Nordstadt", set()),
    ("fr", "école", "Aide aux devoirs Nordstadt", set()),
    ("fr", "debutants", COURSE_FR, set()),
    ("fr", "Kleiderkammer", CLOTHES, set()),
]


@module_data
def content(tree):
    return build_content(tree)


@pytest.mark.parametrize(("code", "query", "first", "absent"), QUERIES)
def test_query_finds_the_page_meant(client, content, code, query, first, absent):
    titles = [result["title"] for result in results(client, code, query)]
    first = first if isinstance(first, set) else {first}
    assert set(titles[: len(first)]) == first, titles
    assert not absent & set(titles), titles
    assert len(titles) == len(set(titles)), titles


def test_a_page_is_listed_once_in_the_visitors_language(client, content):
    # The Arabic version matches through its German source's text, and is shown instead.
    found = results(client, "ar", "Hausaufgabenhilfe")
    assert [(r["title"], r["url"]) for r in found] == [(HOMEWORK_AR, "/ar/homework-help/")]
    # In German the same query finds the German version, and no translation of it.
    assert [r["url"] for r in results(client, "de", "Hausaufgabenhilfe")] == [
        "/de/hausaufgabenhilfe/"
    ]
