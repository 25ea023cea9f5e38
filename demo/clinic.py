"""The demo clinic's details. Staff replace them in Settings › Clinic details."""

import datetime

# A reserved example domain: clinics set their real booking page in the admin.
PLACEHOLDER_BOOKING_URL = "https://booking.example.com/replace-with-your-booking-page"

CLINIC = {
    "clinic_name": "Pro Health Functional Medicine",
    "phone": "480.306.4372",
    "booking_url": PLACEHOLDER_BOOKING_URL,
    "booking_button_label": "Book online",
    "medical_disclaimer": (
        "The information on this website is general. It is not a diagnosis and does not replace "
        "advice from your own doctor. In a medical emergency, call 911."
    ),
    "medical_disclaimer_es": (
        "La información de este sitio web es general. No es un diagnóstico y no sustituye los consejos de su "
        "propio médico. En una emergencia médica, llame al 911."
    ),
}

# The clinical review's thresholds (Settings › Clinical review); its flagged phrases keep the built-in list.
CLINICAL_REVIEW = {"review_interval_months": 12, "reading_grade_target": 8}

# Example hours for the demo; the clinic sets its real hours in the admin (Clinic › Locations).
NINE, NOON, ONE, FIVE = datetime.time(9), datetime.time(12), datetime.time(13), datetime.time(17)

LOCATIONS = [
    {
        "name": "Chandler",
        "slug": "chandler",
        "sort_order": 0,
        "city": "Chandler",
        "region": "AZ",
        "country": "United States",
        "time_zone": "America/Phoenix",
        "services": "Consultations\nKetamine troches and nasal spray, with the first dose taken here",
        "services_es": ("Consultas\nTrociscos y aerosol nasal de ketamina; la primera dosis se toma aquí"),
        "hours": [(day, NINE, FIVE) for day in range(5)],
    },
    {
        "name": "Second location (example)",
        "name_es": "Segunda ubicación (ejemplo)",
        "slug": "example-second-location",
        "sort_order": 1,
        "street_address": "100 Example Street, Suite 1 (example address: replace it)",
        "city": "Mesa",
        "region": "AZ",
        "country": "United States",
        "time_zone": "America/Phoenix",
        "parking": "Example: free parking in front of the building, with two accessible bays by the door.",
        "parking_es": (
            "Ejemplo: estacionamiento gratuito frente al edificio, con dos plazas accesibles junto a la puerta."
        ),
        "access": "Example: step-free entrance from the car park, and a lift to every floor.",
        "access_es": "Ejemplo: entrada sin escalones desde el estacionamiento y ascensor a todos los pisos.",
        "services": "Consultations\nFollow-up visits",
        "services_es": "Consultas\nVisitas de seguimiento",
        # A lunch break on Tuesdays and Thursdays, and Saturday mornings.
        "hours": [
            (1, NINE, NOON),
            (1, ONE, FIVE),
            (3, NINE, NOON),
            (3, ONE, FIVE),
            (5, NINE, NOON),
        ],
    },
]
