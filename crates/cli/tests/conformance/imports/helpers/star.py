# helpers.star: __all__ limits what 'from helpers.star import *' binds.
__all__ = ["public", "also_public"]
public = "public"
also_public = "also public"
not_listed = "not listed"
_private = "private"
