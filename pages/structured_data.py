"""schema.org JSON-LD built from the models: the clinic on every page, plus what each page is."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Site

from pages.models import ArticlePage
from pages.text import plain_text, texts_in

# Characters that could end the <script> element or start markup, escaped inside JSON strings.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def json_ld_script(graph):
    """A <script type="application/ld+json"> element that no text typed by staff can break out of."""
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(f'<script type="application/ld+json">{data.translate(SCRIPT_SAFE)}</script>')


def site_url_for(request):
    """The site's address as staff configured it (Settings › Sites), like every page URL."""
    site = Site.find_for_request(request)
    return site.root_url + "/" if site else request.build_absolute_uri("/")


def absolute_url(request, url):
    return url if url.startswith(("https://", "http://")) else site_url_for(request).rstrip("/") + url


def graph_for(request, clinic, page=None, breadcrumbs=()):
    """The clinic, and for a Wagtail page: its breadcrumbs, what it is, and its FAQs."""
    site_url = site_url_for(request)
    graph = [medical_clinic(clinic, site_url)] if clinic.clinic_name else []
    if page is None:
        return graph
    if breadcrumbs:
        graph.append(breadcrumb_list(request, [*breadcrumbs, page]))
    if isinstance(page, ArticlePage):
        graph.append(medical_web_page(request, page, site_url))
    questions = faq_entries(page)
    if questions:
        graph.append({"@type": "FAQPage", "url": page.get_full_url(request), "mainEntity": questions})
    return graph


def medical_clinic(clinic, site_url):
    data = {
        "@type": "MedicalClinic",
        "@id": site_url + "#clinic",
        "name": clinic.clinic_name,
        "url": site_url,
        "telephone": clinic.phone,
    }
    if clinic.email:
        data["email"] = clinic.email
    address = {
        "streetAddress": clinic.street_address,
        "addressLocality": clinic.city,
        "addressRegion": clinic.region,
        "postalCode": clinic.postcode,
        "addressCountry": clinic.country,
    }
    if any(address.values()):
        data["address"] = {"@type": "PostalAddress", **{key: value for key, value in address.items() if value}}
    hours = opening_hours_specification(clinic)
    if hours:
        data["openingHoursSpecification"] = hours
    if clinic.specialty_list:
        data["medicalSpecialty"] = clinic.specialty_list
    if clinic.booking_url:
        data["potentialAction"] = {
            "@type": "ReserveAction",
            "target": {"@type": "EntryPoint", "urlTemplate": clinic.booking_url},
        }
    return data


def opening_hours_specification(clinic):
    """One entry per distinct opening time, listing the days it applies to; closed days are left out."""
    days_by_hours = {}
    for row in clinic.hours:
        if not row.closed:
            days_by_hours.setdefault((row.opens, row.closes), []).append(WEEKDAYS[row.weekday])
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": opens.strftime("%H:%M"),
            "closes": closes.strftime("%H:%M"),
        }
        for (opens, closes), days in days_by_hours.items()
    ]


def breadcrumb_list(request, pages):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.title, "item": crumb.get_full_url(request)}
            for position, crumb in enumerate(pages, start=1)
        ],
    }


def medical_web_page(request, article, site_url):
    data = {
        "@type": "MedicalWebPage",
        "@id": article.get_full_url(request),
        "url": article.get_full_url(request),
        "name": article.title,
        "description": article.meta_description,
        "datePublished": article.date_published.isoformat(),
        "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "publisher": {"@id": site_url + "#clinic"},
    }
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if article.last_reviewed:
        data["lastReviewed"] = article.last_reviewed.isoformat()
    if article.reviewed_by:
        reviewer = article.reviewed_by
        data["reviewedBy"] = {"@type": "Person", "name": reviewer.name}
        if reviewer.credentials:
            data["reviewedBy"]["honorificSuffix"] = reviewer.credentials
        if reviewer.role:
            data["reviewedBy"]["jobTitle"] = reviewer.role
    if article.condition_names:
        data["about"] = [{"@type": "MedicalCondition", "name": name} for name in article.condition_names]
    return data


def faq_entries(page):
    body = getattr(page, "body", None) or []
    return [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {"@type": "Answer", "text": plain_text(" ".join(texts_in(item["answer"])))},
        }
        for block in body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]
