"""Initiatives for sport, cycling and getting out and about."""

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

RAD_AB = InitiativeSpec(
    key="fahrradwerkstatt-rad-ab",
    de=InitiativeText(
        title="Fahrradwerkstatt „Rad ab“",
        slug="fahrradwerkstatt-rad-ab",
        summary="Gespendete Fahrräder reparieren, gemeinsam schrauben lernen und am Ende mit dem "
        "eigenen Rad nach Hause fahren.",
        description=(
            "Ein Fahrrad bedeutet Freiheit: zur Arbeit, zum Sprachkurs, zum Fußballtraining, "
            "ohne Busticket. In der Werkstatt unter dem Hafenspeicher machen Ehrenamtliche und "
            "Geflüchtete gespendete Räder wieder verkehrstüchtig.",
            "Wer mitschraubt, bekommt ein Rad – und lernt dabei, es selbst instand zu halten. "
            "Werkzeug und Ersatzteile sind vorhanden.",
        ),
        involvement=(
            "Mit Fahrradkenntnissen beim Reparieren anleiten",
            "Gespendete Räder abholen",
            "Ersatzteile sortieren und die Werkstatt in Ordnung halten",
        ),
        time_commitment="Samstags 10–14 Uhr, einmal im Monat oder öfter",
        meeting_place="Werkstatt unter dem Hafenspeicher, Eingang Kaiweg",
    ),
    en=InitiativeText(
        title="“Rad ab” bike workshop",
        slug="rad-ab-bike-workshop",
        summary="Repair donated bikes, learn to fix them together, and ride home on a bike of "
        "your own at the end.",
        description=(
            "A bike means freedom: to work, to language class, to football training, without a "
            "bus ticket. In the workshop under the harbour warehouse, volunteers and refugees "
            "make donated bikes roadworthy again.",
            "Anyone who helps with the repairs gets a bike – and learns how to look after it. "
            "Tools and spare parts are provided.",
        ),
        involvement=(
            "Show others how to repair bikes",
            "Collect donated bikes",
            "Sort spare parts and keep the workshop tidy",
        ),
        time_commitment="Saturdays 10 am–2 pm, once a month or more often",
        meeting_place="Workshop under the harbour warehouse, entrance on Kaiweg",
    ),
    ar=InitiativeText(
        title="ورشة الدراجات «راد آب»",
        slug="rad-ab-bike-workshop",
        summary="إصلاح الدراجات المتبرَّع بها، وتعلّم الصيانة معاً، والعودة إلى البيت في النهاية "
        "على دراجتكم الخاصة.",
        description=(
            "الدراجة تعني الحرية: إلى العمل، وإلى دورة اللغة، وإلى تدريب كرة القدم، دون تذكرة "
            "حافلة. في الورشة الواقعة أسفل مخزن الميناء، يعيد متطوعون ولاجئون الدراجات "
            "المتبرَّع بها إلى حالة صالحة للسير.",
            "من يشارك في الإصلاح يحصل على دراجة، ويتعلم في الوقت نفسه كيف يعتني بها بنفسه. "
            "الأدوات وقطع الغيار متوفرة.",
        ),
        involvement=(
            "إرشاد الآخرين في إصلاح الدراجات إن كانت لديكم خبرة",
            "جلب الدراجات المتبرَّع بها",
            "فرز قطع الغيار والحفاظ على ترتيب الورشة",
        ),
        time_commitment="أيام السبت من ١٠:٠٠ إلى ١٤:٠٠، مرة في الشهر أو أكثر",
        meeting_place="الورشة أسفل مخزن الميناء، المدخل من شارع Kaiweg",
    ),
    fa=InitiativeText(
        title="کارگاه دوچرخهٔ «راد آب»",
        slug="rad-ab-bike-workshop",
        summary="دوچرخه‌های اهدایی را تعمیر کنید، با هم تعمیرکاری یاد بگیرید و در پایان با "
        "دوچرخهٔ خودتان به خانه برگردید.",
        description=(
            "دوچرخه یعنی آزادی: رفتن به سر کار، به کلاس زبان، به تمرین فوتبال، بدون بلیت "
            "اتوبوس. در کارگاه زیر انبار بندر، داوطلبان و پناهجویان دوچرخه‌های اهدایی را دوباره "
            "قابل استفاده می‌کنند.",
            "هر کس در تعمیر کمک کند، یک دوچرخه می‌گیرد و در همین حین یاد می‌گیرد خودش از آن "
            "نگهداری کند. ابزار و قطعات یدکی موجود است.",
        ),
        involvement=(
            "راهنمایی دیگران در تعمیر، اگر با دوچرخه آشنا هستید",
            "آوردن دوچرخه‌های اهدایی",
            "مرتب کردن قطعات یدکی و نظم دادن به کارگاه",
        ),
        time_commitment="شنبه‌ها ساعت ۱۰ تا ۱۴، ماهی یک بار یا بیشتر",
        meeting_place="کارگاه زیر انبار بندر، ورودی از خیابان Kaiweg",
    ),
    fr=InitiativeText(
        title="Atelier vélo « Rad ab »",
        slug="atelier-velo-rad-ab",
        summary="Réparer des vélos donnés, apprendre la mécanique ensemble et repartir à la fin "
        "sur son propre vélo.",
        description=(
            "Un vélo, c'est la liberté : aller au travail, au cours de langue, à l'entraînement "
            "de football, sans ticket de bus. Dans l'atelier sous l'entrepôt du port, bénévoles "
            "et personnes réfugiées remettent en état des vélos donnés.",
            "Qui participe aux réparations reçoit un vélo – et apprend à l'entretenir lui-même. "
            "Outils et pièces détachées sont fournis.",
        ),
        involvement=(
            "Guider les réparations si vous vous y connaissez en vélos",
            "Aller chercher les vélos donnés",
            "Trier les pièces détachées et ranger l'atelier",
        ),
        time_commitment="Le samedi de 10 h à 14 h, une fois par mois ou plus",
        meeting_place="Atelier sous l'entrepôt du port, entrée côté Kaiweg",
    ),
    categories=("sport", "sachspenden"),
    target_groups=("neu-angekommene", "jugendliche"),
    districts=("hafen",),
    languages=("deutsch", "arabisch", "tigrinya", "englisch"),
    tags=("wochenende", "handwerk"),
    contact="Kai Lorenz",
    street="Kaiweg 2",
    mailbox="radab",
)

FUSSBALL = InitiativeSpec(
    key="fussball-fuer-alle",
    de=InitiativeText(
        title="Fußball für alle",
        slug="fussball-fuer-alle",
        summary="Zweimal pro Woche offenes Training auf dem Platz des SV Westend – für alle ab "
        "16, ohne Vereinsbeitrag und ohne Anmeldung.",
        description=(
            "Auf dem Platz ist egal, woher jemand kommt. Beim offenen Training spielen "
            "Geflüchtete, Studierende und Vereinsmitglieder zusammen; zwei Trainer des SV Westend "
            "leiten an. Fußballschuhe und Trikots gibt es aus der Spendenkiste.",
            "Wer regelmäßig dabei ist, kann in die Freizeitmannschaft wechseln, die in der "
            "Stadtliga spielt.",
        ),
        involvement=(
            "Das Training mit anleiten",
            "Spiele und Turniere organisieren",
            "Fahrten zu Auswärtsspielen übernehmen",
        ),
        time_commitment="Dienstags und donnerstags 18:30–20 Uhr",
        meeting_place="Sportplatz des SV Westend",
    ),
    en=InitiativeText(
        title="Football for everyone",
        slug="football-for-everyone",
        summary="Open training twice a week on the SV Westend pitch – for everyone aged 16 and "
        "over, with no club fee and no registration.",
        description=(
            "On the pitch, it doesn't matter where anyone comes from. At open training, "
            "refugees, students and club members play together, led by two SV Westend coaches. "
            "Boots and shirts come from the donation box.",
            "Regular players can move up to the recreational team that plays in the city league.",
        ),
        involvement=(
            "Help lead training",
            "Organise matches and tournaments",
            "Drive players to away games",
        ),
        time_commitment="Tuesdays and Thursdays 6:30–8 pm",
        meeting_place="SV Westend sports ground",
    ),
    ar=InitiativeText(
        title="كرة القدم للجميع",
        slug="football-for-everyone",
        summary="تدريب مفتوح مرتين في الأسبوع في ملعب نادي SV Westend، لكل من بلغ ١٦ عاماً فما "
        "فوق، دون رسوم عضوية ودون تسجيل.",
        description=(
            "في الملعب لا يهم من أين أتى أحد. في التدريب المفتوح يلعب اللاجئون والطلاب وأعضاء "
            "النادي معاً، بإشراف مدرّبَين من نادي SV Westend. الأحذية والقمصان الرياضية متوفرة "
            "من صندوق التبرعات.",
            "من يشارك بانتظام يمكنه الانضمام إلى فريق الهواة الذي يلعب في دوري المدينة.",
        ),
        involvement=(
            "المساعدة في قيادة التدريب",
            "تنظيم المباريات والبطولات",
            "توصيل اللاعبين إلى المباريات خارج الأرض",
        ),
        time_commitment="أيام الثلاثاء والخميس من ١٨:٣٠ إلى ٢٠:٠٠",
        meeting_place="ملعب نادي SV Westend",
    ),
    fa=InitiativeText(
        title="فوتبال برای همه",
        slug="football-for-everyone",
        summary="تمرین آزاد دو بار در هفته در زمین باشگاه SV Westend؛ برای همهٔ افراد ۱۶ سال به "
        "بالا، بدون حق عضویت و بدون ثبت‌نام.",
        description=(
            "در زمین فوتبال مهم نیست کسی از کجا آمده است. در تمرین آزاد، پناهجویان، دانشجویان و "
            "اعضای باشگاه با هم بازی می‌کنند و دو مربی باشگاه SV Westend تمرین را هدایت "
            "می‌کنند. کفش فوتبال و پیراهن از جعبهٔ کمک‌های اهدایی تأمین می‌شود.",
            "کسانی که مرتب می‌آیند، می‌توانند به تیم تفریحی باشگاه بپیوندند که در لیگ شهری بازی "
            "می‌کند.",
        ),
        involvement=(
            "کمک در هدایت تمرین",
            "برگزاری مسابقه‌ها و تورنمنت‌ها",
            "رساندن بازیکنان به بازی‌های خارج از خانه",
        ),
        time_commitment="سه‌شنبه‌ها و پنجشنبه‌ها ساعت ۱۸:۳۰ تا ۲۰",
        meeting_place="زمین ورزشی باشگاه SV Westend",
    ),
    fr=InitiativeText(
        title="Football pour tous",
        slug="football-pour-tous",
        summary="Entraînement ouvert deux fois par semaine sur le terrain du SV Westend – pour "
        "tous à partir de 16 ans, sans cotisation ni inscription.",
        description=(
            "Sur le terrain, peu importe d'où l'on vient. À l'entraînement ouvert, personnes "
            "réfugiées, étudiants et membres du club jouent ensemble, encadrés par deux "
            "entraîneurs du SV Westend. Chaussures et maillots viennent de la caisse de dons.",
            "Les joueurs réguliers peuvent rejoindre l'équipe loisirs qui joue dans le "
            "championnat de la ville.",
        ),
        involvement=(
            "Aider à encadrer l'entraînement",
            "Organiser des matchs et des tournois",
            "Conduire les joueurs aux matchs à l'extérieur",
        ),
        time_commitment="Le mardi et le jeudi de 18 h 30 à 20 h",
        meeting_place="Terrain du SV Westend",
    ),
    categories=("sport",),
    target_groups=("jugendliche", "maenner"),
    districts=("westend",),
    languages=("deutsch", "englisch", "franzoesisch", "arabisch", "tigrinya", "somali"),
    tags=("abends", "ohne-anmeldung"),
    contact="Marco Bianchi",
    street="Am Westbad 3",
    mailbox="fussball",
)

SCHWIMMKURS = InitiativeSpec(
    key="schwimmkurs-frauen",
    de=InitiativeText(
        title="Schwimmkurs für Frauen und Mädchen",
        slug="schwimmkurs-frauen",
        summary="Schwimmen lernen unter Frauen, mit Schwimmlehrerinnen und verhängten Fenstern – "
        "pausiert, solange das Westbad saniert wird.",
        description=(
            "Viele Frauen und Mädchen hatten nie die Gelegenheit, schwimmen zu lernen. Im Kurs "
            "sind sie unter sich: Das Hallenbad ist in dieser Zeit nur für Frauen geöffnet, die "
            "Fenster sind verhängt, Badebekleidung nach eigener Wahl ist erlaubt.",
            "Das Westbad wird zurzeit saniert. Sobald es wieder öffnet, starten die Kurse neu; "
            "eine Warteliste führen wir schon jetzt.",
        ),
        involvement=(
            "Als Rettungsschwimmerin oder Schwimmlehrerin einen Kurs leiten",
            "Mädchen beim Umziehen und am Beckenrand betreuen",
        ),
        time_commitment="Samstags 8–10 Uhr, zehn Wochen pro Kurs",
        requirements="Nur Frauen; Rettungsschwimmabzeichen in Bronze für die Kursleitung",
        meeting_place="Hallenbad Westbad",
    ),
    en=InitiativeText(
        title="Swimming lessons for women and girls",
        slug="swimming-lessons-women",
        summary="Learn to swim among women, with female instructors and covered windows – "
        "paused while the Westbad pool is being renovated.",
        description=(
            "Many women and girls never had the chance to learn to swim. In the course, they are "
            "among themselves: during the lesson the indoor pool is open to women only, the "
            "windows are covered and any swimwear is fine.",
            "The Westbad is currently being renovated. As soon as it reopens, the courses will "
            "start again; we are already keeping a waiting list.",
        ),
        involvement=(
            "Lead a course as a lifeguard or swimming instructor",
            "Look after girls while they change and at the poolside",
        ),
        time_commitment="Saturdays 8–10 am, ten weeks per course",
        requirements="Women only; a bronze lifeguard certificate for course leaders",
        meeting_place="Westbad indoor pool",
    ),
    categories=("sport", "frauen"),
    target_groups=("frauen", "jugendliche"),
    districts=("westend",),
    languages=("deutsch", "arabisch", "farsi", "somali"),
    tags=("wochenende",),
    contact="Kerstin Albrecht",
    street="Am Westbad 1",
    mailbox="schwimmkurs",
    status=InitiativeStatus.PAUSED,
)

LAUFGRUPPE = InitiativeSpec(
    key="laufgruppe",
    de=InitiativeText(
        title="Laufgruppe „Gemeinsam laufen“",
        slug="laufgruppe",
        summary="Sonntagmorgens eine Runde durch den Eichkamper Forst, in drei Tempogruppen – "
        "Winterpause bis März.",
        description=(
            "Die Laufgruppe ist aus einem Benefizlauf entstanden und hat seitdem Menschen aus "
            "zwölf Ländern zusammengebracht. Gelaufen wird in drei Gruppen, vom gemütlichen "
            "Joggen bis zum Halbmarathontraining. Danach gibt es Tee am Waldparkplatz.",
            "Über den Winter pausiert die Gruppe, weil die Waldwege nicht beleuchtet sind. Im "
            "März geht es wieder los.",
        ),
        involvement=(
            "Eine Tempogruppe anführen",
            "Am Waldparkplatz Tee ausschenken",
        ),
        time_commitment="Sonntags 9–10:30 Uhr, März bis Oktober",
        meeting_place="Waldparkplatz Eichkamp, am Infohäuschen",
    ),
    en=InitiativeText(
        title="“Gemeinsam laufen” running group",
        slug="running-group",
        summary="A Sunday morning run through Eichkamp forest in three pace groups – on winter "
        "break until March.",
        description=(
            "The running group grew out of a charity run and has since brought together people "
            "from twelve countries. There are three groups, from easy jogging to half-marathon "
            "training. Afterwards there is tea at the forest car park.",
            "The group takes a break over winter because the forest paths are not lit. It starts "
            "again in March.",
        ),
        involvement=(
            "Lead a pace group",
            "Serve tea at the forest car park",
        ),
        time_commitment="Sundays 9–10:30 am, March to October",
        meeting_place="Eichkamp forest car park, by the information hut",
    ),
    categories=("sport", "kultur"),
    target_groups=("ehrenamtliche", "neu-angekommene"),
    districts=("eichkamp",),
    languages=("deutsch", "englisch", "arabisch"),
    tags=("wochenende", "draussen"),
    contact="Stefan Roth",
    street="Waldstraße 60",
    status=InitiativeStatus.PAUSED,
    website=False,
)

RADFAHRKURS = InitiativeSpec(
    key="radfahrkurs-erwachsene",
    de=InitiativeText(
        title="Radfahrkurs für Erwachsene",
        slug="radfahrkurs-erwachsene",
        summary="Auf dem Verkehrsübungsplatz Fahrradfahren lernen – für Erwachsene, die es als "
        "Kind nie lernen konnten. Winterpause bis April.",
        description=(
            "Viele Frauen aus Afghanistan, Syrien oder Somalia durften als Kinder nicht Rad "
            "fahren. Im Kurs lernen sie es jetzt: zuerst auf dem Laufrad, dann auf dem "
            "Verkehrsübungsplatz am Hafen und schließlich auf einer Tour durch die Stadt.",
            "Der Kurs findet bei trockenem Wetter von April bis September statt. Fahrräder und "
            "Helme stellt die Fahrradwerkstatt „Rad ab“.",
        ),
        involvement=(
            "Beim Üben das Rad halten, Mut machen und Verkehrsregeln erklären",
            "Die Abschlusstour begleiten",
        ),
        time_commitment="Samstags 14–16 Uhr, sechs Termine pro Kurs",
        meeting_place="Verkehrsübungsplatz am Hafen",
    ),
    categories=("sport", "frauen"),
    target_groups=("frauen", "neu-angekommene"),
    districts=("hafen",),
    languages=("deutsch", "dari", "arabisch", "somali"),
    tags=("wochenende", "draussen"),
    contact="Anke Meyer",
    street="Kaiweg 15",
    mailbox="radfahrkurs",
    status=InitiativeStatus.PAUSED,
    website=False,
)

INITIATIVES = (RAD_AB, FUSSBALL, SCHWIMMKURS, LAUFGRUPPE, RADFAHRKURS)
