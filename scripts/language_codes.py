"""Print the configured language codes (HUB_LANGUAGES or the default list), followed by
those of any other catalog under locale/ (see ``with_catalogs``).

``--flags`` prints them as ``-l de -l en …`` for ``manage.py makemessages``. Reads only
hub/settings/languages.py, so it needs no database and no Django setup.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hub.settings.languages import parse_codes, with_catalogs  # noqa: E402

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
codes = with_catalogs(parse_codes(os.environ.get("HUB_LANGUAGES")), LOCALE_DIR)
if "--flags" in sys.argv[1:]:
    sys.stdout.write(" ".join(f"-l {code}" for code in codes) + "\n")
else:
    sys.stdout.write(" ".join(codes) + "\n")
