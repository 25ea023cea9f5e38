"""Builders for schema.org JSON-LD: the clinic on every page, plus what each page says it is.

Each page type lists its own entries in `structured_data()`, using the builders here.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe

from clinic_site.addresses import site_url_for
from clinic_site.text import plain_text, texts_in

# Characters that could end the <script> element or start markup, escaped inside JSON strings.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def json_ld_script(graph):
    """A <script type="application/ld+json"> element that no text typed by staff can break out of."""
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(f'<script type="application/ld+json">{data.translate(SCRIPT_SAFE)}</script>')


def graph_for(request, clinic, page=None, breadcrumbs=()):
    """The clinic, and for a page of the site: its breadcrumbs and what the page says it is."""
    site_url = site_url_for(request)
    graph = [medical_clinic(clinic, site_url)] if clinic.clinic_name else []
    if page is None:
        return graph
    if breadcrumbs:
        graph.append(breadcrumb_list(request, [*breadcrumbs, page]))
    return graph + page.structured_data(request, site_url)


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
        "inLanguage": translation.get_language(),
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


def faq_page(request, page, stream):
    """An FAQPage entry for the FAQ blocks of a StreamField, or None when it has none."""
    questions = [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {"@type": "Answer", "text": plain_text(" ".join(texts_in(item["answer"])))},
        }
        for block in stream or []
        if block.block_type == "faq"
        for item in block.value["items"]
    ]
    if not questions:
        return None
    return {
        "@type": "FAQPage",
        "url": page.get_full_url(request),
        "inLanguage": translation.get_language(),
        "mainEntity": questions,
    }
