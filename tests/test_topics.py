"""Topics as patients and staff meet them: the Conditions and treatments A–Z page and a page per topic in both
languages, articles tagged by editors (and their Spanish translations with them), related reading at the end of
each article, the home page's condition cards, JSON-LD, the sitemap, the CDN and the page budget."""

import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from pages.models import ArticlePage, ArticlePageRelatedArticle, TopicIndexPage
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS, setup_roles
from tests.admin_forms import form_data
from tests.html import soup, visible_text
from tests.test_cdn_purge import purged
from topics.models import Topic

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 10
AZ, AZ_ES = "/topics/", "/es/temas/"


def json_ld(response):
    return json.loads(soup(response).find("script", type="application/ld+json").string)["@graph"]


def entry(graph, kind):
    return next(item for item in graph if item["@type"] == kind)


def queries_for(client, url):
    """Queries for a page once the per-site caches are warm (copied from test_speed_budgets)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def card_titles(response, selector=".card__title"):
    return [title.get_text(strip=True) for title in soup(response).select(selector)]


def new_article(index, title, topics=(), last_reviewed=None, **fields):
    article = index.add_child(
        instance=ArticlePage(title=title, summary="A summary.", body=[], last_reviewed=last_reviewed, **fields)
    )
    article.topics = list(topics)
    article.save_revision().publish()
    return article


def topic(slug):
    return Topic.objects.get(slug=slug)


# The A–Z page and the topic pages


def test_the_a_to_z_page_lists_conditions_then_treatments_by_first_letter(client):
    page = soup(client.get(AZ))
    assert page.h1.get_text() == "Conditions and treatments A–Z"
    sections = page.select(".topic-group")
    assert [section.h2.get_text() for section in sections] == ["Conditions", "Treatments"]
    conditions = [a.get_text() for a in sections[0].select(".topic-card__name")]
    assert conditions == [
        "Chronic pain",
        "Complex regional pain syndrome (CRPS)",
        "Fibromyalgia",
        "Migraine",
        "Neuropathic pain",
    ]
    assert [h3.get_text() for h3 in sections[0].select("h3")] == ["C", "F", "M", "N"]
    treatments = [a.get_text() for a in sections[1].select(".topic-card__name")]
    assert treatments == ["Ketamine infusions", "Ketamine nasal spray", "Ketamine troches"]
    assert sections[0].find("a", string="Migraine")["href"] == AZ + "migraine/"


def test_the_spanish_a_to_z_page_sorts_by_the_spanish_names_and_links_to_spanish_addresses(client):
    page = soup(client.get(AZ_ES))
    assert page.html["lang"] == "es"
    assert [section.h2.get_text() for section in page.select(".topic-group")] == ["Afecciones", "Tratamientos"]
    conditions = [a.get_text() for a in page.select(".topic-group")[0].select(".topic-card__name")]
    # Accents aside: "Síndrome" sorts under S.
    assert conditions == [
        "Dolor crónico",
        "Dolor neuropático",
        "Fibromialgia",
        "Migraña",
        "Síndrome de dolor regional complejo (SDRC)",
    ]
    assert page.find("a", string="Migraña")["href"] == AZ_ES + "migrana/"


def test_a_topic_page_lists_its_live_articles_in_its_language_only(client, fibromyalgia, pain_article, article_index):
    draft = article_index.add_child(instance=ArticlePage(title="Draft on migraine", summary="s", body=[], live=False))
    draft.topics = [topic("migraine")]
    draft.save_revision()
    draft.save()  # the draft's tags stored, as a draft never reaches patients
    response = client.get(AZ + "migraine/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Migraine"
    assert "Attacks of severe headache" in page.select_one(".lead").get_text()
    assert card_titles(response) == [pain_article.title]
    assert card_titles(client.get(AZ + "chronic-pain/")) == [fibromyalgia.title, pain_article.title]
    spanish = client.get(AZ_ES + "migrana/")
    assert soup(spanish).h1.get_text() == "Migraña"
    assert card_titles(spanish) == ["Terapia con ketamina para el dolor crónico y la migraña"]


def test_a_topic_page_says_so_when_it_has_no_article_yet(client):
    Topic.objects.create(name="Depression", name_es="Depresión", kind="condition")
    text = visible_text(client.get(AZ + "depression/"))
    assert "We have no articles on this yet." in text
    assert "Todavía no tenemos artículos sobre esto." in visible_text(client.get(AZ_ES + "depresion/"))


@pytest.mark.parametrize(
    "url", [AZ + "migrana/", AZ_ES + "migraine/", AZ + "no-such-topic/", AZ + "migraine/extra/", AZ + "%C3%B1/"]
)
def test_an_unknown_or_other_language_address_is_a_not_found_page(client, url):
    assert client.get(url).status_code == 404


def test_a_topic_in_draft_or_unpublished_has_no_page_and_leaves_the_a_to_z(client):
    migraine = topic("migraine")
    migraine.unpublish()
    assert client.get(AZ + "migraine/").status_code == 404
    assert "Migraine" not in visible_text(client.get(AZ))
    assert "Migraña" not in visible_text(client.get(AZ_ES))


def test_a_topic_page_has_its_canonical_language_links_and_json_ld(client):
    page = soup(client.get(AZ_ES + "migrana/"))
    assert page.find("link", rel="canonical")["href"] == "http://localhost" + AZ_ES + "migrana/"
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate")}
    assert alternates["en"].endswith(AZ + "migraine/") and alternates["es"].endswith(AZ_ES + "migrana/")
    switcher = page.select_one(".language-switcher a")
    assert switcher["href"] == AZ + "migraine/"
    graph = json_ld(client.get(AZ_ES + "migrana/"))
    collection = entry(graph, "CollectionPage")
    assert collection["inLanguage"] == "es" and collection["name"] == "Migraña"
    assert collection["about"] == {
        "@type": "MedicalCondition",
        "name": "Migraña",
        "url": "http://localhost" + AZ_ES + "migrana/",
    }
    crumbs = entry(graph, "BreadcrumbList")["itemListElement"]
    assert [crumb["name"] for crumb in crumbs][-1] == "Afecciones y tratamientos de la A a la Z"


def test_a_treatment_is_typed_for_search_engines_as_a_drug_or_a_therapy(client):
    assert entry(json_ld(client.get(AZ + "ketamine-troches/")), "CollectionPage")["about"]["@type"] == "Drug"
    therapy = entry(json_ld(client.get(AZ + "ketamine-infusions/")), "CollectionPage")["about"]
    assert therapy["@type"] == "MedicalTherapy"


def test_the_sitemap_lists_every_topic_page_in_both_languages(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in [AZ, AZ + "migraine/", AZ + "ketamine-infusions/", AZ_ES, AZ_ES + "migrana/", AZ_ES + "sdrc/"]:
        assert f"{path}</loc>" in sitemap


# Articles: their topic links, JSON-LD and related reading


def test_an_article_links_to_its_topics_pages(client, fibromyalgia, fibromyalgia_es):
    links = soup(client.get(fibromyalgia.url)).select(".article-topics a")
    assert {link.get_text(): link["href"] for link in links} == {
        "Chronic pain": AZ + "chronic-pain/",
        "Fibromyalgia": AZ + "fibromyalgia/",
        "Ketamine infusions": AZ + "ketamine-infusions/",
    }
    spanish = {link.get_text() for link in soup(client.get(fibromyalgia_es.url)).select(".article-topics a")}
    assert spanish == {"Dolor crónico", "Fibromialgia", "Infusiones de ketamina"}


def test_the_article_tells_search_engines_what_it_is_about_and_what_it_mentions(client, fibromyalgia_es):
    page = entry(json_ld(client.get(fibromyalgia_es.url)), "MedicalWebPage")
    assert {item["name"]: item["@type"] for item in page["about"]} == {
        "Dolor crónico": "MedicalCondition",
        "Fibromialgia": "MedicalCondition",
    }
    assert page["mentions"] == [
        {
            "@type": "MedicalTherapy",
            "name": "Infusiones de ketamina",
            "url": "http://localhost" + AZ_ES + "infusiones-de-ketamina/",
        }
    ]


def test_conditions_typed_without_a_topic_still_reach_search_engines(client, article_index):
    article = new_article(
        article_index, "Untagged", [topic("migraine")], conditions_covered="Migraine\nPhantom limb pain"
    )
    about = entry(json_ld(client.get(article.url)), "MedicalWebPage")["about"]
    assert [item["name"] for item in about] == ["Migraine", "Phantom limb pain"]  # Migraine once, from its topic
    assert about[0]["url"].endswith(AZ + "migraine/") and "url" not in about[1]


def test_related_reading_is_articles_sharing_a_topic_most_recently_reviewed_first(client, article_index):
    today = timezone.localdate()
    headache = Topic.objects.create(name="Cluster headache", kind="condition")
    reading = new_article(article_index, "Reading", [headache])
    new_article(article_index, "Unrelated", [Topic.objects.create(name="Back pain")], last_reviewed=today)
    new_article(article_index, "Older review", [headache], last_reviewed=today - datetime.timedelta(days=90))
    new_article(article_index, "Newest review", [headache], last_reviewed=today)
    new_article(article_index, "Never reviewed", [headache])
    new_article(article_index, "Fourth", [headache], last_reviewed=today - datetime.timedelta(days=200))
    response = client.get(reading.url)
    related = soup(response).select_one(".related")
    assert related.h2.get_text() == "Related reading"
    assert card_titles(response, ".related .card__title") == ["Newest review", "Older review", "Fourth"]


def test_an_editors_choice_comes_first_in_their_order_and_only_while_live(client, article_index, fibromyalgia):
    reading = new_article(article_index, "Reading", [topic("migraine")])
    first, second = new_article(article_index, "Chosen first"), new_article(article_index, "Chosen second")
    reading.chosen_related = [
        ArticlePageRelatedArticle(article=second, sort_order=1),
        ArticlePageRelatedArticle(article=first, sort_order=0),
    ]
    reading.save_revision().publish()
    assert card_titles(client.get(reading.url), ".related .card__title") == ["Chosen first", "Chosen second"]
    first.unpublish()
    second.unpublish()
    # None of the choice is live: the automatic choice again.
    assert card_titles(client.get(reading.url), ".related .card__title") == [
        "Ketamine therapy for chronic pain and migraine"
    ]


def test_without_a_shared_topic_related_reading_is_the_articles_beside_it(client, article_index, fibromyalgia):
    alone = new_article(article_index, "Alone")
    titles = card_titles(client.get(alone.url), ".related .card__title")
    assert len(titles) == 2 and "Alone" not in titles


def test_the_spanish_article_suggests_spanish_articles(client, fibromyalgia_es):
    titles = card_titles(client.get(fibromyalgia_es.url), ".related .card__title")
    assert titles == ["Terapia con ketamina para el dolor crónico y la migraña"]


# Translating and tagging in the admin


def translate_and_publish(client, article):
    spanish = Locale.objects.get(language_code="es")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]), {"locales": [spanish.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=spanish)
    po = translation.export_po()
    for po_entry in po:
        po_entry.msgstr = "ES: " + po_entry.msgid
    translation.import_po(po)
    translation.save_target()
    target = article.get_translation(spanish).specific
    target.get_latest_revision().publish()  # as a reviewer's approval publishes it
    return target.specific_class.objects.get(pk=target.pk)


def test_a_translated_article_shows_under_the_same_topics_on_the_spanish_pages(admin_client, client, article_index):
    english = new_article(article_index, "Ketamine and migraine auras", [topic("migraine")])
    chosen = ArticlePage.objects.get(slug="ketamine-therapy-fibromyalgia")
    english.chosen_related = [ArticlePageRelatedArticle(article=chosen)]
    english.save_revision().publish()
    spanish = translate_and_publish(admin_client, english)
    assert list(spanish.topics.all()) == [topic("migraine")]
    assert "ES: Ketamine and migraine auras" in card_titles(client.get(AZ_ES + "migrana/"))
    # The editor's choice names the English article; the Spanish page suggests its Spanish version.
    assert card_titles(client.get(spanish.url), ".related .card__title") == [
        "Terapia con ketamina para la fibromialgia"
    ]
    # The wagtail-localize editor opens with the topics kept in step with the English.
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).status_code == 200

    english.topics = [topic("fibromyalgia")]
    english.save_revision().publish()
    translation = Translation.objects.get(source__object_id=english.translation_key)
    response = admin_client.post(reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {})
    assert response.status_code == 302
    translation = Translation.objects.get(pk=translation.pk)  # its source as the update left it
    translation.save_target()  # as the translation editor does when the translator is done
    spanish = ArticlePage.objects.get(pk=spanish.pk)
    spanish.get_latest_revision().publish()
    assert list(spanish.topics.all()) == [topic("fibromyalgia")]
    assert "ES: Ketamine and migraine auras" in card_titles(client.get(AZ_ES + "fibromialgia/"))
    assert "ES: Ketamine and migraine auras" not in card_titles(client.get(AZ_ES + "migrana/"))


def test_an_article_tagged_in_the_admin_shows_on_the_topic_page_once_published(admin_client, client, article_index):
    article = new_article(article_index, "Ketamine and nerve pain")
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = form_data(admin_client.get(url), "page-edit-form")
    body = streamfield([("paragraph", rich_text("<p>What nerve pain is.</p>"))])
    data.update(nested_form_data({"body": body, "references": streamfield([])}))
    data.setlist("topics", [str(topic("neuropathic-pain").pk)])
    response = admin_client.post(url, data)
    assert response.status_code == 302, visible_text(response)[:3000]  # a draft: patients see the published tags
    assert article.title not in card_titles(client.get(AZ + "neuropathic-pain/"))
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    assert article.title in card_titles(client.get(AZ + "neuropathic-pain/"))
    assert card_titles(client.get(AZ_ES + "dolor-neuropatico/")) == [
        "Terapia con ketamina para el dolor crónico y la migraña"
    ]


# Staff keeping topics


def topic_admin(action, *args):
    return reverse(f"wagtailsnippets_topics_topic:{action}", args=args)


@pytest.mark.parametrize(
    ("role", "can_view", "can_add"),
    [(EDITORS, True, True), (CLINIC_MANAGERS, True, True), (MEDICAL_REVIEWERS, True, False)],
)
def test_editors_and_managers_keep_topics_and_reviewers_may_view_them(
    client, django_user_model, role, can_view, can_add
):
    setup_roles()
    user = django_user_model.objects.create_user("someone", password="x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    assert (client.get(topic_admin("list")).status_code == 200) is can_view
    assert (client.get(topic_admin("add")).status_code == 200) is can_add


def test_an_editor_publishes_a_new_topic_and_it_appears_at_once(
    client, django_user_model, django_capture_on_commit_callbacks
):
    setup_roles()
    user = django_user_model.objects.create_user("someone", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    assert client.get(AZ).status_code == 200  # cached before the change
    data = form_data(client.get(topic_admin("add")), "w-editor-form")
    data.update(
        {
            "name": "Depression",
            "name_es": "Depresión",
            "kind": "condition",
            "schema_type": "MedicalCondition",
            "action-publish": "action-publish",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(topic_admin("add"), data)
    assert response.status_code == 302, soup(response).select(".error-message")
    client.logout()
    assert "Depression" in visible_text(client.get(AZ))
    assert client.get(AZ_ES + "depresion/").status_code == 200


def test_two_topics_cannot_share_a_spanish_address(admin_client):
    data = form_data(admin_client.get(topic_admin("add")), "w-editor-form")
    data.update({"name": "Migraine attacks", "name_es": "Migraña", "kind": "condition"})
    response = admin_client.post(topic_admin("add"), data)
    assert response.status_code == 200
    assert "Another topic's Spanish page already has this address." in visible_text(response)
    assert not Topic.objects.filter(name="Migraine attacks").exists()


def test_the_home_pages_condition_cards_lead_to_the_topic_pages(client, home_es):
    cards = {a.get_text(): a["href"] for a in soup(client.get("/")).select(".condition__name a")}
    assert cards == {
        "Chronic pain": AZ + "chronic-pain/",
        "Migraine": AZ + "migraine/",
        "Fibromyalgia": AZ + "fibromyalgia/",
    }
    spanish = {a.get_text(): a["href"] for a in soup(client.get("/es/")).select(".condition__name a")}
    assert spanish["Migraña"] == AZ_ES + "migrana/"
    assert soup(client.get("/")).select_one(".topics-link a")["href"] == AZ


def test_a_condition_card_whose_topic_is_unpublished_falls_back_to_its_article(client, pain_article):
    topic("migraine").unpublish()
    cards = {a.get_text(): a["href"] for a in soup(client.get("/")).select(".condition__name a")}
    assert cards["Migraine"] == pain_article.url


# Keeping what patients see fresh


@pytest.fixture
def cdn():
    purged.clear()
    with override_settings(WAGTAILFRONTENDCACHE={"cdn": {"BACKEND": "tests.test_cdn_purge.RecordingCDN"}}):
        yield purged


def test_publishing_a_topic_purges_every_page_and_the_topic_pages(cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        migraine = topic("migraine")
        migraine.summary = "A clearer summary."
        migraine.save_revision().publish()
    for path in [AZ, AZ + "migraine/", AZ_ES + "migrana/", "/", "/es/"]:
        assert f"http://localhost{path}" in cdn


def test_saving_a_topic_draft_changes_nothing_patients_see(client, cdn, django_capture_on_commit_callbacks):
    assert "Attacks of severe headache" in visible_text(client.get(AZ + "migraine/"))
    with django_capture_on_commit_callbacks(execute=True):
        migraine = topic("migraine")
        migraine.summary = "Draft wording."
        migraine.save_revision()
    assert cdn == []
    assert "Draft wording." not in visible_text(client.get(AZ + "migraine/"))


def test_publishing_an_article_purges_its_topic_pages_and_articles_sharing_a_topic(
    cdn, article_index, pain_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new_article(article_index, "About migraine", [topic("migraine")])
    for path in [AZ + "migraine/", AZ_ES + "migrana/", pain_article.url]:
        assert f"http://localhost{path}" in cdn


def test_tagging_an_article_refreshes_the_topic_page_at_once(client, article_index, django_capture_on_commit_callbacks):
    assert client.get(AZ + "crps/").status_code == 200  # cached before the change
    with django_capture_on_commit_callbacks(execute=True):
        new_article(article_index, "CRPS in the hand", [topic("crps")])
    assert "CRPS in the hand" in card_titles(client.get(AZ + "crps/"))


# The page budget


@pytest.mark.parametrize(
    "url",
    [AZ, AZ_ES, AZ + "migraine/", AZ_ES + "migrana/", "/conditions-treatments/ketamine-therapy-fibromyalgia/"],
)
def test_topic_pages_and_related_reading_stay_within_the_budget(client, url):
    assert queries_for(client, url) <= QUERY_BUDGET


@pytest.mark.parametrize("url", [AZ, AZ + "migraine/", "/conditions-treatments/ketamine-therapy-fibromyalgia/"])
def test_more_topics_and_tagged_articles_do_not_mean_more_queries(client, article_index, url):
    before = queries_for(client, url)
    topics = [Topic.objects.create(name=f"Topic {number}", kind="treatment") for number in range(20)]
    for number in range(20):
        new_article(article_index, f"Tagged {number}", [topic("migraine"), topic("fibromyalgia"), *topics])
    assert queries_for(client, url) == before


# A new clinic


def test_setup_site_gives_a_new_clinic_an_empty_a_to_z_page(client):
    Page.objects.filter(depth__gt=1).delete()
    Topic.objects.all().delete()
    call_command("setup_site", "--url", "http://localhost", stdout=io.StringIO())
    page = TopicIndexPage.objects.get()
    assert page.live and page.url == AZ
    assert "Our articles are listed under the conditions and treatments" in visible_text(client.get(AZ))


def test_the_demo_has_its_topics_in_both_languages_and_loading_again_changes_nothing():
    topics = Topic.objects.filter(live=True)
    assert topics.count() == 8 and all(item.name_es and item.summary and item.summary_es for item in topics)
    assert sorted(topics.values_list("kind", flat=True)).count("treatment") == 3
    before = list(Topic.objects.values_list("pk", "last_published_at", "summary_es"))
    revisions = ArticlePage.objects.values_list("latest_revision_id", flat=True)
    latest = sorted(revisions)
    call_command("load_demo_content", stdout=io.StringIO())
    assert list(Topic.objects.values_list("pk", "last_published_at", "summary_es")) == before
    assert sorted(ArticlePage.objects.values_list("latest_revision_id", flat=True)) == latest


@pytest.mark.parametrize(("mode", "expected"), [("en", "Migraine"), ("es", "Migraña")])
def test_the_topic_preview_shows_its_page_in_each_language(admin_client, mode, expected):
    migraine = topic("migraine")
    preview = topic_admin("preview_on_edit", migraine.pk)
    data = form_data(admin_client.get(topic_admin("edit", migraine.pk)), "w-editor-form")
    data["summary_es"] = "Un resumen nuevo."
    assert admin_client.post(preview, data).json()["is_valid"]
    page = soup(admin_client.get(preview, {"mode": mode}))
    assert page.find("html")["lang"] == mode
    assert page.h1.get_text() == expected
    assert ("Un resumen nuevo." in page.find("main").get_text()) is (mode == "es")
