"""Builds the demo site through the page models, idempotently.

A demo page is created when missing and brought up to date when only this loader
has saved it. Once staff have changed anything through the admin (a page saved,
moved or deleted, a clinician renamed, the clinic details edited), the site is
theirs: the loader changes nothing at all, says so in one line, and never
brings back what they deleted.
"""

import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, Site

from booking.models import CallBackPage
from clinic.models import ClinicSettings, FooterLink, Location, LocationHours, SpecialDate
from clinical_review.models import ClinicalReviewSettings
from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ContactPage,
    HomePage,
    HomePageFeaturedArticle,
    LocationIndexPage,
    NoticePage,
    StandardPage,
    TeamIndexPage,
    TopicIndexPage,
)
from pages.site_setup import replace_welcome_page
from people.models import Clinician
from site_search.models import SearchSynonyms
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS, setup_roles
from stories.models import ConsentRecord, StoryIndexPage, StoryPage
from topics.models import Topic

from . import articles, articles_es, clinic, clinicians, search, site_pages, site_pages_es, topics
from . import stories as demo_stories
from .documents import demo_notice
from .holidays import coming_holidays
from .images import demo_image


def strip_block_ids(data):
    """StreamField data without the random block ids, for comparing content."""
    if isinstance(data, dict):
        return {key: strip_block_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [strip_block_ids(item) for item in data]
    return data


def field_value(page, name):
    field = page._meta.get_field(name)
    value = getattr(page, name)
    if hasattr(field, "stream_block"):
        return strip_block_ids(field.stream_block.get_prep_value(value))
    return value


STAFF_HAVE_EDITED = "Staff have already edited this site, so the demo content was not loaded again; nothing changed."


def staff_have_edited():
    """Wagtail logs every change made in the admin with the person who made it."""
    return any(entries.objects.filter(user__isnull=False).exists() for entries in (PageLogEntry, ModelLogEntry))


class DemoLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        """Builds or refreshes the demo; False when the site is staff's and was left alone."""
        if staff_have_edited():
            self.log(STAFF_HAVE_EDITED)
            return False
        home = self.home_page()
        self.site(home)
        self.clinic_settings(home)
        self.review_settings(home)
        index = self.page(home, ArticleIndexPage, site_pages.ARTICLE_INDEX)
        reviewer = self.reviewer()
        demo_articles = {
            data["slug"]: self.page(
                index,
                ArticlePage,
                {**data, "hero_image": demo_image(*data["hero_image"]), "reviewed_by": reviewer},
            )
            for data in articles.ARTICLES
        }
        contact = self.page(home, ContactPage, site_pages.CONTACT)
        locations = self.page(home, LocationIndexPage, site_pages.LOCATIONS)
        team = self.page(home, TeamIndexPage, site_pages.TEAM)
        topic_index = self.page(home, TopicIndexPage, site_pages.TOPICS)
        demo_topics = self.topic_records()
        self.tag_articles(demo_articles, demo_topics)
        call_back = self.page(home, CallBackPage, site_pages.CALL_BACK)
        standard = {data["slug"]: self.page(home, StandardPage, data) for data in site_pages.STANDARD_PAGES}
        notice = self.page(home, NoticePage, {**site_pages.PRIVACY_PRACTICES, "document": demo_notice()})
        self.home_sections(home, demo_articles, demo_topics, site_pages.CONDITIONS)
        self.footer_links(home, standard["privacy"], standard["accessibility"], standard["nondiscrimination"], notice)
        self.locations(reviewer)
        pages = [index, contact, locations, team, topic_index, call_back, *standard.values(), notice]
        self.spanish(home, pages, demo_articles, demo_topics, reviewer)
        self.stories(home)
        self.search_steering({**demo_articles, **standard})
        groups = setup_roles()
        self.accounts(groups, reviewer)
        return True

    def home_page(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(locale=Locale.get_default()).first()
        if home:
            self.update(home, site_pages.HOME)
            return home
        return self.create(root, HomePage(slug=replace_welcome_page(root), **site_pages.HOME))

    def site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()

    def accounts(self, groups, reviewer):
        """One example account per role, each with a generated password shown only when it is created."""
        User = get_user_model()
        for username, role in [("editor", EDITORS), ("reviewer", MEDICAL_REVIEWERS), ("manager", CLINIC_MANAGERS)]:
            if User.objects.filter(username=username).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(username=username, password=password, first_name=role)
            user.groups.add(groups[role])
            self.log(f"Created demo account '{username}' ({role}) with password: {password}  (shown only this once)")
            if role == MEDICAL_REVIEWERS and reviewer.user is None:
                reviewer.user = user
                reviewer.save()

    def locations(self, reviewer):
        """The demo's two locations, closed on the coming federal holidays, and a second example clinician."""
        if Location.objects.exists():
            return
        holidays = coming_holidays(timezone.localdate())
        made = []
        for data in clinic.LOCATIONS:
            data = dict(data)
            hours = data.pop("hours")
            location = Location(**data)
            location.weekly_hours = [
                LocationHours(weekday=day, opens=opens, closes=closes) for day, opens, closes in hours
            ]
            location.special_dates = [
                SpecialDate(start=day, closed=True, note=name, note_es=name_es) for day, name, name_es in holidays
            ]
            location.save()
            made.append(location)
        self.log(f"Created {len(made)} example locations: replace them under Clinic › Locations.")
        reviewer.locations.add(made[0])
        reviewer.save()  # a clinician's locations are kept with it, as a draft keeps its own
        second, _ = Clinician.objects.get_or_create(
            slug=clinicians.SECOND_CLINICIAN["slug"], defaults=clinicians.SECOND_CLINICIAN
        )
        second.locations.add(*made)
        second.save()

    def reviewer(self):
        reviewer, created = Clinician.objects.get_or_create(
            name=clinicians.DEMO_REVIEWER["name"], defaults=clinicians.DEMO_REVIEWER
        )
        if created:
            self.log(f"Created the example reviewer {reviewer}: replace it under Clinic › Clinicians.")
        return reviewer

    def clinic_settings(self, home):
        site = Site.objects.get(root_page=home)
        settings = ClinicSettings.for_site(site)
        if settings.clinic_name:
            return
        for name, value in clinic.CLINIC.items():
            setattr(settings, name, value)
        settings.save()
        self.log(
            f"Clinic details set for {settings.clinic_name}. The booking link is a placeholder: "
            "change it in the admin under Settings › Clinic details."
        )

    def review_settings(self, home):
        site = Site.objects.get(root_page=home)
        settings, created = ClinicalReviewSettings.objects.get_or_create(site=site, defaults=clinic.CLINICAL_REVIEW)
        if created:
            self.log(
                f"Articles are due for a medical review every {settings.review_interval_months} months; "
                "change it, the reading grade target and the flagged phrases under Settings › Clinical review."
            )

    def page(self, parent, page_class, data):
        page = page_class.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page is None:
            return self.create(parent, page_class(**data))
        self.update(page, data)
        return page

    def create(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"Created {page.title}")
        return page

    def update(self, page, data):
        if page.revisions.exclude(user=None).exists():
            self.log(f"Kept {page.title}: edited by staff")
            return
        current = {name: field_value(page, name) for name in data}
        for name, value in data.items():
            setattr(page, name, value)
        if any(field_value(page, name) != current[name] for name in data):
            page.save_revision().publish()
            self.log(f"Updated {page.title}")

    def spanish(self, home, pages, demo_articles, demo_topics, reviewer):
        """The Spanish site at /es/: a translation of every demo page, written separately."""
        locale, _ = Locale.objects.get_or_create(language_code="es")
        home_es = self.translation(home, locale, site_pages_es.HOME)
        for page in pages:
            self.translation(page, locale, site_pages_es.PAGES[page.slug])
        articles_in_spanish = {
            slug: self.translation(article, locale, {**articles_es.ARTICLES[slug], "reviewed_by": reviewer})
            for slug, article in demo_articles.items()
        }
        # Read again: its pages were added through another copy of it, and publishing a stale copy would
        # write back a stale child count.
        self.tag_articles(articles_in_spanish, demo_topics)
        home_es = HomePage.objects.get(pk=home_es.pk)
        self.home_sections(home_es, articles_in_spanish, demo_topics, site_pages_es.CONDITIONS)
        # A new translation starts with the English slug; Wagtail then keeps a redirect from that first
        # address, which no one ever saw. It makes them once the transaction is over, so this runs after.
        spanish_pages = list(home_es.get_descendants().values_list("pk", flat=True))
        transaction.on_commit(
            lambda: Redirect.objects.filter(automatically_created=True, redirect_page__in=spanish_pages).delete()
        )

    def stories(self, home):
        """The stories page and two example stories in both languages, each with an example consent record."""
        spanish = Locale.objects.get(language_code="es")
        index = self.page(home, StoryIndexPage, demo_stories.INDEX)
        spanish_pages = [self.translation(index, spanish, demo_stories.INDEX_ES).pk]
        for data in demo_stories.STORIES:
            consent = self.example_consent(data["consent"])
            english, spanish_name = data["topic"]
            topic, _ = Topic.objects.get_or_create(name=english, defaults={"name_es": spanish_name})
            story = StoryPage.objects.child_of(index).filter(slug=data["en"]["slug"]).first()
            if story is None:
                story = self.create(index, StoryPage(**data["en"], consent=consent, topics=[topic]))
            else:
                self.update(story, data["en"])
            spanish_pages.append(self.translation(story, spanish, data["es"]).pk)
        # As for the other Spanish pages: no redirect from the English slug a new translation started with.
        transaction.on_commit(
            lambda: Redirect.objects.filter(automatically_created=True, redirect_page__in=spanish_pages).delete()
        )

    def example_consent(self, data):
        consent = ConsentRecord.objects.filter(label=data["label"]).first()
        if consent is None:
            dates = demo_stories.consent_dates(timezone.localdate())
            form = demo_stories.placeholder_form(data["label"])
            consent = ConsentRecord.objects.create(**data, **dates, signed_form=form)
            self.log(f"Created the example consent record '{consent.label}' (its form is a placeholder).")
        return consent

    def search_steering(self, pages_by_slug):
        """Synonyms and promoted search results in both languages, as editors keep them."""
        for language, words in search.SYNONYMS:
            SearchSynonyms.objects.get_or_create(language=language, words=words)
        for language, promotions in search.PROMOTIONS.items():
            locale = Locale.objects.get(language_code=language)
            for word, slug in promotions:
                page = pages_by_slug[slug].get_translation(locale)
                SearchPromotion.objects.get_or_create(query=Query.get(word), page=page, defaults={"sort_order": 0})

    def translation(self, source, locale, data):
        """The source page's translation, made (as Wagtail makes one) when missing, with `data` written in."""
        page = source.get_translation_or_none(locale)
        if page is None:
            page = source.copy_for_translation(locale).specific
            for name, value in data.items():
                setattr(page, name, value)
            page.save_revision().publish()
            self.log(f"Created {page.title}")
            return page
        self.update(page.specific, data)
        return page.specific

    def topic_records(self):
        """The demo's conditions and treatments, published, by slug; brought up to date while only this loader
        has saved them."""
        made = {}
        for data in topics.TOPICS:
            topic = Topic.objects.filter(slug=data["slug"]).first() or Topic(slug=data["slug"])
            if topic.pk is None or any(getattr(topic, name) != value for name, value in data.items()):
                for name, value in data.items():
                    setattr(topic, name, value)
                topic.save()
            made[topic.slug] = topic
        return made

    def tag_articles(self, demo_articles, demo_topics):
        """Each demo article's topics (by the English article's slug), as an editor would tag and publish it."""
        for slug, article in demo_articles.items():
            wanted = {demo_topics[topic].pk for topic in topics.ARTICLE_TOPICS[slug]}
            if (
                article.revisions.exclude(user=None).exists()
                or set(article.topics.values_list("pk", flat=True)) == wanted
            ):
                continue
            article.topics = sorted(wanted)
            article.save_revision().publish()

    def home_sections(self, home, demo_articles, demo_topics, condition_list):
        """Featured articles and the conditions list, which need the articles and topics to exist first."""
        if home.revisions.exclude(user=None).exists():
            return
        featured = list(demo_articles.values())
        conditions = [
            {
                "type": "condition",
                "value": {
                    "name": name,
                    "description": description,
                    "article": demo_articles[slug].pk,
                    "topic": demo_topics[topic].pk,
                },
            }
            for name, description, slug, topic in condition_list
        ]
        current = ([row.article_id for row in home.featured_articles.all()], field_value(home, "conditions"))
        home.conditions = conditions
        if current != ([article.pk for article in featured], field_value(home, "conditions")):
            home.featured_articles = [HomePageFeaturedArticle(article=article) for article in featured]
            home.save_revision().publish()

    def footer_links(self, home, privacy, *notices):
        """The privacy notice and the other notices linked from every page, unless staff chose theirs."""
        settings = ClinicSettings.for_site(Site.objects.get(root_page=home))
        if settings.privacy_page_id is None and not settings.footer_links.exists():
            settings.privacy_page = privacy
            links = enumerate((privacy, *notices))
            settings.footer_links = [FooterLink(page=page, sort_order=order) for order, page in links]
            settings.save()
