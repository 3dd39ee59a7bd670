"""``python -m drafter``."""
from .cli import run

run()
