"""An "update" asked for or not given is news about the flight, the bag or the claim, not the app.

"No update at all. Flight 1140, poor service" and "can't get an update from Houston airport
since Monday" got "The app is meant to make your life easier": "update" was read as an app
fault. An update is the app's only when the app is named beside it ("Can't update the app",
"the update via Google Play won't install"); otherwise it is news the customer was not given,
and the apology names the trip, the bag or the service as the rest of the words tell.
"""

from __future__ import annotations

from dialogues import telling

UPDATE: dict[str, tuple[str, ...]] = {"en": ("update*",)}

# The app named or used beside the update ("click update and it tells me …"): then the update
# is the app's (a new version, an install, a button).
APP_NAMED: dict[str, tuple[str, ...]] = {
    "en": ("app", "apps", "google play", "play store", "app store", "version", "install*",
           "download*", "iphone", "android", "ios", "click*", "tap", "tapped"),
}  # fmt: skip


def app_update(told: str, language: str) -> bool:
    """An update told beside the app named: a new version, the app's own fault."""
    return telling.has(told, UPDATE, language) and telling.has(told, APP_NAMED, language)
