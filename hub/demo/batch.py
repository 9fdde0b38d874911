"""Save the demo in one batch: index each object once, create no redirects.

Building the demo saves a page several times (created, revised, published, then again for
each translation), and Wagtail would update the search index and the reference index after
every single save. Collecting what was saved and indexing each object once at the end
makes ``load_demo_data`` markedly faster. Redirects are left out because wagtail-localize
saves a new translation under the source slug before renaming it: Wagtail would record a
redirect from an address that never went public, dozens of them on a fresh load.
"""

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from django.test.utils import override_settings
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends
from modelsearch.index import class_is_indexed, get_indexed_instance, get_indexed_models
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

Saved = set[tuple[str, str, str]]


def _index(saved: Saved) -> None:
    by_model: dict[type, set[str]] = defaultdict(set)
    for app_label, model_name, pk in saved:
        by_model[apps.get_model(app_label, model_name)].add(pk)

    # A page is saved both as its specific type and as wagtailcore.Page; both resolve to
    # the same indexed instance, which must go to the backend once (PostgreSQL's upsert
    # refuses a batch that touches one row twice).
    searchable: dict[type, dict] = defaultdict(dict)
    for model, pks in by_model.items():
        # Rows saved in a block that was rolled back are gone again.
        stored = model._default_manager.filter(pk__in=pks).order_by("pk")
        if model in ReferenceIndex.tracked_models:
            for pk in stored.values_list("pk", flat=True):
                update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)
        if class_is_indexed(model):
            for obj in stored:
                indexed = get_indexed_instance(obj)
                if indexed is not None:
                    searchable[type(indexed)][indexed.pk] = indexed
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in searchable.items():
            backend.add_bulk(model, list(objects.values()))


@contextmanager
def batch_saves() -> Iterator[None]:
    saved: Saved = set()

    def remember(sender, instance, raw=False, **kwargs) -> None:
        if not raw:
            saved.add((instance._meta.app_label, instance._meta.model_name, str(instance.pk)))

    post_save.connect(remember, weak=False, dispatch_uid="hub-demo-batch-saves")
    for model in get_indexed_models():
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        with (
            disable_reference_index_auto_update(),
            override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
        ):
            yield
    finally:
        post_save.disconnect(dispatch_uid="hub-demo-batch-saves")
        search_signals.register_signal_handlers()
        # Also after a failure: what was saved stays saved, and a rerun that finds it
        # unchanged would not save (and so not index) it again.
        _index(saved)
