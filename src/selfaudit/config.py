"""The person's own settings, in ``config.yaml`` in the selfaudit home folder.

Each analyser owns its section (``text``, ``images``) and validates it itself, so adding an
option is a change in one place. ``accepted`` maps finding fingerprints to the reason an
exception was accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import paths
from .errors import SelfauditError
from .privacy import write_private


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: dict[str, Any] = Field(default_factory=dict)
    images: dict[str, Any] = Field(default_factory=dict)
    accepted: dict[str, str] = Field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Config:
        p = path or paths.config_file()
        if not p.exists():
            return cls()
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
            return cls.model_validate(data)
        except (yaml.YAMLError, ValidationError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a date like 2020-13-01
            raise SelfauditError(f"{p}: invalid configuration: {exc}", f"Fix or delete {p}.") from None

    def save(self, path: Path | None = None) -> Path:
        return write_private(path or paths.config_file(), yaml.safe_dump(self.model_dump(), sort_keys=True))
