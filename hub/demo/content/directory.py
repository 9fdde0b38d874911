"""The initiatives directory page: where to find an initiative, the archive, the entry form."""

from hub.demo.directory_specs import IndexSpec
from hub.demo.specs import paragraph
from hub.demo.texts import plain, rich

INDEX = IndexSpec(
    key="initiatives",
    title=plain(
        de="Initiativen",
        en="Initiatives",
        ar="المبادرات",
        fa="ابتکارهای مردمی",
        fr="Initiatives",
    ),
    slug=plain(
        de="initiativen",
        en="initiatives",
        ar="initiatives",
        fa="initiatives",
        fr="initiatives",
    ),
    intro=paragraph(
        rich(
            de="Rund 40 Initiativen in Lindenstadt unterstützen Geflüchtete und Zugewanderte – "
            "von der Hausaufgabenhilfe bis zum Fußballtraining. Suchen Sie nach Engagementfeld, "
            "Stadtteil, Zielgruppe oder Sprache und finden Sie, was zu Ihnen passt: als Hilfe "
            "für sich selbst oder als Ort, an dem Sie mit anpacken können.",
            en="Some 40 initiatives in Lindenstadt support refugees and other newcomers – from "
            "homework help to football training. Search by field of engagement, district, target "
            "group or language and find what suits you: support for yourself, or a place where "
            "you can lend a hand.",
            ar="تدعم نحو ٤٠ مبادرة في ليندنشتات اللاجئين والقادمين الجدد، من المساعدة في "
            "الواجبات المدرسية إلى تدريبات كرة القدم. ابحثوا حسب مجال العمل أو الحي أو الفئة "
            "المستهدفة أو اللغة، واعثروا على ما يناسبكم: دعماً لأنفسكم، أو مكاناً تساهمون فيه "
            "بجهدكم.",
            fa="حدود ۴۰ ابتکار مردمی در لیندن‌اشتات از پناهجویان و مهاجران تازه‌وارد حمایت "
            "می‌کنند؛ از کمک در تکالیف مدرسه تا تمرین فوتبال. بر اساس حوزهٔ فعالیت، محله، گروه "
            "هدف یا زبان جست‌وجو کنید و آنچه را به کارتان می‌آید پیدا کنید: کمکی برای خودتان، یا "
            "جایی که بتوانید دستی برسانید.",
            fr="Une quarantaine d'initiatives soutiennent à Lindenstadt les personnes réfugiées et "
            "nouvellement arrivées – de l'aide aux devoirs à l'entraînement de football. "
            "Cherchez par domaine d'engagement, quartier, public ou langue et trouvez ce qui vous "
            "convient : un soutien pour vous-même, ou un lieu où donner un coup de main.",
        ),
    ),
    archive_intro=paragraph(
        rich(
            de="Diese Projekte gibt es nicht mehr – manche haben ihr Ziel erreicht, andere sind "
            "in neuen Angeboten aufgegangen. Wir zeigen sie weiter, weil ihre Erfahrungen "
            "anderen helfen können.",
            en="These projects have come to an end – some reached their goal, others live on in "
            "new offers. We keep them here because what they learned can help others.",
            ar="لم تعد هذه المشاريع قائمة؛ بعضها حقق هدفه، وبعضها الآخر اندمج في عروض جديدة. "
            "نُبقيها هنا لأن تجاربها قد تفيد الآخرين.",
            fa="این پروژه‌ها دیگر فعال نیستند؛ برخی به هدف خود رسیده‌اند و برخی در برنامه‌های "
            "تازه ادامه یافته‌اند. آن‌ها را اینجا نگه می‌داریم، چون تجربه‌هایشان می‌تواند به "
            "دیگران کمک کند.",
            fr="Ces projets ont pris fin : certains ont atteint leur but, d'autres se "
            "poursuivent sous une nouvelle forme. Nous les gardons ici, car leur expérience peut "
            "servir à d'autres.",
        ),
    ),
    submit_intro=paragraph(
        rich(
            de="Ihre Initiative fehlt noch? Tragen Sie sie hier ein – ohne Anmeldung. Die "
            "Koordinationsstelle prüft jeden Eintrag und schaltet ihn in der Regel innerhalb "
            "einer Woche frei.",
            en="Is your initiative missing? Add it here – no account needed. The coordination "
            "office reviews every entry and usually publishes it within a week.",
            ar="مبادرتكم غير موجودة بعد؟ أضيفوها هنا دون الحاجة إلى حساب. يراجع مكتب التنسيق كل "
            "طلب، وينشره عادةً في غضون أسبوع.",
            fa="ابتکار شما هنوز در فهرست نیست؟ آن را اینجا ثبت کنید، بدون نیاز به حساب کاربری. "
            "دفتر هماهنگی هر ثبت را بررسی می‌کند و معمولاً ظرف یک هفته منتشرش می‌کند.",
            fr="Votre initiative n'y figure pas encore ? Inscrivez-la ici, sans créer de compte. "
            "Le bureau de coordination vérifie chaque inscription et la publie en général sous "
            "une semaine.",
        ),
    ),
    after="get_involved",
)
