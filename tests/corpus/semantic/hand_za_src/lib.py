"""What a batch module of hand_za imports: ``c``, ``g`` and ``merge_same_prompt`` (see ../shared_src/authoring.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "semantic" / "shared_src"))
from authoring import c, g, merge_same_prompt  # noqa: E402,F401
