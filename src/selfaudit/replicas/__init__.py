"""Local replicas of Facebook, Instagram, X and LinkedIn, driven by persona data.

They power the live-adapter tests and the offline workshop demo. See README.md (the
contract with the live adapters) for the API, pages and personas.
"""

from __future__ import annotations

from .persona import PERSONAS, Persona, PersonaError, load_persona
from .server import ReplicaServer, RequestRecord
from .spec import PLATFORMS, SPECS

__all__ = ["PERSONAS", "PLATFORMS", "SPECS", "Persona", "PersonaError", "ReplicaServer", "RequestRecord", "load_persona"]
