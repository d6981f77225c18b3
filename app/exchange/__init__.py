"""Exchange and teamwork in the GUI: REFI-QDA and Iramuteq exchange, queries, thematic grid,
merging coders' copies and inter-coder agreement (``install_exchange`` adds them to the window)."""

from app.exchange.actions import ExchangeActions, install_exchange

__all__ = ["ExchangeActions", "install_exchange"]
