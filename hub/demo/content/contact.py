"""'Kontakt': the coordination office, its opening hours and how to get there."""

from hub.demo.content.common import EMAIL, MAILTO, PHONE, TEL
from hub.demo.specs import CallToAction, Heading, PageSpec, bullets, paragraph
from hub.demo.texts import plain, rich

PAGE = PageSpec(
    key="contact",
    title=plain(de="Kontakt", en="Contact", ar="اتصلوا بنا", fa="تماس با ما", fr="Contact"),
    slug=plain(de="kontakt", en="contact", ar="contact", fa="contact", fr="contact"),
    intro=plain(
        de="Die Koordinationsstelle des Netzwerks ist für Ihre Fragen da – persönlich, am "
        "Telefon und per E-Mail.",
        en="The network's coordination office is here for your questions – in person, by phone "
        "and by e-mail.",
        ar="مكتب التنسيق التابع للشبكة جاهز للإجابة عن أسئلتكم، شخصياً أو بالهاتف أو بالبريد "
        "الإلكتروني.",
        fa="دفتر هماهنگی شبکه پاسخگوی پرسش‌های شماست؛ حضوری، تلفنی و از راه ایمیل.",
        fr="Le bureau de coordination du réseau répond à vos questions – sur place, par "
        "téléphone et par e-mail.",
    ),
    body=(
        Heading(
            plain(
                de="Koordinationsstelle im Haus der Begegnung",
                en="Coordination office at the Haus der Begegnung",
                ar="مكتب التنسيق في «بيت اللقاء»",
                fa="دفتر هماهنگی در «خانهٔ دیدار»",
                fr="Bureau de coordination à la Haus der Begegnung",
            )
        ),
        paragraph(
            bullets(
                rich(
                    de="<b>Adresse:</b> Haus der Begegnung, Marktplatz 1, 12345 Lindenstadt (2. "
                    "Stock)",
                    en="<b>Address:</b> Haus der Begegnung, Marktplatz 1, 12345 Lindenstadt (2nd "
                    "floor)",
                    ar="<b>العنوان:</b> Haus der Begegnung, Marktplatz 1, 12345 Lindenstadt "
                    "(الطابق الثاني)",
                    fa="<b>نشانی:</b> Haus der Begegnung, Marktplatz 1, 12345 Lindenstadt (طبقهٔ "
                    "دوم)",
                    fr="<b>Adresse :</b> Haus der Begegnung, Marktplatz 1, 12345 Lindenstadt (2e "
                    "étage)",
                ),
                rich(
                    de=f'<b>Telefon:</b> <a id="a1">{PHONE}</a>',
                    en=f'<b>Phone:</b> <a id="a1">{PHONE}</a>',
                    ar=f'<b>الهاتف:</b> <a id="a1">{PHONE}</a>',
                    fa=f'<b>تلفن:</b> <a id="a1">{PHONE}</a>',
                    fr=f'<b>Téléphone :</b> <a id="a1">{PHONE}</a>',
                    links=(TEL,),
                ),
                rich(
                    de=f'<b>E-Mail:</b> <a id="a1">{EMAIL}</a>',
                    en=f'<b>E-mail:</b> <a id="a1">{EMAIL}</a>',
                    ar=f'<b>البريد الإلكتروني:</b> <a id="a1">{EMAIL}</a>',
                    fa=f'<b>ایمیل:</b> <a id="a1">{EMAIL}</a>',
                    fr=f'<b>E-mail :</b> <a id="a1">{EMAIL}</a>',
                    links=(MAILTO,),
                ),
            ),
        ),
        Heading(
            plain(
                de="Sprechzeiten",
                en="Opening hours",
                ar="مواعيد الاستقبال",
                fa="ساعات مراجعه",
                fr="Horaires de permanence",
            )
        ),
        paragraph(
            bullets(
                rich(
                    de="Dienstag, 10 bis 13 Uhr",
                    en="Tuesday, 10 am to 1 pm",
                    ar="الثلاثاء، من ١٠:٠٠ حتى ١٣:٠٠",
                    fa="سه‌شنبه، ساعت ۱۰ تا ۱۳",
                    fr="Mardi, de 10 h à 13 h",
                ),
                rich(
                    de="Donnerstag, 14 bis 18 Uhr",
                    en="Thursday, 2 pm to 6 pm",
                    ar="الخميس، من ١٤:٠٠ حتى ١٨:٠٠",
                    fa="پنجشنبه، ساعت ۱۴ تا ۱۸",
                    fr="Jeudi, de 14 h à 18 h",
                ),
                rich(
                    de="und nach Vereinbarung",
                    en="and by appointment",
                    ar="وفي مواعيد أخرى بالاتفاق المسبق",
                    fa="و در زمان‌های دیگر با هماهنگی قبلی",
                    fr="et sur rendez-vous",
                ),
            ),
            rich(
                de="In den Sprechzeiten sprechen wir Deutsch, Englisch, Arabisch, Farsi und "
                "Französisch. Für andere Sprachen organisieren wir gern eine Sprachmittlung – "
                "bitte melden Sie sich dafür vorher an.",
                en="During opening hours we speak German, English, Arabic, Farsi and French. For "
                "other languages we are happy to arrange an interpreter – please let us know in "
                "advance.",
                ar="نتحدث خلال مواعيد الاستقبال الألمانية والإنجليزية والعربية والفارسية "
                "والفرنسية. ولغيرها من اللغات يسعدنا أن نرتّب وساطة لغوية، فيُرجى إبلاغنا مسبقاً.",
                fa="در ساعات مراجعه به آلمانی، انگلیسی، عربی، فارسی و فرانسوی صحبت می‌کنیم. برای "
                "زبان‌های دیگر با کمال میل میانجی زبانی هماهنگ می‌کنیم؛ لطفاً از قبل خبر دهید.",
                fr="Pendant les permanences, nous parlons allemand, anglais, arabe, persan et "
                "français. Pour d'autres langues, nous organisons volontiers un interprétariat – "
                "merci de nous prévenir à l'avance.",
            ),
        ),
        Heading(
            plain(
                de="So finden Sie uns",
                en="How to find us",
                ar="كيف تصلون إلينا",
                fa="چگونه ما را پیدا کنید",
                fr="Comment venir",
            )
        ),
        paragraph(
            rich(
                de="Das Haus der Begegnung liegt direkt am Marktplatz, fünf Gehminuten vom "
                "Hauptbahnhof. Die Buslinien 3 und 7 halten an der Haltestelle Marktplatz. Der "
                "Eingang ist stufenlos, und ein Aufzug führt in den zweiten Stock.",
                en="The Haus der Begegnung is right on the Marktplatz, a five-minute walk from "
                "the main station. Bus lines 3 and 7 stop at the Marktplatz stop. The entrance "
                "is step-free, and a lift takes you to the second floor.",
                ar="يقع «بيت اللقاء» في ساحة السوق مباشرة، على بعد خمس دقائق سيراً من محطة "
                "القطارات الرئيسية. وتتوقف خطوط الحافلات 3 و7 في محطة Marktplatz. المدخل بلا "
                "درجات، ويوصلكم مصعد إلى الطابق الثاني.",
                fa="«خانهٔ دیدار» درست کنار میدان بازار است، پنج دقیقه پیاده تا ایستگاه مرکزی "
                "قطار. اتوبوس‌های خط ۳ و ۷ در ایستگاه Marktplatz توقف می‌کنند. ورودی ساختمان پله "
                "ندارد و آسانسور شما را به طبقهٔ دوم می‌برد.",
                fr="La Haus der Begegnung se trouve directement sur la Marktplatz, à cinq "
                "minutes à pied de la gare centrale. Les lignes de bus 3 et 7 s'arrêtent à "
                "l'arrêt Marktplatz. L'entrée est de plain-pied et un ascenseur dessert le "
                "deuxième étage.",
            ),
        ),
        Heading(
            plain(
                de="Gut zu wissen",
                en="Good to know",
                ar="من المفيد أن تعرفوا",
                fa="خوب است بدانید",
                fr="Bon à savoir",
            )
        ),
        paragraph(
            rich(
                de="Wir sind keine Rechtsberatung. Bei Fragen zu Ihrem Asylverfahren oder "
                "Aufenthalt vermitteln wir Sie an eine Fachberatungsstelle unserer Mitglieder – "
                "kostenlos und vertraulich. Im Notfall rufen Sie bitte die 112 (Rettungsdienst "
                "und Feuerwehr) oder die 110 (Polizei).",
                en="We do not give legal advice. If you have questions about your asylum "
                "procedure or residence status, we will refer you to a specialist counselling "
                "service run by one of our members – free of charge and confidential. In an "
                "emergency, please call 112 (ambulance and fire brigade) or 110 (police).",
                ar="لا نقدّم استشارات قانونية. إذا كانت لديكم أسئلة حول إجراءات لجوئكم أو "
                "إقامتكم، نحيلكم إلى مركز استشارة متخصص لدى أحد أعضائنا، مجاناً وبسرية تامة. وفي "
                "حالات الطوارئ يُرجى الاتصال بالرقم 112 (الإسعاف والإطفاء) أو 110 (الشرطة).",
                fa="ما مشاورهٔ حقوقی نمی‌دهیم. اگر دربارهٔ روند پناهندگی یا اقامت خود پرسشی "
                "دارید، شما را به یکی از مراکز مشاورهٔ تخصصی اعضای شبکه معرفی می‌کنیم؛ رایگان و "
                "محرمانه. در مواقع اضطراری لطفاً با شمارهٔ ۱۱۲ (اورژانس و آتش‌نشانی) یا ۱۱۰ "
                "(پلیس) تماس بگیرید.",
                fr="Nous ne donnons pas de conseils juridiques. Pour toute question sur votre "
                "procédure d'asile ou votre droit au séjour, nous vous orientons vers un service "
                "de conseil spécialisé de l'un de nos membres – gratuitement et en toute "
                "confidentialité. En cas d'urgence, appelez le 112 (secours et pompiers) ou le "
                "110 (police).",
            ),
        ),
        CallToAction(
            title=plain(
                de="Selbst aktiv werden",
                en="Get active yourself",
                ar="كونوا جزءاً من العمل",
                fa="خودتان دست به کار شوید",
                fr="Passer à l'action",
            ),
            text=plain(
                de="Sie möchten nicht nur Fragen stellen, sondern auch mit anpacken? Es gibt "
                "viele Möglichkeiten.",
                en="Not just looking for answers, but keen to lend a hand? There are lots of "
                "ways to do so.",
                ar="لا تريدون طرح الأسئلة فقط، بل المساهمة أيضاً؟ هناك إمكانيات كثيرة.",
                fa="نمی‌خواهید فقط سؤال بپرسید و دوست دارید دستی هم برسانید؟ راه‌های زیادی هست.",
                fr="Vous n'avez pas seulement des questions, mais aussi envie de mettre la main "
                "à la pâte ? Les possibilités ne manquent pas.",
            ),
            button_label=plain(
                de="Möglichkeiten zum Mitmachen",
                en="Ways to get involved",
                ar="طرق المشاركة",
                fa="راه‌های مشارکت",
                fr="Comment participer",
            ),
            page="get_involved",
        ),
    ),
)
