"""``python -m retention_gui``. Absolute import: PyInstaller runs this file as a script."""

import sys

from retention_gui.app import main

if __name__ == "__main__":
    sys.exit(main())
