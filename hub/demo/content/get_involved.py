"""'Mitmachen': volunteering, interpreting, membership for organisations, donations."""

from hub.demo.specs import CallToAction, Heading, PageSpec, Quote, bullets, paragraph
from hub.demo.texts import plain, rich

PAGE = PageSpec(
    key="get_involved",
    title=plain(
        de="Mitmachen", en="Get involved", ar="شاركوا معنا", fa="مشارکت کنید", fr="Participer"
    ),
    slug=plain(
        de="mitmachen",
        en="get-involved",
        ar="get-involved",
        fa="get-involved",
        fr="participer",
    ),
    intro=plain(
        de="Ob Sie ein paar Stunden im Monat schenken, Ihre Sprache einbringen oder mit Ihrer "
        "Organisation beitreten möchten: Im Netzwerk ist Platz für Sie.",
        en="Whether you can give a few hours a month, contribute your language skills or join "
        "with your organisation: there is a place for you in the network.",
        ar="سواء أردتم التبرع ببضع ساعات في الشهر، أو الاستفادة من لغتكم، أو الانضمام مع "
        "منظمتكم: في الشبكة مكان لكم.",
        fa="چه بخواهید چند ساعت در ماه وقت بگذارید، چه زبانتان را به کار بگیرید یا با سازمانتان "
        "عضو شوید: در این شبکه برای شما جا هست.",
        fr="Que vous puissiez donner quelques heures par mois, mettre vos langues au service des "
        "autres ou adhérer avec votre organisation : il y a une place pour vous dans le réseau.",
    ),
    body=(
        Heading(
            plain(
                de="Ehrenamtlich helfen",
                en="Volunteering",
                ar="التطوع",
                fa="کار داوطلبانه",
                fr="Devenir bénévole",
            )
        ),
        paragraph(
            rich(
                de="Viele unserer Mitglieder suchen Menschen, die regelmäßig ein wenig Zeit "
                "mitbringen. Besondere Vorkenntnisse brauchen Sie nicht – Offenheit, Geduld und "
                "Verlässlichkeit sind wichtiger.",
                en="Many of our members are looking for people who can regularly spare a little "
                "time. You don't need any special knowledge – openness, patience and reliability "
                "matter more.",
                ar="يبحث كثير من أعضائنا عن أشخاص يخصصون قليلاً من وقتهم بانتظام. لا تحتاجون إلى "
                "معارف خاصة، فالانفتاح والصبر والالتزام أهم من ذلك.",
                fa="بسیاری از اعضای ما به دنبال کسانی هستند که به‌طور منظم کمی وقت بگذارند. دانش "
                "خاصی لازم نیست؛ گشاده‌رویی، صبر و قابل‌اعتماد بودن مهم‌تر است.",
                fr="Beaucoup de nos membres cherchent des personnes prêtes à donner un peu de "
                "temps de façon régulière. Aucune compétence particulière n'est requise : "
                "l'ouverture, la patience et la fiabilité comptent davantage.",
            ),
            bullets(
                rich(
                    de="<b>Sprachpatenschaften:</b> einmal pro Woche gemeinsam Deutsch üben, "
                    "beim Kaffee oder beim Spaziergang",
                    en="<b>Language mentoring:</b> practise German together once a week, over "
                    "coffee or on a walk",
                    ar="<b>الرعاية اللغوية:</b> التدرّب على الألمانية معاً مرة في الأسبوع، على "
                    "فنجان قهوة أو خلال نزهة",
                    fa="<b>همراهی زبانی:</b> هفته‌ای یک بار با هم آلمانی تمرین کنید، سر یک فنجان "
                    "قهوه یا در حین قدم زدن",
                    fr="<b>Parrainages linguistiques :</b> pratiquer l'allemand ensemble une "
                    "fois par semaine, autour d'un café ou en se promenant",
                ),
                rich(
                    de="<b>Begleitung:</b> zu Ämtern, in Arztpraxen oder zur "
                    "Wohnungsbesichtigung mitgehen",
                    en="<b>Accompanying:</b> go along to public offices, doctors' appointments "
                    "or flat viewings",
                    ar="<b>المرافقة:</b> الذهاب مع الأشخاص إلى الدوائر الرسمية أو عيادات الأطباء "
                    "أو لمعاينة شقة",
                    fa="<b>همراهی:</b> رفتن همراه افراد به ادارات، مطب پزشک یا بازدید از آپارتمان",
                    fr="<b>Accompagnement :</b> se rendre ensemble dans les administrations, "
                    "chez le médecin ou aux visites d'appartement",
                ),
                rich(
                    de="<b>Hausaufgabenhilfe:</b> Schulkinder in den Stadtteilzentren beim "
                    "Lernen unterstützen",
                    en="<b>Homework help:</b> support schoolchildren with their learning at the "
                    "neighbourhood centres",
                    ar="<b>المساعدة في الواجبات المدرسية:</b> دعم تلاميذ المدارس في التعلّم في "
                    "مراكز الأحياء",
                    fa="<b>کمک به تکالیف مدرسه:</b> همراهی دانش‌آموزان در درس‌خواندن در مراکز محله",
                    fr="<b>Aide aux devoirs :</b> soutenir des écoliers dans leurs "
                    "apprentissages dans les centres de quartier",
                ),
                rich(
                    de="<b>Willkommenscafé und Fahrradwerkstatt:</b> Treffpunkte mitgestalten, "
                    "an denen man sich ungezwungen kennenlernt",
                    en="<b>Welcome café and bike workshop:</b> help run meeting places where "
                    "people get to know each other informally",
                    ar="<b>مقهى الترحيب وورشة الدراجات:</b> المساهمة في أماكن لقاء يتعارف فيها "
                    "الناس بعفوية",
                    fa="<b>کافهٔ خوشامد و کارگاه دوچرخه:</b> همکاری در گرداندن پاتوق‌هایی که "
                    "آدم‌ها در آن بی‌تکلف با هم آشنا می‌شوند",
                    fr="<b>Café de bienvenue et atelier vélo :</b> faire vivre des lieux de "
                    "rencontre où l'on fait connaissance en toute simplicité",
                ),
            ),
        ),
        Heading(
            plain(
                de="Was wir Ihnen bieten",
                en="What we offer you",
                ar="ما نقدّمه لكم",
                fa="آنچه به شما ارائه می‌کنیم",
                fr="Ce que nous vous offrons",
            ),
            level="h3",
        ),
        paragraph(
            rich(
                de="Sie bekommen eine persönliche Einführung und eine feste Ansprechperson in "
                "der Organisation, in der Sie sich engagieren. Unsere Fortbildungen sind für "
                "Ehrenamtliche kostenlos, und während Ihres Einsatzes sind Sie über die "
                "Sammelversicherung des Landes unfall- und haftpflichtversichert. Wer mit "
                "Kindern arbeitet, braucht ein erweitertes Führungszeugnis; für Ehrenamtliche "
                "ist es gebührenfrei.",
                en="You get a personal introduction and a fixed contact person in the "
                "organisation you volunteer with. Our training courses are free for volunteers, "
                "and while volunteering you are covered against accidents and liability by the "
                "federal state's group insurance. If you work with children, you need an "
                "extended certificate of good conduct; for volunteers it is free of charge.",
                ar="تحصلون على تعريف شخصي بالعمل وعلى شخص ثابت تتواصلون معه في المنظمة التي "
                "تتطوعون فيها. دوراتنا التدريبية مجانية للمتطوعين، وأثناء تطوعكم يشملكم التأمين "
                "الجماعي للولاية ضد الحوادث وعن المسؤولية المدنية. ومن يعمل مع الأطفال يحتاج إلى "
                "شهادة حسن سيرة وسلوك موسّعة، وهي مجانية للمتطوعين.",
                fa="یک جلسهٔ آشنایی شخصی و یک فرد رابط ثابت در سازمانی که در آن فعالیت می‌کنید "
                "خواهید داشت. دوره‌های آموزشی ما برای داوطلبان رایگان است و در طول فعالیت، بیمهٔ "
                "جمعی ایالت شما را در برابر حوادث و مسئولیت مدنی پوشش می‌دهد. برای کار با "
                "کودکان، گواهی عدم سوءپیشینهٔ تکمیلی لازم است که برای داوطلبان رایگان است.",
                fr="Vous bénéficiez d'une présentation personnelle et d'une personne référente "
                "dans l'organisation où vous vous engagez. Nos formations sont gratuites pour "
                "les bénévoles et, pendant vos missions, l'assurance collective du Land vous "
                "couvre en cas d'accident et en responsabilité civile. Pour travailler avec des "
                "enfants, un extrait de casier judiciaire étendu est nécessaire ; il est gratuit "
                "pour les bénévoles.",
            ),
        ),
        Heading(
            plain(
                de="Mit eigener Migrationsgeschichte",
                en="With your own migration story",
                ar="إن كانت لديكم تجربة هجرة",
                fa="اگر خودتان تجربهٔ مهاجرت دارید",
                fr="Avec votre propre parcours migratoire",
            )
        ),
        paragraph(
            rich(
                de="Sie sprechen Arabisch, Farsi, Dari, Tigrinya, Ukrainisch oder eine andere "
                "Sprache und kennen das Ankommen in Deutschland aus eigener Erfahrung? Dann sind "
                "Sie in unserem Sprachmittlungspool besonders willkommen. In einer Schulung "
                "bereiten wir Sie auf die Einsätze vor; für Einsätze in Beratungsstellen zahlen "
                "wir eine Aufwandsentschädigung.",
                en="Do you speak Arabic, Farsi, Dari, Tigrinya, Ukrainian or another language, "
                "and know from your own experience what it means to arrive in Germany? Then you "
                "are especially welcome in our pool of community interpreters. A training course "
                "prepares you for the assignments, and we pay an expense allowance for "
                "assignments at counselling services.",
                ar="هل تتحدثون العربية أو الفارسية أو الدارية أو التغرينية أو الأوكرانية أو لغة "
                "أخرى، وتعرفون من تجربتكم الشخصية معنى الوصول إلى ألمانيا؟ إذاً أنتم موضع ترحيب "
                "خاص في فريق الوساطة اللغوية لدينا. نُعدّكم للمهام في دورة تدريبية، وندفع "
                "تعويضاً عن النفقات مقابل المهام في مراكز الاستشارة.",
                fa="به عربی، فارسی، دری، تیگرینیا، اوکراینی یا زبان دیگری صحبت می‌کنید و رسیدن "
                "به آلمان را خودتان تجربه کرده‌اید؟ پس در گروه میانجی‌های زبانی ما به‌ویژه خوش "
                "آمدید. در یک دورهٔ آموزشی شما را برای مأموریت‌ها آماده می‌کنیم و برای مأموریت "
                "در مراکز مشاوره حق‌الزحمه می‌پردازیم.",
                fr="Vous parlez arabe, persan, dari, tigrinya, ukrainien ou une autre langue, et "
                "vous savez d'expérience ce que signifie arriver en Allemagne ? Alors votre "
                "place est toute trouvée dans notre pool d'interprètes communautaires. Une "
                "formation vous prépare aux missions, et celles effectuées dans les services de "
                "conseil sont défrayées.",
            ),
        ),
        Heading(
            plain(
                de="Als Organisation Mitglied werden",
                en="Joining as an organisation",
                ar="الانضمام كمنظمة",
                fa="عضویت سازمان‌ها",
                fr="Adhérer en tant qu'organisation",
            )
        ),
        paragraph(
            rich(
                de="Mitglied werden können alle Organisationen, Initiativen und Einrichtungen, "
                "die in Lindenstadt mit oder für geflüchtete und zugewanderte Menschen arbeiten. "
                "Die Mitgliedschaft ist kostenlos. Wir erwarten, dass Sie unser Leitbild teilen, "
                "Ihre Angebote auf dieser Website aktuell halten und möglichst regelmäßig zum "
                "Vernetzungstreffen kommen.",
                en="Any organisation, initiative or institution working with or for refugees and "
                "other newcomers in Lindenstadt can become a member. Membership is free. We ask "
                "you to share our mission statement, keep your services up to date on this "
                "website and come to the network meeting as regularly as you can.",
                ar="يمكن لكل منظمة أو مبادرة أو مؤسسة تعمل مع اللاجئين والمهاجرين أو من أجلهم في "
                "ليندنشتات أن تصبح عضواً. العضوية مجانية. ونتوقع منكم أن تتبنّوا مبادئنا، وأن "
                "تُبقوا معلومات خدماتكم على هذا الموقع محدَّثة، وأن تحضروا لقاء التشبيك بانتظام "
                "قدر الإمكان.",
                fa="هر سازمان، ابتکار مردمی یا نهادی که در لیندن‌اشتات با پناهجویان و مهاجران یا "
                "برای آنان کار می‌کند، می‌تواند عضو شود. عضویت رایگان است. از شما انتظار داریم "
                "با اصول ما همراه باشید، اطلاعات خدماتتان را در این سایت به‌روز نگه دارید و تا "
                "جای ممکن به‌طور منظم در نشست شبکه شرکت کنید.",
                fr="Toute organisation, initiative ou structure qui travaille avec ou pour les "
                "personnes réfugiées et immigrées à Lindenstadt peut devenir membre. L'adhésion "
                "est gratuite. Nous vous demandons de partager notre charte, de tenir vos offres "
                "à jour sur ce site et de participer aussi régulièrement que possible à la "
                "rencontre du réseau.",
            ),
        ),
        Heading(
            plain(
                de="Spenden",
                en="Donations",
                ar="التبرعات",
                fa="کمک مالی",
                fr="Faire un don",
            )
        ),
        paragraph(
            rich(
                de="Die Koordinationsstelle wird öffentlich gefördert. Vieles andere – "
                "Fahrkarten für Begleitungen, Material für die Hausaufgabenhilfe, Ersatzteile "
                "für die Fahrradwerkstatt – bezahlen wir aus Spenden. Der Trägerverein "
                "Willkommen in Lindenstadt e. V. ist als gemeinnützig anerkannt und stellt Ihnen "
                "gern eine Zuwendungsbestätigung aus.",
                en="The coordination office receives public funding. Much else – tickets for "
                "accompanying people, materials for homework help, spare parts for the bike "
                "workshop – we pay for with donations. The association behind the network, "
                "Willkommen in Lindenstadt e. V., is a recognised charity and will gladly issue "
                "you a donation receipt for tax purposes.",
                ar="يحظى مكتب التنسيق بتمويل حكومي، أما أشياء كثيرة أخرى، مثل تذاكر المواصلات "
                "للمرافقة ومواد المساعدة في الواجبات المدرسية وقطع الغيار لورشة الدراجات، فندفع "
                "ثمنها من التبرعات. والجمعية الحاضنة «Willkommen in Lindenstadt e. V.» معترف بها "
                "جمعيةً ذات نفع عام، ويسعدها أن تصدر لكم إيصالاً بالتبرع لأغراض ضريبية.",
                fa="دفتر هماهنگی از بودجهٔ عمومی حمایت می‌شود، اما هزینهٔ بسیاری چیزهای دیگر، "
                "مانند بلیت رفت‌وآمد برای همراهی‌ها، وسایل کمک‌درسی و قطعات یدکی کارگاه دوچرخه، "
                "از محل کمک‌های مردمی تأمین می‌شود. انجمن متولی، «Willkommen in Lindenstadt e. "
                "V.»، عام‌المنفعه شناخته شده است و با کمال میل برای کمک شما رسید مالیاتی صادر "
                "می‌کند.",
                fr="Le bureau de coordination bénéficie de fonds publics. Pour le reste – titres "
                "de transport pour les accompagnements, matériel pour l'aide aux devoirs, pièces "
                "détachées pour l'atelier vélo –, nous comptons sur les dons. L'association "
                "porteuse, Willkommen in Lindenstadt e. V., est reconnue d'intérêt général et "
                "vous délivre volontiers un reçu fiscal.",
            ),
        ),
        Quote(
            text=plain(
                de="Eigentlich wollte ich nur ein bisschen helfen. Heute ist die Familie, die "
                "ich begleitet habe, mit uns befreundet – und ihre Tochter erklärt mir, wie mein "
                "Handy funktioniert.",
                en="I really only wanted to help a little. Today the family I accompanied are "
                "our friends – and their daughter explains to me how my phone works.",
                ar="في البداية أردت أن أساعد قليلاً فحسب. أما اليوم فقد صارت العائلة التي "
                "رافقتها صديقة لنا، وابنتهم تشرح لي كيف يعمل هاتفي المحمول.",
                fa="راستش فقط می‌خواستم کمی کمک کنم. حالا با خانواده‌ای که همراهی‌شان کردم دوست "
                "شده‌ایم و دخترشان به من یاد می‌دهد گوشی‌ام چطور کار می‌کند.",
                fr="Au départ, je voulais juste donner un coup de main. Aujourd'hui, la famille "
                "que j'ai accompagnée est devenue amie avec nous – et leur fille m'explique "
                "comment fonctionne mon portable.",
            ),
            attribution=plain(
                de="Ehrenamtliche Sprachpatin aus der Südstadt",
                en="Volunteer language mentor from the Südstadt district",
                ar="متطوعة في برنامج الرعاية اللغوية من حي زودشتات",
                fa="داوطلب همراهی زبانی از محلهٔ زودشتات",
                fr="Marraine linguistique bénévole du quartier Südstadt",
            ),
        ),
        paragraph(
            rich(
                de='Mehr darüber, wer hinter dem Netzwerk steht, lesen Sie unter <a id="a1">Über '
                "uns</a>.",
                en='You can read more about who is behind the network under <a id="a1">About '
                "us</a>.",
                ar='لمعرفة المزيد عمّن يقف وراء الشبكة، اقرؤوا صفحة <a id="a1">من نحن</a>.',
                fa='برای آشنایی بیشتر با کسانی که پشت این شبکه هستند، صفحهٔ <a id="a1">دربارهٔ '
                "ما</a> را بخوانید.",
                fr="Pour en savoir plus sur les personnes qui font vivre le réseau, consultez la "
                'page <a id="a1">À propos</a>.',
                links=("about",),
            ),
        ),
        CallToAction(
            title=plain(
                de="Lernen wir uns kennen",
                en="Let's get to know each other",
                ar="لنتعارف",
                fa="بیایید با هم آشنا شویم",
                fr="Faisons connaissance",
            ),
            text=plain(
                de="Schreiben Sie uns, was Sie sich vorstellen können. Wir melden uns innerhalb "
                "einer Woche und bringen Sie mit einer passenden Initiative zusammen.",
                en="Tell us what you have in mind. We will get back to you within a week and put "
                "you in touch with a suitable initiative.",
                ar="اكتبوا لنا ما تودّون القيام به. سنردّ عليكم خلال أسبوع ونصلكم بمبادرة مناسبة.",
                fa="برایمان بنویسید که چه کاری در نظر دارید. ظرف یک هفته پاسخ می‌دهیم و شما را "
                "با یک ابتکار مناسب آشنا می‌کنیم.",
                fr="Dites-nous ce que vous aimeriez faire. Nous vous répondons sous une semaine "
                "et vous mettons en relation avec une initiative qui vous correspond.",
            ),
            button_label=plain(
                de="Jetzt Kontakt aufnehmen",
                en="Contact us now",
                ar="تواصلوا معنا الآن",
                fa="همین حالا با ما تماس بگیرید",
                fr="Nous écrire",
            ),
            page="contact",
        ),
    ),
)
