"""Places the person registered (workplaces, partner premises) and distances to them.

Places live in ``config.images.places`` as ``{name, lat, lon, radius}`` (radius in metres).
Coordinates only: turning a typed address into coordinates needs an online geocoder, and
selfaudit sends nothing off the machine — the person copies the coordinates from a map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..errors import SelfauditError

EARTH_RADIUS_M = 6_371_008.8


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    radius: float = 200.0


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def validate(name: str, lat: float, lon: float, radius: float) -> Place:
    if not name.strip():
        raise SelfauditError("A place needs a name.", "e.g. selfaudit places add 'Hackney office' --lat 51.545 --lon -0.055")
    if not (-90 <= lat <= 90) or not (-180 <= lon <= 180):
        raise SelfauditError(
            f"{lat}, {lon} are not valid coordinates.",
            "Latitude is between -90 and 90, longitude between -180 and 180 (decimal degrees).",
        )
    if not (0 < radius <= 50_000):
        raise SelfauditError(f"A radius of {radius} m is not usable.", "Give a radius in metres between 1 and 50000.")
    return Place(name.strip(), float(lat), float(lon), float(radius))


def load_places(images_cfg: dict[str, Any]) -> list[Place]:
    out = []
    for i, raw in enumerate(images_cfg.get("places") or []):
        try:
            out.append(validate(str(raw["name"]), float(raw["lat"]), float(raw["lon"]), float(raw.get("radius", 200))))
        except (KeyError, TypeError, ValueError) as exc:
            raise SelfauditError(f"config images.places[{i}] is invalid ({exc}).", "Fix it with selfaudit places remove/add.") from None
    return out


def nearest_inside(places: list[Place], lat: float, lon: float) -> tuple[Place, float] | None:
    """The registered place whose radius contains the point (closest first), with the distance."""
    hits = [(p, distance_m(p.lat, p.lon, lat, lon)) for p in places]
    hits = [(p, d) for p, d in hits if d <= p.radius]
    return min(hits, key=lambda x: x[1]) if hits else None
