from tests.network.compass_data import compass  # noqa: F401 - fixture
from tests.network.finder_data import finder_site  # noqa: F401 - fixture
