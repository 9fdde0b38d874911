"""'Datenschutz': a short, honest privacy notice for a site without tracking."""

from hub.demo.specs import Heading, PageSpec, bullets, paragraph
from hub.demo.texts import plain, rich

PRIVACY_MAILTO = "mailto:datenschutz@example.org"

PAGE = PageSpec(
    key="privacy",
    title=plain(
        de="Datenschutz",
        en="Privacy",
        ar="سياسة الخصوصية",
        fa="حریم خصوصی",
        fr="Protection des données",
    ),
    slug=plain(de="datenschutz", en="privacy", ar="privacy", fa="privacy", fr="confidentialite"),
    intro=plain(
        de="Wir gehen sparsam und sorgfältig mit Ihren Daten um. Hier erklären wir, welche Daten "
        "wir verarbeiten, wozu wir das tun und welche Rechte Sie haben.",
        en="We handle your data sparingly and with care. Here we explain which data we process, "
        "why we do so and what rights you have.",
        ar="نتعامل مع بياناتكم باقتصاد وعناية. نوضّح هنا أي بيانات نعالجها، ولأي غرض، وما حقوقكم.",
        fa="ما با داده‌های شما با احتیاط و در کمترین حد لازم رفتار می‌کنیم. در اینجا توضیح "
        "می‌دهیم چه داده‌هایی را پردازش می‌کنیم، به چه منظور و چه حقوقی دارید.",
        fr="Nous traitons vos données avec parcimonie et avec soin. Nous expliquons ici quelles "
        "données nous traitons, dans quel but et quels sont vos droits.",
    ),
    body=(
        Heading(
            plain(
                de="Verantwortliche Stelle",
                en="Who is responsible",
                ar="الجهة المسؤولة",
                fa="مسئول پردازش داده‌ها",
                fr="Responsable du traitement",
            )
        ),
        paragraph(
            rich(
                de="Verantwortlich für die Datenverarbeitung auf dieser Website ist der Verein "
                "Willkommen in Lindenstadt e. V., Marktplatz 1, 12345 Lindenstadt, E-Mail: "
                '<a id="a1">datenschutz@example.org</a>. Die vollständigen Angaben finden Sie im '
                '<a id="a2">Impressum</a>.',
                en="The body responsible for processing data on this website is the association "
                "Willkommen in Lindenstadt e. V., Marktplatz 1, 12345 Lindenstadt, Germany, "
                'e-mail: <a id="a1">datenschutz@example.org</a>. You will find full details in '
                'our <a id="a2">legal notice</a>.',
                ar="الجهة المسؤولة عن معالجة البيانات على هذا الموقع هي جمعية «Willkommen in "
                "Lindenstadt e. V.»، وعنوانها: Marktplatz 1, 12345 Lindenstadt، ألمانيا، والبريد "
                'الإلكتروني: <a id="a1">datenschutz@example.org</a>. وتجدون البيانات الكاملة في '
                'صفحة <a id="a2">بيانات الناشر</a>.',
                fa="مسئول پردازش داده‌ها در این سایت، انجمن «Willkommen in Lindenstadt e. V.» به "
                "نشانی Marktplatz 1, 12345 Lindenstadt، آلمان، با ایمیل "
                '<a id="a1">datenschutz@example.org</a> است. اطلاعات کامل را در صفحهٔ '
                '<a id="a2">اطلاعات ناشر</a> می‌یابید.',
                fr="Le responsable du traitement des données sur ce site est l'association "
                "Willkommen in Lindenstadt e. V., Marktplatz 1, 12345 Lindenstadt, Allemagne, "
                'e-mail : <a id="a1">datenschutz@example.org</a>. Vous trouverez toutes les '
                'informations dans nos <a id="a2">mentions légales</a>.',
                links=(PRIVACY_MAILTO, "imprint"),
            ),
        ),
        Heading(
            plain(
                de="Beim Besuch der Website",
                en="When you visit the website",
                ar="عند زيارة الموقع",
                fa="هنگام بازدید از سایت",
                fr="Lors de votre visite",
            )
        ),
        paragraph(
            rich(
                de="Wenn Sie eine Seite aufrufen, speichert unser Server vorübergehend technisch "
                "notwendige Daten: Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse "
                "und die Kennung Ihres Browsers. Wir brauchen sie, um die Website sicher und "
                "stabil zu betreiben (Art. 6 Abs. 1 lit. f DSGVO). Die Protokolle werden nach "
                "sieben Tagen gelöscht und nicht mit anderen Daten zusammengeführt.",
                en="When you open a page, our server temporarily stores technically necessary "
                "data: your IP address, the date and time, the address requested and your "
                "browser's identifier. We need this data to run the website securely and "
                "reliably (Art. 6(1)(f) GDPR). The logs are deleted after seven days and are not "
                "combined with other data.",
                ar="عندما تفتحون صفحة ما، يحفظ خادمنا مؤقتاً بيانات ضرورية تقنياً: عنوان IP "
                "الخاص بكم، والتاريخ والوقت، والعنوان الذي طلبتموه، ومعرّف متصفحكم. نحتاج إلى "
                "هذه البيانات لتشغيل الموقع بأمان واستقرار (المادة ٦، الفقرة ١، البند (و) من "
                "اللائحة العامة لحماية البيانات). وتُحذف السجلات بعد سبعة أيام، ولا تُدمج مع "
                "بيانات أخرى.",
                fa="وقتی صفحه‌ای را باز می‌کنید، سرور ما داده‌های ضروری فنی را به‌طور موقت ذخیره "
                "می‌کند: نشانی IP شما، تاریخ و ساعت، نشانی صفحهٔ درخواستی و شناسهٔ مرورگرتان. "
                "این داده‌ها را برای ادارهٔ امن و پایدار سایت لازم داریم (بند ۱، حرف f مادهٔ ۶ "
                "مقررات عمومی حفاظت از داده‌ها، GDPR). این گزارش‌ها پس از هفت روز پاک می‌شوند و "
                "با داده‌های دیگر ترکیب نمی‌شوند.",
                fr="Lorsque vous consultez une page, notre serveur enregistre temporairement des "
                "données techniquement nécessaires : votre adresse IP, la date et l'heure, "
                "l'adresse consultée et l'identifiant de votre navigateur. Nous en avons besoin "
                "pour exploiter le site de manière sûre et stable (art. 6, par. 1, point f du "
                "RGPD). Ces journaux sont effacés au bout de sept jours et ne sont pas recoupés "
                "avec d'autres données.",
            ),
        ),
        paragraph(
            rich(
                de="Wird bei der Anmeldung ein falsches Passwort eingegeben, speichern wir den "
                "eingegebenen Kontonamen, die IP-Adresse, die Uhrzeit und die Kennung des "
                "Browsers, um Konten vor dem Erraten von Passwörtern zu schützen (Art. 6 Abs. 1 "
                "lit. f DSGVO). Diese Einträge löschen wir, sobald die Wartezeit von 15 Minuten "
                "abgelaufen ist, spätestens nach zwei Stunden. Erfolgreiche Anmeldungen "
                "protokollieren wir nicht.",
                en="If a wrong password is entered when logging in, we store the account name "
                "typed, the IP address, the time and the browser's identifier to protect accounts "
                "against password guessing (Art. 6(1)(f) GDPR). We delete these entries once the "
                "15-minute waiting time is over, at the latest after two hours. We do not log "
                "successful logins.",
                ar="إذا أُدخلت كلمة مرور خاطئة عند تسجيل الدخول، نحفظ اسم الحساب الذي كُتب، وعنوان "
                "IP، والوقت، ومعرّف المتصفح، لحماية الحسابات من تخمين كلمات المرور (المادة ٦، "
                "الفقرة ١، البند (و) من اللائحة العامة لحماية البيانات). ونحذف هذه البيانات عند "
                "انتهاء مدة الانتظار البالغة ١٥ دقيقة، وبعد ساعتين على الأكثر. ولا نسجّل "
                "عمليات تسجيل الدخول الناجحة.",
                fa="اگر هنگام ورود رمز عبور اشتباه وارد شود، نام حساب واردشده، نشانی IP، زمان و "
                "شناسهٔ مرورگر را ذخیره می‌کنیم تا حساب‌ها را در برابر حدس زدن رمز عبور محافظت "
                "کنیم (بند ۱، حرف f مادهٔ ۶ مقررات عمومی حفاظت از داده‌ها، GDPR). این داده‌ها را "
                "پس از پایان زمان انتظار ۱۵ دقیقه‌ای، و حداکثر پس از دو ساعت، پاک می‌کنیم. "
                "ورودهای موفق را ثبت نمی‌کنیم.",
                fr="Si un mauvais mot de passe est saisi lors de la connexion, nous enregistrons "
                "le "
                "nom de compte saisi, l'adresse IP, l'heure et l'identifiant du navigateur afin de "
                "protéger les comptes contre la devinette des mots de passe (art. 6, par. 1, "
                "point f du RGPD). Nous effaçons ces données dès la fin du délai d'attente de "
                "15 minutes, au plus tard au bout de deux heures. Les connexions réussies ne sont "
                "pas journalisées.",
            ),
        ),
        Heading(
            plain(
                de="Cookies, Statistik und eingebundene Inhalte",
                en="Cookies, statistics and embedded content",
                ar="ملفات تعريف الارتباط والإحصاءات والمحتوى المضمَّن",
                fa="کوکی‌ها، آمار و محتوای جاسازی‌شده",
                fr="Cookies, statistiques et contenus intégrés",
            )
        ),
        paragraph(
            rich(
                de="Wir setzen keine Tracking- oder Werbe-Cookies und keine Analysewerkzeuge "
                "ein. Ein Cookie merkt sich nur die Sprache, die Sie gewählt haben; wer sich "
                "anmeldet, erhält zusätzlich ein Sitzungs-Cookie. Schriften, Karten oder Videos "
                "von Drittanbietern binden wir nicht ein – beim Besuch fließen also keine Daten "
                "an andere Unternehmen.",
                en="We use no tracking or advertising cookies and no analytics tools. One cookie "
                "only remembers the language you have chosen; if you log in, you also receive a "
                "session cookie. We do not embed fonts, maps or videos from third parties – so "
                "no data flows to other companies when you visit.",
                ar="لا نستخدم ملفات تعريف ارتباط للتتبع أو الإعلانات، ولا أدوات تحليل. ملف تعريف "
                "ارتباط واحد فقط يحفظ اللغة التي اخترتموها؛ ومن يسجّل الدخول يحصل إضافةً إلى ذلك "
                "على ملف تعريف ارتباط للجلسة. ولا نضمّن خطوطاً أو خرائط أو مقاطع فيديو من جهات "
                "خارجية، وبالتالي لا تنتقل أي بيانات إلى شركات أخرى أثناء زيارتكم.",
                fa="ما از کوکی‌های ردیابی یا تبلیغاتی و ابزارهای تحلیل آماری استفاده نمی‌کنیم. "
                "تنها یک کوکی زبانی را که انتخاب کرده‌اید به خاطر می‌سپارد؛ اگر وارد حساب کاربری "
                "شوید، یک کوکی نشست هم دریافت می‌کنید. فونت، نقشه یا ویدیوی شرکت‌های دیگر را در "
                "سایت جاسازی نمی‌کنیم؛ بنابراین هنگام بازدید شما هیچ داده‌ای به شرکت‌های دیگر "
                "نمی‌رسد.",
                fr="Nous n'utilisons ni cookies de suivi ou publicitaires, ni outils d'analyse. "
                "Un cookie mémorise uniquement la langue que vous avez choisie ; si vous vous "
                "connectez, vous recevez en plus un cookie de session. Nous n'intégrons ni "
                "polices, ni cartes, ni vidéos de fournisseurs tiers : aucune donnée n'est donc "
                "transmise à d'autres entreprises lors de votre visite.",
            ),
        ),
        Heading(
            plain(
                de="Wenn Sie uns schreiben oder anrufen",
                en="When you write to us or call us",
                ar="عندما تراسلوننا أو تتصلون بنا",
                fa="وقتی برای ما می‌نویسید یا تماس می‌گیرید",
                fr="Lorsque vous nous écrivez ou nous appelez",
            )
        ),
        paragraph(
            rich(
                de="Ihre Angaben verwenden wir nur, um Ihr Anliegen zu bearbeiten (Art. 6 Abs. 1 "
                "lit. b und f DSGVO). Bitte schicken Sie uns keine Unterlagen zu Ihrem "
                "Asylverfahren per E-Mail, sondern bringen Sie sie in die Sprechstunde mit. Wir "
                "löschen Ihre Nachricht, sobald Ihr Anliegen erledigt ist, spätestens nach einem "
                "Jahr.",
                en="We use your details only to deal with your request (Art. 6(1)(b) and (f) "
                "GDPR). Please do not send us documents about your asylum procedure by e-mail; "
                "bring them to our opening hours instead. We delete your message once your "
                "request has been dealt with, at the latest after one year.",
                ar="نستخدم بياناتكم فقط لمعالجة طلبكم (المادة ٦، الفقرة ١، البندان (ب) و(و) من "
                "اللائحة العامة لحماية البيانات). يُرجى عدم إرسال وثائق تخص إجراءات لجوئكم عبر "
                "البريد الإلكتروني، بل إحضارها معكم في مواعيد الاستقبال. ونحذف رسالتكم بمجرد "
                "الانتهاء من طلبكم، وفي موعد أقصاه سنة واحدة.",
                fa="اطلاعات شما را فقط برای رسیدگی به درخواستتان به کار می‌بریم (بند ۱، حروف b و "
                "f مادهٔ ۶ GDPR). لطفاً مدارک مربوط به روند پناهندگی خود را با ایمیل نفرستید، "
                "بلکه آن‌ها را در ساعات مراجعه همراه بیاورید. پیام شما را پس از رسیدگی به "
                "درخواستتان و حداکثر پس از یک سال پاک می‌کنیم.",
                fr="Nous utilisons vos informations uniquement pour traiter votre demande (art. "
                "6, par. 1, points b et f du RGPD). Merci de ne pas nous envoyer par e-mail de "
                "documents relatifs à votre procédure d'asile : apportez-les plutôt lors d'une "
                "permanence. Nous supprimons votre message dès que votre demande est traitée, au "
                "plus tard au bout d'un an.",
            ),
        ),
        Heading(
            plain(
                de="Veranstaltungen und Mitgliederbereich",
                en="Events and members' area",
                ar="الفعاليات ومنطقة الأعضاء",
                fa="رویدادها و بخش اعضا",
                fr="Événements et espace membres",
            )
        ),
        paragraph(
            rich(
                de="Wenn Sie sich zum Vernetzungstreffen anmelden oder den Mitgliederbereich "
                "nutzen, speichern wir Ihren Namen, Ihre E-Mail-Adresse und gegebenenfalls Ihre "
                "Organisation. Diese Daten nutzen wir nur, um die Treffen zu organisieren und "
                "die Zusammenarbeit im Netzwerk zu ermöglichen (Art. 6 Abs. 1 lit. b DSGVO). "
                "Anmeldungen zu Veranstaltungen löschen wir drei Monate nach dem Termin.",
                en="If you register for the network meeting or use the members' area, we store "
                "your name, your e-mail address and, where applicable, your organisation. We use "
                "this data only to organise the meetings and to enable cooperation within the "
                "network (Art. 6(1)(b) GDPR). We delete event registrations three months after "
                "the event.",
                ar="عندما تسجّلون في لقاء التشبيك أو تستخدمون منطقة الأعضاء، نحفظ اسمكم وعنوان "
                "بريدكم الإلكتروني، وعند الاقتضاء اسم منظمتكم. ولا نستخدم هذه البيانات إلا "
                "لتنظيم اللقاءات وتيسير التعاون داخل الشبكة (المادة ٦، الفقرة ١، البند (ب) من "
                "اللائحة العامة لحماية البيانات). ونحذف التسجيلات في الفعاليات بعد ثلاثة أشهر من "
                "موعدها.",
                fa="وقتی برای نشست شبکه ثبت‌نام می‌کنید یا از بخش اعضا استفاده می‌کنید، نام، "
                "نشانی ایمیل و در صورت لزوم نام سازمانتان را ذخیره می‌کنیم. از این داده‌ها فقط "
                "برای برگزاری نشست‌ها و امکان همکاری در شبکه استفاده می‌کنیم (بند ۱، حرف b مادهٔ "
                "۶ GDPR). ثبت‌نام‌های رویدادها را سه ماه پس از برگزاری پاک می‌کنیم.",
                fr="Si vous vous inscrivez à la rencontre du réseau ou utilisez l'espace "
                "membres, nous enregistrons votre nom, votre adresse e-mail et, le cas échéant, "
                "votre organisation. Nous utilisons ces données uniquement pour organiser les "
                "rencontres et permettre la coopération au sein du réseau (art. 6, par. 1, point "
                "b du RGPD). Les inscriptions aux événements sont supprimées trois mois après la "
                "date de l'événement.",
            ),
        ),
        Heading(
            plain(
                de="Ihre Rechte",
                en="Your rights",
                ar="حقوقكم",
                fa="حقوق شما",
                fr="Vos droits",
            )
        ),
        paragraph(
            rich(
                de="Sie haben jederzeit das Recht auf",
                en="At any time, you have the right to",
                ar="يحق لكم في أي وقت:",
                fa="شما همواره حق دارید:",
                fr="Vous avez à tout moment le droit",
            ),
            bullets(
                rich(
                    de="Auskunft über die bei uns gespeicherten Daten (Art. 15 DSGVO),",
                    en="obtain information about the data we hold about you (Art. 15 GDPR),",
                    ar="الاطلاع على البيانات المحفوظة لدينا عنكم (المادة ١٥ من اللائحة العامة "
                    "لحماية البيانات)،",
                    fa="از داده‌هایی که از شما نزد ما ذخیره شده است آگاه شوید (مادهٔ ۱۵ GDPR)؛",
                    fr="d'accéder aux données que nous détenons sur vous (art. 15 du RGPD) ;",
                ),
                rich(
                    de="Berichtigung unrichtiger Daten (Art. 16 DSGVO),",
                    en="have incorrect data corrected (Art. 16 GDPR),",
                    ar="تصحيح البيانات غير الصحيحة (المادة ١٦ من اللائحة العامة لحماية البيانات)،",
                    fa="اصلاح داده‌های نادرست را بخواهید (مادهٔ ۱۶ GDPR)؛",
                    fr="de faire rectifier des données inexactes (art. 16 du RGPD) ;",
                ),
                rich(
                    de="Löschung (Art. 17 DSGVO) oder Einschränkung der Verarbeitung (Art. 18 "
                    "DSGVO),",
                    en="have your data erased (Art. 17 GDPR) or its processing restricted (Art. "
                    "18 GDPR),",
                    ar="حذف بياناتكم (المادة ١٧) أو تقييد معالجتها (المادة ١٨ من اللائحة العامة "
                    "لحماية البيانات)،",
                    fa="حذف داده‌ها (مادهٔ ۱۷ GDPR) یا محدود شدن پردازش آن‌ها (مادهٔ ۱۸ GDPR) را "
                    "بخواهید؛",
                    fr="d'obtenir l'effacement de vos données (art. 17 du RGPD) ou la limitation "
                    "de leur traitement (art. 18 du RGPD) ;",
                ),
                rich(
                    de="Datenübertragbarkeit (Art. 20 DSGVO) und",
                    en="receive your data in a portable format (Art. 20 GDPR) and",
                    ar="الحصول على بياناتكم بصيغة قابلة للنقل (المادة ٢٠ من اللائحة العامة "
                    "لحماية البيانات)،",
                    fa="داده‌هایتان را در قالبی قابل انتقال دریافت کنید (مادهٔ ۲۰ GDPR)؛",
                    fr="de recevoir vos données dans un format portable (art. 20 du RGPD) ;",
                ),
                rich(
                    de="Widerspruch gegen Verarbeitungen, die auf unserem berechtigten Interesse "
                    "beruhen (Art. 21 DSGVO).",
                    en="object to processing based on our legitimate interests (Art. 21 GDPR).",
                    ar="الاعتراض على المعالجة القائمة على مصلحتنا المشروعة (المادة ٢١ من اللائحة "
                    "العامة لحماية البيانات).",
                    fa="به پردازش‌هایی که بر پایهٔ منافع مشروع ما انجام می‌شود اعتراض کنید "
                    "(مادهٔ ۲۱ GDPR).",
                    fr="de vous opposer aux traitements fondés sur notre intérêt légitime (art. "
                    "21 du RGPD).",
                ),
            ),
            rich(
                de="Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren, "
                "etwa bei der Behörde des Bundeslandes, in dem Sie wohnen.",
                en="You can also lodge a complaint with a data protection supervisory authority, "
                "for example the authority of the federal state in which you live.",
                ar="ويمكنكم أيضاً تقديم شكوى إلى إحدى الجهات الرقابية المعنية بحماية البيانات، "
                "مثل الجهة المختصة في الولاية التي تقيمون فيها.",
                fa="همچنین می‌توانید به یکی از نهادهای ناظر بر حفاظت از داده‌ها شکایت کنید، برای "
                "نمونه به نهاد ناظر ایالتی که در آن زندگی می‌کنید.",
                fr="Vous pouvez également introduire une réclamation auprès d'une autorité de "
                "contrôle de la protection des données, par exemple celle du Land dans lequel "
                "vous résidez.",
            ),
        ),
    ),
)
