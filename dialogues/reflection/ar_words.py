"""Arabic cue words of complaint and praise, by which the clauses of a review are ranked."""

from __future__ import annotations

from pathlib import Path

from dialogues.text import fold


def folded(text: str) -> frozenset[str]:
    """The words of a list, folded for matching."""
    return frozenset(fold(w) for w in text.split())


def _forms(word: str) -> set[str]:
    """A listed word with its «ة/ه» spelling and its accusative «ـاً» (written «ا»)."""
    forms = {word}
    if word.endswith("ة"):
        forms.add(word[:-1] + "ه")
    elif not word.endswith(("ا", "ى", "ه")):
        forms.add(word + "ا")  # «مرتفعاً»، «جيداً»: fold drops the tanween, not the alif
    return forms


def _listed(sign: str) -> frozenset[str]:
    """The restaurant and travel words of lexicon/ar_polarity.txt with this sign."""
    path = Path(__file__).parent / "lexicon" / "ar_polarity.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    chosen = [line[2:].strip() for line in lines if line.startswith(sign + " ")]
    return frozenset(fold(form) for word in chosen for form in _forms(word))


NEGATIVE = folded(
    """سيء سيئ سيئة سيئه سئ اسوا اسوأ اسوء أسوء اسواء الاسوا الاسوء زفت خربان خايس خايسه ردي رديء
    رديئ رديئة رديئه رداءة رداءه ضعيف ضعيفة ضعيفه بارد باردة بارده ناشف ناشفه ناشفة مالح مالحه
    غالي غاليه غالية مبالغ غلاء وسخ وسخه وسخة متسخ متسخه قذر قذره مقرف مقرفه مقرفة مزعج
    مزعجه تأخير تاخير تأخر تاخر متأخر متاخر بطيء بطيئ بطيئين ببطء انتظرنا انتظرت طويل
    مشكلة مشكله مشاكل للاسف للأسف خسارة خساره ندمت فاشل فاشله
    فاشلة مغشوش تقليد مكسور مكسوره انكسر تعطل تعطلت عطل خربت خرب يخرب صدمت انصدمت تسمم
    شعر حشرة حشره صرصور زحمة زحمه مهمل اهمال سوء وقح وقحين معاملة تعامل ماعجبني ماعجبتني
    يعجبني تجاهل بدون مافيه مافي ناقص ناقصة ناقصه قليل قليلة قليله صغير صغيرة صغيره
    غير مو مش ليس ليست لم لا ما ابدا أبدا نهائيا نهائي مشكلتها مشكلته قاسي قاسية مغص
    مضروب مضروبة مضروبه بائس بائسة بائسه مستهلك مرتفع مرتفعة مرتفعه عادي عاديه عادية
    مخالف مخالفة مخالفه تعطلت يتعطل سيئين محروق محروقة نيء ني ماتستاهل مايستاهل يستاهلش
    ضيق ضيقة ضيقه ازعاج مزعجة الاسوء غش مقلب ندم خايب خايبة خايبه حار حاره دهون دسم
    مخيب مخيبة مخيبه مبالغ قصير قصيرة قصيره خلل خدوش خدش يفصل يعلق بطئ
    ذباب ذبان فيران فئران حشرات صراصير دخان معدوم معدومة معدومه منتظرا منتظراً
    بايت بايته بايتة يابس يابسه يابسة انعدم انعدمت ارتفع ارتفعت اترفع ملل الملل متوسط قللوها
    مخادع مخادعه مخادعة خداع نصابين وصخ وصخه وصخة كرهت
    الم ألم بالم تسمم اسهال استفراغ قرف قرفني قذاره قذارة قذارهـ قذارتهم شعره شعرة تحذير للتحذير
    احذر احذركم احذروا كئيب كئيبه كئيبة ممل مملة مملل مقزز مقززة مقززه حسبي دمار منتهي
    اكره أكره نكره متجهم متجهمين متجهمي زحام الزحام
    يطولون يطولوون طولوا يتاخرون يتأخرون تأخروا تاخروا
    يزعجني تحايل احتيال يتلاعبون تلاعب تحذيري لايوجد مايوجد مغبر مغبره مغبرة غبار
    عفن العفن معفن مخيس مخيسه المخيس زيوت اخترب انخرب وهمي وهميه وهمية خربانه خربانة
    سلبي سلبية سلبيه مزدحم مزدحمة مزدحمه مزحم يؤخذ""",  # r39: «يجعله سلبي»، «يؤخذ عليه»
)
MILD_NEGATIVE = folded(
    "عيب عيبها عيبه يعيبه يعيب يعيبها"  # a flaw named in passing
    " دقيقة دقيقه دقائق دقايق"  # minutes counted are mostly minutes waited
)
WEAK_NEGATIVE = folded("غير مو مش ليس ليست لم لا ما بدون مافيه مافي صغير صغيره صغيرة قليل طويل")
POSITIVE = folded(
    """ممتاز ممتازة ممتازه رائع رائعة رائعه روعة روعه جميل جميلة جميله حلو حلوة حلوه لذيذ لذيذة
    لذيذه طيب طيبة طيبه نظيف نظيفة نظيفه مميز مميزة مميزه رهيب رهيبة رهيبه يجنن خيالي
    خياليه كويس كويسة كويسه جيد جيدة جيده مناسب مناسبة مناسبه انصح أنصح افضل أفضل احلى
    احسن اروع اعجبني عجبني يعجبني عجبتني اعجبتني تحفة تحفه راقي راقيه سريع سريعة سريعه
    شيك فخم فخمه فخمة مريح مريحه مريحة انيق انيقه انيقة اعشق سريعين ساخن ساخنه ساخنة
    ساخنا نظيفين لذيذين ممتازين رائعين يستاهل تستاهل
    سهل سهلة سهله منافس""",
)
# Restaurant, café and travel reviews judge in words product reviews rarely use («أطيب»،
# «طازج»، «ممتع»، «التدخين»، «مكتوم»): without them a clear praise or complaint ranked as
# scene-setting and was left out behind «وذكرت أموراً أخرى».
NEGATIVE = NEGATIVE | (_listed("-") - POSITIVE)
POSITIVE = POSITIVE | (_listed("+") - NEGATIVE)
# The base lists with the accusative «ـاً» too: «جيداً»، «مرتفعاً» are «جيد»، «مرتفع».
NEGATIVE = NEGATIVE | frozenset(w + "ا" for w in NEGATIVE if len(w) >= 3 and w[-1] not in "اهة")
POSITIVE = POSITIVE | frozenset(w + "ا" for w in POSITIVE if len(w) >= 3 and w[-1] not in "اهة")
