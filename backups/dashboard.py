"""On the admin dashboard of clinic managers: when the last backup was made, its size, and a warning when
something needs doing."""

from wagtail.admin.ui.components import Component

from clinic_site.health import answer_within

from .status import cached_status

VIEW_PERMISSION = "backups.view_backup_status"
# A backup bucket that does not answer must not hold up the dashboard: after this, it says so.
READ_SECONDS = 2


def can_see_backups(user):
    return user.has_perm(VIEW_PERMISSION)


class BackupStatusPanel(Component):
    name = "backup_status"
    order = 80
    template_name = "backups/admin/backup_status_panel.html"

    def get_context_data(self, parent_context=None):
        try:
            status = answer_within("backup-dashboard", cached_status, READ_SECONDS)
        except Exception:  # any storage backend, any failure: the dashboard still opens, and says so
            return {"unreadable": True}
        return {
            "status": status,
            "state": status.state(),
            "attention": status.needs_attention(),
        }
