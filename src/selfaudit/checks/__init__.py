"""Check implementations. Importing this package registers every check."""

from .registry import REGISTRY, CheckContext, register  # noqa: F401
from . import visibility  # noqa: F401,E402
from . import text  # noqa: F401,E402
from . import images  # noqa: F401,E402
