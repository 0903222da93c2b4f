"""Static images through kaleido and Debian's Chromium; a clear error without a browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.render import ImageExportError, plot, write_image
from timeline.render.image import find_browser


def test_no_browser_is_a_clear_error_not_a_traceback(us_russia, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    with pytest.raises(ImageExportError, match="apt-get install chromium"):
        write_image(plot(us_russia), tmp_path / "t.png")
    assert not (tmp_path / "t.png").exists()


def test_unknown_image_suffix_is_refused(us_russia, tmp_path):
    with pytest.raises(ImageExportError, match=r"\.png, \.svg, \.pdf"):
        write_image(plot(us_russia), tmp_path / "t.gif")


@pytest.mark.slow
@pytest.mark.skipif(find_browser() is None, reason="no Chromium installed")
@pytest.mark.parametrize(
    ("suffix", "magic"),
    [("svg", b"<svg"), ("png", b"\x89PNG"), ("pdf", b"%PDF"), ("jpg", b"\xff\xd8")],
)
def test_images_are_drawn_with_the_local_chromium(us_russia, tmp_path: Path, suffix, magic):
    image = write_image(plot(us_russia, title="U.S.–Russia"), tmp_path / f"t.{suffix}")
    data = image.read_bytes()
    assert magic in data[:200]
    if suffix == "svg":
        assert b"Kerry visits Moscow" in data
        assert b"rangeslider" not in data
