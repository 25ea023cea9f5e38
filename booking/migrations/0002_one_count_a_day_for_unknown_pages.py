from django.conf import settings
from django.db import migrations, models
from django.db.models import Count, Sum


def merge_unknown_page_counts(apps, schema_editor):
    """Days with several rows for an unknown page (simultaneous first clicks made them) become one row."""
    BookingClick = apps.get_model("booking", "BookingClick")
    unknown = BookingClick.objects.filter(source_page__isnull=True)
    for day in unknown.values("day").annotate(rows=Count("id")).filter(rows__gt=1).values_list("day", flat=True):
        rows = unknown.filter(day=day).order_by("id")
        total = rows.aggregate(total=Sum("count"))["total"]
        keep = rows.first()
        rows.exclude(pk=keep.pk).delete()
        BookingClick.objects.filter(pk=keep.pk).update(count=total)


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0001_initial"),
        ("pages", "0002_move_capabilities_to_their_apps"),  # which gives this app its table
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(merge_unknown_page_counts, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="bookingclick",
            constraint=models.UniqueConstraint(
                condition=models.Q(("source_page__isnull", True)),
                fields=("day",),
                name="one_unknown_page_booking_count_per_day",
            ),
        ),
    ]
