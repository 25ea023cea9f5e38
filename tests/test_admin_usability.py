"""An admin that explains itself: help text, block previews, page previews, checks, scheduling."""

import datetime

import pytest
from django.core.management import call_command
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.blocks import Block
from wagtail.models import Page

from booking.models import CallBackPage
from clinic.models import ClinicSettings, Location
from clinical_review.models import ClinicalReviewSettings
from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ContactPage,
    HomePage,
    LocationIndexPage,
    StandardPage,
    TeamIndexPage,
)
from people.models import Clinician
from tests.html import soup

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    ArticleIndexPage,
    ArticlePage,
    StandardPage,
    ContactPage,
    LocationIndexPage,
    TeamIndexPage,
    CallBackPage,
]


@pytest.mark.parametrize("model", [*PAGE_TYPES, ClinicSettings, ClinicalReviewSettings, Clinician, Location])
def test_every_field_staff_edit_has_help_text(model):
    inherited = {field.name for field in Page._meta.get_fields()}
    missing = [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.Field)
        and field.editable
        and not field.auto_created
        and field.name not in inherited
        and field.name not in {"site", "page_ptr"}
        and not field.help_text
    ]
    assert missing == []


def test_article_editor_is_split_into_tabs(admin_client, fibromyalgia):
    page = soup(admin_client.get(reverse("wagtailadmin_pages:edit", args=[fibromyalgia.pk])))
    tabs = [tab.get_text(strip=True).removesuffix("()") for tab in page.select("[role=tab]")]
    assert tabs[:4] == ["Content", "Clinical review", "Promote", "Settings"]


def test_blocks_are_grouped_described_and_have_icons():
    body = ArticlePage._meta.get_field("body").stream_block
    for name, block in body.child_blocks.items():
        assert block.meta.icon not in (None, "placeholder"), name
        assert block.meta.description, name
        assert block.meta.group in {"Text", "Media", "Patient help"}, name


def test_block_previews_render_with_the_site_styles(admin_client):
    body = ArticlePage._meta.get_field("body").stream_block
    previewable = [block for block in body.child_blocks.values() if getattr(block.meta, "preview_value", None)]
    assert len(previewable) >= 5
    for block in previewable:
        block_id = next(key for key, value in Block.definition_registry.items() if value is block)
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block_id})
        assert response.status_code == 200, block.name
        assert b"css/site.css" in response.content


@pytest.mark.parametrize("model", PAGE_TYPES)
def test_every_page_type_previews(model):
    page = model.objects.live().first()
    for mode in page.preview_modes:
        response = page.make_preview_request(preview_mode=mode[0])
        assert response.status_code == 200
        assert page.title.encode() in response.content or b"<h1" in response.content


def test_the_admin_preview_panel_is_on_for_every_page_type(admin_client, home):
    for page in home.get_descendants(inclusive=True).specific():
        edit = soup(admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
        assert edit.find(attrs={"data-side-panel": "preview"}), page.title
        assert edit.find(attrs={"data-side-panel": "checks"}), page.title  # accessibility and content checks


def test_staff_see_the_content_checker_on_public_pages(admin_client, client, fibromyalgia):
    assert b'id="checker-trigger"' in admin_client.get(fibromyalgia.url).content
    assert b"checker-trigger" not in client.get(fibromyalgia.url).content  # never for patients


def test_scheduled_publishing_waits_for_its_time(fibromyalgia):
    fibromyalgia.title = "Ketamine and fibromyalgia: what to know"
    fibromyalgia.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = fibromyalgia.save_revision()
    revision.publish()
    call_command("publish_scheduled")
    assert Page.objects.get(pk=fibromyalgia.pk).title == "Ketamine therapy for fibromyalgia"

    # An hour later: the scheduled time has passed.
    revision.refresh_from_db()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content = {**revision.content, "go_live_at": past.isoformat()}
    revision.save()
    call_command("publish_scheduled")
    assert Page.objects.get(pk=fibromyalgia.pk).title == "Ketamine and fibromyalgia: what to know"


def test_clinic_settings_are_grouped_for_staff(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["clinic", "clinicsettings", site.pk])
    headings = {h.get_text(strip=True) for h in soup(admin_client.get(url)).select("h2, h3, legend")}
    for heading in ("Contact details", "Online booking", "In Spanish", "Health content", "Footer links"):
        assert heading in headings
