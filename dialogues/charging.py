"""A battery charged, told in Arabic with the word for shipping: «شحن» is both.

«ولم يشحن الا ٣٢٪», «الشاحن بحطوه علي الشحن لمدة كبيرة»: the charger or the battery let them
down, and «كان من المفروض أن تصل الشحنة سليمة» (the shipment's apology) named a parcel nobody
mentioned. With no word of a parcel arriving, the product's apology names what failed.
"""

from __future__ import annotations

from dialogues import telling

# A charger, a battery, or a phone charged: «الشاحن», «البطارية», «يشحن», «شحن الجوال».
CHARGING: dict[str, tuple[str, ...]] = {
    "ar": ("شاحن*", "الشاحن*", "بطاري*", "البطاري*", "يشحن*", "شحنت", "امبير", "أمبير",
           "شحن الجوال", "شحن الهاتف", "شحن الموبايل", "شحن الموبيل", "في الشحن",
           "دائرة الشحن", "بطء شحنه", "بالشحن"),
}  # fmt: skip
# A parcel that travelled: it arrived, late, with a courier, a waybill, a shipping company.
ARRIVAL: dict[str, tuple[str, ...]] = {
    "ar": ("وصلت", "وصلني", "وصلتني", "وصلتنا", "وصول*", "التوصيل", "توصيل", "مندوب*",
           "المندوب", "الشحنة", "شحنة", "الشحنه", "البوليصة", "البوليصه", "شركة الشحن",
           "استلم*", "تأخر*", "تاخر*", "متأخر*", "متاخر*", "الطلب", "طلبت", "ارسال", "إرسال"),
}  # fmt: skip


def charging_not_shipping(told: str, language: str) -> bool:
    """A battery or charger told and no parcel arriving: «شحن» charged, it did not ship."""
    return telling.has(told, CHARGING, language) and not telling.has(told, ARRIVAL, language)
