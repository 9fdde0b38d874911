"""Single events of member initiatives: a cooking evening of the language café, an
information evening on the asylum procedure and a district festival in the park.

The information evening has no French version yet: under /fr/ it shows the German page
with a notice, as on a real site where translators catch up over time.
"""

from datetime import time

from hub.demo.event_specs import (
    THURSDAY,
    TUESDAY,
    EventSpec,
    EventText,
    Venue,
    summer_saturday,
    weekday_after,
)

COOKING_EVENING = EventSpec(
    key="sprachcafe-kochabend",
    organiser="sprachcafe-lindenhof",
    date_rule=lambda day: weekday_after(day, TUESDAY, 7),
    start_time=time(18, 0),
    end_time=time(21, 0),
    venue=Venue(street_address="Lindenhofer Straße 12", postal_code="12348"),
    categories=("sprache", "kultur"),
    languages=("deutsch", "arabisch", "farsi"),
    # The teaching kitchen has six places at the stove.
    capacity=6,
    de=EventText(
        title="Sprachcafé spezial: Wir kochen zusammen",
        slug="sprachcafe-kochabend",
        summary="Deutsch sprechen beim Gemüseschneiden: Wir kochen ein Rezept aus Syrien und "
        "eines aus Schwaben – und essen danach gemeinsam.",
        description=(
            "Statt an kleinen Tischen treffen wir uns diesmal in der Küche. Die Rezepte gibt es "
            "auf Deutsch und Arabisch, die Zutaten bezahlt das Sprachcafé.",
            "Bitte bringen Sie eine Schürze mit, wenn Sie eine haben.",
        ),
        venue_name="Stadtteiltreff Lindenhof, Lehrküche",
        directions="Bus 12 bis „Lindenhof“, Eingang neben der Bibliothek.",
    ),
    en=EventText(
        title="Language café special: cooking together",
        slug="language-cafe-cooking-evening",
        summary="Speak German while chopping vegetables: we cook one recipe from Syria and one "
        "from Swabia – and then eat together.",
        description=(
            "Instead of small tables, this time we meet in the kitchen. The recipes come in "
            "German and Arabic; the language café pays for the ingredients.",
            "Please bring an apron if you have one.",
        ),
        venue_name="Lindenhof community centre, teaching kitchen",
        directions="Bus 12 to “Lindenhof”, entrance next to the library.",
    ),
    ar=EventText(
        title="أمسية خاصة لمقهى اللغة: نطبخ معاً",
        slug="language-cafe-cooking-evening",
        summary="نتحدث الألمانية ونحن نقطّع الخضار: نطبخ وصفة من سوريا وأخرى من شفابن، ثم نأكل معاً.",
        description=(
            "نلتقي هذه المرة في المطبخ بدلاً من الطاولات الصغيرة. الوصفات متوفرة بالألمانية "
            "والعربية، ويتكفّل مقهى اللغة بثمن المكوّنات.",
            "يُرجى إحضار مريلة مطبخ إن كانت لديكم.",
        ),
        venue_name="مركز حي ليندنهوف، المطبخ التعليمي",
        directions="الحافلة 12 حتى محطة «Lindenhof»، والمدخل بجانب المكتبة.",
    ),
    fr=EventText(
        title="Café des langues spécial : cuisiner ensemble",
        slug="cafe-des-langues-soiree-cuisine",
        summary="Parler allemand en coupant des légumes : nous cuisinons une recette syrienne et "
        "une recette souabe, puis nous mangeons ensemble.",
        description=(
            "Cette fois, nous nous retrouvons en cuisine plutôt qu'autour de petites tables. Les "
            "recettes sont en allemand et en arabe ; le café des langues paie les ingrédients.",
            "Apportez un tablier si vous en avez un.",
        ),
        venue_name="Centre de quartier du Lindenhof, cuisine pédagogique",
        directions="Bus 12 jusqu'à « Lindenhof », entrée à côté de la bibliothèque.",
    ),
    fa=EventText(
        title="کافهٔ زبان ویژه: با هم آشپزی می‌کنیم",
        slug="language-cafe-cooking-evening",
        summary="آلمانی حرف زدن هنگام خرد کردن سبزی: یک غذای سوری و یک غذای شوابی می‌پزیم و "
        "بعد با هم می‌خوریم.",
        description=(
            "این بار به‌جای میزهای کوچک در آشپزخانه دور هم جمع می‌شویم. دستور پخت‌ها به آلمانی "
            "و عربی آماده است و هزینهٔ مواد را کافهٔ زبان می‌پردازد.",
            "اگر پیش‌بند دارید، لطفاً با خودتان بیاورید.",
        ),
        venue_name="مرکز محلهٔ لیندن‌هوف، آشپزخانهٔ آموزشی",
        directions="اتوبوس ۱۲ تا ایستگاه «Lindenhof»، ورودی کنار کتابخانه.",
    ),
)

ASYLUM_EVENING = EventSpec(
    key="infoabend-asylverfahren",
    organiser="rechtsberatung",
    date_rule=lambda day: weekday_after(day, THURSDAY, 14),
    start_time=time(18, 30),
    end_time=time(20, 30),
    venue=Venue(street_address="Marktplatz 1", postal_code="12345"),
    categories=("beratung",),
    languages=("deutsch", "arabisch", "farsi"),
    interpretation=True,
    capacity=30,
    de=EventText(
        title="Infoabend: Das Asylverfahren Schritt für Schritt",
        slug="infoabend-asylverfahren",
        summary="Von der Anhörung bis zum Bescheid: Eine Anwältin erklärt, was im Asylverfahren "
        "passiert und welche Fristen gelten – mit Zeit für Fragen.",
        description=(
            "Der Abend richtet sich an Geflüchtete, Angehörige und Ehrenamtliche, die Menschen "
            "im Verfahren begleiten. Einzelfälle besprechen wir anschließend in der "
            "Rechtsberatung.",
            "Wir dolmetschen ins Arabische und ins Farsi.",
        ),
        venue_name="Haus der Begegnung, Seminarraum 2",
        accessibility="Stufenloser Eingang über den Hof, Aufzug, barrierefreies WC.",
    ),
    en=EventText(
        title="Information evening: the asylum procedure step by step",
        slug="information-evening-asylum-procedure",
        summary="From the interview to the decision: a lawyer explains what happens in the "
        "asylum procedure and which deadlines apply – with time for questions.",
        description=(
            "The evening is for refugees, their families and volunteers who accompany people "
            "through the procedure. Individual cases are discussed afterwards at the legal "
            "advice service.",
            "We interpret into Arabic and Farsi.",
        ),
        venue_name="Haus der Begegnung, seminar room 2",
        accessibility="Step-free entrance from the courtyard, lift, accessible toilet.",
    ),
    ar=EventText(
        title="أمسية معلومات: إجراءات اللجوء خطوة بخطوة",
        slug="information-evening-asylum-procedure",
        summary="من جلسة الاستماع إلى القرار: تشرح محامية ما يحدث في إجراءات اللجوء وما هي "
        "المهل المعمول بها، مع وقت للأسئلة.",
        description=(
            "الأمسية موجهة إلى اللاجئين وذويهم وإلى المتطوعين الذين يرافقون أشخاصاً في "
            "الإجراءات. أما الحالات الفردية فنناقشها لاحقاً في الاستشارة القانونية.",
            "نوفّر ترجمة فورية إلى العربية والفارسية.",
        ),
        venue_name="«بيت اللقاء» (Haus der Begegnung)، قاعة الندوات 2",
        accessibility="مدخل بلا درجات من جهة الفناء، ومصعد، ودورة مياه مهيّأة لذوي الإعاقة.",
    ),
    fa=EventText(
        title="شب اطلاع‌رسانی: روند پناهندگی گام به گام",
        slug="information-evening-asylum-procedure",
        summary="از مصاحبه تا تصمیم نهایی: یک وکیل توضیح می‌دهد در روند پناهندگی چه اتفاقی "
        "می‌افتد و چه مهلت‌هایی وجود دارد؛ با فرصت برای پرسش.",
        description=(
            "این نشست برای پناهجویان، خانواده‌هایشان و داوطلبانی است که افراد را در این روند "
            "همراهی می‌کنند. پرونده‌های فردی را پس از آن در مشاورهٔ حقوقی بررسی می‌کنیم.",
            "به عربی و فارسی ترجمهٔ شفاهی داریم.",
        ),
        venue_name="«خانهٔ دیدار» (Haus der Begegnung)، اتاق سمینار ۲",
        accessibility="ورودی بدون پله از سمت حیاط، آسانسور، سرویس بهداشتی مناسب.",
    ),
)

DISTRICT_FESTIVAL = EventSpec(
    key="stadtteilfest-eichkamp",
    organiser="interkultureller-garten",
    date_rule=summer_saturday,
    start_time=time(14, 0),
    end_time=time(19, 0),
    venue=Venue(street_address="Eichkamper Weg", postal_code="12349"),
    categories=("kultur", "kinder-jugend"),
    languages=("deutsch", "arabisch", "tigrinya", "englisch"),
    registration_required=False,
    de=EventText(
        title="Stadtteilfest im Eichkamper Park",
        slug="stadtteilfest-eichkamp",
        summary="Musik, Essen aus aller Welt und Spiele für Kinder: Der Interkulturelle Garten "
        "lädt den ganzen Stadtteil in den Park ein. Ohne Anmeldung.",
        description=(
            "Initiativen aus dem Netzwerk stellen sich an Ständen vor, der Chor der Nationen "
            "singt um 16 Uhr. Wer etwas zum Buffet beitragen möchte, ist herzlich eingeladen.",
        ),
        venue_name="Eichkamper Park, Wiese am Spielplatz",
        directions="Bus 7 bis „Eichkamper Weg“, dann den Schildern zum Garten folgen.",
    ),
    en=EventText(
        title="District festival in Eichkamp park",
        slug="district-festival-eichkamp",
        summary="Music, food from all over the world and games for children: the intercultural "
        "garden invites the whole district to the park. No registration needed.",
        description=(
            "Initiatives from the network present themselves at stalls, and the Choir of "
            "Nations sings at 4 pm. Contributions to the buffet are very welcome.",
        ),
        venue_name="Eichkamp park, lawn by the playground",
        directions="Bus 7 to “Eichkamper Weg”, then follow the signs to the garden.",
    ),
    fr=EventText(
        title="Fête de quartier au parc d'Eichkamp",
        slug="fete-de-quartier-eichkamp",
        summary="Musique, cuisines du monde et jeux pour les enfants : le jardin interculturel "
        "invite tout le quartier au parc. Sans inscription.",
        description=(
            "Des initiatives du réseau se présentent sur leurs stands, et le Chœur des nations "
            "chante à 16 h. Chacun peut apporter quelque chose pour le buffet.",
        ),
        venue_name="Parc d'Eichkamp, pelouse près de l'aire de jeux",
        directions="Bus 7 jusqu'à « Eichkamper Weg », puis suivre les panneaux vers le jardin.",
    ),
    ar=EventText(
        title="مهرجان الحي في حديقة آيشكامب",
        slug="district-festival-eichkamp",
        summary="موسيقى وأطباق من أنحاء العالم وألعاب للأطفال: تدعو الحديقة المتعددة الثقافات "
        "الحيَّ كلَّه إلى الحديقة العامة، دون حاجة إلى تسجيل.",
        description=(
            "تعرّف مبادرات من الشبكة بنفسها في أكشاك خاصة، وتغنّي «جوقة الأمم» في الساعة "
            "الرابعة عصراً. ومن يودّ المساهمة في البوفيه فهو مرحَّب به.",
        ),
        venue_name="حديقة آيشكامب (Eichkamper Park)، المرج بجانب ملعب الأطفال",
        directions="الحافلة 7 حتى محطة «Eichkamper Weg»، ثم اتبعوا اللافتات إلى الحديقة.",
    ),
    fa=EventText(
        title="جشن محله در پارک آیش‌کامپ",
        slug="district-festival-eichkamp",
        summary="موسیقی، غذاهایی از سراسر جهان و بازی برای کودکان: باغ بین‌فرهنگی همهٔ اهل "
        "محله را به پارک دعوت می‌کند. ثبت‌نام لازم نیست.",
        description=(
            "ابتکارهای مردمی شبکه در غرفه‌ها خودشان را معرفی می‌کنند و «گروه کُر ملت‌ها» ساعت ۱۶ "
            "آواز می‌خواند. هر کس بخواهد چیزی برای بوفه بیاورد، با کمال میل پذیرفته می‌شود.",
        ),
        venue_name="پارک آیش‌کامپ (Eichkamper Park)، چمن کنار زمین بازی",
        directions="اتوبوس ۷ تا ایستگاه «Eichkamper Weg»، سپس تابلوهای راهنمای باغ را دنبال کنید.",
    ),
)

SINGLE_EVENTS = (COOKING_EVENING, ASYLUM_EVENING, DISTRICT_FESTIVAL)
