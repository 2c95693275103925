import sys

from cs_dash.cli import main

sys.exit(main())
