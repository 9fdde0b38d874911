"""The calendar page and the monthly network meeting, the series everything else follows.

The meeting is what the footer, the home page and "Über uns" announce: every first
Wednesday of the month, 18 to 20 h, at the Haus der Begegnung on the Marktplatz.
"""

from datetime import time

from hub.demo.event_specs import (
    WEDNESDAY,
    CalendarSpec,
    CancelledDate,
    EventSpec,
    EventText,
    Venue,
    first_weekday_of_month,
)
from hub.demo.specs import paragraph
from hub.demo.texts import plain, rich
from hub.events.models import Repeat
from hub.settings.languages import EASY_GERMAN

CALENDAR = CalendarSpec(
    key="events",
    title=plain(
        de="Veranstaltungen",
        en="Events",
        ar="الفعاليات",
        fa="رویدادها",
        fr="Événements",
        easy="Veranstaltungen",
    ),
    slug=plain(
        de="veranstaltungen",
        en="events",
        ar="events",
        fa="events",
        fr="events",
        easy="veranstaltungen",
    ),
    intro=paragraph(
        rich(
            de="Das Vernetzungstreffen und die Veranstaltungen unserer Mitglieder: Melden Sie "
            "sich in einer Minute an – und sagen Sie genauso schnell wieder ab, wenn etwas "
            "dazwischenkommt.",
            en="The network meeting and our members' events: register in a minute – and cancel "
            "just as quickly if something comes up.",
            ar="لقاء التشبيك وفعاليات أعضائنا: سجّلوا في دقيقة واحدة، وألغوا التسجيل بالسرعة "
            "نفسها إن طرأ ما يمنعكم.",
            fa="نشست شبکه و رویدادهای اعضای ما: در یک دقیقه ثبت‌نام کنید و اگر برنامه‌تان عوض "
            "شد، به همان سرعت لغوش کنید.",
            fr="La rencontre du réseau et les événements de nos membres : inscrivez-vous en une "
            "minute, et annulez aussi vite si vous avez un empêchement.",
            easy="Hier finden Sie Veranstaltungen. Eine Veranstaltung ist ein Termin für "
            "viele Menschen. Zum Beispiel ein Treffen oder ein Fest. Sie möchten zu "
            "einer Veranstaltung kommen? Dann melden Sie sich an. Das dauert nur 1 "
            "Minute. Sie können doch nicht kommen? Dann sagen Sie bitte ab. Das "
            "geht auch schnell.",
        ),
    ),
    after="initiatives",
)

HAUS_DER_BEGEGNUNG = Venue(street_address="Marktplatz 1", postal_code="12345")

_DIRECTIONS = {
    "de": "Straßenbahn 4 oder Bus 12 bis „Marktplatz“, von dort zwei Minuten zu Fuß. "
    "Fahrradständer im Hof.",
    "en": "Tram 4 or bus 12 to “Marktplatz”, then a two-minute walk. Bicycle stands in the "
    "courtyard.",
    "ar": "الترام 4 أو الحافلة 12 حتى محطة «Marktplatz»، ثم دقيقتان سيراً على الأقدام. "
    "مواقف للدراجات في الفناء.",
    "fa": "تراموای ۴ یا اتوبوس ۱۲ تا ایستگاه «Marktplatz»، از آنجا دو دقیقه پیاده. جای "
    "دوچرخه در حیاط.",
    "fr": "Tram 4 ou bus 12 jusqu'à « Marktplatz », puis deux minutes à pied. Arceaux à vélos "
    "dans la cour.",
    EASY_GERMAN: "Fahren Sie mit der Straßenbahn 4 oder mit dem Bus 12. Steigen Sie an der "
    "Haltestelle „Marktplatz“ aus. Dann gehen Sie 2 Minuten zu Fuß. Ihr Fahrrad können Sie "
    "im Hof abstellen.",
}
_ACCESSIBILITY = {
    "de": "Stufenloser Eingang über den Hof, Aufzug in den ersten Stock, barrierefreies WC, "
    "Induktionsschleife im Saal.",
    "en": "Step-free entrance from the courtyard, lift to the first floor, accessible toilet, "
    "hearing loop in the hall.",
    "ar": "مدخل بلا درجات من جهة الفناء، ومصعد إلى الطابق الأول، ودورة مياه مهيّأة لذوي "
    "الإعاقة، وحلقة سمعية في القاعة.",
    "fa": "ورودی بدون پله از سمت حیاط، آسانسور تا طبقهٔ اول، سرویس بهداشتی مناسب برای افراد "
    "دارای معلولیت و حلقهٔ شنوایی در سالن.",
    "fr": "Entrée de plain-pied par la cour, ascenseur jusqu'au premier étage, toilettes "
    "accessibles, boucle magnétique dans la salle.",
    EASY_GERMAN: "Der Eingang ist im Hof. Dort gibt es keine Stufen. Ein Aufzug fährt in den "
    "1. Stock. Es gibt eine Toilette für Menschen im Rollstuhl. Sie tragen ein Hörgerät? Im "
    "Saal gibt es dafür eine Technik: die Induktionsschleife. Damit hören Sie besser.",
}


def _meeting(code: str, title: str, slug: str, summary: str, venue: str, *description: str):
    return EventText(
        title=title,
        slug=slug,
        summary=summary,
        description=description,
        venue_name=venue,
        directions=_DIRECTIONS[code],
        accessibility=_ACCESSIBILITY[code],
    )


MEETING = EventSpec(
    key="vernetzungstreffen",
    date_rule=lambda day: first_weekday_of_month(day, WEDNESDAY),
    repeat=Repeat.MONTHLY_WEEKDAY,
    start_time=time(18, 0),
    end_time=time(20, 0),
    venue=HAUS_DER_BEGEGNUNG,
    languages=("deutsch", "arabisch", "farsi", "englisch"),
    interpretation=True,
    capacity=40,
    de=_meeting(
        "de",
        "Vernetzungstreffen",
        "vernetzungstreffen",
        "Jeden ersten Mittwoch im Monat von 18 bis 20 Uhr im Haus der Begegnung – offen für "
        "alle, die sich in Lindenstadt für Geflüchtete einsetzen.",
        "Haus der Begegnung, großer Saal",
        "Wir tauschen Neuigkeiten aus, stellen neue Angebote vor und laden Gäste aus "
        "Verwaltung und Fachberatung ein. Eine Mitgliedschaft braucht es nicht.",
        "Wir dolmetschen ins Arabische, Farsi und Englische. Sagen Sie uns bei der Anmeldung, "
        "was Sie brauchen – am besten eine Woche vorher.",
    ),
    en=_meeting(
        "en",
        "Network meeting",
        "network-meeting",
        "Every first Wednesday of the month from 6 to 8 pm at the Haus der Begegnung – open to "
        "everyone who supports refugees in Lindenstadt.",
        "Haus der Begegnung, main hall",
        "We share news, present new services and invite guests from the administration and "
        "specialist counselling services. No membership needed.",
        "We interpret into Arabic, Farsi and English. Tell us what you need when you register "
        "– ideally a week in advance.",
    ),
    ar=_meeting(
        "ar",
        "لقاء التشبيك",
        "network-meeting",
        "في أول أربعاء من كل شهر من الساعة ١٨:٠٠ حتى ٢٠:٠٠ في «بيت اللقاء» (Haus der "
        "Begegnung)، وهو مفتوح لكل من يدعم اللاجئين في ليندنشتات.",
        "«بيت اللقاء» (Haus der Begegnung)، القاعة الكبرى",
        "نتبادل الأخبار، ونعرّف بالخدمات الجديدة، وندعو ضيوفاً من الإدارة ومن مراكز الاستشارة "
        "المتخصصة. لا يشترط اللقاء العضوية.",
        "نوفّر ترجمة فورية إلى العربية والفارسية والإنجليزية. أخبرونا عند التسجيل بما "
        "تحتاجونه، ويُفضَّل قبل أسبوع.",
    ),
    fa=_meeting(
        "fa",
        "نشست شبکه",
        "network-meeting",
        "اولین چهارشنبهٔ هر ماه، از ساعت ۱۸ تا ۲۰، در «خانهٔ دیدار» (Haus der Begegnung)؛ برای "
        "همهٔ کسانی که در لیندن‌اشتات از پناهجویان حمایت می‌کنند.",
        "«خانهٔ دیدار» (Haus der Begegnung)، سالن بزرگ",
        "خبرها را با هم در میان می‌گذاریم، خدمات تازه را معرفی می‌کنیم و مهمانانی از ادارات و "
        "مراکز مشاورهٔ تخصصی دعوت می‌کنیم. نیازی به عضویت نیست.",
        "به عربی، فارسی و انگلیسی ترجمهٔ شفاهی داریم. هنگام ثبت‌نام بگویید به چه نیاز "
        "دارید، بهتر است یک هفته زودتر.",
    ),
    fr=_meeting(
        "fr",
        "Rencontre du réseau",
        "rencontre-du-reseau",
        "Chaque premier mercredi du mois, de 18 h à 20 h, à la Haus der Begegnung : une "
        "rencontre ouverte à toutes celles et à tous ceux qui soutiennent les personnes "
        "réfugiées à Lindenstadt.",
        "Haus der Begegnung, grande salle",
        "Nous échangeons des nouvelles, présentons de nouvelles offres et invitons des "
        "intervenants de l'administration et des services spécialisés. Sans adhésion.",
        "Nous interprétons en arabe, en persan et en anglais. Dites-nous ce dont vous avez "
        "besoin en vous inscrivant, idéalement une semaine à l'avance.",
    ),
    easy=_meeting(
        EASY_GERMAN,
        "Treffen vom Netzwerk",
        "vernetzungstreffen",
        "Wir treffen uns 1-mal im Monat. Das Treffen ist am 1. Mittwoch im Monat. Es dauert "
        "von 18 Uhr bis 20 Uhr. Alle können kommen.",
        "Haus der Begegnung, großer Saal",
        "Beim Treffen erzählen wir Neuigkeiten. Wir stellen neue Angebote vor. Manchmal "
        "kommen Gäste. Die Gäste arbeiten zum Beispiel bei der Stadt. Sie müssen kein "
        "Mitglied sein.",
        "Sie brauchen jemanden zum Übersetzen? Wir übersetzen auf Arabisch, Farsi und "
        "Englisch. Bitte sagen Sie uns das bei der Anmeldung. Am besten 1 Woche vor dem "
        "Treffen.",
    ),
)

# The one date of the series that does not take place: the January meeting, in the first
# week of the year (6 January is a public holiday in several German states).
CANCELLED_DATE = CancelledDate(
    event=MEETING.key,
    month=1,
    reason="Feiertag: In der ersten Januarwoche bleibt das Haus der Begegnung geschlossen. "
    "Wir sehen uns im Februar!",
    reason_translations={
        "en": "Public holiday: the Haus der Begegnung is closed in the first week of January. "
        "See you in February!",
        "ar": "عطلة رسمية: يبقى «بيت اللقاء» (Haus der Begegnung) مغلقًا في الأسبوع الأول من "
        "يناير (كانون الثاني). نلتقي في فبراير (شباط)!",
        "fa": "تعطیل رسمی: «خانهٔ دیدار» (Haus der Begegnung) در هفتهٔ نخست ژانویه بسته است. "
        "به امید دیدار در فوریه!",
        "fr": "Jour férié : la Haus der Begegnung est fermée pendant la première semaine de "
        "janvier. Rendez-vous en février !",
        EASY_GERMAN: "Im Januar gibt es kein Treffen. In der 1. Woche im Januar ist ein "
        "Feiertag. Dann ist das Haus der Begegnung zu. Wir sehen uns im Februar!",
    },
)
