"""Genuine buyers, part 3: Russian, Ukrainian, Turkish, Arabic, Hebrew, Persian, Hindi."""

TEXT = """
=== ru-mailru-short
p: mailru
from: Иван Петров <ivan.petrov77@mail.ru>
date: 2026-11-18 11:20 +0300
subj: Цена
lang: ru
cc: RU
note: short Russian from mail.ru, digits in user name
---
Здравствуйте! Нужно 500 штук налобных фонарей. Какая цена?

Иван
=== ru-yandex-detail
p: yandex
from: Елена Смирнова <elena.smirnova@yandex.ru>
date: 2026-11-10 10:05 +0300
subj: Запрос цены на посуду
lang: ru
cc: RU
note: Russian kitchenware request from Yandex with quantities, DAP Moscow, certificates EAC
---
Добрый день!

Наша компания занимается оптовой торговлей посудой в Москве. Интересуют кастрюли из нержавеющей стали (набор 6 предметов) и сковороды с антипригарным покрытием 24/26/28 см.

Объём первой партии: 1 000 наборов кастрюль и по 1 500 сковород каждого размера. Просим указать цену FOB и DAP Москва, сроки производства и наличие сертификатов ЕАС.

С уважением,
Елена Смирнова
менеджер по закупкам
тел. +7 495 781-24-60
=== ru-mailru-cp1251
p: mailru
from: Сергей Кузнецов <kuznetsov_s1980@mail.ru>
date: 2026-11-20 15:40 +0300
subj: Инструмент
lang: ru
cc: RU
opts: charset=windows-1251 b64
note: Russian in windows-1251 base64, hand tools, WhatsApp/Telegram number
---
Добрый день.

Прошу выслать прайс на ручной инструмент: молотки 500 г, плоскогубцы 180 мм, наборы отверток. Объём закупки около 2 млн рублей в месяц. Оплата по контракту, доставка до Владивостока морем.

Сергей Кузнецов
WhatsApp/Telegram: +7 914 705 33 18
=== ru-kz-gmail-reply
p: gmail
from: Айгерим Нурланова <aigerim.nurlanova92@gmail.com>
date: 2026-11-24 14:15 +0500
subj: Re: Quotation office chairs
lang: ru
cc: KZ
reply: chair2611.lily
note: Kazakh buyer replying in Russian above an English quote ("пишет:")
---
Добрый день, Лили!

Спасибо за предложение. Мы готовы заказать 120 кресел модели OC-330, серого цвета. Доставка до Алматы, нам нужна цена DAP Алматы по железной дороге.

С уважением,
Айгерим

пн, 23 нояб. 2026 г. в 10:30, Lily Zhang <lily@sunrise-tools.cn>:
> Dear Aigerim,
> Office chair OC-330, mesh back, nylon base: USD 28.50/pc FOB Tianjin, MOQ 100 pcs.
> Best regards,
> Lily
=== ru-by-tiny
p: yandex
from: Дмитрий Ковалёв <d.kovalev.by@yandex.by>
date: 2026-11-21 20:55 +0300
subj: вопрос
lang: ru
cc: BY
note: very short Belarusian-Russian evening question
---
Добрый вечер. Минимальная партия по рулеткам какая?
=== ru-mixed-english
p: mailru
from: Олег Васильев <oleg.vasilyev@bk.ru>
date: 2026-11-12 12:45 +0300
subj: LED lamps request
lang: ru
mixed: yes
cc: RU
note: mixed: Russian paragraph + weak English, bk.ru (mail.ru group)
---
Здравствуйте, мы дистрибьютор электротоваров в Екатеринбурге, ищем поставщика светодиодных ламп.

We need LED bulb A60 10W E27 4000K, 20000 pcs first order, with our brand on box. Please send price FOB and EAC certificate if have.

Спасибо,
Олег Васильев
=== uk-ukrnet-short
p: ukrnet
from: Олександр Шевченко <o.shevchenko83@ukr.net>
date: 2026-11-18 10:50 +0200
subj: Запит
lang: uk
cc: UA
note: short Ukrainian from ukr.net (fwdcdn.com relays), digits in user name
---
Доброго дня! Потрібно 300 штук акумуляторних ліхтарів. Яка ціна?

Олександр
=== uk-gmail-detail
p: gmail
from: Наталія Бондаренко <nataliia.bondarenko@gmail.com>
date: 2026-11-11 09:35 +0200
subj: Пакувальні матеріали
lang: uk
cc: UA
opts: html
note: Ukrainian packaging inquiry with specs, delivery via Gdańsk
---
Добрий день!

Ми — виробник кондитерських виробів у Львові. Шукаємо постачальника картонних коробок для тортів з вікном (25x25x12 см та 30x30x15 см), по 20 000 штук кожного розміру, з друком нашого логотипу.

Прошу надіслати ціну FOB та CIF Гданськ, терміни виготовлення і умови оплати.

З повагою,
Наталія Бондаренко
тел./Viber: +380 67 345 2190
=== uk-outlook-mixed
p: outlook
region: EUR
from: Andrii Melnyk <andrii.melnyk1991@outlook.com>
date: 2026-11-25 16:05 +0200
subj: Re: Garden furniture
lang: uk
mixed: yes
cc: UA
reply: garden2611.lily
note: mixed: Ukrainian greeting + English question, English quote below
---
Добрий день, Лілі!

Thank you for the catalogue. We choose set GF-210 (table + 4 chairs), 80 sets. What is price CIF Odesa? Or if not possible, to Constanta.

Дякую,
Андрій

On Tue, Nov 24, 2026 at 9:05 AM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Dear Andrii,
> Please find attached our garden furniture catalogue 2026.
> Best regards,
> Lily
=== uk-cp1251-tiny
p: ukrnet
from: Ірина Коваль <iryna.koval@ukr.net>
date: 2026-11-20 08:10 +0200
subj: ціна
lang: uk
cc: UA
opts: charset=windows-1251 b64
note: very short Ukrainian in windows-1251
---
Добрий день, скільки коштує набір свердел на 200 шт?
=== tr-gmail-short
p: gmail
from: Mehmet Kaya <mehmetkaya1985@gmail.com>
date: 2026-11-18 10:15 +0300
subj: Fiyat
lang: tr
cc: TR
note: short Turkish, digits in user name
---
Merhaba, 500 adet LED panel için fiyat alabilir miyim? Teşekkürler.

Mehmet
=== tr-outlook-hirdavat
p: outlook
region: EUR
from: Ayşe Demir <ayse.demir.hirdavat@hotmail.com>
date: 2026-11-09 14:30 +0300
subj: El aletleri teklif talebi
lang: tr
cc: TR
opts: html
note: Turkish hand-tool RFQ with Incoterms and payment terms
---
Merhabalar,

İstanbul'da hırdavat toptancısıyız. Aşağıdaki ürünler için fiyat teklifi rica ediyoruz:
- Kombine pense 8": 2.000 adet
- Yan keski 6": 1.500 adet
- Tornavida seti 6 parça: 3.000 set

FOB Ningbo ve CIF Mersin fiyatlarını, teslim süresini ve ödeme koşullarını (%30 peşin, %70 konşimento kopyası karşılığı uygun) bildirir misiniz?

Saygılarımızla,
Ayşe Demir
Satın Alma
Tel: +90 212 555 41 28
=== tr-workspace-reply
p: workspace
from: Emre Çelik <emre.celik@celikmobilya.com.tr>
date: 2026-11-26 11:20 +0300
subj: Ynt: Furniture fittings offer
lang: tr
cc: TR
reply: fit2611.lily
note: Turkish reply ("Ynt:" subject, "şunu yazdı:") above an English quote
---
Merhaba Lily Hanım,

Teklifiniz için teşekkürler. 10.000 adet menteşe ve 5.000 çift ray için proforma fatura gönderebilir misiniz? Ödeme akreditif ile olacak.

İyi çalışmalar,
Emre Çelik
Çelik Mobilya A.Ş.

Lily Zhang <lily@sunrise-tools.cn>, 24 Kas 2026 Sal, 09:45 tarihinde şunu yazdı:
> Dear Emre,
> Soft-close hinge 35mm: USD 0.42/pc; ball-bearing slide 450mm: USD 2.10/pair. FOB Ningbo.
> Best regards, Lily
=== tr-gmail-tiny-night
p: gmail
from: Burak Aydın <burakaydin34@gmail.com>
date: 2026-11-22 23:05 +0300
subj: numune
lang: tr
cc: TR
note: very short late-night Turkish sample request with quantity
---
İyi akşamlar, 2 adet numune ve 300 adet için fiyat lütfen.
=== tr-mixed-english
p: yandex
domain: yandex.com.tr
from: Zeynep Arslan <zeyneparslan@yandex.com.tr>
date: 2026-11-13 09:50 +0300
subj: Inquiry for bath towels
lang: tr
mixed: yes
cc: TR
note: mixed: Turkish closing paragraph + English request, Yandex Turkey
---
Dear Sir/Madam,

We need microfiber bath towel 70x140, 3 colors, 5000 pcs, with our label. Please quote FOB Shanghai and delivery time.

Fiyatlarınız uygun olursa her ay düzenli sipariş verebiliriz. Şimdiden teşekkür ederim.

Zeynep Arslan
=== ar-gmail-short
p: gmail
from: Ahmed Al-Harbi <ahmed_2019@gmail.com>
date: 2026-11-18 10:30 +0300
subj: طلب سعر
lang: ar
cc: SA
note: short Saudi Arabic, digits in user name
---
السلام عليكم، أريد سعر 500 قطعة من كشافات LED. شكرا

أحمد
=== ar-outlook-uae
p: outlook
region: EUR
from: Khalid Al Mansoori <khalid_almansoori@hotmail.com>
date: 2026-11-10 11:45 +0400
subj: استفسار عن أدوات المطبخ
lang: ar
cc: AE
opts: html
note: UAE buyer, Hotmail, kitchenware with specs and port Jebel Ali
---
السلام عليكم ورحمة الله،

نحن شركة تجارية في دبي نعمل في توزيع أدوات المطبخ. نرغب في الحصول على عرض سعر للمنتجات التالية:
- طقم قدور ستانلس ستيل 10 قطع: 600 طقم
- مقالي غير لاصقة مقاس 28 سم: 1200 قطعة

نرجو إرسال السعر CIF جبل علي، ومدة التسليم، وطريقة الدفع.

مع التحية،
خالد المنصوري
واتساب: +971 50 412 7789
=== ar-exo-saudi-disclaimer
p: exo
region: EUR
from: Faisal Al-Otaibi <f.alotaibi@alrawabi-trading.com.sa>
date: 2026-11-04 09:20 +0300
subj: طلب عرض سعر - مصابيح الشوارع
lang: ar
cc: SA
opts: html
note: Saudi company on Exchange Online, Arabic RFQ over an English disclaimer
---
السادة المحترمون،

نرجو تزويدنا بعرض سعر لعدد 350 كشاف شوارع LED قدرة 150 واط مع شهادة CE وتقرير اختبار IP66. التسليم ميناء الدمام، والدفع بخطاب اعتماد.

وتفضلوا بقبول فائق الاحترام،
فيصل العتيبي
مدير المشتريات
شركة الروابي للتجارة

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager.
=== ar-eg-yahoo-tiny
p: yahoo
region: ir2
from: Mohamed Hassan <mohamed.hassan1987@yahoo.com>
date: 2026-11-21 21:15 +0200
subj: سؤال
lang: ar
cc: EG
note: very short Egyptian evening question
---
مساء الخير، ما هو أقل كمية للطلب؟
=== ar-ma-short-casablanca
p: gmail
from: Rachid El Amrani <rachid.elamrani@gmail.com>
date: 2026-11-16 15:05 +0100
subj: طلب
lang: ar
cc: MA
note: Moroccan buyer writing Arabic (not French), quantity in cartons and destination port
---
السلام عليكم،
أنا تاجر من الدار البيضاء، أحتاج 200 كرتونة من مفكات البراغي ونحتاج السعر إلى ميناء الدار البيضاء.
شكرا جزيلا
رشيد
=== ar-jo-reply
p: gmail
from: Omar Haddad <omar.haddad.jo@gmail.com>
date: 2026-11-25 13:10 +0300
subj: Re: Quotation for LED tubes
lang: ar
cc: JO
reply: tube2611.lily
note: Jordanian reply in Arabic above an English quote
---
مرحبا ليلي،
السعر مناسب. نريد 2000 قطعة من الموديل T8 18W. متى يمكن الشحن إلى العقبة؟
شكرا
عمر

On Mon, Nov 23, 2026 at 4:40 PM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Dear Omar,
> LED tube T8 18W 1200mm: USD 0.98/pc FOB Ningbo, MOQ 1000 pcs.
> Regards, Lily
=== ar-mixed-english
p: outlook
region: EUR
from: Yousef Al-Saadi <yousef.alsaadi@outlook.com>
date: 2026-11-12 10:00 +0300
subj: Inquiry
lang: ar
mixed: yes
cc: IQ
note: mixed: Arabic greeting + English request, Iraqi buyer on Outlook.com
---
السلام عليكم

Dear supplier, we need 1000 pcs solar LED street light 100W with pole bracket. Please send price CIF Umm Qasr and warranty.

شكرا
Yousef Al-Saadi
+964 770 512 3344
=== ar-qa-icloud
p: icloud
from: Hamad Al-Kuwari <hamad.alkuwari@icloud.com>
date: 2026-11-19 19:30 +0300
subj: كراسي مكتب
lang: ar
cc: QA
note: Qatari buyer on iPhone, furniture, short
---
مرحبا، أحتاج 60 كرسي مكتب جلد لون أسود مع التوصيل إلى الدوحة. كم السعر؟

Sent from my iPhone
=== he-gmail-short
p: gmail
from: Yossi Cohen <yossi.cohen1978@gmail.com>
date: 2026-11-18 09:45 +0200
subj: הצעת מחיר
lang: he
cc: IL
note: short Hebrew, digits in user name
---
שלום, אני צריך הצעת מחיר ל-400 פנסי LED נטענים. תודה

יוסי
=== he-own-company
p: own
host: mail.kelim-israel.co.il
from: Michal Levi <michal@kelim-israel.co.il>
date: 2026-11-10 11:20 +0200
subj: בקשה להצעת מחיר - כלי מטבח
lang: he
cc: IL
opts: html
ua: Microsoft Outlook 16.0
note: Israeli company, kitchenware RFQ in Hebrew with English disclaimer
---
שלום רב,

אנחנו יבואנים של כלי בית בתל אביב. נשמח לקבל הצעת מחיר עבור 1,500 סטים של סכינים (6 חלקים עם מעמד עץ) ו-800 קרשי חיתוך מבמבוק. המשלוח לנמל אשדוד.

בברכה,
מיכל לוי
מנהלת רכש

This email may contain confidential information. If you are not the intended recipient, please delete it and inform the sender.
=== he-mixed-english
p: outlook
region: EUR
from: Avi Mizrahi <avi_mizrahi@hotmail.com>
date: 2026-11-23 14:50 +0200
subj: Drill bits
lang: he
mixed: yes
cc: IL
note: mixed: Hebrew opening + English specification
---
שלום, אנחנו חנות כלי עבודה בחיפה.

Please send price for SDS plus drill bits set 5 pcs (6/8/10/12 mm), 1000 sets, FOB. Also sample 2 sets.

תודה,
Avi
=== he-tiny-evening
p: gmail
from: Noa Friedman <noafriedman.design@gmail.com>
date: 2026-11-22 21:40 +0200
subj: מנורות
lang: he
cc: IL
note: very short Hebrew evening question
---
ערב טוב, מה המינימום להזמנה של מנורות התלייה?
=== fa-gmail-short
p: gmail
from: Reza Ahmadi <reza.ahmadi1364@gmail.com>
date: 2026-11-18 10:40 +0330
subj: قیمت
lang: fa
cc: IR
note: short Persian with a Persian-calendar year in the user name, Iran +0330
---
سلام، قیمت ۵۰۰ عدد چراغ قوه LED را می‌خواهم. ممنون

رضا
=== fa-yahoo-detail
p: yahoo
region: ir2
from: Maryam Hosseini <maryam_hosseini_trade@yahoo.com>
date: 2026-11-09 12:15 +0330
subj: درخواست قیمت لوازم آشپزخانه
lang: fa
cc: IR
note: Persian kitchenware request with quantity and port
---
با سلام و احترام،

ما یک شرکت بازرگانی در تهران هستیم و به ۱۰۰۰ ست قابلمه استیل ۸ پارچه نیاز داریم. لطفاً قیمت CFR بندرعباس و زمان تحویل را اعلام کنید.

با تشکر،
مریم حسینی
=== fa-mixed-english
p: gmail
from: Ali Rezaei <ali.rezaei.import@gmail.com>
date: 2026-11-24 09:25 +0330
subj: Inquiry ball bearings
lang: fa
mixed: yes
cc: IR
note: mixed: Persian paragraph and English part numbers
---
سلام و وقت بخیر، ما وارد کننده قطعات صنعتی در تبریز هستیم.

We need ball bearings 6204-2RS 5000 pcs and 6305-ZZ 3000 pcs. Please send your best price.

با تشکر
Ali Rezaei
=== fa-reply
p: gmail
from: Sara Karimi <sara.karimi.1370@gmail.com>
date: 2026-11-26 15:30 +0330
subj: Re: Price list
lang: fa
cc: IR
reply: pl2611.lily
note: Persian reply above an English quote
---
سلام خانم لیلی،
ممنون از لیست قیمت. ما ۳۰۰ عدد از مدل SR-P018 سفارش می‌دهیم. لطفاً پیش‌فاکتور را بفرستید.
سارا

On Tue, Nov 24, 2026 at 11:00 AM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Dear Sara, please find our price list for pendant lamps attached.
=== hi-gmail-short
p: gmail
from: Rajesh Kumar <rajeshkumar1982@gmail.com>
date: 2026-11-18 11:15 +0530
subj: कीमत
lang: hi
cc: IN
note: short Hindi in Devanagari, digits in user name
---
नमस्ते, मुझे 500 एलईडी बल्ब चाहिए। कीमत बताइए।

राजेश
=== hi-detail
p: gmail
from: Sunita Sharma <sunita.sharma.traders@gmail.com>
date: 2026-11-10 15:20 +0530
subj: रसोई के बर्तन
lang: hi
cc: IN
note: Hindi kitchenware inquiry with quantity and port Nhava Sheva
---
नमस्ते,

हम जयपुर में बर्तनों के थोक व्यापारी हैं। हमें स्टेनलेस स्टील के 1000 टिफिन बॉक्स और 500 प्रेशर कुकर चाहिए। कृपया न्हावा शेवा पोर्ट तक की कीमत और डिलीवरी का समय भेजें।

धन्यवाद,
सुनीता शर्मा
=== hi-mixed-english
p: outlook
region: APC
from: Amit Patel <amit.patel1990@outlook.com>
date: 2026-11-23 12:40 +0530
subj: LED panel light inquiry
lang: hi
mixed: yes
cc: IN
note: mixed: Hindi greeting paragraph + English specification
---
नमस्ते जी, हम अहमदाबाद से हैं और हमें एलईडी पैनल लाइट की ज़रूरत है।

Please quote for 15W round panel light, 2000 pcs, with BIS certificate. Price CIF Mundra.

धन्यवाद
Amit Patel
=== hi-tiny
p: gmail
from: Vikram Singh <vikramsingh.delhi@gmail.com>
date: 2026-11-21 19:10 +0530
subj: नमूना
lang: hi
cc: IN
note: very short Hindi sample request with quantity
---
क्या आप 2 नमूने भेज सकते हैं? बाद में 300 पीस का ऑर्डर देंगे।
"""
