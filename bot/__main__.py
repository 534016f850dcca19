"""``python -m bot``: the same as the ``hamdel`` command."""

from bot.cli import main

raise SystemExit(main())
