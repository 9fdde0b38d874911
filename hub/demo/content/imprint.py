"""'Impressum': the provider of the site, as German law requires (fictional data)."""

from hub.demo.content.common import EMAIL, MAILTO, PHONE, TEL
from hub.demo.specs import Heading, PageSpec, paragraph
from hub.demo.texts import plain, rich

PAGE = PageSpec(
    key="imprint",
    title=plain(
        de="Impressum",
        en="Legal notice",
        ar="بيانات الناشر",
        fa="اطلاعات ناشر",
        fr="Mentions légales",
    ),
    slug=plain(de="impressum", en="imprint", ar="imprint", fa="imprint", fr="mentions-legales"),
    intro=plain(
        de="Angaben zum Anbieter dieser Website nach § 5 Digitale-Dienste-Gesetz (DDG).",
        en="Information about the provider of this website pursuant to Section 5 of the German "
        "Digital Services Act (DDG).",
        ar="بيانات الجهة المسؤولة عن هذا الموقع وفقاً للمادة ٥ من قانون الخدمات الرقمية الألماني "
        "(DDG).",
        fa="اطلاعات مربوط به گردانندهٔ این سایت بر اساس مادهٔ ۵ قانون خدمات دیجیتال آلمان (DDG).",
        fr="Informations sur l'éditeur de ce site conformément à l'article 5 de la loi allemande "
        "sur les services numériques (DDG).",
    ),
    body=(
        Heading(
            plain(
                de="Anbieter",
                en="Provider",
                ar="الجهة الناشرة",
                fa="گردانندهٔ سایت",
                fr="Éditeur",
            )
        ),
        paragraph(
            rich(
                de="Willkommen in Lindenstadt e. V.<br/>Marktplatz 1<br/>12345 Lindenstadt",
                en="Willkommen in Lindenstadt e. V.<br/>Marktplatz 1<br/>12345 "
                "Lindenstadt<br/>Germany",
                ar="Willkommen in Lindenstadt e. V.<br/>Marktplatz 1<br/>12345 "
                "Lindenstadt<br/>ألمانيا",
                fa="Willkommen in Lindenstadt e. V.<br/>Marktplatz 1<br/>12345 "
                "Lindenstadt<br/>آلمان",
                fr="Willkommen in Lindenstadt e. V.<br/>Marktplatz 1<br/>12345 "
                "Lindenstadt<br/>Allemagne",
            ),
            rich(
                de=f'Telefon: <a id="a1">{PHONE}</a><br/>E-Mail: <a id="a2">{EMAIL}</a>',
                en=f'Phone: <a id="a1">{PHONE}</a><br/>E-mail: <a id="a2">{EMAIL}</a>',
                ar=f'الهاتف: <a id="a1">{PHONE}</a><br/>البريد الإلكتروني: <a id="a2">{EMAIL}</a>',
                fa=f'تلفن: <a id="a1">{PHONE}</a><br/>ایمیل: <a id="a2">{EMAIL}</a>',
                fr=f'Téléphone : <a id="a1">{PHONE}</a><br/>E-mail : <a id="a2">{EMAIL}</a>',
                links=(TEL, MAILTO),
            ),
        ),
        Heading(
            plain(
                de="Vertretungsberechtigter Vorstand",
                en="Board authorised to represent the association",
                ar="مجلس الإدارة المخوَّل بالتمثيل",
                fa="هیئت‌مدیرهٔ دارای حق نمایندگی",
                fr="Bureau habilité à représenter l'association",
            )
        ),
        paragraph(
            rich(
                de="Katrin Neumann (Vorsitzende), Reza Karimi (stellvertretender Vorsitzender), "
                "Sabine Yıldız (Schatzmeisterin)",
                en="Katrin Neumann (chair), Reza Karimi (deputy chair), Sabine Yıldız (treasurer)",
                ar="كاترين نويمان (الرئيسة)، رضا كريمي (نائب الرئيسة)، زابينه يلدز (أمينة الصندوق)",
                fa="کاترین نویمان (رئیس)، رضا کریمی (نایب‌رئیس)، زابینه ییلدیز (خزانه‌دار)",
                fr="Katrin Neumann (présidente), Reza Karimi (vice-président), Sabine Yıldız "
                "(trésorière)",
            ),
        ),
        Heading(
            plain(
                de="Registereintrag",
                en="Register entry",
                ar="القيد في السجل",
                fa="ثبت انجمن",
                fr="Immatriculation",
            )
        ),
        paragraph(
            rich(
                de="Eingetragen im Vereinsregister des Amtsgerichts Lindenstadt unter VR 4711. "
                "Der Verein ist vom Finanzamt Lindenstadt als gemeinnützig anerkannt.",
                en="Entered in the register of associations at Lindenstadt Local Court under VR "
                "4711. The association is recognised as a charity by the Lindenstadt tax office.",
                ar="مسجّلة في سجل الجمعيات لدى محكمة ليندنشتات المحلية تحت الرقم VR 4711. وتعترف "
                "مصلحة الضرائب في ليندنشتات بالجمعية بوصفها جمعية ذات نفع عام.",
                fa="ثبت‌شده در دفتر ثبت انجمن‌های دادگاه بخش لیندن‌اشتات به شمارهٔ VR 4711. "
                "ادارهٔ مالیات لیندن‌اشتات این انجمن را عام‌المنفعه شناخته است.",
                fr="Inscrite au registre des associations du tribunal d'instance (Amtsgericht) "
                "de Lindenstadt sous le numéro VR 4711. L'association est reconnue d'intérêt "
                "général par le centre des impôts de Lindenstadt.",
            ),
        ),
        Heading(
            plain(
                de="Verantwortlich für den Inhalt",
                en="Responsible for the content",
                ar="المسؤولة عن المحتوى",
                fa="مسئول محتوا",
                fr="Responsable de la publication",
            )
        ),
        paragraph(
            rich(
                de="Verantwortlich nach § 18 Abs. 2 Medienstaatsvertrag: Katrin Neumann, "
                "Anschrift wie oben. Die Einträge der Mitgliedsorganisationen verantworten die "
                "jeweiligen Organisationen selbst.",
                en="Responsible under Section 18(2) of the German Interstate Media Treaty: "
                "Katrin Neumann, address as above. The member organisations are themselves "
                "responsible for their own entries.",
                ar="المسؤولة وفقاً للمادة ١٨، الفقرة ٢ من معاهدة الإعلام بين الولايات الألمانية: "
                "كاترين نويمان، على العنوان المذكور أعلاه. وتتحمّل المنظمات الأعضاء مسؤولية "
                "المعلومات التي تنشرها عن نفسها.",
                fa="مسئول بر اساس بند ۲ مادهٔ ۱۸ پیمان رسانه‌ای میان‌ایالتی آلمان: کاترین "
                "نویمان، به همان نشانی بالا. مسئولیت مطالب سازمان‌های عضو با خود آن سازمان‌هاست.",
                fr="Responsable au sens de l'article 18, paragraphe 2, du traité inter-Länder "
                "sur les médias (Medienstaatsvertrag) : Katrin Neumann, adresse ci-dessus. Les "
                "organisations membres sont responsables de leurs propres contenus.",
            ),
        ),
        Heading(
            plain(
                de="Haftung für Links",
                en="Liability for links",
                ar="المسؤولية عن الروابط",
                fa="مسئولیت پیوندها",
                fr="Liens externes",
            )
        ),
        paragraph(
            rich(
                de="Unsere Seiten verweisen auch auf Websites anderer Anbieter. Für deren "
                "Inhalte sind allein diese Anbieter verantwortlich. Erfahren wir von "
                "rechtswidrigen Inhalten, entfernen wir den Link umgehend.",
                en="Our pages also link to websites run by others. Those providers alone are "
                "responsible for their content. If we learn of unlawful content, we remove the "
                "link immediately.",
                ar="تحيل صفحاتنا أيضاً إلى مواقع تابعة لجهات أخرى، وهذه الجهات وحدها مسؤولة عن "
                "محتواها. وإذا علمنا بوجود محتوى مخالف للقانون، نزيل الرابط فوراً.",
                fa="صفحات ما به سایت‌های دیگران هم پیوند می‌دهند. مسئولیت محتوای آن سایت‌ها فقط "
                "با گردانندگان خودشان است. اگر از محتوای غیرقانونی باخبر شویم، پیوند را بی‌درنگ "
                "حذف می‌کنیم.",
                fr="Nos pages renvoient aussi vers des sites d'autres éditeurs, qui sont seuls "
                "responsables de leur contenu. Si nous avons connaissance d'un contenu illicite, "
                "nous supprimons le lien sans délai.",
            ),
        ),
        Heading(
            plain(
                de="Streitbeilegung",
                en="Dispute resolution",
                ar="تسوية النزاعات",
                fa="حل اختلاف",
                fr="Règlement des litiges",
            )
        ),
        paragraph(
            rich(
                de="Wir sind weder bereit noch verpflichtet, an Streitbeilegungsverfahren vor "
                "einer Verbraucherschlichtungsstelle teilzunehmen.",
                en="We are neither willing nor obliged to take part in dispute resolution "
                "proceedings before a consumer arbitration board.",
                ar="لسنا مستعدين ولا ملزمين بالمشاركة في إجراءات تسوية النزاعات أمام هيئة تحكيم "
                "خاصة بالمستهلكين.",
                fa="ما نه آمادگی و نه تعهدی برای شرکت در روند حل اختلاف در نهادهای داوری "
                "مصرف‌کنندگان داریم.",
                fr="Nous ne sommes ni disposés ni tenus à participer à une procédure de "
                "règlement des litiges devant un organisme de médiation de la consommation.",
            ),
        ),
        Heading(
            plain(
                de="Förderung",
                en="Funding",
                ar="التمويل",
                fa="حمایت مالی",
                fr="Financement",
            )
        ),
        paragraph(
            rich(
                de="Die Koordinationsstelle wird von der Stadt Lindenstadt und vom Land im "
                "Rahmen des Programms „Integration vor Ort“ gefördert. Wie wir mit Ihren Daten "
                'umgehen, lesen Sie in unserer <a id="a1">Datenschutzerklärung</a>.',
                en="The coordination office is funded by the City of Lindenstadt and by the "
                "federal state under its “Integration vor Ort” (local integration) programme. "
                'How we handle your data is explained in our <a id="a1">privacy policy</a>.',
                ar="يحظى مكتب التنسيق بتمويل من مدينة ليندنشتات ومن الولاية ضمن برنامج "
                "«Integration vor Ort» (الاندماج على المستوى المحلي). وتجدون كيفية تعاملنا مع "
                'بياناتكم في <a id="a1">سياسة الخصوصية</a>.',
                fa="دفتر هماهنگی با حمایت مالی شهر لیندن‌اشتات و ایالت در چارچوب برنامهٔ "
                "«Integration vor Ort» (ادغام در سطح محلی) فعالیت می‌کند. نحوهٔ رفتار ما با "
                'داده‌هایتان را در صفحهٔ <a id="a1">حریم خصوصی</a> بخوانید.',
                fr="Le bureau de coordination est financé par la ville de Lindenstadt et par le "
                "Land dans le cadre du programme « Integration vor Ort » (l'intégration au "
                "niveau local). La manière dont nous traitons vos données est expliquée dans "
                'notre <a id="a1">politique de confidentialité</a>.',
                links=("privacy",),
            ),
        ),
    ),
)
