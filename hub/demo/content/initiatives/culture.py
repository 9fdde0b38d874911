"""Initiatives where people meet: gardening, cooking, theatre, music, repairs."""

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

GARTEN = InitiativeSpec(
    key="interkultureller-garten",
    de=InitiativeText(
        title="Interkultureller Garten Eichkamp",
        slug="interkultureller-garten",
        summary="30 Beete, ein Backofen aus Lehm und viele Hände: Hier gärtnern Familien aus "
        "aller Welt und aus der Nachbarschaft gemeinsam.",
        description=(
            "Auf einer ehemaligen Brachfläche am Eichkamper Weg wachsen heute Tomaten, "
            "Koriander, Okra und Kartoffeln. Jede Familie hat ein eigenes Beet, die Obstbäume "
            "und der Kräutergarten gehören allen.",
            "Im Sommer wird im Lehmofen Brot gebacken, und beim Erntefest im September kocht "
            "jede Familie ein Gericht aus ihrer Heimat.",
        ),
        involvement=(
            "Beim Gärtnern mit anpacken und Wissen weitergeben",
            "Den Gemeinschaftsgarten pflegen und gießen",
            "Das Erntefest mit vorbereiten",
        ),
        time_commitment="Nach Lust und Laune; Gemeinschaftstage jeden ersten Samstag im Monat",
        meeting_place="Gartentor am Eichkamper Weg, gegenüber der Bushaltestelle",
    ),
    en=InitiativeText(
        title="Eichkamp intercultural garden",
        slug="intercultural-garden",
        summary="30 beds, a clay oven and many hands: families from all over the world and from "
        "the neighbourhood garden together here.",
        description=(
            "On a former patch of wasteland on Eichkamper Weg, tomatoes, coriander, okra and "
            "potatoes now grow. Each family has its own bed; the fruit trees and the herb garden "
            "belong to everyone.",
            "In summer, bread is baked in the clay oven, and at the harvest festival in "
            "September each family cooks a dish from home.",
        ),
        involvement=(
            "Lend a hand with the gardening and share what you know",
            "Tend and water the shared garden",
            "Help prepare the harvest festival",
        ),
        time_commitment="Whenever you like; shared work days on the first Saturday of the month",
        meeting_place="Garden gate on Eichkamper Weg, opposite the bus stop",
    ),
    ar=InitiativeText(
        title="الحديقة متعددة الثقافات في آيشكامب",
        slug="intercultural-garden",
        summary="٣٠ حوضاً للزراعة، وفرن من الطين، وأيادٍ كثيرة: هنا تزرع عائلات من كل أنحاء "
        "العالم ومن الحي معاً.",
        description=(
            "على أرض كانت مهجورة في شارع Eichkamper Weg تنمو اليوم الطماطم والكزبرة والبامية "
            "والبطاطا. لكل عائلة حوضها الخاص، أما أشجار الفاكهة وحديقة الأعشاب فهي للجميع.",
            "في الصيف يُخبز الخبز في فرن الطين، وفي مهرجان الحصاد في أيلول/سبتمبر تطبخ كل عائلة "
            "طبقاً من بلدها.",
        ),
        involvement=(
            "المساعدة في أعمال الزراعة ومشاركة معارفكم",
            "العناية بالحديقة المشتركة وريّها",
            "المساعدة في التحضير لمهرجان الحصاد",
        ),
        time_commitment="متى شئتم؛ وأيام العمل المشترك في أول سبت من كل شهر",
        meeting_place="بوابة الحديقة في شارع Eichkamper Weg، مقابل موقف الحافلات",
    ),
    fa=InitiativeText(
        title="باغ میان‌فرهنگی آیش‌کامپ",
        slug="intercultural-garden",
        summary="۳۰ کرت، یک تنور گِلی و دست‌های بسیار: اینجا خانواده‌هایی از سراسر جهان و از "
        "همین محله با هم باغبانی می‌کنند.",
        description=(
            "روی زمینی که زمانی بایر بود، در خیابان Eichkamper Weg، حالا گوجه‌فرنگی، گشنیز، "
            "بامیه و سیب‌زمینی می‌روید. هر خانواده کرت خودش را دارد و درختان میوه و باغچهٔ "
            "سبزی‌های معطر مال همه است.",
            "تابستان‌ها در تنور گلی نان می‌پزیم و در جشن برداشت محصول در ماه سپتامبر هر "
            "خانواده غذایی از سرزمین خودش می‌پزد.",
        ),
        involvement=(
            "کمک در باغبانی و انتقال دانسته‌هایتان",
            "رسیدگی به باغ مشترک و آبیاری آن",
            "کمک در آماده کردن جشن برداشت محصول",
        ),
        time_commitment="هر وقت دلتان خواست؛ روزهای کار جمعی اولین شنبهٔ هر ماه",
        meeting_place="در ورودی باغ در خیابان Eichkamper Weg، روبه‌روی ایستگاه اتوبوس",
    ),
    fr=InitiativeText(
        title="Jardin interculturel d'Eichkamp",
        slug="jardin-interculturel",
        summary="30 parcelles, un four en terre et beaucoup de mains : ici, des familles du monde "
        "entier et du quartier jardinent ensemble.",
        description=(
            "Sur une ancienne friche de l'Eichkamper Weg poussent aujourd'hui tomates, "
            "coriandre, gombos et pommes de terre. Chaque famille a sa parcelle ; les arbres "
            "fruitiers et le jardin d'herbes aromatiques appartiennent à tous.",
            "En été, on cuit du pain dans le four en terre, et à la fête des récoltes en "
            "septembre, chaque famille prépare un plat de son pays.",
        ),
        involvement=(
            "Mettre la main à la terre et partager vos connaissances",
            "Entretenir et arroser le jardin commun",
            "Aider à préparer la fête des récoltes",
        ),
        time_commitment="Quand vous voulez ; journées collectives le premier samedi du mois",
        meeting_place="Portail du jardin sur l'Eichkamper Weg, en face de l'arrêt de bus",
    ),
    categories=("kultur", "sport"),
    target_groups=("familien", "aeltere"),
    districts=("eichkamp",),
    languages=("deutsch", "farsi", "dari", "russisch", "arabisch"),
    tags=("draussen", "wochenende"),
    contact="Elke Wagner",
    street="Eichkamper Weg 12",
    mailbox="garten",
)

KOCHTREFF = InitiativeSpec(
    key="kochtreff",
    de=InitiativeText(
        title="Internationaler Kochtreff „Gemeinsam am Herd“",
        slug="kochtreff",
        summary="Einmal im Monat kocht jemand ein Gericht aus der Heimat vor, alle anderen "
        "schnippeln mit – und danach wird zusammen gegessen.",
        description=(
            "Beim Kochtreff zeigen abwechselnd Menschen aus Eritrea, Syrien, Afghanistan, der "
            "Ukraine und aus Lindenstadt, was bei ihnen zu Hause auf den Tisch kommt. Die "
            "Rezepte werden auf Deutsch aufgeschrieben und landen in einem gemeinsamen Kochbuch.",
            "Die Zutaten bezahlt der Förderverein des Nachbarschaftshauses; wer mag, bringt "
            "einen Nachtisch mit.",
        ),
        involvement=(
            "Mitkochen und mitessen",
            "Selbst ein Gericht vorstellen",
            "Beim Einkaufen und Abwaschen helfen",
        ),
        time_commitment="Jeden letzten Freitag im Monat, 17–21 Uhr",
        meeting_place="Nachbarschaftshaus Nordstadt, Lehrküche",
    ),
    en=InitiativeText(
        title="“Gemeinsam am Herd” international cooking club",
        slug="cooking-club",
        summary="Once a month, someone cooks a dish from home, everyone else helps chop – and "
        "then we all eat together.",
        description=(
            "At the cooking club, people from Eritrea, Syria, Afghanistan, Ukraine and "
            "Lindenstadt take turns showing what is served at home. The recipes are written down "
            "in German and go into a shared cookbook.",
            "The neighbourhood centre's supporters' association pays for the ingredients; anyone "
            "who likes brings a dessert.",
        ),
        involvement=(
            "Cook and eat together",
            "Present a dish yourself",
            "Help with the shopping and the washing-up",
        ),
        time_commitment="Last Friday of every month, 5–9 pm",
        meeting_place="Nordstadt neighbourhood centre, teaching kitchen",
    ),
    ar=InitiativeText(
        title="لقاء الطبخ الدولي «معاً أمام الموقد»",
        slug="cooking-club",
        summary="مرة في الشهر يطبخ أحدنا طبقاً من بلده، ويساعده الآخرون في التقطيع، ثم "
        "نأكل جميعاً معاً.",
        description=(
            "في لقاء الطبخ يعرض بالتناوب أشخاص من إريتريا وسوريا وأفغانستان "
            "وأوكرانيا ومن ليندنشتات ما يُقدَّم على موائدهم في بيوتهم. تُكتب "
            "الوصفات بالألمانية وتُجمع في كتاب طبخ مشترك.",
            "تدفع جمعية أصدقاء دار الجيران ثمن المكوّنات، ومن شاء يحضر معه حلوى.",
        ),
        involvement=(
            "الطبخ والأكل معنا",
            "تقديم طبق من اختيارك",
            "المساعدة في التسوّق وغسل الصحون",
        ),
        time_commitment="في آخر جمعة من كل شهر، من الساعة 17 إلى 21",
        meeting_place="دار الجيران في نوردشتات (Nachbarschaftshaus)، المطبخ التعليمي",
    ),
    fa=InitiativeText(
        title="دورهمی آشپزی بین‌المللی «با هم کنار اجاق»",
        slug="cooking-club",
        summary="ماهی یک بار یک نفر غذایی از سرزمین خودش می‌پزد، بقیه در خرد کردن کمک "
        "می‌کنند و بعد همه با هم غذا می‌خوریم.",
        description=(
            "در دورهمی آشپزی، به نوبت کسانی از اریتره، سوریه، افغانستان، اوکراین و "
            "خود لیندن‌اشتات نشان می‌دهند که در خانه‌شان چه غذایی سر سفره می‌آید. "
            "دستور پخت‌ها به آلمانی نوشته می‌شوند و در یک کتاب آشپزی مشترک جمع "
            "می‌شوند.",
            "هزینهٔ مواد را انجمن حامیان خانهٔ همسایگی می‌پردازد؛ هر کس بخواهد، "
            "دسری هم با خودش می‌آورد.",
        ),
        involvement=(
            "با ما آشپزی کنید و غذا بخورید",
            "خودتان غذایی را معرفی کنید",
            "در خرید و شستن ظرف‌ها کمک کنید",
        ),
        time_commitment="آخرین جمعهٔ هر ماه، ساعت ۱۷ تا ۲۱",
        meeting_place="خانهٔ همسایگی نوردشتات (Nachbarschaftshaus)، آشپزخانهٔ آموزشی",
    ),
    categories=("kultur",),
    target_groups=("familien", "ehrenamtliche", "neu-angekommene"),
    districts=("nordstadt",),
    languages=("deutsch", "tigrinya", "arabisch", "farsi", "ukrainisch"),
    tags=("abends", "ohne-anmeldung"),
    contact="Yohannes Tesfay",
    street="Kastanienallee 12",
    website=False,
)

THEATER = InitiativeSpec(
    key="theatergruppe-zwischenraeume",
    de=InitiativeText(
        title="Theatergruppe „Zwischenräume“",
        slug="theatergruppe-zwischenraeume",
        summary="Junge Menschen mit und ohne Fluchterfahrung entwickeln eigene Stücke – die "
        "Gruppe pausiert, bis eine neue Spielleitung gefunden ist.",
        description=(
            "„Zwischenräume“ hat seit 2017 vier Stücke auf die Bühne des Stadttheaters gebracht, "
            "zuletzt „Koffer ohne Adresse“ über die erste Nacht in einer fremden Stadt. Geprobt "
            "wird auf Deutsch, aber auch mit Bewegung, Musik und den Sprachen der Mitspielenden.",
            "Unsere Theaterpädagogin ist im Sommer weggezogen. Bis wir eine Nachfolge gefunden "
            "haben, ruhen die Proben.",
        ),
        involvement=(
            "Die Spielleitung übernehmen (Theaterpädagogik oder Bühnenerfahrung)",
            "Bei Bühnenbild, Kostümen und Technik helfen",
        ),
        time_commitment="Wöchentliche Probe, dienstags 18–21 Uhr",
        meeting_place="Probebühne des Stadttheaters",
    ),
    en=InitiativeText(
        title="“Zwischenräume” theatre group",
        slug="zwischenraeume-theatre-group",
        summary="Young people with and without a refugee background develop their own plays – "
        "the group is paused until a new director is found.",
        description=(
            "Since 2017, “Zwischenräume” (“spaces in between”) has brought four plays to the "
            "stage of the municipal theatre, most recently “Suitcase without an address”, about "
            "the first night in a strange town. Rehearsals are in German, but also use movement, "
            "music and the languages of the cast.",
            "Our drama teacher moved away in the summer. Rehearsals are on hold until we find a "
            "successor.",
        ),
        involvement=(
            "Take over as director (drama education or stage experience)",
            "Help with sets, costumes and technical work",
        ),
        time_commitment="Weekly rehearsal, Tuesdays 6–9 pm",
        meeting_place="Rehearsal stage of the municipal theatre",
    ),
    categories=("kultur", "kinder-jugend"),
    target_groups=("jugendliche",),
    districts=("altstadt",),
    languages=("deutsch", "englisch", "farsi", "arabisch"),
    tags=("abends",),
    contact="Nora Simon",
    street="Schlossstraße 20",
    mailbox="zwischenraeume",
    status=InitiativeStatus.PAUSED,
)

GENERATIONENCAFE = InitiativeSpec(
    key="generationencafe-rosenhoehe",
    de=InitiativeText(
        title="Generationencafé Rosenhöhe",
        slug="generationencafe-rosenhoehe",
        summary="Ältere Menschen von der Rosenhöhe treffen Familien aus der neuen Unterkunft: "
        "bei Kaffee, Brettspielen und Geschichten von früher und von weit weg.",
        description=(
            "Als am Rand der Rosenhöhe eine Unterkunft für Geflüchtete eröffnete, hatten viele "
            "Nachbarn Sorgen. Die Bewohnerinnen und Bewohner des Seniorenzentrums luden "
            "kurzerhand zum Kaffee ein – inzwischen ist daraus eine feste Runde geworden.",
            "Die Kinder lernen „Mensch ärgere dich nicht“, die Älteren Backgammon. Mehrere "
            "Seniorinnen sind inzwischen Lesepatinnen oder „Leihomas“.",
        ),
        involvement=(
            "Gäste begrüßen, Kaffee kochen, Tische decken",
            "Mitspielen und ins Gespräch kommen",
            "Ältere Gäste aus der Nachbarschaft abholen und nach Hause bringen",
        ),
        time_commitment="Jeden zweiten Sonntag, 15–17 Uhr",
        meeting_place="Seniorenzentrum Rosenhöhe, Cafeteria",
    ),
    en=InitiativeText(
        title="Rosenhöhe café for all generations",
        slug="generations-cafe-rosenhoehe",
        summary="Older people from Rosenhöhe meet families from the new accommodation: over "
        "coffee, board games and stories from long ago and far away.",
        description=(
            "When accommodation for refugees opened on the edge of Rosenhöhe, many neighbours "
            "were worried. The residents of the senior citizens' centre simply invited everyone "
            "for coffee – and it has since become a regular get-together.",
            "The children learn Ludo, the older people backgammon. Several of the older women "
            "have become reading mentors or “stand-in grannies”.",
        ),
        involvement=(
            "Welcome guests, make coffee, set the tables",
            "Play games and get talking",
            "Give older guests from the neighbourhood a lift there and back",
        ),
        time_commitment="Every other Sunday, 3–5 pm",
        meeting_place="Rosenhöhe senior citizens' centre, cafeteria",
    ),
    categories=("kultur", "begleitung"),
    target_groups=("aeltere", "familien", "kinder"),
    districts=("rosenhoehe",),
    languages=("deutsch", "russisch", "ukrainisch", "arabisch"),
    tags=("wochenende", "nachmittags"),
    contact="Ursula Baumann",
    street="Am Hang 8",
    mailbox="generationencafe",
    website=False,
)

REPAIR_CAFE = InitiativeSpec(
    key="repair-cafe-westend",
    de=InitiativeText(
        title="Repair-Café Westend",
        slug="repair-cafe-westend",
        summary="Toaster, Handy, Hose mit Loch: Einmal im Monat wird gemeinsam repariert statt "
        "weggeworfen.",
        description=(
            "Im Repair-Café treffen sich Tüftlerinnen und Tüftler mit allen, die etwas Kaputtes "
            "mitbringen. Unter den Ehrenamtlichen sind inzwischen viele Geflüchtete – ein "
            "Elektroingenieur aus Aleppo, ein Schneider aus Herat, eine Feinmechanikerin aus "
            "Charkiw.",
            "Nebenbei gibt es Kaffee und Kuchen, und manche Reparatur wird zur Deutschstunde.",
        ),
        involvement=(
            "Elektrogeräte, Fahrräder oder Kleidung reparieren",
            "Am Empfang Wartenummern vergeben und Kaffee ausschenken",
        ),
        time_commitment="Jeden dritten Samstag im Monat, 11–15 Uhr",
        meeting_place="Stadtteilladen Westend",
    ),
    categories=("kultur",),
    target_groups=("neu-angekommene", "aeltere", "ehrenamtliche"),
    districts=("westend",),
    languages=("deutsch", "arabisch", "dari", "ukrainisch", "russisch"),
    tags=("wochenende", "ohne-anmeldung", "handwerk"),
    contact="Frank Hübner",
    street="Goethestraße 18",
)

CHOR = InitiativeSpec(
    key="chor-der-nationen",
    de=InitiativeText(
        title="Chor der Nationen",
        slug="chor-der-nationen",
        summary="Lieder aus Syrien, Eritrea, der Ukraine, Afghanistan und Deutschland – ein "
        "offener Chor, in dem niemand Noten lesen muss.",
        description=(
            "Der Chor der Nationen singt in mehr als zehn Sprachen. Alle können ein Lied aus der "
            "eigenen Heimat einbringen; die Chorleiterin schreibt es für mehrere Stimmen um.",
            "Zweimal im Jahr gibt der Chor ein Konzert, zuletzt beim Tag der offenen Tür im "
            "Rathaus.",
        ),
        involvement=(
            "Mitsingen – alle Stimmlagen sind willkommen",
            "Bei Konzerten Technik und Bewirtung übernehmen",
        ),
        time_commitment="Montags 19–20:30 Uhr",
        meeting_place="Gemeindesaal St. Martin",
    ),
    categories=("kultur",),
    target_groups=("neu-angekommene", "ehrenamtliche", "aeltere"),
    districts=("altstadt",),
    languages=("deutsch", "arabisch", "tigrinya", "ukrainisch", "farsi"),
    tags=("abends", "ohne-anmeldung"),
    contact="Dr. Katharina Berg",
    street="Kirchplatz 3",
    mailbox="chor",
)

INITIATIVES = (GARTEN, KOCHTREFF, THEATER, GENERATIONENCAFE, REPAIR_CAFE, CHOR)
