"""``python -m nmda_pain``: the same as the ``nmda-pain`` command."""

import sys

from nmda_pain.cli import main

if __name__ == "__main__":
    sys.exit(main())
