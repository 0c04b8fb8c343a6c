"""Genuine buyers, part 4: Japanese, Korean, Vietnamese, Thai, Indonesian, Chinese."""

TEXT = """
=== ja-own-iso2022jp
p: own
host: mail.yamada-kogu.co.jp
from: 山田 健一 <k.yamada@yamada-kogu.co.jp>
date: 2026-11-17 10:30 +0900
subj: 見積依頼（ラチェットレンチ）
lang: ja
cc: JP
opts: charset=iso-2022-jp
ua: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2
note: Japanese company's own server, iso-2022-jp (7bit), tool RFQ with quantities
---
株式会社サンライズ
ご担当者様

お世話になっております。山田工具の山田です。
貴社のラチェットレンチ（差込角9.5mm、72ギア）について、1,000本の見積をお願いいたします。
FOB価格、納期、最小発注数量を教えてください。

よろしくお願いいたします。

山田 健一
山田工具株式会社 購買部
TEL 06-6543-2101
=== ja-gmail-short
p: gmail
from: Sato Yuki <yuki.sato0815@gmail.com>
date: 2026-11-19 14:05 +0900
subj: サンプルについて
lang: ja
cc: JP
note: short Japanese sample request with quantity, digits in user name
---
こんにちは。LEDデスクライトのサンプルを2台お願いできますか？その後300台注文予定です。

佐藤
=== ja-outlook-reply
p: exo
region: JPN
from: Tanaka Hiroshi <h.tanaka@tanaka-shoji.jp>
date: 2026-11-25 09:40 +0900
subj: RE: Quotation for storage boxes
lang: ja
cc: JP
reply: box2611.lily
opts: html
note: Japanese reply on Exchange Online above an English Outlook-style quote
---
Lily様

お見積りありがとうございます。
折りたたみ収納ボックス（Lサイズ）を2,000個注文したいと思います。
支払いはT/T（30%前払い、70%船積み前）で問題ありません。
プロフォーマインボイスを送ってください。

田中 博
田中商事株式会社

From: Lily Zhang <lily@sunrise-tools.cn>
Sent: Monday, November 23, 2026 5:20 PM
To: Tanaka Hiroshi <h.tanaka@tanaka-shoji.jp>
Subject: Quotation for storage boxes

Dear Mr. Tanaka, please see our quotation for foldable storage boxes. L size: USD 2.85/pc FOB Ningbo.
=== ja-tiny-evening
p: icloud
from: Kobayashi Mai <mai.kobayashi@icloud.com>
date: 2026-11-22 21:15 +0900
subj: 最小ロット
lang: ja
cc: JP
note: very short Japanese question on iPhone in the evening
---
最小ロットは何個ですか？

iPhoneから送信
=== ja-mixed-english
p: gmail
from: Suzuki Takeshi <takeshi.suzuki.trade@gmail.com>
date: 2026-11-12 11:50 +0900
subj: Inquiry: bamboo cutting boards
lang: ja
mixed: yes
cc: JP
note: mixed: Japanese greeting paragraph + English specification
---
はじめまして。大阪でキッチン用品を販売している鈴木と申します。

We need bamboo cutting board 38x28 cm with juice groove, 1500 pcs, with our logo laser engraving. Please quote FOB Xiamen.

よろしくお願いします。
Suzuki
=== ko-naver-short
p: naver
from: 김민수 <minsu_kim88@naver.com>
date: 2026-11-18 10:10 +0900
subj: 가격 문의
lang: ko
cc: KR
note: short Korean from Naver, digits in user name
---
안녕하세요. LED 작업등 300개 가격 알려주세요. 감사합니다.
=== ko-own-euckr
p: own
host: mail.hanilsanup.co.kr
from: 이정훈 <jh.lee@hanilsanup.co.kr>
date: 2026-11-10 14:20 +0900
subj: 견적 요청 - 포장용 테이프
lang: ko
cc: KR
opts: charset=euc-kr b64
ua: Microsoft Outlook 16.0
note: Korean company in euc-kr base64, packaging RFQ with specs, Busan
---
안녕하세요,

한일산업 구매팀 이정훈입니다. OPP 포장 테이프 48mm x 80m (투명) 30,000개와 크라프트 테이프 20,000개에 대한 견적을 부탁드립니다.

부산항 CIF 가격과 납기, 결제 조건을 알려주시면 감사하겠습니다.

이정훈 드림
한일산업(주) 구매팀
Tel. 051-742-3310
=== ko-gmail-reply
p: gmail
from: Park Jiyoung <jiyoung.park.kr@gmail.com>
date: 2026-11-24 16:30 +0900
subj: Re: Quotation - silicone baking mats
lang: ko
cc: KR
reply: mat2611.lily
note: Korean reply above a quoted English message ("님이 작성:")
---
Lily씨 안녕하세요,

견적 감사합니다. 실리콘 베이킹 매트 1,000장 주문하고 싶습니다. 샘플 3장 먼저 보내주실 수 있나요?

박지영 드림

2026년 11월 23일 (월) 오전 11:20, Lily Zhang <lily@sunrise-tools.cn>님이 작성:
> Dear Jiyoung,
> Silicone baking mat 42x29.5 cm, food grade: USD 1.65/pc FOB Ningbo, MOQ 500 pcs.
> Best regards, Lily
=== ko-mixed-english
p: naver
from: 최성호 <sungho.choi@naver.com>
date: 2026-11-13 09:30 +0900
subj: inquiry camping lantern
lang: ko
mixed: yes
cc: KR
note: mixed: Korean greeting + English request
---
안녕하세요, 저희는 캠핑용품 온라인 쇼핑몰입니다.

We want rechargeable camping lantern 1000 lumen, USB-C, 800 pcs with KC certificate. Please send price and lead time.

감사합니다
Choi Sungho
=== ko-tiny-night
p: naver
from: 정수진 <sujin0523@naver.com>
date: 2026-11-20 22:45 +0900
subj: 문의
lang: ko
cc: KR
note: very short late-evening Korean question
---
최소 주문 수량이 어떻게 되나요?
=== vi-gmail-short
p: gmail
from: Nguyễn Văn Hùng <hungnguyen1987@gmail.com>
date: 2026-11-18 09:15 +0700
subj: Báo giá
lang: vi
cc: VN
note: short Vietnamese, digits in user name
---
Chào bạn, cho mình xin báo giá 500 cái đèn LED âm trần 9W. Cảm ơn.

Hùng
=== vi-detail
p: workspace
from: Trần Thị Mai <mai.tran@phuthinhgroup.vn>
date: 2026-11-09 10:40 +0700
subj: Yêu cầu báo giá bao bì carton
lang: vi
cc: VN
opts: html
note: Vietnamese company on Workspace, packaging RFQ with specs and Hai Phong port
---
Kính gửi Quý công ty,

Công ty chúng tôi cần mua thùng carton 5 lớp kích thước 60x40x40 cm, in 2 màu, số lượng 30.000 thùng mỗi tháng. Xin vui lòng gửi báo giá CIF cảng Hải Phòng, thời gian giao hàng và điều kiện thanh toán.

Trân trọng,
Trần Thị Mai
Phòng Mua hàng - Phú Thịnh Group
ĐT/Zalo: +84 912 345 678
=== vi-mixed-english
p: outlook
region: APC
from: Le Quang Minh <lequangminh92@outlook.com>
date: 2026-11-23 14:20 +0700
subj: Inquiry power tools accessories
lang: vi
mixed: yes
cc: VN
note: mixed: Vietnamese greeting paragraph + English request
---
Chào chị Lily, em là Minh bên công ty dụng cụ ở TP.HCM.

We need cutting disc 105x1.2x16 mm, 50,000 pcs, and flap disc 100 mm, 10,000 pcs. Price CIF Cat Lai port please.

Cảm ơn chị,
Minh
=== vi-tiny
p: gmail
from: Phạm Thu Trang <thutrang.pham.shop@gmail.com>
date: 2026-11-21 20:30 +0700
subj: hỏi giá
lang: vi
cc: VN
note: very short Vietnamese evening question
---
Shop ơi, bộ nồi inox này sỉ 100 bộ giá bao nhiêu ạ?
=== th-gmail-short
p: gmail
from: Somchai Srisuk <somchai.srisuk1979@gmail.com>
date: 2026-11-18 10:50 +0700
subj: สอบถามราคา
lang: th
cc: TH
note: short Thai, digits in user name
---
สวัสดีครับ ขอราคาไฟฉาย LED 500 ชิ้นครับ ขอบคุณครับ
=== th-outlook-detail
p: outlook
region: APC
from: Nattaya Wongsa <nattaya_w@hotmail.com>
date: 2026-11-10 13:30 +0700
subj: ขอใบเสนอราคา เฟอร์นิเจอร์สำนักงาน
lang: th
cc: TH
opts: html
note: Thai office-furniture request with quantities and Laem Chabang port
---
เรียน ฝ่ายขาย

บริษัทของเราต้องการสั่งซื้อเก้าอี้สำนักงาน 200 ตัว และโต๊ะทำงาน 120 ตัว กรุณาส่งใบเสนอราคา CIF ท่าเรือแหลมฉบัง พร้อมระยะเวลาการผลิตและเงื่อนไขการชำระเงินด้วยค่ะ

ขอบคุณค่ะ
ณัฐญา วงศ์สา
ฝ่ายจัดซื้อ
โทร 081-234-5678
=== th-mixed-english
p: gmail
from: Pichai Thongdee <pichai.thongdee@gmail.com>
date: 2026-11-24 11:05 +0700
subj: Stainless steel kitchen sink
lang: th
mixed: yes
cc: TH
note: mixed: Thai greeting + English request
---
สวัสดีครับ ผมเป็นผู้รับเหมาตกแต่งภายในที่เชียงใหม่ครับ

I need stainless sink 2 bowls 80x45 cm, 150 pcs, SUS304. Please send price and sample cost.

ขอบคุณครับ
Pichai
=== th-tiny
p: gmail
from: Kanokwan Chaiyaporn <kanokwan.c@gmail.com>
date: 2026-11-20 19:40 +0700
subj: ขั้นต่ำ
lang: th
cc: TH
note: very short Thai MOQ question
---
สั่งขั้นต่ำกี่ชิ้นคะ
=== id-yahoo-short
p: yahoo
region: sg3
from: Budi Santoso <budi_santoso88@yahoo.co.id>
date: 2026-11-18 10:20 +0700
subj: Harga
lang: id
cc: ID
note: short Indonesian from Yahoo Singapore cluster, digits in user name
---
Selamat pagi, saya mau tanya harga untuk 500 buah senter LED. Terima kasih.

Budi
=== id-gmail-detail
p: gmail
from: Siti Rahmawati <siti.rahmawati.store@gmail.com>
date: 2026-11-11 14:10 +0700
subj: Permintaan penawaran peralatan dapur
lang: id
cc: ID
note: Indonesian kitchenware request with quantities, Tanjung Priok
---
Selamat siang,

Kami toko peralatan rumah tangga di Surabaya. Kami ingin membeli 800 set panci stainless 5 pcs dan 1.000 pcs wajan anti lengket 30 cm. Mohon kirimkan harga CIF Tanjung Perak, waktu produksi dan cara pembayaran.

Hormat kami,
Siti Rahmawati
WA: +62 812 3456 7890
=== id-mixed-english
p: gmail
from: Agus Wijaya <aguswijaya.tools@gmail.com>
date: 2026-11-23 09:45 +0700
subj: inquiry hand tools
lang: id
mixed: yes
cc: ID
note: mixed: Indonesian greeting + English request
---
Selamat pagi Bu Lily, saya Agus dari toko perkakas di Bandung.

Please send price for combination plier 8 inch 3000 pcs and hammer 500g 2000 pcs. FOB Ningbo.

Terima kasih banyak
Agus Wijaya
=== id-reply
p: gmail
from: Dewi Lestari <dewilestari.home@gmail.com>
date: 2026-11-26 13:25 +0700
subj: Re: Quotation ceiling fan
lang: id
cc: ID
reply: fan2611.lily
note: Indonesian reply above an English quote
---
Halo Lily,

Terima kasih atas penawarannya. Kami setuju pesan 400 unit kipas angin plafon 52 inci warna putih. Tolong kirim proforma invoice ya.

Salam,
Dewi

On Tue, Nov 24, 2026 at 3:15 PM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Dear Dewi,
> Ceiling fan 52" with light kit: USD 24.60/unit FOB Ningbo. MOQ 300 units.
> Regards, Lily
=== zh-qq-short
p: qq
from: 王磊 <84621937@qq.com>
date: 2026-11-18 10:05 +0800
subj: 询价
lang: zh
cc: CN
note: short Chinese from a numeric QQ address (numbers are normal QQ ids)
---
你好，请问LED工作灯500个什么价格？含税吗？
=== zh-163-detail
p: 163
from: 陈静 <chenjing_trade@163.com>
date: 2026-11-10 14:30 +0800
subj: 采购不锈钢锅具
lang: zh
cc: CN
opts: charset=gb2312
note: Chinese trading agent for an overseas client, 163 Coremail with client IP, gb2312 base64
---
您好，

我们是义乌的外贸公司，帮中东客户采购不锈钢锅具。需要6件套不锈钢锅1000套，底部复合三层，带玻璃盖。请报出厂价和FOB宁波价，交期多久？可以先寄两套样品吗？

谢谢！
陈静
手机/微信：138 5791 2246
=== zh-126-reply
p: 163
domain: 126.com
from: 刘洋 <liuyang2008@126.com>
date: 2026-11-25 16:10 +0800
subj: 回复：手动工具报价
lang: zh
cc: CN
reply: tool2611.lily
note: Chinese reply from 126.com with a quoted Chinese message
---
Lily 你好，

价格可以接受，我们先下2000套螺丝刀套装，付款按30%定金，70%发货前付清。请发合同。

刘洋

在 2026-11-23 10:20:11，"Lily Zhang" <lily@sunrise-tools.cn> 写道：
> 刘先生您好，
> 6件套螺丝刀套装含税价12.5元/套，起订量1000套，交期20天。
=== zh-qq-hk-traditional
p: qq
from: 陳志明 <chiming.chan@qq.com>
date: 2026-11-12 11:40 +0800
subj: 查詢LED燈帶
lang: zh
cc: HK
note: Hong Kong buyer writing traditional Chinese from QQ
---
你好，我們是香港的燈飾批發商，想訂購24V LED燈帶，每卷5米，共2000卷。請報價及告知交貨期。多謝！

陳志明
=== zh-mixed-my
p: gmail
from: Tan Wei Ming <tanweiming.my@gmail.com>
date: 2026-11-20 15:35 +0800
subj: Inquiry - plastic storage containers
lang: zh
cc: MY
note: Malaysian Chinese buyer: Chinese paragraph + English spec (zh is not minor; English mixed)
---
你好，我是马来西亚的进口商，想了解一下你们的塑料收纳箱。

We need 3 sizes (20L, 35L, 50L), 2000 pcs each, PP material with lid. Price CIF Port Klang please.

谢谢
Tan Wei Ming
=== zh-tw-gmail
p: gmail
from: 林怡君 <yijun.lin1990@gmail.com>
date: 2026-11-16 09:50 +0800
subj: 餐具樣品
lang: zh
cc: TW
note: Taiwanese buyer, traditional Chinese, sample with quantity
---
您好，想請問不鏽鋼餐具組（刀叉湯匙24件）可以先寄3組樣品嗎？之後預計訂購800組，運到基隆港。

林怡君
"""
