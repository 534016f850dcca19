"""Function words per language: what is not a content word (folded spellings).

Content words are what a reflection must keep; these are the words around them —
pronouns, particles, auxiliaries, fillers and greetings, including colloquial forms.
"""

from __future__ import annotations

from dialogues.text import fold

_EN = """
a an the and or but if so because as of to in on at by for with from about into over after
before than then there here this that these those it its it's is are was were be been being
am do does did done doing have has had having will would shall should can could may might must
i me my mine myself we us our ours you your yours he him his she her they them their what which
who whom whose when where why how all any both each few more most other some such no nor not
only own same too very just also still even really again ever now up down out off once s t
don't didn't doesn't isn't wasn't aren't weren't can't couldn't won't wouldn't i'm i've i'll
i'd you're we're they're im ive dont cant wont hi hello hey thanks thank please pls ok okay yes
yeah well oh lol got get gets getting one like know think going gonna want wanna sure yep
nope nah alright right exactly correct true that's what's there's it's
"""
_FA = """
و یا اما ولی که تا از به با در بر برای را رو هم همه این آن اون این‌ها آن‌ها یه یک من تو او
ما شما آنها اونا ایشان خودم خودت خود است هست هستم هستیم نیست بود بودم بودیم شد شده شود می
نمی ها های هایی ای ام اید ایم چه چی چرا کجا کی چطور چگونه اگر پس بعد قبل دیگه دیگر خیلی
بسیار کمی فقط هنوز حتی الان اینکه اونکه آنکه چون چونکه وقتی سلام ممنون مرسی لطفا لطفاً باشه
آره اره بله نه خب راستش واقعا واقعاً یعنی اصلا اصلاً همین همون هیچ هر کل رو روی زیر بالا
توی تو داخل بین مثل مانند جان عزیز دیگری نیز ولیکن بنده
"""
_AR = """
و أو او ثم لكن بل في على علي من إلى الى عن مع هذا هذه ذلك تلك هو هي هم هن أنا انا نحن أنت
انت انتم أنتم انتو كان كانت يكون تكون ليس لم لن لا ما ماذا مو مش إن ان أن إذا اذا لو قد
كل بعض غير حتى عند عندي لي له لها لهم به بها فيه فيها منه منها الذي التي اللي الي يعني
والله بس كمان برضه يا اي أي ايش شو وش مرحبا السلام عليكم اهلا أهلا شكرا شكراً جدا جداً كثير
مره مرة هل نعم ايوه طيب تمام خلاص هناك هنا ف ب ل ك
"""

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(_EN.split()),
    "fa": frozenset(fold(w) for w in _FA.split()),
    "ar": frozenset(fold(w) for w in _AR.split()),
}
