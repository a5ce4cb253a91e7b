"""Draw the stand-in organisation marks shipped with selfaudit.

The official CHSCB/CHSCP artwork cannot be downloaded here, so selfaudit ships clearly
labelled stand-ins with the same role: a distinctive mark the logo detector must find.
Replace them with the real files: ``selfaudit logos add FILE --name NAME``.
Run this module to regenerate the PNGs (deterministic).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans Bold where installed, else Pillow's own font (also used by bench/bench_images.py)."""
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def draw_mark(acronym: str, tagline: str, colour: tuple[int, int, int], accent: tuple[int, int, int]) -> Image.Image:
    """A shield-and-wordmark logo with enough corners and texture for feature matching."""
    w, h = 640, 320
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    # Shield with an inner chevron and three dots: asymmetric detail helps localised matching.
    d.polygon([(30, 40), (170, 40), (170, 170), (100, 280), (30, 170)], fill=colour)
    d.polygon([(55, 70), (145, 70), (145, 160), (100, 235), (55, 160)], fill=(255, 255, 255))
    d.polygon([(70, 95), (100, 150), (130, 95), (130, 125), (100, 190), (70, 125)], fill=accent)
    for i, (x, y) in enumerate([(80, 205), (100, 218), (120, 205)]):
        d.ellipse([x - 7, y - 7, x + 7, y + 7], fill=colour if i != 1 else accent)
    d.text((195, 55), acronym, font=font(112), fill=colour)
    d.rectangle([195, 190, 610, 198], fill=accent)
    d.text((197, 212), tagline, font=font(27), fill=(40, 40, 40))
    d.text((197, 250), "STAND-IN MARK", font=font(20), fill=accent)
    return img


MARKS = {
    "chscb-standin": ("CHSCB", "Safeguarding Children Board", (0, 84, 147), (226, 0, 122)),
    "chscp-standin": ("CHSCP", "Safeguarding Partnership", (0, 122, 94), (245, 160, 0)),
}


def main() -> None:
    for name, (acr, tag, c, a) in MARKS.items():
        draw_mark(acr, tag, c, a).save(HERE / f"{name}.png", optimize=True)


if __name__ == "__main__":
    main()
