"""A price called fair, told in Arabic: «السعر معقول», «أسعاره معقولة», «الثمن مناسب».

«معقول» alone hedges praise («جيد، معقول»: "all right"), but beside a price it praises the
price; «ساعه جيده والسعر معقول» was read as a hedged review and got «آسف لأن ما حصلت عليه لم
يكن يستحق ما دفعته» for the price the customer had just called fair.
"""

from __future__ import annotations

# Entries as in ``dialogues.cues`` (folded; a trailing ``*`` matches any ending; Arabic's
# clitics «و», «ال» are matched without being listed). Not «السعر غير معقول»: a word between.
FAIR_PRICE: dict[str, tuple[str, ...]] = {
    "ar": ("سعر* مناسب*", "سعر* معقول*", "اسعار* معقول*", "أسعار* معقول*", "اسعار* مناسب*",
           "أسعار* مناسب*", "ثمن* مناسب*", "ثمن* معقول*",
           # «السعر مقبول جداً»: beside a price, «مقبول» calls it fair, no hedge
           "سعر* مقبول*", "اسعار* مقبول*", "أسعار* مقبول*", "ثمن* مقبول*"),
}  # fmt: skip
