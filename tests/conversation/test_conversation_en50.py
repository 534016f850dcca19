"""English round 50: an update not given is news, not an app fault; a slow answer only if told."""

from __future__ import annotations

import pytest

from dialogues import told_topic
from dialogues.apologies import apology_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("No update at all. Flight 1140 is stuck at the gate, poor service.", "apology_travel"),
        ("any update on the delayed flight from Boston to Houston?", "apology_travel"),
        ("Without baggage for 5 days and can't get an update from the airport", "apology_baggage"),
        ("why don't YOU tell them to update the boards?!", "apology"),
    ],
)
def test_an_update_not_given_is_no_app_fault(text: str, key: str) -> None:
    # "No update at all. Flight 1140" got "The app is meant to make your life easier".
    topic = told_topic.topic_of([text], "en", "app")  # NLU's "app", weighed against the words
    assert apology_key(topic, text, True, "en") == key


@pytest.mark.parametrize(
    "text",
    [
        "Can't update the app via Google play",
        "click update and it tells me to put in my airports again",
        "since the update the app crashes every time",
    ],
)
def test_an_update_of_the_app_stays_the_apps(text: str) -> None:
    assert apology_key("app", text, True, "en") == "apology_app"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("pathetic service", "apology_handled"),
        (
            "do you teach your gate agents 2 lie? There was overhead space for my bag",
            "apology_handled",
        ),
        ("SEA to DEN. South Sound Volleyball team on its way!", "apology"),
        (
            "still no response to my complaint after 3 weeks, awful customer service",
            "apology_service",
        ),
        ("I called 3 times and nobody picks up, terrible customer service", "apology_service"),
        ("So disappointed in the service and the level of staff communication", "apology_service"),
        ("what is the excuse for understaffed customer services?", "apology_service"),
        (
            "NO one at the counter for 30 minutes and 30 people in line. Terrible service!!!",
            "apology_service",
        ),
        ("when can we expect customer service in Dallas to be available", "apology_service"),
        (
            "a rep 10 min in said she couldn't help so transferred me to customer service",
            "apology_service",
        ),
    ],
)
def test_answered_sooner_only_for_a_contact_left_unanswered(text: str, key: str) -> None:
    # "pathetic service" got "We should have answered you sooner and better": none was asked for.
    assert apology_key("service", text, True, "en") == key


def test_persian_and_arabic_keep_the_service_apology() -> None:
    assert apology_key("service", "پشتیبانی افتضاح", True, "fa") == "apology_service"
    assert apology_key("service", "خدمة العملاء سيئة", True, "ar") == "apology_service"
