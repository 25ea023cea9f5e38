"""An example reviewer for the demo articles: clearly marked, to be replaced by the clinic's own."""

DEMO_REVIEWER = {
    "name": "Dr. Jordan Example",
    "credentials": "MD",
    "role": "Medical reviewer (example profile)",
    "bio": (
        "This is an example profile that comes with the demo site. Replace it with the clinician who reviews "
        "your clinic's health articles, under Snippets › Clinicians."
    ),
}
