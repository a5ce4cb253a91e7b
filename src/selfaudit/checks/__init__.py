"""Check implementations. Importing this package registers every check."""

from . import (
    images,  # noqa: F401
    text,  # noqa: F401
    visibility,  # noqa: F401
)
from .registry import REGISTRY, CheckContext, register  # noqa: F401
