"""Initiatives for children, young people and their parents."""

from hub.demo.directory_specs import InitiativeSpec, InitiativeText

HAUSAUFGABENHILFE = InitiativeSpec(
    key="hausaufgabenhilfe-nordstadt",
    de=InitiativeText(
        title="Hausaufgabenhilfe Nordstadt",
        slug="hausaufgabenhilfe-nordstadt",
        summary="Montags bis donnerstags nach der Schule: Hilfe bei den Hausaufgaben für "
        "Grundschulkinder, mit Obst, Geduld und viel Lob.",
        description=(
            "In der Hausaufgabenhilfe sitzen jeden Nachmittag bis zu 20 Kinder der "
            "Nordstadt-Grundschule an großen Tischen. Ehrenamtliche helfen beim Rechnen, Lesen "
            "und Schreiben – und dabei, dass die Hausaufgaben am Ende wirklich fertig sind.",
            "Viele Eltern können bei Aufgaben auf Deutsch nicht helfen. Für sie ist es eine "
            "große Entlastung zu wissen, dass ihr Kind hier gut begleitet wird.",
        ),
        involvement=(
            "Ein bis drei Kindern bei den Hausaufgaben helfen",
            "Mit den Kindern lesen oder Lernspiele spielen",
        ),
        time_commitment="Ein Nachmittag pro Woche, 14–16 Uhr",
        requirements="Erweitertes Führungszeugnis",
        meeting_place="Nachbarschaftshaus Nordstadt, Raum 1 im Erdgeschoss",
    ),
    en=InitiativeText(
        title="Homework club Nordstadt",
        slug="homework-club-nordstadt",
        summary="Monday to Thursday after school: help with homework for primary school "
        "children, with fruit, patience and plenty of praise.",
        description=(
            "Every afternoon, up to 20 children from the Nordstadt primary school sit at large "
            "tables in the homework club. Volunteers help with sums, reading and writing – and "
            "make sure the homework really is finished at the end.",
            "Many parents cannot help with tasks in German. Knowing that their child is well "
            "looked after here takes a great weight off their shoulders.",
        ),
        involvement=(
            "Help one to three children with their homework",
            "Read with the children or play learning games",
        ),
        time_commitment="One afternoon a week, 2–4 pm",
        requirements="Enhanced certificate of good conduct (erweitertes Führungszeugnis)",
        meeting_place="Nordstadt neighbourhood centre, room 1 on the ground floor",
    ),
    ar=InitiativeText(
        title="المساعدة في الواجبات المدرسية في نوردشتات",
        slug="homework-club-nordstadt",
        summary="من الاثنين إلى الخميس بعد المدرسة: مساعدة تلاميذ المرحلة الابتدائية في "
        "واجباتهم، مع الفاكهة والصبر والكثير من التشجيع.",
        description=(
            "كل بعد ظهر يجلس ما يصل إلى ٢٠ طفلاً من مدرسة نوردشتات الابتدائية حول طاولات كبيرة. "
            "يساعدهم المتطوعون في الحساب والقراءة والكتابة، ويتأكدون من أن الواجبات قد أُنجزت "
            "فعلاً في النهاية.",
            "كثير من الأهالي لا يستطيعون المساعدة في واجبات مكتوبة بالألمانية، ويطمئنهم كثيراً "
            "أن يعرفوا أن أطفالهم يجدون هنا رعاية جيدة.",
        ),
        involvement=(
            "مساعدة طفل إلى ثلاثة أطفال في واجباتهم",
            "القراءة مع الأطفال أو ممارسة ألعاب تعليمية معهم",
        ),
        time_commitment="بعد ظهر يوم واحد في الأسبوع، من ١٤:٠٠ إلى ١٦:٠٠",
        requirements="شهادة حسن سيرة وسلوك موسّعة (erweitertes Führungszeugnis)",
        meeting_place="دار الجيرة في نوردشتات، الغرفة 1 في الطابق الأرضي",
    ),
    fa=InitiativeText(
        title="کمک به تکالیف مدرسه در نوردشتات",
        slug="homework-club-nordstadt",
        summary="دوشنبه تا پنجشنبه بعد از مدرسه: کمک به کودکان دبستانی در انجام تکالیف، با "
        "میوه، حوصله و تشویق فراوان.",
        description=(
            "هر روز بعدازظهر تا ۲۰ کودک از دبستان نوردشتات دور میزهای بزرگ می‌نشینند. داوطلبان "
            "در حساب، خواندن و نوشتن کمکشان می‌کنند و مراقب‌اند که تکالیف در پایان واقعاً تمام "
            "شده باشد.",
            "بسیاری از پدر و مادرها نمی‌توانند در تکالیفی که به زبان آلمانی است کمک کنند. "
            "برایشان خیال راحتی است که بدانند فرزندشان اینجا همراهی خوبی دارد.",
        ),
        involvement=(
            "کمک به یک تا سه کودک در انجام تکالیف",
            "کتاب خواندن با کودکان یا انجام بازی‌های آموزشی",
        ),
        time_commitment="هفته‌ای یک بعدازظهر، ساعت ۱۴ تا ۱۶",
        requirements="گواهی عدم سوء پیشینهٔ تکمیلی (erweitertes Führungszeugnis)",
        meeting_place="خانهٔ همسایگی نوردشتات، اتاق ۱ در طبقهٔ همکف",
    ),
    fr=InitiativeText(
        title="Aide aux devoirs Nordstadt",
        slug="aide-aux-devoirs-nordstadt",
        summary="Du lundi au jeudi après l'école : aide aux devoirs pour les enfants du "
        "primaire, avec des fruits, de la patience et beaucoup d'encouragements.",
        description=(
            "Chaque après-midi, jusqu'à 20 enfants de l'école primaire de la Nordstadt "
            "s'installent autour de grandes tables. Des bénévoles les aident en calcul, en "
            "lecture et en écriture – et veillent à ce que les devoirs soient vraiment terminés.",
            "Beaucoup de parents ne peuvent pas aider pour des devoirs en allemand. Savoir que "
            "leur enfant est bien accompagné ici les soulage beaucoup.",
        ),
        involvement=(
            "Aider un à trois enfants à faire leurs devoirs",
            "Lire avec les enfants ou jouer à des jeux éducatifs",
        ),
        time_commitment="Un après-midi par semaine, de 14 h à 16 h",
        requirements="Extrait de casier judiciaire étendu (erweitertes Führungszeugnis)",
        meeting_place="Maison de quartier de la Nordstadt, salle 1 au rez-de-chaussée",
    ),
    categories=("kinder-jugend", "sprache"),
    target_groups=("kinder", "familien"),
    districts=("nordstadt",),
    languages=("deutsch", "arabisch", "tuerkisch", "kurmanci"),
    tags=("nachmittags",),
    contact="Sabine Yılmaz",
    street="Kastanienallee 12",
    mailbox="hausaufgabenhilfe",
)

LESEPATEN = InitiativeSpec(
    key="lesepaten-lindenhof",
    de=InitiativeText(
        title="Lesepaten an der Lindenhof-Grundschule",
        slug="lesepaten-lindenhof",
        summary="Einmal pro Woche mit einem Kind lesen – eine Stunde, die für beide zum "
        "Höhepunkt der Woche werden kann.",
        description=(
            "Lesen ist der Schlüssel zu allen anderen Fächern. Die Lesepatinnen und Lesepaten "
            "holen einzelne Kinder aus dem Unterricht und lesen mit ihnen in der Schulbibliothek: "
            "Bilderbücher, Comics, Sachbücher über Dinosaurier.",
            "Die Lehrkräfte schlagen die Kinder vor; Sie begleiten dasselbe Kind möglichst ein "
            "ganzes Schuljahr lang.",
        ),
        involvement=(
            "Mit einem Kind lesen und über das Gelesene sprechen",
            "Bücher für die Lesekiste aussuchen",
        ),
        time_commitment="Eine Stunde pro Woche am Vormittag, ein Schuljahr lang",
        requirements="Erweitertes Führungszeugnis",
        meeting_place="Lindenhof-Grundschule, Schulbibliothek",
    ),
    en=InitiativeText(
        title="Reading mentors at Lindenhof primary school",
        slug="reading-mentors-lindenhof",
        summary="Read with a child once a week – an hour that can become the highlight of the "
        "week for both of you.",
        description=(
            "Reading is the key to every other subject. Reading mentors take individual children "
            "out of class and read with them in the school library: picture books, comics, "
            "books about dinosaurs.",
            "Teachers suggest the children; if possible, you stay with the same child for a "
            "whole school year.",
        ),
        involvement=(
            "Read with a child and talk about the story",
            "Choose books for the reading box",
        ),
        time_commitment="One hour a week in the morning, for one school year",
        requirements="Enhanced certificate of good conduct (erweitertes Führungszeugnis)",
        meeting_place="Lindenhof primary school, school library",
    ),
    ar=InitiativeText(
        title="رعاة القراءة في مدرسة ليندنهوف الابتدائية",
        slug="reading-mentors-lindenhof",
        summary="أن تقرأ مع طفل مرة في الأسبوع: ساعة قد تصبح أجمل ما في الأسبوع لكليكما.",
        description=(
            "القراءة مفتاح كل المواد الدراسية الأخرى. يأخذ رعاة القراءة ورعاتها "
            "أطفالاً أفراداً من الصف ويقرؤون معهم في مكتبة المدرسة: كتباً مصوّرة، "
            "وقصصاً مصوّرة (كوميكس)، وكتباً عن الديناصورات.",
            "يقترح المعلمون والمعلمات الأطفال، وترافقون الطفل نفسه طوال العام الدراسي إن أمكن.",
        ),
        involvement=(
            "القراءة مع طفل والحديث معه عمّا قرأه",
            "اختيار كتب لصندوق القراءة",
        ),
        time_commitment="ساعة واحدة في الأسبوع صباحاً، طوال عام دراسي",
        requirements="شهادة حسن سيرة وسلوك موسّعة (erweitertes Führungszeugnis)",
        meeting_place="مدرسة ليندنهوف الابتدائية، مكتبة المدرسة",
    ),
    fa=InitiativeText(
        title="همیاران کتاب‌خوانی در دبستان لیندن‌هوف",
        slug="reading-mentors-lindenhof",
        summary="هفته‌ای یک بار با یک کودک کتاب بخوانید؛ ساعتی که می‌تواند برای هر دوی "
        "شما بهترین لحظهٔ هفته شود.",
        description=(
            "خواندن کلید همهٔ درس‌های دیگر است. همیاران کتاب‌خوانی کودکان را "
            "یکی‌یکی از کلاس می‌آورند و در کتابخانهٔ مدرسه با آن‌ها کتاب می‌خوانند: "
            "کتاب‌های تصویری، کمیک و کتاب‌هایی دربارهٔ دایناسورها.",
            "معلم‌ها کودکان را پیشنهاد می‌کنند و شما تا جای ممکن یک سال تحصیلی کامل "
            "همراه همان کودک می‌مانید.",
        ),
        involvement=(
            "با یک کودک کتاب خواندن و دربارهٔ داستان حرف زدن",
            "انتخاب کتاب برای جعبهٔ کتاب‌خوانی",
        ),
        time_commitment="هفته‌ای یک ساعت، صبح‌ها، به مدت یک سال تحصیلی",
        requirements="گواهی عدم سوء پیشینهٔ تکمیلی (erweitertes Führungszeugnis)",
        meeting_place="دبستان لیندن‌هوف، کتابخانهٔ مدرسه",
    ),
    categories=("kinder-jugend", "sprache"),
    target_groups=("kinder",),
    districts=("lindenhof",),
    languages=("deutsch",),
    tags=("vormittags", "langfristig"),
    contact="Renate Vogel",
    street="Birkenweg 5",
    mailbox="lesepaten",
    website=False,
)

KUNSTWERKSTATT = InitiativeSpec(
    key="kinder-kunstwerkstatt",
    de=InitiativeText(
        title="Kinder-Kunstwerkstatt „Farbklecks“",
        slug="kinder-kunstwerkstatt",
        summary="Malen, drucken, kneten: Jeden Mittwochnachmittag ist die Werkstatt offen für "
        "Kinder von 6 bis 12 Jahren, egal welche Sprache sie sprechen.",
        description=(
            "Im „Farbklecks“ braucht niemand Worte, um mitzumachen. Eine Kunstpädagogin leitet "
            "die Werkstatt, Ehrenamtliche helfen beim Material und beim Aufräumen. Einmal im "
            "Jahr stellen die Kinder ihre Bilder im Rathausfoyer aus.",
            "Viele Kinder kommen aus den Gemeinschaftsunterkünften im Lindenhof, wo es kaum "
            "Platz zum Spielen gibt.",
        ),
        involvement=(
            "Kinder beim Malen und Basteln begleiten",
            "Material besorgen und Spenden sortieren",
            "Die jährliche Ausstellung mit aufbauen",
        ),
        time_commitment="Mittwochs 15–17 Uhr, auch alle zwei Wochen möglich",
        requirements="Erweitertes Führungszeugnis",
        meeting_place="Atelier im Stadtteiltreff Lindenhof, Untergeschoss",
    ),
    en=InitiativeText(
        title="“Farbklecks” children's art workshop",
        slug="childrens-art-workshop",
        summary="Painting, printing, modelling: every Wednesday afternoon the workshop is open "
        "to children aged 6 to 12, whatever language they speak.",
        description=(
            "At “Farbklecks” (“paint splash”), nobody needs words to join in. An art teacher "
            "runs the workshop, and volunteers help with materials and tidying up. Once a year, "
            "the children exhibit their pictures in the town hall foyer.",
            "Many of the children come from the shared accommodation in Lindenhof, where there "
            "is hardly any room to play.",
        ),
        involvement=(
            "Support children while they paint and make things",
            "Get materials and sort donations",
            "Help set up the annual exhibition",
        ),
        time_commitment="Wednesdays 3–5 pm; every other week is possible too",
        requirements="Enhanced certificate of good conduct (erweitertes Führungszeugnis)",
        meeting_place="Studio in the Lindenhof community centre, basement",
    ),
    categories=("kinder-jugend", "kultur"),
    target_groups=("kinder",),
    districts=("lindenhof",),
    languages=("deutsch", "arabisch", "ukrainisch"),
    tags=("nachmittags", "ohne-anmeldung"),
    contact="Lena Hoffmann",
    street="Lindenhofer Straße 24",
    mailbox="farbklecks",
)

JUGENDTREFF = InitiativeSpec(
    key="jugendtreff-basecamp",
    de=InitiativeText(
        title="Jugendtreff „Basecamp“",
        slug="jugendtreff-basecamp",
        summary="Kicker, Musik, Hausaufgaben und jemand zum Reden: ein offener Treff für "
        "Jugendliche von 13 bis 21 in Eichkamp.",
        description=(
            "Das Basecamp ist an vier Abenden pro Woche geöffnet. Hier treffen sich Jugendliche, "
            "die in Eichkamp aufgewachsen sind, und solche, die erst vor Kurzem angekommen sind. "
            "Zwei Sozialarbeiter sind immer da, Ehrenamtliche bringen ihre Hobbys mit: Gitarre, "
            "Boxen, Videoschnitt.",
            "Im Sommer organisiert das Basecamp eine Woche Zeltlager an der Ostsee.",
        ),
        involvement=(
            "Einen Workshop zu Ihrem Hobby anbieten",
            "Bei Bewerbungen helfen",
            "Beim Sommercamp als Betreuerin oder Betreuer mitfahren",
        ),
        time_commitment="Ein Abend pro Woche oder ein Workshop im Monat",
        requirements="Erweitertes Führungszeugnis; ab 21 Jahren",
        meeting_place="Basecamp im ehemaligen Bahnwärterhaus am Eichkamper Weg",
    ),
    en=InitiativeText(
        title="“Basecamp” youth club",
        slug="basecamp-youth-club",
        summary="Table football, music, homework and someone to talk to: an open youth club in "
        "Eichkamp for young people aged 13 to 21.",
        description=(
            "Basecamp is open four evenings a week. Young people who grew up in Eichkamp meet "
            "others who arrived only recently. Two social workers are always there, and "
            "volunteers bring along their hobbies: guitar, boxing, video editing.",
            "In summer, Basecamp organises a week of camping on the Baltic coast.",
        ),
        involvement=(
            "Offer a workshop on your hobby",
            "Help with job applications",
            "Come along to the summer camp as a youth leader",
        ),
        time_commitment="One evening a week or one workshop a month",
        requirements="Enhanced certificate of good conduct (erweitertes Führungszeugnis); "
        "aged 21 or over",
        meeting_place="Basecamp in the old level-crossing keeper's house on Eichkamper Weg",
    ),
    categories=("kinder-jugend", "sport", "kultur"),
    target_groups=("jugendliche",),
    districts=("eichkamp",),
    languages=("deutsch", "arabisch", "kurmanci", "tuerkisch", "paschtu"),
    tags=("abends", "ohne-anmeldung"),
    contact="Deniz Aydın",
    street="Eichkamper Weg 40",
    mailbox="basecamp",
)

MUTTER_KIND = InitiativeSpec(
    key="mutter-kind-gruppe",
    de=InitiativeText(
        title="Mutter-Kind-Gruppe „Kleine Schritte“",
        slug="mutter-kind-gruppe",
        summary="Ein Vormittag für Mütter mit Babys und Kleinkindern: spielen, singen, Fragen "
        "loswerden – einmal im Monat mit einer Hebamme.",
        description=(
            "Mit einem kleinen Kind ist es schwer, in einer neuen Stadt Anschluss zu finden. In "
            "der Gruppe treffen sich Mütter aus der Nachbarschaft jeden Donnerstag in einem "
            "hellen Spielzimmer. Während die Kinder krabbeln und spielen, gibt es Tee und Zeit "
            "für Gespräche.",
            "Einmal im Monat kommt eine Hebamme und beantwortet Fragen zu Schlaf, Ernährung und "
            "Vorsorgeuntersuchungen; eine Dolmetscherin ist dann dabei.",
        ),
        involvement=(
            "Die Gruppe mit vorbereiten und Gäste begrüßen",
            "Mit den Kindern spielen und singen",
        ),
        time_commitment="Donnerstags 9:30–11:30 Uhr",
        requirements="Erweitertes Führungszeugnis",
        meeting_place="Familienzentrum Nordstadt, Spielzimmer",
    ),
    en=InitiativeText(
        title="“Kleine Schritte” mother and toddler group",
        slug="mother-and-toddler-group",
        summary="A morning for mothers with babies and toddlers: play, sing, ask questions – "
        "with a midwife once a month.",
        description=(
            "With a small child, it is hard to find your feet in a new town. Mothers from the "
            "neighbourhood meet every Thursday in a bright playroom. While the children crawl "
            "and play, there is tea and time to talk.",
            "Once a month, a midwife comes to answer questions about sleep, feeding and "
            "check-ups; an interpreter is there too.",
        ),
        involvement=(
            "Help prepare the group and welcome guests",
            "Play and sing with the children",
        ),
        time_commitment="Thursdays 9:30–11:30 am",
        requirements="Enhanced certificate of good conduct (erweitertes Führungszeugnis)",
        meeting_place="Nordstadt family centre, playroom",
    ),
    ar=InitiativeText(
        title="مجموعة الأمهات والأطفال «خطوات صغيرة»",
        slug="mother-and-toddler-group",
        summary="صباح للأمهات مع الرضّع والأطفال الصغار: لعب وغناء وفرصة لطرح الأسئلة، "
        "ومرة في الشهر مع قابلة.",
        description=(
            "مع طفل صغير يصعب على المرء أن يتعرّف على الناس في مدينة جديدة. في هذه "
            "المجموعة تلتقي أمهات من الحي كل يوم خميس في غرفة لعب مشرقة. وبينما "
            "يحبو الأطفال ويلعبون، نشرب الشاي ويتّسع الوقت للحديث.",
            "مرة في الشهر تأتي قابلة وتجيب عن الأسئلة المتعلقة بالنوم والتغذية "
            "والفحوص الوقائية، وتحضر معها مترجمة.",
        ),
        involvement=(
            "المساعدة في تحضير اللقاء والترحيب بالضيفات",
            "اللعب والغناء مع الأطفال",
        ),
        time_commitment="أيام الخميس من الساعة 9:30 إلى 11:30",
        requirements="شهادة حسن سيرة وسلوك موسّعة (erweitertes Führungszeugnis)",
        meeting_place="مركز الأسرة في نوردشتات، غرفة اللعب",
    ),
    fa=InitiativeText(
        title="گروه مادر و کودک «گام‌های کوچک»",
        slug="mother-and-toddler-group",
        summary="یک صبح برای مادران با نوزادان و کودکان خردسال: بازی، آواز و فرصتی برای "
        "پرسیدن؛ ماهی یک بار با یک ماما.",
        description=(
            "با یک بچهٔ کوچک، آشنا شدن با دیگران در شهری تازه سخت است. در این گروه "
            "مادرانی از محله هر پنجشنبه در یک اتاق بازی روشن دور هم جمع می‌شوند. "
            "بچه‌ها چهار دست و پا می‌روند و بازی می‌کنند و در این فاصله چای هست و "
            "وقت برای گپ زدن.",
            "ماهی یک بار یک ماما می‌آید و به پرسش‌ها دربارهٔ خواب، تغذیه و "
            "معاینه‌های پیشگیری پاسخ می‌دهد؛ آن روز یک مترجم زن هم حضور دارد.",
        ),
        involvement=(
            "کمک به آماده کردن جلسه و خوشامدگویی به مهمانان",
            "بازی و آواز خواندن با بچه‌ها",
        ),
        time_commitment="پنجشنبه‌ها ساعت ۹:۳۰ تا ۱۱:۳۰",
        requirements="گواهی عدم سوء پیشینهٔ تکمیلی (erweitertes Führungszeugnis)",
        meeting_place="مرکز خانوادهٔ نوردشتات، اتاق بازی",
    ),
    categories=("frauen", "kinder-jugend", "gesundheit"),
    target_groups=("frauen", "familien", "kinder"),
    districts=("nordstadt",),
    languages=("deutsch", "arabisch", "tigrinya", "somali"),
    tags=("vormittags", "ohne-anmeldung"),
    contact="Fatima Omar",
    street="Ahornweg 3",
    mailbox="kleine-schritte",
    website=False,
)

FERIENSPIELE = InitiativeSpec(
    key="ferienspiele",
    de=InitiativeText(
        title="Ferienspiele für alle Kinder",
        slug="ferienspiele",
        summary="In den Sommerferien zwei Wochen Ausflüge, Spiele und Baden für Kinder von 6 bis "
        "12 – kostenlos und mit Mittagessen.",
        description=(
            "Nicht jede Familie kann in den Ferien verreisen. Die Ferienspiele bringen Kinder "
            "aus dem Lindenhof und aus Ostfeld zusammen: in den Zoo, ins Freibad, zur Feuerwehr "
            "und auf den Abenteuerspielplatz.",
            "Die Anmeldung läuft ab Mai über die Schulen und die Gemeinschaftsunterkünfte. "
            "Betreut wird in festen Gruppen von acht Kindern.",
        ),
        involvement=(
            "Eine Kindergruppe einen Tag oder die ganze Woche begleiten",
            "Beim Mittagessen und bei Ausflügen helfen",
        ),
        time_commitment="Zwei Wochen im Juli, gern auch einzelne Tage",
        requirements="Erweitertes Führungszeugnis; Teilnahme am Vorbereitungstreffen im Juni",
        meeting_place="Treffpunkt morgens am Abenteuerspielplatz Ostfeld",
    ),
    en=InitiativeText(
        title="Holiday play scheme for all children",
        slug="holiday-play-scheme",
        summary="Two weeks of outings, games and swimming in the summer holidays for children "
        "aged 6 to 12 – free of charge, with lunch.",
        description=(
            "Not every family can go away in the holidays. The play scheme brings together "
            "children from Lindenhof and Ostfeld: to the zoo, the open-air pool, the fire "
            "station and the adventure playground.",
            "Registration opens in May through the schools and the shared accommodation. "
            "Children are looked after in fixed groups of eight.",
        ),
        involvement=(
            "Accompany a group of children for a day or the whole week",
            "Help at lunch and on outings",
        ),
        time_commitment="Two weeks in July; single days are welcome too",
        requirements="Enhanced certificate of good conduct (erweitertes Führungszeugnis); "
        "attendance at the preparatory meeting in June",
        meeting_place="Meet in the morning at the Ostfeld adventure playground",
    ),
    categories=("kinder-jugend", "sport"),
    target_groups=("kinder",),
    districts=("ostfeld", "lindenhof"),
    languages=("deutsch", "arabisch", "ukrainisch", "englisch"),
    tags=("draussen", "kostenlos"),
    contact="Jan Schulze",
    street="Am Sportplatz 1",
)

INITIATIVES = (
    HAUSAUFGABENHILFE,
    LESEPATEN,
    KUNSTWERKSTATT,
    JUGENDTREFF,
    MUTTER_KIND,
    FERIENSPIELE,
)
