"""The site footer: name, one sentence about the network, the office address."""

from hub.demo.content.common import EMAIL, PHONE, SITE_NAME
from hub.demo.specs import FooterSpec, paragraph
from hub.demo.texts import plain, rich

FOOTER = FooterSpec(
    name=SITE_NAME,
    text=paragraph(
        rich(
            de="Rund 40 Organisationen, Initiativen und Ämter, die Geflüchteten und "
            "Zugewanderten das Ankommen in Lindenstadt erleichtern. Vernetzungstreffen: jeden "
            "ersten Mittwoch im Monat, 18 Uhr.",
            en="Some 40 organisations, initiatives and public offices making it easier for "
            "refugees and other newcomers to settle in Lindenstadt. Network meeting: every first "
            "Wednesday of the month, 6 pm.",
            ar="نحو ٤٠ منظمة ومبادرة ودائرة رسمية تسهّل على اللاجئين والقادمين الجدد الاستقرار "
            "في ليندنشتات. لقاء التشبيك: في أول أربعاء من كل شهر، الساعة ١٨:٠٠.",
            fa="حدود ۴۰ سازمان، ابتکار مردمی و اداره که استقرار پناهجویان و مهاجران تازه‌وارد را "
            "در لیندن‌اشتات آسان‌تر می‌کنند. نشست شبکه: اولین چهارشنبهٔ هر ماه، ساعت ۱۸.",
            fr="Une quarantaine d'organisations, d'initiatives et de services publics qui "
            "facilitent l'arrivée des personnes réfugiées et immigrées à Lindenstadt. Rencontre "
            "du réseau : chaque premier mercredi du mois à 18 h.",
        ),
        # Required on every page (BITV 2.0 § 7): the statement and, through it, the
        # feedback route. A page link, so it opens in the visitor's language.
        rich(
            de='<a id="a1">Erklärung zur Barrierefreiheit</a> – Barrieren können Sie uns dort '
            "melden.",
            en='<a id="a1">Accessibility statement</a> – you can report barriers to us there.',
            ar='<a id="a1">بيان إمكانية الوصول</a> – يمكنكم من هناك إبلاغنا بالعوائق.',
            fa='<a id="a1">بیانیهٔ دسترس‌پذیری</a> – از آنجا می‌توانید موانع را به ما گزارش دهید.',
            fr='<a id="a1">Déclaration d\'accessibilité</a> – vous pouvez nous y signaler les '
            "obstacles.",
            links=("accessibility",),
        ),
    ),
    # Street and town stay in German: that is what is written on the letterbox.
    address=plain(
        de="Koordinationsstelle im Haus der Begegnung\nMarktplatz 1\n12345 Lindenstadt",
        en="Coordination office, Haus der Begegnung\nMarktplatz 1\n12345 Lindenstadt\nGermany",
        ar="مكتب التنسيق، Haus der Begegnung\nMarktplatz 1\n12345 Lindenstadt\nألمانيا",
        fa="دفتر هماهنگی، Haus der Begegnung\nMarktplatz 1\n12345 Lindenstadt\nآلمان",
        fr="Bureau de coordination, Haus der Begegnung\nMarktplatz 1\n12345 Lindenstadt\nAllemagne",
    ),
    email=EMAIL,
    phone=PHONE,
)
