"""Running the site's mail queue (``hub.core.mail``) inside a test.

Every e-mail is a task on the ``mail`` backend, enqueued once the transaction commits:
tests run the on-commit callbacks (``django_capture_on_commit_callbacks(execute=True)``,
or a transactional test), then ``run_mail_queue``, and read ``mail.outbox``;
``mail_delivered()`` does both around a block.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.test import TestCase
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

WORKER_ID = "pytest"


def run_mail_queue() -> int:
    """Run every ready task of the ``mail`` backend, as ``db_worker --batch`` does (its
    loop also recycles database connections, which a test's transaction forbids)."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="mail",
        startup_delay=False,
        max_tasks=None,
        worker_id=WORKER_ID,
        excluded_queue_names=[],
    )
    ran = 0
    while True:
        with exclusive_transaction():
            task = DBTaskResult.objects.ready().filter(backend_name="mail").get_locked()
            if task is not None:
                task.claim(WORKER_ID)
        if task is None:
            return ran
        worker.run_task(task)
        ran += 1


@contextmanager
def mail_delivered() -> Iterator[None]:
    """Run what the block left for after its commit, then the mail queue."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield
    run_mail_queue()
