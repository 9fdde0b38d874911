"""The organisations directory and the network's member organisations in Lindenstadt.

Welfare associations, public offices, counselling services, self-organisations, a
mosque association, a sports club and a language school, each with one to four offices.
Every one is in all five languages: they are what a newcomer looks up first, together
with the "find help" page that searches their offices.
"""

from datetime import time

from hub.demo.organisation_specs import (
    ClosureSpec,
    ContactSpec,
    OfficeSpec,
    OrganisationIndexSpec,
    OrganisationSpec,
    SpecialDateSpec,
    monthly,
    r,
    t,
    weekly,
)
from hub.demo.specs import paragraph
from hub.demo.texts import plain, rich
from hub.network.models import BarrierFree, OrganisationKind

MO, TU, WE, TH, FR, SA = 0, 1, 2, 3, 4, 5
MON_THU = (MO, TU, WE, TH)
FIRST, SECOND, THIRD, LAST = 1, 2, 3, -1

ORGANISATION_INDEX = OrganisationIndexSpec(
    key="organisations",
    title=plain(
        de="Mitgliedsorganisationen",
        en="Member organisations",
        ar="المنظمات الأعضاء",
        fa="سازمان‌های عضو",
        fr="Organisations membres",
    ),
    slug=plain(
        de="organisationen",
        en="organisations",
        ar="organisations",
        fa="organisations",
        fr="organisations",
    ),
    intro=paragraph(
        rich(
            de="Beratungsstellen, Ämter, Vereine und Gemeinden, die im Netzwerk mitarbeiten: "
            "wo sie sind, wann sie offen haben und in welchen Sprachen sie beraten.",
            en="Counselling centres, public offices, associations and communities working in "
            "the network: where they are, when they are open and which languages they speak.",
            ar="مراكز الاستشارة والدوائر الرسمية والجمعيات والجاليات العاملة في الشبكة: أين "
            "تقع، ومتى تفتح أبوابها، وبأي لغات تقدّم المشورة.",
            fa="مراکز مشاوره، ادارات، انجمن‌ها و جوامعی که در شبکه همکاری می‌کنند: کجا هستند، "
            "چه ساعاتی باز هستند و به چه زبان‌هایی مشاوره می‌دهند.",
            fr="Centres de conseil, administrations, associations et communautés membres du "
            "réseau : où ils se trouvent, quand ils sont ouverts et dans quelles langues ils "
            "conseillent.",
        ),
    ),
    after="events",
)

_SUMMER = t(
    "Sommerpause",
    "Summer break",
    ar="العطلة الصيفية",
    fa="تعطیلات تابستانی",
    fr="Pause estivale",
)
_BY_PHONE = t(
    "Termine telefonisch Mo–Do",
    "Appointments by phone Mon–Thu",
    ar="المواعيد بالهاتف من الاثنين إلى الخميس",
    fa="وقت‌گیری تلفنی دوشنبه تا پنجشنبه",
    fr="Rendez-vous par téléphone du lundi au jeudi",
)
_RAMP = t(
    "Rampe am Hintereingang",
    "Ramp at the back entrance",
    ar="منحدر عند المدخل الخلفي",
    fa="رمپ در ورودی پشتی",
    fr="Rampe à l'entrée arrière",
)
_LIFT = t(
    "Aufzug in den ersten Stock",
    "Lift to the first floor",
    ar="مصعد إلى الطابق الأول",
    fa="آسانسور تا طبقهٔ اول",
    fr="Ascenseur jusqu'au premier étage",
)
_COUNSELLING = t(
    "Beratung",
    "Counselling",
    ar="الاستشارة",
    fa="مشاوره",
    fr="Conseil",
)
_MANAGER = t(
    "Leitung",
    "Head of office",
    ar="الإدارة",
    fa="مدیریت",
    fr="Direction",
)
_INSTAGRAM = t(
    "Instagram",
    "Instagram",
    ar="إنستغرام",
    fa="اینستاگرام",
    fr="Instagram",
)
_NEWSLETTER = t(
    "Newsletter",
    "Newsletter",
    ar="النشرة الإخبارية",
    fa="خبرنامه",
    fr="Lettre d'information",
)

CARITAS = OrganisationSpec(
    key="caritas",
    title=t(
        "Caritasverband Lindenstadt",
        "Caritas Lindenstadt",
        ar="كاريتاس ليندنشتات (Caritasverband)",
        fa="کاریتاس لیندن‌اشتات (Caritasverband)",
        fr="Caritas Lindenstadt",
    ),
    slug=t(
        "caritas-lindenstadt",
        "caritas-lindenstadt",
        ar="caritas-lindenstadt",
        fa="caritas-lindenstadt",
        fr="caritas-lindenstadt",
    ),
    summary=t(
        "Allgemeine Sozialberatung, Schuldnerberatung und Flüchtlingsberatung unter einem Dach.",
        "General social counselling, debt counselling and refugee counselling under one roof.",
        ar="استشارات اجتماعية عامة، واستشارات في الديون، واستشارات للاجئين تحت سقف واحد.",
        fa="مشاورهٔ اجتماعی عمومی، مشاورهٔ بدهی و مشاورهٔ پناهجویان زیر یک سقف.",
        fr="Conseil social général, conseil en cas de dettes et conseil aux "
        "réfugiés sous un même toit.",
    ),
    description=(
        r(
            "Wir beraten unabhängig von Herkunft, Religion und Aufenthaltsstatus – vertraulich "
            "und kostenlos.",
            "We advise regardless of origin, religion or residence status – confidentially and "
            "free of charge.",
            ar="نقدّم المشورة للجميع بصرف النظر عن الأصل والدين ووضع الإقامة، بسرّية تامة ومجاناً.",
            fa="ما بدون توجه به ملیت، دین و وضعیت اقامت مشاوره می‌دهیم؛ محرمانه و رایگان.",
            fr="Nous conseillons chacun, quels que soient son origine, sa religion et "
            "son statut de séjour – de façon confidentielle et gratuite.",
        ),
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("beratung", "wohnen"),
    website="https://caritas-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t(
                "Beratungszentrum Altstadt",
                "Counselling centre Altstadt",
                ar="مركز الاستشارات في البلدة القديمة (Altstadt)",
                fa="مرکز مشاوره در محلهٔ قدیمی (Altstadt)",
                fr="Centre de conseil Altstadt",
            ),
            street_address="Domplatz 4",
            district="altstadt",
            transport_hint=t(
                "Straßenbahn 4, Haltestelle Domplatz",
                "Tram 4, stop Domplatz",
                ar="الترام 4، محطة Domplatz",
                fa="تراموای ۴، ایستگاه Domplatz",
                fr="Tram 4, arrêt Domplatz",
            ),
            barrier_free=BarrierFree.YES,
            accessibility_note=_LIFT,
            by_appointment=True,
            appointment_note=_BY_PHONE,
            hours=(
                weekly(MON_THU, time(9), time(12), "deutsch", "arabisch", "englisch"),
                weekly((TU,), time(14), time(17), "deutsch", "farsi", mediator=True),
                monthly(THIRD, WE, time(15), time(17), "deutsch", "tigrinya"),
            ),
            closures=(ClosureSpec(7, 20, 14, _SUMMER),),
        ),
        OfficeSpec(
            name=t(
                "Beratungsstelle Nordstadt",
                "Counselling office Nordstadt",
                ar="مكتب الاستشارة في نوردشتات (Nordstadt)",
                fa="دفتر مشاوره در نوردشتات (Nordstadt)",
                fr="Bureau de conseil Nordstadt",
            ),
            street_address="Nordring 27",
            district="nordstadt",
            transport_hint=t(
                "Bus 12, Haltestelle Nordring",
                "Bus 12, stop Nordring",
                ar="الحافلة 12، محطة Nordring",
                fa="اتوبوس ۱۲، ایستگاه Nordring",
                fr="Bus 12, arrêt Nordring",
            ),
            barrier_free=BarrierFree.PARTLY,
            accessibility_note=_RAMP,
            hours=(weekly((WE,), time(9), time(13), "deutsch", "tigrinya", mediator=True),),
        ),
    ),
    contacts=(
        ContactSpec(
            "Monika Albrecht",
            _MANAGER,
            "m.albrecht@caritas-lindenstadt.example.org",
            "+49 30 23126 100",
        ),
        ContactSpec(
            "Samir Haddad",
            t(
                "Flüchtlingsberatung",
                "Refugee counselling",
                ar="استشارات اللاجئين",
                fa="مشاورهٔ پناهجویان",
                fr="Conseil aux réfugiés",
            ),
            "s.haddad@caritas-lindenstadt.example.org",
            "+49 30 23126 104",
            ("deutsch", "arabisch", "englisch"),
        ),
    ),
)

DIAKONIE = OrganisationSpec(
    key="diakonie",
    title=t(
        "Diakonisches Werk Lindenstadt",
        "Diakonie Lindenstadt",
        ar="دياكوني ليندنشتات (Diakonisches Werk)",
        fa="دیاکونی لیندن‌اشتات (Diakonisches Werk)",
        fr="Diakonie Lindenstadt",
    ),
    slug=t(
        "diakonie-lindenstadt",
        "diakonie-lindenstadt",
        ar="diakonie-lindenstadt",
        fa="diakonie-lindenstadt",
        fr="diakonie-lindenstadt",
    ),
    summary=t(
        "Sozialberatung, Wohnungsnotfallhilfe und Begleitung von Familien.",
        "Social counselling, help for people at risk of losing their home, support for families.",
        ar="استشارات اجتماعية، ومساعدة من يواجهون خطر فقدان مسكنهم، ومرافقة العائلات.",
        fa="مشاورهٔ اجتماعی، کمک به کسانی که در خطر از دست دادن خانه‌شان هستند و همراهی خانواده‌ها.",
        fr="Conseil social, aide aux personnes menacées de perdre leur logement, "
        "accompagnement des familles.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("beratung", "wohnen", "begleitung"),
    website="https://diakonie-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t(
                "Haus der Diakonie",
                "Diakonie house",
                ar="بيت الدياكوني",
                fa="خانهٔ دیاکونی",
                fr="Maison de la Diakonie",
            ),
            street_address="Kirchstraße 9",
            district="altstadt",
            barrier_free=BarrierFree.YES,
            by_appointment=True,
            hours=(weekly((MO, WE, FR), time(9), time(12), "deutsch", "russisch", "ukrainisch"),),
        ),
        OfficeSpec(
            name=t(
                "Stadtteilbüro Südviertel",
                "District office Südviertel",
                ar="مكتب الحي في زودفيرتل (Südviertel)",
                fa="دفتر محله در زودفیرتل (Südviertel)",
                fr="Bureau de quartier Südviertel",
            ),
            street_address="Gartenweg 3",
            district="suedviertel",
            barrier_free=BarrierFree.NO,
            hours=(weekly((TH,), time(14), time(17, 30), "deutsch", "tuerkisch"),),
        ),
        OfficeSpec(
            name=t(
                "Wohnungslosenhilfe Am Bahnhof",
                "Housing help at the station",
                ar="مساعدة المشرّدين عند محطة القطار",
                fa="کمک به بی‌خانمان‌ها در کنار ایستگاه قطار",
                fr="Aide aux sans-abri près de la gare",
            ),
            street_address="Bahnhofstraße 41",
            district="am-bahnhof",
            barrier_free=BarrierFree.YES,
            hours=(weekly((MO, TU, WE, TH, FR), time(8), time(11)),),
        ),
    ),
    contacts=(
        ContactSpec(
            "Pfarrer Jens Wolter", _MANAGER, "leitung@diakonie-lindenstadt.example.org", ""
        ),
        ContactSpec(
            "Olena Kravets",
            _COUNSELLING,
            "o.kravets@diakonie-lindenstadt.example.org",
            "+49 30 23126 211",
            ("deutsch", "ukrainisch", "russisch"),
        ),
    ),
)

AUSLAENDERBEHOERDE = OrganisationSpec(
    key="auslaenderbehoerde",
    title=t(
        "Ausländerbehörde der Stadt Lindenstadt",
        "Immigration office of Lindenstadt",
        ar="دائرة الأجانب في مدينة ليندنشتات (Ausländerbehörde)",
        fa="ادارهٔ اتباع خارجی شهر لیندن‌اشتات (Ausländerbehörde)",
        fr="Service des étrangers de la ville de Lindenstadt",
    ),
    slug=t(
        "auslaenderbehoerde",
        "immigration-office",
        ar="immigration-office",
        fa="immigration-office",
        fr="service-des-etrangers",
    ),
    summary=t(
        "Aufenthaltstitel, Verlängerungen, Duldungen und Verpflichtungserklärungen.",
        "Residence permits, extensions, toleration documents and formal obligations.",
        ar="تصاريح الإقامة وتمديدها، ووثائق التسامح (Duldung)، وتعهّدات الكفالة.",
        fa="اجازهٔ اقامت و تمدید آن، مدرک «دولدونگ» (Duldung) و تعهدنامهٔ کفالت.",
        fr="Titres de séjour, prolongations, tolérances (Duldung) et attestations "
        "de prise en charge.",
    ),
    kind=OrganisationKind.PUBLIC_OFFICE,
    website="https://www.lindenstadt.example.org/auslaenderbehoerde",
    offices=(
        OfficeSpec(
            name=t(
                "Bürgeramt II, Ausländerbehörde",
                "Citizens' office II, immigration office",
                ar="مكتب خدمات المواطنين 2، دائرة الأجانب",
                fa="ادارهٔ خدمات شهروندی ۲، ادارهٔ اتباع خارجی",
                fr="Bureau des citoyens II, service des étrangers",
            ),
            street_address="Rathausplatz 2",
            district="altstadt",
            transport_hint=t(
                "Straßenbahn 4, Haltestelle Rathaus",
                "Tram 4, stop Rathaus",
                ar="الترام 4، محطة Rathaus",
                fa="تراموای ۴، ایستگاه Rathaus",
                fr="Tram 4, arrêt Rathaus",
            ),
            barrier_free=BarrierFree.YES,
            accessibility_note=_LIFT,
            by_appointment=True,
            appointment_note=t(
                "Termine nur online über das Terminportal der Stadt",
                "Appointments only online via the city's booking portal",
                ar="المواعيد عبر بوابة المواعيد الإلكترونية للمدينة فقط",
                fa="وقت‌گیری فقط به‌صورت آنلاین از طریق سامانهٔ نوبت‌دهی شهر",
                fr="Rendez-vous uniquement en ligne sur le portail de la ville",
            ),
            hours=(
                weekly((MO, TU), time(8), time(12), by_appointment=True),
                weekly((TH,), time(13), time(18), by_appointment=True),
                weekly((FR,), time(8), time(11), "deutsch", "englisch"),
            ),
            special_dates=(SpecialDateSpec(11, 28, time(9), time(13), ("deutsch", "englisch")),),
        ),
    ),
    contacts=(
        ContactSpec(
            "Team Ausländerangelegenheiten",
            t(
                "Allgemeine Anfragen",
                "General enquiries",
                ar="الاستفسارات العامة",
                fa="پرسش‌های عمومی",
                fr="Demandes générales",
            ),
            "auslaenderbehoerde@lindenstadt.example.org",
            "+49 30 23120 400",
        ),
    ),
)

JOBCENTER = OrganisationSpec(
    key="jobcenter",
    title=t(
        "Jobcenter Lindenstadt",
        "Jobcenter Lindenstadt",
        ar="مركز العمل في ليندنشتات (Jobcenter)",
        fa="جاب‌سنتر لیندن‌اشتات (Jobcenter)",
        fr="Jobcenter de Lindenstadt",
    ),
    slug=t(
        "jobcenter",
        "jobcenter",
        ar="jobcenter",
        fa="jobcenter",
        fr="jobcenter",
    ),
    summary=t(
        "Bürgergeld, Vermittlung in Arbeit und Ausbildung, Förderung von Sprachkursen.",
        "Citizen's benefit, placement in jobs and apprenticeships, funding for language courses.",
        ar="إعانة المواطن (Bürgergeld)، والمساعدة في إيجاد عمل أو تدريب مهني، وتمويل دورات اللغة.",
        fa="کمک‌هزینهٔ شهروندی (Bürgergeld)، کاریابی و یافتن دورهٔ آموزش حرفه‌ای، "
        "و پرداخت هزینهٔ کلاس‌های زبان.",
        fr="Revenu citoyen (Bürgergeld), placement dans l'emploi et la formation, "
        "financement de cours de langue.",
    ),
    kind=OrganisationKind.PUBLIC_OFFICE,
    services=("arbeit",),
    website="https://jobcenter-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t(
                "Jobcenter, Hauptstelle",
                "Jobcenter, main office",
                ar="مركز العمل، المقر الرئيسي",
                fa="جاب‌سنتر، دفتر مرکزی",
                fr="Jobcenter, siège principal",
            ),
            street_address="Hafenstraße 60",
            district="hafen",
            transport_hint=t(
                "Bus 7, Haltestelle Hafenamt",
                "Bus 7, stop Hafenamt",
                ar="الحافلة 7، محطة Hafenamt",
                fa="اتوبوس ۷، ایستگاه Hafenamt",
                fr="Bus 7, arrêt Hafenamt",
            ),
            barrier_free=BarrierFree.YES,
            hours=(
                weekly((MO, TU, WE, FR), time(8), time(12, 30)),
                weekly((TH,), time(14), time(18)),
            ),
        ),
        OfficeSpec(
            name=t(
                "Jobcenter, Team Neuzugewanderte",
                "Jobcenter, team for newcomers",
                ar="مركز العمل، فريق القادمين الجدد",
                fa="جاب‌سنتر، گروه تازه‌واردان",
                fr="Jobcenter, équipe pour les nouveaux arrivants",
            ),
            street_address="Hafenstraße 62",
            district="hafen",
            barrier_free=BarrierFree.YES,
            by_appointment=True,
            hours=(
                weekly((TU, TH), time(9), time(12), "deutsch", "arabisch", "ukrainisch"),
                monthly(FIRST, WE, time(9), time(12), "deutsch", "farsi", "dari", mediator=True),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Petra Hoffmann",
            t(
                "Integrationscoach",
                "Integration coach",
                ar="مرشدة الاندماج",
                fa="مربی ادغام",
                fr="Coach d'intégration",
            ),
            "petra.hoffmann@jobcenter-lindenstadt.example.org",
            "+49 30 23120 612",
        ),
    ),
)

MBE = OrganisationSpec(
    key="mbe",
    title=t(
        "Migrationsberatung für Erwachsene (MBE)",
        "Migration counselling for adults (MBE)",
        ar="استشارات الهجرة للبالغين (MBE)",
        fa="مشاوره مهاجرت برای بزرگسالان (MBE)",
        fr="Conseil en migration pour adultes (MBE)",
    ),
    slug=t(
        "migrationsberatung",
        "migration-counselling",
        ar="migration-counselling",
        fa="migration-counselling",
        fr="conseil-migration",
    ),
    summary=t(
        "Beratung in den ersten Jahren: Integrationskurs, Anerkennung, Familie, Behörden.",
        "Advice in the first years: integration course, recognition, family, authorities.",
        ar="مشورة في السنوات الأولى: دورة الاندماج، معادلة الشهادات، الأسرة، الدوائر الرسمية.",
        fa="مشاوره در سال‌های نخست: دوره ادغام، ارزشیابی مدارک، خانواده، ادارات.",
        fr="Conseil pendant les premières années : cours d'intégration, reconnaissance des "
        "diplômes, famille, administrations.",
    ),
    kind=OrganisationKind.COUNSELLING_CENTRE,
    services=("beratung", "sprache"),
    offices=(
        OfficeSpec(
            name=t(
                "MBE im Haus der Begegnung",
                "MBE at the Haus der Begegnung",
                ar="MBE في بيت اللقاء",
                fa="MBE در خانه دیدار",
                fr="MBE à la Haus der Begegnung",
            ),
            street_address="Marktplatz 1",
            district="altstadt",
            barrier_free=BarrierFree.YES,
            by_appointment=True,
            hours=(
                weekly(MON_THU, time(9), time(12), "deutsch", "arabisch", "farsi", "englisch"),
                monthly(FIRST, TH, time(8, 30), time(11, 30), "deutsch", "kurmanci", mediator=True),
            ),
            closures=(
                ClosureSpec(
                    12,
                    23,
                    12,
                    t(
                        "Weihnachtspause",
                        "Christmas break",
                        ar="عطلة عيد الميلاد",
                        fa="تعطیلات کریسمس",
                        fr="Pause de Noël",
                    ),
                ),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Leyla Karimi",
            t(
                "Migrationsberaterin",
                "Migration counsellor",
                ar="مستشارة هجرة",
                fa="مشاور مهاجرت",
                fr="Conseillère en migration",
            ),
            "mbe@awo-lindenstadt.example.org",
            "+49 30 23126 330",
            ("deutsch", "farsi", "dari", "englisch"),
        ),
    ),
)

JMD = OrganisationSpec(
    key="jmd",
    title=t(
        "Jugendmigrationsdienst (JMD)",
        "Youth migration service (JMD)",
        ar="خدمة هجرة الشباب (JMD)",
        fa="خدمات مهاجرت جوانان (JMD)",
        fr="Service migration jeunesse (JMD)",
    ),
    slug=t(
        "jugendmigrationsdienst",
        "youth-migration-service",
        ar="youth-migration-service",
        fa="youth-migration-service",
        fr="service-migration-jeunesse",
    ),
    summary=t(
        "Begleitung für junge Menschen von 12 bis 27: Schule, Ausbildung, Studium.",
        "Support for young people aged 12 to 27: school, apprenticeship, university.",
        ar="مرافقة الشباب من سن 12 إلى 27 عاماً: المدرسة والتدريب المهني والدراسة الجامعية.",
        fa="همراهی جوانان ۱۲ تا ۲۷ ساله: مدرسه، آموزش حرفه‌ای، دانشگاه.",
        fr="Accompagnement des jeunes de 12 à 27 ans : école, apprentissage, études.",
    ),
    kind=OrganisationKind.COUNSELLING_CENTRE,
    services=("kinder-jugend", "arbeit"),
    offices=(
        OfficeSpec(
            name=t(
                "JMD im Jugendzentrum Westend",
                "JMD at the Westend youth centre",
                ar="JMD في مركز الشباب في فيستإند (Westend)",
                fa="JMD در مرکز جوانان وست‌اند (Westend)",
                fr="JMD au centre de jeunesse Westend",
            ),
            street_address="Lindenallee 88",
            district="westend",
            barrier_free=BarrierFree.PARTLY,
            hours=(
                weekly((MO, WE), time(13), time(17), "deutsch", "arabisch", "englisch"),
                weekly((FR,), time(10), time(13), "deutsch", "somali", mediator=True),
                weekly((FR,), time(13), time(15), "deutsch", "arabisch"),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Jonas Brandt",
            t(
                "Jugendmigrationsberater",
                "Youth migration counsellor",
                ar="مستشار هجرة الشباب",
                fa="مشاور مهاجرت جوانان",
                fr="Conseiller migration jeunesse",
            ),
            "jmd@ijb-lindenstadt.example.org",
            "+49 30 23126 420",
        ),
    ),
    links=((_INSTAGRAM, "https://www.instagram.com/jmd_lindenstadt_demo"),),
)

FRAUENBERATUNG = OrganisationSpec(
    key="frauenberatung",
    title=t(
        "Frauenberatungsstelle „Lotte“",
        "Women's counselling centre “Lotte”",
        ar="مركز استشارات النساء «لوته»",
        fa="مرکز مشاوره زنان «لوته»",
        fr="Centre de conseil pour femmes « Lotte »",
    ),
    slug=t(
        "frauenberatung-lotte",
        "womens-counselling-lotte",
        ar="womens-counselling-lotte",
        fa="womens-counselling-lotte",
        fr="conseil-femmes-lotte",
    ),
    summary=t(
        "Beratung für Frauen in Krisen und bei Gewalt – anonym, auch mit Dolmetscherin.",
        "Counselling for women in crisis and facing violence – anonymous, also with a "
        "female interpreter.",
        ar="استشارات للنساء في الأزمات وحالات العنف، دون ذكر الاسم، ومع مترجمة عند الحاجة.",
        fa="مشاوره برای زنان در بحران و در برابر خشونت؛ بدون نام و در صورت نیاز با مترجم زن.",
        fr="Conseil pour les femmes en crise ou victimes de violence, anonyme, aussi avec une "
        "interprète.",
    ),
    kind=OrganisationKind.COUNSELLING_CENTRE,
    services=("frauen", "beratung"),
    offices=(
        OfficeSpec(
            name=t(
                "Beratungsstelle Lindenhof",
                "Counselling office Lindenhof",
                ar="مكتب الاستشارة في ليندنهوف",
                fa="دفتر مشاوره لیندن‌هوف",
                fr="Bureau de conseil Lindenhof",
            ),
            street_address="Am Lindenhof 5",
            district="lindenhof",
            barrier_free=BarrierFree.YES,
            by_appointment=True,
            hours=(
                weekly((TU, TH), time(10), time(13), "deutsch", "arabisch", "farsi", mediator=True),
                monthly(LAST, FR, time(15), time(18), "deutsch", "tigrinya", "somali"),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Anna Petersen",
            t(
                "Beraterin",
                "Counsellor",
                ar="مستشارة",
                fa="مشاور",
                fr="Conseillère",
            ),
            "beratung@lotte-lindenstadt.example.org",
            "+49 30 23126 500",
            ("deutsch", "englisch", "franzoesisch"),
        ),
    ),
)

PSZ = OrganisationSpec(
    key="psz",
    title=t(
        "Psychosoziales Zentrum für Geflüchtete",
        "Psychosocial centre for refugees",
        ar="المركز النفسي الاجتماعي للاجئين",
        fa="مرکز روانی‌اجتماعی پناهجویان",
        fr="Centre psychosocial pour réfugiés",
    ),
    slug=t(
        "psychosoziales-zentrum",
        "psychosocial-centre",
        ar="psychosocial-centre",
        fa="psychosocial-centre",
        fr="centre-psychosocial",
    ),
    summary=t(
        "Psychotherapie und Beratung für traumatisierte Geflüchtete, mit Sprachmittlung.",
        "Psychotherapy and counselling for traumatised refugees, with language mediation.",
        ar="علاج نفسي واستشارات للاجئين الذين عانوا من صدمات نفسية، مع وسطاء لغويين.",
        fa="روان‌درمانی و مشاوره برای پناهجویانی که آسیب روانی (تروما) دیده‌اند، "
        "همراه با میانجی زبانی.",
        fr="Psychothérapie et conseil pour les réfugiés traumatisés, avec médiation linguistique.",
    ),
    kind=OrganisationKind.COUNSELLING_CENTRE,
    services=("gesundheit", "beratung"),
    offices=(
        OfficeSpec(
            name=t(
                "PSZ Rosenhöhe",
                "PSZ Rosenhöhe",
                ar="PSZ في روزنهوهه (Rosenhöhe)",
                fa="PSZ در رزن‌هوهه (Rosenhöhe)",
                fr="PSZ Rosenhöhe",
            ),
            street_address="Rosenweg 17",
            district="rosenhoehe",
            barrier_free=BarrierFree.PARTLY,
            accessibility_note=_RAMP,
            opens_on_holidays=True,
            by_appointment=True,
            appointment_note=t(
                "Erstgespräche nach telefonischer Anmeldung",
                "First interviews after registering by phone",
                ar="الجلسة الأولى بعد التسجيل هاتفياً",
                fa="جلسهٔ نخست پس از ثبت‌نام تلفنی",
                fr="Premier entretien après inscription par téléphone",
            ),
            hours=(
                weekly((MO, WE), time(10), time(12), "deutsch", "arabisch", "farsi", mediator=True),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Dr. Miriam Sander",
            t(
                "Psychologische Leitung",
                "Head psychologist",
                ar="الإدارة النفسية",
                fa="مدیریت روان‌شناختی",
                fr="Direction psychologique",
            ),
            "kontakt@psz-lindenstadt.example.org",
            "+49 30 23126 610",
            ("deutsch", "englisch"),
        ),
    ),
)

RECHTSHILFE = OrganisationSpec(
    key="rechtshilfe",
    title=t(
        "Refugee Law Clinic Lindenstadt",
        "Refugee Law Clinic Lindenstadt",
        ar="العيادة القانونية للاجئين في ليندنشتات (Refugee Law Clinic)",
        fa="کلینیک حقوقی پناهجویان لیندن‌اشتات (Refugee Law Clinic)",
        fr="Refugee Law Clinic Lindenstadt",
    ),
    slug=t(
        "refugee-law-clinic",
        "refugee-law-clinic",
        ar="refugee-law-clinic",
        fa="refugee-law-clinic",
        fr="refugee-law-clinic",
    ),
    summary=t(
        "Studierende beraten unter Anleitung von Anwältinnen zum Asyl- und Aufenthaltsrecht.",
        "Students, supervised by lawyers, advise on asylum and residence law.",
        ar="طلاب وطالبات الحقوق يقدّمون المشورة في قانون اللجوء والإقامة بإشراف محاميات.",
        fa="دانشجویان حقوق زیر نظر وکلا دربارهٔ قانون پناهندگی و اقامت مشاوره می‌دهند.",
        fr="Des étudiants, encadrés par des avocates, conseillent en droit d'asile "
        "et droit du séjour.",
    ),
    kind=OrganisationKind.INITIATIVE,
    services=("beratung",),
    offices=(
        OfficeSpec(
            name=t(
                "Sprechstunde an der Universität",
                "Office hours at the university",
                ar="ساعات الاستشارة في الجامعة",
                fa="ساعت مشاوره در دانشگاه",
                fr="Permanence à l'université",
            ),
            street_address="Universitätsplatz 1, Raum 112",
            district="westend",
            barrier_free=BarrierFree.YES,
            hours=(weekly((WE,), time(16), time(19), "deutsch", "englisch", "franzoesisch"),),
            closures=(
                ClosureSpec(
                    8,
                    1,
                    31,
                    t(
                        "Semesterferien",
                        "Semester break",
                        ar="العطلة الجامعية",
                        fa="تعطیلات بین ترم",
                        fr="Vacances universitaires",
                    ),
                ),
            ),
        ),
    ),
    links=((_NEWSLETTER, "https://rlc-lindenstadt.example.org/newsletter"),),
)

MOSCHEE = OrganisationSpec(
    key="moschee",
    title=t(
        "Islamische Gemeinde Lindenstadt e. V.",
        "Islamic Community Lindenstadt",
        ar="الجمعية الإسلامية في ليندنشتات",
        fa="انجمن اسلامی لیندن‌اشتات",
        fr="Communauté islamique de Lindenstadt",
    ),
    slug=t(
        "islamische-gemeinde",
        "islamic-community",
        ar="islamic-community",
        fa="islamic-community",
        fr="communaute-islamique",
    ),
    summary=t(
        "Moscheegemeinde mit Hausaufgabenhilfe, Frauenfrühstück und Begleitung zu Ämtern.",
        "Mosque community with homework help, women's breakfast and accompaniment to offices.",
        ar="جماعة مسجد تقدّم المساعدة في الواجبات المدرسية، وفطوراً للنساء، "
        "ومرافقة إلى الدوائر الرسمية.",
        fa="جامعهٔ مسجد با کمک به تکالیف مدرسه، صبحانهٔ زنان و همراهی در مراجعه به ادارات.",
        fr="Communauté de la mosquée avec aide aux devoirs, petit-déjeuner des "
        "femmes et accompagnement dans les démarches.",
    ),
    kind=OrganisationKind.RELIGIOUS_COMMUNITY,
    services=("begleitung", "kinder-jugend"),
    offices=(
        OfficeSpec(
            name=t(
                "Moschee Am Bahnhof",
                "Mosque at the station",
                ar="المسجد عند محطة القطار",
                fa="مسجد کنار ایستگاه قطار",
                fr="Mosquée près de la gare",
            ),
            street_address="Güterstraße 14",
            district="am-bahnhof",
            barrier_free=BarrierFree.NO,
            opens_on_holidays=True,
            hours=(
                weekly((SA,), time(11), time(14), "deutsch", "arabisch", "tuerkisch"),
                monthly(SECOND, SA, time(9), time(11), "deutsch", "arabisch", "somali"),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Yusuf Demir",
            t(
                "Vorsitzender",
                "Chair",
                ar="رئيس الجمعية",
                fa="رئیس انجمن",
                fr="Président",
            ),
            "info@ig-lindenstadt.example.org",
            "+49 30 23126 700",
            ("deutsch", "tuerkisch", "arabisch"),
        ),
    ),
)

SPORTVEREIN = OrganisationSpec(
    key="sportverein",
    title=t(
        "SV Eichkamp 1912 e. V.",
        "SV Eichkamp 1912",
        ar="نادي SV Eichkamp 1912 الرياضي",
        fa="باشگاه ورزشی SV Eichkamp 1912",
        fr="SV Eichkamp 1912",
    ),
    slug=t(
        "sv-eichkamp",
        "sv-eichkamp",
        ar="sv-eichkamp",
        fa="sv-eichkamp",
        fr="sv-eichkamp",
    ),
    summary=t(
        "Fußball, Boxen und Schwimmen für alle – das erste Jahr ist für Neuzugewanderte "
        "beitragsfrei.",
        "Football, boxing and swimming for everyone – the first year is free for newcomers.",
        ar="كرة القدم والملاكمة والسباحة للجميع، والسنة الأولى مجانية للقادمين الجدد.",
        fa="فوتبال، بوکس و شنا برای همه؛ سال اول برای تازه‌واردان بدون حق عضویت است.",
        fr="Football, boxe et natation pour tous – la première année est gratuite "
        "pour les nouveaux arrivants.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("sport",),
    website="https://sv-eichkamp.example.org",
    offices=(
        OfficeSpec(
            name=t(
                "Vereinsheim am Sportplatz",
                "Clubhouse at the sports ground",
                ar="مقر النادي عند الملعب",
                fa="ساختمان باشگاه کنار زمین ورزش",
                fr="Club-house au terrain de sport",
            ),
            street_address="Waldstraße 120",
            district="eichkamp",
            barrier_free=BarrierFree.YES,
            hours=(weekly((TU, TH), time(17), time(19)),),
        ),
    ),
    contacts=(
        ContactSpec(
            "Mehmet Yıldız",
            t(
                "Integrationsbeauftragter",
                "Integration officer",
                ar="مسؤول الاندماج",
                fa="مسئول ادغام",
                fr="Chargé de l'intégration",
            ),
            "integration@sv-eichkamp.example.org",
            "",
            ("deutsch", "tuerkisch", "kurmanci"),
        ),
    ),
    links=((_INSTAGRAM, "https://www.instagram.com/sv_eichkamp_demo"),),
)

SPRACHSCHULE = OrganisationSpec(
    key="sprachschule",
    title=t(
        "Sprachschule Brücke",
        "Brücke language school",
        ar="مدرسة اللغات «بروكه» (Brücke)",
        fa="آموزشگاه زبان «بروکه» (Brücke)",
        fr="École de langues Brücke",
    ),
    slug=t(
        "sprachschule-bruecke",
        "bruecke-language-school",
        ar="bruecke-language-school",
        fa="bruecke-language-school",
        fr="ecole-de-langues-bruecke",
    ),
    summary=t(
        "Integrationskurse, Alphabetisierung und Berufssprachkurse von A1 bis C1.",
        "Integration courses, literacy courses and job-related German from A1 to C1.",
        ar="دورات الاندماج، ودورات محو الأمية، ودورات اللغة المهنية من المستوى A1 إلى C1.",
        fa="دوره‌های ادغام، سوادآموزی و دوره‌های زبان حرفه‌ای از سطح A1 تا C1.",
        fr="Cours d'intégration, alphabétisation et cours d'allemand professionnel de A1 à C1.",
    ),
    kind=OrganisationKind.OTHER,
    services=("sprache",),
    website="https://sprachschule-bruecke.example.org",
    offices=(
        OfficeSpec(
            name=t(
                "Kursbüro Altstadt",
                "Course office Altstadt",
                ar="مكتب الدورات في البلدة القديمة (Altstadt)",
                fa="دفتر دوره‌ها در محلهٔ قدیمی (Altstadt)",
                fr="Bureau des cours Altstadt",
            ),
            street_address="Lange Straße 33",
            district="altstadt",
            barrier_free=BarrierFree.PARTLY,
            accessibility_note=_LIFT,
            hours=(weekly(MON_THU, time(9), time(12), "deutsch", "englisch", "russisch"),),
        ),
        OfficeSpec(
            name=t(
                "Kursbüro Ostfeld",
                "Course office Ostfeld",
                ar="مكتب الدورات في أوستفيلد (Ostfeld)",
                fa="دفتر دوره‌ها در اوست‌فلد (Ostfeld)",
                fr="Bureau des cours Ostfeld",
            ),
            street_address="Ostfelder Weg 8",
            district="ostfeld",
            barrier_free=BarrierFree.YES,
            hours=(weekly((WE,), time(14), time(17), "deutsch", "arabisch"),),
            special_dates=(SpecialDateSpec(9, 6, time(10), time(14), ("deutsch", "arabisch")),),
        ),
    ),
)

FLUECHTLINGSRAT = OrganisationSpec(
    key="fluechtlingsrat",
    title=t(
        "Flüchtlingsrat Lindenstadt",
        "Lindenstadt Refugee Council",
        ar="مجلس اللاجئين في ليندنشتات",
        fa="شورای پناهندگان لیندن‌اشتات",
        fr="Conseil des réfugiés de Lindenstadt",
    ),
    slug=t(
        "fluechtlingsrat",
        "refugee-council",
        ar="refugee-council",
        fa="refugee-council",
        fr="conseil-des-refugies",
    ),
    summary=t(
        "Unabhängige Stimme für die Rechte Geflüchteter: Information, Vernetzung, Einzelfallhilfe.",
        "An independent voice for refugees' rights: information, networking, help with "
        "individual cases.",
        ar="صوت مستقل لحقوق اللاجئين: معلومات وتشبيك ومساعدة في الحالات الفردية.",
        fa="صدایی مستقل برای حقوق پناهندگان: اطلاع‌رسانی، شبکه‌سازی و کمک در پرونده‌های فردی.",
        fr="Une voix indépendante pour les droits des réfugiés : information, mise en réseau, "
        "aide individuelle.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("beratung",),
    website="https://fluechtlingsrat-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t(
                "Geschäftsstelle",
                "Head office",
                ar="المكتب الرئيسي",
                fa="دفتر مرکزی",
                fr="Secrétariat",
            ),
            street_address="Marktplatz 1",
            district="altstadt",
            barrier_free=BarrierFree.YES,
            by_appointment=True,
            hours=(weekly((TU, TH), time(10), time(15), "deutsch", "englisch", "franzoesisch"),),
        ),
    ),
    contacts=(
        ContactSpec(
            "Clara Nguyen",
            t(
                "Geschäftsführung",
                "Managing director",
                ar="المديرة التنفيذية",
                fa="مدیر اجرایی",
                fr="Direction",
            ),
            "info@fluechtlingsrat-lindenstadt.example.org",
            "+49 30 23126 900",
            ("deutsch", "englisch", "franzoesisch"),
        ),
    ),
    links=(
        (
            t(
                "Newsletter",
                "Newsletter",
                ar="النشرة الإخبارية",
                fa="خبرنامه",
                fr="Lettre d'information",
            ),
            "https://fluechtlingsrat-lindenstadt.example.org/newsletter",
        ),
    ),
)

QUEER_REFUGEES = OrganisationSpec(
    key="queer-refugees",
    title=t(
        "Rainbow Refugees Lindenstadt",
        "Rainbow Refugees Lindenstadt",
        ar="Rainbow Refugees ليندنشتات",
        fa="Rainbow Refugees لیندن‌اشتات",
        fr="Rainbow Refugees Lindenstadt",
    ),
    slug=t(
        "rainbow-refugees",
        "rainbow-refugees",
        ar="rainbow-refugees",
        fa="rainbow-refugees",
        fr="rainbow-refugees",
    ),
    summary=t(
        "Selbstorganisation von LSBTIQ*-Geflüchteten: Treffen, Peer-Beratung, Begleitung.",
        "Self-organisation of LGBTQ+ refugees: meetings, peer counselling, accompaniment.",
        ar="مجموعة ينظّمها لاجئون ولاجئات من مجتمع الميم بأنفسهم: لقاءات، "
        "واستشارات من الأقران، ومرافقة.",
        fa="گروهی که پناهجویان دگرباش (LGBTQ+) خودشان اداره می‌کنند: دیدار، مشاورهٔ همتا و همراهی.",
        fr="Auto-organisation de réfugiés LGBTQI+ : rencontres, conseil entre "
        "pairs, accompagnement.",
    ),
    kind=OrganisationKind.INITIATIVE,
    services=("begleitung", "beratung"),
    offices=(
        OfficeSpec(
            name=t(
                "Treffpunkt im Queeren Zentrum",
                "Meeting point at the queer centre",
                ar="نقطة اللقاء في المركز الكويري",
                fa="محل دیدار در مرکز کوئیر",
                fr="Point de rencontre au centre queer",
            ),
            street_address="Hafenkante 7",
            district="hafen",
            barrier_free=BarrierFree.YES,
            hours=(
                monthly(SECOND, FR, time(18), time(21), "deutsch", "englisch", "arabisch", "farsi"),
            ),
        ),
    ),
    links=((_INSTAGRAM, "https://www.instagram.com/rainbow_refugees_demo"),),
)

AWO_KITA = OrganisationSpec(
    key="awo-familienzentrum",
    title=t(
        "AWO Familienzentrum Ostfeld",
        "AWO family centre Ostfeld",
        ar="مركز الأسرة التابع لـ AWO في أوستفيلد",
        fa="مرکز خانوادهٔ AWO در اوست‌فلد",
        fr="Centre familial AWO Ostfeld",
    ),
    slug=t(
        "awo-familienzentrum",
        "awo-family-centre",
        ar="awo-family-centre",
        fa="awo-family-centre",
        fr="centre-familial-awo",
    ),
    summary=t(
        "Eltern-Kind-Gruppen, Kita-Beratung und Familiencafé.",
        "Parent-and-child groups, advice on day care and a family café.",
        ar="مجموعات للآباء والأمهات مع أطفالهم، واستشارات حول دور الحضانة، ومقهى للعائلات.",
        fa="گروه‌های والدین و کودک، مشاوره دربارهٔ مهدکودک و کافهٔ خانواده.",
        fr="Groupes parents-enfants, conseil sur les crèches et café des familles.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("kinder-jugend", "beratung"),
    offices=(
        OfficeSpec(
            name=t(
                "Familienzentrum",
                "Family centre",
                ar="مركز الأسرة",
                fa="مرکز خانواده",
                fr="Centre familial",
            ),
            street_address="Ostfelder Weg 21",
            district="ostfeld",
            barrier_free=BarrierFree.YES,
            hours=(
                weekly((MO, WE, FR), time(9), time(12), "deutsch", "arabisch", "ukrainisch"),
                monthly(THIRD, WE, time(15), time(17), "deutsch", "tigrinya", mediator=True),
            ),
        ),
    ),
)

SOZIALAMT = OrganisationSpec(
    key="sozialamt",
    title=t(
        "Sozialamt, Leistungen nach dem AsylbLG",
        en="Social welfare office, benefits under the Asylum Seekers' Benefits Act",
        ar="دائرة الشؤون الاجتماعية، إعانات قانون إعانات طالبي اللجوء (AsylbLG)",
        fa="ادارهٔ امور اجتماعی، کمک‌هزینه‌های قانون مزایای پناهجویان (AsylbLG)",
        fr="Service social, prestations au titre de la loi sur les prestations aux "
        "demandeurs d'asile (AsylbLG)",
    ),
    slug=t(
        "sozialamt-asylblg",
        en="social-welfare-office",
        ar="social-welfare-office",
        fa="social-welfare-office",
        fr="service-social",
    ),
    summary=t(
        "Leistungen für Asylsuchende, Krankenscheine und Unterbringung.",
        en="Benefits for asylum seekers, health treatment vouchers and accommodation.",
        ar="إعانات لطالبي اللجوء، وقسائم العلاج الطبي، والسكن.",
        fa="کمک‌هزینه برای پناهجویان، برگهٔ درمان و اسکان.",
        fr="Prestations pour les demandeurs d'asile, bons de soins et hébergement.",
    ),
    kind=OrganisationKind.PUBLIC_OFFICE,
    services=("wohnen", "gesundheit"),
    offices=(
        OfficeSpec(
            name=t(
                "Sozialamt, Haus B",
                en="Social welfare office, building B",
                ar="دائرة الشؤون الاجتماعية، المبنى B",
                fa="ادارهٔ امور اجتماعی، ساختمان B",
                fr="Service social, bâtiment B",
            ),
            street_address="Rathausplatz 4",
            district="altstadt",
            barrier_free=BarrierFree.YES,
            hours=(
                weekly((MO, TU, TH), time(8), time(12)),
                weekly((TH,), time(14), time(17), by_appointment=True),
            ),
        ),
    ),
)

KURDISCHER_VEREIN = OrganisationSpec(
    key="kurdisches-kulturhaus",
    title=t(
        "Kurdisches Kulturhaus e. V.",
        en="Kurdish Cultural Centre",
        ar="البيت الثقافي الكردي",
        fa="خانهٔ فرهنگ کردی",
        fr="Maison culturelle kurde",
    ),
    slug=t(
        "kurdisches-kulturhaus",
        en="kurdish-cultural-centre",
        ar="kurdish-cultural-centre",
        fa="kurdish-cultural-centre",
        fr="maison-culturelle-kurde",
    ),
    summary=t(
        "Kulturverein mit Sprachkursen, Musikgruppe und Hilfe beim Ausfüllen von Anträgen.",
        en="Cultural association with language courses, a music group and help "
        "with filling in forms.",
        ar="جمعية ثقافية تقدّم دورات لغة، وفرقة موسيقية، ومساعدة في تعبئة الطلبات.",
        fa="انجمن فرهنگی با کلاس‌های زبان، گروه موسیقی و کمک در پر کردن فرم‌ها.",
        fr="Association culturelle avec cours de langue, groupe de musique et aide "
        "pour remplir les formulaires.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("kultur", "begleitung"),
    offices=(
        OfficeSpec(
            name=t(
                "Vereinsräume Nordstadt",
                en="Association rooms Nordstadt",
                ar="مقر الجمعية في نوردشتات (Nordstadt)",
                fa="محل انجمن در نوردشتات (Nordstadt)",
                fr="Locaux de l'association Nordstadt",
            ),
            street_address="Nordring 5",
            district="nordstadt",
            hours=(weekly((WE, SA), time(16), time(20), "deutsch", "kurmanci", "tuerkisch"),),
        ),
    ),
)

ORGANISATIONS = (
    CARITAS,
    DIAKONIE,
    AUSLAENDERBEHOERDE,
    JOBCENTER,
    MBE,
    JMD,
    FRAUENBERATUNG,
    PSZ,
    RECHTSHILFE,
    MOSCHEE,
    SPORTVEREIN,
    SPRACHSCHULE,
    FLUECHTLINGSRAT,
    QUEER_REFUGEES,
    AWO_KITA,
    SOZIALAMT,
    KURDISCHER_VEREIN,
)
