import io
import os
import subprocess

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from wagtail.models import Locale, Site

from clinic.models import ClinicSettings
from clinical_review.models import ClinicalReviewSettings
from pages.models import ArticleIndexPage, ArticlePage, ContactPage, HomePage
from tests.servers import BROWSER


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, built once through the page models."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture
def client():
    """A person's browser: Django's test client sends no user agent, which the counts take for a program."""
    return Client(headers={"user-agent": BROWSER})


@pytest.fixture(autouse=True)
def fresh_cache():
    # Wagtail caches site root paths and renditions; tests that change them must not see stale ones.
    for backend in caches.all():
        backend.clear()
    yield
    for backend in caches.all():
        backend.clear()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def clinic(site):
    return ClinicSettings.for_site(site)


@pytest.fixture
def review_settings(site):
    return ClinicalReviewSettings.for_site(site)


@pytest.fixture
def home(site):
    return HomePage.objects.get(pk=site.root_page_id)


@pytest.fixture
def article_index(home):
    return ArticleIndexPage.objects.child_of(home).get()


@pytest.fixture
def fibromyalgia(article_index):
    return ArticlePage.objects.get(slug="ketamine-therapy-fibromyalgia")


@pytest.fixture
def pain_article(article_index):
    return ArticlePage.objects.get(slug="ketamine-therapy-chronic-pain-migraine")


@pytest.fixture
def contact_page(home):
    return ContactPage.objects.child_of(home).get()


@pytest.fixture
def public_pages(home):
    """Every live page of the demo site, one of each page type at least."""
    return [page.specific for page in home.get_descendants(inclusive=True).live()]


@pytest.fixture
def public_urls(home):
    """Every live page of the demo site."""
    return [page.url for page in home.get_descendants(inclusive=True).live()]


@pytest.fixture
def faq_article(article_index):
    """A short article whose body is one FAQ, as an editor would have published it."""
    article = article_index.add_child(
        instance=ArticlePage(
            title="Ketamine and driving",
            slug="ketamine-and-driving",
            summary="When it is safe to drive during treatment.",
            body=[
                {
                    "type": "faq",
                    "value": {
                        "heading": "Questions about driving",
                        "items": [{"question": "Can I drive home?", "answer": "<p>No. Arrange a lift.</p>"}],
                    },
                }
            ],
        )
    )
    article.save_revision().publish()
    return article


@pytest.fixture
def home_es(home):
    """The Spanish home page, at /es/."""
    return home.get_translation(Locale.objects.get(language_code="es")).specific


@pytest.fixture
def fibromyalgia_es(fibromyalgia):
    return fibromyalgia.get_translation(Locale.objects.get(language_code="es")).specific


@pytest.fixture
def spanish_urls(home_es):
    """Every live page of the Spanish demo site."""
    return [page.url for page in home_es.get_descendants(inclusive=True).live()]


@pytest.fixture(scope="session")
def backup_key(tmp_path_factory):
    """A server's keyring holding only the public half of a throwaway backup key, as the README's production
    steps leave it: the environment that names it (GNUPGHOME, BACKUP_GPG_RECIPIENT)."""
    recipient = "backups@clinic.invalid"
    owner, server = tmp_path_factory.mktemp("gpg-owner"), tmp_path_factory.mktemp("gpg-server")
    for home in (owner, server):
        home.chmod(0o700)

    def gpg(home, *args, **kwargs):
        env = os.environ | {"GNUPGHOME": str(home)}
        return subprocess.run(["gpg", "--batch", *args], env=env, check=True, capture_output=True, **kwargs).stdout

    gpg(owner, "--passphrase", "", "--quick-gen-key", recipient, "default", "default", "never")
    gpg(server, "--import", input=gpg(owner, "--armor", "--export", recipient))
    yield {"GNUPGHOME": str(server), "BACKUP_GPG_RECIPIENT": recipient}
    for home in (owner, server):
        subprocess.run(["gpgconf", "--kill", "gpg-agent"], env=os.environ | {"GNUPGHOME": str(home)}, check=False)
