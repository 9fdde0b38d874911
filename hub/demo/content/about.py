"""'Über uns': how the network came about, who is in it, what it does."""

from hub.demo.specs import CallToAction, Heading, PageSpec, Quote, bullets, paragraph
from hub.demo.texts import plain, rich

PAGE = PageSpec(
    key="about",
    title=plain(
        de="Über uns",
        en="About us",
        ar="من نحن",
        fa="دربارهٔ ما",
        fr="À propos",
        easy="Über uns",
    ),
    slug=plain(
        de="ueber-uns",
        en="about-us",
        ar="about-us",
        fa="about-us",
        fr="a-propos",
        easy="ueber-uns",
    ),
    intro=plain(
        de="Seit 2015 verbindet das Netzwerk Willkommen alle, die in Lindenstadt Geflüchtete und "
        "Zugewanderte unterstützen – hauptamtlich wie ehrenamtlich.",
        en="Since 2015, the Welcome Network has brought together everyone in Lindenstadt who "
        "supports refugees and other newcomers – professionals and volunteers alike.",
        ar="منذ عام ٢٠١٥ تجمع شبكة الترحيب كل من يدعم اللاجئين والمهاجرين في ليندنشتات، من "
        "العاملين المتخصصين والمتطوعين على حد سواء.",
        fa="شبکهٔ خوشامدگویی از سال ۲۰۱۵ همهٔ کسانی را که در لیندن‌اشتات از پناهجویان و مهاجران "
        "حمایت می‌کنند، چه به‌صورت حرفه‌ای و چه داوطلبانه، گرد هم می‌آورد.",
        fr="Depuis 2015, le Réseau Bienvenue rassemble toutes celles et tous ceux qui "
        "soutiennent les personnes réfugiées et immigrées à Lindenstadt, professionnels comme "
        "bénévoles.",
        easy="Das Netzwerk Willkommen gibt es seit 2015. Im Netzwerk arbeiten viele "
        "Menschen zusammen. Sie helfen Menschen, die neu in Lindenstadt sind. "
        "Manche machen das als Beruf. Andere helfen freiwillig. Sie bekommen "
        "dafür kein Geld.",
    ),
    body=(
        Heading(
            plain(
                de="Wer wir sind",
                en="Who we are",
                ar="من نكون",
                fa="ما چه کسانی هستیم",
                fr="Qui sommes-nous ?",
                easy="Wer wir sind",
            )
        ),
        paragraph(
            rich(
                de="Als im Herbst 2015 viele Menschen in Lindenstadt Schutz suchten, setzten "
                "sich Beratungsstellen, Kirchengemeinden, Vereine und die Stadtverwaltung zum "
                "ersten Mal an einen Tisch. Aus diesem Runden Tisch ist das Netzwerk Willkommen "
                "geworden: ein offener Zusammenschluss, der heute rund 40 "
                "Mitgliedsorganisationen zählt.",
                en="When many people sought protection in Lindenstadt in the autumn of 2015, "
                "counselling services, parishes, associations and the city administration sat "
                "down at one table for the first time. That round table grew into the Welcome "
                "Network: an open alliance that today counts around 40 member organisations.",
                ar="حين لجأ كثيرون إلى ليندنشتات في خريف عام ٢٠١٥، جلست مراكز الاستشارة "
                "والأبرشيات والجمعيات وإدارة المدينة إلى طاولة واحدة لأول مرة. ومن هذه الطاولة "
                "المستديرة وُلدت شبكة الترحيب: تحالف مفتوح يضم اليوم نحو ٤٠ منظمة عضواً.",
                fa="در پاییز ۲۰۱۵ که بسیاری از مردم در لیندن‌اشتات به دنبال پناه بودند، مراکز "
                "مشاوره، کلیساها، انجمن‌ها و شهرداری برای نخستین بار دور یک میز نشستند. از همین "
                "میزگرد، شبکهٔ خوشامدگویی شکل گرفت: اتحادی باز که امروز حدود ۴۰ سازمان عضو دارد.",
                fr="À l'automne 2015, lorsque de nombreuses personnes ont cherché refuge à "
                "Lindenstadt, services de conseil, paroisses, associations et administration "
                "municipale se sont assis pour la première fois autour d'une même table. De "
                "cette table ronde est né le Réseau Bienvenue : une alliance ouverte qui compte "
                "aujourd'hui une quarantaine d'organisations membres.",
                easy="Im Herbst 2015 kamen viele Menschen nach Lindenstadt. Sie waren auf "
                "der Flucht. Sie suchten hier Schutz. Damals haben sich viele Gruppen "
                "zum 1. Mal getroffen. Zum Beispiel: Stellen für Beratung, Kirchen, "
                "Vereine und die Stadt. Aus diesem Treffen ist das Netzwerk Willkommen "
                "entstanden. Heute sind rund 40 Gruppen dabei. Neue Gruppen können "
                "jederzeit mitmachen.",
            ),
            rich(
                de="Die Arbeit des Netzwerks organisiert eine kleine Koordinationsstelle im Haus "
                "der Begegnung. Träger ist der gemeinnützige Verein Willkommen in Lindenstadt e. "
                "V.; gefördert wird die Stelle von der Stadt Lindenstadt und aus Mitteln des "
                "Landes.",
                en="A small coordination office at the Haus der Begegnung organises the "
                "network's work. It is run by the non-profit association Willkommen in "
                "Lindenstadt e. V. and funded by the City of Lindenstadt and the federal state.",
                ar="ينظّم عملَ الشبكة مكتبُ تنسيق صغير في «بيت اللقاء» (Haus der Begegnung). "
                "وتتولى إدارته جمعية «Willkommen in Lindenstadt e. V.» ذات النفع العام، بتمويل "
                "من مدينة ليندنشتات والولاية.",
                fa="کار شبکه را یک دفتر هماهنگی کوچک در «خانهٔ دیدار» (Haus der Begegnung) "
                "سازمان می‌دهد. متولی آن انجمن عام‌المنفعهٔ «Willkommen in Lindenstadt e. V.» "
                "است و هزینه‌هایش را شهر لیندن‌اشتات و ایالت تأمین می‌کنند.",
                fr="Un petit bureau de coordination, installé à la Haus der Begegnung, organise "
                "le travail du réseau. Il est porté par l'association d'intérêt général "
                "Willkommen in Lindenstadt e. V. et financé par la ville de Lindenstadt et le "
                "Land.",
                easy="Wir haben ein kleines Büro im Haus der Begegnung. Dort planen wir die "
                "Arbeit vom Netzwerk. Das Büro gehört zu einem Verein. Der Verein "
                "heißt: Willkommen in Lindenstadt e. V. Die Abkürzung e. V. bedeutet: "
                "eingetragener Verein. Der Verein will kein Geld verdienen. Das Geld "
                "für das Büro bekommen wir von der Stadt Lindenstadt. Wir bekommen auch "
                "Geld vom Bundesland.",
            ),
        ),
        Heading(
            plain(
                de="Unsere Mitglieder",
                en="Our members",
                ar="أعضاؤنا",
                fa="اعضای ما",
                fr="Nos membres",
                easy="Wer bei uns mitmacht",
            )
        ),
        paragraph(
            rich(
                de="Im Netzwerk arbeiten ganz unterschiedliche Partner zusammen:",
                en="The network brings very different partners together:",
                ar="تعمل في الشبكة جهات شريكة متنوعة جداً:",
                fa="در این شبکه شرکای بسیار متفاوتی با هم کار می‌کنند:",
                fr="Le réseau réunit des partenaires très divers :",
                easy="Im Netzwerk arbeiten ganz verschiedene Gruppen zusammen:",
            ),
            bullets(
                rich(
                    de="die Wohlfahrtsverbände mit ihrer Migrationsberatung für Erwachsene und "
                    "dem Jugendmigrationsdienst",
                    en="the welfare associations with their migration counselling for adults and "
                    "the youth migration service",
                    ar="جمعيات الرعاية الاجتماعية بما تقدمه من استشارات الهجرة للبالغين وخدمة "
                    "الشباب المهاجرين",
                    fa="انجمن‌های رفاه اجتماعی با مشاورهٔ مهاجرت برای بزرگسالان و خدمات مهاجرت "
                    "جوانان",
                    fr="les associations caritatives, avec leur service de conseil aux migrants "
                    "adultes et leur service jeunesse migration",
                    easy="große Vereine für soziale Hilfe, zum Beispiel die Caritas. Sie beraten "
                    "Erwachsene und junge Menschen, die neu in Deutschland sind.",
                ),
                rich(
                    de="das Integrationsbüro der Stadt, das Jobcenter und die Volkshochschule",
                    en="the city's integration office, the job centre and the adult education "
                    "centre (Volkshochschule)",
                    ar="مكتب الاندماج التابع للمدينة، ومركز العمل (Jobcenter)، والجامعة الشعبية "
                    "(Volkshochschule)",
                    fa="دفتر ادغام شهرداری، جاب‌سنتر (Jobcenter) و آموزشگاه بزرگسالان "
                    "(Volkshochschule)",
                    fr="le bureau de l'intégration de la ville, le Jobcenter et l'université "
                    "populaire (Volkshochschule)",
                    easy="Ämter und Büros der Stadt: das Integrationsbüro, das Jobcenter und die "
                    "Volkshochschule. Die Volkshochschule macht Kurse für Erwachsene, zum "
                    "Beispiel Deutschkurse.",
                ),
                rich(
                    de="Migrantenorganisationen, Kulturvereine sowie Kirchen- und Moscheegemeinden",
                    en="migrant organisations, cultural associations, churches and mosque "
                    "communities",
                    ar="منظمات المهاجرين والجمعيات الثقافية والكنائس والمساجد",
                    fa="سازمان‌های مهاجران، انجمن‌های فرهنگی، کلیساها و مساجد",
                    fr="des associations de personnes immigrées, des associations culturelles, "
                    "des paroisses et des mosquées",
                    easy="Vereine von Menschen, die selbst eingewandert sind. Vereine für "
                    "Kultur. Kirchen und Moscheen.",
                ),
                rich(
                    de="ehrenamtliche Initiativen wie das Willkommenscafé Nordstadt, die "
                    "Fahrradwerkstatt Rückenwind und die Sprachpatenschaften",
                    en="volunteer initiatives such as the Willkommenscafé Nordstadt, the "
                    "Rückenwind bike workshop and the language mentoring programme",
                    ar="مبادرات تطوعية مثل «مقهى الترحيب» في حي نوردشتات، وورشة الدراجات "
                    "«Rückenwind»، وبرنامج الرعاية اللغوية",
                    fa="ابتکارهای داوطلبانه مانند «کافهٔ خوشامد» در محلهٔ نوردشتات، کارگاه "
                    "دوچرخهٔ «Rückenwind» و برنامهٔ همراهی زبانی",
                    fr="des initiatives bénévoles comme le Willkommenscafé Nordstadt, l'atelier "
                    "vélo Rückenwind ou les parrainages linguistiques",
                    easy="Gruppen von Menschen, die freiwillig helfen. Zum Beispiel: das "
                    "Willkommenscafé Nordstadt, die Fahrrad-Werkstatt Rückenwind und die "
                    "Sprach-Paten. Sprach-Paten üben mit neuen Menschen Deutsch.",
                ),
            ),
        ),
        Heading(
            plain(
                de="Was wir tun",
                en="What we do",
                ar="ماذا نفعل",
                fa="چه می‌کنیم",
                fr="Ce que nous faisons",
                easy="Was wir machen",
            )
        ),
        paragraph(
            bullets(
                rich(
                    de="<b>Vernetzen:</b> Wir bringen Haupt- und Ehrenamtliche zusammen, damit "
                    "sich Angebote ergänzen statt doppeln.",
                    en="<b>Connecting:</b> we bring professionals and volunteers together so "
                    "that services complement each other instead of overlapping.",
                    ar="<b>التشبيك:</b> نجمع العاملين المتخصصين والمتطوعين معاً كي تتكامل "
                    "الخدمات بدلاً من أن تتكرر.",
                    fa="<b>شبکه‌سازی:</b> کارکنان حرفه‌ای و داوطلبان را کنار هم می‌آوریم تا "
                    "خدمات مکمل یکدیگر باشند، نه تکراری.",
                    fr="<b>Mettre en réseau :</b> nous réunissons professionnels et bénévoles "
                    "pour que les offres se complètent au lieu de se chevaucher.",
                    easy="<b>Verbinden:</b> Manche Menschen helfen als Beruf. Andere helfen "
                    "freiwillig. Wir bringen sie zusammen. So passen die Angebote gut "
                    "zusammen. Und kein Angebot gibt es doppelt.",
                ),
                rich(
                    de="<b>Orientierung geben:</b> Auf dieser Website finden Neuangekommene "
                    "Beratungsstellen, Sprechzeiten und Angebote – in ihrer Sprache.",
                    en="<b>Providing orientation:</b> on this website, newcomers find "
                    "counselling services, opening hours and offers – in their own language.",
                    ar="<b>الإرشاد:</b> يجد القادمون الجدد على هذا الموقع مراكز الاستشارة "
                    "ومواعيد الاستقبال والخدمات المتاحة، بلغتهم.",
                    fa="<b>راهنمایی:</b> تازه‌واردان در این سایت مراکز مشاوره، ساعات مراجعه و "
                    "خدمات را به زبان خودشان پیدا می‌کنند.",
                    fr="<b>Orienter :</b> sur ce site, les personnes nouvellement arrivées "
                    "trouvent services de conseil, horaires et offres – dans leur langue.",
                    easy="<b>Den Weg zeigen:</b> Sie sind neu in Lindenstadt? Auf dieser Website "
                    "finden Sie Hilfe. Sie sehen: Wo gibt es Beratung? Wann ist die "
                    "Beratung offen? Die Website gibt es in vielen Sprachen.",
                ),
                rich(
                    de="<b>Qualifizieren:</b> Wir organisieren Fortbildungen für Ehrenamtliche, "
                    "etwa zu Asylrecht, Traumasensibilität oder interkultureller Kommunikation.",
                    en="<b>Training:</b> we organise courses for volunteers, for example on "
                    "asylum law, trauma sensitivity or intercultural communication.",
                    ar="<b>التأهيل:</b> ننظّم دورات تدريبية للمتطوعين، مثلاً حول قانون اللجوء، "
                    "والتعامل الواعي مع الصدمات النفسية، والتواصل بين الثقافات.",
                    fa="<b>آموزش:</b> برای داوطلبان دوره‌های آموزشی برگزار می‌کنیم، برای نمونه "
                    "دربارهٔ حقوق پناهندگی، برخورد آگاهانه با آسیب‌های روانی (تروما) یا ارتباط "
                    "میان‌فرهنگی.",
                    fr="<b>Former :</b> nous organisons des formations pour les bénévoles, par "
                    "exemple sur le droit d'asile, l'approche sensible au trauma ou la "
                    "communication interculturelle.",
                    easy="<b>Lernen:</b> Wir machen Kurse für Menschen, die freiwillig helfen. "
                    "Dort lernen sie zum Beispiel etwas über Asyl. Asyl bedeutet: Schutz in "
                    "einem anderen Land. Sie lernen auch: Viele Menschen haben auf der "
                    "Flucht Schlimmes erlebt. Wie gehe ich gut damit um?",
                ),
                rich(
                    de="<b>Sprachmittlung:</b> Unser Pool von Sprachmittlerinnen und "
                    "Sprachmittlern begleitet Beratungsgespräche in mehr als 20 Sprachen.",
                    en="<b>Language support:</b> our pool of community interpreters accompanies "
                    "counselling sessions in more than 20 languages.",
                    ar="<b>الوساطة اللغوية:</b> يرافق فريقنا من الوسطاء اللغويين جلسات الاستشارة "
                    "بأكثر من ٢٠ لغة.",
                    fa="<b>میانجی‌گری زبانی:</b> گروه میانجی‌های زبانی ما جلسات مشاوره را به بیش "
                    "از ۲۰ زبان همراهی می‌کند.",
                    fr="<b>Interprétariat :</b> notre pool d'interprètes communautaires "
                    "accompagne les entretiens de conseil dans plus de 20 langues.",
                    easy="<b>Übersetzen:</b> Wir kennen viele Menschen, die übersetzen können. "
                    "Sie kommen mit zu einer Beratung. Dort übersetzen sie das Gespräch. "
                    "Zusammen sprechen sie mehr als 20 Sprachen.",
                ),
                rich(
                    de="<b>Stimme sein:</b> Wir weisen auf Lücken hin und bringen die "
                    "Erfahrungen aus der Praxis in Stadtrat und Verwaltung ein.",
                    en="<b>Speaking up:</b> we point out gaps and bring practical experience to "
                    "the city council and administration.",
                    ar="<b>إيصال الصوت:</b> ننبّه إلى الثغرات وننقل الخبرات العملية إلى مجلس "
                    "المدينة وإدارتها.",
                    fa="<b>صدای مشترک:</b> کمبودها را گوشزد می‌کنیم و تجربه‌های میدانی را به "
                    "شورای شهر و ادارات منتقل می‌کنیم.",
                    fr="<b>Porter la voix du terrain :</b> nous signalons les manques et faisons "
                    "remonter l'expérience pratique au conseil municipal et à l'administration.",
                    easy="<b>Für andere sprechen:</b> Manchmal fehlt in Lindenstadt eine Hilfe. "
                    "Dann sagen wir das der Stadt. Wir erzählen dem Stadtrat von unserer "
                    "Arbeit. Der Stadtrat macht die Regeln für Lindenstadt.",
                ),
            ),
        ),
        Heading(
            plain(
                de="Das monatliche Vernetzungstreffen",
                en="The monthly network meeting",
                ar="لقاء التشبيك الشهري",
                fa="نشست ماهانهٔ شبکه",
                fr="La rencontre mensuelle du réseau",
                easy="Das Treffen vom Netzwerk",
            )
        ),
        paragraph(
            rich(
                de="Jeden ersten Mittwoch im Monat treffen wir uns von 18 bis 20 Uhr im Haus der "
                "Begegnung am Marktplatz. Wir tauschen Neuigkeiten aus, stellen neue Angebote "
                "vor und laden Gäste aus Verwaltung und Fachberatung ein. Das Treffen ist offen "
                "für alle – eine Mitgliedschaft braucht es nicht. Wer eine Verdolmetschung "
                "braucht, sagt uns bitte eine Woche vorher Bescheid.",
                en="Every first Wednesday of the month, we meet from 6 to 8 pm at the Haus der "
                "Begegnung on the Marktplatz. We share news, present new services and invite "
                "guests from the administration and specialist counselling services. The meeting "
                "is open to everyone – no membership needed. If you need an interpreter, please "
                "let us know a week in advance.",
                ar="نلتقي في أول أربعاء من كل شهر من الساعة ١٨:٠٠ حتى ٢٠:٠٠ في «بيت اللقاء» في "
                "ساحة السوق. نتبادل الأخبار، ونعرّف بالخدمات الجديدة، وندعو ضيوفاً من الإدارة "
                "ومن مراكز الاستشارة المتخصصة. اللقاء مفتوح للجميع ولا يشترط العضوية. إن كنتم "
                "بحاجة إلى ترجمة فورية، فيُرجى إبلاغنا قبل أسبوع.",
                fa="اولین چهارشنبهٔ هر ماه، از ساعت ۱۸ تا ۲۰، در «خانهٔ دیدار» در میدان بازار "
                "دور هم جمع می‌شویم. خبرها را با هم در میان می‌گذاریم، خدمات تازه را معرفی "
                "می‌کنیم و مهمانانی از ادارات و مراکز مشاورهٔ تخصصی دعوت می‌کنیم. شرکت در نشست "
                "برای همه آزاد است و نیازی به عضویت نیست. اگر به مترجم شفاهی نیاز دارید، لطفاً "
                "یک هفته زودتر به ما خبر دهید.",
                fr="Chaque premier mercredi du mois, nous nous retrouvons de 18 h à 20 h à la "
                "Haus der Begegnung, sur la Marktplatz. Nous échangeons des nouvelles, "
                "présentons de nouvelles offres et invitons des intervenants de l'administration "
                "et des services spécialisés. La rencontre est ouverte à toutes et à tous, sans "
                "adhésion. Si vous avez besoin d'un interprète, prévenez-nous une semaine à "
                "l'avance.",
                easy="Wir treffen uns 1-mal im Monat. Das Treffen ist am 1. Mittwoch im "
                "Monat. Es dauert von 18 Uhr bis 20 Uhr. Der Ort ist das Haus der "
                "Begegnung am Marktplatz. Beim Treffen erzählen wir Neuigkeiten. Wir "
                "stellen neue Angebote vor. Manchmal kommen Gäste. Sie arbeiten zum "
                "Beispiel bei der Stadt. Alle können zum Treffen kommen. Sie müssen "
                "kein Mitglied sein. Sie brauchen jemanden zum Übersetzen? Dann sagen "
                "Sie uns das bitte 1 Woche vorher.",
            ),
        ),
        Quote(
            text=plain(
                de="Allein hätte das keine von uns geschafft. Im Netzwerk wissen wir voneinander "
                "– und eine Familie muss ihre Geschichte nicht fünfmal erzählen, bis sie bei der "
                "richtigen Stelle ankommt.",
                en="None of us could have managed this alone. In the network we know about each "
                "other's work – and a family doesn't have to tell its story five times before it "
                "reaches the right place.",
                ar="ما كانت أيّ واحدة منا لتنجح وحدها. في الشبكة نعرف ما يقوم به الآخرون، ولم "
                "تعد الأسرة مضطرة إلى أن تروي قصتها خمس مرات قبل أن تصل إلى الجهة المناسبة.",
                fa="هیچ‌کدام از ما به‌تنهایی از پس این کار برنمی‌آمد. در شبکه از کار هم خبر "
                "داریم و دیگر لازم نیست یک خانواده پنج بار داستانش را تعریف کند تا به جای درست "
                "برسد.",
                fr="Aucune de nous n'y serait arrivée seule. Dans le réseau, nous savons qui "
                "fait quoi – et une famille n'a plus besoin de raconter cinq fois son histoire "
                "avant de trouver le bon interlocuteur.",
                easy="Allein schafft das niemand. Im Netzwerk kennen wir uns. Wir wissen: "
                "Wer hilft bei was? Das hilft den Familien. Eine Familie muss ihre "
                "Geschichte nicht 5-mal erzählen. Sie kommt schneller zur richtigen "
                "Stelle.",
            ),
            attribution=plain(
                de="Beraterin im Jugendmigrationsdienst, im Netzwerk seit 2016",
                en="Counsellor at the youth migration service, part of the network since 2016",
                ar="مستشارة في خدمة الشباب المهاجرين، عضوة في الشبكة منذ عام ٢٠١٦",
                fa="مشاور خدمات مهاجرت جوانان، عضو شبکه از سال ۲۰۱۶",
                fr="Conseillère au service jeunesse migration, membre du réseau depuis 2016",
                easy="Beraterin beim Jugendmigrationsdienst. Sie ist seit 2016 im Netzwerk.",
            ),
        ),
        paragraph(
            rich(
                de="Sie möchten sich einbringen oder mit Ihrer Organisation Mitglied werden? "
                'Alles Wichtige dazu steht unter <a id="a1">Mitmachen</a>.',
                en="Would you like to help, or to join with your organisation? Everything you "
                'need to know is under <a id="a1">Get involved</a>.',
                ar="هل تودّون المشاركة أو الانضمام إلى الشبكة مع منظمتكم؟ تجدون كل المعلومات "
                'المهمة في صفحة <a id="a1">شاركوا معنا</a>.',
                fa="می‌خواهید همکاری کنید یا با سازمان خود عضو شبکه شوید؟ همهٔ اطلاعات لازم را "
                'در صفحهٔ <a id="a1">مشارکت کنید</a> می‌یابید.',
                fr="Vous souhaitez vous engager ou faire adhérer votre organisation ? Tout ce "
                'qu\'il faut savoir se trouve à la page <a id="a1">Participer</a>.',
                links=("get_involved",),
                easy="Sie möchten mithelfen? Oder Ihre Gruppe möchte Mitglied werden? Dann "
                'lesen Sie die Seite <a id="a1">Mitmachen</a>.',
            ),
        ),
        CallToAction(
            title=plain(
                de="Kommen Sie zum nächsten Vernetzungstreffen",
                en="Come to the next network meeting",
                ar="احضروا لقاء التشبيك القادم",
                fa="به نشست بعدی شبکه بیایید",
                fr="Venez à la prochaine rencontre du réseau",
                easy="Kommen Sie zum nächsten Treffen",
            ),
            text=plain(
                de="Sie sind herzlich eingeladen. Schreiben Sie uns kurz, damit wir genug Stühle "
                "und Kaffee haben.",
                en="You are warmly invited. Just drop us a line so that we have enough chairs "
                "and coffee.",
                ar="أنتم مدعوون بكل سرور. اكتبوا لنا بضع كلمات حتى نجهّز ما يكفي من الكراسي "
                "والقهوة.",
                fa="با کمال میل دعوتتان می‌کنیم. فقط پیام کوتاهی برایمان بفرستید تا صندلی و قهوه "
                "به اندازهٔ کافی آماده کنیم.",
                fr="Vous êtes les bienvenus. Écrivez-nous un petit mot pour que nous prévoyions "
                "assez de chaises et de café.",
                easy="Wir laden Sie herzlich ein. Bitte schreiben Sie uns vorher eine kurze "
                "Nachricht. Dann haben wir genug Stühle und Kaffee für alle.",
            ),
            button_label=plain(
                de="Kontakt aufnehmen",
                en="Get in touch",
                ar="تواصلوا معنا",
                fa="با ما تماس بگیرید",
                fr="Nous contacter",
                easy="Schreiben Sie uns",
            ),
            page="contact",
        ),
    ),
)
