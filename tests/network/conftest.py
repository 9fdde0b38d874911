from tests.network.finder_data import finder_site  # noqa: F401 - fixture
