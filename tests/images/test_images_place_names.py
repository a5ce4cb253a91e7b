"""A photo whose file names the place it was taken in words — XMP photoshop:City and
Iptc4xmpCore:Location (Lightroom's reverse-geocoded fields, kept when GPS is removed on export),
or IPTC City/Sub-location — passed as "No GPS location in the file". Anyone who downloads the
file can read "Homerton University Hospital, Hackney": now review, quoting the fields."""

from __future__ import annotations

import io
from typing import Any

from .conftest import jpeg_bytes, run_checks, scene

_XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" {}/></rdf:RDF></x:xmpmeta>')


def _xmp_jpeg(tags: str) -> bytes:
    buf = io.BytesIO()
    scene(320, 240).save(buf, "JPEG", xmp=_XMP.format(tags).encode())
    return buf.getvalue()


def _iptc_jpeg(city: bytes, sublocation: bytes) -> bytes:
    """IPTC-IIM in a Photoshop APP13 block, as cameras' and agencies' software write it."""
    import struct

    def ds(num: int, value: bytes) -> bytes:
        return b"\x1c\x02" + bytes([num]) + struct.pack(">H", len(value)) + value

    iim = ds(0, b"\x00\x04") + ds(90, city) + ds(92, sublocation)
    res = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")
    app13 = b"Photoshop 3.0\x00" + res
    jpg = jpeg_bytes(scene(320, 240))
    return jpg[:2] + b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13 + jpg[2:]


def _meta(make_snapshot: Any, data: bytes) -> Any:
    snap, folder = make_snapshot([("p", data, "jpg", {})])
    (f,) = [f for f in run_checks(snap, folder) if f.check == "photo_location_metadata"]
    return f


def test_an_xmp_place_name_is_a_location(make_snapshot: Any) -> None:
    f = _meta(make_snapshot, _xmp_jpeg('photoshop:City="Hackney" photoshop:Country="United Kingdom" '
                                       'Iptc4xmpCore:Location="Homerton University Hospital"'))
    assert f.status.value == "review"
    assert "Homerton University Hospital" in f.title and "Hackney" in f.title


def test_an_iptc_place_name_is_a_location(make_snapshot: Any) -> None:
    f = _meta(make_snapshot, _iptc_jpeg(b"Hackney", b"Kingsland Road"))
    assert f.status.value == "review" and "Kingsland Road" in f.title


def test_a_country_alone_or_no_place_still_passes(make_snapshot: Any) -> None:
    assert _meta(make_snapshot, _xmp_jpeg('photoshop:Country="United Kingdom"')).status.value == "pass"
    assert _meta(make_snapshot, jpeg_bytes(scene(320, 240))).status.value == "pass"
