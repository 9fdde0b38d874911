"""Initiatives that advise: legal questions, letters, mental strain, families."""

from datetime import date

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

RECHTSBERATUNG = InitiativeSpec(
    key="rechtsberatung",
    de=InitiativeText(
        title="Ehrenamtliche Rechtsberatung",
        slug="rechtsberatung",
        summary="Kostenlose Erstberatung zu Asyl- und Aufenthaltsrecht durch Anwältinnen, "
        "Anwälte und geschulte Jurastudierende – mit Dolmetschenden.",
        description=(
            "Ein ablehnender Bescheid, eine kurze Frist, ein Brief, den niemand versteht: In der "
            "Rechtsberatung sehen sich Juristinnen und Juristen die Unterlagen an und erklären, "
            "welche Möglichkeiten es gibt. Wenn nötig, vermitteln wir an eine Fachanwältin oder "
            "einen Fachanwalt.",
            "Die Beratung ist vertraulich und kostenlos. Bitte bringen Sie alle Briefe und "
            "Bescheide mit.",
        ),
        involvement=(
            "Als Volljuristin oder Volljurist beraten",
            "Als Jurastudentin oder Jurastudent Fälle vorbereiten",
            "Termine vergeben und Unterlagen kopieren",
        ),
        time_commitment="Eine Beratung im Monat, donnerstags 17–20 Uhr",
        requirements="Für die Beratung: Zweites Staatsexamen oder Jurastudium ab dem 5. Semester "
        "unter Anleitung",
        meeting_place="Haus der Begegnung, Beratungsraum im 2. Stock",
    ),
    en=InitiativeText(
        title="Volunteer legal advice",
        slug="legal-advice",
        summary="Free initial advice on asylum and residence law from lawyers and trained law "
        "students – with interpreters.",
        description=(
            "A rejection notice, a short deadline, a letter nobody understands: at the legal "
            "advice service, lawyers look at the documents and explain what options there are. "
            "If needed, we refer you to a specialist lawyer.",
            "Advice is confidential and free of charge. Please bring all letters and notices "
            "with you.",
        ),
        involvement=(
            "Give advice as a fully qualified lawyer",
            "Prepare cases as a law student",
            "Give out appointments and copy documents",
        ),
        time_commitment="One session a month, Thursdays 5–8 pm",
        requirements="For advising: full legal qualification, or law studies from the fifth "
        "semester under supervision",
        meeting_place="Haus der Begegnung, counselling room on the second floor",
    ),
    ar=InitiativeText(
        title="الاستشارة القانونية التطوعية",
        slug="legal-advice",
        summary="استشارة أولية مجانية في قانون اللجوء والإقامة يقدّمها محامون ومحاميات وطلاب "
        "قانون مدرَّبون، بحضور مترجمين.",
        description=(
            "قرار رفض، أو مهلة قصيرة، أو رسالة لا يفهمها أحد: في الاستشارة القانونية يطّلع "
            "مختصون في القانون على الوثائق ويشرحون الخيارات المتاحة. وعند الحاجة نحيلكم إلى "
            "محامٍ أو محامية من ذوي الاختصاص.",
            "الاستشارة سرّية ومجانية. يُرجى إحضار جميع الرسائل والقرارات معكم.",
        ),
        involvement=(
            "تقديم الاستشارات بصفتكم محامين مؤهلين",
            "تحضير الملفات بصفتكم طلاب قانون",
            "تنظيم المواعيد ونسخ الوثائق",
        ),
        time_commitment="جلسة استشارة واحدة في الشهر، أيام الخميس من ١٧:٠٠ إلى ٢٠:٠٠",
        requirements="لتقديم الاستشارة: مؤهل قانوني كامل، أو دراسة القانون من الفصل الخامس "
        "فما فوق تحت الإشراف",
        meeting_place="Haus der Begegnung، غرفة الاستشارات في الطابق الثاني",
    ),
    fa=InitiativeText(
        title="مشاورهٔ حقوقی داوطلبانه",
        slug="legal-advice",
        summary="مشاورهٔ اولیهٔ رایگان دربارهٔ قانون پناهندگی و اقامت توسط وکلا و دانشجویان "
        "آموزش‌دیدهٔ حقوق، با حضور مترجم.",
        description=(
            "یک پاسخ منفی، یک مهلت کوتاه، نامه‌ای که هیچ‌کس آن را نمی‌فهمد: در مشاورهٔ حقوقی، "
            "حقوق‌دانان مدارک را بررسی می‌کنند و توضیح می‌دهند چه راه‌هایی وجود دارد. در صورت "
            "نیاز، شما را به وکیل متخصص معرفی می‌کنیم.",
            "مشاوره محرمانه و رایگان است. لطفاً همهٔ نامه‌ها و تصمیم‌نامه‌ها را همراه داشته باشید.",
        ),
        involvement=(
            "مشاوره دادن به عنوان حقوق‌دان دارای صلاحیت کامل",
            "آماده کردن پرونده‌ها به عنوان دانشجوی حقوق",
            "تعیین وقت و کپی گرفتن از مدارک",
        ),
        time_commitment="ماهی یک جلسهٔ مشاوره، پنجشنبه‌ها ساعت ۱۷ تا ۲۰",
        requirements="برای مشاوره: صلاحیت کامل حقوقی، یا دانشجوی حقوق از ترم پنجم به بالا زیر "
        "نظر استاد",
        meeting_place="Haus der Begegnung، اتاق مشاوره در طبقهٔ دوم",
    ),
    fr=InitiativeText(
        title="Conseil juridique bénévole",
        slug="conseil-juridique",
        summary="Premier conseil gratuit en droit d'asile et de séjour par des avocates, des "
        "avocats et des étudiants en droit formés – avec interprètes.",
        description=(
            "Une décision de refus, un délai court, une lettre que personne ne comprend : lors "
            "des permanences, des juristes examinent les documents et expliquent les "
            "possibilités. Si nécessaire, nous orientons vers une avocate ou un avocat "
            "spécialisé.",
            "Le conseil est confidentiel et gratuit. Merci d'apporter tous vos courriers et "
            "décisions.",
        ),
        involvement=(
            "Conseiller en tant que juriste pleinement qualifié",
            "Préparer les dossiers en tant qu'étudiante ou étudiant en droit",
            "Donner les rendez-vous et photocopier les documents",
        ),
        time_commitment="Une permanence par mois, le jeudi de 17 h à 20 h",
        requirements="Pour conseiller : diplôme de juriste complet, ou études de droit à partir "
        "du cinquième semestre sous encadrement",
        meeting_place="Haus der Begegnung, salle de consultation au deuxième étage",
    ),
    categories=("beratung",),
    target_groups=("neu-angekommene",),
    districts=("altstadt",),
    languages=("deutsch", "englisch", "franzoesisch", "arabisch", "farsi"),
    tags=("abends", "mit-termin"),
    contact="Julia Engel",
    street="Marktplatz 1",
)

ATEMPAUSE = InitiativeSpec(
    key="gespraechskreis-atempause",
    de=InitiativeText(
        title="Gesprächskreis „Atempause“ für Frauen",
        slug="gespraechskreis-atempause",
        summary="Ein geschützter Raum für Frauen, die Krieg, Flucht oder Gewalt erlebt haben – "
        "begleitet von einer Psychologin und Sprachmittlerinnen.",
        description=(
            "Schlafstörungen, Sorgen um Angehörige, das Gefühl, nirgends richtig anzukommen: Im "
            "Gesprächskreis sprechen Frauen darüber, was sie belastet, und lernen einfache "
            "Übungen, die im Alltag helfen.",
            "Die Gruppe ersetzt keine Therapie, hilft aber vielen, den ersten Schritt zu machen. "
            "Wer möchte, bekommt Unterstützung bei der Suche nach einem Therapieplatz.",
        ),
        involvement=(
            "Als Sprachmittlerin in der Gruppe übersetzen",
            "Während der Treffen die Kinder betreuen",
        ),
        time_commitment="Dienstags 10–12 Uhr, alle zwei Wochen",
        requirements="Nur Frauen; Schweigepflicht; für Sprachmittlerinnen eine Einführung durch "
        "die Psychologin",
        meeting_place="Frauenzentrum Südviertel, ruhiger Raum im Dachgeschoss",
    ),
    en=InitiativeText(
        title="“Atempause” women's discussion group",
        slug="atempause-womens-group",
        summary="A safe space for women who have experienced war, flight or violence – with a "
        "psychologist and interpreters.",
        description=(
            "Trouble sleeping, worries about relatives, the feeling of never really arriving: in "
            "the group, women talk about what weighs on them and learn simple exercises that "
            "help in everyday life.",
            "The group is no substitute for therapy, but it helps many women take the first "
            "step. Anyone who wishes gets support in finding a therapist.",
        ),
        involvement=(
            "Interpret in the group",
            "Look after the children during meetings",
        ),
        time_commitment="Tuesdays 10 am–12 noon, every other week",
        requirements="Women only; confidentiality; interpreters receive an introduction from "
        "the psychologist",
        meeting_place="Südviertel women's centre, quiet room in the attic",
    ),
    categories=("gesundheit", "frauen", "beratung"),
    target_groups=("frauen",),
    districts=("suedviertel",),
    languages=("deutsch", "arabisch", "kurmanci", "farsi"),
    tags=("vormittags", "kinderbetreuung"),
    contact="Dr. Miriam Falk",
    street="Gartenstraße 15",
    mailbox="atempause",
    website=False,
)

RAINBOW = InitiativeSpec(
    key="rainbow-refugees",
    de=InitiativeText(
        title="Rainbow Refugees Lindenstadt",
        slug="rainbow-refugees",
        summary="Treffpunkt, Beratung und Begleitung für queere Geflüchtete – in sicherer "
        "Atmosphäre und mit Menschen, die verstehen.",
        description=(
            "Viele queere Geflüchtete haben in ihrem Herkunftsland Verfolgung erlebt und fühlen "
            "sich auch in den Unterkünften nicht sicher. Rainbow Refugees bietet einen "
            "monatlichen Treff, begleitet zur Anhörung beim Bundesamt und hilft bei der Suche "
            "nach einer sicheren Unterkunft.",
            "Alle Gespräche sind vertraulich. Der Treff ist offen für Geflüchtete und "
            "Unterstützende jeder sexuellen Orientierung und Geschlechtsidentität.",
        ),
        involvement=(
            "Den monatlichen Treff mitgestalten",
            "Zur Anhörung oder zu Beratungen begleiten",
            "Vorübergehend ein Zimmer anbieten",
        ),
        time_commitment="Ein Abend im Monat, dazu Begleitungen nach Absprache",
        requirements="Offenheit und Verschwiegenheit; ein Einführungsgespräch",
        meeting_place="Queeres Zentrum Lindenstadt, Café im Erdgeschoss",
    ),
    en=InitiativeText(
        title="Rainbow Refugees Lindenstadt",
        slug="rainbow-refugees",
        summary="A meeting place, advice and support for LGBTIQ* refugees – in a safe "
        "atmosphere, with people who understand.",
        description=(
            "Many LGBTIQ* refugees were persecuted in their country of origin and do not feel "
            "safe in shared accommodation either. Rainbow Refugees runs a monthly meet-up, "
            "accompanies people to their asylum interview at the Federal Office and helps them "
            "find safe housing.",
            "All conversations are confidential. The meet-up is open to refugees and supporters "
            "of every sexual orientation and gender identity.",
        ),
        involvement=(
            "Help run the monthly meet-up",
            "Accompany people to their interview or to counselling",
            "Offer a room for a while",
        ),
        time_commitment="One evening a month, plus accompaniment by arrangement",
        requirements="Openness and discretion; an introductory talk",
        meeting_place="Lindenstadt queer centre, café on the ground floor",
    ),
    categories=("beratung", "begleitung", "kultur"),
    target_groups=("queer", "neu-angekommene"),
    districts=("altstadt",),
    languages=("deutsch", "englisch", "arabisch", "farsi", "russisch"),
    tags=("abends",),
    contact="Sam Okafor",
    street="Lange Straße 44",
)

UKRAINE = InitiativeSpec(
    key="willkommenspunkt-ukraine",
    de=InitiativeText(
        title="Willkommenspunkt Ukraine am Bahnhof",
        slug="willkommenspunkt-ukraine",
        summary="Von März 2022 bis März 2024 empfingen Ehrenamtliche Geflüchtete aus der Ukraine "
        "am Bahnhof – mit Tee, SIM-Karten und einem Bett für die erste Nacht.",
        description=(
            "In den ersten Wochen nach Kriegsbeginn kamen täglich Züge mit Hunderten Menschen "
            "an. Am Willkommenspunkt in der Bahnhofshalle gab es Auskunft auf Ukrainisch und "
            "Russisch, Verpflegung, Spielsachen für die Kinder und die Vermittlung privater "
            "Unterkünfte.",
            "Als kaum noch Menschen direkt am Bahnhof ankamen, zog die Beratung in die "
            "Migrationsberatung der Stadt um. Viele Ehrenamtliche des Willkommenspunkts "
            "engagieren sich heute im Dolmetscherpool.",
        ),
    ),
    en=InitiativeText(
        title="Ukraine welcome point at the station",
        slug="ukraine-welcome-point",
        summary="From March 2022 to March 2024, volunteers welcomed refugees from Ukraine at the "
        "station – with tea, SIM cards and a bed for the first night.",
        description=(
            "In the first weeks after the war began, trains carrying hundreds of people arrived "
            "every day. The welcome point in the station concourse offered information in "
            "Ukrainian and Russian, food, toys for the children and placements in private "
            "homes.",
            "When hardly anyone arrived at the station any more, the service moved to the "
            "city's migration counselling. Many of the welcome point's volunteers now work with "
            "the interpreter pool.",
        ),
    ),
    categories=("beratung", "sachspenden"),
    target_groups=("neu-angekommene", "familien"),
    districts=("am-bahnhof",),
    languages=("deutsch", "ukrainisch", "russisch", "englisch"),
    tags=("nothilfe",),
    contact="Olena Kovalenko",
    street="Bahnhofsplatz 1",
    status=InitiativeStatus.ENDED,
    ended_on=date(2024, 3, 31),
    phone=False,
)

PAPIERSPRECHSTUNDE = InitiativeSpec(
    key="papiersprechstunde-westend",
    de=InitiativeText(
        title="Papiersprechstunde Westend",
        slug="papiersprechstunde-westend",
        summary="Briefe verstehen, Formulare ausfüllen, Fristen notieren: offene Sprechstunde "
        "jeden Mittwochnachmittag im Stadtteilladen.",
        description=(
            "Rundfunkbeitrag, Nebenkostenabrechnung, Elterngeldantrag – die Post in Deutschland "
            "ist für alle anstrengend, für Neuangekommene erst recht. In der Papiersprechstunde "
            "sehen sich Ehrenamtliche die Briefe gemeinsam mit den Empfängern an, erklären, "
            "worum es geht, und helfen beim Antworten.",
            "Eine Anmeldung ist nicht nötig. Bitte bringen Sie alle Unterlagen und, falls "
            "vorhanden, Ihren Aufenthaltstitel mit.",
        ),
        involvement=(
            "Briefe erklären und beim Ausfüllen von Formularen helfen",
            "Wartende begrüßen und die Reihenfolge im Blick behalten",
        ),
        time_commitment="Mittwochs 15–18 Uhr, gern auch jede zweite Woche",
        requirements="Sicheres Deutsch und Erfahrung mit Behördenpost",
        meeting_place="Stadtteilladen Westend",
    ),
    categories=("beratung",),
    target_groups=("neu-angekommene", "familien"),
    districts=("westend",),
    languages=("deutsch", "russisch", "arabisch"),
    tags=("ohne-anmeldung", "nachmittags"),
    contact="Ingrid Schmitt",
    street="Goethestraße 18",
    mailbox="papiersprechstunde",
    website=False,
)

VAETERGRUPPE = InitiativeSpec(
    key="vaetergruppe",
    de=InitiativeText(
        title="Vätergruppe „Vater sein“",
        slug="vaetergruppe",
        summary="Väter aus vielen Ländern sprechen über Erziehung, Schule und ihre Rolle in der "
        "Familie – moderiert, vertraulich, auf Arabisch, Dari und Deutsch.",
        description=(
            "Was erwartet die Schule von Eltern? Wie viel Handy ist zu viel? Und wie bleibt man "
            "ein Vorbild, wenn man selbst noch Deutsch lernt? In der Vätergruppe sprechen Männer "
            "offen über solche Fragen.",
            "Ein Familienberater und ein Sprachmittler moderieren die Abende. Ab und zu gibt es "
            "gemeinsame Ausflüge mit den Kindern.",
        ),
        involvement=(
            "Als Sprachmittler die Abende begleiten",
            "Einen Ausflug mit Vätern und Kindern organisieren",
        ),
        time_commitment="Jeden zweiten Freitag, 18–20 Uhr",
        meeting_place="Familienzentrum Nordstadt, Gruppenraum",
    ),
    categories=("beratung", "kinder-jugend"),
    target_groups=("maenner", "familien"),
    districts=("nordstadt",),
    languages=("deutsch", "arabisch", "dari", "kurmanci"),
    tags=("abends",),
    contact="Samir Haddad",
    street="Ahornweg 3",
    website=False,
)

INITIATIVES = (RECHTSBERATUNG, ATEMPAUSE, RAINBOW, PAPIERSPRECHSTUNDE, VAETERGRUPPE, UKRAINE)
