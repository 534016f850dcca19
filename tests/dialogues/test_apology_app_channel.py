"""The app named only as the way they ordered is not what let them down."""

from __future__ import annotations

import pytest

from dialogues.apologies import apology_key


@pytest.mark.parametrize(
    ("language", "told", "key"),
    [
        ("ar", "طلبت من التطبيق بيتزا ووصلت بعد ساعتين باردة", "apology_meal"),
        ("fa", "از اپ پیتزا سفارش دادم و سرد رسید", "apology_food_cold"),  # fa59: the cold, named
        ("en", "ordered a pizza through the app and it came cold", "apology_meal"),
        ("ar", "التطبيق يعلق كل ما افتح السلة", "apology_app"),
        ("fa", "اپ باز نمیشه و ارور میده", "apology_app"),
        ("en", "the app keeps logging me out", "apology_app"),
    ],
)
def test_the_app_gets_its_apology_only_for_a_fault_of_its_own(
    language: str, told: str, key: str
) -> None:
    # «طلبت من التطبيق بيتزا ووصلت … باردة» got «التطبيق وُجد ليسهّل عليك، لا ليعقّد الأمور».
    assert apology_key("app", told, True, language) == key
