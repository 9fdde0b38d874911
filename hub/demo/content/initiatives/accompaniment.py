"""Initiatives that accompany people: mentoring, offices, health, apprenticeships."""

from datetime import date

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

ANKOMMEN = InitiativeSpec(
    key="patenschaften-ankommen",
    de=InitiativeText(
        title="Patenschaftsprogramm „Ankommen“",
        slug="patenschaften-ankommen",
        summary="Ehrenamtliche Patinnen und Paten begleiten eine neu angekommene Person oder "
        "Familie ein Jahr lang durch den Alltag in Lindenstadt.",
        description=(
            "Wo gibt es günstige Schulsachen? Wie funktioniert die Mülltrennung? Wer hilft, wenn "
            "der Brief vom Jobcenter nicht zu verstehen ist? Eine Patenschaft beantwortet solche "
            "Fragen nebenbei – bei einem Spaziergang, einem Kaffee, einem gemeinsamen "
            "Behördengang.",
            "Nach einem Kennenlerngespräch bringen wir Patinnen, Paten und Familien zusammen und "
            "bleiben das ganze Jahr über ansprechbar.",
        ),
        involvement=(
            "Sich etwa alle zwei Wochen mit „Ihrer“ Familie treffen",
            "Bei Alltagsfragen helfen und zu Terminen mitgehen",
            "Am monatlichen Austausch der Patinnen und Paten teilnehmen",
        ),
        time_commitment="Zwei bis vier Stunden alle zwei Wochen, ein Jahr lang",
        requirements="Ein Kennenlerngespräch und die Einführungsschulung (ein Samstag)",
        meeting_place="Büro im Haus der Begegnung, Marktplatz 1",
    ),
    en=InitiativeText(
        title="“Ankommen” mentoring programme",
        slug="ankommen-mentoring",
        summary="Volunteer mentors support a newly arrived person or family in everyday life in "
        "Lindenstadt for one year.",
        description=(
            "Where can you buy cheap school supplies? How does waste separation work? Who helps "
            "when a letter from the job centre makes no sense? A mentorship answers such "
            "questions along the way – on a walk, over coffee, on a joint visit to a public "
            "office.",
            "After a getting-to-know-you meeting, we match mentors with families and stay "
            "available throughout the year.",
        ),
        involvement=(
            "Meet “your” family about every two weeks",
            "Help with everyday questions and go along to appointments",
            "Take part in the monthly get-together of mentors",
        ),
        time_commitment="Two to four hours every two weeks, for one year",
        requirements="A getting-to-know-you meeting and the introductory training (one Saturday)",
        meeting_place="Office at the Haus der Begegnung, Marktplatz 1",
    ),
    ar=InitiativeText(
        title="برنامج المرافقة الشخصية «أنكومن» (الوصول)",
        slug="ankommen-mentoring",
        summary="يرافق متطوعون ومتطوعات شخصاً أو عائلة من القادمين الجدد في الحياة اليومية في "
        "ليندنشتات لمدة عام كامل.",
        description=(
            "أين تجدون أدوات مدرسية بسعر مناسب؟ كيف يتم فرز النفايات؟ من يساعد عندما تكون رسالة "
            "مركز العمل (جوب سنتر) غير مفهومة؟ تجيب المرافقة الشخصية عن مثل هذه الأسئلة بشكل "
            "طبيعي: خلال نزهة، أو على فنجان قهوة، أو خلال مراجعة مشتركة لدائرة رسمية.",
            "بعد لقاء تعارف نجمع بين المتطوعين والعائلات، ونبقى متاحين طوال العام.",
        ),
        involvement=(
            "اللقاء بالعائلة التي ترافقونها مرة كل أسبوعين تقريباً",
            "المساعدة في أسئلة الحياة اليومية والمرافقة إلى المواعيد",
            "المشاركة في اللقاء الشهري لتبادل الخبرات بين المتطوعين",
        ),
        time_commitment="من ساعتين إلى أربع ساعات كل أسبوعين، لمدة عام",
        requirements="لقاء تعارف والمشاركة في التدريب التمهيدي (يوم سبت واحد)",
        meeting_place="المكتب في Haus der Begegnung، Marktplatz 1",
    ),
    fa=InitiativeText(
        title="برنامهٔ همراهی «آنکومن» (رسیدن)",
        slug="ankommen-mentoring",
        summary="داوطلبان به مدت یک سال یک فرد یا خانوادهٔ تازه‌وارد را در زندگی روزمره در "
        "لیندن‌اشتات همراهی می‌کنند.",
        description=(
            "لوازم مدرسهٔ ارزان را از کجا بخریم؟ تفکیک زباله چطور انجام می‌شود؟ وقتی نامهٔ "
            "جاب‌سنتر قابل فهم نیست، چه کسی کمک می‌کند؟ همراهی داوطلبانه در کنار کارهای روزمره "
            "به این پرسش‌ها پاسخ می‌دهد؛ در یک پیاده‌روی، سر یک فنجان قهوه یا هنگام رفتن به یک "
            "اداره.",
            "پس از یک گفت‌وگوی آشنایی، داوطلبان و خانواده‌ها را به هم معرفی می‌کنیم و در تمام "
            "طول سال در دسترس هستیم.",
        ),
        involvement=(
            "تقریباً هر دو هفته یک بار دیدار با خانواده‌ای که همراهی‌اش می‌کنید",
            "کمک در پرسش‌های روزمره و همراهی در قرارها",
            "شرکت در نشست ماهانهٔ تبادل تجربه میان داوطلبان",
        ),
        time_commitment="دو تا چهار ساعت هر دو هفته یک بار، به مدت یک سال",
        requirements="یک گفت‌وگوی آشنایی و شرکت در آموزش مقدماتی (یک روز شنبه)",
        meeting_place="دفتر در Haus der Begegnung، Marktplatz 1",
    ),
    fr=InitiativeText(
        title="Programme de parrainage « Ankommen »",
        slug="parrainage-ankommen",
        summary="Des marraines et parrains bénévoles accompagnent pendant un an une personne ou "
        "une famille nouvellement arrivée dans la vie quotidienne à Lindenstadt.",
        description=(
            "Où trouver des fournitures scolaires bon marché ? Comment fonctionne le tri des "
            "déchets ? Qui aide quand un courrier du Jobcenter est incompréhensible ? Un "
            "parrainage répond à ces questions au fil des rencontres – lors d'une promenade, "
            "autour d'un café, en allant ensemble à l'administration.",
            "Après un entretien de présentation, nous mettons en relation marraines, parrains et "
            "familles, et restons disponibles toute l'année.",
        ),
        involvement=(
            "Rencontrer « votre » famille environ toutes les deux semaines",
            "Aider pour les questions du quotidien et accompagner aux rendez-vous",
            "Participer à l'échange mensuel des marraines et parrains",
        ),
        time_commitment="Deux à quatre heures toutes les deux semaines, pendant un an",
        requirements="Un entretien de présentation et la formation d'introduction (un samedi)",
        meeting_place="Bureau au Haus der Begegnung, Marktplatz 1",
    ),
    categories=("begleitung",),
    target_groups=("neu-angekommene", "familien"),
    districts=("altstadt", "nordstadt"),
    languages=("deutsch", "englisch", "arabisch", "farsi", "dari"),
    tags=("langfristig", "flexibel"),
    contact="Claudia Neumann",
    street="Marktplatz 1",
    mailbox="ankommen",
)

BEGLEITUNG_AEMTER = InitiativeSpec(
    key="begleitung-zu-aemtern",
    de=InitiativeText(
        title="Begleitung zu Ämtern",
        slug="begleitung-zu-aemtern",
        summary="Wir gehen mit zur Ausländerbehörde, zum Jobcenter oder zur Familienkasse – "
        "damit niemand allein vor dem Schalter steht.",
        description=(
            "Ein Termin bei der Ausländerbehörde entscheidet manchmal über viel, und die Sprache "
            "der Bescheide ist selbst für Muttersprachler schwer. Unsere Begleiterinnen und "
            "Begleiter helfen, Unterlagen vorzubereiten, gehen mit zum Termin und erklären "
            "hinterher, was besprochen wurde.",
            "Wir ersetzen keine Rechtsberatung. Wenn es um Widersprüche oder Fristen geht, "
            "vermitteln wir an die ehrenamtliche Rechtsberatung oder an die Migrationsberatung.",
        ),
        involvement=(
            "Zu Terminen bei Behörden mitgehen",
            "Formulare gemeinsam ausfüllen und Unterlagen ordnen",
        ),
        time_commitment="Nach Absprache, meist vormittags; etwa zwei Termine im Monat",
        requirements="Gute Deutschkenntnisse und Geduld; ein Einführungsabend vor dem ersten "
        "Einsatz",
        meeting_place="Anfragen über die Sprechstunde im Stadtteilbüro Altstadt, dienstags "
        "10–12 Uhr",
    ),
    en=InitiativeText(
        title="Accompaniment to public offices",
        slug="accompaniment-to-offices",
        summary="We go along to the immigration office, the job centre or the family benefits "
        "office – so that nobody has to face the counter alone.",
        description=(
            "An appointment at the immigration office can decide a great deal, and official "
            "letters are hard to read even for native speakers. Our volunteers help prepare "
            "documents, go along to the appointment and explain afterwards what was discussed.",
            "We do not replace legal advice. When objections or deadlines are at stake, we refer "
            "people to the volunteer legal advice service or to migration counselling.",
        ),
        involvement=(
            "Go along to appointments at public offices",
            "Fill in forms together and sort out documents",
        ),
        time_commitment="By arrangement, mostly in the morning; about two appointments a month",
        requirements="Good German and patience; an introductory evening before your first "
        "assignment",
        meeting_place="Requests through the drop-in hours at the Altstadt district office, "
        "Tuesdays 10 am–12 noon",
    ),
    ar=InitiativeText(
        title="المرافقة إلى الدوائر الرسمية",
        slug="accompaniment-to-offices",
        summary="نرافقكم إلى دائرة الأجانب أو مركز العمل (Jobcenter) أو صندوق إعانات "
        "الأسرة (Familienkasse)، كي لا يقف أحد وحيداً أمام الموظف.",
        description=(
            "قد يتوقف الكثير على موعد واحد في دائرة الأجانب، ولغة الرسائل الرسمية "
            "صعبة حتى على أبناء اللغة أنفسهم. يساعد مرافقونا ومرافقاتنا في تحضير "
            "الأوراق، ويذهبون معكم إلى الموعد، ثم يشرحون لكم بعده ما دار فيه.",
            "نحن لا نحلّ محلّ الاستشارة القانونية. فحين يتعلق الأمر بالاعتراض أو "
            "بالمهل القانونية، نوجّهكم إلى الاستشارة القانونية التطوعية أو إلى "
            "استشارات الهجرة.",
        ),
        involvement=(
            "مرافقة الناس إلى مواعيدهم في الدوائر الرسمية",
            "تعبئة الاستمارات معاً وترتيب الأوراق",
        ),
        time_commitment="حسب الاتفاق، غالباً في الفترة الصباحية؛ نحو موعدين في الشهر",
        requirements="معرفة جيدة باللغة الألمانية وصبر؛ وأمسية تعريفية قبل المهمة الأولى",
        meeting_place="الطلبات عبر ساعات الاستقبال في مكتب حي البلدة القديمة (Altstadt)، أيام "
        "الثلاثاء من الساعة 10 إلى 12",
    ),
    fa=InitiativeText(
        title="همراهی در مراجعه به ادارات",
        slug="accompaniment-to-offices",
        summary="با شما به ادارهٔ اتباع خارجی، جاب‌سنتر یا صندوق کمک‌هزینهٔ خانواده "
        "(Familienkasse) می‌آییم تا هیچ‌کس تنها پشت باجه نایستد.",
        description=(
            "گاهی یک وقت ملاقات در ادارهٔ اتباع خارجی دربارهٔ چیزهای زیادی تصمیم "
            "می‌گیرد و زبان نامه‌های اداری حتی برای آلمانی‌زبان‌ها هم دشوار است. "
            "همراهان ما در آماده کردن مدارک کمک می‌کنند، با شما به وقت ملاقات "
            "می‌آیند و بعد توضیح می‌دهند که چه گفته شد.",
            "ما جای مشاورهٔ حقوقی را نمی‌گیریم. وقتی پای اعتراض یا مهلت‌های قانونی "
            "در میان باشد، شما را به مشاورهٔ حقوقی داوطلبانه یا مشاورهٔ مهاجرت "
            "معرفی می‌کنیم.",
        ),
        involvement=(
            "همراهی در وقت‌های ملاقات با ادارات",
            "پر کردن فرم‌ها با هم و مرتب کردن مدارک",
        ),
        time_commitment="با هماهنگی، بیشتر صبح‌ها؛ حدود دو وقت ملاقات در ماه",
        requirements="آلمانی خوب و حوصله؛ یک جلسهٔ آشنایی پیش از نخستین همراهی",
        meeting_place="درخواست از طریق ساعت مشاوره در دفتر محلهٔ آلت‌اشتات (Altstadt)، "
        "سه‌شنبه‌ها ساعت ۱۰ تا ۱۲",
    ),
    categories=("begleitung", "beratung"),
    target_groups=("neu-angekommene",),
    districts=("altstadt",),
    languages=("deutsch", "arabisch", "farsi", "englisch", "franzoesisch"),
    tags=("vormittags", "flexibel"),
    contact="Klaus Brenner",
    street="Lange Straße 17",
    mailbox="aemterbegleitung",
)

GESUNDHEITSLOTSEN = InitiativeSpec(
    key="gesundheitslotsen",
    de=InitiativeText(
        title="Gesundheitslotsinnen und -lotsen",
        slug="gesundheitslotsen",
        summary="Geschulte Lotsinnen und Lotsen erklären in ihrer Muttersprache, wie das "
        "deutsche Gesundheitssystem funktioniert – von der Hausarztpraxis bis zur Vorsorge.",
        description=(
            "Muss ich mit Fieber ins Krankenhaus? Was ist eine Überweisung? Und warum bekommt "
            "mein Kind mit einem Jahr eine „U6“? Die Gesundheitslotsinnen und -lotsen "
            "beantworten solche Fragen bei Infoveranstaltungen in Unterkünften, "
            "Moscheegemeinden und Sprachkursen.",
            "Das Programm läuft zusammen mit dem Gesundheitsamt, das die Lotsinnen und Lotsen in "
            "einer Schulung von 40 Stunden ausbildet.",
        ),
        involvement=(
            "Nach der Schulung Infoveranstaltungen in Ihrer Sprache geben",
            "Einzelne Menschen zum ersten Arzttermin begleiten",
        ),
        time_commitment="Zwei bis drei Veranstaltungen im Monat, je zwei Stunden; mit "
        "Aufwandsentschädigung",
        requirements="Deutsch mindestens B2 und sehr gute Kenntnisse einer Herkunftssprache; "
        "Teilnahme an der Schulung",
        meeting_place="Gesundheitsamt, Bahnhofstraße 30, und Veranstaltungsorte in der ganzen "
        "Stadt",
    ),
    en=InitiativeText(
        title="Health guides",
        slug="health-guides",
        summary="Trained health guides explain in their native language how the German health "
        "system works – from the family doctor to preventive check-ups.",
        description=(
            "Do I have to go to hospital with a fever? What is a referral? And why does my child "
            "get a “U6” check-up at the age of one? The health guides answer such questions at "
            "information sessions in shared accommodation, mosque communities and language "
            "courses.",
            "The programme runs together with the public health office, which trains the guides "
            "in a 40-hour course.",
        ),
        involvement=(
            "After the training, hold information sessions in your language",
            "Accompany individuals to their first doctor's appointment",
        ),
        time_commitment="Two or three sessions a month, two hours each; expenses are paid",
        requirements="German at B2 level or above and a very good command of a language of "
        "origin; attendance at the training",
        meeting_place="Public health office, Bahnhofstraße 30, and venues across town",
    ),
    categories=("gesundheit", "begleitung"),
    target_groups=("neu-angekommene", "familien"),
    districts=("am-bahnhof", "nordstadt"),
    languages=("deutsch", "arabisch", "farsi", "dari", "tigrinya", "russisch"),
    tags=("aufwandsentschaedigung", "flexibel"),
    contact="Dr. Amira Saleh",
    street="Bahnhofstraße 30",
)

AUSBILDUNGSPATEN = InitiativeSpec(
    key="ausbildungspaten",
    de=InitiativeText(
        title="Ausbildungspatenschaften „Mein Weg“",
        slug="ausbildungspaten",
        summary="Berufserfahrene begleiten junge Geflüchtete durch die Ausbildung – bei "
        "Berufsschulstoff, Prüfungsangst und Fragen im Betrieb.",
        description=(
            "Viele Ausbildungen scheitern nicht im Betrieb, sondern an der Berufsschule. Bei "
            "„Mein Weg“ treffen sich Auszubildende einmal pro Woche mit einer Patin oder einem "
            "Paten, die den Beruf kennen: Elektrikerin, Koch, Pflegefachmann.",
            "Gemeinsam wird Fachsprache geübt, die Zwischenprüfung vorbereitet und manchmal auch "
            "ein Gespräch mit dem Ausbilder geführt.",
        ),
        involvement=(
            "Eine Auszubildende oder einen Auszubildenden bis zur Abschlussprüfung begleiten",
            "Beim Lernen für die Berufsschule helfen",
        ),
        time_commitment="Etwa zwei Stunden pro Woche, für die Dauer der Ausbildung",
        requirements="Berufserfahrung; gern auch im Ruhestand",
        meeting_place="Nach Absprache, oft in der Stadtbibliothek",
    ),
    en=InitiativeText(
        title="“Mein Weg” apprenticeship mentoring",
        slug="apprenticeship-mentoring",
        summary="Experienced professionals support young refugees through their apprenticeship "
        "– with vocational school work, exam nerves and questions at work.",
        description=(
            "Many apprenticeships fail not at the company but at vocational school. At “Mein "
            "Weg” (“my way”), apprentices meet once a week with a mentor who knows the trade: "
            "electrician, cook, nurse.",
            "Together they practise technical language, prepare for the intermediate exam and "
            "sometimes talk to the trainer at work.",
        ),
        involvement=(
            "Support an apprentice through to the final exam",
            "Help with studying for vocational school",
        ),
        time_commitment="About two hours a week, for the length of the apprenticeship",
        requirements="Professional experience; retired people very welcome",
        meeting_place="By arrangement, often at the city library",
    ),
    categories=("arbeit", "begleitung"),
    target_groups=("jugendliche",),
    districts=("altstadt",),
    languages=("deutsch", "englisch", "dari", "paschtu", "tigrinya"),
    tags=("langfristig", "flexibel"),
    contact="Hans-Peter Wolf",
    street="Schlossstraße 2",
    mailbox="mein-weg",
)

FAHRDIENST = InitiativeSpec(
    key="fahrdienst-arzttermine",
    de=InitiativeText(
        title="Fahrdienst zu Arztterminen",
        slug="fahrdienst-arzttermine",
        summary="Ehrenamtliche fuhren Geflüchtete aus der Unterkunft Ostfeld zu Fachärzten und "
        "Kliniken, solange es dort keine Busverbindung gab.",
        description=(
            "Die Gemeinschaftsunterkunft am Feldweg in Ostfeld lag vier Kilometer von der "
            "nächsten Bushaltestelle entfernt. Von 2019 bis 2023 fuhren rund 25 Ehrenamtliche "
            "mit ihren eigenen Autos Menschen zur Kinderklinik, zu Fachärzten oder zur "
            "Physiotherapie – mehr als 2000 Fahrten.",
            "Seit Dezember 2023 hält die neue Buslinie 14 direkt vor der Unterkunft, und der "
            "Fahrdienst hat seine Arbeit beendet. Einige Fahrerinnen und Fahrer helfen heute bei "
            "den Ferienspielen.",
        ),
    ),
    en=InitiativeText(
        title="Lifts to medical appointments",
        slug="lifts-to-medical-appointments",
        summary="Volunteers drove refugees from the Ostfeld accommodation to specialists and "
        "clinics for as long as there was no bus connection.",
        description=(
            "The shared accommodation on Feldweg in Ostfeld was four kilometres from the nearest "
            "bus stop. From 2019 to 2023, around 25 volunteers used their own cars to take "
            "people to the children's hospital, to specialists or to physiotherapy – more than "
            "2,000 trips.",
            "Since December 2023, the new number 14 bus has stopped right outside the "
            "accommodation, and the lift service has come to an end. Some of its drivers now "
            "help with the holiday play scheme.",
        ),
    ),
    categories=("gesundheit", "begleitung"),
    target_groups=("neu-angekommene", "familien"),
    districts=("ostfeld",),
    languages=("deutsch",),
    tags=("flexibel",),
    contact="Dieter Kaiser",
    street="Feldweg 11",
    status=InitiativeStatus.ENDED,
    ended_on=date(2023, 12, 31),
    phone=False,
    website=False,
)

NOTUNTERKUNFT = InitiativeSpec(
    key="notunterkunft-messehalle",
    de=InitiativeText(
        title="Ehrenamtskoordination Notunterkunft Messehalle",
        slug="notunterkunft-messehalle",
        summary="Im Winter 2015/16 organisierten über 300 Freiwillige Kleiderausgabe, "
        "Kinderbetreuung und Deutschunterricht für bis zu 800 Menschen in der Messehalle.",
        description=(
            "Als im Oktober 2015 binnen einer Woche 800 Menschen in der Messehalle am Hafen "
            "untergebracht wurden, wurde aus einem Aufruf in der Zeitung die größte "
            "ehrenamtliche Hilfsaktion in der Geschichte der Stadt. Eine kleine "
            "Koordinationsgruppe teilte Schichten ein, sammelte Spenden und hielt den Kontakt zu "
            "Stadt und Betreiber.",
            "Mit der Schließung der Notunterkunft im Juni 2017 endete das Projekt. Aus ihm sind "
            "das Netzwerk Willkommen und viele der Initiativen hervorgegangen, die Sie in diesem "
            "Verzeichnis finden.",
        ),
    ),
    en=InitiativeText(
        title="Volunteer coordination at the Messehalle emergency shelter",
        slug="messehalle-emergency-shelter",
        summary="In the winter of 2015/16, more than 300 volunteers organised clothing "
        "distribution, childcare and German lessons for up to 800 people in the exhibition hall.",
        description=(
            "When 800 people were housed in the exhibition hall at the harbour within a single "
            "week in October 2015, a call for help in the local paper grew into the largest "
            "volunteer effort in the town's history. A small coordination group planned shifts, "
            "collected donations and kept in touch with the city and the operator.",
            "The project ended when the emergency shelter closed in June 2017. The Welcome "
            "Network and many of the initiatives in this directory grew out of it.",
        ),
    ),
    categories=("begleitung", "sachspenden", "kinder-jugend"),
    target_groups=("neu-angekommene", "ehrenamtliche"),
    districts=("hafen",),
    languages=("deutsch", "arabisch", "farsi", "englisch"),
    tags=("nothilfe",),
    contact="Martina Brandt",
    street="Messeplatz 1",
    mailbox="kontakt",
    status=InitiativeStatus.ENDED,
    ended_on=date(2017, 6, 30),
    phone=False,
    website=False,
)

INITIATIVES = (
    ANKOMMEN,
    BEGLEITUNG_AEMTER,
    GESUNDHEITSLOTSEN,
    AUSBILDUNGSPATEN,
    FAHRDIENST,
    NOTUNTERKUNFT,
)
