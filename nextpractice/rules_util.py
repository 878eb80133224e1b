"""Small helpers shared by every app's rules.py."""


def signed_in(user):
    """True for an active, signed-in user; every rule starts here (deny by default)."""
    return bool(user is not None and user.is_authenticated and user.is_active)


def sees_everything(user):
    """Administrators see every object, as the admin pages would show them anyway."""
    return signed_in(user) and user.is_superuser
