"""People registered for the next network meeting and for the (full) cooking evening.

Names as people type them, some in Arabic or Persian script; e-mail addresses under
example.org. Interpretation is stored as the registration form stores it: the language's
German name, which is what the editors read, and its code. Some come as a family or with a
friend (``party_size``); the meeting's 30 seats and the cooking evening's 6 seats
hold everyone confirmed.
"""

from hub.demo.event_specs import RegistrantSpec

MEETING_REGISTRANTS = (
    RegistrantSpec(
        "Katrin Vogel", "katrin.vogel@example.org", "de", organisation="Sprachcafé im Lindenhof"
    ),
    RegistrantSpec(
        "سامر الحلبي",
        "samer.halabi@example.org",
        "ar",
        organisation="Rainbow Refugees Lindenstadt",
        interpretation_into="Arabisch",
        interpretation_code="ar",
        party_size=2,
    ),
    RegistrantSpec(
        "زهرا حسینی",
        "zahra.hosseini@example.org",
        "fa",
        organisation="Frauencafé Salam",
        interpretation_into="Farsi",
        interpretation_code="fa",
        party_size=3,
    ),
    RegistrantSpec(
        "Jean-Baptiste Mukendi",
        "jb.mukendi@example.org",
        "fr",
        organisation="Chor der Nationen",
    ),
    RegistrantSpec(
        "Olena Kovalenko",
        "olena.kovalenko@example.org",
        "en",
        organisation="Willkommenspunkt Ukraine",
    ),
    RegistrantSpec(
        "Thomas Berger",
        "thomas.berger@example.org",
        "de",
        organisation="Jobcenter Lindenstadt",
        accessibility_needs="Ich komme mit dem Rollstuhl.",
    ),
    RegistrantSpec("Amina Yusuf", "amina.yusuf@example.org", "en"),
    RegistrantSpec(
        "فاطمة نصر",
        "fatima.nasr@example.org",
        "ar",
        organisation="Mutter-Kind-Gruppe",
        interpretation_into="Arabisch",
        interpretation_code="ar",
        party_size=4,
    ),
    RegistrantSpec(
        "Mehmet Aydın", "mehmet.aydin@example.org", "de", organisation="Fußball für alle"
    ),
)

# Six places at the stove: six confirmed, a mother and her daughter on the waiting list.
COOKING_REGISTRANTS = (
    RegistrantSpec("علی رضایی", "ali.rezaei@example.org", "fa"),
    RegistrantSpec("Mariam Haddad", "mariam.haddad@example.org", "ar"),
    RegistrantSpec("Lena Schmidt", "lena.schmidt@example.org", "de"),
    RegistrantSpec("Yusuf Demir", "yusuf.demir@example.org", "de"),
    RegistrantSpec("Grace Okafor", "grace.okafor@example.org", "en"),
    RegistrantSpec("نور الهدى سليمان", "nour.suleiman@example.org", "ar"),
    RegistrantSpec(
        "Sophie Martin", "sophie.martin@example.org", "fr", waitlisted=True, party_size=2
    ),
)
