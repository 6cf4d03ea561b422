"""Validate ../hand_zb.jsonl (or the file named) and print its counts (see ../shared_src/authoring.py)."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "semantic" / "shared_src"))
from authoring import main_validate  # noqa: E402

if __name__ == "__main__":
    main_validate(HERE, "zb", sys.argv)
