"""Print the configured language codes (HUB_LANGUAGES or the default list).

``--flags`` prints them as ``-l de -l en …`` for ``manage.py makemessages``. Reads only
hub/settings/languages.py, so it needs no database and no Django setup.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hub.settings.languages import parse_codes  # noqa: E402

codes = parse_codes(os.environ.get("HUB_LANGUAGES"))
if "--flags" in sys.argv[1:]:
    sys.stdout.write(" ".join(f"-l {code}" for code in codes) + "\n")
else:
    sys.stdout.write(" ".join(codes) + "\n")
