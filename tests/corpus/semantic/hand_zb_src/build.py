"""Build ../hand_zb.jsonl from the batch modules l[0-9][0-9]_*.py (see ../shared_src/authoring.py)."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the batch modules import lib
sys.path.insert(0, str(HERE.parents[1] / "semantic" / "shared_src"))
from authoring import main_build  # noqa: E402

if __name__ == "__main__":
    main_build(HERE, "zb")
