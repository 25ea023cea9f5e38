"""Snippets that go live only when published: locations and clinicians.

Staff save drafts, preview the page patients will see, publish, and can bring back any earlier revision.
The record's own row holds the published values (a draft of a live record is kept in its revision), so the
site reads live records only and never shows a draft.
"""

from types import SimpleNamespace

from django.conf import settings
from django.db import models
from django.utils import translation
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin

# Saving a draft, or taking or releasing a lock, writes only these fields of a live record.
BOOKKEEPING_FIELDS = frozenset({"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by"})


class PublishedSnippet(DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    """A snippet with drafts, revisions, locking and a preview of its page in each language."""

    preview_template = ""  # the template of the record's own page on the site

    class Meta:
        abstract = True

    @property
    def page_title(self):
        """The title of the record's own page, in the page's language."""
        return str(self)

    @property
    def preview_modes(self):
        return [(code, f"{translation.get_language_info(code)['name']} page") for code, _name in settings.LANGUAGES]

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        # `subpage` stands for the listing page's route (pages.subpages.Subpage): the page's title, and no
        # address yet, so no canonical link, language links or structured data point at a draft.
        subpage = SimpleNamespace(title=self.page_title, description="", url="", versions={}, structured_data=[])
        return {"request": request, "entry": self, "subpage": subpage}

    def serve_preview(self, request, mode_name):
        with translation.override(mode_name):
            return super().serve_preview(request, mode_name).render()


def changes_live_content(update_fields):
    """False for a save that only records a draft or a lock: what patients see is unchanged."""
    return not (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS)
