"""Initiatives that collect and pass on donations in kind."""

from datetime import date

from hub.demo.directory_specs import InitiativeSpec, InitiativeText
from hub.pages.models.initiatives import InitiativeStatus

KLEIDERKAMMER = InitiativeSpec(
    key="kleiderkammer-am-bahnhof",
    de=InitiativeText(
        title="Kleiderkammer am Bahnhof",
        slug="kleiderkammer-am-bahnhof",
        summary="Gut erhaltene Kleidung, Schuhe und Bettwäsche für alle, die sie brauchen – "
        "dienstags und samstags, ohne Nachweis.",
        description=(
            "In der Kleiderkammer suchen sich die Menschen selbst aus, was ihnen passt und "
            "gefällt, statt eine Tüte zugeteilt zu bekommen. Das Angebot reicht von "
            "Babykleidung bis zum Wintermantel; im Herbst sind Winterschuhe besonders gefragt.",
            "Wir nehmen saubere, gut erhaltene Kleidung während der Öffnungszeiten an. Bitte "
            "keine Möbel – dafür gibt es die Möbelbörse „Zweite Runde“.",
        ),
        involvement=(
            "Spenden annehmen und sortieren",
            "Bei der Ausgabe beraten",
            "Saisonware ins Lager räumen",
        ),
        time_commitment="Dienstags 15–18 Uhr oder samstags 10–13 Uhr, gern auch alle zwei Wochen",
        meeting_place="Ehemaliges Stellwerk am Bahnhof, Seiteneingang Poststraße",
    ),
    en=InitiativeText(
        title="Clothing store at the station",
        slug="clothing-store-station",
        summary="Clothes, shoes and bed linen in good condition for anyone who needs them – "
        "Tuesdays and Saturdays, no proof required.",
        description=(
            "At the clothing store, people choose what fits and what they like instead of being "
            "handed a bag. There is everything from baby clothes to winter coats; in autumn, "
            "winter shoes are especially in demand.",
            "We accept clean clothes in good condition during opening hours. No furniture, "
            "please – that is what the “Zweite Runde” furniture exchange is for.",
        ),
        involvement=(
            "Accept and sort donations",
            "Advise people as they choose",
            "Move seasonal stock into the storeroom",
        ),
        time_commitment="Tuesdays 3–6 pm or Saturdays 10 am–1 pm; every other week is fine",
        meeting_place="Former signal box at the station, side entrance on Poststraße",
    ),
    ar=InitiativeText(
        title="مخزن الملابس عند المحطة",
        slug="clothing-store-station",
        summary="ملابس وأحذية وأغطية أسرّة بحالة جيدة لكل من يحتاج إليها، أيام الثلاثاء والسبت، "
        "دون الحاجة إلى أي إثبات.",
        description=(
            "في مخزن الملابس يختار الناس بأنفسهم ما يناسبهم ويعجبهم، بدلاً من أن يُعطَوا كيساً "
            "جاهزاً. تتنوع المعروضات من ملابس الرضّع إلى معاطف الشتاء، وفي الخريف يزداد الطلب "
            "على الأحذية الشتوية.",
            "نستقبل الملابس النظيفة والجيدة خلال ساعات الدوام. يُرجى عدم إحضار أثاث، فلذلك توجد "
            "منصة تبادل الأثاث «Zweite Runde».",
        ),
        involvement=(
            "استلام التبرعات وفرزها",
            "تقديم المشورة خلال التوزيع",
            "نقل الملابس الموسمية إلى المخزن",
        ),
        time_commitment="أيام الثلاثاء من ١٥:٠٠ إلى ١٨:٠٠ أو أيام السبت من ١٠:٠٠ إلى ١٣:٠٠، "
        "ويمكن المشاركة مرة كل أسبوعين",
        meeting_place="مبنى الإشارات القديم عند المحطة، المدخل الجانبي من شارع Poststraße",
    ),
    fa=InitiativeText(
        title="انبار لباس کنار ایستگاه قطار",
        slug="clothing-store-station",
        summary="لباس، کفش و ملافهٔ سالم برای همهٔ کسانی که به آن نیاز دارند؛ سه‌شنبه‌ها و "
        "شنبه‌ها، بدون نیاز به مدرک.",
        description=(
            "در انبار لباس هر کس خودش آنچه را اندازه‌اش است و دوست دارد انتخاب می‌کند، به جای "
            "اینکه یک کیسهٔ آماده به او بدهند. از لباس نوزاد تا پالتوی زمستانی پیدا می‌شود و در "
            "پاییز کفش زمستانی بیش از همه طرفدار دارد.",
            "لباس‌های تمیز و سالم را در ساعات کاری تحویل می‌گیریم. لطفاً مبلمان نیاورید؛ برای آن "
            "بازارچهٔ مبلمان «Zweite Runde» هست.",
        ),
        involvement=(
            "تحویل گرفتن و دسته‌بندی کمک‌های اهدایی",
            "راهنمایی مراجعان هنگام انتخاب",
            "جابه‌جا کردن لباس‌های فصلی به انبار",
        ),
        time_commitment="سه‌شنبه‌ها ساعت ۱۵ تا ۱۸ یا شنبه‌ها ساعت ۱۰ تا ۱۳؛ هر دو هفته یک بار "
        "هم کافی است",
        meeting_place="ساختمان قدیمی کنترل راه‌آهن کنار ایستگاه، ورودی کناری از خیابان Poststraße",
    ),
    fr=InitiativeText(
        title="Vestiaire solidaire de la gare",
        slug="vestiaire-solidaire-gare",
        summary="Vêtements, chaussures et linge de lit en bon état pour toutes celles et ceux qui "
        "en ont besoin – le mardi et le samedi, sans justificatif.",
        description=(
            "Au vestiaire, chacun choisit ce qui lui va et lui plaît, au lieu de recevoir un sac "
            "tout prêt. On y trouve de tout, des vêtements de bébé aux manteaux d'hiver ; en "
            "automne, les chaussures d'hiver sont particulièrement demandées.",
            "Nous acceptons les vêtements propres et en bon état pendant les heures d'ouverture. "
            "Pas de meubles, s'il vous plaît : pour cela, il y a la bourse aux meubles « Zweite "
            "Runde ».",
        ),
        involvement=(
            "Réceptionner et trier les dons",
            "Conseiller lors de la distribution",
            "Ranger les articles de saison dans la réserve",
        ),
        time_commitment="Le mardi de 15 h à 18 h ou le samedi de 10 h à 13 h ; une semaine sur "
        "deux convient aussi",
        meeting_place="Ancien poste d'aiguillage de la gare, entrée latérale côté Poststraße",
    ),
    categories=("sachspenden",),
    target_groups=("familien", "neu-angekommene"),
    districts=("am-bahnhof",),
    languages=("deutsch", "arabisch", "russisch", "ukrainisch", "farsi"),
    tags=("ohne-anmeldung", "wochenende"),
    contact="Monika Schröder",
    street="Poststraße 5",
    mailbox="kleiderkammer",
)

BABYKORB = InitiativeSpec(
    key="babykorb",
    de=InitiativeText(
        title="Babykorb – Erstausstattung für Neugeborene",
        slug="babykorb",
        summary="Werdende Eltern ohne Geld für die Erstausstattung bekommen einen Korb mit "
        "Kleidung, Decken, Fläschchen und Pflegeprodukten.",
        description=(
            "Hebammen, Beratungsstellen und Unterkünfte melden uns Familien, die ein Kind "
            "erwarten. Ehrenamtliche packen aus Spenden einen Korb, der für die ersten Monate "
            "reicht, und bringen ihn vorbei – auf Wunsch mit einem Kinderwagen aus der "
            "Möbelbörse.",
            "Neue Bodys, Windeln und Fläschchen kaufen wir von Geldspenden; gebrauchte Kleidung "
            "nehmen wir gewaschen und gut erhalten an.",
        ),
        involvement=(
            "Spenden sortieren und Körbe packen",
            "Körbe zu den Familien bringen",
        ),
        time_commitment="Etwa zwei Stunden pro Woche, frei einteilbar",
        meeting_place="Lagerraum im Familienzentrum Nordstadt",
    ),
    categories=("sachspenden", "gesundheit"),
    target_groups=("familien", "frauen"),
    districts=("nordstadt",),
    languages=("deutsch", "arabisch", "tigrinya"),
    tags=("flexibel",),
    contact="Gabriele Fuchs",
    street="Ahornweg 3",
)

LAPTOPS = InitiativeSpec(
    key="laptops-fuer-schulkinder",
    de=InitiativeText(
        title="Laptops für Schulkinder",
        slug="laptops-fuer-schulkinder",
        summary="Während der Schulschließungen sammelte die Initiative gebrauchte Laptops, "
        "machte sie fit und verteilte sie an Kinder ohne eigenes Gerät.",
        description=(
            "Im Frühjahr 2020 fand der Unterricht plötzlich zu Hause statt – für viele Kinder in "
            "Gemeinschaftsunterkünften ohne Computer und oft ohne WLAN. Innerhalb weniger Wochen "
            "sammelte die Initiative über 300 gebrauchte Laptops bei Firmen und Privatleuten.",
            "Ehrenamtliche löschten die Festplatten, installierten freie Software und brachten "
            "die Geräte zu den Familien; ein Telefonteam half bei Problemen. Seit die Schulen "
            "eigene Leihgeräte ausgeben, ist das Projekt abgeschlossen.",
        ),
    ),
    categories=("sachspenden", "kinder-jugend"),
    target_groups=("kinder", "familien"),
    districts=("hafen",),
    languages=("deutsch", "arabisch", "farsi"),
    tags=("digital",),
    contact="Moritz Lange",
    street="Speicherstraße 8",
    status=InitiativeStatus.ENDED,
    ended_on=date(2021, 8, 31),
    phone=False,
    website=False,
)

INITIATIVES = (KLEIDERKAMMER, BABYKORB, LAPTOPS)
