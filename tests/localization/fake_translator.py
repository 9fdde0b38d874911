"""A machine translator for tests: deterministic, offline, recognisable.

Implements wagtail-localize's ``BaseMachineTranslator`` like the DeepL class the site uses
when ``DEEPL_API_KEY`` is set; configured with ``override_settings`` where a test needs it.
"""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

PATH = "tests.localization.fake_translator.FakeTranslator"


def fake_translation(text: str, code: str) -> str:
    return f"[{code}] {text}"


class FakeTranslator(BaseMachineTranslator):
    """Prefixes every string with the target language code in brackets."""

    display_name = "Fake translator"

    def translate(self, source_locale, target_locale, strings):
        code = target_locale.language_code
        return {string: StringValue(fake_translation(string.data, code)) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
