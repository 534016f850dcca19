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

# A device charged or plugged in, told with the words of shipping and delivering: «بعد شحنه
# لمدة 5 ساعات» (after charging it), «عدد مرات الشحن», «توصيله على ولاعة السيارة» (plugging it
# into the car's lighter), «في حالة التوصيل المباشر» (plugged in directly). Folded, «شحنه» ("its
# charge") is «شحنة» (a shipment): inside these phrases no parcel arrived.
DEVICE_USE: dict[str, tuple[str, ...]] = {
    "ar": ("بعد شحنه", "بعد شحنها", "اثناء الشحن", "أثناء الشحن", "مرات الشحن",
           "بشحنه واحده", "بشحنة واحدة", "التوصيل المباشر", "توصيل مباشر", "توصيله على",
           "توصيله علي", "توصيلها على", "توصيلها علي", "توصيله في", "توصيلها في",
           "توصيلة اليو*", "توصيله اليو*", "توصيلة usb", "التوصيلات", "توصيلات"),
}  # fmt: skip


def charging_not_shipping(told: str, language: str) -> bool:
    """A battery or charger told and no parcel arriving: «شحن» charged, it did not ship."""
    seq = telling.tokens(told)
    used = telling.find(seq, DEVICE_USE.get(language, ()), language)
    arrived = [
        (a, b)
        for a, b in telling.find(seq, ARRIVAL.get(language, ()), language)
        if not any(u <= a and b <= v for u, v in used)  # «توصيله على …»: plugged in, no parcel
    ]
    charged = used or telling.find(seq, CHARGING.get(language, ()), language)
    return bool(charged) and not arrived
