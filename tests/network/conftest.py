from tests.network.compass_data import at, compass  # noqa: F401 - fixtures
from tests.network.finder_data import finder_site  # noqa: F401 - fixture
