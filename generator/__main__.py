import sys

from .cli import main

if __name__ == "__main__":  # not again in worker processes started by spawning
    sys.exit(main())
