"""Names of the initiatives' free tags in every language (the tags themselves are typed
in German, see ``InitiativeSpec.tags``); a label's slug is the tag's."""

from hub.demo.directory_specs import terms
from hub.demo.texts import plain
from hub.snippets.models import TagLabel

TAG_LABELS = terms(
    TagLabel,
    ("abends", plain(de="abends", en="evenings", ar="مساءً", fa="عصرها", fr="en soirée")),
    (
        "ohne-anmeldung",
        plain(
            de="ohne Anmeldung",
            en="no sign-up needed",
            ar="دون تسجيل مسبق",
            fa="بدون ثبت‌نام",
            fr="sans inscription",
        ),
    ),
    (
        "wochenende",
        plain(
            de="Wochenende", en="weekends", ar="عطلة نهاية الأسبوع", fa="آخر هفته", fr="week-end"
        ),
    ),
    ("vormittags", plain(de="vormittags", en="mornings", ar="صباحاً", fa="صبح‌ها", fr="le matin")),
    (
        "nachmittags",
        plain(
            de="nachmittags", en="afternoons", ar="بعد الظهر", fa="بعدازظهرها", fr="l'après-midi"
        ),
    ),
    (
        "flexibel",
        plain(
            de="zeitlich flexibel",
            en="flexible hours",
            ar="أوقات مرنة",
            fa="زمان انعطاف‌پذیر",
            fr="horaires flexibles",
        ),
    ),
    (
        "langfristig",
        plain(de="langfristig", en="long-term", ar="طويل الأمد", fa="بلندمدت", fr="à long terme"),
    ),
    (
        "kinderbetreuung",
        plain(
            de="mit Kinderbetreuung",
            en="childcare provided",
            ar="مع رعاية الأطفال",
            fa="همراه با نگهداری از کودکان",
            fr="garde d'enfants assurée",
        ),
    ),
    (
        "handwerk",
        plain(de="Handwerk", en="crafts", ar="الحِرَف اليدوية", fa="کارهای دستی", fr="artisanat"),
    ),
    (
        "draussen",
        plain(
            de="draußen", en="outdoors", ar="في الهواء الطلق", fa="در فضای باز", fr="en plein air"
        ),
    ),
    (
        "nothilfe",
        plain(
            de="Nothilfe",
            en="emergency help",
            ar="مساعدة طارئة",
            fa="کمک اضطراری",
            fr="aide d'urgence",
        ),
    ),
    (
        "mit-termin",
        plain(
            de="mit Termin",
            en="by appointment",
            ar="بموعد مسبق",
            fa="با وقت قبلی",
            fr="sur rendez-vous",
        ),
    ),
    (
        "kostenlos",
        plain(de="kostenlos", en="free of charge", ar="مجاناً", fa="رایگان", fr="gratuit"),
    ),
    ("digital", plain(de="digital", en="online", ar="عبر الإنترنت", fa="آنلاین", fr="en ligne")),
    (
        "aufwandsentschaedigung",
        plain(
            de="Aufwandsentschädigung",
            en="expenses paid",
            ar="تعويض عن النفقات",
            fa="جبران هزینه‌ها",
            fr="défraiement",
        ),
    ),
)
