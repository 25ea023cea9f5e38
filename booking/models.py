from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone


class BookingClick(models.Model):
    """How many times the booking button was used, per day and per page.

    Aggregate counts only: nothing about the visitor (no IP, cookie or user agent) is stored.
    """

    day = models.DateField()
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the button was on; empty when unknown.",
    )
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "booking click-through"
        constraints = [
            models.UniqueConstraint(fields=["day", "source_page"], name="one_booking_count_per_day_and_page"),
            # Databases let any number of rows share an empty page (NULLs are distinct): one row a day here too.
            models.UniqueConstraint(
                fields=["day"], condition=Q(source_page__isnull=True), name="one_unknown_page_booking_count_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.day}: {self.count}"

    @classmethod
    def record(cls, source_page, day=None, clicks=1):
        """`clicks` more on `day` (today) from this page (None: unknown), added in the database so that
        simultaneous clicks are all counted. The day's first clicks race to insert the row; the
        constraints let one win, and the others add theirs to it."""
        day = day or timezone.localdate()
        rows = cls.objects.filter(day=day, source_page=source_page)
        if rows.update(count=F("count") + clicks):
            return
        try:
            with transaction.atomic():
                cls.objects.create(day=day, source_page=source_page, count=clicks)
        except IntegrityError:
            rows.update(count=F("count") + clicks)
