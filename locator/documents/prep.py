"""Getting a photo ready to read, with Pillow only and in memory: decoded from the
vault's bytes, turned upright by its camera tag, rotated and cropped as the user asked,
straightened (deskewed) and made grey."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter, ImageOps, UnidentifiedImageError

from locator.documents.errors import NotAnImage

#: the longest side a page is read at (a phone photo is scaled down to it)
MAX_SIDE = 2400
#: the largest skew looked for, in degrees either way
MAX_SKEW = 8.0


@dataclass(frozen=True)
class Adjust:
    """What the user asked before reading: quarter turns clockwise, and an optional crop
    (left, top, right, bottom) as fractions of the turned image."""

    quarter_turns: int = 0
    crop: tuple[float, float, float, float] | None = None


def open_image(data: bytes) -> Image.Image:
    """The photo or scan in ``data``, decoded in memory and turned upright by its EXIF
    orientation. Raises :class:`NotAnImage` for anything Pillow cannot read."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise NotAnImage() from None
    return ImageOps.exif_transpose(image)


def adjusted(image: Image.Image, adjust: Adjust) -> Image.Image:
    """``image`` turned and cropped as the user asked."""
    turns = adjust.quarter_turns % 4
    if turns:
        image = image.rotate(-90 * turns, expand=True)
    if adjust.crop is not None:
        left, top, right, bottom = (min(max(v, 0.0), 1.0) for v in adjust.crop)
        if right - left > 0.05 and bottom - top > 0.05:
            w, h = image.size
            image = image.crop((round(left * w), round(top * h), round(right * w),
                                round(bottom * h)))
    return image


def grey(image: Image.Image) -> Image.Image:
    """One channel of grey, no longer than :data:`MAX_SIDE` on its longest side."""
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image)
    image = image.convert("L")
    longest = max(image.size)
    if longest > MAX_SIDE:
        scale = MAX_SIDE / longest
        image = image.resize((max(1, round(image.width * scale)),
                              max(1, round(image.height * scale))), Image.Resampling.LANCZOS)
    return image


def ink(image: Image.Image) -> Image.Image:
    """Black-on-white made white-on-black (ink = 255), for measuring: what is darker than
    the paper around it, so the shadow or table around a photographed page is no ink."""
    background = image.filter(ImageFilter.BoxBlur(max(4, max(image.size) // 60)))
    darker = ImageChops.subtract(background, image)
    threshold = max(24, _otsu(darker.histogram()))
    return darker.point(lambda v: 255 if v >= threshold else 0)


def _otsu(histogram: Sequence[int]) -> int:
    total = sum(histogram[:256])
    if total == 0:
        return 128
    sum_all = sum(i * h for i, h in enumerate(histogram[:256]))
    best, best_t, weight_b, sum_b = 0.0, 128, 0, 0.0
    for t in range(256):
        weight_b += histogram[t]
        if weight_b == 0:
            continue
        weight_f = total - weight_b
        if weight_f == 0:
            break
        sum_b += t * histogram[t]
        mean_b, mean_f = sum_b / weight_b, (sum_all - sum_b) / weight_f
        between = weight_b * weight_f * (mean_b - mean_f) ** 2
        if between > best:
            best, best_t = between, t
    return best_t


def row_profile(mask: Image.Image) -> list[float]:
    """The share of ink on each row of a mask (0 … 255 per row)."""
    column = mask.resize((1, mask.height), Image.Resampling.BOX)
    return [float(v) for v in column.get_flattened_data()]  # type: ignore[arg-type] # one band


def _sharpness(mask: Image.Image, angle: float) -> float:
    turned = mask.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=0)
    rows = row_profile(turned)
    return sum((b - a) ** 2 for a, b in zip(rows, rows[1:], strict=False))


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the lines of text level: the one
    whose rows of ink change most sharply from row to row (a projection profile)."""
    small = image.copy()
    small.thumbnail((900, 900))
    mask = ink(small)
    best_angle, best = 0.0, _sharpness(mask, 0.0)
    step = 1.0
    angles = [a * step for a in range(-int(MAX_SKEW), int(MAX_SKEW) + 1) if a]
    for angle in angles:
        score = _sharpness(mask, angle)
        if score > best:
            best, best_angle = score, angle
    for fine in (0.5, 0.25):
        centre = best_angle
        for angle in (centre - fine, centre + fine):
            score = _sharpness(mask, angle)
            if score > best:
                best, best_angle = score, angle
    return best_angle


def straightened(image: Image.Image) -> Image.Image:
    """``image`` (grey) rotated so that its lines of text are level."""
    angle = skew_angle(image)
    if angle == 0.0:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True,
                        fillcolor=_border(image))


def _border(image: Image.Image) -> int:
    """The usual grey of the image's outer edge: what lies around the page (a table, or
    the paper of a scan), to fill the corners a rotation uncovers."""
    w, h = image.size
    strips = [image.crop(box) for box in ((0, 0, w, 3), (0, h - 3, w, h), (0, 0, 3, h),
                                          (w - 3, 0, w, h))]
    histogram = [sum(s.histogram()[v] for s in strips) for v in range(256)]
    total, seen = sum(histogram), 0
    for value, count in enumerate(histogram):
        seen += count
        if seen * 2 >= total:
            return value
    return 255


def page_only(image: Image.Image) -> Image.Image:
    """``image`` cut to the paper when the paper is lighter than what it lies on (a photo
    of a page on a table): the edges of the table would read as lines of text."""
    small = image.copy()
    small.thumbnail((600, 600))
    threshold = _otsu(small.histogram())
    paper = small.point(lambda v: 255 if v > threshold else 0).filter(ImageFilter.MinFilter(5))
    box = paper.getbbox()
    if box is None:
        return image
    scale = image.width / small.width
    left, top, right, bottom = (round(v * scale) for v in box)
    if (right - left) * (bottom - top) < 0.25 * image.width * image.height:
        return image  # not a page on a background: keep it all
    margin = round(0.01 * max(image.size))
    inner = (left + margin, top + margin, right - margin, bottom - margin)
    if inner[2] - inner[0] < 50 or inner[3] - inner[1] < 50:
        return image
    return image.crop(inner)


def cleaned(image: Image.Image) -> Image.Image:
    """Speckles of a phone photo smoothed away, contrast stretched."""
    return ImageOps.autocontrast(image.filter(ImageFilter.MedianFilter(3)), cutoff=1)


def prepared(data: bytes, adjust: Adjust = Adjust()) -> Image.Image:
    """The page in ``data`` as it is read: upright, turned and cropped as asked, grey,
    straightened, cut to the paper."""
    return page_only(straightened(grey(adjusted(open_image(data), adjust))))
