"""The clinicians shown on the site, loaded whole so that the team page and profiles can be cached."""

from django.db.models import Prefetch
from wagtail.images.models import Filter

from clinic.models import Location

from .models import Clinician

# The photo sizes the team page and profiles show (see their templates), made before the list is cached so
# that showing them needs no query.
PHOTO_SPECS = [
    f"format-{image_format}|fill-{size}" for image_format in ("webp", "jpeg") for size in ("160x160", "320x320")
]


def team():
    """Published clinicians with a profile, by name, with their photos' renditions and their published
    locations."""
    clinicians = Clinician.objects.filter(show_profile=True, live=True).select_related("photo")
    for clinician in clinicians:
        if clinician.photo:
            clinician.photo.get_renditions(*(Filter(spec) for spec in PHOTO_SPECS))
    live_locations = Prefetch("locations", queryset=Location.objects.filter(live=True))
    return list(clinicians.prefetch_related("photo__renditions", live_locations))
