"""Adding to a count kept per day (booking clicks, call-back requests, page views, visit sources).

Added in the database (UPDATE … SET n = n + k), so that simultaneous additions from every process are
all counted. The day's first additions race to insert the row; the model's unique constraint lets one
win, and the others add theirs to it.
"""

from django.db import IntegrityError, transaction
from django.db.models import F


def add_to_daily_count(model, field, amount, **key):
    """`amount` more in `model`'s `field` on the row named by `key` (its day included), made if missing."""
    rows = model.objects.filter(**key)
    if rows.update(**{field: F(field) + amount}):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **{field: amount})
    except IntegrityError:
        rows.update(**{field: F(field) + amount})
