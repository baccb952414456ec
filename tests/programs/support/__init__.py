"""Helper modules imported by the mod_import_* programs."""
SUPPORT_VALUE = "support package"
