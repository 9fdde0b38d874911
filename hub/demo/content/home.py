"""The home page: who the network is, and four ways into the site."""

from hub.demo.content.common import SITE_NAME
from hub.demo.specs import Highlight, PageSpec, paragraph
from hub.demo.texts import plain, rich

PAGE = PageSpec(
    key="home",
    title=SITE_NAME,
    # The home page's slug never shows in a URL, but siblings under the root need their own.
    slug=plain(
        de="start",
        en="home",
        ar="home-ar",
        fa="home-fa",
        fr="accueil",
        easy="start-einfach",
    ),
    show_in_menus=False,
    intro=paragraph(
        rich(
            de="Wir sind rund 40 Organisationen, Initiativen und Ämter in Lindenstadt, die "
            "geflüchteten und zugewanderten Menschen das Ankommen leichter machen: "
            "Wohlfahrtsverbände, das Integrationsbüro der Stadt, Migrantenorganisationen, "
            "Kirchen- und Moscheegemeinden und viele Ehrenamtliche.",
            en="We are some 40 organisations, initiatives and public offices in Lindenstadt that "
            "help refugees and other newcomers settle in: welfare associations, the city's "
            "integration office, migrant organisations, churches and mosques, and many "
            "volunteers.",
            ar="نحن نحو ٤٠ منظمة ومبادرة ودائرة رسمية في ليندنشتات، نعمل معاً لتسهيل وصول "
            "اللاجئين والقادمين الجدد واستقرارهم: جمعيات الرعاية الاجتماعية، ومكتب الاندماج "
            "التابع للمدينة، ومنظمات المهاجرين، والكنائس والمساجد، وكثير من المتطوعين والمتطوعات.",
            fa="ما حدود ۴۰ سازمان، ابتکار مردمی و اداره در لیندن‌اشتات هستیم که به پناهجویان و "
            "مهاجران تازه‌وارد کمک می‌کنیم تا راحت‌تر جا بیفتند: انجمن‌های رفاه اجتماعی، دفتر "
            "ادغام شهرداری، سازمان‌های مهاجران، کلیساها و مساجد و داوطلبان بسیار.",
            fr="Nous sommes une quarantaine d'organisations, d'initiatives et de services "
            "publics de Lindenstadt qui aident les personnes réfugiées et nouvellement arrivées "
            "à trouver leurs repères : associations caritatives, bureau de l'intégration de la "
            "ville, associations de personnes immigrées, paroisses et mosquées, et de nombreux "
            "bénévoles.",
            easy="Wir sind ein Netzwerk in Lindenstadt. Netzwerk bedeutet: Viele Gruppen "
            "arbeiten zusammen. Bei uns sind es rund 40 Gruppen. Das sind zum "
            "Beispiel Vereine, Ämter, Kirchen und Moscheen. Viele Menschen helfen "
            "auch freiwillig mit. Wir helfen Menschen, die neu in Lindenstadt sind. "
            "Viele von ihnen sind vor einem Krieg geflohen.",
        ),
        rich(
            de="Hier finden Sie, wer wo hilft – und wie Sie selbst mitmachen können. Die Seiten "
            "gibt es auf Deutsch, Englisch, Arabisch, Persisch und Französisch.",
            en="Here you can find out who helps where – and how you can get involved yourself. "
            "The site is available in German, English, Arabic, Persian and French.",
            ar="تجدون هنا من يقدّم المساعدة وأين، وكيف يمكنكم المشاركة بأنفسكم. الموقع متوفر "
            "بالألمانية والإنجليزية والعربية والفارسية والفرنسية.",
            fa="در اینجا می‌بینید چه کسی کجا کمک می‌کند و خودتان چطور می‌توانید مشارکت کنید. این "
            "سایت به زبان‌های آلمانی، انگلیسی، عربی، فارسی و فرانسوی در دسترس است.",
            fr="Vous trouverez ici qui aide où – et comment vous engager à votre tour. Le site "
            "existe en allemand, anglais, arabe, persan et français.",
            easy="Auf dieser Website lesen Sie: Wer hilft Ihnen? Wo bekommen Sie Hilfe? "
            "Und wie können Sie selbst helfen? Sie können die Website in Einfacher "
            "Sprache lesen. Es gibt sie auch auf Deutsch, Englisch, Arabisch, "
            "Persisch und Französisch.",
        ),
    ),
    highlights=(
        Highlight(
            title=plain(
                de="Wer wir sind",
                en="Who we are",
                ar="من نحن",
                fa="ما چه کسانی هستیم",
                fr="Qui sommes-nous ?",
                easy="Wer wir sind",
            ),
            text=plain(
                de="Rund 40 Mitgliedsorganisationen, ein gemeinsames Ziel: Niemand soll in "
                "Lindenstadt beim Ankommen allein bleiben.",
                en="Around 40 member organisations, one shared goal: nobody should be left alone "
                "when arriving in Lindenstadt.",
                ar="نحو ٤٠ منظمة عضواً وهدف واحد مشترك: ألّا يبقى أحد وحيداً عند وصوله إلى ليندنشتات.",
                fa="حدود ۴۰ سازمان عضو و یک هدف مشترک: هیچ‌کس در لیندن‌اشتات هنگام رسیدن تنها نماند.",
                fr="Une quarantaine d'organisations membres, un objectif commun : que personne "
                "ne reste seul en arrivant à Lindenstadt.",
                easy="Bei uns machen rund 40 Gruppen mit. Wir haben ein Ziel: Niemand soll "
                "in Lindenstadt allein sein. Das ist am Anfang besonders wichtig.",
            ),
            page="about",
        ),
        Highlight(
            title=plain(
                de="Mitmachen",
                en="Get involved",
                ar="شاركوا معنا",
                fa="مشارکت کنید",
                fr="Participer",
                easy="Mitmachen",
            ),
            text=plain(
                de="Sprachpatenschaft, Begleitung zu Ämtern oder Hausaufgabenhilfe: Es gibt "
                "viele Wege, sich zu engagieren – auch mit wenig Zeit.",
                en="Language mentoring, going along to public offices or helping with homework: "
                "there are many ways to get involved – even if you only have a little time.",
                ar="رعاية لغوية، أو مرافقة إلى الدوائر الرسمية، أو مساعدة في الواجبات المدرسية: "
                "هناك طرق كثيرة للتطوع، حتى لو كان وقتكم محدوداً.",
                fa="همراهی زبانی، همراهی در مراجعه به ادارات یا کمک به تکالیف مدرسه: راه‌های "
                "زیادی برای مشارکت هست، حتی اگر وقت کمی دارید.",
                fr="Parrainage linguistique, accompagnement dans les démarches ou aide aux "
                "devoirs : il y a mille façons de s'engager, même avec peu de temps.",
                easy="Sie möchten helfen? Das geht auf viele Arten. Sie können mit einem "
                "Menschen Deutsch üben. Sie können mit zu einem Amt gehen. Sie können "
                "Kindern bei den Hausaufgaben helfen. Dafür brauchen Sie nicht viel "
                "Zeit.",
            ),
            page="get_involved",
        ),
        Highlight(
            title=plain(
                de="Vernetzungstreffen",
                en="Network meeting",
                ar="لقاء التشبيك",
                fa="نشست شبکه",
                fr="Rencontre du réseau",
                easy="Treffen vom Netzwerk",
            ),
            text=plain(
                de="Jeden ersten Mittwoch im Monat um 18 Uhr im Haus der Begegnung – offen für "
                "alle, die sich in Lindenstadt für Geflüchtete einsetzen.",
                en="Every first Wednesday of the month at 6 pm at the Haus der Begegnung – open "
                "to everyone who supports refugees in Lindenstadt.",
                ar="في أول أربعاء من كل شهر، الساعة ١٨:٠٠، في «بيت اللقاء» (Haus der Begegnung)، "
                "وهو مفتوح لكل من يدعم اللاجئين في ليندنشتات.",
                fa="اولین چهارشنبهٔ هر ماه، ساعت ۱۸، در «خانهٔ دیدار» (Haus der Begegnung)؛ برای "
                "همهٔ کسانی که در لیندن‌اشتات از پناهجویان حمایت می‌کنند.",
                fr="Chaque premier mercredi du mois à 18 h, à la Haus der Begegnung : une "
                "rencontre ouverte à toutes celles et à tous ceux qui soutiennent les personnes "
                "réfugiées à Lindenstadt.",
                easy="Wir treffen uns 1-mal im Monat. Das Treffen ist am 1. Mittwoch im "
                "Monat. Es beginnt um 18 Uhr. Der Ort heißt: Haus der Begegnung. Alle "
                "können kommen.",
            ),
            page="about",
        ),
        Highlight(
            title=plain(
                de="Kontakt und Sprechzeiten",
                en="Contact and opening hours",
                ar="التواصل ومواعيد الاستقبال",
                fa="تماس و ساعات مراجعه",
                fr="Contact et permanences",
                easy="So erreichen Sie uns",
            ),
            text=plain(
                de="Unsere Koordinationsstelle am Marktplatz berät auf Deutsch, Englisch, "
                "Arabisch, Farsi und Französisch.",
                en="Our coordination office on the Marktplatz gives advice in German, English, "
                "Arabic, Farsi and French.",
                ar="يقدّم مكتب التنسيق في ساحة السوق (Marktplatz) المشورة بالألمانية والإنجليزية "
                "والعربية والفارسية والفرنسية.",
                fa="دفتر هماهنگی ما در میدان بازار (Marktplatz) به زبان‌های آلمانی، انگلیسی، "
                "عربی، فارسی و فرانسوی راهنمایی می‌کند.",
                fr="Notre bureau de coordination, sur la Marktplatz, vous reçoit en allemand, "
                "anglais, arabe, persan et français.",
                easy="Unser Büro ist am Marktplatz. Dort beantworten wir Ihre Fragen. Wir "
                "sprechen Deutsch, Englisch, Arabisch, Farsi und Französisch.",
            ),
            page="contact",
        ),
    ),
)
