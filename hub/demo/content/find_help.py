"""The "find help" page: offices of the member organisations by need, district and language."""

from hub.demo.organisation_specs import OrganisationIndexSpec
from hub.demo.specs import paragraph
from hub.demo.texts import plain, rich

FIND_HELP = OrganisationIndexSpec(
    key="find-help",
    title=plain(
        de="Hilfe finden",
        en="Find help",
        ar="ابحث عن مساعدة",
        fa="یافتن کمک",
        fr="Trouver de l'aide",
        easy="Hilfe finden",
    ),
    slug=plain(
        de="hilfe-finden",
        en="find-help",
        ar="find-help",
        fa="find-help",
        fr="find-help",
        easy="hilfe-finden",
    ),
    intro=paragraph(
        rich(
            de="Wobei brauchen Sie Hilfe, in welchem Stadtteil und in welcher Sprache? "
            "Hier finden Sie die passenden Beratungsstellen – und ob sie gerade geöffnet "
            "haben.",
            en="What do you need help with, in which district and in which language? Here "
            "you find the right offices — and whether they are open right now.",
            ar="بماذا تحتاج إلى المساعدة، وفي أي حي، وبأي لغة؟ هنا تجد مراكز الاستشارة "
            "المناسبة، وتعرف إن كانت مفتوحة الآن.",
            fa="در چه زمینه‌ای، در کدام محله و به چه زبانی به کمک نیاز دارید؟ اینجا مراکز "
            "مشاوره مناسب را پیدا می‌کنید و می‌بینید که آیا همین حالا باز هستند.",
            fr="De quelle aide avez-vous besoin, dans quel quartier et dans quelle langue ? "
            "Vous trouverez ici les permanences qui conviennent — et si elles sont ouvertes "
            "en ce moment.",
            easy="Sie brauchen Hilfe? Hier finden Sie Stellen für Beratung. Beratung "
            "bedeutet: Sie haben Fragen. Eine Fachfrau oder ein Fachmann "
            "beantwortet Ihre Fragen. Sie können hier wählen: Bei welchem Thema "
            "brauchen Sie Hilfe? In welchem Stadtteil? In welcher Sprache? Sie "
            "sehen auch: Diese Stelle ist jetzt offen.",
        ),
    ),
    after="organisations",
)
