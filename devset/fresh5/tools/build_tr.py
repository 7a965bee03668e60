#!/usr/bin/env python3
"""Build the Turkish part of devset/fresh5 (htr5_001..htr5_010).

Writes articles/tr/htr5_NNN.txt and gold/tr.jsonl from the texts and annotations
below.  Every offset, sentence index and quote offset is computed here from
verbatim spans (never by hand), then checked.  Run: python3 tools/build_tr.py

Unlike fresh4, these texts keep real-copy abbreviations with periods ("Dr.",
"Tuğg.", "Prof.", "vb.").  The simple splitter below splits after them; the
sentence index of an evidence span is the index, under that splitter, of the
sentence where the span starts, and a span may run past a split made by one of
the abbreviations in ABBR (and only those).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles", "tr")
GOLD = os.path.join(ROOT, "gold", "tr.jsonl")
SCORER = os.path.join(ROOT, "..", "..", "..", "shared", "tools", "score.py")

# Abbreviations after which the naive splitter cuts a sentence.
ABBR = ("Dr.", "Prof.", "Tuğg.", "Org.", "Korg.", "Tümg.", "vb.", "Doç.")

# --------------------------------------------------------------------------
# Articles and annotations.
# Event: type, src, tgt, req, status, date, ev=[span or (span, k)], loc, sa, ta, mode
# where (span, k) means the k-th (0-based) occurrence of span in the text.
# --------------------------------------------------------------------------


def E(type_, src, tgt, req, status, date, ev, loc=None, sa=None, ta=None, mode=None):
    return dict(type=type_, source=src, target=tgt, required=req, mode=mode,
                status=status, date=date, location=loc, source_actor=sa,
                target_actor=ta, ev=ev)


DOCS = []

# ---------------------------------------------------------------- htr5_001
DOCS.append(dict(id="htr5_001", date="2024-01-16", text="""\
Nauru, Tayvan ile diplomatik ilişkilerini keserek Çin'i tanıdı

TAYPEY (AA) - Pasifik Okyanusu'ndaki ada ülkesi Nauru, Tayvan ile diplomatik ilişkilerini kestiğini ve Çin Halk Cumhuriyeti'ni tanıdığını açıkladı.

Nauru hükümetinden dün yapılan yazılı açıklamada, "Nauru Cumhuriyeti bundan böyle Çin Cumhuriyeti'ni ayrı bir ülke olarak değil, Çin topraklarının ayrılmaz bir parçası olarak tanıyacaktır" ifadesine yer verildi. Açıklamada, Tayvan ile diplomatik ilişkilerin dünden itibaren sona erdiği ve Nauru'nun Çin Halk Cumhuriyeti ile tam diplomatik ilişki kurmayı amaçladığı belirtildi.

Devlet Başkanı David Adeang liderliğindeki hükümet, kararın "ülkenin ve halkın çıkarına" olduğunu savundu.

Tayvan Dışişleri Bakan Yardımcısı Tien Chung-kwang ise dün Taypey'de düzenlediği basın toplantısında, "ulusal onurumuzu korumak için" Nauru ile diplomatik ilişkileri derhal sonlandırma kararı aldıklarını duyurdu. Tien, Nauru'daki büyükelçiliğin kapatılacağını ve diplomatik personelin adadan çekileceğini söyledi.

Tien dünkü açıklamasında ayrıca Çin'i, Tayvan'da cumartesi günü yapılan seçimlerin hemen ardından "para diplomasisiyle" Tayvan'ın diplomatik müttefiklerini satın almaya çalışmakla suçladı. "Pekin yönetiminin bu hamlesi, seçimlerde ortaya koyduğumuz demokratik iradeye yönelik bir misillemedir" diyen Tien, Nauru'nun son aylarda Tayvan'dan karşılanması mümkün olmayan büyüklükte ekonomik yardım talep ettiğini de öne sürdü.

Çin Dışişleri Bakanlığı Sözcüsü Wang Wenbin de dün Pekin'de düzenlediği olağan basın toplantısında, Nauru hükümetinin kararını "memnuniyetle karşıladıklarını" söyledi. Wang, Çin'in "tek Çin ilkesi" temelinde Nauru ile ilişkilerde yeni bir sayfa açmaya hazır olduğunu kaydetti.

İki ülkenin diplomatik ilişkileri resmen başlatacak ortak bildiriyi önümüzdeki günlerde Pekin'de imzalaması bekleniyor.

Cumhurbaşkanı Tsai Ing-wen de dün sosyal medya hesabından yaptığı paylaşımda, Tayvan'ın Çin'in baskılarına boyun eğmeyeceğini ve uluslararası toplumla ilişkilerini geliştirmeyi sürdüreceğini yazdı.

Avustralya Dışişleri Bakanı Penny Wong ise kararın Nauru'nun egemenlik hakkı olduğunu belirterek Avustralya'nın Nauru ile güvenlik ve kalkınma alanlarındaki yakın işbirliğini sürdüreceğini söyledi. Nauru, Avustralya'nın sığınmacılar için adada işlettiği bölgesel işlem merkezinden elde ettiği gelire büyük ölçüde bağımlı.

ABD Dışişleri Bakanlığı Sözcüsü Matthew Miller ise Nauru'nun kararını "talihsiz" olarak nitelendirdi. Miller, Çin'in diplomatik tanınma karşılığında verdiği sözleri çoğu zaman yerine getirmediğini belirterek Pekin yönetimini eleştirdi.

Tayvan'ın resmi diplomatik müttefiklerinin sayısı Nauru'nun kararıyla 12'ye düştü. Bu ülkeler arasında Guatemala, Paraguay, Haiti, Eswatini, Marshall Adaları, Tuvalu vb. bulunuyor.

Yaklaşık 12 bin 500 nüfuslu Nauru, 2002'de de Tayvan ile ilişkilerini kesip Çin'i tanımış, ancak 2005'te yeniden Tayvan'ı tanıyarak Pekin ile bağlarını koparmıştı.

Çin, Tayvan'ı kendi toprağının bir parçası olarak görüyor ve adayla resmi ilişki sürdüren ülkelerle diplomatik ilişki kurmuyor. Tayvan'da 13 Ocak'ta yapılan devlet başkanlığı seçimini, Pekin'in "ayrılıkçı" olarak nitelendirdiği iktidardaki Demokratik İlerici Parti'nin adayı Lai Ching-te kazanmıştı.
""",
    events=[
        E("SANCTION", "NRU", "TWN", True, "occurred", "2024-01-15",
          ["Nauru, Tayvan ile diplomatik ilişkilerini keserek",
           "Pasifik Okyanusu'ndaki ada ülkesi Nauru, Tayvan ile diplomatik ilişkilerini kestiğini",
           "Açıklamada, Tayvan ile diplomatik ilişkilerin dünden itibaren sona erdiği"],
          sa="Nauru hükümeti", ta=None),
        E("SUPPORT", "NRU", "CHN", True, "occurred", "2024-01-15",
          ["Çin'i tanıdı",
           "Çin Halk Cumhuriyeti'ni tanıdığını açıkladı",
           "Nauru hükümetinden dün yapılan yazılı açıklamada, \"Nauru Cumhuriyeti bundan böyle Çin Cumhuriyeti'ni ayrı bir ülke olarak değil, Çin topraklarının ayrılmaz bir parçası olarak tanıyacaktır\" ifadesine yer verildi."],
          sa="Nauru hükümeti"),
        # intent to establish full relations: second reading of the recognition
        E("AGREE", "NRU", "CHN", False, "occurred", "2024-01-15",
          ["Nauru'nun Çin Halk Cumhuriyeti ile tam diplomatik ilişki kurmayı amaçladığı"]),
        E("SANCTION", "TWN", "NRU", True, "occurred", "2024-01-15",
          ["Tayvan Dışişleri Bakan Yardımcısı Tien Chung-kwang ise dün Taypey'de düzenlediği basın toplantısında, \"ulusal onurumuzu korumak için\" Nauru ile diplomatik ilişkileri derhal sonlandırma kararı aldıklarını duyurdu."],
          loc="Taypey", sa="Tien Chung-kwang"),
        # planned embassy closure and withdrawal of staff
        E("SANCTION", "TWN", "NRU", False, "planned", None,
          ["Tien, Nauru'daki büyükelçiliğin kapatılacağını ve diplomatik personelin adadan çekileceğini söyledi."],
          sa="Tien Chung-kwang"),
        E("ACCUSE", "TWN", "CHN", True, "occurred", "2024-01-15",
          ["Tien dünkü açıklamasında ayrıca Çin'i, Tayvan'da cumartesi günü yapılan seçimlerin hemen ardından \"para diplomasisiyle\" Tayvan'ın diplomatik müttefiklerini satın almaya çalışmakla suçladı.",
           "\"Pekin yönetiminin bu hamlesi, seçimlerde ortaya koyduğumuz demokratik iradeye yönelik bir misillemedir\" diyen Tien"],
          sa="Tien Chung-kwang"),
        # allegation against Nauru, and the aid request it reports
        E("ACCUSE", "TWN", "NRU", False, "occurred", "2024-01-15",
          ["Nauru'nun son aylarda Tayvan'dan karşılanması mümkün olmayan büyüklükte ekonomik yardım talep ettiğini de öne sürdü"],
          sa="Tien Chung-kwang"),
        E("REQUEST", "NRU", "TWN", False, "occurred", "2024-01",
          ["Nauru'nun son aylarda Tayvan'dan karşılanması mümkün olmayan büyüklükte ekonomik yardım talep ettiğini"]),
        E("SUPPORT", "CHN", "NRU", True, "occurred", "2024-01-15",
          ["Çin Dışişleri Bakanlığı Sözcüsü Wang Wenbin de dün Pekin'de düzenlediği olağan basın toplantısında, Nauru hükümetinin kararını \"memnuniyetle karşıladıklarını\" söyledi."],
          loc="Pekin", sa="Wang Wenbin"),
        E("AGREE", "CHN", "NRU", False, "occurred", "2024-01-15",
          ["Wang, Çin'in \"tek Çin ilkesi\" temelinde Nauru ile ilişkilerde yeni bir sayfa açmaya hazır olduğunu kaydetti."],
          sa="Wang Wenbin"),
        # planned signing of the joint communique (two-way SUPPORT, planned)
        E("SUPPORT", "NRU", "CHN", False, "planned", None,
          ["İki ülkenin diplomatik ilişkileri resmen başlatacak ortak bildiriyi önümüzdeki günlerde Pekin'de imzalaması bekleniyor."],
          loc="Pekin"),
        E("SUPPORT", "CHN", "NRU", False, "planned", None,
          ["İki ülkenin diplomatik ilişkileri resmen başlatacak ortak bildiriyi önümüzdeki günlerde Pekin'de imzalaması bekleniyor."],
          loc="Pekin"),
        E("ACCUSE", "TWN", "CHN", False, "occurred", "2024-01-15",
          ["Cumhurbaşkanı Tsai Ing-wen de dün sosyal medya hesabından yaptığı paylaşımda, Tayvan'ın Çin'in baskılarına boyun eğmeyeceğini"],
          sa="Tsai Ing-wen"),
        E("AGREE", "AUS", "NRU", False, "occurred", "2024-01-16",
          ["Avustralya'nın Nauru ile güvenlik ve kalkınma alanlarındaki yakın işbirliğini sürdüreceğini söyledi"],
          sa="Penny Wong"),
        E("ACCUSE", "USA", "NRU", True, "occurred", "2024-01-16",
          ["ABD Dışişleri Bakanlığı Sözcüsü Matthew Miller ise Nauru'nun kararını \"talihsiz\" olarak nitelendirdi."],
          sa="Matthew Miller"),
        E("ACCUSE", "USA", "CHN", True, "occurred", "2024-01-16",
          ["Miller, Çin'in diplomatik tanınma karşılığında verdiği sözleri çoğu zaman yerine getirmediğini belirterek Pekin yönetimini eleştirdi."],
          sa="Matthew Miller"),
        # background with years
        E("SANCTION", "NRU", "TWN", False, "occurred", "2002",
          ["2002'de de Tayvan ile ilişkilerini kesip"]),
        E("SUPPORT", "NRU", "CHN", False, "occurred", "2002",
          ["2002'de de Tayvan ile ilişkilerini kesip Çin'i tanımış"]),
        E("SUPPORT", "NRU", "TWN", False, "occurred", "2005",
          ["2005'te yeniden Tayvan'ı tanıyarak"]),
        E("SANCTION", "NRU", "CHN", False, "occurred", "2005",
          ["2005'te yeniden Tayvan'ı tanıyarak Pekin ile bağlarını koparmıştı"]),
    ],
    quotes=[("Nauru hükümeti", "NRU",
             "Nauru Cumhuriyeti bundan böyle Çin Cumhuriyeti'ni ayrı bir ülke olarak değil, Çin topraklarının ayrılmaz bir parçası olarak tanıyacaktır"),
            ("Tien Chung-kwang", "TWN",
             "Pekin yönetiminin bu hamlesi, seçimlerde ortaya koyduğumuz demokratik iradeye yönelik bir misillemedir")],
    amounts=[],
))

# ---------------------------------------------------------------- htr5_002
DOCS.append(dict(id="htr5_002", date="2025-10-28", text="""\
Venezuela, Trinidad ve Tobago ile enerji anlaşmalarını askıya aldı

KARAKAS (AA) - Venezuela, ABD donanmasına ait bir savaş gemisinin komşu ada ülkesi Trinidad ve Tobago'ya ulaşmasının ardından bu ülkeyle imzaladığı doğal gaz anlaşmalarını askıya aldı.

Venezuela Devlet Başkan Yardımcısı ve Hidrokarbonlar Bakanı Delcy Rodriguez, dün akşam yaptığı açıklamada, Devlet Başkanı Nicolas Maduro'nun Dragon doğal gaz sahasına ilişkin anlaşma başta olmak üzere Trinidad ve Tobago ile yapılan tüm enerji anlaşmalarının derhal askıya alınması talimatını verdiğini duyurdu.

Rodriguez, dünkü açıklamasında Trinidad ve Tobago Başbakanı Kamla Persad-Bissessar'ı, ülkesini Venezuela'ya karşı "ABD'nin uçak gemisine" dönüştürmekle suçladı.

Venezuela İçişleri Bakanı Diosdado Cabello ise pazar günü, ABD Merkezi Haberalma Teşkilatı (CIA) ile bağlantılı olduğunu iddia ettiği ve Trinidad ve Tobago sularından Venezuela'ya yönelik bir "sahte bayrak" saldırısı hazırlayan bir grubun yakalandığını açıklamıştı. Cabello, gözaltına alınanların kimliklerine ilişkin bilgi vermedi.

Maduro ise dün Karakas'ta bir askeri törende yaptığı konuşmada, "Trinidad ve Tobago toprakları Venezuela'ya karşı bir saldırı için kullanılırsa, bunun bedeli çok ağır olur" dedi.

Persad-Bissessar ise bugün Port of Spain'de gazetecilere yaptığı açıklamada, Venezuela'nın suçlamalarını reddetti ve ABD ile yürütülen ortak tatbikatı savundu. "Ülkemizin enerji geleceği Venezuela'nın gazına bağlı değil ve kimse bizi tehditlerle yıldıramaz" diyen Başbakan, Trinidad ve Tobago'nun egemenliğini her koşulda koruyacağını söyledi.

ABD donanmasına ait güdümlü füze muhribi USS Gravely, pazar günü Port of Spain limanına demirlemişti. Muhrip, 30 Ekim'e kadar sürecek tatbikatlarda ABD Deniz Piyadeleri'nden bir birlikle birlikte Trinidad ve Tobago Savunma Kuvvetleri ile ortak eğitim yapıyor.

Bölgedeki ABD askeri varlığı ise giderek artıyor. ABD Savaş Bakanı Pete Hegseth, cuma günü dünyanın en büyük uçak gemisi USS Gerald R. Ford ile ona eşlik eden savaş gemilerinin, Venezuela'ya yönelik askeri baskının yoğunlaştığı Karayipler'e gönderilmesi talimatını verdi.

Hegseth aynı gün, ABD ordusunun Karayipler'de Tren de Aragua çetesi tarafından kullanıldığını öne sürdüğü bir tekneyi vurduğunu ve teknedeki 6 kişinin öldürüldüğünü duyurdu. Eylül başından bu yana ABD'nin Karayipler'de tekneleri hedef alan saldırılarında hayatını kaybedenlerin sayısı 40'ı aştı. Ekim ortasındaki saldırılardan birinde ölenler arasında iki Trinidad ve Tobago vatandaşının da bulunduğu bildirilmişti.

Trinidad ve Tobago, Venezuela ile deniz sınırına yakın bölgedeki Dragon sahasından çıkarılacak gazı kendi sıvılaştırılmış doğal gaz tesislerinde işlemeyi planlıyordu. Sahada yaklaşık 4,2 trilyon fit küp doğal gaz rezervi bulunduğu tahmin ediliyor.

Washington ile Karakas arasındaki gerilim son aylarda giderek tırmanıyor. ABD, Maduro'yu uyuşturucu kaçakçılığıyla suçlayarak ağustosta yakalanmasını sağlayacak bilgi için verilen ödülü 50 milyon dolara çıkarmıştı. Persad-Bissessar ise ABD'nin bölgedeki askeri operasyonlarına açık destek veren Karayip liderleri arasında yer alıyor.
""",
    events=[
        E("SANCTION", "VEN", "TTO", True, "occurred", "2025-10-27",
          ["Venezuela, Trinidad ve Tobago ile enerji anlaşmalarını askıya aldı",
           "Venezuela, ABD donanmasına ait bir savaş gemisinin komşu ada ülkesi Trinidad ve Tobago'ya ulaşmasının ardından bu ülkeyle imzaladığı doğal gaz anlaşmalarını askıya aldı.",
           "Venezuela Devlet Başkan Yardımcısı ve Hidrokarbonlar Bakanı Delcy Rodriguez, dün akşam yaptığı açıklamada, Devlet Başkanı Nicolas Maduro'nun Dragon doğal gaz sahasına ilişkin anlaşma başta olmak üzere Trinidad ve Tobago ile yapılan tüm enerji anlaşmalarının derhal askıya alınması talimatını verdiğini duyurdu."],
          sa="Nicolas Maduro", ta=None),
        E("ACCUSE", "VEN", "TTO", True, "occurred", "2025-10-27",
          ["Rodriguez, dünkü açıklamasında Trinidad ve Tobago Başbakanı Kamla Persad-Bissessar'ı, ülkesini Venezuela'ya karşı \"ABD'nin uçak gemisine\" dönüştürmekle suçladı."],
          sa="Delcy Rodriguez", ta="Kamla Persad-Bissessar"),
        E("ACCUSE", "VEN", "USA", True, "occurred", "2025-10-26",
          ["Venezuela İçişleri Bakanı Diosdado Cabello ise pazar günü, ABD Merkezi Haberalma Teşkilatı (CIA) ile bağlantılı olduğunu iddia ettiği"],
          sa="Diosdado Cabello"),
        # arrest of an unidentified group
        E("COERCE", "VEN", "VEN", False, "occurred", "2025-10-26",
          ["bir grubun yakalandığını açıklamıştı"], sa="Diosdado Cabello"),
        E("THREATEN", "VEN", "TTO", True, "occurred", "2025-10-27",
          ["Maduro ise dün Karakas'ta bir askeri törende yaptığı konuşmada, \"Trinidad ve Tobago toprakları Venezuela'ya karşı bir saldırı için kullanılırsa, bunun bedeli çok ağır olur\" dedi."],
          loc="Karakas", sa="Nicolas Maduro"),
        E("ASSAULT", "VEN", "TTO", False, "conditional", None,
          ["bunun bedeli çok ağır olur"], sa="Nicolas Maduro"),
        E("REJECT", "TTO", "VEN", True, "occurred", "2025-10-28",
          ["Persad-Bissessar ise bugün Port of Spain'de gazetecilere yaptığı açıklamada, Venezuela'nın suçlamalarını reddetti"],
          loc="Port of Spain", sa="Kamla Persad-Bissessar"),
        E("SUPPORT", "TTO", "USA", True, "occurred", "2025-10-28",
          ["ABD ile yürütülen ortak tatbikatı savundu"],
          loc="Port of Spain", sa="Kamla Persad-Bissessar"),
        E("MOBILIZE", "USA", "TTO", False, "occurred", "2025-10-26",
          ["ABD donanmasına ait güdümlü füze muhribi USS Gravely, pazar günü Port of Spain limanına demirlemişti."],
          loc="Port of Spain"),
        E("COOPERATE", "USA", "TTO", True, "occurred", "2025-10",
          ["Muhrip, 30 Ekim'e kadar sürecek tatbikatlarda ABD Deniz Piyadeleri'nden bir birlikle birlikte Trinidad ve Tobago Savunma Kuvvetleri ile ortak eğitim yapıyor."]),
        E("MOBILIZE", "USA", "VEN", True, "occurred", "2025-10-24",
          ["ABD Savaş Bakanı Pete Hegseth, cuma günü dünyanın en büyük uçak gemisi USS Gerald R. Ford ile ona eşlik eden savaş gemilerinin, Venezuela'ya yönelik askeri baskının yoğunlaştığı Karayipler'e gönderilmesi talimatını verdi."],
          loc="Karayipler", sa="Pete Hegseth"),
        E("ASSAULT", "USA", "TREN_DE_ARAGUA", True, "occurred", "2025-10-24",
          ["Hegseth aynı gün, ABD ordusunun Karayipler'de Tren de Aragua çetesi tarafından kullanıldığını öne sürdüğü bir tekneyi vurduğunu ve teknedeki 6 kişinin öldürüldüğünü duyurdu."],
          loc="Karayipler", sa="Pete Hegseth"),
        E("ACCUSE", "USA", "VEN", False, "occurred", "2025-08",
          ["ABD, Maduro'yu uyuşturucu kaçakçılığıyla suçlayarak ağustosta yakalanmasını sağlayacak bilgi için verilen ödülü 50 milyon dolara çıkarmıştı."],
          ta="Nicolas Maduro"),
        # earlier strike that killed two Trinidadians
        E("ASSAULT", "USA", "TTO", False, "occurred", "2025-10",
          ["Ekim ortasındaki saldırılardan birinde ölenler arasında iki Trinidad ve Tobago vatandaşının da bulunduğu bildirilmişti."]),
    ],
    quotes=[("Nicolas Maduro", "VEN",
             "Trinidad ve Tobago toprakları Venezuela'ya karşı bir saldırı için kullanılırsa, bunun bedeli çok ağır olur"),
            ("Kamla Persad-Bissessar", "TTO",
             "Ülkemizin enerji geleceği Venezuela'nın gazına bağlı değil ve kimse bizi tehditlerle yıldıramaz")],
    amounts=[dict(value=50000000.0, unit="USD", text="50 milyon dolara",
                  about="ABD'nin Maduro için koyduğu ödül")],
))

# ---------------------------------------------------------------- htr5_003
DOCS.append(dict(id="htr5_003", date="2023-06-10", text="""\
İzlanda, Moskova Büyükelçiliğinin faaliyetlerini askıya alıyor

REYKJAVİK (AA) - İzlanda, Rusya ile ilişkilerin siyasi, ticari ve kültürel açıdan asgari düzeye indiği gerekçesiyle Moskova'daki büyükelçiliğinin faaliyetlerini 1 Ağustos itibarıyla askıya alma kararı aldı.

İzlanda Dışişleri Bakanı Thordis Kolbrun Reykfjord Gylfadottir, dün yaptığı yazılı açıklamada, büyükelçiliğin Moskova'da faaliyetlerini sürdürmesinin mevcut koşullarda "anlamlı olmadığını" belirtti.

Bakanlığın dünkü açıklamasında, Rusya'dan da Reykjavik'teki büyükelçiliğinin faaliyetlerini sınırlandırması ve diplomatik personelinin sayısını azaltması istendiği kaydedildi.

"Rusya'nın Ukrayna'ya karşı başlattığı saldırı savaşı nedeniyle iki ülke arasındaki ilişkiler tarihin en düşük seviyesine indi. Bu koşullarda büyükelçiliğimizin Moskova'daki faaliyetlerini sürdürmesi mümkün değil" diyen Gylfadottir, kararın diplomatik ilişkilerin kesilmesi anlamına gelmediğini vurguladı.

Başbakan Katrin Jakobsdottir de kararın müttefiklerle istişare edilerek alındığını ifade etti.

Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova ise dün akşam yaptığı açıklamada, İzlanda'nın kararının iki ülke arasındaki işbirliğini "tamamen yok ettiğini" söyledi. Zaharova dünkü açıklamasında Reykjavik yönetimini ilişkileri bilinçli olarak tahrip etmekle suçladı ve "Rusya karşıtı hiçbir adım karşılıksız kalmayacaktır" dedi.

Rusya'nın Reykjavik Büyükelçisi Mihail Noskov da kararı "üzücü ve yanlış" bulduğunu açıkladı.

Kremlin Sözcüsü Dmitriy Peskov da bugün Moskova'da gazetecilerin sorularını yanıtlarken, Reykjavik yönetiminin kararının "kaçınılmaz olarak" Rusya'nın misilleme adımlarına yol açacağını söyledi. Peskov, Rusya'nın İzlanda ile ilişkilerin kopmasını istemediğini ancak "düşmanca" adımlara sessiz kalmayacağını ifade etti.

Ukrayna Dışişleri Bakanı Dmitro Kuleba ise sosyal medya hesabından yaptığı paylaşımda İzlanda'nın kararını memnuniyetle karşıladığını belirterek Reykjavik yönetimine Ukrayna'ya verdiği destek için teşekkür etti.

Yaklaşık 380 bin nüfuslu İzlanda, geçen ay 16-17 Mayıs'ta başkent Reykjavik'te Avrupa Konseyi'nin devlet ve hükümet başkanları zirvesine ev sahipliği yapmıştı. Zirvede, Rusya'nın Ukrayna'da yol açtığı zararların kayıt altına alınması için uluslararası bir "zarar sicili" oluşturulmasına karar verilmişti.

İzlanda, 2014'te Kırım'ın ilhakının ardından Avrupa Birliği'nin Rusya'ya yönelik yaptırımlarına katılmış, Rusya da 2015'te İzlanda'dan balık ve deniz ürünleri ithalatını yasaklayarak karşılık vermişti. Yasaktan önce İzlanda'nın Rusya'ya balık ihracatının yıllık yaklaşık 30 milyar İzlanda kronu olduğu tahmin ediliyordu.

Büyükelçiliğin kapanmasının ardından İzlanda'nın Rusya ile diplomatik ilişkileri Reykjavik'teki Dışişleri Bakanlığı üzerinden yürütülecek. İzlanda'nın Moskova Büyükelçisi Arni Thor Sigurdsson'un da temmuz sonunda ülkesine dönmesi bekleniyor.

Ordusu bulunmayan tek NATO müttefiki olan İzlanda, Rusya'nın Şubat 2022'de Ukrayna'ya başlattığı saldırının ardından Ukrayna'ya insani yardım ve askeri teçhizat taşımacılığı gibi alanlarda destek veriyor.
""",
    events=[
        E("SANCTION", "ISL", "RUS", True, "occurred", "2023-06-09",
          ["İzlanda, Moskova Büyükelçiliğinin faaliyetlerini askıya alıyor",
           "İzlanda, Rusya ile ilişkilerin siyasi, ticari ve kültürel açıdan asgari düzeye indiği gerekçesiyle Moskova'daki büyükelçiliğinin faaliyetlerini 1 Ağustos itibarıyla askıya alma kararı aldı.",
           "İzlanda Dışişleri Bakanı Thordis Kolbrun Reykfjord Gylfadottir, dün yaptığı yazılı açıklamada, büyükelçiliğin Moskova'da faaliyetlerini sürdürmesinin mevcut koşullarda \"anlamlı olmadığını\" belirtti.",
           "Bu koşullarda büyükelçiliğimizin Moskova'daki faaliyetlerini sürdürmesi mümkün değil"],
          sa="Thordis Kolbrun Reykfjord Gylfadottir"),
        E("REQUEST", "ISL", "RUS", True, "occurred", "2023-06-09",
          ["Bakanlığın dünkü açıklamasında, Rusya'dan da Reykjavik'teki büyükelçiliğinin faaliyetlerini sınırlandırması ve diplomatik personelinin sayısını azaltması istendiği kaydedildi."]),
        # the staff cut read as an expulsion (second reading)
        E("SANCTION", "ISL", "RUS", False, "occurred", "2023-06-09",
          ["diplomatik personelinin sayısını azaltması istendiği"]),
        E("ACCUSE", "ISL", "RUS", False, "occurred", "2023-06-09",
          ["Rusya'nın Ukrayna'ya karşı başlattığı saldırı savaşı nedeniyle iki ülke arasındaki ilişkiler tarihin en düşük seviyesine indi."],
          sa="Thordis Kolbrun Reykfjord Gylfadottir"),
        # "not a break of diplomatic relations"
        E("SANCTION", "ISL", "RUS", False, "negated", None,
          ["kararın diplomatik ilişkilerin kesilmesi anlamına gelmediğini vurguladı"],
          sa="Thordis Kolbrun Reykfjord Gylfadottir"),
        E("ACCUSE", "RUS", "ISL", True, "occurred", "2023-06-09",
          ["Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova ise dün akşam yaptığı açıklamada, İzlanda'nın kararının iki ülke arasındaki işbirliğini \"tamamen yok ettiğini\" söyledi.",
           "Zaharova dünkü açıklamasında Reykjavik yönetimini ilişkileri bilinçli olarak tahrip etmekle suçladı"],
          sa="Mariya Zaharova"),
        E("THREATEN", "RUS", "ISL", True, "occurred", "2023-06-09",
          ["\"Rusya karşıtı hiçbir adım karşılıksız kalmayacaktır\" dedi"],
          sa="Mariya Zaharova"),
        E("SANCTION", "RUS", "ISL", False, "planned", None,
          ["Rusya karşıtı hiçbir adım karşılıksız kalmayacaktır"]),
        E("ACCUSE", "RUS", "ISL", False, "occurred", "2023-06-10",
          ["Rusya'nın Reykjavik Büyükelçisi Mihail Noskov da kararı \"üzücü ve yanlış\" bulduğunu açıkladı."],
          sa="Mihail Noskov"),
        # a second threat, by another speaker on another day
        E("THREATEN", "RUS", "ISL", False, "occurred", "2023-06-10",
          ["Kremlin Sözcüsü Dmitriy Peskov da bugün Moskova'da gazetecilerin sorularını yanıtlarken, Reykjavik yönetiminin kararının \"kaçınılmaz olarak\" Rusya'nın misilleme adımlarına yol açacağını söyledi."],
          loc="Moskova", sa="Dmitriy Peskov"),
        E("SUPPORT", "UKR", "ISL", True, "occurred", "2023-06-10",
          ["Ukrayna Dışişleri Bakanı Dmitro Kuleba ise sosyal medya hesabından yaptığı paylaşımda İzlanda'nın kararını memnuniyetle karşıladığını belirterek"],
          sa="Dmitro Kuleba"),
        E("SUPPORT", "UKR", "ISL", False, "occurred", "2023-06-10",
          ["Reykjavik yönetimine Ukrayna'ya verdiği destek için teşekkür etti"],
          sa="Dmitro Kuleba"),
        # background (May summit, 2014/2015 sanctions)
        E("CONSULT", "ISL", "COE", False, "occurred", "2023-05-16",
          ["geçen ay 16-17 Mayıs'ta başkent Reykjavik'te Avrupa Konseyi'nin devlet ve hükümet başkanları zirvesine ev sahipliği yapmıştı"],
          loc="Reykjavik", mode="multilateral"),
        E("ACCUSE", "COE", "RUS", False, "occurred", "2023-05",
          ["Zirvede, Rusya'nın Ukrayna'da yol açtığı zararların kayıt altına alınması için uluslararası bir \"zarar sicili\" oluşturulmasına karar verilmişti."]),
        E("SANCTION", "ISL", "RUS", False, "planned", "2023-07",
          ["İzlanda'nın Moskova Büyükelçisi Arni Thor Sigurdsson'un da temmuz sonunda ülkesine dönmesi bekleniyor."]),
        E("ASSAULT", "RUS", "UKR", False, "occurred", "2022-02",
          ["Rusya'nın Şubat 2022'de Ukrayna'ya başlattığı saldırının"]),
        E("AID", "ISL", "UKR", False, "occurred", "2023-06",
          ["Ukrayna'ya insani yardım ve askeri teçhizat taşımacılığı gibi alanlarda destek veriyor"]),
        E("SANCTION", "ISL", "RUS", False, "occurred", "2014",
          ["İzlanda, 2014'te Kırım'ın ilhakının ardından Avrupa Birliği'nin Rusya'ya yönelik yaptırımlarına katılmış"]),
        E("SANCTION", "RUS", "ISL", False, "occurred", "2015",
          ["Rusya da 2015'te İzlanda'dan balık ve deniz ürünleri ithalatını yasaklayarak karşılık vermişti"]),
    ],
    quotes=[("Thordis Kolbrun Reykfjord Gylfadottir", "ISL",
             "Rusya'nın Ukrayna'ya karşı başlattığı saldırı savaşı nedeniyle iki ülke arasındaki ilişkiler tarihin en düşük seviyesine indi. Bu koşullarda büyükelçiliğimizin Moskova'daki faaliyetlerini sürdürmesi mümkün değil"),
            ("Mariya Zaharova", "RUS",
             "Rusya karşıtı hiçbir adım karşılıksız kalmayacaktır")],
    amounts=[dict(value=30000000000.0, unit="ISK", text="30 milyar İzlanda kronu",
                  about="İzlanda'nın yasaktan önce Rusya'ya yıllık balık ihracatı")],
))

# ---------------------------------------------------------------- htr5_004
DOCS.append(dict(id="htr5_004", date="2023-08-28", text="""\
SADC gözlemcilerinden Zimbabve seçimlerine eleştiri, iktidar partisinden tepki

HARARE (AA) - Zimbabve'de 23 Ağustos'ta yapılan genel seçimlerin ardından, Güney Afrika Kalkınma Topluluğu (SADC) gözlem heyetinin eleştirel raporu ile iktidardaki Zimbabve Afrika Ulusal Birliği-Yurtsever Cephe (ZANU-PF) arasındaki gerilim tırmanıyor.

Zambiya'nın eski Cumhurbaşkanı Yardımcısı Dr. Nevers Mumba başkanlığındaki SADC Seçim Gözlem Heyeti, cuma günü Harare'de açıkladığı ön raporda, seçimlerin Zimbabve Anayasası'nın, Seçim Yasası'nın ve SADC'nin demokratik seçimlere ilişkin ilkelerinin gerekliliklerini karşılamadığını bildirdi.

Raporda, bazı bölgelerde oy pusulalarının geç ulaştırılması nedeniyle oylamanın ertesi güne uzatılması, muhalefet mitinglerinin yasaklanması, seçmenlerin korkutulması vb. sorunlara dikkat çekildi.

Avrupa Birliği (AB) Seçim Gözlem Heyeti Başkanı Fabio Massimo Castaldo da cuma günü yaptığı açıklamada, seçimlerin "korku ortamında" yapıldığını söyledi.

Zimbabve Seçim Komisyonu (ZEC), cumartesi gecesi açıkladığı resmi sonuçlarda, Devlet Başkanı Emmerson Mnangagwa'nın oyların yüzde 52,6'sını alarak yeniden seçildiğini duyurdu. Ana muhalefetteki Değişim için Yurttaşlar Koalisyonu'nun (CCC) adayı Nelson Chamisa'nın oy oranı yüzde 44 oldu.

Chamisa, dün Harare'de düzenlediği basın toplantısında sonuçları reddederek seçimlerde "göz göre göre yapılmış devasa bir hile" olduğunu öne sürdü.

Chamisa dünkü basın toplantısında, sonuçlara mahkemede itiraz etmeyeceklerini belirterek SADC'yi yeni bir seçimin kendi gözetiminde yapılmasını sağlamaya çağırdı.

Mnangagwa ise dün başkentteki Devlet Konutu'nda yaptığı konuşmada, "Yarışın adil yapılmadığını düşünenler nereye başvuracaklarını biliyor" diyerek hile iddialarını reddetti.

İktidar partisi ZANU-PF'nin sözcüsü Chris Mutsvangwa da dün yaptığı açıklamada SADC heyetinin yetkisini aştığını savundu ve Mumba'yı "Batı'nın rejim değişikliği gündemine" hizmet etmekle suçladı.

Seçim gecesi Harare'de bağımsız gözlem kuruluşlarının ofislerine baskın düzenleyen polis, aralarında Zimbabve Seçim Destek Ağı (ZESN) çalışanlarının da bulunduğu 41 gözlemciyi gözaltına almıştı. Polis Sözcüsü Başkomiser Paul Nyathi, gözlemcilerin seçim sonuçlarını resmi makamlardan önce yayımlamaya hazırlandığını ileri sürmüştü.

Harare'deki bir sulh ceza mahkemesi cuma günü gözlemcilerin kefaletle serbest bırakılmasına karar verdi.

ABD Dışişleri Bakanlığı da gözlemcilerin gözaltına alınmasını kınayarak Harare yönetiminden sivil toplum kuruluşlarının faaliyetlerine saygı göstermesini istedi.

Bölge ülkelerinden ise farklı sesler yükseldi. Güney Afrika Devlet Başkanı Cyril Ramaphosa, Mnangagwa'yı seçim zaferinden dolayı tebrik ederek iki ülke arasındaki işbirliğini güçlendirmeye hazır olduklarını bildirdi. Mnangagwa'nın 4 Eylül'de Harare'de düzenlenecek törenle yemin ederek yeni görev dönemine başlaması bekleniyor. Ramaphosa'nın da yemin törenine katılmak üzere Harare'ye gitmesi planlanıyor.

Mnangagwa, 2017'de ordunun müdahalesiyle görevden uzaklaştırılan Robert Mugabe'nin yerine geçmiş, 2018'deki seçimleri de kazanmıştı. Yaklaşık 16 milyon nüfuslu ülke, yüksek enflasyon ve döviz sıkıntısıyla mücadele ediyor.
""",
    events=[
        E("ACCUSE", "SADC", "ZWE", True, "occurred", "2023-08-25",
          ["Zambiya'nın eski Cumhurbaşkanı Yardımcısı Dr. Nevers Mumba başkanlığındaki SADC Seçim Gözlem Heyeti, cuma günü Harare'de açıkladığı ön raporda, seçimlerin Zimbabve Anayasası'nın, Seçim Yasası'nın ve SADC'nin demokratik seçimlere ilişkin ilkelerinin gerekliliklerini karşılamadığını bildirdi."],
          loc="Harare", sa="Nevers Mumba"),
        # a ban on rallies reported by the observers (no day of its own)
        E("COERCE", "ZWE", "ZWE", False, "occurred", "2023-08",
          ["muhalefet mitinglerinin yasaklanması"]),
        E("ACCUSE", "EU", "ZWE", True, "occurred", "2023-08-25",
          ["Avrupa Birliği (AB) Seçim Gözlem Heyeti Başkanı Fabio Massimo Castaldo da cuma günü yaptığı açıklamada, seçimlerin \"korku ortamında\" yapıldığını söyledi."],
          sa="Fabio Massimo Castaldo"),
        E("REJECT", "ZWE", "ZWE", True, "occurred", "2023-08-27",
          ["Chamisa, dün Harare'de düzenlediği basın toplantısında sonuçları reddederek"],
          loc="Harare", sa="Nelson Chamisa"),
        E("ACCUSE", "ZWE", "ZWE", False, "occurred", "2023-08-27",
          ["seçimlerde \"göz göre göre yapılmış devasa bir hile\" olduğunu öne sürdü"],
          sa="Nelson Chamisa"),
        E("REJECT", "ZWE", "ZWE", True, "occurred", "2023-08-27",
          ["Mnangagwa ise dün başkentteki Devlet Konutu'nda yaptığı konuşmada, \"Yarışın adil yapılmadığını düşünenler nereye başvuracaklarını biliyor\" diyerek hile iddialarını reddetti."],
          loc="Harare", sa="Emmerson Mnangagwa", ta="Nelson Chamisa"),
        E("ACCUSE", "ZWE", "ZWE", False, "negated", None,
          ["sonuçlara mahkemede itiraz etmeyeceklerini"], sa="Nelson Chamisa"),
        E("REQUEST", "ZWE", "SADC", True, "occurred", "2023-08-27",
          ["Chamisa dünkü basın toplantısında, sonuçlara mahkemede itiraz etmeyeceklerini belirterek SADC'yi yeni bir seçimin kendi gözetiminde yapılmasını sağlamaya çağırdı."],
          sa="Nelson Chamisa"),
        E("ACCUSE", "ZWE", "SADC", True, "occurred", "2023-08-27",
          ["İktidar partisi ZANU-PF'nin sözcüsü Chris Mutsvangwa da dün yaptığı açıklamada SADC heyetinin yetkisini aştığını savundu ve Mumba'yı \"Batı'nın rejim değişikliği gündemine\" hizmet etmekle suçladı."],
          sa="Chris Mutsvangwa", ta="Nevers Mumba"),
        E("ACCUSE", "ZWE", "WEST", False, "occurred", "2023-08-27",
          ["Mumba'yı \"Batı'nın rejim değişikliği gündemine\" hizmet etmekle suçladı"],
          sa="Chris Mutsvangwa"),
        E("COERCE", "ZWE", "ZWE", True, "occurred", "2023-08-23",
          ["Seçim gecesi Harare'de bağımsız gözlem kuruluşlarının ofislerine baskın düzenleyen polis, aralarında Zimbabve Seçim Destek Ağı (ZESN) çalışanlarının da bulunduğu 41 gözlemciyi gözaltına almıştı."],
          loc="Harare"),
        E("ACCUSE", "ZWE", "ZWE", False, "occurred", "2023-08",
          ["Polis Sözcüsü Başkomiser Paul Nyathi, gözlemcilerin seçim sonuçlarını resmi makamlardan önce yayımlamaya hazırlandığını ileri sürmüştü."],
          sa="Paul Nyathi"),
        E("RETREAT", "ZWE", "ZWE", True, "occurred", "2023-08-25",
          ["Harare'deki bir sulh ceza mahkemesi cuma günü gözlemcilerin kefaletle serbest bırakılmasına karar verdi."],
          loc="Harare"),
        E("ACCUSE", "USA", "ZWE", True, "occurred", "2023-08-28",
          ["ABD Dışişleri Bakanlığı da gözlemcilerin gözaltına alınmasını kınayarak"]),
        E("REQUEST", "USA", "ZWE", True, "occurred", "2023-08-28",
          ["Harare yönetiminden sivil toplum kuruluşlarının faaliyetlerine saygı göstermesini istedi"]),
        E("SUPPORT", "ZAF", "ZWE", True, "occurred", "2023-08-28",
          ["Güney Afrika Devlet Başkanı Cyril Ramaphosa, Mnangagwa'yı seçim zaferinden dolayı tebrik ederek"],
          sa="Cyril Ramaphosa", ta="Emmerson Mnangagwa"),
        E("CONSULT", "ZAF", "ZWE", True, "planned", "2023-09-04",
          ["Ramaphosa'nın da yemin törenine katılmak üzere Harare'ye gitmesi planlanıyor."],
          loc="Harare", sa="Cyril Ramaphosa", ta="Emmerson Mnangagwa", mode="visit"),
        E("AGREE", "ZAF", "ZWE", False, "occurred", "2023-08-28",
          ["iki ülke arasındaki işbirliğini güçlendirmeye hazır olduklarını bildirdi"],
          sa="Cyril Ramaphosa"),
        E("COERCE", "ZWE", "ZWE", False, "occurred", "2017",
          ["2017'de ordunun müdahalesiyle görevden uzaklaştırılan Robert Mugabe"]),
    ],
    quotes=[("Emmerson Mnangagwa", "ZWE",
             "Yarışın adil yapılmadığını düşünenler nereye başvuracaklarını biliyor"),
            ("Nelson Chamisa", "ZWE",
             "göz göre göre yapılmış devasa bir hile")],
    amounts=[],
))

# ---------------------------------------------------------------- htr5_005 (no event)
DOCS.append(dict(id="htr5_005", date="2025-10-07", text="""\
Kırgızistan'ın Arslanbob ormanlarında ceviz hasadı başladı

BİŞKEK (AA) - Kırgızistan'ın güneyindeki Celalabad bölgesinde yer alan ve dünyanın en büyük doğal ceviz ormanlarından biri olarak kabul edilen Arslanbob'da ceviz hasadı başladı.

Yaklaşık 11 bin hektarlık alana yayılan ormanlarda her yıl eylül sonunda başlayan hasat döneminde köylüler ailece ormana çıkıyor. Bölge halkı, hasadın sürdüğü birkaç hafta boyunca ormanda kurdukları çadırlarda konaklıyor.

Arslanbob köyünden 58 yaşındaki Kanıbek Tokoev, "Bu yıl bahar donları olmadığı için ağaçlar dolu, geçen yıla göre neredeyse iki kat fazla ceviz topluyoruz" dedi.

Tokoev, kabuklu cevizin kilogramını köye gelen tüccarlara 180 somdan sattıklarını, iç cevizin kilogram fiyatının ise 650 som civarında olduğunu anlattı.

Kırgızistan'ın ceviz ihracatı geçen yıl yaklaşık 27 milyon dolara ulaştı. Ürünün önemli bölümü Türkiye, Rusya, Kazakistan vb. ülkelere gönderiliyor. Bölgedeki tüccarlar, son yıllarda Körfez ülkelerinden gelen talebin de arttığını belirtiyor.

Oş Devlet Üniversitesi Orman Fakültesi'nden Prof. Dr. Aybek Mamatov ise ormanların yaşlandığına dikkat çekti. Mamatov, "Ağaçların önemli bölümü 200 yaşın üzerinde, yeni fidan dikilmezse birkaç on yıl içinde verim ciddi biçimde düşecek" uyarısında bulundu.

Uzmanlara göre aşırı otlatma ve yakacak için yapılan kesimler de ormanın yenilenmesini zorlaştırıyor. Bölgedeki bazı köylerde gençler, ormanı korumak amacıyla fidanlık kurarak her yıl binlerce ceviz fidanı yetiştiriyor.

Ceviz ormanları devlete ait, köylüler ise ağaçların bulunduğu parselleri uzun vadeli kira sözleşmeleriyle kullanıyor. Hasat edilen cevizin bir bölümü, kira bedeli karşılığında orman işletmesine teslim ediliyor.

Hasat mevsiminde Arslanbob'un dar yollarında, çuvallarla ceviz taşıyan eşekler ve kamyonetler eksik olmuyor. Toplanan cevizler köy meydanında kurulan pazarda tartılarak satılıyor, fiyatlar ise tüccarların taleplerine göre gün içinde birkaç kez değişebiliyor. Bazı aileler, cevizin bir bölümünü kış için ayırarak reçel, helva ve yağ yapımında kullanıyor.

Köyde pansiyon işleten Gulnara Sadıkova, "Yabancı turistler hasat zamanında gelip ceviz toplamaya katılıyor, bu da köyümüze önemli bir ek gelir sağlıyor" ifadesini kullandı.

Arslanbob'un ceviz ormanlarının, Büyük İskender döneminde Avrupa'ya götürülen ilk ceviz tohumlarının kaynağı olduğuna inanılıyor. Yerel halk, yaz aylarında ise ormanda yetişen elma, armut ve çeşitli şifalı otları topluyor. Bölgede ayrıca dağ yürüyüşü ve at turları için gelen ziyaretçilerin sayısı her yıl artıyor.
""",
    events=[],
    quotes=[("Kanıbek Tokoev", "KGZ",
             "Bu yıl bahar donları olmadığı için ağaçlar dolu, geçen yıla göre neredeyse iki kat fazla ceviz topluyoruz"),
            ("Aybek Mamatov", "KGZ",
             "Ağaçların önemli bölümü 200 yaşın üzerinde, yeni fidan dikilmezse birkaç on yıl içinde verim ciddi biçimde düşecek"),
            ("Gulnara Sadıkova", "KGZ",
             "Yabancı turistler hasat zamanında gelip ceviz toplamaya katılıyor, bu da köyümüze önemli bir ek gelir sağlıyor")],
    amounts=[dict(value=180.0, unit="KGS", text="180 somdan",
                  about="kabuklu cevizin kilogram fiyatı"),
             dict(value=650.0, unit="KGS", text="650 som",
                  about="iç cevizin kilogram fiyatı"),
             dict(value=27000000.0, unit="USD", text="27 milyon dolara",
                  about="Kırgızistan'ın ceviz ihracatı", year=2024)],
))

# ---------------------------------------------------------------- htr5_006
DOCS.append(dict(id="htr5_006", date="2023-06-18", text="""\
Uganda'da ADF militanlarının okula düzenlediği saldırıda 42 kişi öldü

KAMPALA (AA) - Uganda'nın batısında, Kongo Demokratik Cumhuriyeti (KDC) sınırına yakın Mpondwe kasabasındaki bir ortaokula cuma gecesi düzenlenen saldırıda, çoğu öğrenci 42 kişi hayatını kaybetti.

Polis Sözcüsü Fred Enanga, dün yaptığı açıklamada, Kasese bölgesindeki Lhubiriha Ortaokulu'na saldıranların KDC'nin doğusunda üslenen ve DEAŞ terör örgütüne bağlılık bildiren Müttefik Demokratik Güçler (ADF) militanları olduğunu bildirdi. Enanga, militanların yatakhaneyi ateşe verdiğini, kaçmaya çalışan öğrencileri ise silah ve palalarla öldürdüğünü söyledi.

Hayatını kaybedenlerden 37'sinin öğrenci olduğu, militanların 6 öğrenciyi de kaçırarak sınırın öbür tarafındaki Virunga Ulusal Parkı'na doğru kaçtığı belirtildi.

Uganda Halk Savunma Kuvvetleri (UPDF) Sözcüsü Tuğg. Felix Kulayigye ise saldırganları takip etmek için bölgeye ek birlikler sevk edildiğini, askerlerin kaçırılan öğrencileri kurtarmak amacıyla KDC topraklarında da operasyon yürüttüğünü açıkladı.

Cumhurbaşkanı Yoweri Museveni de dün yayımladığı yazılı açıklamada saldırıyı "korkakça, çaresiz ve terörist bir eylem" olarak nitelendirdi. Museveni dünkü açıklamasında silah bırakıp teslim olan ADF militanlarının affedileceğini yineledi, teslim olmayanların ise yok edileceği uyarısında bulundu.

"Bu katliamı yapanlar cezasız kalmayacak, nereye saklanırlarsa saklansınlar onları bulacağız" diyen Museveni, sınır bölgesindeki askeri birliğin saldırıyı neden önleyemediğinin de soruşturulacağını belirtti.

Polis, saldırıyla bağlantılı olduğundan şüphelenilen ve aralarında okulun müdürünün de bulunduğu 20 kişiyi gözaltına aldı.

BM Genel Sekreteri Antonio Guterres, dün yaptığı yazılı açıklamada saldırıyı şiddetle kınadı ve faillerin yargı önüne çıkarılması çağrısında bulundu. Afrika Birliği (AfB) Komisyonu Başkanı Musa Faki Muhammed de saldırıyı kınayarak Uganda halkına ve hükümetine taziyelerini iletti.

Türkiye Dışişleri Bakanlığından bugün yapılan yazılı açıklamada da Uganda'da bir okula yönelik "alçakça" terör saldırısının kınandığı belirtilerek hayatını kaybedenlerin yakınlarına ve Uganda halkına başsağlığı dilendi.

KDC Cumhurbaşkanı Felix Tshisekedi'nin de Museveni'yi telefonla arayarak başsağlığı dilediği ve iki liderin ADF'ye karşı ortak operasyonları yoğunlaştırma konusunda mutabık kaldığı bildirildi.

Uganda ve KDC orduları, Kasım 2021'den bu yana KDC'nin doğusunda ADF'ye karşı "Shujaa" adlı ortak bir askeri operasyon yürütüyor. Kökeni 1990'larda Uganda'da hükümete karşı kurulan bir isyancı gruba dayanan ADF, Kasım 2021'de başkent Kampala'da 4 kişinin hayatını kaybettiği intihar saldırılarının da faili olarak görülüyor. ABD, Mart 2021'de ADF'yi yabancı terör örgütleri listesine almıştı.

BM verilerine göre ADF'nin KDC'nin Kuzey Kivu ve Ituri eyaletlerinde düzenlediği saldırılarda son iki yılda binlerce sivil hayatını kaybetti. Örgüt, Musa Baluku liderliğinde 2019'dan bu yana DEAŞ'ın "Orta Afrika Vilayeti" adıyla anılıyor.

Saldırıda hayatını kaybedenlerin cenazeleri, kimlik tespiti için DNA testlerinin tamamlanmasının ardından ailelerine teslim edilecek.
""",
    events=[
        E("ASSAULT", "ADF", "UGA", True, "occurred", "2023-06-16",
          ["Uganda'da ADF militanlarının okula düzenlediği saldırıda 42 kişi öldü",
           "Mpondwe kasabasındaki bir ortaokula cuma gecesi düzenlenen saldırıda, çoğu öğrenci 42 kişi hayatını kaybetti.",
           "Kasese bölgesindeki Lhubiriha Ortaokulu'na saldıranların KDC'nin doğusunda üslenen ve DEAŞ terör örgütüne bağlılık bildiren Müttefik Demokratik Güçler (ADF) militanları olduğunu bildirdi.",
           "Enanga, militanların yatakhaneyi ateşe verdiğini, kaçmaya çalışan öğrencileri ise silah ve palalarla öldürdüğünü söyledi."],
          loc="Mpondwe"),
        # the abduction: part of the same raid, a system may or may not split it
        E("ASSAULT", "ADF", "UGA", False, "occurred", "2023-06-16",
          ["militanların 6 öğrenciyi de kaçırarak sınırın öbür tarafındaki Virunga Ulusal Parkı'na doğru kaçtığı belirtildi"]),
        E("MOBILIZE", "UGA", "ADF", True, "occurred", "2023-06-18",
          ["Uganda Halk Savunma Kuvvetleri (UPDF) Sözcüsü Tuğg. Felix Kulayigye ise saldırganları takip etmek için bölgeye ek birlikler sevk edildiğini"],
          sa="Felix Kulayigye"),
        E("MOBILIZE", "UGA", "COD", False, "occurred", "2023-06-18",
          ["askerlerin kaçırılan öğrencileri kurtarmak amacıyla KDC topraklarında da operasyon yürüttüğünü açıkladı"]),
        E("ASSAULT", "UGA", "ADF", False, "occurred", "2023-06-18",
          ["askerlerin kaçırılan öğrencileri kurtarmak amacıyla KDC topraklarında da operasyon yürüttüğünü açıkladı"]),
        E("ACCUSE", "UGA", "ADF", True, "occurred", "2023-06-17",
          ["Cumhurbaşkanı Yoweri Museveni de dün yayımladığı yazılı açıklamada saldırıyı \"korkakça, çaresiz ve terörist bir eylem\" olarak nitelendirdi."],
          sa="Yoweri Museveni"),
        E("CONCEDE", "UGA", "ADF", True, "occurred", "2023-06-17",
          ["Museveni dünkü açıklamasında silah bırakıp teslim olan ADF militanlarının affedileceğini yineledi"],
          sa="Yoweri Museveni"),
        E("THREATEN", "UGA", "ADF", True, "occurred", "2023-06-17",
          ["teslim olmayanların ise yok edileceği uyarısında bulundu",
           "\"Bu katliamı yapanlar cezasız kalmayacak, nereye saklanırlarsa saklansınlar onları bulacağız\" diyen Museveni"],
          sa="Yoweri Museveni"),
        E("ASSAULT", "UGA", "ADF", False, "conditional", None,
          ["teslim olmayanların ise yok edileceği"]),
        # announced inquiry into the army unit
        E("ACCUSE", "UGA", "UGA", False, "planned", None,
          ["sınır bölgesindeki askeri birliğin saldırıyı neden önleyemediğinin de soruşturulacağını belirtti"],
          sa="Yoweri Museveni"),
        E("COERCE", "UGA", "UGA", True, "occurred", "2023-06-18",
          ["Polis, saldırıyla bağlantılı olduğundan şüphelenilen ve aralarında okulun müdürünün de bulunduğu 20 kişiyi gözaltına aldı."]),
        E("ACCUSE", "UN", "ADF", True, "occurred", "2023-06-17",
          ["BM Genel Sekreteri Antonio Guterres, dün yaptığı yazılı açıklamada saldırıyı şiddetle kınadı"],
          sa="Antonio Guterres"),
        E("REQUEST", "UN", "UGA", False, "occurred", "2023-06-17",
          ["faillerin yargı önüne çıkarılması çağrısında bulundu"], sa="Antonio Guterres"),
        E("ACCUSE", "AU", "ADF", True, "occurred", "2023-06-18",
          ["Afrika Birliği (AfB) Komisyonu Başkanı Musa Faki Muhammed de saldırıyı kınayarak"],
          sa="Musa Faki Muhammed"),
        E("SUPPORT", "AU", "UGA", False, "occurred", "2023-06-18",
          ["Uganda halkına ve hükümetine taziyelerini iletti"], sa="Musa Faki Muhammed"),
        E("ACCUSE", "TUR", "ADF", True, "occurred", "2023-06-18",
          ["Türkiye Dışişleri Bakanlığından bugün yapılan yazılı açıklamada da Uganda'da bir okula yönelik \"alçakça\" terör saldırısının kınandığı belirtilerek"]),
        E("SUPPORT", "TUR", "UGA", False, "occurred", "2023-06-18",
          ["hayatını kaybedenlerin yakınlarına ve Uganda halkına başsağlığı dilendi"]),
        E("CONSULT", "COD", "UGA", True, "occurred", "2023-06-18",
          ["KDC Cumhurbaşkanı Felix Tshisekedi'nin de Museveni'yi telefonla arayarak başsağlığı dilediği"],
          sa="Felix Tshisekedi", ta="Yoweri Museveni", mode="phone"),
        E("SUPPORT", "COD", "UGA", False, "occurred", "2023-06-18",
          ["Museveni'yi telefonla arayarak başsağlığı dilediği"], sa="Felix Tshisekedi"),
        E("AGREE", "COD", "UGA", True, "occurred", "2023-06-18",
          ["iki liderin ADF'ye karşı ortak operasyonları yoğunlaştırma konusunda mutabık kaldığı bildirildi"],
          sa="Felix Tshisekedi", ta="Yoweri Museveni"),
        # background
        E("COOPERATE", "UGA", "COD", False, "occurred", "2021-11",
          ["Uganda ve KDC orduları, Kasım 2021'den bu yana KDC'nin doğusunda ADF'ye karşı \"Shujaa\" adlı ortak bir askeri operasyon yürütüyor."]),
        E("ASSAULT", "UGA", "ADF", False, "occurred", "2021-11",
          ["Uganda ve KDC orduları, Kasım 2021'den bu yana KDC'nin doğusunda ADF'ye karşı \"Shujaa\" adlı ortak bir askeri operasyon yürütüyor."]),
        E("ASSAULT", "COD", "ADF", False, "occurred", "2021-11",
          ["Uganda ve KDC orduları, Kasım 2021'den bu yana KDC'nin doğusunda ADF'ye karşı \"Shujaa\" adlı ortak bir askeri operasyon yürütüyor."]),
        E("ASSAULT", "ADF", "UGA", False, "occurred", "2021-11",
          ["Kasım 2021'de başkent Kampala'da 4 kişinin hayatını kaybettiği intihar saldırılarının da faili olarak görülüyor"],
          loc="Kampala"),
        E("SANCTION", "USA", "ADF", False, "occurred", "2021-03",
          ["ABD, Mart 2021'de ADF'yi yabancı terör örgütleri listesine almıştı."]),
    ],
    quotes=[("Yoweri Museveni", "UGA", "korkakça, çaresiz ve terörist bir eylem"),
            ("Yoweri Museveni", "UGA",
             "Bu katliamı yapanlar cezasız kalmayacak, nereye saklanırlarsa saklansınlar onları bulacağız")],
    amounts=[],
))

# ---------------------------------------------------------------- htr5_007
DOCS.append(dict(id="htr5_007", date="2023-02-11", text="""\
Nikaragua 222 siyasi tutukluyu serbest bırakıp ABD'ye gönderdi

WASHİNGTON (AA) - Nikaragua'da Devlet Başkanı Daniel Ortega yönetimi, aralarında muhalefet liderleri, gazeteciler, öğrenciler ve din adamlarının bulunduğu 222 siyasi tutukluyu perşembe günü serbest bırakarak özel bir uçakla ABD'ye gönderdi.

Managua Temyiz Mahkemesi Yargıcı Octavio Rothschild, aynı gün okuduğu kararda, tutukluların "vatan haini" ilan edildiğini ve ülkeden sınır dışı edilmelerine hükmedildiğini açıkladı. Ulusal Meclis de aynı gün, "vatan haini" ilan edilenlerin vatandaşlıktan çıkarılmasının önünü açan anayasa değişikliğini ilk okumada onayladı.

Serbest bırakılanlar arasında eski cumhurbaşkanı adayları Cristiana Chamorro, Juan Sebastián Chamorro ve Félix Maradiaga ile Sandinist devrimin eski komutanlarından Dora María Téllez de yer alıyor.

Tutukluları taşıyan uçak, perşembe günü Washington yakınlarındaki Dulles Havalimanı'na indi. ABD Dışişleri Bakanı Antony Blinken, aynı gün yaptığı yazılı açıklamada tutukluların serbest bırakılmasını "yapıcı bir adım" olarak nitelendirdi ve serbest bırakılanlara ABD'de iki yıl kalabilmeleri için insani şartlı giriş izni verildiğini duyurdu. Blinken, kararın Nikaragua tarafından tek taraflı olarak alındığını, ABD'nin karşılığında herhangi bir taviz vermediğini vurguladı.

Ortega ise perşembe akşamı ulusal televizyonda yaptığı konuşmada serbest bırakılanları "ABD'nin paralı askerleri" olmakla suçladı. "ABD'den karşılığında hiçbir şey istemedik, hiçbir yaptırımın kaldırılmasını da talep etmedik" diyen Ortega, Washington yönetimine yaptırımlar konusunda "yalvarmayacaklarını" söyledi.

Sınır dışı edilecekler listesinde adı bulunan Matagalpa Piskoposu Rolando Álvarez ise perşembe günü uçağa binmeyi reddetti. Ortega, televizyon konuşmasında Álvarez'in tavrını "kibir" olarak nitelendirmişti.

Mahkeme cuma günü Álvarez'i "vatana ihanet" ve "yalan haber yayma" suçlarından 26 yıl 4 ay hapis cezasına çarptırdı ve vatandaşlıktan çıkardı. Katolik Kilisesi'nin ülkedeki en tanınmış eleştirel seslerinden biri olan Álvarez, Ağustos 2022'den bu yana ev hapsinde tutuluyordu.

İspanya Dışişleri Bakanı José Manuel Albares ise dün, ABD'ye gönderilen 222 Nikaragualıya İspanya vatandaşlığı teklif ettiklerini açıkladı. Albares, "Vatandaşlıktan çıkarılan bu insanlara kapılarımız açık, İspanya onları kendi vatandaşı olarak kabul etmeye hazır" dedi.

Amerikan Devletleri Örgütü (OAS) Genel Sekreteri Luis Almagro ise tutukluların serbest bırakılmasını olumlu bir gelişme olarak değerlendirirken, vatandaşlıktan çıkarma kararlarını "uluslararası hukukun açık ihlali" olarak nitelendirerek Managua yönetimini eleştirdi. Almagro, Nikaragua hükümetinden cezaevlerinde kalan diğer siyasi tutukluları da serbest bırakmasını istedi.

Ortega hükümeti, 2018'de başlayan ve 300'den fazla kişinin hayatını kaybettiği hükümet karşıtı gösterilerin ardından muhaliflere yönelik baskıları artırmıştı. 2021'deki seçimler öncesinde aralarında yedi muhalif cumhurbaşkanı adayının da bulunduğu çok sayıda kişi gözaltına alınmış, Ortega bu seçimlerde üst üste dördüncü kez göreve gelmişti.
""",
    events=[
        E("RETREAT", "NIC", "NIC", True, "occurred", "2023-02-09",
          ["Nikaragua 222 siyasi tutukluyu serbest bırakıp",
           "Nikaragua'da Devlet Başkanı Daniel Ortega yönetimi, aralarında muhalefet liderleri, gazeteciler, öğrenciler ve din adamlarının bulunduğu 222 siyasi tutukluyu perşembe günü serbest bırakarak"],
          sa="Daniel Ortega"),
        E("COERCE", "NIC", "NIC", True, "occurred", "2023-02-09",
          [("ABD'ye gönderdi", 0),
           "özel bir uçakla ABD'ye gönderdi",
           "Managua Temyiz Mahkemesi Yargıcı Octavio Rothschild, aynı gün okuduğu kararda, tutukluların \"vatan haini\" ilan edildiğini ve ülkeden sınır dışı edilmelerine hükmedildiğini açıkladı."],
          sa="Daniel Ortega"),
        E("ACCUSE", "NIC", "NIC", False, "occurred", "2023-02-09",
          ["tutukluların \"vatan haini\" ilan edildiğini"], sa="Octavio Rothschild"),
        # a legislative step towards stripping nationality
        E("COERCE", "NIC", "NIC", False, "occurred", "2023-02-09",
          ["Ulusal Meclis de aynı gün, \"vatan haini\" ilan edilenlerin vatandaşlıktan çıkarılmasının önünü açan anayasa değişikliğini ilk okumada onayladı."]),
        E("SUPPORT", "USA", "NIC", True, "occurred", "2023-02-09",
          ["ABD Dışişleri Bakanı Antony Blinken, aynı gün yaptığı yazılı açıklamada tutukluların serbest bırakılmasını \"yapıcı bir adım\" olarak nitelendirdi"],
          sa="Antony Blinken"),
        E("AID", "USA", "NIC", True, "occurred", "2023-02-09",
          ["serbest bırakılanlara ABD'de iki yıl kalabilmeleri için insani şartlı giriş izni verildiğini duyurdu"],
          sa="Antony Blinken"),
        E("CONCEDE", "USA", "NIC", False, "negated", None,
          ["ABD'nin karşılığında herhangi bir taviz vermediğini vurguladı"], sa="Antony Blinken"),
        E("ACCUSE", "NIC", "NIC", True, "occurred", "2023-02-09",
          ["Ortega ise perşembe akşamı ulusal televizyonda yaptığı konuşmada serbest bırakılanları \"ABD'nin paralı askerleri\" olmakla suçladı."],
          sa="Daniel Ortega"),
        E("ACCUSE", "NIC", "USA", False, "occurred", "2023-02-09",
          ["serbest bırakılanları \"ABD'nin paralı askerleri\" olmakla suçladı"], sa="Daniel Ortega"),
        E("REQUEST", "NIC", "USA", False, "negated", None,
          ["\"ABD'den karşılığında hiçbir şey istemedik, hiçbir yaptırımın kaldırılmasını da talep etmedik\" diyen Ortega"],
          sa="Daniel Ortega"),
        E("REJECT", "NIC", "NIC", True, "occurred", "2023-02-09",
          ["Sınır dışı edilecekler listesinde adı bulunan Matagalpa Piskoposu Rolando Álvarez ise perşembe günü uçağa binmeyi reddetti."],
          sa="Rolando Álvarez"),
        E("ACCUSE", "NIC", "NIC", False, "occurred", "2023-02-09",
          ["Ortega, televizyon konuşmasında Álvarez'in tavrını \"kibir\" olarak nitelendirmişti."],
          sa="Daniel Ortega", ta="Rolando Álvarez"),
        E("SANCTION", "NIC", "NIC", True, "occurred", "2023-02-10",
          ["Mahkeme cuma günü Álvarez'i \"vatana ihanet\" ve \"yalan haber yayma\" suçlarından 26 yıl 4 ay hapis cezasına çarptırdı"],
          ta="Rolando Álvarez"),
        E("COERCE", "NIC", "NIC", False, "occurred", "2023-02-10",
          ["ve vatandaşlıktan çıkardı"], ta="Rolando Álvarez"),
        E("AGREE", "ESP", "NIC", True, "occurred", "2023-02-10",
          ["İspanya Dışişleri Bakanı José Manuel Albares ise dün, ABD'ye gönderilen 222 Nikaragualıya İspanya vatandaşlığı teklif ettiklerini açıkladı.",
           "\"Vatandaşlıktan çıkarılan bu insanlara kapılarımız açık, İspanya onları kendi vatandaşı olarak kabul etmeye hazır\" dedi"],
          sa="José Manuel Albares"),
        E("AID", "ESP", "NIC", False, "planned", None,
          ["222 Nikaragualıya İspanya vatandaşlığı teklif ettiklerini"]),
        E("SUPPORT", "OAS", "NIC", False, "occurred", "2023-02-11",
          ["Amerikan Devletleri Örgütü (OAS) Genel Sekreteri Luis Almagro ise tutukluların serbest bırakılmasını olumlu bir gelişme olarak değerlendirirken"],
          sa="Luis Almagro"),
        E("ACCUSE", "OAS", "NIC", True, "occurred", "2023-02-11",
          ["vatandaşlıktan çıkarma kararlarını \"uluslararası hukukun açık ihlali\" olarak nitelendirerek Managua yönetimini eleştirdi"],
          sa="Luis Almagro"),
        E("REQUEST", "OAS", "NIC", True, "occurred", "2023-02-11",
          ["Almagro, Nikaragua hükümetinden cezaevlerinde kalan diğer siyasi tutukluları da serbest bırakmasını istedi."],
          sa="Luis Almagro"),
        # background
        E("PROTEST", "NIC", "NIC", False, "occurred", "2018",
          ["2018'de başlayan ve 300'den fazla kişinin hayatını kaybettiği hükümet karşıtı gösterilerin"]),
        E("COERCE", "NIC", "NIC", False, "occurred", "2021",
          ["2021'deki seçimler öncesinde aralarında yedi muhalif cumhurbaşkanı adayının da bulunduğu çok sayıda kişi gözaltına alınmış"]),
        E("COERCE", "NIC", "NIC", False, "occurred", "2022-08",
          ["Ağustos 2022'den bu yana ev hapsinde tutuluyordu"], ta="Rolando Álvarez"),
    ],
    quotes=[("Daniel Ortega", "NIC",
             "ABD'den karşılığında hiçbir şey istemedik, hiçbir yaptırımın kaldırılmasını da talep etmedik"),
            ("José Manuel Albares", "ESP",
             "Vatandaşlıktan çıkarılan bu insanlara kapılarımız açık, İspanya onları kendi vatandaşı olarak kabul etmeye hazır")],
    amounts=[],
))

# ---------------------------------------------------------------- htr5_008
DOCS.append(dict(id="htr5_008", date="2024-05-11", text="""\
Azerbaycan ve Ermenistan dışişleri bakanları Almatı'da bir araya geldi

ALMATI (AA) - Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile Ermenistan Dışişleri Bakanı Ararat Mirzoyan, iki ülke arasındaki barış anlaşması metnini görüşmek üzere Kazakistan'ın Almatı kentinde bir araya geldi.

Cuma günü başlayan ve bugün sona eren iki günlük müzakereler, kentteki bir devlet konukevinde kapalı kapılar ardında yapıldı.

Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, cuma günü görüşmelerden önce iki bakanı ayrı ayrı kabul etti. Tokayev, Kazakistan'ın taraflara "tarafsız bir zemin" sunmaktan memnuniyet duyduğunu söyledi.

Kazakistan Dışişleri Bakanı Murat Nurtleu ise görüşmelerin açılışında yaptığı konuşmada, ülkesinin süreçte arabuluculuk yapmadığını, yalnızca ev sahipliği üstlendiğini vurguladı.

Azerbaycan Dışişleri Bakanlığından bugün yapılan açıklamada, tarafların barış anlaşması taslağının bazı maddelerinde ilerleme kaydettiği, ancak birkaç kritik konuda henüz uzlaşmaya varılamadığı belirtildi. Açıklamada, iki bakanın müzakerelere yakın zamanda devam etme konusunda mutabık kaldığı ifade edildi.

Mirzoyan da görüşmelerin ardından yaptığı açıklamada, "Barış anlaşmasının imzalanmasına her zamankinden daha yakın olduğumuza inanıyorum, ancak yapılacak daha çok iş var" dedi.

Bayramov ise bugün yaptığı açıklamada, Ermenistan anayasasında Azerbaycan'a yönelik toprak iddiası içerdiğini düşündükleri hükümlerin kaldırılmasının kalıcı barış için şart olduğunu yineleyerek Erivan yönetimini bu yönde adım atmaya çağırdı. Ermeni tarafı ise anayasa değişikliğinin barış anlaşmasının ön koşulu yapılmasını kabul etmiyor.

İki bakan en son şubat ayının sonunda Berlin'de, Almanya Dışişleri Bakanı Annalena Baerbock'un ev sahipliğinde bir araya gelmişti.

ABD Dışişleri Bakanlığı Sözcüsü Matthew Miller da görüşmeleri memnuniyetle karşıladıklarını belirterek Kazakistan'a ev sahipliği için teşekkür etti.

Öte yandan Ermenistan'da, Tavuş bölgesindeki dört köyün Azerbaycan'a devredilmesine yol açan sınır belirleme sürecine karşı başlatılan protestolar sürüyor. Tavuş Piskoposu Bagrat Galstanyan önderliğindeki on binlerce kişi, perşembe akşamı başkent Erivan'daki Cumhuriyet Meydanı'nda toplanarak Başbakan Nikol Paşinyan'ın istifasını talep etti.

Cuma günü Erivan'da yolları trafiğe kapatan onlarca protestocu ise polis tarafından gözaltına alındı.

İki ülkenin sınır belirleme komisyonları, 19 Nisan'da Tavuş bölgesindeki dört köyün bulunduğu kesimde sınırın belirlenmesi konusunda anlaşmaya varmıştı. Paşinyan, bu adımın yeni bir savaşı önlemek için "zorunlu" olduğunu savunuyor.

Azerbaycan, Eylül 2023'te Karabağ'da başlattığı askeri operasyonla bölgenin tamamında kontrolü sağlamıştı. İki ülke, o tarihten bu yana barış anlaşması için Washington, Brüksel, Moskova vb. farklı başkentlerde bir araya geldi.
""",
    events=[
        E("CONSULT", "AZE", "ARM", True, "occurred", "2024-05",
          ["Azerbaycan ve Ermenistan dışişleri bakanları Almatı'da bir araya geldi",
           "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile Ermenistan Dışişleri Bakanı Ararat Mirzoyan, iki ülke arasındaki barış anlaşması metnini görüşmek üzere Kazakistan'ın Almatı kentinde bir araya geldi.",
           "Cuma günü başlayan ve bugün sona eren iki günlük müzakereler, kentteki bir devlet konukevinde kapalı kapılar ardında yapıldı."],
          loc="Almatı", sa="Ceyhun Bayramov", ta="Ararat Mirzoyan", mode="third-party"),
        E("CONSULT", "AZE", "KAZ", True, "occurred", "2024-05-10",
          ["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, cuma günü görüşmelerden önce iki bakanı ayrı ayrı kabul etti."],
          loc="Almatı", sa="Ceyhun Bayramov", ta="Kasım Cömert Tokayev", mode="visit"),
        E("CONSULT", "ARM", "KAZ", True, "occurred", "2024-05-10",
          ["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, cuma günü görüşmelerden önce iki bakanı ayrı ayrı kabul etti."],
          loc="Almatı", sa="Ararat Mirzoyan", ta="Kasım Cömert Tokayev", mode="visit"),
        # "not mediating": negated mediation towards each side
        E("CONSULT", "KAZ", "AZE", False, "negated", None,
          ["ülkesinin süreçte arabuluculuk yapmadığını, yalnızca ev sahipliği üstlendiğini vurguladı"],
          sa="Murat Nurtleu"),
        E("CONSULT", "KAZ", "ARM", False, "negated", None,
          ["ülkesinin süreçte arabuluculuk yapmadığını, yalnızca ev sahipliği üstlendiğini vurguladı"],
          sa="Murat Nurtleu"),
        E("AGREE", "AZE", "ARM", False, "negated", None,
          ["birkaç kritik konuda henüz uzlaşmaya varılamadığı belirtildi"]),
        E("AGREE", "AZE", "ARM", True, "occurred", "2024-05-11",
          ["Açıklamada, iki bakanın müzakerelere yakın zamanda devam etme konusunda mutabık kaldığı ifade edildi."]),
        E("CONSULT", "AZE", "ARM", False, "planned", None,
          ["müzakerelere yakın zamanda devam etme"]),
        E("REQUEST", "AZE", "ARM", True, "occurred", "2024-05-11",
          ["Bayramov ise bugün yaptığı açıklamada, Ermenistan anayasasında Azerbaycan'a yönelik toprak iddiası içerdiğini düşündükleri hükümlerin kaldırılmasının kalıcı barış için şart olduğunu yineleyerek Erivan yönetimini bu yönde adım atmaya çağırdı."],
          sa="Ceyhun Bayramov"),
        # a standing position, not a dated act
        E("REJECT", "ARM", "AZE", False, "occurred", "2024-05-11",
          ["Ermeni tarafı ise anayasa değişikliğinin barış anlaşmasının ön koşulu yapılmasını kabul etmiyor."]),
        E("CONSULT", "AZE", "ARM", False, "occurred", "2024-02",
          ["İki bakan en son şubat ayının sonunda Berlin'de, Almanya Dışişleri Bakanı Annalena Baerbock'un ev sahipliğinde bir araya gelmişti."],
          loc="Berlin", mode="third-party"),
        E("CONSULT", "AZE", "DEU", False, "occurred", "2024-02",
          ["İki bakan en son şubat ayının sonunda Berlin'de, Almanya Dışişleri Bakanı Annalena Baerbock'un ev sahipliğinde bir araya gelmişti."],
          loc="Berlin", mode="visit"),
        E("CONSULT", "ARM", "DEU", False, "occurred", "2024-02",
          ["İki bakan en son şubat ayının sonunda Berlin'de, Almanya Dışişleri Bakanı Annalena Baerbock'un ev sahipliğinde bir araya gelmişti."],
          loc="Berlin", mode="visit"),
        E("SUPPORT", "USA", "KAZ", True, "occurred", "2024-05-11",
          ["Kazakistan'a ev sahipliği için teşekkür etti"], sa="Matthew Miller"),
        E("SUPPORT", "USA", "AZE", False, "occurred", "2024-05-11",
          ["ABD Dışişleri Bakanlığı Sözcüsü Matthew Miller da görüşmeleri memnuniyetle karşıladıklarını belirterek"],
          sa="Matthew Miller"),
        E("SUPPORT", "USA", "ARM", False, "occurred", "2024-05-11",
          ["ABD Dışişleri Bakanlığı Sözcüsü Matthew Miller da görüşmeleri memnuniyetle karşıladıklarını belirterek"],
          sa="Matthew Miller"),
        E("PROTEST", "ARM", "ARM", True, "occurred", "2024-05-09",
          ["Tavuş Piskoposu Bagrat Galstanyan önderliğindeki on binlerce kişi, perşembe akşamı başkent Erivan'daki Cumhuriyet Meydanı'nda toplanarak"],
          loc="Erivan", sa="Bagrat Galstanyan", ta="Nikol Paşinyan"),
        E("REQUEST", "ARM", "ARM", False, "occurred", "2024-05-09",
          ["Başbakan Nikol Paşinyan'ın istifasını talep etti"],
          sa="Bagrat Galstanyan", ta="Nikol Paşinyan"),
        E("COERCE", "ARM", "ARM", True, "occurred", "2024-05-10",
          ["Cuma günü Erivan'da yolları trafiğe kapatan onlarca protestocu ise polis tarafından gözaltına alındı."],
          loc="Erivan"),
        # background
        E("AGREE", "AZE", "ARM", False, "occurred", "2024-04-19",
          ["İki ülkenin sınır belirleme komisyonları, 19 Nisan'da Tavuş bölgesindeki dört köyün bulunduğu kesimde sınırın belirlenmesi konusunda anlaşmaya varmıştı."]),
        E("CONCEDE", "ARM", "AZE", False, "occurred", "2024-04-19",
          ["Tavuş bölgesindeki dört köyün Azerbaycan'a devredilmesine yol açan sınır belirleme sürecine"]),
        E("ASSAULT", "AZE", "ARM", False, "occurred", "2023-09",
          ["Azerbaycan, Eylül 2023'te Karabağ'da başlattığı askeri operasyonla bölgenin tamamında kontrolü sağlamıştı."],
          loc="Karabağ"),
    ],
    quotes=[("Ararat Mirzoyan", "ARM",
             "Barış anlaşmasının imzalanmasına her zamankinden daha yakın olduğumuza inanıyorum, ancak yapılacak daha çok iş var")],
    amounts=[],
))

# ---------------------------------------------------------------- htr5_009
DOCS.append(dict(id="htr5_009", date="2025-04-01", text="""\
Paraguay, casusluk iddiaları üzerine Brezilya ile Itaipu müzakerelerini askıya aldı

ASUNCION (AA) - Paraguay, Brezilya istihbaratının Paraguaylı yetkilileri hedef alan bir siber casusluk operasyonu yürüttüğüne ilişkin haberler üzerine, Itaipu Hidroelektrik Santrali'ne ilişkin antlaşmanın mali hükümlerini içeren C Eki'nin revizyonuna yönelik müzakereleri askıya aldı.

Paraguay Dışişleri Bakanı Ruben Ramirez Lezcano, dün akşam Asuncion'da düzenlediği basın toplantısında, müzakerelerin Brezilya hükümeti tatmin edici açıklamalar yapana kadar durdurulduğunu duyurdu.

Bakan dünkü açıklamasında, Paraguay'ın Brasilia Büyükelçisi Juan Angel Delgadillo'nun istişare için ülkeye geri çağrıldığını da bildirdi. Brezilya'nın Asuncion Büyükelçisi Jose Antonio Marcondes de Carvalho ise dün Dışişleri Bakanlığına çağrılarak kendisine protesto notası verildi.

Ramirez Lezcano, dünkü basın toplantısında Brasilia yönetiminden operasyonun kapsamı ve hedef alınan yetkililer hakkında ayrıntılı bilgi verilmesini talep etti.

Brezilya merkezli UOL haber sitesinin pazartesi günü yayımladığı habere göre, Brezilya İstihbarat Teşkilatı (ABIN), 2022'de Itaipu'nun tarifesine ilişkin müzakereler sürerken Paraguaylı yetkililerin bilgisayarlarına sızarak gizli belgelere erişmeye çalıştı.

Brezilya Dışişleri Bakanlığı ise dün yayımladığı açıklamada, söz konusu operasyonun önceki Jair Bolsonaro hükümeti döneminde, Haziran 2022'de onaylandığını ve mevcut hükümet tarafından Mart 2023'te durdurulduğunu bildirdi. Açıklamada, Devlet Başkanı Luiz Inacio Lula da Silva hükümetinin operasyonla "hiçbir ilgisi olmadığı" vurgulanarak iddialar reddedildi.

Brezilya Federal Polisinin de ABIN'in önceki hükümet dönemindeki faaliyetlerine ilişkin soruşturma yürüttüğü belirtildi.

Paraguay Devlet Başkanı Santiago Pena ise bugün yaptığı açıklamada Brezilya'nın açıklamasını "yetersiz" bulduğunu belirterek Brasilia yönetimini eleştirdi. Pena, "Egemenliğimize yönelik bu saldırının tüm ayrıntılarıyla aydınlatılmasını bekliyoruz, Paraguay bu konuda geri adım atmayacak" dedi.

Brezilya Dışişleri Bakanı Mauro Vieira'nın ise bugün Paraguaylı mevkidaşı Ramirez Lezcano ile telefonda görüştüğü ve operasyona ilişkin elindeki tüm bilgileri Asuncion ile paylaşmayı teklif ettiği bildirildi.

ABIN, Bolsonaro döneminde gazeteciler, yargıçlar ve muhalif siyasetçiler dahil çok sayıda kişiyi yasa dışı yollarla izlediği iddialarıyla da gündemde bulunuyor.

Paraguay ve Brezilya, 1973'te imzaladıkları antlaşmayla Parana Nehri üzerinde kurulan Itaipu'yu ortaklaşa işletiyor. Dünyanın en büyük hidroelektrik santrallerinden biri olan Itaipu, Paraguay'ın elektrik ihtiyacının yaklaşık yüzde 90'ını karşılıyor.

Antlaşmanın mali hükümlerini içeren C Eki'nin, yürürlüğe girmesinin üzerinden 50 yıl geçmesi nedeniyle 2023'te revize edilmesi gerekiyordu. İki ülke, geçen yıl mayısta santralin 2024-2026 dönemi tarifesini kilovat başına aylık 19,28 dolar olarak belirleyen bir anlaşmaya varmıştı.
""",
    events=[
        E("SANCTION", "PRY", "BRA", True, "occurred", "2025-03-31",
          ["Paraguay, casusluk iddiaları üzerine Brezilya ile Itaipu müzakerelerini askıya aldı",
           "Paraguay, Brezilya istihbaratının Paraguaylı yetkilileri hedef alan bir siber casusluk operasyonu yürüttüğüne ilişkin haberler üzerine, Itaipu Hidroelektrik Santrali'ne ilişkin antlaşmanın mali hükümlerini içeren C Eki'nin revizyonuna yönelik müzakereleri askıya aldı.",
           "Paraguay Dışişleri Bakanı Ruben Ramirez Lezcano, dün akşam Asuncion'da düzenlediği basın toplantısında, müzakerelerin Brezilya hükümeti tatmin edici açıklamalar yapana kadar durdurulduğunu duyurdu."],
          loc="Asuncion", sa="Ruben Ramirez Lezcano"),
        # recall of the ambassador: a distinct act
        E("SANCTION", "PRY", "BRA", True, "occurred", "2025-03-31",
          ["Bakan dünkü açıklamasında, Paraguay'ın Brasilia Büyükelçisi Juan Angel Delgadillo'nun istişare için ülkeye geri çağrıldığını da bildirdi."],
          sa="Ruben Ramirez Lezcano", ta=None),
        E("ACCUSE", "PRY", "BRA", True, "occurred", "2025-03-31",
          ["Brezilya'nın Asuncion Büyükelçisi Jose Antonio Marcondes de Carvalho ise dün Dışişleri Bakanlığına çağrılarak kendisine protesto notası verildi."],
          loc="Asuncion", ta="Jose Antonio Marcondes de Carvalho"),
        E("REQUEST", "PRY", "BRA", True, "occurred", "2025-03-31",
          ["Ramirez Lezcano, dünkü basın toplantısında Brasilia yönetiminden operasyonun kapsamı ve hedef alınan yetkililer hakkında ayrıntılı bilgi verilmesini talep etti."],
          sa="Ruben Ramirez Lezcano"),
        # the 2022 intrusion itself (background, year precision)
        E("COERCE", "BRA", "PRY", False, "occurred", "2022",
          ["Brezilya İstihbarat Teşkilatı (ABIN), 2022'de Itaipu'nun tarifesine ilişkin müzakereler sürerken Paraguaylı yetkililerin bilgisayarlarına sızarak gizli belgelere erişmeye çalıştı."]),
        E("REJECT", "BRA", "PRY", True, "occurred", "2025-03-31",
          ["Açıklamada, Devlet Başkanı Luiz Inacio Lula da Silva hükümetinin operasyonla \"hiçbir ilgisi olmadığı\" vurgulanarak iddialar reddedildi.",
           "Brezilya Dışişleri Bakanlığı ise dün yayımladığı açıklamada"]),
        E("RETREAT", "BRA", "PRY", False, "occurred", "2023-03",
          ["mevcut hükümet tarafından Mart 2023'te durdurulduğunu bildirdi"]),
        E("ACCUSE", "BRA", "BRA", False, "occurred", "2025-04-01",
          ["Brezilya Federal Polisinin de ABIN'in önceki hükümet dönemindeki faaliyetlerine ilişkin soruşturma yürüttüğü belirtildi."]),
        E("ACCUSE", "PRY", "BRA", True, "occurred", "2025-04-01",
          ["Paraguay Devlet Başkanı Santiago Pena ise bugün yaptığı açıklamada Brezilya'nın açıklamasını \"yetersiz\" bulduğunu belirterek Brasilia yönetimini eleştirdi."],
          sa="Santiago Pena"),
        E("REQUEST", "PRY", "BRA", False, "occurred", "2025-04-01",
          ["Egemenliğimize yönelik bu saldırının tüm ayrıntılarıyla aydınlatılmasını bekliyoruz"],
          sa="Santiago Pena"),
        E("CONSULT", "BRA", "PRY", True, "occurred", "2025-04-01",
          ["Brezilya Dışişleri Bakanı Mauro Vieira'nın ise bugün Paraguaylı mevkidaşı Ramirez Lezcano ile telefonda görüştüğü"],
          sa="Mauro Vieira", ta="Ruben Ramirez Lezcano", mode="phone"),
        E("AGREE", "BRA", "PRY", True, "occurred", "2025-04-01",
          ["operasyona ilişkin elindeki tüm bilgileri Asuncion ile paylaşmayı teklif ettiği bildirildi"],
          sa="Mauro Vieira"),
        E("AGREE", "PRY", "BRA", False, "occurred", "2024-05",
          ["İki ülke, geçen yıl mayısta santralin 2024-2026 dönemi tarifesini kilovat başına aylık 19,28 dolar olarak belirleyen bir anlaşmaya varmıştı."]),
    ],
    quotes=[("Santiago Pena", "PRY",
             "Egemenliğimize yönelik bu saldırının tüm ayrıntılarıyla aydınlatılmasını bekliyoruz, Paraguay bu konuda geri adım atmayacak")],
    amounts=[dict(value=19.28, unit="USD", text="19,28 dolar",
                  about="Itaipu'nun 2024-2026 tarifesi, kilovat başına aylık")],
))

# ---------------------------------------------------------------- htr5_010
DOCS.append(dict(id="htr5_010", date="2024-01-14", text="""\
Namibya, Almanya'nın UAD'de İsrail'in yanında yer alma kararını kınadı

WINDHOEK (AA) - Namibya Cumhurbaşkanı Hage Geingob, Almanya'nın Uluslararası Adalet Divanı'nda (UAD) Güney Afrika'nın İsrail aleyhine açtığı soykırım davasına İsrail'in yanında müdahil olma kararını kınadı.

Cumhurbaşkanlığının sosyal medya hesabından dün yapılan açıklamada Geingob, Almanya'nın 1904-1908 yılları arasında bugünkü Namibya topraklarında işlediği soykırımdan ders çıkarmadığını öne sürdü.

Açıklamada, "Almanya, bir yandan Namibya'daki soykırımın kefaretini ödediğini söylerken diğer yandan Gazze'de soykırıma eşdeğer eylemleri destekleyemez" ifadesi kullanıldı.

Geingob dünkü açıklamasında Alman hükümetini UAD'deki davaya müdahil olma yönündeki "zamansız" kararını yeniden gözden geçirmeye çağırdı. Namibya'nın Güney Afrika'nın başvurusunu desteklediğini yineleyen Geingob, hiçbir ülkenin Gazze'deki sivil kayıplar karşısında sessiz kalmaması gerektiğini vurguladı.

Almanya Hükümet Sözcüsü Steffen Hebestreit ise cuma günü yaptığı açıklamada, Almanya'nın davanın esasına ilişkin aşamada İsrail'in yanında üçüncü taraf olarak müdahil olmayı planladığını duyurmuştu. Hebestreit, "Federal hükümet, İsrail'e yöneltilen soykırım suçlamasını kesin ve açık bir şekilde reddediyor" demişti.

UAD'de Güney Afrika'nın başvurusuna ilişkin duruşmalar perşembe ve cuma günleri Lahey'de yapıldı. Güney Afrika, 29 Aralık'ta yaptığı başvuruda İsrail'i Gazze'de 1948 Soykırım Sözleşmesi'ni ihlal etmekle suçlamış ve mahkemeden İsrail'in askeri operasyonlarını durdurması için ihtiyati tedbir kararı vermesini talep etmişti. İsrail heyeti ise cuma günkü duruşmada suçlamaları "çarpıtılmış" olarak nitelendirerek reddetti.

İsrail Dışişleri Bakanı Israel Katz ise cuma günü Almanya Başbakanı Olaf Scholz'a ve Alman hükümetine verdikleri destek için teşekkür etti. Türkiye, Malezya, Bolivya vb. ülkeler ise davada Güney Afrika'nın başvurusunu desteklediklerini açıklamıştı.

Namibya'daki Ovaherero Geleneksel Otoritesinin lideri Mutjinde Katjiua da Almanya'nın kararını "ikiyüzlülük" olarak nitelendirdi.

Almanya, Mayıs 2021'de sömürge döneminde Herero ve Nama halklarına yönelik katliamları resmen soykırım olarak tanımış, özür dilemiş ve 30 yıl içinde 1,1 milyar avroluk kalkınma yardımı yapma sözü vermişti. Ancak Herero ve Nama temsilcilerinin bir kısmı, tazminat içermediği gerekçesiyle anlaşmaya itiraz ediyor ve anlaşma henüz yürürlüğe girmedi.

Alman sömürge birliklerinin 1904-1908 yılları arasında on binlerce Herero ve Nama'yı öldürdüğü tahmin ediliyor.

İsrail ordusunun, Hamas'ın 7 Ekim'de İsrail'e düzenlediği saldırının ardından Gazze Şeridi'ne başlattığı saldırılarda şimdiye kadar 23 binden fazla Filistinli hayatını kaybetti.
""",
    events=[
        E("ACCUSE", "NAM", "DEU", True, "occurred", "2024-01-13",
          ["Namibya, Almanya'nın UAD'de İsrail'in yanında yer alma kararını kınadı",
           "Namibya Cumhurbaşkanı Hage Geingob, Almanya'nın Uluslararası Adalet Divanı'nda (UAD) Güney Afrika'nın İsrail aleyhine açtığı soykırım davasına İsrail'in yanında müdahil olma kararını kınadı.",
           "Cumhurbaşkanlığının sosyal medya hesabından dün yapılan açıklamada Geingob, Almanya'nın 1904-1908 yılları arasında bugünkü Namibya topraklarında işlediği soykırımdan ders çıkarmadığını öne sürdü.",
           "Açıklamada, \"Almanya, bir yandan Namibya'daki soykırımın kefaretini ödediğini söylerken diğer yandan Gazze'de soykırıma eşdeğer eylemleri destekleyemez\" ifadesi kullanıldı."],
          sa="Hage Geingob"),
        E("REQUEST", "NAM", "DEU", True, "occurred", "2024-01-13",
          ["Geingob dünkü açıklamasında Alman hükümetini UAD'deki davaya müdahil olma yönündeki \"zamansız\" kararını yeniden gözden geçirmeye çağırdı."],
          sa="Hage Geingob"),
        E("SUPPORT", "NAM", "ZAF", True, "occurred", "2024-01-13",
          ["Namibya'nın Güney Afrika'nın başvurusunu desteklediğini yineleyen Geingob"],
          sa="Hage Geingob"),
        E("SUPPORT", "DEU", "ISR", True, "occurred", "2024-01-12",
          ["Almanya Hükümet Sözcüsü Steffen Hebestreit ise cuma günü yaptığı açıklamada, Almanya'nın davanın esasına ilişkin aşamada İsrail'in yanında üçüncü taraf olarak müdahil olmayı planladığını duyurmuştu."],
          sa="Steffen Hebestreit"),
        # the intervention itself is still to come
        E("SUPPORT", "DEU", "ISR", False, "planned", None,
          ["İsrail'in yanında üçüncü taraf olarak müdahil olmayı planladığını"]),
        E("REJECT", "DEU", "ZAF", True, "occurred", "2024-01-12",
          ["Hebestreit, \"Federal hükümet, İsrail'e yöneltilen soykırım suçlamasını kesin ve açık bir şekilde reddediyor\" demişti."],
          sa="Steffen Hebestreit"),
        E("ACCUSE", "ZAF", "ISR", False, "occurred", "2023-12-29",
          ["Güney Afrika, 29 Aralık'ta yaptığı başvuruda İsrail'i Gazze'de 1948 Soykırım Sözleşmesi'ni ihlal etmekle suçlamış"]),
        E("REQUEST", "ZAF", "ICJ", False, "occurred", "2023-12-29",
          ["mahkemeden İsrail'in askeri operasyonlarını durdurması için ihtiyati tedbir kararı vermesini talep etmişti"]),
        E("REJECT", "ISR", "ZAF", True, "occurred", "2024-01-12",
          ["İsrail heyeti ise cuma günkü duruşmada suçlamaları \"çarpıtılmış\" olarak nitelendirerek reddetti."],
          loc="Lahey"),
        E("SUPPORT", "ISR", "DEU", True, "occurred", "2024-01-12",
          ["İsrail Dışişleri Bakanı Israel Katz ise cuma günü Almanya Başbakanı Olaf Scholz'a ve Alman hükümetine verdikleri destek için teşekkür etti."],
          sa="Israel Katz", ta="Olaf Scholz"),
        E("SUPPORT", "TUR", "ZAF", False, "occurred", "2024-01",
          ["Türkiye, Malezya, Bolivya vb. ülkeler ise davada Güney Afrika'nın başvurusunu desteklediklerini açıklamıştı."]),
        E("SUPPORT", "MYS", "ZAF", False, "occurred", "2024-01",
          ["ülkeler ise davada Güney Afrika'nın başvurusunu desteklediklerini açıklamıştı."]),
        E("SUPPORT", "BOL", "ZAF", False, "occurred", "2024-01",
          ["ülkeler ise davada Güney Afrika'nın başvurusunu desteklediklerini açıklamıştı."]),
        E("ACCUSE", "NAM", "DEU", False, "occurred", "2024-01-14",
          ["Namibya'daki Ovaherero Geleneksel Otoritesinin lideri Mutjinde Katjiua da Almanya'nın kararını \"ikiyüzlülük\" olarak nitelendirdi."],
          sa="Mutjinde Katjiua"),
        # background
        E("CONCEDE", "DEU", "NAM", False, "occurred", "2021-05",
          ["Almanya, Mayıs 2021'de sömürge döneminde Herero ve Nama halklarına yönelik katliamları resmen soykırım olarak tanımış, özür dilemiş"]),
        E("AGREE", "DEU", "NAM", False, "occurred", "2021-05",
          ["30 yıl içinde 1,1 milyar avroluk kalkınma yardımı yapma sözü vermişti"]),
        E("ASSAULT", "DEU", "NAM", False, "occurred", "1904",
          ["Alman sömürge birliklerinin 1904-1908 yılları arasında on binlerce Herero ve Nama'yı öldürdüğü tahmin ediliyor."]),
        E("ASSAULT", "HAMAS", "ISR", False, "occurred", "2023-10-07",
          ["Hamas'ın 7 Ekim'de İsrail'e düzenlediği saldırının"]),
        E("ASSAULT", "ISR", "PSE", False, "occurred", "2023-10",
          ["İsrail ordusunun, Hamas'ın 7 Ekim'de İsrail'e düzenlediği saldırının ardından Gazze Şeridi'ne başlattığı saldırılarda şimdiye kadar 23 binden fazla Filistinli hayatını kaybetti."]),
    ],
    quotes=[("Hage Geingob", "NAM",
             "Almanya, bir yandan Namibya'daki soykırımın kefaretini ödediğini söylerken diğer yandan Gazze'de soykırıma eşdeğer eylemleri destekleyemez"),
            ("Steffen Hebestreit", "DEU",
             "Federal hükümet, İsrail'e yöneltilen soykırım suçlamasını kesin ve açık bir şekilde reddediyor")],
    amounts=[dict(value=1100000000.0, unit="EUR", text="1,1 milyar avroluk",
                  about="Almanya'nın Namibya'ya 30 yılda vaat ettiği kalkınma yardımı")],
))


# --------------------------------------------------------------------------
# Sentence splitter: paragraphs (blank lines), then [.!?] (+ closing quotes)
# followed by whitespace or end of paragraph.  Deliberately naive: it also
# splits after "Dr.", "Tuğg.", "Prof.", "vb." and "Gerald R." (see ABBR).
# --------------------------------------------------------------------------
END = re.compile(r'[.!?]+["\u201d\u2019\u00bb]*(?=\s|$)')
ABBR_ALL = ABBR + ("R.",)


def sentences(text):
    """Return a list of (start, end) character spans, one per sentence."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        ps, para = m.start(), m.group(0)
        pos = 0
        for e in END.finditer(para):
            seg = para[pos:e.end()]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append((ps + pos + lead, ps + e.end()))
            pos = e.end()
        seg = para[pos:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((ps + pos + lead, ps + pos + len(seg.rstrip())))
    return out


def locate(text, span):
    k = 0
    if isinstance(span, tuple):
        span, k = span
    idx = [m.start() for m in re.finditer(re.escape(span), text)]
    if len(idx) <= k:
        sys.exit(f"span not found: {span!r}")
    return idx[k], idx[k] + len(span), len(idx)


TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUS = {"occurred", "planned", "negated", "conditional"}
MODES = {None, "visit", "third-party", "multilateral", "phone"}


def iso_codes():
    """ISO 3166-1 alpha-3 codes from the shared CAMEO country list, plus XKX."""
    path = os.path.join(ROOT, "..", "..", "..", "shared", "data", "cameo", "text_to_CAMEO",
                        "countrynames.txt")
    codes = {"XKX"}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and re.fullmatch(r"[A-Z]{3}", parts[1]):
                codes.add(parts[1])
    return codes


def org_codes():
    path = os.path.join(ROOT, "..", "..", "chancery", "kb", "data", "organizations.tsv")
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            codes.add(line.split("\t")[0])
    return codes


def valid_date(d):
    import datetime
    try:
        if len(d) == 10:
            datetime.date.fromisoformat(d)
        elif len(d) == 7:
            datetime.date.fromisoformat(d + "-01")
        elif len(d) != 4:
            return False
        return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d))
    except ValueError:
        return False


def main():
    orgs = org_codes()
    iso = iso_codes()
    os.makedirs(ART, exist_ok=True)
    os.makedirs(os.path.dirname(GOLD), exist_ok=True)
    lines = []
    problems = []
    abbr_cross = 0
    for d in DOCS:
        text = d["text"].rstrip("\n") + "\n"
        prefix = f" date {d['date']} "
        with open(os.path.join(ART, d["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(prefix + text)
        sents = sentences(text)

        def sent_of(s, e):
            nonlocal abbr_cross
            first = None
            for i, (a, b) in enumerate(sents):
                if a <= s < b:
                    first = i
                if first is not None and a < e and s < b and b < e:
                    # the span runs past the end of sentence i: only allowed
                    # when the split was made after a known abbreviation
                    if text[:b].endswith(ABBR_ALL):
                        abbr_cross += 1
                    else:
                        problems.append(f"{d['id']}: span crosses sentence {i}: {text[s:e]!r}")
            if first is None:
                problems.append(f"{d['id']}: span outside sentences: {text[s:e]!r}")
                return -1
            return first

        events = []
        for ev in d["events"]:
            if ev["type"] not in TYPES:
                problems.append(f"{d['id']}: bad type {ev['type']}")
            if ev["status"] not in STATUS:
                problems.append(f"{d['id']}: bad status {ev['status']}")
            if ev["mode"] not in MODES or (ev["mode"] and ev["type"] != "CONSULT"):
                problems.append(f"{d['id']}: bad mode {ev['mode']}")
            for c in (ev["source"], ev["target"]):
                if c not in iso and c not in orgs:
                    problems.append(f"{d['id']}: unknown code {c}")
            if ev["required"] and ev["status"] == "occurred" and not ev["date"]:
                problems.append(f"{d['id']}: required occurred event without date")
            if ev["date"]:
                if not valid_date(ev["date"]):
                    problems.append(f"{d['id']}: bad date {ev['date']}")
                n = len(ev["date"])
                if ev["status"] == "occurred" and ev["date"] > d["date"][:n]:
                    problems.append(f"{d['id']}: occurred event after publication {ev['date']}")
                if ev["status"] == "planned" and ev["date"] < d["date"][:n]:
                    problems.append(f"{d['id']}: planned event before publication")
            evidence = []
            for sp in ev["ev"]:
                s, e, n = locate(text, sp)
                if n > 1 and not isinstance(sp, tuple):
                    # identical text twice in the article: take the first, but say so
                    problems.append(f"{d['id']}: ambiguous span ({n}x): {sp!r}")
                evidence.append({"sentence": sent_of(s, e), "start": s, "end": e,
                                 "text": text[s:e]})
            evidence.sort(key=lambda x: x["start"])
            rec = {"type": ev["type"], "source": ev["source"], "target": ev["target"],
                   "required": ev["required"]}
            if ev["type"] == "CONSULT":
                rec["mode"] = ev["mode"]
            rec.update({"status": ev["status"], "date": ev["date"], "location": ev["location"],
                        "source_actor": ev["source_actor"], "target_actor": ev["target_actor"],
                        "evidence": evidence})
            events.append(rec)
        quotes = []
        for spk, code, qt in d["quotes"]:
            s, e, n = locate(text, qt)
            if n > 1:
                problems.append(f"{d['id']}: ambiguous quote")
            if text[s - 1] not in "\"\u201c\u00ab":
                problems.append(f"{d['id']}: quote does not open after a mark: {qt[:30]!r}")
            if len(qt.split()) < 5:
                problems.append(f"{d['id']}: short quote")
            if code not in iso and code not in orgs:
                problems.append(f"{d['id']}: unknown quote code {code}")
            quotes.append({"speaker": spk, "speaker_code": code, "text": qt, "start": s, "end": e})
        amounts = []
        for a in d["amounts"]:
            if a["text"] not in text:
                problems.append(f"{d['id']}: amount text missing {a['text']!r}")
            rec = {"value": a["value"], "unit": a["unit"], "text": a["text"], "about": a["about"]}
            if "year" in a:
                rec["year"] = a["year"]
            amounts.append(rec)
        words = len(text.split())
        if not 300 <= words <= 650:
            problems.append(f"{d['id']}: {words} words")
        lines.append(json.dumps({"doc_id": d["id"], "lang": "tr", "published": d["date"],
                                 "events": events, "quotes": quotes, "amounts": amounts},
                                ensure_ascii=False))
        print(f"{d['id']}: {words} words, {len(sents)} sentences, {len(events)} events "
              f"({sum(e['required'] for e in events)} req), {len(quotes)} quotes, {len(amounts)} amounts")
    # every article file must have a gold line and vice versa
    files = sorted(f[:-4] for f in os.listdir(ART) if f.endswith(".txt"))
    if files != [d["id"] for d in DOCS]:
        problems.append(f"article files and gold ids differ: {files}")
    # all 16 types among the required events
    req_types = {json.loads(l)["events"][i]["type"] for l in lines
                 for i, e in enumerate(json.loads(l)["events"]) if e["required"]}
    if req_types != TYPES:
        problems.append(f"types missing among required events: {sorted(TYPES - req_types)}")
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"evidence spans running past an abbreviation split: {abbr_cross}")
    # self-score must be perfect
    res = subprocess.run([sys.executable, SCORER, GOLD, GOLD, "--json"],
                         capture_output=True, text=True)
    if res.returncode != 0:
        problems.append(f"scorer failed: {res.stderr.strip()}")
    else:
        sc = json.loads(res.stdout)
        m = sc["micro"]
        print(f"self-score: P={m['p']} R={m['r']} F1={m['f1']} quotes={sc['quotes_recall']} "
              f"amounts={sc['amounts_recall']} attributes={sc['attributes']}")
        if not (m["f1"] == 1.0 and sc["quotes_recall"] in (1.0, None)
                and sc["amounts_recall"] in (1.0, None)):
            problems.append("self-score is not 1.0")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" ", p)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
