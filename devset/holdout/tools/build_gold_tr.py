"""Build holdout/gold/tr.jsonl from the compact table below (hand annotation)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def E(type, source, target, required, evidence, date, status="occurred", mode=None,
      location=None, source_actor=None, target_actor=None):
    return dict(type=type, source=source, target=target, required=required, mode=mode,
                status=status, date=date, location=location, source_actor=source_actor,
                target_actor=target_actor, evidence=evidence)

def Q(speaker, code, text):
    return dict(speaker=speaker, speaker_code=code, text=text)

def A(value, unit, about, year=None):
    d = dict(value=float(value), unit=unit, about=about)
    if year is not None:
        d["year"] = year
    return d

DOCS = {}

# ---------------------------------------------------------------- htr_001 TUR-LBY
DOCS["htr_001"] = ("2024-06-14", [
    E("CONSULT", "LBY", "TUR", True, "Abdulhamid Dibeybe'yi dün İstanbul'da kabul etti", "2024-06-13",
      mode="visit", location="İstanbul", source_actor="Abdulhamid Dibeybe", target_actor="Recep Tayyip Erdoğan"),
    E("SUPPORT", "TUR", "LBY", True, "Türkiye'nin Libya'nın toprak bütünlüğüne ve siyasi birliğine verdiği desteğin kararlılıkla süreceğini vurguladı",
      "2024-06-13", source_actor="Recep Tayyip Erdoğan"),
    E("AGREE", "TUR", "LBY", True, "İki lider, görüşmede askeri eğitim ve danışmanlık alanındaki işbirliğinin sürdürülmesi ile enerji ve altyapı projelerinin hızlandırılması konusunda mutabık kaldı",
      "2024-06-13", location="İstanbul", source_actor="Recep Tayyip Erdoğan", target_actor="Abdulhamid Dibeybe"),
    E("SUPPORT", "TUR", "LBY", False, "Türk ve Libyalı yetkililer tarafından elektrik üretimi ve hidrokarbon arama alanlarında iki mutabakat zaptı imzalandı", "2024-06-13", location="İstanbul"),
    E("SUPPORT", "LBY", "TUR", False, "Türk ve Libyalı yetkililer tarafından elektrik üretimi ve hidrokarbon arama alanlarında iki mutabakat zaptı imzalandı", "2024-06-13", location="İstanbul"),
    E("SUPPORT", "LBY", "TUR", True, "Ankara'nın Trablus'a verdiği desteğin Libya'da istikrarın korunmasında belirleyici olduğunu söyledi",
      "2024-06-13", source_actor="Abdulhamid Dibeybe"),
    E("REQUEST", "LBY", "TUR", False, "Türk şirketlerinin Libya'nın yeniden inşasında daha fazla yer almasını istiyoruz", "2024-06-13", source_actor="Abdulhamid Dibeybe"),
    E("CONSULT", "LBY", "LNA", False, "Halife Hafter'in temsilcileriyle görüştüğü yönündeki haberleri yalanladı", "2024-06-14",
      status="negated", location="İstanbul", source_actor="Abdulhamid Dibeybe"),
    E("ACCUSE", "GRC", "TUR", True, "olarak nitelendirerek iki ülkeyi eleştirdi", "2024-06-13", source_actor="Yunanistan Dışişleri Bakanlığı"),
    E("ACCUSE", "GRC", "LBY", True, "olarak nitelendirerek iki ülkeyi eleştirdi", "2024-06-13", source_actor="Yunanistan Dışişleri Bakanlığı"),
    E("SUPPORT", "TUR", "LBY", False, "Türkiye ile Libya arasında 2019'da imzalanan deniz yetki alanları mutabakatını", "2019"),
    E("REJECT", "TUR", "GRC", True, "Atina'nın açıklamasını \"yok hükmünde\" saydıklarını belirtti", "2024-06-14",
      source_actor="Türk Dışişleri Bakanlığı kaynakları", target_actor="Yunanistan Dışişleri Bakanlığı"),
    E("CONSULT", "TUR", "LBY", True, "Yaşar Güler'in gelecek ay Trablus'u ziyaret etmesi", "2024-07",
      status="planned", mode="visit", location="Trablus", source_actor="Yaşar Güler"),
    E("AGREE", "TUR", "LBY", False, "taraflar bu rakamı 10 milyar dolara çıkarmayı hedefliyor", "2024-06-14"),
], [
    Q("Abdulhamid Dibeybe", "LBY", "Türkiye, zor günlerimizde yanımızda duran gerçek bir dosttur. Türk şirketlerinin Libya'nın yeniden inşasında daha fazla yer almasını istiyoruz"),
    Q("Yunanistan Dışişleri Bakanlığı", "GRC", "uluslararası hukuka aykırı ve geçersiz"),
], [
    A(3.2e9, "USD", "Türkiye-Libya trade volume", 2023),
    A(10e9, "USD", "Türkiye-Libya trade volume target"),
])

# ---------------------------------------------------------------- htr_002 AZE-ARM (KAZ host)
DOCS["htr_002"] = ("2024-05-11", [
    E("CONSULT", "AZE", "ARM", True, "Ararat Mirzoyan, iki ülke arasındaki barış anlaşması taslağını görüşmek üzere dün Kazakistan'ın Almatı kentinde bir araya geldi",
      "2024-05-10", mode="third-party", location="Almatı", source_actor="Ceyhun Bayramov", target_actor="Ararat Mirzoyan"),
    E("CONSULT", "KAZ", "AZE", False, "Kazakistan Dışişleri Bakanlığının ev sahipliğinde yapılan görüşmeler", "2024-05-10", location="Almatı"),
    E("CONSULT", "KAZ", "ARM", False, "Kazakistan Dışişleri Bakanlığının ev sahipliğinde yapılan görüşmeler", "2024-05-10", location="Almatı"),
    E("CONSULT", "AZE", "KAZ", True, "Kasım Cömert Tokayev, müzakereler öncesinde iki bakanı kabul ederek", "2024-05-10",
      mode="visit", location="Almatı", source_actor="Ceyhun Bayramov", target_actor="Kasım Cömert Tokayev"),
    E("CONSULT", "ARM", "KAZ", True, "Kasım Cömert Tokayev, müzakereler öncesinde iki bakanı kabul ederek", "2024-05-10",
      mode="visit", location="Almatı", source_actor="Ararat Mirzoyan", target_actor="Kasım Cömert Tokayev"),
    E("REQUEST", "KAZ", "AZE", True, "taraflara \"kalıcı barış için cesur adımlar atma\" çağrısında bulundu", "2024-05-10", source_actor="Kasım Cömert Tokayev"),
    E("REQUEST", "KAZ", "ARM", True, "taraflara \"kalıcı barış için cesur adımlar atma\" çağrısında bulundu", "2024-05-10", source_actor="Kasım Cömert Tokayev"),
    E("AGREE", "AZE", "ARM", True, "taraflar, dünkü görüşmede anlaşma metnindeki bazı maddeler üzerinde uzlaşı sağladı", "2024-05-10", location="Almatı"),
    E("ACCUSE", "AZE", "ARM", True, "Ermenistan anayasasında Azerbaycan'ın toprak bütünlüğüne aykırı hükümler bulunduğunu söyleyerek Erivan'ı eleştirdi",
      "2024-05-10", source_actor="Ceyhun Bayramov"),
    E("REQUEST", "AZE", "ARM", False, "Anayasadaki bu hükümler değiştirilmeden imzalanacak bir belge, kalıcı barışı garanti edemez", "2024-05-10", source_actor="Ceyhun Bayramov"),
    E("REJECT", "ARM", "AZE", True, "Bakü'nün anayasa değişikliği talebini kabul etmedi", "2024-05-11", source_actor="Ararat Mirzoyan"),
    E("THREATEN", "ARM", "AZE", True, "provokasyona girişmesi halinde Erivan'ın müzakerelerden çekileceği uyarısında bulundu", "2024-05-11",
      status="conditional", source_actor="Ararat Mirzoyan"),
    E("CONSULT", "AZE", "ARM", True, "bir sonraki tur müzakerelerin haziran ayında yapılması", "2024-06", status="planned"),
    E("AGREE", "AZE", "ARM", False, "bir sonraki tur müzakerelerin haziran ayında yapılması konusunda mutabık kaldı", "2024-05-11"),
    E("AGREE", "KAZ", "AZE", False, "ülkesinin barış sürecine katkı sunmaya hazır olduğunu belirtti", "2024-05-11", source_actor="Murat Nurtleu"),
    E("AGREE", "KAZ", "ARM", False, "ülkesinin barış sürecine katkı sunmaya hazır olduğunu belirtti", "2024-05-11", source_actor="Murat Nurtleu"),
], [
    Q("Kasım Cömert Tokayev", "KAZ", "kalıcı barış için cesur adımlar atma"),
    Q("Ceyhun Bayramov", "AZE", "Anayasadaki bu hükümler değiştirilmeden imzalanacak bir belge, kalıcı barışı garanti edemez"),
], [])

# ---------------------------------------------------------------- htr_003 KGZ-TJK
DOCS["htr_003"] = ("2022-09-17", [
    E("ASSAULT", "KGZ", "TJK", True, "Kırgızistan ile Tacikistan arasındaki sınırda çarşamba günü başlayan çatışmalarda", "2022-09-14"),
    E("ASSAULT", "TJK", "KGZ", True, "Kırgızistan ile Tacikistan arasındaki sınırda çarşamba günü başlayan çatışmalarda", "2022-09-14"),
    E("ASSAULT", "TJK", "KGZ", False, "Tacik silahlı kuvvetlerinin Batken'deki köylere tank, havan topu ve insansız hava araçlarıyla saldırdığını", "2022-09", location="Batken"),
    E("ASSAULT", "KGZ", "TJK", False, "Kırgız birliklerinin Tacikistan'ın İsfara ilçesindeki yerleşim yerlerini ağır silahlarla hedef aldığını", "2022-09", location="İsfara"),
    E("ACCUSE", "KGZ", "TJK", True, "Tacik silahlı kuvvetlerinin Batken'deki köylere tank, havan topu ve insansız hava araçlarıyla saldırdığını öne sürdü",
      "2022-09-15", source_actor="Kırgızistan Ulusal Güvenlik Komitesi"),
    E("ACCUSE", "TJK", "KGZ", True, "Kırgız birliklerinin Tacikistan'ın İsfara ilçesindeki yerleşim yerlerini ağır silahlarla hedef aldığını iddia etti", "2022-09-15"),
    E("ASSAULT", "TJK", "KGZ", False, "Duşanbe ise aynı gün suçlamaları reddederek", "2022-09-15", status="negated"),
    E("THREATEN", "KGZ", "TJK", True, "saldırıların sürmesi halinde ülkesinin \"topraklarını savunmak için tüm imkanlarını kullanacağı\" uyarısında bulundu",
      "2022-09-15", status="conditional", source_actor="Sadır Caparov"),
    E("CONSULT", "KGZ", "TJK", True, "Caparov ile Tacikistan Cumhurbaşkanı İmamali Rahman, dün Özbekistan'ın Semerkant kentinde düzenlenen",
      "2022-09-16", mode="third-party", location="Semerkant", source_actor="Sadır Caparov", target_actor="İmamali Rahman"),
    E("CONSULT", "KGZ", "SCO", False, "Şanghay İşbirliği Örgütü (ŞİÖ) zirvesinin marjında", "2022-09-16", mode="multilateral", location="Semerkant", source_actor="Sadır Caparov"),
    E("CONSULT", "TJK", "SCO", False, "Şanghay İşbirliği Örgütü (ŞİÖ) zirvesinin marjında", "2022-09-16", mode="multilateral", location="Semerkant", source_actor="İmamali Rahman"),
    E("AGREE", "KGZ", "TJK", True, "İki lider, ateşkese uyulması ve sınırdaki birliklerin geri çekilmesi konusunda anlaştı",
      "2022-09-16", location="Semerkant", source_actor="Sadır Caparov", target_actor="İmamali Rahman"),
    E("CONCEDE", "KGZ", "TJK", False, "ateşkese uyulması", "2022-09-16"),
    E("CONCEDE", "TJK", "KGZ", False, "ateşkese uyulması", "2022-09-16"),
    E("RETREAT", "KGZ", "TJK", False, "sınırdaki birliklerin geri çekilmesi", None, status="planned"),
    E("RETREAT", "TJK", "KGZ", False, "sınırdaki birliklerin geri çekilmesi", None, status="planned"),
    E("ACCUSE", "KGZ", "TJK", True, "Tacik güçlerinin ateşkesi ihlal ederek bir sınır karakolunu havan topuyla vurduğunu açıkladı",
      "2022-09-17", source_actor="Kırgızistan Sınır Muhafız Servisi"),
    E("ASSAULT", "TJK", "KGZ", False, "bir sınır karakolunu havan topuyla vurduğunu", "2022-09-17"),
    E("ASSAULT", "TJK", "KGZ", False, "Tacikistan Sınır Birlikleri Komutanlığı bu iddiayı yalanladı", "2022-09-17", status="negated"),
    E("REQUEST", "KAZ", "KGZ", True, "Taraflar, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev tarafından itidale ve sorunları diyalog yoluyla çözmeye davet edildi",
      "2022-09-17", source_actor="Kasım Cömert Tokayev"),
    E("REQUEST", "KAZ", "TJK", True, "Taraflar, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev tarafından itidale ve sorunları diyalog yoluyla çözmeye davet edildi",
      "2022-09-17", source_actor="Kasım Cömert Tokayev"),
    E("REQUEST", "RUS", "KGZ", True, "Moskova'nın iki ülkeye \"gerginliği tırmandıracak adımlardan kaçınma\" çağrısında bulunduğunu söyledi",
      "2022-09-17", source_actor="Dmitriy Peskov"),
    E("REQUEST", "RUS", "TJK", True, "Moskova'nın iki ülkeye \"gerginliği tırmandıracak adımlardan kaçınma\" çağrısında bulunduğunu söyledi",
      "2022-09-17", source_actor="Dmitriy Peskov"),
], [
    Q("Sadır Caparov", "KGZ", "topraklarını savunmak için tüm imkanlarını kullanacağı"),
    Q("Dmitriy Peskov", "RUS", "gerginliği tırmandıracak adımlardan kaçınma"),
], [])

# ---------------------------------------------------------------- htr_004 TUR-IRQ water/energy
DOCS["htr_004"] = ("2025-07-03", [
    E("CONSULT", "TUR", "IRQ", True, "Muhammed Şiya es-Sudani ile dün telefonda görüştü", "2025-07-02",
      mode="phone", source_actor="Recep Tayyip Erdoğan", target_actor="Muhammed Şiya es-Sudani"),
    E("REQUEST", "IRQ", "TUR", True, "Türkiye'den Dicle ve Fırat nehirlerine bırakılan su miktarını artırmasını talep etti", "2025-07-02",
      source_actor="Muhammed Şiya es-Sudani"),
    E("AGREE", "TUR", "IRQ", True, "Dicle'ye bırakılan suyun önümüzdeki iki ay boyunca saniyede 420 metreküpe çıkarılacağına dair söz verdi", "2025-07-02",
      source_actor="Recep Tayyip Erdoğan"),
    E("AID", "TUR", "IRQ", False, "Dicle'ye bırakılan suyun önümüzdeki iki ay boyunca saniyede 420 metreküpe çıkarılacağına", None, status="planned"),
    E("CONCEDE", "TUR", "IRQ", False, "Dicle'ye bırakılan suyun önümüzdeki iki ay boyunca saniyede 420 metreküpe çıkarılacağına", "2025-07-02"),
    E("SUPPORT", "IRQ", "TUR", True, "Ankara'nın kararını memnuniyetle karşıladığını ve Türk hükümetine teşekkür ettiğini bildirdi", "2025-07-03",
      source_actor="Irak Su Kaynakları Bakanlığı"),
    E("ACCUSE", "IRQ", "TUR", True, "Türkiye'nin barajlar aracılığıyla suyu \"siyasi baskı aracı olarak kullandığını\" ileri sürmüştü", "2025-06",
      source_actor="bazı Iraklı milletvekilleri"),
    E("REJECT", "TUR", "IRQ", False, "Tarım ve Orman Bakanlığı kaynakları bu iddiaları kesin bir dille reddederek", "2025-07-03",
      source_actor="Tarım ve Orman Bakanlığı kaynakları"),
    E("THREATEN", "TUR", "IRQ", True, "tazminat taleplerinde ısrar etmesi halinde Türkiye'nin 2026'da sona erecek boru hattı anlaşmasını yenilemeyeceğini söylemişti",
      "2025-06", status="conditional", source_actor="Alparslan Bayraktar"),
    E("ACCUSE", "IRQ", "TUR", False, "Milletlerarası Ticaret Odası nezdindeki tahkim davasından", None),
    E("CONSULT", "IRQ", "TUR", True, "Hayyan Abdulgani'nin, boru hattına ilişkin yeni bir anlaşma taslağını görüşmek üzere önümüzdeki hafta Ankara'ya gelmesi bekleniyor",
      "2025-07", status="planned", mode="visit", location="Ankara", source_actor="Hayyan Abdulgani"),
    E("AGREE", "TUR", "IRQ", False, "daha geniş bir çerçevede ele alınmasını öneriyor", "2025-07-03"),
], [
    Q("bazı Iraklı milletvekilleri", "IRQ", "siyasi baskı aracı olarak kullandığını"),
], [
    A(17e9, "USD", "Development Road project total cost"),
])

# ---------------------------------------------------------------- htr_005 SOM-ETH (TUR mediation)
DOCS["htr_005"] = ("2024-08-14", [
    E("CONSULT", "SOM", "ETH", True, "Türkiye'nin arabuluculuğunda Ankara'da yürütülen ikinci tur müzakereler dün sona erdi", "2024-08",
      mode="third-party", location="Ankara", source_actor="Ahmed Muallim Fiki", target_actor="Taye Atske Selassie"),
    E("CONSULT", "SOM", "TUR", True, "Hakan Fidan, pazartesi ve salı günleri Somali Dışişleri Bakanı Ahmed Muallim Fiki ve Etiyopya Dışişleri Bakanı Taye Atske Selassie başkanlığındaki heyetlerle ayrı ayrı görüştü",
      "2024-08", mode="visit", location="Ankara", source_actor="Ahmed Muallim Fiki", target_actor="Hakan Fidan"),
    E("CONSULT", "ETH", "TUR", True, "Hakan Fidan, pazartesi ve salı günleri Somali Dışişleri Bakanı Ahmed Muallim Fiki ve Etiyopya Dışişleri Bakanı Taye Atske Selassie başkanlığındaki heyetlerle ayrı ayrı görüştü",
      "2024-08", mode="visit", location="Ankara", source_actor="Taye Atske Selassie", target_actor="Hakan Fidan"),
    E("CONSULT", "SOM", "ETH", False, "iki heyet, müzakereler boyunca doğrudan bir araya gelmedi", "2024-08", status="negated", location="Ankara"),
    E("SUPPORT", "TUR", "SOM", False, "Tarafların temel ilkeler üzerinde önemli ölçüde yakınlaştığını memnuniyetle görüyoruz", "2024-08-13", source_actor="Hakan Fidan"),
    E("SUPPORT", "TUR", "ETH", False, "Tarafların temel ilkeler üzerinde önemli ölçüde yakınlaştığını memnuniyetle görüyoruz", "2024-08-13", source_actor="Hakan Fidan"),
    E("CONSULT", "SOM", "ETH", True, "üçüncü tur müzakerelerin 17 Eylül'de yine Ankara'da yapılması", "2024-09-17",
      status="planned", mode="third-party", location="Ankara"),
    E("AGREE", "SOM", "ETH", False, "17 Eylül'de yine Ankara'da yapılması konusunda mutabık kaldı", "2024-08"),
    E("ACCUSE", "SOM", "ETH", True, "“egemenliğimizin açık bir ihlali” olarak nitelendirdi", "2024-08-13", source_actor="Ahmed Muallim Fiki"),
    E("REQUEST", "SOM", "ETH", True, "Addis Ababa'dan belgeyi iptal etmesini istedi", "2024-08-13", source_actor="Ahmed Muallim Fiki"),
    E("REJECT", "ETH", "SOM", True, "Mogadişu'nun bu talebini kabul etmedi", "2024-08-14", source_actor="Taye Atske Selassie"),
    E("SUPPORT", "SOM", "TUR", True, "Her iki bakan da Türkiye'nin arabuluculuk çabalarına teşekkür etti", "2024-08-14", source_actor="Ahmed Muallim Fiki"),
    E("SUPPORT", "ETH", "TUR", True, "Her iki bakan da Türkiye'nin arabuluculuk çabalarına teşekkür etti", "2024-08-14", source_actor="Taye Atske Selassie"),
    E("SUPPORT", "ETH", "SOMALILAND", False, "Etiyopya'nın ocak ayında ayrılıkçı Somaliland yönetimiyle imzaladığı mutabakat zaptını", "2024-01"),
    E("CONSULT", "SOM", "ETH", False, "Ankara süreci kapsamındaki ilk tur görüşmeler temmuz ayının başında yapılmıştı", "2024-07",
      mode="third-party"),
], [
    Q("Hakan Fidan", "TUR", "Tarafların temel ilkeler üzerinde önemli ölçüde yakınlaştığını memnuniyetle görüyoruz. Somali'nin toprak bütünlüğüne saygı ile Etiyopya'nın denize erişim ihtiyacını bağdaştıran bir formül mümkündür"),
    Q("Ahmed Muallim Fiki", "SOM", "egemenliğimizin açık bir ihlali"),
], [])

# ---------------------------------------------------------------- htr_006 SYR-LBN (SAU mediation)
DOCS["htr_006"] = ("2025-03-28", [
    E("CONSULT", "SYR", "LBN", True, "Suriye ve Lübnan savunma bakanları, Suudi Arabistan'ın ev sahipliğinde dün Cidde'de bir araya gelerek", "2025-03-27",
      mode="third-party", location="Cidde", source_actor="Murhaf Ebu Kasra", target_actor="Michel Menassa"),
    E("SUPPORT", "SYR", "LBN", True, "iki ülke arasındaki sınırın belirlenmesine ilişkin bir anlaşma imzaladı", "2025-03-27",
      location="Cidde", source_actor="Murhaf Ebu Kasra"),
    E("SUPPORT", "LBN", "SYR", True, "iki ülke arasındaki sınırın belirlenmesine ilişkin bir anlaşma imzaladı", "2025-03-27",
      location="Cidde", source_actor="Michel Menassa"),
    E("CONSULT", "SYR", "SAU", True, "dün Cidde'de Suudi Arabistan Savunma Bakanı Prens Halid bin Selman ile de ayrı ayrı görüştü", "2025-03-27",
      mode="visit", location="Cidde", source_actor="Murhaf Ebu Kasra", target_actor="Halid bin Selman"),
    E("CONSULT", "LBN", "SAU", True, "dün Cidde'de Suudi Arabistan Savunma Bakanı Prens Halid bin Selman ile de ayrı ayrı görüştü", "2025-03-27",
      mode="visit", location="Cidde", source_actor="Michel Menassa", target_actor="Halid bin Selman"),
    E("AGREE", "SYR", "LBN", True, "sınırın belirlenmesi için hukuki ve teknik komiteler kurulmasını ve sınır güvenliğine ilişkin bir koordinasyon mekanizması oluşturulmasını kararlaştırdı",
      "2025-03-27", location="Cidde"),
    E("CONSULT", "SYR", "LBN", True, "Komitelerin ilk toplantısını önümüzdeki ay Suudi Arabistan'da yapması bekleniyor", "2025-04",
      status="planned", location="Suudi Arabistan"),
    E("SUPPORT", "SAU", "SYR", False, "Bu adım, iki kardeş ülke arasında güvenlik ve istikrarın güçlendirilmesine katkı sağlayacaktır", "2025-03-28", source_actor="Halid bin Selman"),
    E("SUPPORT", "SAU", "LBN", False, "Bu adım, iki kardeş ülke arasında güvenlik ve istikrarın güçlendirilmesine katkı sağlayacaktır", "2025-03-28", source_actor="Halid bin Selman"),
    E("ASSAULT", "SYR", "LBN", False, "Suriye ile Lübnan arasındaki sınırda bu ayın ortasında yaşanan çatışmalarda", "2025-03"),
    E("ASSAULT", "LBN", "SYR", False, "Suriye ile Lübnan arasındaki sınırda bu ayın ortasında yaşanan çatışmalarda", "2025-03"),
    E("ACCUSE", "SYR", "HEZBOLLAH", True, "Lübnanlı Hizbullah mensuplarını sınırı geçerek üç Suriyeli askeri kaçırıp öldürmekle suçlamıştı", "2025-03",
      source_actor="Şam yönetimi"),
    E("ASSAULT", "HEZBOLLAH", "SYR", False, "üç Suriyeli askeri kaçırıp öldürmekle", "2025-03"),
    E("ASSAULT", "HEZBOLLAH", "SYR", False, "Hizbullah ise olaylara herhangi bir şekilde karıştığını yalanlamıştı", "2025-03", status="negated"),
    E("SUPPORT", "LBN", "SYR", False, "Joseph Aoun, anlaşmayı memnuniyetle karşıladığını belirterek", "2025-03-28", source_actor="Joseph Aoun"),
    E("AGREE", "LBN", "SYR", False, "Beyrut'un sınır güvenliği konusunda Şam ile işbirliğine hazır olduğunu söyledi", "2025-03-28", source_actor="Joseph Aoun"),
    E("SUPPORT", "TUR", "SAU", True, "Suudi Arabistan'ın yapıcı çabalarını takdir ettiğini bildirdi", "2025-03-28", source_actor="Türkiye Dışişleri Bakanlığı"),
    E("SUPPORT", "TUR", "SYR", False, "anlaşmayı memnuniyetle karşıladığını ve Suudi Arabistan'ın", "2025-03-28", source_actor="Türkiye Dışişleri Bakanlığı"),
    E("SUPPORT", "TUR", "LBN", False, "anlaşmayı memnuniyetle karşıladığını ve Suudi Arabistan'ın", "2025-03-28", source_actor="Türkiye Dışişleri Bakanlığı"),
], [
    Q("Halid bin Selman", "SAU", "Bu adım, iki kardeş ülke arasında güvenlik ve istikrarın güçlendirilmesine katkı sağlayacaktır"),
], [])

# ---------------------------------------------------------------- htr_007 RUS-UKR prisoner swap (ARE mediation)
DOCS["htr_007"] = ("2024-10-19", [
    E("RETREAT", "UKR", "RUS", True, "95 Rus askeri serbest bırakılarak Rusya'ya döndü", "2024-10-18"),
    E("RETREAT", "RUS", "UKR", True, "95 Ukraynalı asker de Kiev'e teslim edildi", "2024-10-18"),
    E("COOPERATE", "RUS", "UKR", False, "dün yeni bir esir takası gerçekleştirildi", "2024-10-18"),
    E("CONSULT", "ARE", "RUS", False, "Birleşik Arap Emirlikleri'nin (BAE) arabuluculuğunda dün yeni bir esir takası gerçekleştirildi", "2024-10-18"),
    E("CONSULT", "ARE", "UKR", False, "Birleşik Arap Emirlikleri'nin (BAE) arabuluculuğunda dün yeni bir esir takası gerçekleştirildi", "2024-10-18"),
    E("ASSAULT", "UKR", "RUS", False, "Ukrayna ordusunun ağustosta başlattığı saldırı", "2024-08", location="Kursk"),
    E("COERCE", "UKR", "RUS", False, "Kursk bölgesinde esir alındığını", "2024-08", location="Kursk"),
    E("SUPPORT", "UKR", "ARE", True, "takası doğruladı ve BAE'ye teşekkür etti", "2024-10-19", source_actor="Vladimir Zelenskiy"),
    E("SUPPORT", "RUS", "ARE", True, "BAE'nin \"insani arabuluculuk çabalarını\" takdir ettiğini açıkladı", "2024-10-19", source_actor="Rusya Savunma Bakanlığı"),
    E("ACCUSE", "UKR", "RUS", True, "Moskova'yı uluslararası insancıl hukuku ihlal etmekle suçladı", "2024-10-19", source_actor="Dmitro Lubinets"),
    E("ASSAULT", "RUS", "UKR", False, "Rus esir kamplarında işkenceye maruz kaldığını", None),
    E("REJECT", "RUS", "UKR", True, "\"hepsine karşılık hepsi\" önerisini geçen hafta bir kez daha kabul etmedi", "2024-10"),
    E("AGREE", "UKR", "RUS", False, "Kiev'in tüm esirlerin karşılıklı olarak serbest bırakılmasını öngören", None),
    E("RETREAT", "RUS", "UKR", False, "yeni bir takasın önümüzdeki haftalarda gerçekleşmesinin beklendiğini", None, status="planned"),
    E("RETREAT", "UKR", "RUS", False, "yeni bir takasın önümüzdeki haftalarda gerçekleşmesinin beklendiğini", None, status="planned"),
], [
    Q("Vladimir Zelenskiy", "UKR", "Her bir Ukraynalıyı esaretten kurtarana kadar durmayacağız"),
    Q("Rusya Savunma Bakanlığı", "RUS", "insani arabuluculuk çabalarını"),
], [])

# ---------------------------------------------------------------- htr_008 no event (BIH tourism)
DOCS["htr_008"] = ("2025-02-05", [], [], [
    A(1.5e9, "EUR", "Bosnia and Herzegovina tourism revenue", 2024),
])

def main():
    out = os.path.join(ROOT, "gold", "tr.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for doc_id in sorted(DOCS):
            published, events, quotes, amounts = DOCS[doc_id]
            rec = dict(doc_id=doc_id, lang="tr", published=published,
                       events=events, quotes=quotes, amounts=amounts)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out)

if __name__ == "__main__":
    main()
