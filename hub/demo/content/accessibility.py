"""'Erklärung zur Barrierefreiheit': the accessibility statement in the structure of
BITV 2.0 and the EU model statement (directive 2016/2102): conformance status, known
barriers, how the statement was made, the feedback route, the enforcement procedure.

The ombudsperson's address is a neutral placeholder: a network puts in the body that is
responsible in its federal state (for federal bodies: the Schlichtungsstelle nach § 16 BGG).
"""

from hub.demo.content.common import EMAIL, MAILTO, PHONE, TEL
from hub.demo.specs import Heading, PageSpec, bullets, paragraph
from hub.demo.texts import plain, rich

# The feedback form: one address under every language prefix (Django redirects to the
# visitor's language), so the link needs no translation.
FEEDBACK_FORM = "/report-a-barrier/"
OMBUDS_EMAIL = "ombudsstelle@example.org"

PAGE = PageSpec(
    key="accessibility",
    title=plain(
        de="Erklärung zur Barrierefreiheit",
        en="Accessibility statement",
        ar="بيان إمكانية الوصول",
        fa="بیانیهٔ دسترس‌پذیری",
        fr="Déclaration d'accessibilité",
    ),
    slug=plain(
        de="barrierefreiheit",
        en="accessibility",
        ar="accessibility",
        fa="accessibility",
        fr="accessibilite",
    ),
    intro=plain(
        de="Wir möchten, dass alle Menschen unsere Website nutzen können – auch mit "
        "Screenreader, Tastatur, Vergrößerung oder wenig Deutschkenntnissen. Diese Erklärung "
        "sagt, wie weit uns das gelingt und wo es noch Barrieren gibt.",
        en="We want everyone to be able to use our website – with a screen reader, a keyboard, "
        "magnification or little German. This statement says how far we have got and where "
        "barriers remain.",
        ar="نريد أن يتمكن الجميع من استخدام موقعنا، سواء باستخدام قارئ الشاشة أو لوحة المفاتيح أو "
        "التكبير أو بمعرفة قليلة باللغة الألمانية. يوضح هذا البيان إلى أي حد نجحنا في ذلك وأين "
        "لا تزال هناك عوائق.",
        fa="می‌خواهیم همه بتوانند از وب‌سایت ما استفاده کنند؛ با صفحه‌خوان، صفحه‌کلید، بزرگ‌نمایی "
        "یا با آشنایی اندک با زبان آلمانی. این بیانیه می‌گوید تا کجا در این کار موفق بوده‌ایم و "
        "هنوز کجا مانع وجود دارد.",
        fr="Nous voulons que chacun puisse utiliser notre site – avec un lecteur d'écran, au "
        "clavier, avec un agrandissement ou en parlant peu l'allemand. Cette déclaration dit où "
        "nous en sommes et quels obstacles subsistent.",
    ),
    show_in_menus=False,
    body=(
        Heading(
            plain(
                de="Stand der Vereinbarkeit mit den Anforderungen",
                en="Compliance status",
                ar="مدى التوافق مع المتطلبات",
                fa="میزان انطباق با الزامات",
                fr="État de conformité",
            )
        ),
        paragraph(
            rich(
                de="Diese Website ist <b>teilweise</b> mit der Barrierefreie-Informationstechnik-"
                "Verordnung (BITV 2.0) vereinbar, also mit der europäischen Norm EN 301 549 und "
                "den Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA. Die unten "
                "genannten Inhalte sind noch nicht barrierefrei.",
                en="This website is <b>partially compliant</b> with the German accessibility "
                "regulation BITV 2.0, that is with the European standard EN 301 549 and the Web "
                "Content Accessibility Guidelines (WCAG) 2.1 at level AA. The content listed "
                "below is not yet accessible.",
                ar="هذا الموقع <b>متوافق جزئياً</b> مع اللائحة الألمانية لتقنية المعلومات الخالية "
                "من العوائق (BITV 2.0)، أي مع المعيار الأوروبي EN 301 549 وإرشادات إتاحة محتوى "
                "الويب (WCAG) 2.1 في المستوى AA. المحتويات المذكورة أدناه ليست خالية من العوائق "
                "بعد.",
                fa="این وب‌سایت <b>تا اندازه‌ای</b> با آیین‌نامهٔ آلمانی فناوری اطلاعات بدون مانع "
                "(BITV 2.0) منطبق است، یعنی با استاندارد اروپایی EN 301 549 و رهنمودهای "
                "دسترس‌پذیری محتوای وب (WCAG) 2.1 در سطح AA. محتواهایی که در ادامه آمده‌اند هنوز "
                "دسترس‌پذیر نیستند.",
                fr="Ce site est <b>partiellement conforme</b> au règlement allemand sur "
                "l'accessibilité numérique (BITV 2.0), c'est-à-dire à la norme européenne EN 301 "
                "549 et aux règles WCAG 2.1, niveau AA. Les contenus énumérés ci-dessous ne sont "
                "pas encore accessibles.",
            ),
        ),
        Heading(
            plain(
                de="Nicht barrierefreie Inhalte",
                en="Content that is not accessible",
                ar="محتويات غير خالية من العوائق",
                fa="محتواهای غیرقابل‌دسترس",
                fr="Contenus non accessibles",
            )
        ),
        paragraph(
            bullets(
                rich(
                    de="<b>Protokolle als PDF:</b> Die Protokolle der Vernetzungstreffen sind "
                    "PDF-Dateien ohne Struktur und Alternativtexte; Screenreader lesen sie nur "
                    "schlecht vor. Auf Wunsch schicken wir Ihnen den Inhalt als Text.",
                    en="<b>Minutes as PDF:</b> the minutes of the network meetings are PDF files "
                    "without structure or alternative texts; screen readers read them badly. "
                    "On request we send you their content as text.",
                    ar="<b>المحاضر بصيغة PDF:</b> محاضر لقاءات التشبيك ملفات PDF بلا بنية ولا نصوص "
                    "بديلة، ولا تقرؤها برامج قراءة الشاشة جيداً. نرسل لكم محتواها نصاً عند الطلب.",
                    fa="<b>صورت‌جلسه‌ها به صورت PDF:</b> صورت‌جلسه‌های نشست‌های شبکه فایل‌های PDF "
                    "بدون ساختار و متن جایگزین هستند و صفحه‌خوان‌ها آن‌ها را به‌خوبی نمی‌خوانند. "
                    "در صورت درخواست، متن آن‌ها را برایتان می‌فرستیم.",
                    fr="<b>Comptes rendus en PDF :</b> les comptes rendus des rencontres du réseau "
                    "sont des fichiers PDF sans structure ni textes alternatifs, mal lus par les "
                    "lecteurs d'écran. Sur demande, nous vous en envoyons le contenu en texte.",
                ),
                rich(
                    de="<b>Karte:</b> Die Karte auf der Seite „Hilfe finden“ besteht aus "
                    "Kartenkacheln von OpenStreetMap und ist mit Screenreader oder Tastatur kaum "
                    "nutzbar. Alle Angebote stehen auf derselben Seite auch als Liste mit Adresse.",
                    en="<b>Map:</b> the map on the “Find help” page is made of OpenStreetMap tiles "
                    "and can hardly be used with a screen reader or a keyboard. Every offer is "
                    "also on the same page as a list with its address.",
                    ar="<b>الخريطة:</b> الخريطة في صفحة «البحث عن مساعدة» مكوّنة من مربعات خرائط "
                    "OpenStreetMap ويصعب استخدامها بقارئ الشاشة أو لوحة المفاتيح. جميع العروض "
                    "موجودة في الصفحة نفسها أيضاً على شكل قائمة مع العنوان.",
                    fa="<b>نقشه:</b> نقشهٔ صفحهٔ «یافتن کمک» از کاشی‌های نقشهٔ OpenStreetMap ساخته "
                    "شده و با صفحه‌خوان یا صفحه‌کلید به‌سختی قابل استفاده است. همهٔ خدمات در همان "
                    "صفحه به صورت فهرست با نشانی هم آمده‌اند.",
                    fr="<b>Carte :</b> la carte de la page « Trouver de l'aide » est faite de "
                    "tuiles OpenStreetMap et se prête mal au lecteur d'écran ou au clavier. Toutes "
                    "les offres figurent aussi sur la même page sous forme de liste avec leur "
                    "adresse.",
                ),
                rich(
                    de="<b>Übersetzungen:</b> Einige Übersetzungen sind maschinell erstellt und "
                    "noch nicht von Menschen geprüft. Noch nicht übersetzte Seiten erscheinen auf "
                    "Deutsch, mit einem Hinweis in Ihrer Sprache.",
                    en="<b>Translations:</b> some translations were made by machine and have not "
                    "yet been checked by people. Pages not yet translated appear in German, with "
                    "a notice in your language.",
                    ar="<b>الترجمات:</b> بعض الترجمات آلية ولم يراجعها أشخاص بعد. الصفحات غير "
                    "المترجمة بعد تظهر بالألمانية مع ملاحظة بلغتكم.",
                    fa="<b>ترجمه‌ها:</b> برخی ترجمه‌ها ماشینی هستند و هنوز انسان آن‌ها را بررسی "
                    "نکرده است. صفحه‌هایی که هنوز ترجمه نشده‌اند به آلمانی نمایش داده می‌شوند، "
                    "همراه با توضیحی به زبان شما.",
                    fr="<b>Traductions :</b> certaines traductions sont automatiques et n'ont pas "
                    "encore été relues. Les pages pas encore traduites s'affichent en allemand, "
                    "avec un avis dans votre langue.",
                ),
                rich(
                    de="<b>Eingesandte Inhalte:</b> Texte und Bilder, die Initiativen und "
                    "Mitgliedsorganisationen selbst eintragen, haben nicht immer Alternativtexte "
                    "oder eine klare Gliederung.",
                    en="<b>Submitted content:</b> texts and images that initiatives and member "
                    "organisations enter themselves do not always have alternative texts or a "
                    "clear structure.",
                    ar="<b>المحتويات المرسلة:</b> النصوص والصور التي تُدخلها المبادرات والمنظمات "
                    "الأعضاء بنفسها لا تحتوي دائماً على نصوص بديلة أو بنية واضحة.",
                    fa="<b>محتوای ارسالی:</b> متن‌ها و تصویرهایی که ابتکارها و سازمان‌های عضو خودشان "
                    "وارد می‌کنند، همیشه متن جایگزین یا ساختار روشنی ندارند.",
                    fr="<b>Contenus envoyés :</b> les textes et images saisis par les initiatives "
                    "et les organisations membres n'ont pas toujours de texte alternatif ni une "
                    "structure claire.",
                ),
            ),
        ),
        Heading(
            plain(
                de="Erstellung dieser Erklärung",
                en="Preparation of this statement",
                ar="إعداد هذا البيان",
                fa="تهیهٔ این بیانیه",
                fr="Établissement de cette déclaration",
            )
        ),
        paragraph(
            rich(
                de="Diese Erklärung wurde am 30. November 2026 erstellt und zuletzt am 30. "
                "November 2026 überprüft. Grundlage ist eine Selbstbewertung: Wir haben die "
                "Seiten mit dem Prüfwerkzeug axe-core, mit der Tastatur, mit Screenreadern (NVDA, "
                "TalkBack) und auf einem Bildschirm von 360 Pixel Breite getestet.",
                en="This statement was prepared on 30 November 2026 and last reviewed on 30 "
                "November 2026. It is based on a self-assessment: we tested the pages with the "
                "axe-core checker, with the keyboard, with screen readers (NVDA, TalkBack) and on "
                "a screen 360 pixels wide.",
                ar="أُعدّ هذا البيان في ٣٠ تشرين الثاني/نوفمبر ٢٠٢٦ وروجع آخر مرة في ٣٠ تشرين "
                "الثاني/نوفمبر ٢٠٢٦. وهو يقوم على تقييم ذاتي: اختبرنا الصفحات بأداة الفحص "
                "axe-core وبلوحة المفاتيح وببرامج قراءة الشاشة (NVDA وTalkBack) وعلى شاشة بعرض "
                "٣٦٠ بكسل.",
                fa="این بیانیه در ۳۰ نوامبر ۲۰۲۶ تهیه و آخرین بار در ۳۰ نوامبر ۲۰۲۶ بازبینی شده "
                "است. پایهٔ آن خودارزیابی است: صفحه‌ها را با ابزار بررسی axe-core، با صفحه‌کلید، "
                "با صفحه‌خوان‌ها (NVDA و TalkBack) و روی صفحه‌نمایشی به عرض ۳۶۰ پیکسل آزمودیم.",
                fr="Cette déclaration a été établie le 30 novembre 2026 et revue pour la dernière "
                "fois le 30 novembre 2026. Elle repose sur une auto-évaluation : nous avons testé "
                "les pages avec l'outil axe-core, au clavier, avec des lecteurs d'écran (NVDA, "
                "TalkBack) et sur un écran de 360 pixels de large.",
            ),
        ),
        Heading(
            plain(
                de="Barriere melden",
                en="Report a barrier",
                ar="الإبلاغ عن عائق",
                fa="گزارش یک مانع",
                fr="Signaler un obstacle",
            )
        ),
        paragraph(
            rich(
                de="Sie sind auf eine Barriere gestoßen oder brauchen Inhalte in einer anderen "
                'Form? Sagen Sie es uns über das <a id="a1">Formular „Barriere melden“</a>, per '
                f'E-Mail an <a id="a2">{EMAIL}</a> oder telefonisch unter <a id="a3">{PHONE}</a>. '
                "Wir antworten Ihnen innerhalb eines Monats.",
                en="Have you come across a barrier, or do you need content in another form? Tell "
                'us through the <a id="a1">“Report a barrier” form</a>, by e-mail to <a '
                f'id="a2">{EMAIL}</a> or by phone on <a id="a3">{PHONE}</a>. We answer within '
                "one month.",
                ar='هل صادفتم عائقاً أو تحتاجون إلى محتوى بشكل آخر؟ أخبرونا عبر <a id="a1">نموذج '
                '«الإبلاغ عن عائق»</a> أو بالبريد الإلكتروني إلى <a id="a2">'
                f'{EMAIL}</a> أو بالهاتف على الرقم <a id="a3">{PHONE}</a>. نرد عليكم خلال شهر.',
                fa='به مانعی برخورده‌اید یا محتوا را به شکل دیگری لازم دارید؟ از راه <a id="a1">فرم '
                '«گزارش یک مانع»</a>، با ایمیل به <a id="a2">'
                f'{EMAIL}</a> یا تلفنی با شمارهٔ <a id="a3">{PHONE}</a> به ما خبر دهید. ظرف یک '
                "ماه به شما پاسخ می‌دهیم.",
                fr="Vous avez rencontré un obstacle ou avez besoin d'un contenu sous une autre "
                'forme ? Dites-le-nous avec le <a id="a1">formulaire « Signaler un obstacle »</a>, '
                f'par e-mail à <a id="a2">{EMAIL}</a> ou par téléphone au <a id="a3">{PHONE}</a>. '
                "Nous vous répondons dans un délai d'un mois.",
                links=(FEEDBACK_FORM, MAILTO, TEL),
            ),
            rich(
                de="Name und E-Mail-Adresse sind freiwillig. Das Formular speichert Ihre Meldung "
                "nicht auf der Website: Sie geht als E-Mail an die Redaktion, die Kopie in der "
                "Versandwarteschlange wird nach spätestens sechs Wochen gelöscht. Die Redaktion "
                "löscht die E-Mail, sobald Ihr Anliegen erledigt ist, spätestens nach sechs "
                "Monaten.",
                en="Your name and e-mail address are optional. The form does not store your "
                "report on the website: it is sent by e-mail to the editors, and the copy in the "
                "mail queue is deleted after six weeks at the latest. The editors delete the "
                "e-mail once your request has been dealt with, after six months at the latest.",
                ar="الاسم وعنوان البريد الإلكتروني اختياريان. لا يحفظ النموذج بلاغكم على الموقع، "
                "بل يُرسَل بالبريد الإلكتروني إلى فريق التحرير، وتُحذف النسخة الموجودة في قائمة "
                "انتظار الإرسال بعد ستة أسابيع على الأكثر. ويحذف فريق التحرير الرسالة حين تُنجَز "
                "معاملتكم، وبعد ستة أشهر على الأكثر.",
                fa="نام و نشانی ایمیل اختیاری است. فرم گزارش شما را در وب‌سایت ذخیره نمی‌کند: "
                "گزارش با ایمیل برای تیم تحریریه فرستاده می‌شود و نسخهٔ آن در صف ارسال حداکثر پس "
                "از شش هفته پاک می‌شود. تیم تحریریه ایمیل را پس از رسیدگی به درخواست شما و "
                "حداکثر پس از شش ماه پاک می‌کند.",
                fr="Le nom et l'adresse e-mail sont facultatifs. Le formulaire n'enregistre pas "
                "votre signalement sur le site : il est envoyé par e-mail à la rédaction, et la "
                "copie dans la file d'envoi est supprimée au plus tard au bout de six semaines. La "
                "rédaction supprime l'e-mail une fois votre demande traitée, au plus tard au "
                "bout de six mois.",
            ),
        ),
        Heading(
            plain(
                de="Schlichtungsverfahren",
                en="Enforcement procedure",
                ar="إجراء التسوية",
                fa="روند میانجی‌گری",
                fr="Procédure de médiation",
            )
        ),
        paragraph(
            rich(
                de="Haben Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können "
                "Sie ein Schlichtungsverfahren beantragen – bei Bundesbehörden bei der "
                "Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG), sonst bei "
                "der Ombudsstelle für Barrierefreiheit Ihres Bundeslandes. Das Verfahren ist "
                "kostenlos, und Sie brauchen keinen Rechtsbeistand.",
                en="If you have not received a satisfactory answer to your report, you can ask "
                "for mediation – for federal bodies at the conciliation body under Section 16 of "
                "the German Disability Equality Act (BGG), otherwise at the accessibility "
                "ombudsperson of your federal state. The procedure is free of charge and you do "
                "not need a lawyer.",
                ar="إذا لم تتلقوا رداً مرضياً على بلاغكم، يمكنكم طلب إجراء تسوية: لدى هيئة التسوية "
                "وفق المادة ١٦ من قانون المساواة لذوي الإعاقة (BGG) إذا تعلق الأمر بجهة اتحادية، "
                "وإلا لدى مكتب أمين المظالم لإمكانية الوصول في ولايتكم. الإجراء مجاني ولا تحتاجون "
                "إلى محامٍ.",
                fa="اگر به گزارش خود پاسخ رضایت‌بخشی نگرفتید، می‌توانید درخواست میانجی‌گری کنید: "
                "برای نهادهای فدرال نزد نهاد میانجی‌گری طبق مادهٔ ۱۶ قانون برابری افراد دارای "
                "معلولیت (BGG) و در غیر این صورت نزد دفتر بازرس دسترس‌پذیری ایالت خود. این روند "
                "رایگان است و به وکیل نیاز ندارید.",
                fr="Si vous n'avez pas reçu de réponse satisfaisante à votre signalement, vous "
                "pouvez demander une médiation : pour les organismes fédéraux auprès de l'organe "
                "de conciliation prévu à l'article 16 de la loi allemande sur l'égalité des "
                "personnes handicapées (BGG), sinon auprès du médiateur pour l'accessibilité de "
                "votre Land. La procédure est gratuite et vous n'avez pas besoin d'avocat.",
            ),
            rich(
                de="Ombudsstelle für barrierefreie Informationstechnik (Beispieladresse)<br/>"
                f'Musterstraße 1<br/>12345 Musterstadt<br/>E-Mail: <a id="a1">{OMBUDS_EMAIL}</a>',
                en="Ombudsperson for accessible information technology (example address)<br/>"
                f'Musterstraße 1<br/>12345 Musterstadt<br/>E-mail: <a id="a1">{OMBUDS_EMAIL}</a>',
                ar="مكتب أمين المظالم لتقنية المعلومات الخالية من العوائق (عنوان للمثال)<br/>"
                "Musterstraße 1<br/>12345 Musterstadt<br/>"
                f'البريد الإلكتروني: <a id="a1">{OMBUDS_EMAIL}</a>',
                fa="دفتر بازرس فناوری اطلاعات بدون مانع (نشانی نمونه)<br/>"
                f'Musterstraße 1<br/>12345 Musterstadt<br/>ایمیل: <a id="a1">{OMBUDS_EMAIL}</a>',
                fr="Médiateur pour l'accessibilité numérique (adresse d'exemple)<br/>"
                f'Musterstraße 1<br/>12345 Musterstadt<br/>E-mail : <a id="a1">{OMBUDS_EMAIL}</a>',
                links=(f"mailto:{OMBUDS_EMAIL}",),
            ),
        ),
    ),
)
