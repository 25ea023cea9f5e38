"""The backup's age in `/healthz`'s body, for monitoring: it never changes the status code."""

from .status import cached_status


def backup_report():
    """{"age_hours": 5.2, "state": "ok"}; the state is "ok", "stale", "failed" or "none" (no backup yet)."""
    status = cached_status()
    age = status.age()
    return {
        "age_hours": None if age is None else round(age.total_seconds() / 3600, 1),
        "state": status.state(),
    }
