"""A deleted page's booking counts are kept, as clicks from an unknown page."""

from django.db.models.signals import pre_delete
from wagtail.models import Page

from .models import BookingClick


def keep_counts_of_deleted_page(sender, instance, **kwargs):
    for row in BookingClick.objects.filter(source_page=instance):
        row.delete()
        BookingClick.record(None, day=row.day, count=row.count)


def register_signal_handlers():
    pre_delete.connect(keep_counts_of_deleted_page, sender=Page, dispatch_uid="booking-keep-counts-of-deleted-page")
