from django.db import models
from django.db.models import F
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
            models.UniqueConstraint(fields=["day", "source_page"], name="one_booking_count_per_day_and_page")
        ]

    def __str__(self):
        return f"{self.day}: {self.count}"

    @classmethod
    def record(cls, source_page):
        row, created = cls.objects.get_or_create(
            day=timezone.localdate(), source_page=source_page, defaults={"count": 1}
        )
        if not created:
            # Incremented in the database, so simultaneous clicks are all counted.
            cls.objects.filter(pk=row.pk).update(count=F("count") + 1)
