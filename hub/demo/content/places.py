"""The districts of Lindenstadt and the languages its initiatives help in.

District names are proper names: English and French keep them, Arabic and Persian
transliterate them. Each district knows its postal code and centre, so the demo
initiatives get addresses and map coordinates that fit where they are.
"""

from hub.demo.directory_specs import Place, TermSpec, terms
from hub.demo.texts import plain
from hub.snippets.models import District, SpokenLanguage


def _name(de: str, ar: str, fa: str):
    return plain(de=de, en=de, ar=ar, fa=fa, fr=de)


DISTRICTS = terms(
    District,
    ("altstadt", _name("Altstadt", ar="ألتشتات", fa="آلت‌اشتات")),
    ("nordstadt", _name("Nordstadt", ar="نوردشتات", fa="نوردشتات")),
    ("suedviertel", _name("Südviertel", ar="زودفيرتل", fa="زودفیرتل")),
    ("lindenhof", _name("Lindenhof", ar="ليندنهوف", fa="لیندن‌هوف")),
    ("am-bahnhof", _name("Am Bahnhof", ar="آم بانهوف", fa="آم بان‌هوف")),
    ("westend", _name("Westend", ar="وستند", fa="وست‌اند")),
    ("eichkamp", _name("Eichkamp", ar="آيشكامب", fa="آیش‌کامپ")),
    ("hafen", _name("Hafen", ar="هافن", fa="هافِن")),
    ("rosenhoehe", _name("Rosenhöhe", ar="روزنهوهه", fa="رُزن‌هوهه")),
    ("ostfeld", _name("Ostfeld", ar="أوستفيلد", fa="اُست‌فلد")),
)

PLACES = {
    place.slug: place
    for place in (
        Place("altstadt", "12345", 52.4005, 13.0010),
        Place("nordstadt", "12346", 52.4120, 13.0020),
        Place("suedviertel", "12347", 52.3880, 13.0040),
        Place("lindenhof", "12348", 52.3950, 12.9850),
        Place("am-bahnhof", "12345", 52.4040, 13.0120),
        Place("westend", "12349", 52.4010, 12.9700),
        Place("eichkamp", "12349", 52.4080, 12.9600),
        Place("hafen", "12346", 52.4150, 13.0200),
        Place("rosenhoehe", "12347", 52.3820, 12.9900),
        Place("ostfeld", "12348", 52.3990, 13.0300),
    )
}


def _language(order: int, slug: str, code: str, local: str, **names: str) -> TermSpec:
    return TermSpec(
        SpokenLanguage, slug, plain(**names), sort_order=order * 10, code=code, name_local=local
    )


SPOKEN_LANGUAGES = (
    _language(
        1,
        "deutsch",
        "de",
        "Deutsch",
        de="Deutsch",
        en="German",
        ar="الألمانية",
        fa="آلمانی",
        fr="Allemand",
    ),
    _language(
        2,
        "arabisch",
        "ar",
        "العربية",
        de="Arabisch",
        en="Arabic",
        ar="العربية",
        fa="عربی",
        fr="Arabe",
    ),
    _language(
        3,
        "farsi",
        "fa",
        "فارسی",
        de="Farsi",
        en="Farsi (Persian)",
        ar="الفارسية",
        fa="فارسی",
        fr="Persan (farsi)",
    ),
    _language(4, "dari", "prs", "دری", de="Dari", en="Dari", ar="الدارية", fa="دری", fr="Dari"),
    _language(
        5, "paschtu", "ps", "پښتو", de="Paschtu", en="Pashto", ar="البشتو", fa="پشتو", fr="Pachto"
    ),
    _language(
        6,
        "kurmanci",
        "kmr",
        "Kurmancî",
        de="Kurdisch (Kurmancî)",
        en="Kurdish (Kurmanji)",
        ar="الكردية (الكرمانجية)",
        fa="کردی (کرمانجی)",
        fr="Kurde (kurmandji)",
    ),
    _language(
        7,
        "tigrinya",
        "ti",
        "ትግርኛ",
        de="Tigrinya",
        en="Tigrinya",
        ar="التغرينية",
        fa="تیگرینیا",
        fr="Tigrinya",
    ),
    _language(
        8,
        "somali",
        "so",
        "Soomaali",
        de="Somali",
        en="Somali",
        ar="الصومالية",
        fa="سومالیایی",
        fr="Somali",
    ),
    _language(
        9,
        "tuerkisch",
        "tr",
        "Türkçe",
        de="Türkisch",
        en="Turkish",
        ar="التركية",
        fa="ترکی",
        fr="Turc",
    ),
    _language(
        10,
        "russisch",
        "ru",
        "Русский",
        de="Russisch",
        en="Russian",
        ar="الروسية",
        fa="روسی",
        fr="Russe",
    ),
    _language(
        11,
        "ukrainisch",
        "uk",
        "Українська",
        de="Ukrainisch",
        en="Ukrainian",
        ar="الأوكرانية",
        fa="اوکراینی",
        fr="Ukrainien",
    ),
    _language(
        12,
        "englisch",
        "en",
        "English",
        de="Englisch",
        en="English",
        ar="الإنجليزية",
        fa="انگلیسی",
        fr="Anglais",
    ),
    _language(
        13,
        "franzoesisch",
        "fr",
        "Français",
        de="Französisch",
        en="French",
        ar="الفرنسية",
        fa="فرانسوی",
        fr="Français",
    ),
)
