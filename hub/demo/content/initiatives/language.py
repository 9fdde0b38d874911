"""Initiatives for learning and practising German, and for interpreting."""

from datetime import date

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

SPRACHCAFE = InitiativeSpec(
    key="sprachcafe-lindenhof",
    de=InitiativeText(
        title="Sprachcafé im Lindenhof",
        slug="sprachcafe-lindenhof",
        summary="Jeden Dienstagabend Deutsch sprechen üben – bei Tee und Kuchen, ohne Anmeldung "
        "und ohne Prüfungsdruck.",
        description=(
            "Im Sprachcafé treffen sich Menschen, die Deutsch lernen, mit Menschen, die gern "
            "Deutsch sprechen. An kleinen Tischen geht es um Alltägliches: den Weg zur Arbeit, "
            "das Lieblingsessen, den letzten Brief vom Amt.",
            "Es gibt keinen Unterricht und keine Hausaufgaben. Wer gerade erst angekommen ist, "
            "ist genauso willkommen wie jemand, der sich auf die B1-Prüfung vorbereitet.",
        ),
        involvement=(
            "An einem Tisch Gesprächspartnerin oder Gesprächspartner sein",
            "Tee kochen, Kuchen backen, beim Aufräumen helfen",
            "Spiele und Bildkarten für Anfängerinnen und Anfänger vorbereiten",
        ),
        time_commitment="Dienstags 18–20 Uhr, gern auch nur alle zwei Wochen",
        meeting_place="Stadtteiltreff Lindenhof, großer Saal im Erdgeschoss",
    ),
    en=InitiativeText(
        title="Language café in Lindenhof",
        slug="language-cafe-lindenhof",
        summary="Practise speaking German every Tuesday evening – over tea and cake, with no "
        "registration and no exam pressure.",
        description=(
            "The language café brings together people who are learning German and people who "
            "enjoy speaking it. Around small tables, people talk about everyday life: the way to "
            "work, their favourite food, the latest letter from a public office.",
            "There are no lessons and no homework. Someone who has just arrived is as welcome as "
            "someone preparing for the B1 exam.",
        ),
        involvement=(
            "Be a conversation partner at one of the tables",
            "Make tea, bake a cake, help tidy up",
            "Prepare games and picture cards for beginners",
        ),
        time_commitment="Tuesdays 6–8 pm; every other week is fine too",
        meeting_place="Lindenhof community centre, large hall on the ground floor",
    ),
    ar=InitiativeText(
        title="مقهى اللغة في ليندنهوف",
        slug="language-cafe-lindenhof",
        summary="تدرّبوا على التحدث بالألمانية كل مساء ثلاثاء، مع الشاي والكعك، دون تسجيل مسبق "
        "ودون ضغط الامتحانات.",
        description=(
            "يجمع مقهى اللغة بين من يتعلمون الألمانية ومن يحبون التحدث بها. حول طاولات صغيرة يدور "
            "الحديث عن الحياة اليومية: الطريق إلى العمل، والطبق المفضل، وآخر رسالة من الدوائر "
            "الرسمية.",
            "لا دروس ولا واجبات منزلية. من وصل للتو مرحَّب به تماماً مثل من يستعد لامتحان B1.",
        ),
        involvement=(
            "أن تكونوا شركاء حوار على إحدى الطاولات",
            "تحضير الشاي، وخَبز الكعك، والمساعدة في الترتيب",
            "تحضير ألعاب وبطاقات مصوّرة للمبتدئين",
        ),
        time_commitment="أيام الثلاثاء من ١٨:٠٠ إلى ٢٠:٠٠، ويمكن المشاركة مرة كل أسبوعين أيضاً",
        meeting_place="مركز حي ليندنهوف، القاعة الكبيرة في الطابق الأرضي",
    ),
    fa=InitiativeText(
        title="کافه زبان در لیندن‌هوف",
        slug="language-cafe-lindenhof",
        summary="هر سه‌شنبه عصر آلمانی حرف زدن را تمرین کنید؛ با چای و کیک، بدون ثبت‌نام و بدون "
        "استرس امتحان.",
        description=(
            "در کافه زبان کسانی که آلمانی یاد می‌گیرند با کسانی که دوست دارند آلمانی صحبت کنند "
            "دور هم جمع می‌شوند. سر میزهای کوچک از زندگی روزمره حرف می‌زنیم: راه رفتن به سر کار، "
            "غذای مورد علاقه، آخرین نامه‌ای که از اداره رسیده است.",
            "نه کلاس درسی در کار است و نه تکلیفی. کسی که تازه رسیده همان‌قدر خوش‌آمد است که کسی "
            "که برای امتحان B1 آماده می‌شود.",
        ),
        involvement=(
            "هم‌صحبت شدن سر یکی از میزها",
            "دم کردن چای، پختن کیک و کمک در جمع‌وجور کردن",
            "آماده کردن بازی‌ها و کارت‌های تصویری برای مبتدیان",
        ),
        time_commitment="سه‌شنبه‌ها ساعت ۱۸ تا ۲۰؛ هر دو هفته یک بار هم کافی است",
        meeting_place="مرکز محلهٔ لیندن‌هوف، سالن بزرگ طبقهٔ همکف",
    ),
    fr=InitiativeText(
        title="Café des langues au Lindenhof",
        slug="cafe-des-langues-lindenhof",
        summary="S'exercer à parler allemand chaque mardi soir – autour d'un thé et d'un gâteau, "
        "sans inscription ni pression d'examen.",
        description=(
            "Le café des langues réunit des personnes qui apprennent l'allemand et d'autres qui "
            "aiment le parler. Autour de petites tables, on parle du quotidien : le trajet pour "
            "aller au travail, son plat préféré, le dernier courrier de l'administration.",
            "Il n'y a ni cours ni devoirs. Une personne tout juste arrivée est aussi bienvenue "
            "qu'une autre qui prépare l'examen B1.",
        ),
        involvement=(
            "Animer la conversation à une table",
            "Préparer le thé, faire un gâteau, aider à ranger",
            "Préparer des jeux et des cartes illustrées pour les débutants",
        ),
        time_commitment="Le mardi de 18 h à 20 h ; une semaine sur deux convient aussi",
        meeting_place="Maison de quartier du Lindenhof, grande salle au rez-de-chaussée",
    ),
    categories=("sprache", "kultur"),
    target_groups=("neu-angekommene", "ehrenamtliche"),
    districts=("lindenhof",),
    languages=("deutsch", "arabisch", "farsi", "englisch"),
    tags=("abends", "ohne-anmeldung"),
    contact="Birgit Sommer",
    street="Lindenhofer Straße 24",
    mailbox="sprachcafe",
)

STAMMTISCH = InitiativeSpec(
    key="deutsch-stammtisch",
    de=InitiativeText(
        title="Deutsch-Stammtisch im „Goldenen Anker“",
        slug="deutsch-stammtisch",
        summary="Einmal im Monat Deutsch sprechen wie alle anderen auch: in der Kneipe, bei "
        "einem Getränk, über Gott und die Welt.",
        description=(
            "Der Stammtisch ist für alle, die schon etwas Deutsch können und es außerhalb des "
            "Kurses ausprobieren möchten. Wirtin Helga reserviert uns den langen Tisch am "
            "Fenster; alkoholfreie Getränke gehen aufs Haus.",
            "Oft bleibt es nicht beim Reden: Aus dem Stammtisch sind schon Wohnungstipps, "
            "Praktikumsplätze und eine Kegelmannschaft entstanden.",
        ),
        involvement=(
            "Mit am Tisch sitzen und ins Gespräch kommen",
            "Neue Gäste begrüßen und miteinander bekannt machen",
        ),
        time_commitment="Jeden ersten Donnerstag im Monat ab 19 Uhr",
        meeting_place="Gaststätte „Goldener Anker“, langer Tisch am Fenster",
    ),
    en=InitiativeText(
        title="German regulars' table at the “Goldener Anker”",
        slug="german-regulars-table",
        summary="Once a month, speak German the way everybody else does: in the pub, over a "
        "drink, about anything and everything.",
        description=(
            "The regulars' table is for anyone who already speaks some German and wants to try "
            "it out beyond the classroom. Helga, the landlady, keeps the long table by the "
            "window for us; soft drinks are on the house.",
            "It often goes beyond talking: the regulars' table has already led to tips on flats, "
            "internships and a bowling team.",
        ),
        involvement=(
            "Sit at the table and get talking",
            "Welcome new guests and introduce people to each other",
        ),
        time_commitment="Every first Thursday of the month from 7 pm",
        meeting_place="“Goldener Anker” pub, the long table by the window",
    ),
    ar=InitiativeText(
        title="جلسة الألمانية الشهرية في حانة «غولدنر أنكر»",
        slug="german-regulars-table",
        summary="مرة في الشهر نتحدث الألمانية كما يتحدثها الجميع: في الحانة، مع مشروب، عن كل شيء.",
        description=(
            "هذه الجلسة لكل من يعرف شيئاً من الألمانية ويريد أن يجرّبها خارج "
            "الدورة. تحجز لنا صاحبة المكان هيلغا الطاولة الطويلة عند النافذة، "
            "والمشروبات الخالية من الكحول على حساب المحل.",
            "وكثيراً ما لا يقتصر الأمر على الحديث: فقد خرجت من هذه الجلسة نصائح "
            "للعثور على سكن، وأماكن للتدريب العملي، وحتى فريق للعبة البولينغ.",
        ),
        involvement=(
            "الجلوس معنا إلى الطاولة وبدء الحديث",
            "الترحيب بالضيوف الجدد وتعريفهم بالآخرين",
        ),
        time_commitment="في أول خميس من كل شهر، ابتداءً من الساعة 19:00",
        meeting_place="مطعم «Goldener Anker»، الطاولة الطويلة عند النافذة",
    ),
    fa=InitiativeText(
        title="دورهمی آلمانی در «گُلدنر آنکر»",
        slug="german-regulars-table",
        summary="ماهی یک بار مثل همه آلمانی حرف بزنید: در کافه‌رستوران محله، با یک "
        "نوشیدنی، دربارهٔ همه چیز.",
        description=(
            "این دورهمی برای همهٔ کسانی است که کمی آلمانی بلدند و می‌خواهند آن را "
            "بیرون از کلاس امتحان کنند. هلگا، صاحب آنجا، میز بلند کنار پنجره را "
            "برایمان نگه می‌دارد و نوشیدنی‌های بدون الکل مهمان اوست.",
            "اغلب به حرف زدن ختم نمی‌شود: از همین دورهمی تا حالا نشانی خانه، جای "
            "کارآموزی و حتی یک تیم بولینگ پیدا شده است.",
        ),
        involvement=(
            "سر میز نشستن و گفت‌وگو کردن",
            "خوشامد گفتن به مهمانان تازه و آشنا کردن آن‌ها با دیگران",
        ),
        time_commitment="اولین پنجشنبهٔ هر ماه، از ساعت ۱۹",
        meeting_place="کافه‌رستوران «Goldener Anker»، میز بلند کنار پنجره",
    ),
    categories=("sprache", "kultur"),
    target_groups=("neu-angekommene", "ehrenamtliche"),
    districts=("hafen",),
    languages=("deutsch",),
    tags=("abends", "ohne-anmeldung"),
    contact="Uwe Petersen",
    street="Hafenstraße 7",
    mailbox="stammtisch",
    phone=False,
    website=False,
)

DEUTSCHKURS_ST_MARTIN = InitiativeSpec(
    key="deutschkurs-st-martin",
    de=InitiativeText(
        title="Deutschkurs im Gemeindehaus St. Martin",
        slug="deutschkurs-st-martin",
        summary="Ehrenamtlicher Deutschkurs für Menschen, die 2015 und 2016 noch keinen Platz im "
        "Integrationskurs bekamen.",
        description=(
            "Als im Herbst 2015 viele Menschen in die Notunterkünfte der Altstadt kamen, gab es "
            "monatelang keine Plätze in Integrationskursen. Pensionierte Lehrerinnen und Lehrer "
            "der Gemeinde St. Martin sprangen ein: viermal pro Woche, in drei Niveaustufen, "
            "mit Kinderbetreuung im Nebenraum.",
            "In knapp sieben Jahren haben hier mehr als 400 Menschen Deutsch gelernt, viele bis "
            "zur B1-Prüfung. Seit die Volkshochschule genug Kurse anbietet, ist der Kurs nicht "
            "mehr nötig; das Unterrichtsmaterial nutzt heute die Hausaufgabenhilfe Nordstadt, "
            "und mehrere Lehrkräfte sind zum Sprachcafé im Lindenhof gewechselt.",
        ),
        meeting_place="Gemeindehaus St. Martin, Raum 2",
    ),
    categories=("sprache",),
    target_groups=("neu-angekommene",),
    districts=("altstadt",),
    languages=("deutsch", "englisch", "arabisch"),
    tags=("vormittags", "kinderbetreuung"),
    contact="Gisela Hartmann",
    street="Kirchplatz 3",
    status=InitiativeStatus.ENDED,
    ended_on=date(2022, 7, 31),
    phone=False,
    website=False,
)


DOLMETSCHERPOOL = InitiativeSpec(
    key="dolmetscherpool",
    de=InitiativeText(
        title="Dolmetscherpool Lindenstadt",
        slug="dolmetscherpool",
        summary="Ehrenamtliche Sprachmittlerinnen und Sprachmittler begleiten zu Arztterminen, "
        "Elterngesprächen und Beratungen – in zwölf Sprachen.",
        description=(
            "Beim Kinderarzt, im Elterngespräch oder in der Schuldnerberatung kommt es auf jedes "
            "Wort an. Der Dolmetscherpool vermittelt ehrenamtliche Sprachmittlerinnen und "
            "Sprachmittler, die oft selbst vor einigen Jahren nach Lindenstadt gekommen sind.",
            "Anfragen nehmen wir von Beratungsstellen, Schulen und Praxen entgegen, in der Regel "
            "mit drei Werktagen Vorlauf. Vor Gericht und bei Behörden, die vereidigte "
            "Dolmetscher verlangen, dürfen wir nicht übersetzen.",
        ),
        involvement=(
            "Zu Terminen mitgehen und dolmetschen",
            "Kurze Texte schriftlich übersetzen, etwa Elternbriefe",
            "An der Schulung zu Rolle, Schweigepflicht und Fachbegriffen teilnehmen",
        ),
        time_commitment="Ein bis zwei Termine im Monat, ganz nach Ihrer Zeit",
        requirements="Deutsch mindestens auf B2-Niveau und sehr gute Kenntnisse einer weiteren "
        "Sprache; Teilnahme an der Einführungsschulung",
        meeting_place="Koordinationsbüro in der Poststraße 12, 1. Stock",
    ),
    en=InitiativeText(
        title="Lindenstadt interpreter pool",
        slug="interpreter-pool",
        summary="Volunteer community interpreters go along to doctor's appointments, "
        "parent–teacher meetings and counselling sessions – in twelve languages.",
        description=(
            "At the paediatrician's, in a meeting with a child's teacher or at debt counselling, "
            "every word counts. The interpreter pool arranges volunteer community interpreters, "
            "many of whom came to Lindenstadt themselves a few years ago.",
            "We take requests from counselling services, schools and medical practices, usually "
            "with three working days' notice. We may not interpret in court or for authorities "
            "that require a sworn interpreter.",
        ),
        involvement=(
            "Go along to appointments and interpret",
            "Translate short texts in writing, such as letters to parents",
            "Take part in the training on your role, confidentiality and key terms",
        ),
        time_commitment="One or two appointments a month, whenever suits you",
        requirements="German at B2 level or above and a very good command of another language; "
        "attendance at the introductory training",
        meeting_place="Coordination office at Poststraße 12, first floor",
    ),
    categories=("beratung", "begleitung"),
    target_groups=("neu-angekommene", "familien"),
    districts=("am-bahnhof",),
    languages=(
        "deutsch",
        "arabisch",
        "farsi",
        "dari",
        "paschtu",
        "kurmanci",
        "tigrinya",
        "somali",
        "tuerkisch",
        "russisch",
        "ukrainisch",
        "englisch",
        "franzoesisch",
    ),
    tags=("flexibel",),
    contact="Nadia Haddad",
    street="Poststraße 12",
)

LERNWERKSTATT = InitiativeSpec(
    key="lernwerkstatt-jugendliche",
    de=InitiativeText(
        title="Lernwerkstatt für Jugendliche",
        slug="lernwerkstatt-jugendliche",
        summary="Nachhilfe in Mathe, Deutsch und Englisch für Jugendliche ab Klasse 7 – zweimal "
        "pro Woche im Jugendhaus Südviertel.",
        description=(
            "Viele Jugendliche, die erst seit ein oder zwei Jahren in Deutschland zur Schule "
            "gehen, müssen in kurzer Zeit sehr viel aufholen. In der Lernwerkstatt arbeiten sie "
            "in kleinen Gruppen mit Studierenden und pensionierten Lehrkräften an dem, was "
            "gerade in der Schule dran ist.",
            "Vor den Prüfungen zum Mittleren Schulabschluss bieten wir zusätzliche "
            "Intensivtermine an.",
        ),
        involvement=(
            "Eine kleine Lerngruppe in einem Fach begleiten",
            "Bei der Prüfungsvorbereitung helfen",
        ),
        time_commitment="Dienstags und donnerstags 16–18 Uhr, mindestens ein Termin pro Woche",
        requirements="Erweitertes Führungszeugnis; sicher im Fach bis zur 10. Klasse",
        meeting_place="Jugendhaus Südviertel, Lernraum im 1. Stock",
    ),
    categories=("kinder-jugend", "sprache"),
    target_groups=("jugendliche",),
    districts=("suedviertel",),
    languages=("deutsch", "englisch", "arabisch", "farsi"),
    tags=("nachmittags",),
    contact="Tobias Krüger",
    street="Schillerstraße 41",
)

FORTBILDUNGEN = InitiativeSpec(
    key="fortbildungen-ehrenamtliche",
    de=InitiativeText(
        title="Fortbildungen für Ehrenamtliche",
        slug="fortbildungen-ehrenamtliche",
        summary="Abendseminare zu Asylrecht, interkultureller Kommunikation und den eigenen "
        "Grenzen – kostenlos für alle, die sich im Netzwerk engagieren.",
        description=(
            "Wer sich engagiert, steht schnell vor Fragen: Was bedeutet eine Duldung? Wie "
            "erkläre ich einen Bescheid, ohne Rechtsberatung zu leisten? Und was tue ich, wenn "
            "mich eine Geschichte nicht mehr loslässt?",
            "Die Koordinationsstelle lädt dazu sechsmal im Jahr Fachleute aus Beratungsstellen, "
            "Anwaltschaft und Supervision ein. Die Termine stehen im Kalender des Netzwerks.",
        ),
        involvement=(
            "An den Seminaren teilnehmen",
            "Eigene Themenwünsche einbringen oder selbst einen Abend gestalten",
        ),
        time_commitment="Sechs Abende im Jahr, je drei Stunden",
        meeting_place="Haus der Begegnung, Seminarraum",
    ),
    categories=("sprache", "beratung"),
    target_groups=("ehrenamtliche",),
    districts=("altstadt",),
    languages=("deutsch",),
    tags=("abends", "kostenlos"),
    contact="Martina Brandt",
    street="Marktplatz 1",
    mailbox="fortbildung",
)

INITIATIVES = (
    SPRACHCAFE,
    STAMMTISCH,
    DOLMETSCHERPOOL,
    LERNWERKSTATT,
    FORTBILDUNGEN,
    DEUTSCHKURS_ST_MARTIN,
)
