"""Initiatives by and for women, and on the way into work."""

from hub.demo.directory_specs import InitiativeSpec, InitiativeText

FRAUENCAFE = InitiativeSpec(
    key="frauencafe-salam",
    de=InitiativeText(
        title="Frauencafé Salam",
        slug="frauencafe-salam",
        summary="Jeden Freitagvormittag ein Treffpunkt nur für Frauen: Tee, Gespräche, Ausflüge "
        "– und Kinderbetreuung im Nebenraum.",
        description=(
            "Im Frauencafé Salam treffen sich Frauen aus Syrien, Afghanistan, Eritrea, dem Irak "
            "und aus Lindenstadt. Manche kommen zum Reden, andere wegen der Rechtsfragen, die "
            "eine Beraterin einmal im Monat beantwortet, wieder andere für die gemeinsamen "
            "Ausflüge.",
            "Männer haben keinen Zutritt – für viele Frauen ist das die Voraussetzung, überhaupt "
            "zu kommen. Kinder sind willkommen und werden nebenan betreut.",
        ),
        involvement=(
            "Mit den Frauen ins Gespräch kommen und Deutsch sprechen",
            "Einen Ausflug oder einen Workshop organisieren",
            "Die Kinder im Nebenraum betreuen",
        ),
        time_commitment="Freitags 9:30–12 Uhr, gern auch nur einmal im Monat",
        requirements="Nur Frauen; für die Kinderbetreuung ein erweitertes Führungszeugnis",
        meeting_place="Frauenzentrum Südviertel, Café im Erdgeschoss",
    ),
    en=InitiativeText(
        title="Salam women's café",
        slug="salam-womens-cafe",
        summary="Every Friday morning, a meeting place for women only: tea, conversation, "
        "outings – and childcare in the next room.",
        description=(
            "At the Salam women's café, women from Syria, Afghanistan, Eritrea, Iraq and "
            "Lindenstadt get together. Some come to talk, others for the legal questions a "
            "counsellor answers once a month, still others for the joint outings.",
            "Men are not admitted – for many women, that is what makes it possible to come at "
            "all. Children are welcome and looked after next door.",
        ),
        involvement=(
            "Get talking with the women and speak German",
            "Organise an outing or a workshop",
            "Look after the children in the next room",
        ),
        time_commitment="Fridays 9:30 am–12 noon; once a month is fine too",
        requirements="Women only; for childcare, an enhanced certificate of good conduct "
        "(erweitertes Führungszeugnis)",
        meeting_place="Südviertel women's centre, café on the ground floor",
    ),
    ar=InitiativeText(
        title="مقهى سلام للنساء",
        slug="salam-womens-cafe",
        summary="كل صباح جمعة ملتقى للنساء فقط: شاي وأحاديث ورحلات، مع رعاية للأطفال في الغرفة "
        "المجاورة.",
        description=(
            "في مقهى سلام تلتقي نساء من سوريا وأفغانستان وإريتريا والعراق ومن ليندنشتات. بعضهن "
            "يأتين للحديث، وأخريات من أجل الأسئلة القانونية التي تجيب عنها مستشارة مرة في الشهر، "
            "وغيرهن من أجل الرحلات المشتركة.",
            "لا يُسمح للرجال بالدخول، وهذا بالنسبة لكثير من النساء شرط أساسي للمجيء أصلاً. "
            "الأطفال مرحَّب بهم، ويجدون الرعاية في الغرفة المجاورة.",
        ),
        involvement=(
            "التحدث مع النساء وممارسة اللغة الألمانية معهن",
            "تنظيم رحلة أو ورشة عمل",
            "رعاية الأطفال في الغرفة المجاورة",
        ),
        time_commitment="أيام الجمعة من ٩:٣٠ إلى ١٢:٠٠، ويمكن المشاركة مرة في الشهر أيضاً",
        requirements="للنساء فقط؛ ولرعاية الأطفال يلزم تقديم شهادة حسن سيرة وسلوك موسّعة "
        "(erweitertes Führungszeugnis)",
        meeting_place="مركز النساء في زودفيرتل، المقهى في الطابق الأرضي",
    ),
    fa=InitiativeText(
        title="کافه زنان «سلام»",
        slug="salam-womens-cafe",
        summary="هر جمعه صبح، پاتوقی فقط برای زنان: چای، گفت‌وگو، گردش؛ و نگهداری از کودکان در "
        "اتاق کناری.",
        description=(
            "در کافه زنان «سلام» زنانی از سوریه، افغانستان، اریتره، عراق و لیندن‌اشتات دور هم جمع "
            "می‌شوند. بعضی برای گفت‌وگو می‌آیند، بعضی برای پرسش‌های حقوقی که یک مشاور ماهی یک "
            "بار پاسخ می‌دهد، و بعضی برای گردش‌های گروهی.",
            "ورود مردان ممنوع است؛ برای بسیاری از زنان همین شرط اصلی آمدن است. کودکان "
            "خوش‌آمدند و در اتاق کناری از آن‌ها نگهداری می‌شود.",
        ),
        involvement=(
            "گفت‌وگو با زنان و آلمانی صحبت کردن",
            "برگزاری یک گردش یا کارگاه",
            "نگهداری از کودکان در اتاق کناری",
        ),
        time_commitment="جمعه‌ها ساعت ۹:۳۰ تا ۱۲؛ ماهی یک بار هم کافی است",
        requirements="فقط زنان؛ برای نگهداری از کودکان گواهی عدم سوء پیشینهٔ تکمیلی "
        "(erweitertes Führungszeugnis)",
        meeting_place="مرکز زنان زودفیرتل، کافه در طبقهٔ همکف",
    ),
    fr=InitiativeText(
        title="Café des femmes Salam",
        slug="cafe-des-femmes-salam",
        summary="Chaque vendredi matin, un lieu de rencontre réservé aux femmes : thé, "
        "discussions, sorties – et garde d'enfants dans la pièce voisine.",
        description=(
            "Au café des femmes Salam se retrouvent des femmes venues de Syrie, d'Afghanistan, "
            "d'Érythrée, d'Irak et de Lindenstadt. Certaines viennent pour parler, d'autres pour "
            "les questions juridiques auxquelles une conseillère répond une fois par mois, "
            "d'autres encore pour les sorties communes.",
            "Les hommes n'y ont pas accès – pour beaucoup de femmes, c'est la condition pour "
            "venir. Les enfants sont les bienvenus et sont gardés à côté.",
        ),
        involvement=(
            "Discuter avec les femmes et parler allemand",
            "Organiser une sortie ou un atelier",
            "Garder les enfants dans la pièce voisine",
        ),
        time_commitment="Le vendredi de 9 h 30 à 12 h ; une fois par mois convient aussi",
        requirements="Réservé aux femmes ; pour la garde d'enfants, extrait de casier judiciaire "
        "étendu (erweitertes Führungszeugnis)",
        meeting_place="Centre des femmes du Südviertel, café au rez-de-chaussée",
    ),
    categories=("frauen", "kultur"),
    target_groups=("frauen",),
    districts=("suedviertel",),
    languages=("deutsch", "arabisch", "farsi", "dari", "tigrinya"),
    tags=("vormittags", "kinderbetreuung"),
    contact="Hanan Al-Masri",
    street="Gartenstraße 15",
    mailbox="frauencafe",
)

NAEHWERKSTATT = InitiativeSpec(
    key="naehwerkstatt-rosenhoehe",
    de=InitiativeText(
        title="Nähwerkstatt Rosenhöhe",
        slug="naehwerkstatt-rosenhoehe",
        summary="An zehn Nähmaschinen entstehen Kinderkleidung, Taschen und Vorhänge – und "
        "nebenbei Freundschaften und Deutschkenntnisse.",
        description=(
            "Gegründet haben die Nähwerkstatt zwei Schneiderinnen aus Afghanistan, die in ihrer "
            "Heimat eigene Ateliers hatten. Heute lernen hier Anfängerinnen die Grundlagen, und "
            "Erfahrene nähen für sich, ihre Familien oder auf Bestellung für den "
            "Weihnachtsmarkt.",
            "Stoffe und Nähmaschinen sind Spenden. Wer eine gut erhaltene Nähmaschine abgeben "
            "möchte, meldet sich gern bei uns.",
        ),
        involvement=(
            "Nähkenntnisse weitergeben",
            "Beim Zuschneiden helfen und dabei Deutsch sprechen",
            "Stoffspenden sortieren",
        ),
        time_commitment="Montags und mittwochs 9–12 Uhr",
        requirements="Nur Frauen",
        meeting_place="Gemeindezentrum Rosenhöhe, Werkraum",
    ),
    en=InitiativeText(
        title="Rosenhöhe sewing workshop",
        slug="sewing-workshop-rosenhoehe",
        summary="Ten sewing machines turn out children's clothes, bags and curtains – and, "
        "along the way, friendships and German skills.",
        description=(
            "The sewing workshop was founded by two tailors from Afghanistan who had their own "
            "studios back home. Today beginners learn the basics here, and experienced "
            "seamstresses sew for themselves, their families or to order for the Christmas "
            "market.",
            "Fabrics and sewing machines are donated. If you have a sewing machine in good "
            "condition to give away, please get in touch.",
        ),
        involvement=(
            "Pass on your sewing skills",
            "Help with cutting and speak German while you do",
            "Sort fabric donations",
        ),
        time_commitment="Mondays and Wednesdays 9 am–12 noon",
        requirements="Women only",
        meeting_place="Rosenhöhe community centre, workroom",
    ),
    categories=("frauen", "arbeit", "kultur"),
    target_groups=("frauen",),
    districts=("rosenhoehe",),
    languages=("deutsch", "dari", "farsi", "arabisch"),
    tags=("vormittags", "handwerk"),
    contact="Zahra Ahmadi",
    street="Fliederweg 6",
    mailbox="naehwerkstatt",
)

BEWERBUNGSTRAINING = InitiativeSpec(
    key="bewerbungstraining",
    de=InitiativeText(
        title="Bewerbungstraining „Job-Start“",
        slug="bewerbungstraining",
        summary="Lebenslauf schreiben, Anschreiben formulieren, Vorstellungsgespräch üben: "
        "Einzeltermine mit Ehrenamtlichen aus Personalabteilungen.",
        description=(
            "Viele Geflüchtete bringen Berufserfahrung mit, wissen aber nicht, wie eine deutsche "
            "Bewerbung aussieht. Bei „Job-Start“ erstellen sie mit einer Begleiterin oder einem "
            "Begleiter vollständige Bewerbungsunterlagen und üben das Vorstellungsgespräch vor "
            "der Kamera.",
            "Wir arbeiten eng mit dem Jobcenter und der Anerkennungsberatung zusammen, damit "
            "ausländische Abschlüsse in der Bewerbung richtig dargestellt werden.",
        ),
        involvement=(
            "Lebensläufe und Anschreiben gemeinsam erstellen",
            "Im Übungsgespräch die Rolle der Personalerin oder des Personalers übernehmen",
        ),
        time_commitment="Zwei bis drei Termine im Monat, abends oder nach Absprache",
        requirements="Erfahrung mit Bewerbungsverfahren, etwa aus einer Personalabteilung",
        meeting_place="Volkshochschule, Raum 104",
    ),
    en=InitiativeText(
        title="“Job-Start” application training",
        slug="application-training",
        summary="Writing a CV and a cover letter, practising interviews: one-to-one sessions "
        "with volunteers from HR departments.",
        description=(
            "Many refugees bring work experience with them but do not know what a German job "
            "application looks like. At “Job-Start”, they put together a complete application "
            "with a volunteer and practise the job interview on camera.",
            "We work closely with the job centre and the recognition advice service so that "
            "foreign qualifications are presented correctly in applications.",
        ),
        involvement=(
            "Write CVs and cover letters together",
            "Play the interviewer in practice interviews",
        ),
        time_commitment="Two or three sessions a month, in the evening or by arrangement",
        requirements="Experience with recruitment, for example from an HR department",
        meeting_place="Adult education centre (Volkshochschule), room 104",
    ),
    categories=("arbeit",),
    target_groups=("neu-angekommene", "jugendliche"),
    districts=("suedviertel",),
    languages=("deutsch", "englisch", "arabisch"),
    tags=("abends", "mit-termin"),
    contact="Petra Lindner",
    street="Südallee 2",
    mailbox="job-start",
)

COMPUTERKURS = InitiativeSpec(
    key="computerkurs-frauen",
    de=InitiativeText(
        title="Computerkurs für Frauen",
        slug="computerkurs-frauen",
        summary="E-Mails schreiben, Termine online buchen, sicher im Internet: ein Grundkurs in "
        "kleinen Gruppen, mit Kinderbetreuung.",
        description=(
            "Termine beim Bürgeramt, Elternbriefe der Schule, Bewerbungen – fast alles läuft "
            "heute online. Im Computerkurs lernen Frauen in Gruppen von höchstens sechs "
            "Teilnehmerinnen, mit Laptop und Smartphone umzugehen.",
            "Der Kurs dauert acht Wochen und endet mit einem kleinen Zertifikat. Danach geht es "
            "in einer offenen Übungsstunde weiter.",
        ),
        involvement=(
            "Eine Kursgruppe als Trainerin leiten",
            "Teilnehmerinnen beim Üben einzeln unterstützen",
        ),
        time_commitment="Ein Vormittag pro Woche, acht Wochen lang",
        requirements="Gute Computerkenntnisse; nur Frauen",
        meeting_place="Stadtteilbibliothek Westend, Computerraum",
    ),
    en=InitiativeText(
        title="Computer course for women",
        slug="computer-course-for-women",
        summary="Writing e-mails, booking appointments online, staying safe on the internet: a "
        "basic course in small groups, with childcare.",
        description=(
            "Appointments at the citizens' office, letters from school, job applications – "
            "almost everything happens online today. In the computer course, women learn to use "
            "laptops and smartphones in groups of no more than six.",
            "The course lasts eight weeks and ends with a small certificate. After that, an open "
            "practice session carries on.",
        ),
        involvement=(
            "Lead a course group as a trainer",
            "Support participants one-to-one while they practise",
        ),
        time_commitment="One morning a week, for eight weeks",
        requirements="Good computer skills; women only",
        meeting_place="Westend district library, computer room",
    ),
    ar=InitiativeText(
        title="دورة حاسوب للنساء",
        slug="computer-course-for-women",
        summary="كتابة الرسائل الإلكترونية، وحجز المواعيد عبر الإنترنت، والتصفح الآمن: "
        "دورة أساسية في مجموعات صغيرة، مع رعاية للأطفال.",
        description=(
            "مواعيد مكتب خدمات المواطنين، ورسائل المدرسة إلى الأهل، وطلبات العمل: "
            "كل شيء تقريباً يجري اليوم عبر الإنترنت. في دورة الحاسوب تتعلّم النساء "
            "في مجموعات لا تزيد على ست مشاركات كيف يستخدمن الحاسوب المحمول والهاتف "
            "الذكي.",
            "تستمر الدورة ثمانية أسابيع وتنتهي بشهادة صغيرة، ثم يتواصل التعلّم في "
            "ساعة تمرين مفتوحة.",
        ),
        involvement=(
            "قيادة مجموعة في الدورة بصفة مدرّبة",
            "دعم المشاركات فردياً أثناء التمرين",
        ),
        time_commitment="صباح واحد في الأسبوع، طوال ثمانية أسابيع",
        requirements="معرفة جيدة بالحاسوب؛ للنساء فقط",
        meeting_place="مكتبة حي فيستإند (Westend)، قاعة الحواسيب",
    ),
    fa=InitiativeText(
        title="کلاس کامپیوتر برای زنان",
        slug="computer-course-for-women",
        summary="نوشتن ایمیل، گرفتن وقت به‌صورت آنلاین، استفادهٔ امن از اینترنت: دورهٔ "
        "مقدماتی در گروه‌های کوچک، همراه با نگهداری از کودکان.",
        description=(
            "وقت گرفتن از ادارهٔ خدمات شهروندی، نامه‌های مدرسه به والدین، درخواست "
            "کار؛ امروز تقریباً همه چیز آنلاین انجام می‌شود. در کلاس کامپیوتر زنان "
            "در گروه‌هایی با حداکثر شش شرکت‌کننده کار با لپ‌تاپ و گوشی هوشمند را "
            "یاد می‌گیرند.",
            "دوره هشت هفته طول می‌کشد و با یک گواهی کوچک تمام می‌شود. پس از آن، در "
            "یک ساعت تمرین آزاد ادامه می‌دهیم.",
        ),
        involvement=(
            "ادارهٔ یک گروه به‌عنوان مربی",
            "کمک فردی به شرکت‌کنندگان هنگام تمرین",
        ),
        time_commitment="هفته‌ای یک صبح، به مدت هشت هفته",
        requirements="آشنایی خوب با کامپیوتر؛ فقط زنان",
        meeting_place="کتابخانهٔ محلهٔ وست‌اند (Westend)، اتاق کامپیوتر",
    ),
    categories=("frauen", "sprache", "arbeit"),
    target_groups=("frauen",),
    districts=("westend",),
    languages=("deutsch", "farsi", "arabisch", "englisch"),
    tags=("vormittags", "kinderbetreuung", "digital"),
    contact="Melanie Braun",
    street="Westendallee 25",
    mailbox="computerkurs",
)

JOB_CAFE = InitiativeSpec(
    key="job-cafe-ostfeld",
    de=InitiativeText(
        title="Job-Café Ostfeld",
        slug="job-cafe-ostfeld",
        summary="Offener Treff für alle Fragen rund um Arbeit: Minijob oder Ausbildung, "
        "Arbeitsvertrag, Lohnabrechnung, Anerkennung von Abschlüssen.",
        description=(
            "Im Job-Café sitzen jeden Donnerstagabend Menschen, die Arbeit suchen, mit solchen "
            "zusammen, die sich auf dem Arbeitsmarkt auskennen: ein Handwerksmeister, eine "
            "Steuerberaterin, ein ehemaliger Betriebsrat. Die Fragen reichen vom ersten Minijob "
            "bis zum eigenen Friseursalon.",
            "Einmal im Quartal stellen sich Betriebe aus Ostfeld vor, die Auszubildende oder "
            "Beschäftigte suchen.",
        ),
        involvement=(
            "Ihre Berufserfahrung teilen und Fragen beantworten",
            "Kontakte zu Betrieben herstellen",
        ),
        time_commitment="Donnerstags 18–20 Uhr, so oft Sie können",
        meeting_place="Stadtteilzentrum Ostfeld, Café",
    ),
    categories=("arbeit", "beratung"),
    target_groups=("neu-angekommene", "jugendliche"),
    districts=("ostfeld",),
    languages=("deutsch", "tuerkisch", "arabisch", "russisch"),
    tags=("abends", "ohne-anmeldung"),
    contact="Bernd Koch",
    street="Ostfelder Straße 50",
)

INITIATIVES = (FRAUENCAFE, NAEHWERKSTATT, BEWERBUNGSTRAINING, COMPUTERKURS, JOB_CAFE)
