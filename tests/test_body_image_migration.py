"""Body images saved before the body used Wagtail's ImageBlock keep their image, alt text, decorative flag
and caption: in the live page and in every revision, and in the HTML patients get."""

import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from pages.blocks import BodyBlock

BEFORE = ("pages", "0009_body_text_keeps_pasted_headings")
AFTER = ("pages", "0010_body_images_keep_their_alt_text")


def old_image(image, alt_text, decorative=False, caption=""):
    """A body image as the body stored it before."""
    value = {"image": image.pk, "alt_text": alt_text, "decorative": decorative, "caption": caption}
    return {"type": "image", "value": value, "id": str(uuid.uuid4())}


def build_old_shape(apps, described, decorative):
    """An article whose live body and revisions hold images in the old shape."""
    Page = apps.get_model("wagtailcore", "Page")
    home = Page.objects.filter(depth=2).first()
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="pages", model="articlepage"
    )[0]
    live = [old_image(described, "The waiting room", caption="Our waiting room"), old_image(decorative, "", True)]
    draft = [old_image(described, "The waiting room, with chairs")]
    article = apps.get_model("pages", "ArticlePage").objects.create(
        title="Your first visit",
        slug="your-first-visit",
        path=home.path + "ZZZZ",
        depth=3,
        content_type=content_type,
        locale_id=home.locale_id,
        translation_key=uuid.uuid4(),
        url_path=home.url_path + "your-first-visit/",
        summary="What happens at your first visit.",
        body=json.dumps(live),
    )
    revisions = apps.get_model("wagtailcore", "Revision").objects
    common = {
        "content_type": content_type,
        "base_content_type_id": home.content_type_id,
        "object_id": str(article.pk),
        "created_at": timezone.now(),
    }
    older = revisions.create(**common, content={"title": article.title, "body": json.dumps(live[:1])})
    newest = revisions.create(**common, content={"title": article.title, "body": json.dumps(draft)})
    article.live_revision, article.latest_revision = older, newest
    article.save()
    return article.pk, [older.pk, newest.pk]


def images_in(raw_body):
    return [child["value"] for child in raw_body if child["type"] == "image"]


@pytest.mark.django_db(transaction=True)
def test_body_images_keep_their_alt_text_in_the_page_and_every_revision(migrator):
    old = migrator.apply_initial_migration(BEFORE)
    described = Image.objects.create(title="Waiting room", file=get_test_image_file())
    decorative = Image.objects.create(title="Pattern", file=get_test_image_file())
    article_pk, revision_pks = build_old_shape(old.apps, described, decorative)

    new = migrator.apply_tested_migration(AFTER)
    article = new.apps.get_model("pages", "ArticlePage").objects.get(pk=article_pk)
    live = images_in(article.body.raw_data)
    assert live == [
        {
            "image": {"image": described.pk, "alt_text": "The waiting room", "decorative": False},
            "caption": "Our waiting room",
        },
        {"image": {"image": decorative.pk, "alt_text": "", "decorative": True}, "caption": ""},
    ]
    revisions = new.apps.get_model("wagtailcore", "Revision").objects.in_bulk(revision_pks)
    older, newest = (images_in(json.loads(revisions[pk].content["body"])) for pk in revision_pks)
    assert older == live[:1]
    assert newest[0]["image"] == {
        "image": described.pk,
        "alt_text": "The waiting room, with chairs",
        "decorative": False,
    }

    # What patients get from the migrated body: the alt text, and alt="" for the decorative image.
    body = BodyBlock()
    html = BeautifulSoup(body.render(body.to_python(article.body.raw_data)), "html.parser")
    assert [img["alt"] for img in html.select("figure img")] == ["The waiting room", ""]
    assert html.figcaption.get_text() == "Our waiting room"
