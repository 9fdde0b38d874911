"""Texts that appear on several demo objects."""

from hub.demo.texts import plain

SITE_NAME = plain(
    de="Netzwerk Willkommen Lindenstadt",
    en="Welcome Network Lindenstadt",
    ar="شبكة الترحيب في ليندنشتات",
    fa="شبکهٔ خوشامدگویی لیندن‌اشتات",
    fr="Réseau Bienvenue Lindenstadt",
    easy="Netzwerk Willkommen Lindenstadt",
)

EMAIL = "kontakt@example.org"
PHONE = "+49 30 23125 210"

TEL = "tel:" + PHONE.replace(" ", "")
MAILTO = f"mailto:{EMAIL}"
