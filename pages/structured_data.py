"""Builders for schema.org JSON-LD: the clinic on every page, plus what each page says it is.

Each page type lists its own entries in `structured_data()`, using the builders here.
"""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe

from clinic.locations import all_locations
from clinic_site.addresses import absolute_url, site_url_for
from clinic_site.text import plain_text, split_list, texts_in
from pages.sections import location_url, profile_url, topic_url

PROFILE_PHOTO_SPEC = "format-jpeg|fill-320x320"

# Characters that could end the <script> element or start markup, escaped inside JSON strings.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def json_ld_script(graph):
    """A <script type="application/ld+json"> element that no text typed by staff can break out of."""
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(f'<script type="application/ld+json">{data.translate(SCRIPT_SAFE)}</script>')


def graph_for(request, clinic, page=None, breadcrumbs=(), subpage=None):
    """The clinic and its locations, and for a page of the site: its breadcrumbs and what the page says it is
    (or, on a location's or clinician's own page, the `subpage`, what that page is)."""
    site_url = site_url_for(request)
    graph = clinic_entries(request, clinic, site_url) if clinic.clinic_name else []
    if page is None:
        return graph
    if breadcrumbs:
        graph.append(breadcrumb_list(request, [*breadcrumbs, page]))
    return graph + (subpage.structured_data if subpage else page.structured_data(request, site_url))


def clinic_entries(request, clinic, site_url):
    """The clinic as a MedicalOrganization, and each of its locations as a MedicalClinic belonging to it."""
    organization = {
        "@type": "MedicalOrganization",
        "@id": site_url + "#clinic",
        "name": clinic.clinic_name,
        "url": site_url,
        "telephone": clinic.phone,
    }
    if clinic.email:
        organization["email"] = clinic.email
    if clinic.specialty_list:
        organization["medicalSpecialty"] = clinic.specialty_list
    if clinic.booking_url:
        organization["potentialAction"] = reserve_action(clinic.booking_url)
    clinics = [medical_clinic(request, clinic, location, site_url) for location in all_locations()]
    if clinics:
        organization["location"] = [{"@id": entry["@id"]} for entry in clinics]
    return [organization, *clinics]


def location_id(site_url, location):
    return f"{site_url}#location-{location.slug}"


def reserve_action(url):
    return {"@type": "ReserveAction", "target": {"@type": "EntryPoint", "urlTemplate": url}}


def medical_clinic(request, clinic, location, site_url):
    data = {
        "@type": "MedicalClinic",
        "@id": location_id(site_url, location),
        "name": f"{clinic.clinic_name} – {location.texts['name']}",
        "telephone": location.phone or clinic.phone,
        "parentOrganization": {"@id": site_url + "#clinic"},
    }
    url = location_url(request, location)
    if url:
        data["url"] = absolute_url(request, url)
    if location.email:
        data["email"] = location.email
    address = {
        "streetAddress": location.street_address,
        "addressLocality": location.city,
        "addressRegion": location.region,
        "postalCode": location.postcode,
        "addressCountry": location.country,
    }
    if any(address.values()):
        data["address"] = {"@type": "PostalAddress", **{key: value for key, value in address.items() if value}}
    if hours := opening_hours_specification(location):
        data["openingHoursSpecification"] = hours
    if special := special_opening_hours(location):
        data["specialOpeningHoursSpecification"] = special
    if clinic.specialty_list:
        data["medicalSpecialty"] = clinic.specialty_list
    if location.booking_url or clinic.booking_url:
        data["potentialAction"] = reserve_action(location.booking_url or clinic.booking_url)
    return data


def schema_time(value):
    # schema.org writes a period that ends at midnight as closing at 23:59.
    return "23:59" if value == datetime.time(0, 0) else value.strftime("%H:%M")


def opening_hours_specification(location):
    """One entry per distinct opening period, listing the days it applies to; closed days are left out."""
    days_by_hours = {}
    for weekday in range(7):
        for row in location.hours_on(weekday):
            days_by_hours.setdefault((row.opens, row.closes), []).append(WEEKDAYS[weekday])
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": schema_time(opens),
            "closes": schema_time(closes),
        }
        for (opens, closes), days in days_by_hours.items()
    ]


def special_opening_hours(location):
    """Coming closures and changed hours. A closed day opens and closes at 00:00, as schema.org asks."""
    entries = []
    for row in location.upcoming_special_dates():
        opens, closes = ("00:00", "00:00") if row.closed else (schema_time(row.opens), schema_time(row.closes))
        entry = {
            "@type": "OpeningHoursSpecification",
            "validFrom": row.start.isoformat(),
            "validThrough": row.last_day.isoformat(),
            "opens": opens,
            "closes": closes,
        }
        if row.note_text:
            entry["description"] = row.note_text
        entries.append(entry)
    return entries


def physician(request, team_page, clinician):
    """A clinician's profile: schema.org's Physician, working for the clinic at its locations."""
    site_url = site_url_for(request)
    texts = clinician.texts
    data = {
        "@type": "Physician",
        "@id": absolute_url(request, profile_url(request, clinician)) + "#clinician",
        "name": clinician.name_with_credentials,
        "url": absolute_url(request, profile_url(request, clinician)),
        "parentOrganization": {"@id": site_url + "#clinic"},
        "inLanguage": translation.get_language(),
    }
    if texts["bio"]:
        data["description"] = texts["bio"]
    if clinician.photo:
        data["image"] = absolute_url(request, clinician.photo.get_rendition(PROFILE_PHOTO_SPEC).url)
    if clinician.specialty_list:
        data["medicalSpecialty"] = clinician.specialty_list
    if texts["languages"]:
        data["knowsLanguage"] = split_list(texts["languages"], ",")
    if clinician.certification_list:
        data["hasCredential"] = [
            {"@type": "EducationalOccupationalCredential", "credentialCategory": "Board certification", "name": name}
            for name in clinician.certification_list
        ]
    locations = list(clinician.locations.all())
    if locations:
        data["location"] = [{"@id": location_id(site_url, location)} for location in locations]
    return data


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
        if role := reviewer.texts["role"]:
            data["reviewedBy"]["jobTitle"] = role
        if profile := profile_url(request, reviewer):
            data["reviewedBy"]["url"] = absolute_url(request, profile)
    topics = article.reading(request).topics
    about = [topic_entity(request, topic) for topic in topics if topic.is_condition]
    # Conditions typed in "Conditions covered" that no topic names yet still count.
    tagged = {entry["name"].casefold() for entry in about}
    about += [
        {"@type": "MedicalCondition", "name": name} for name in article.condition_names if name.casefold() not in tagged
    ]
    if about:
        data["about"] = about
    mentions = [topic_entity(request, topic) for topic in topics if not topic.is_condition]
    if mentions:
        data["mentions"] = mentions
    return data


def topic_entity(request, topic):
    """A condition, medicine or therapy as schema.org types it, with its page on the site when it has one."""
    data = {"@type": topic.schema_type, "name": topic.texts["name"]}
    if url := topic_url(request, topic):
        data["url"] = absolute_url(request, url)
    return data


def topic_page(request, url, topic):
    """A topic's page: a collection of the clinic's articles about one condition or treatment."""
    data = {
        "@type": "CollectionPage",
        "@id": absolute_url(request, url),
        "url": absolute_url(request, url),
        "name": topic.texts["name"],
        "inLanguage": translation.get_language(),
        "about": topic_entity(request, topic),
        "publisher": {"@id": site_url_for(request) + "#clinic"},
    }
    if topic.texts["summary"]:
        data["description"] = topic.texts["summary"]
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
