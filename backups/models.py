from django.db import models


class BackupStatusAccess(models.Model):
    """No table: it holds the permission to see the backups' status on the admin dashboard, which
    setup_roles gives to Clinic managers (superusers have it too)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_backup_status", "Can see when the last backup was made")]

    def __str__(self):
        return "Backup status"
