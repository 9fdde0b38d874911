"""The organisations directory and the network's member organisations in Lindenstadt.

Welfare associations, public offices, counselling services, self-organisations, a
mosque association, a sports club and a language school, each with one to four offices.
Most have an English translation; the migration counselling, the women's counselling
centre and the refugee council are also in Arabic, Persian and French.
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

_SUMMER = t("Sommerpause", "Summer break")
_BY_PHONE = t("Termine telefonisch Mo–Do", "Appointments by phone Mon–Thu")
_RAMP = t("Rampe am Hintereingang", "Ramp at the back entrance")
_LIFT = t("Aufzug in den ersten Stock", "Lift to the first floor")
_COUNSELLING = t("Beratung", "Counselling")
_MANAGER = t("Leitung", "Head of office")
_INSTAGRAM = t("Instagram", "Instagram")
_NEWSLETTER = t("Newsletter", "Newsletter")

CARITAS = OrganisationSpec(
    key="caritas",
    title=t("Caritasverband Lindenstadt", "Caritas Lindenstadt"),
    slug=t("caritas-lindenstadt", "caritas-lindenstadt"),
    summary=t(
        "Allgemeine Sozialberatung, Schuldnerberatung und Flüchtlingsberatung unter einem Dach.",
        "General social counselling, debt counselling and refugee counselling under one roof.",
    ),
    description=(
        r(
            "Wir beraten unabhängig von Herkunft, Religion und Aufenthaltsstatus – vertraulich "
            "und kostenlos.",
            "We advise regardless of origin, religion or residence status – confidentially and "
            "free of charge.",
        ),
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("beratung", "wohnen"),
    website="https://caritas-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t("Beratungszentrum Altstadt", "Counselling centre Altstadt"),
            street_address="Domplatz 4",
            district="altstadt",
            transport_hint=t("Straßenbahn 4, Haltestelle Domplatz", "Tram 4, stop Domplatz"),
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
            name=t("Beratungsstelle Nordstadt", "Counselling office Nordstadt"),
            street_address="Nordring 27",
            district="nordstadt",
            transport_hint=t("Bus 12, Haltestelle Nordring", "Bus 12, stop Nordring"),
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
            t("Flüchtlingsberatung", "Refugee counselling"),
            "s.haddad@caritas-lindenstadt.example.org",
            "+49 30 23126 104",
            ("deutsch", "arabisch", "englisch"),
        ),
    ),
)

DIAKONIE = OrganisationSpec(
    key="diakonie",
    title=t("Diakonisches Werk Lindenstadt", "Diakonie Lindenstadt"),
    slug=t("diakonie-lindenstadt", "diakonie-lindenstadt"),
    summary=t(
        "Sozialberatung, Wohnungsnotfallhilfe und Begleitung von Familien.",
        "Social counselling, help for people at risk of losing their home, support for families.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("beratung", "wohnen", "begleitung"),
    website="https://diakonie-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t("Haus der Diakonie", "Diakonie house"),
            street_address="Kirchstraße 9",
            district="altstadt",
            barrier_free=BarrierFree.YES,
            by_appointment=True,
            hours=(weekly((MO, WE, FR), time(9), time(12), "deutsch", "russisch", "ukrainisch"),),
        ),
        OfficeSpec(
            name=t("Stadtteilbüro Südviertel", "District office Südviertel"),
            street_address="Gartenweg 3",
            district="suedviertel",
            barrier_free=BarrierFree.NO,
            hours=(weekly((TH,), time(14), time(17, 30), "deutsch", "tuerkisch"),),
        ),
        OfficeSpec(
            name=t("Wohnungslosenhilfe Am Bahnhof", "Housing help at the station"),
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
    title=t("Ausländerbehörde der Stadt Lindenstadt", "Immigration office of Lindenstadt"),
    slug=t("auslaenderbehoerde", "immigration-office"),
    summary=t(
        "Aufenthaltstitel, Verlängerungen, Duldungen und Verpflichtungserklärungen.",
        "Residence permits, extensions, toleration documents and formal obligations.",
    ),
    kind=OrganisationKind.PUBLIC_OFFICE,
    website="https://www.lindenstadt.example.org/auslaenderbehoerde",
    offices=(
        OfficeSpec(
            name=t("Bürgeramt II, Ausländerbehörde", "Citizens' office II, immigration office"),
            street_address="Rathausplatz 2",
            district="altstadt",
            transport_hint=t("Straßenbahn 4, Haltestelle Rathaus", "Tram 4, stop Rathaus"),
            barrier_free=BarrierFree.YES,
            accessibility_note=_LIFT,
            by_appointment=True,
            appointment_note=t(
                "Termine nur online über das Terminportal der Stadt",
                "Appointments only online via the city's booking portal",
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
            t("Allgemeine Anfragen", "General enquiries"),
            "auslaenderbehoerde@lindenstadt.example.org",
            "+49 30 23120 400",
        ),
    ),
)

JOBCENTER = OrganisationSpec(
    key="jobcenter",
    title=t("Jobcenter Lindenstadt", "Jobcenter Lindenstadt"),
    slug=t("jobcenter", "jobcenter"),
    summary=t(
        "Bürgergeld, Vermittlung in Arbeit und Ausbildung, Förderung von Sprachkursen.",
        "Citizen's benefit, placement in jobs and apprenticeships, funding for language courses.",
    ),
    kind=OrganisationKind.PUBLIC_OFFICE,
    services=("arbeit",),
    website="https://jobcenter-lindenstadt.example.org",
    offices=(
        OfficeSpec(
            name=t("Jobcenter, Hauptstelle", "Jobcenter, main office"),
            street_address="Hafenstraße 60",
            district="hafen",
            transport_hint=t("Bus 7, Haltestelle Hafenamt", "Bus 7, stop Hafenamt"),
            barrier_free=BarrierFree.YES,
            hours=(
                weekly((MO, TU, WE, FR), time(8), time(12, 30)),
                weekly((TH,), time(14), time(18)),
            ),
        ),
        OfficeSpec(
            name=t("Jobcenter, Team Neuzugewanderte", "Jobcenter, team for newcomers"),
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
            t("Integrationscoach", "Integration coach"),
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
    title=t("Jugendmigrationsdienst (JMD)", "Youth migration service (JMD)"),
    slug=t("jugendmigrationsdienst", "youth-migration-service"),
    summary=t(
        "Begleitung für junge Menschen von 12 bis 27: Schule, Ausbildung, Studium.",
        "Support for young people aged 12 to 27: school, apprenticeship, university.",
    ),
    kind=OrganisationKind.COUNSELLING_CENTRE,
    services=("kinder-jugend", "arbeit"),
    offices=(
        OfficeSpec(
            name=t("JMD im Jugendzentrum Westend", "JMD at the Westend youth centre"),
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
            t("Jugendmigrationsberater", "Youth migration counsellor"),
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
    title=t("Psychosoziales Zentrum für Geflüchtete", "Psychosocial centre for refugees"),
    slug=t("psychosoziales-zentrum", "psychosocial-centre"),
    summary=t(
        "Psychotherapie und Beratung für traumatisierte Geflüchtete, mit Sprachmittlung.",
        "Psychotherapy and counselling for traumatised refugees, with language mediation.",
    ),
    kind=OrganisationKind.COUNSELLING_CENTRE,
    services=("gesundheit", "beratung"),
    offices=(
        OfficeSpec(
            name=t("PSZ Rosenhöhe", "PSZ Rosenhöhe"),
            street_address="Rosenweg 17",
            district="rosenhoehe",
            barrier_free=BarrierFree.PARTLY,
            accessibility_note=_RAMP,
            opens_on_holidays=True,
            by_appointment=True,
            appointment_note=t(
                "Erstgespräche nach telefonischer Anmeldung",
                "First interviews after registering by phone",
            ),
            hours=(
                weekly((MO, WE), time(10), time(12), "deutsch", "arabisch", "farsi", mediator=True),
            ),
        ),
    ),
    contacts=(
        ContactSpec(
            "Dr. Miriam Sander",
            t("Psychologische Leitung", "Head psychologist"),
            "kontakt@psz-lindenstadt.example.org",
            "+49 30 23126 610",
            ("deutsch", "englisch"),
        ),
    ),
)

RECHTSHILFE = OrganisationSpec(
    key="rechtshilfe",
    title=t("Refugee Law Clinic Lindenstadt", "Refugee Law Clinic Lindenstadt"),
    slug=t("refugee-law-clinic", "refugee-law-clinic"),
    summary=t(
        "Studierende beraten unter Anleitung von Anwältinnen zum Asyl- und Aufenthaltsrecht.",
        "Students, supervised by lawyers, advise on asylum and residence law.",
    ),
    kind=OrganisationKind.INITIATIVE,
    services=("beratung",),
    offices=(
        OfficeSpec(
            name=t("Sprechstunde an der Universität", "Office hours at the university"),
            street_address="Universitätsplatz 1, Raum 112",
            district="westend",
            barrier_free=BarrierFree.YES,
            hours=(weekly((WE,), time(16), time(19), "deutsch", "englisch", "franzoesisch"),),
            closures=(ClosureSpec(8, 1, 31, t("Semesterferien", "Semester break")),),
        ),
    ),
    links=((_NEWSLETTER, "https://rlc-lindenstadt.example.org/newsletter"),),
)

MOSCHEE = OrganisationSpec(
    key="moschee",
    title=t("Islamische Gemeinde Lindenstadt e. V.", "Islamic Community Lindenstadt"),
    slug=t("islamische-gemeinde", "islamic-community"),
    summary=t(
        "Moscheegemeinde mit Hausaufgabenhilfe, Frauenfrühstück und Begleitung zu Ämtern.",
        "Mosque community with homework help, women's breakfast and accompaniment to offices.",
    ),
    kind=OrganisationKind.RELIGIOUS_COMMUNITY,
    services=("begleitung", "kinder-jugend"),
    offices=(
        OfficeSpec(
            name=t("Moschee Am Bahnhof", "Mosque at the station"),
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
            t("Vorsitzender", "Chair"),
            "info@ig-lindenstadt.example.org",
            "+49 30 23126 700",
            ("deutsch", "tuerkisch", "arabisch"),
        ),
    ),
)

SPORTVEREIN = OrganisationSpec(
    key="sportverein",
    title=t("SV Eichkamp 1912 e. V.", "SV Eichkamp 1912"),
    slug=t("sv-eichkamp", "sv-eichkamp"),
    summary=t(
        "Fußball, Boxen und Schwimmen für alle – das erste Jahr ist für Neuzugewanderte "
        "beitragsfrei.",
        "Football, boxing and swimming for everyone – the first year is free for newcomers.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("sport",),
    website="https://sv-eichkamp.example.org",
    offices=(
        OfficeSpec(
            name=t("Vereinsheim am Sportplatz", "Clubhouse at the sports ground"),
            street_address="Waldstraße 120",
            district="eichkamp",
            barrier_free=BarrierFree.YES,
            hours=(weekly((TU, TH), time(17), time(19)),),
        ),
    ),
    contacts=(
        ContactSpec(
            "Mehmet Yıldız",
            t("Integrationsbeauftragter", "Integration officer"),
            "integration@sv-eichkamp.example.org",
            "",
            ("deutsch", "tuerkisch", "kurmanci"),
        ),
    ),
    links=((_INSTAGRAM, "https://www.instagram.com/sv_eichkamp_demo"),),
)

SPRACHSCHULE = OrganisationSpec(
    key="sprachschule",
    title=t("Sprachschule Brücke", "Brücke language school"),
    slug=t("sprachschule-bruecke", "bruecke-language-school"),
    summary=t(
        "Integrationskurse, Alphabetisierung und Berufssprachkurse von A1 bis C1.",
        "Integration courses, literacy courses and job-related German from A1 to C1.",
    ),
    kind=OrganisationKind.OTHER,
    services=("sprache",),
    website="https://sprachschule-bruecke.example.org",
    offices=(
        OfficeSpec(
            name=t("Kursbüro Altstadt", "Course office Altstadt"),
            street_address="Lange Straße 33",
            district="altstadt",
            barrier_free=BarrierFree.PARTLY,
            accessibility_note=_LIFT,
            hours=(weekly(MON_THU, time(9), time(12), "deutsch", "englisch", "russisch"),),
        ),
        OfficeSpec(
            name=t("Kursbüro Ostfeld", "Course office Ostfeld"),
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
    title=t("Rainbow Refugees Lindenstadt", "Rainbow Refugees Lindenstadt"),
    slug=t("rainbow-refugees", "rainbow-refugees"),
    summary=t(
        "Selbstorganisation von LSBTIQ*-Geflüchteten: Treffen, Peer-Beratung, Begleitung.",
        "Self-organisation of LGBTQ+ refugees: meetings, peer counselling, accompaniment.",
    ),
    kind=OrganisationKind.INITIATIVE,
    services=("begleitung", "beratung"),
    offices=(
        OfficeSpec(
            name=t("Treffpunkt im Queeren Zentrum", "Meeting point at the queer centre"),
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
    title=t("AWO Familienzentrum Ostfeld", "AWO family centre Ostfeld"),
    slug=t("awo-familienzentrum", "awo-family-centre"),
    summary=t(
        "Eltern-Kind-Gruppen, Kita-Beratung und Familiencafé.",
        "Parent-and-child groups, advice on day care and a family café.",
    ),
    kind=OrganisationKind.ASSOCIATION,
    services=("kinder-jugend", "beratung"),
    offices=(
        OfficeSpec(
            name=t("Familienzentrum", "Family centre"),
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
    title=t("Sozialamt, Leistungen nach dem AsylbLG"),
    slug=t("sozialamt-asylblg"),
    summary=t("Leistungen für Asylsuchende, Krankenscheine und Unterbringung."),
    kind=OrganisationKind.PUBLIC_OFFICE,
    services=("wohnen", "gesundheit"),
    offices=(
        OfficeSpec(
            name=t("Sozialamt, Haus B"),
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
    title=t("Kurdisches Kulturhaus e. V."),
    slug=t("kurdisches-kulturhaus"),
    summary=t("Kulturverein mit Sprachkursen, Musikgruppe und Hilfe beim Ausfüllen von Anträgen."),
    kind=OrganisationKind.ASSOCIATION,
    services=("kultur", "begleitung"),
    offices=(
        OfficeSpec(
            name=t("Vereinsräume Nordstadt"),
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
