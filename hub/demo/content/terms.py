"""Fields of engagement and target groups: the network's own words for what and whom."""

from hub.demo.directory_specs import terms
from hub.demo.texts import plain
from hub.snippets.models import Category, TargetGroup

CATEGORIES = terms(
    Category,
    (
        "sprache",
        plain(
            de="Sprache & Bildung",
            en="Language & education",
            ar="اللغة والتعليم",
            fa="زبان و آموزش",
            fr="Langue et éducation",
        ),
    ),
    (
        "begleitung",
        plain(
            de="Begleitung & Patenschaften",
            en="Accompaniment & mentoring",
            ar="المرافقة والإرشاد",
            fa="همراهی و حمایت فردی",
            fr="Accompagnement et parrainage",
        ),
    ),
    (
        "kinder-jugend",
        plain(
            de="Kinder & Jugend",
            en="Children & youth",
            ar="الأطفال والشباب",
            fa="کودکان و نوجوانان",
            fr="Enfance et jeunesse",
        ),
    ),
    (
        "sport",
        plain(
            de="Sport & Freizeit",
            en="Sport & leisure",
            ar="الرياضة والترفيه",
            fa="ورزش و اوقات فراغت",
            fr="Sport et loisirs",
        ),
    ),
    ("wohnen", plain(de="Wohnen", en="Housing", ar="السكن", fa="مسکن", fr="Logement")),
    (
        "arbeit",
        plain(
            de="Arbeit & Ausbildung",
            en="Work & vocational training",
            ar="العمل والتدريب المهني",
            fa="کار و آموزش حرفه‌ای",
            fr="Emploi et formation",
        ),
    ),
    ("frauen", plain(de="Frauen", en="Women", ar="النساء", fa="زنان", fr="Femmes")),
    (
        "beratung",
        plain(de="Beratung", en="Counselling & advice", ar="الاستشارة", fa="مشاوره", fr="Conseil"),
    ),
    ("gesundheit", plain(de="Gesundheit", en="Health", ar="الصحة", fa="سلامت", fr="Santé")),
    (
        "sachspenden",
        plain(
            de="Sachspenden",
            en="Donations in kind",
            ar="التبرعات العينية",
            fa="کمک‌های غیرنقدی",
            fr="Dons matériels",
        ),
    ),
    (
        "kultur",
        plain(
            de="Kultur & Begegnung",
            en="Culture & meeting people",
            ar="الثقافة واللقاء",
            fa="فرهنگ و دیدار",
            fr="Culture et rencontres",
        ),
    ),
)

TARGET_GROUPS = terms(
    TargetGroup,
    ("familien", plain(de="Familien", en="Families", ar="العائلات", fa="خانواده‌ها", fr="Familles")),
    ("kinder", plain(de="Kinder", en="Children", ar="الأطفال", fa="کودکان", fr="Enfants")),
    (
        "jugendliche",
        plain(
            de="Jugendliche",
            en="Young people",
            ar="اليافعون والشباب",
            fa="نوجوانان و جوانان",
            fr="Jeunes",
        ),
    ),
    ("frauen", plain(de="Frauen", en="Women", ar="النساء", fa="زنان", fr="Femmes")),
    ("maenner", plain(de="Männer", en="Men", ar="الرجال", fa="مردان", fr="Hommes")),
    (
        "aeltere",
        plain(
            de="Ältere Menschen",
            en="Older people",
            ar="كبار السن",
            fa="سالمندان",
            fr="Personnes âgées",
        ),
    ),
    (
        "neu-angekommene",
        plain(
            de="Neu Angekommene",
            en="Newcomers",
            ar="القادمون الجدد",
            fa="تازه‌واردان",
            fr="Personnes nouvellement arrivées",
        ),
    ),
    (
        "ehrenamtliche",
        plain(de="Ehrenamtliche", en="Volunteers", ar="المتطوعون", fa="داوطلبان", fr="Bénévoles"),
    ),
    (
        "queer",
        plain(
            de="Queere Menschen",
            en="LGBTIQ* people",
            ar="أفراد مجتمع الميم",
            fa="دگرباشان (LGBTIQ*)",
            fr="Personnes LGBTIQ*",
        ),
    ),
)
