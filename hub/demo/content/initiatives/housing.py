"""Initiatives around a home of one's own: finding a flat, furnishing it."""

from datetime import date

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

WOHNUNGSPATEN = InitiativeSpec(
    key="wohnungspaten",
    de=InitiativeText(
        title="Wohnungspaten Lindenstadt",
        slug="wohnungspaten",
        summary="Wir helfen Familien aus den Gemeinschaftsunterkünften bei der Suche nach einer "
        "eigenen Wohnung – von der Anzeige bis zur Schlüsselübergabe.",
        description=(
            "Auf dem Lindenstädter Wohnungsmarkt haben es Menschen mit fremd klingendem Namen "
            "besonders schwer. Die Wohnungspatinnen und -paten durchsuchen Anzeigen, telefonieren "
            "mit Vermietern, gehen mit zu Besichtigungen und erklären Mietvertrag und "
            "Nebenkosten.",
            "Viele Vermieterinnen und Vermieter entscheiden sich leichter, wenn sie eine feste "
            "Ansprechperson haben. Nach dem Einzug bleiben wir noch ein paar Monate erreichbar.",
        ),
        involvement=(
            "Wohnungsanzeigen sichten und Besichtigungen vereinbaren",
            "Zu Besichtigungen und zur Vertragsunterzeichnung mitgehen",
            "Vermieterinnen und Vermieter aus Ihrem Umfeld ansprechen",
        ),
        time_commitment="Etwa drei Stunden pro Woche, solange die Suche dauert",
        meeting_place="Treffen jeden zweiten Montag um 18 Uhr in den Räumen des Mietervereins",
    ),
    en=InitiativeText(
        title="Lindenstadt housing mentors",
        slug="housing-mentors",
        summary="We help families from shared accommodation find a flat of their own – from the "
        "listing to the handover of the keys.",
        description=(
            "On the Lindenstadt housing market, people with foreign-sounding names have a "
            "particularly hard time. Housing mentors search the listings, phone landlords, go "
            "along to viewings and explain the tenancy agreement and service charges.",
            "Many landlords find it easier to decide when they have a fixed contact person. "
            "After the move, we stay in touch for a few more months.",
        ),
        involvement=(
            "Go through listings and arrange viewings",
            "Go along to viewings and to the signing of the contract",
            "Approach landlords you know",
        ),
        time_commitment="About three hours a week, for as long as the search takes",
        meeting_place="Meeting every other Monday at 6 pm at the tenants' association",
    ),
    ar=InitiativeText(
        title="مرافقو السكن في ليندنشتات",
        slug="housing-mentors",
        summary="نساعد العائلات المقيمة في مراكز الإيواء الجماعي على إيجاد شقة خاصة بها، من "
        "الإعلان حتى استلام المفاتيح.",
        description=(
            "في سوق السكن في ليندنشتات يواجه أصحاب الأسماء الأجنبية صعوبة كبيرة بشكل خاص. يبحث "
            "مرافقو السكن في الإعلانات، ويتصلون بالمؤجرين، ويرافقون العائلات إلى المعاينات، "
            "ويشرحون عقد الإيجار والتكاليف الإضافية.",
            "يسهل على كثير من المؤجرين اتخاذ القرار عندما يكون لديهم شخص ثابت يتواصلون معه. "
            "وبعد الانتقال نبقى على تواصل لبضعة أشهر.",
        ),
        involvement=(
            "تصفح إعلانات الشقق وتحديد مواعيد المعاينة",
            "المرافقة إلى المعاينات وإلى توقيع العقد",
            "التواصل مع مؤجرين من معارفكم",
        ),
        time_commitment="نحو ثلاث ساعات في الأسبوع طوال فترة البحث",
        meeting_place="لقاء يوم الاثنين مرة كل أسبوعين، الساعة ١٨:٠٠، في مقر جمعية المستأجرين",
    ),
    fa=InitiativeText(
        title="همراهان مسکن لیندن‌اشتات",
        slug="housing-mentors",
        summary="به خانواده‌های ساکن در اقامتگاه‌های جمعی کمک می‌کنیم خانهٔ خودشان را پیدا "
        "کنند؛ از آگهی تا تحویل کلید.",
        description=(
            "در بازار مسکن لیندن‌اشتات، کسانی که نامشان خارجی به نظر می‌رسد کار بسیار سختی "
            "دارند. همراهان مسکن آگهی‌ها را بررسی می‌کنند، با صاحب‌خانه‌ها تماس می‌گیرند، در "
            "بازدید از خانه همراهی می‌کنند و قرارداد اجاره و هزینه‌های جانبی را توضیح می‌دهند.",
            "بسیاری از صاحب‌خانه‌ها وقتی یک فرد ثابت برای تماس داشته باشند، راحت‌تر تصمیم "
            "می‌گیرند. پس از اسباب‌کشی هم تا چند ماه در دسترس می‌مانیم.",
        ),
        involvement=(
            "بررسی آگهی‌ها و هماهنگ کردن بازدیدها",
            "همراهی در بازدید از خانه و امضای قرارداد",
            "صحبت با صاحب‌خانه‌هایی که می‌شناسید",
        ),
        time_commitment="حدود سه ساعت در هفته، تا زمانی که جست‌وجو ادامه دارد",
        meeting_place="نشست هر دو هفته یک بار، دوشنبه‌ها ساعت ۱۸ در دفتر انجمن مستأجران",
    ),
    fr=InitiativeText(
        title="Parrains du logement de Lindenstadt",
        slug="parrains-du-logement",
        summary="Nous aidons les familles hébergées en foyer collectif à trouver leur propre "
        "logement – de l'annonce à la remise des clés.",
        description=(
            "Sur le marché du logement de Lindenstadt, les personnes dont le nom sonne étranger "
            "ont particulièrement du mal. Les marraines et parrains du logement épluchent les "
            "annonces, téléphonent aux propriétaires, accompagnent aux visites et expliquent le "
            "bail et les charges.",
            "Beaucoup de propriétaires se décident plus facilement lorsqu'ils ont un "
            "interlocuteur fixe. Après l'emménagement, nous restons joignables quelques mois.",
        ),
        involvement=(
            "Trier les annonces et fixer des visites",
            "Accompagner aux visites et à la signature du bail",
            "Parler aux propriétaires de votre entourage",
        ),
        time_commitment="Environ trois heures par semaine, le temps de la recherche",
        meeting_place="Réunion un lundi sur deux à 18 h dans les locaux de l'association des "
        "locataires",
    ),
    categories=("wohnen", "begleitung"),
    target_groups=("familien", "neu-angekommene"),
    districts=("altstadt",),
    languages=("deutsch", "englisch", "arabisch", "farsi"),
    tags=("abends", "flexibel"),
    contact="Thomas Richter",
    street="Rathausgasse 4",
)

MOEBELBOERSE = InitiativeSpec(
    key="moebelboerse",
    de=InitiativeText(
        title="Möbelbörse „Zweite Runde“",
        slug="moebelboerse",
        summary="Gut erhaltene Möbel und Haushaltsgeräte finden hier neue Besitzer: Wer die "
        "erste eigene Wohnung bezieht, kann sich kostenlos einrichten.",
        description=(
            "Wer aus einer Unterkunft in die erste eigene Wohnung zieht, hat oft nicht mehr als "
            "ein paar Taschen. In unserem Lager im alten Hafenspeicher stehen Betten, Tische, "
            "Schränke, Waschmaschinen und Kinderwagen bereit, die Lindenstädterinnen und "
            "Lindenstädter gespendet haben.",
            "Samstags holen wir Spenden ab und liefern aus. Termine zum Aussuchen vergeben die "
            "Beratungsstellen.",
        ),
        involvement=(
            "Samstags beim Abholen, Tragen und Ausliefern helfen",
            "Im Lager sortieren und kleine Reparaturen erledigen",
            "Einen Transporter fahren (Führerschein Klasse B)",
        ),
        time_commitment="Ein Samstag im Monat, 9–14 Uhr",
        meeting_place="Lager im Hafenspeicher, Tor 3",
    ),
    en=InitiativeText(
        title="“Zweite Runde” furniture exchange",
        slug="furniture-exchange",
        summary="Furniture and household appliances in good condition find new owners here: "
        "anyone moving into their first flat can furnish it free of charge.",
        description=(
            "People moving from shared accommodation into their first flat often have nothing "
            "but a few bags. Our storeroom in the old harbour warehouse holds beds, tables, "
            "wardrobes, washing machines and prams donated by people in Lindenstadt.",
            "On Saturdays we collect donations and make deliveries. Appointments to choose "
            "furniture are given out by the counselling services.",
        ),
        involvement=(
            "Help collect, carry and deliver on Saturdays",
            "Sort the storeroom and do small repairs",
            "Drive a van (standard car licence)",
        ),
        time_commitment="One Saturday a month, 9 am–2 pm",
        meeting_place="Storeroom in the harbour warehouse, gate 3",
    ),
    ar=InitiativeText(
        title="سوق الأثاث «الجولة الثانية»",
        slug="furniture-exchange",
        summary="أثاث وأجهزة منزلية بحالة جيدة تجد هنا أصحاباً جدداً: من ينتقل إلى أول "
        "شقة خاصة به يستطيع أن يجهّزها مجاناً.",
        description=(
            "من ينتقل من مركز إيواء إلى أول شقة خاصة به لا يملك في الغالب أكثر من "
            "بضع حقائب. في مستودعنا في مخزن الميناء القديم تنتظر أسرّة وطاولات "
            "وخزائن وغسالات وعربات أطفال تبرّع بها سكان ليندنشتات.",
            "أيام السبت نجمع التبرعات ونوصلها. أما مواعيد اختيار الأثاث فتحددها مراكز الاستشارة.",
        ),
        involvement=(
            "المساعدة أيام السبت في الجمع والحمل والتوصيل",
            "الفرز في المستودع وإجراء إصلاحات صغيرة",
            "قيادة شاحنة صغيرة (رخصة قيادة من الفئة B)",
        ),
        time_commitment="يوم سبت واحد في الشهر، من الساعة 9 إلى 14",
        meeting_place="المستودع في مخزن الميناء (Hafenspeicher)، البوابة 3",
    ),
    fa=InitiativeText(
        title="بازارچهٔ مبلمان «دور دوم»",
        slug="furniture-exchange",
        summary="مبلمان و لوازم خانگی سالم اینجا صاحبان تازه پیدا می‌کنند: هر کس به "
        "نخستین خانهٔ خودش نقل مکان می‌کند، می‌تواند رایگان آن را بچیند.",
        description=(
            "کسی که از اقامتگاه به نخستین خانهٔ خودش می‌رود، اغلب چیزی جز چند ساک "
            "ندارد. در انبار ما در انبار قدیمی بندر، تخت، میز، کمد، ماشین لباسشویی "
            "و کالسکهٔ بچه آماده است؛ همه را مردم لیندن‌اشتات اهدا کرده‌اند.",
            "شنبه‌ها اهدایی‌ها را جمع می‌کنیم و به خانه‌ها می‌رسانیم. وقت انتخاب "
            "وسایل را مراکز مشاوره تعیین می‌کنند.",
        ),
        involvement=(
            "کمک در روزهای شنبه برای جمع‌آوری، حمل و رساندن وسایل",
            "مرتب کردن انبار و تعمیرهای کوچک",
            "رانندگی یک ون (گواهینامهٔ پایهٔ B)",
        ),
        time_commitment="یک شنبه در ماه، ساعت ۹ تا ۱۴",
        meeting_place="انبار در انبار بندر (Hafenspeicher)، درِ شمارهٔ ۳",
    ),
    categories=("sachspenden", "wohnen"),
    target_groups=("familien", "neu-angekommene"),
    districts=("hafen",),
    languages=("deutsch", "arabisch", "tuerkisch"),
    tags=("wochenende", "handwerk"),
    contact="Mustafa Karaca",
    street="Speicherstraße 21",
    mailbox="zweite-runde",
)

ZIMMER_FREI = InitiativeSpec(
    key="zimmer-frei",
    de=InitiativeText(
        title="WG-Zimmer-Vermittlung „Zimmer frei“",
        slug="zimmer-frei",
        summary="Die Initiative vermittelte junge Geflüchtete in Wohngemeinschaften von "
        "Studierenden und Berufstätigen.",
        description=(
            "Zwischen 2016 und 2019 fanden über „Zimmer frei“ 74 junge Menschen ein Zimmer in "
            "einer Lindenstädter WG. Das Team prüfte Angebote, begleitete die ersten Treffen und "
            "half bei den Anträgen auf Übernahme der Miete.",
            "Als das Studierendenwerk die Vermittlung in sein eigenes Programm übernahm, hat "
            "sich die Initiative aufgelöst. Ihre Leitfäden für WGs gibt es weiter bei der "
            "Koordinationsstelle.",
        ),
    ),
    categories=("wohnen",),
    target_groups=("jugendliche", "neu-angekommene"),
    districts=("suedviertel",),
    languages=("deutsch", "englisch"),
    tags=("langfristig",),
    contact="Sophie Berger",
    street="Südallee 9",
    status=InitiativeStatus.ENDED,
    ended_on=date(2019, 12, 31),
    phone=False,
    website=False,
)

INITIATIVES = (WOHNUNGSPATEN, MOEBELBOERSE, ZIMMER_FREI)
