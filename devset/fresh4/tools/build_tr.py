#!/usr/bin/env python3
"""Build the Turkish part of devset/fresh4 (htr_001..htr_010).

Writes articles/tr/htr_NNN.txt and gold/tr.jsonl from the texts and annotations
below.  Every offset, sentence index and quote offset is computed here from
verbatim spans (never by hand), then checked.  Run: python3 tools/build_tr.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART = os.path.join(ROOT, "articles", "tr")
GOLD = os.path.join(ROOT, "gold", "tr.jsonl")

# --------------------------------------------------------------------------
# Articles and annotations.
# Event: type, src, tgt, req, status, date, loc, sa, ta, ev=[span or (span, k)]
# where (span, k) means the k-th (0-based) occurrence of span in the text.
# --------------------------------------------------------------------------


def E(type_, src, tgt, req, status, date, ev, loc=None, sa=None, ta=None, mode=None):
    return dict(type=type_, source=src, target=tgt, required=req, mode=mode,
                status=status, date=date, location=loc, source_actor=sa,
                target_actor=ta, ev=ev)


DOCS = []

# ---------------------------------------------------------------- htr_001
DOCS.append(dict(id="htr_001", date="2025-11-04", text="""\
Peru, Meksika ile diplomatik ilişkilerini kesti

Peru Dışişleri Bakanı Hugo de Zela, dün başkent Lima'da düzenlediği basın toplantısında Meksika ile diplomatik ilişkilerin kesilmesine karar verildiğini duyurdu.

De Zela, Meksika'nın, 2022'deki darbe girişimi davasında yargılanan eski Başbakan Betssy Chávez'e dün Lima'daki büyükelçiliğinde sığınma hakkı tanıdığını söyledi. Bakan dünkü açıklamasında Meksika'nın kararını "dostane olmayan bir eylem" olarak nitelendirdi ve Meksika Devlet Başkanı Claudia Sheinbaum ile selefi Andrés Manuel López Obrador'u Peru'nun iç işlerine defalarca müdahale etmekle suçladı.

Peru hükümetinin Meksika ile konsolosluk ilişkilerini ise sürdüreceği belirtildi.

Chávez, Aralık 2022'de dönemin Devlet Başkanı Pedro Castillo'nun Kongreyi feshetme girişiminde rol oynamakla suçlanıyor. Castillo'nun aynı gün tutuklanmasının ardından Meksika, eski devlet başkanının ailesine de sığınma hakkı tanımıştı.

Meksika Devlet Başkanı Sheinbaum ise bugün her sabah düzenlediği basın toplantısında Lima yönetiminin kararını "orantısız" olarak nitelendirdi ve iç işlerine müdahale suçlamalarını reddetti.

Sheinbaum, "Meksika, sığınma hakkını her zaman uluslararası hukuka ve Caracas Sözleşmesi'ne uygun şekilde kullanmıştır" dedi.

Meksikalı lider, Peru hükümetinden Chávez'in ülkeden güvenli şekilde ayrılabilmesi için gerekli izni vermesini istedi. Lima yönetiminden bu talebe ilişkin henüz bir açıklama yapılmadı.

Peru ile Meksika arasındaki ilişkiler, Castillo'nun görevden uzaklaştırılmasından bu yana gergin seyrediyor. Peru, Aralık 2022'de Meksika'nın Lima Büyükelçisi'ni istenmeyen kişi ilan etmiş, Şubat 2023'te de Meksika'daki büyükelçisini kalıcı olarak geri çağırmıştı.
""",
    events=[
        E("SANCTION", "PER", "MEX", True, "occurred", "2025-11-03",
          ["Peru, Meksika ile diplomatik ilişkilerini kesti",
           "Peru Dışişleri Bakanı Hugo de Zela, dün başkent Lima'da düzenlediği basın toplantısında Meksika ile diplomatik ilişkilerin kesilmesine karar verildiğini duyurdu."],
          loc="Lima", sa="Hugo de Zela", ta=None),
        E("AID", "MEX", "PER", True, "occurred", "2025-11-03",
          ["Meksika'nın, 2022'deki darbe girişimi davasında yargılanan eski Başbakan Betssy Chávez'e dün Lima'daki büyükelçiliğinde sığınma hakkı tanıdığını"],
          loc="Lima", sa=None, ta="Betssy Chávez"),
        E("ACCUSE", "PER", "MEX", True, "occurred", "2025-11-03",
          ["Bakan dünkü açıklamasında Meksika'nın kararını \"dostane olmayan bir eylem\" olarak nitelendirdi ve Meksika Devlet Başkanı Claudia Sheinbaum ile selefi Andrés Manuel López Obrador'u Peru'nun iç işlerine defalarca müdahale etmekle suçladı."],
          sa="Hugo de Zela", ta="Claudia Sheinbaum"),
        # second verb of the same sentence: a system may split it into two records
        E("ACCUSE", "PER", "MEX", False, "occurred", "2025-11-03",
          ["Meksika Devlet Başkanı Claudia Sheinbaum ile selefi Andrés Manuel López Obrador'u Peru'nun iç işlerine defalarca müdahale etmekle suçladı"],
          sa="Hugo de Zela", ta="Andrés Manuel López Obrador"),
        E("ACCUSE", "MEX", "PER", True, "occurred", "2025-11-04",
          ["Meksika Devlet Başkanı Sheinbaum ise bugün her sabah düzenlediği basın toplantısında Lima yönetiminin kararını \"orantısız\" olarak nitelendirdi"],
          sa="Claudia Sheinbaum"),
        E("REJECT", "MEX", "PER", True, "occurred", "2025-11-04",
          ["iç işlerine müdahale suçlamalarını reddetti"],
          sa="Claudia Sheinbaum"),
        E("REQUEST", "MEX", "PER", True, "occurred", "2025-11-04",
          ["Meksikalı lider, Peru hükümetinden Chávez'in ülkeden güvenli şekilde ayrılabilmesi için gerekli izni vermesini istedi."],
          sa="Claudia Sheinbaum"),
        # background (before the publication month)
        E("ACCUSE", "PER", "PER", False, "occurred", "2025-11",
          ["Chávez, Aralık 2022'de dönemin Devlet Başkanı Pedro Castillo'nun Kongreyi feshetme girişiminde rol oynamakla suçlanıyor."],
          ta="Betssy Chávez"),
        E("COERCE", "PER", "PER", False, "occurred", "2022-12",
          ["Castillo'nun aynı gün tutuklanmasının ardından"], ta="Pedro Castillo"),
        E("AID", "MEX", "PER", False, "occurred", "2022-12",
          ["Meksika, eski devlet başkanının ailesine de sığınma hakkı tanımıştı"]),
        E("SANCTION", "PER", "MEX", False, "occurred", "2022-12",
          ["Peru, Aralık 2022'de Meksika'nın Lima Büyükelçisi'ni istenmeyen kişi ilan etmiş"]),
        E("SANCTION", "PER", "MEX", False, "occurred", "2023-02",
          ["Şubat 2023'te de Meksika'daki büyükelçisini kalıcı olarak geri çağırmıştı"]),
    ],
    quotes=[("Claudia Sheinbaum", "MEX",
             "Meksika, sığınma hakkını her zaman uluslararası hukuka ve Caracas Sözleşmesi'ne uygun şekilde kullanmıştır")],
    amounts=[],
))

# ---------------------------------------------------------------- htr_002
DOCS.append(dict(id="htr_002", date="2023-09-11", text="""\
Kuveyt, Hor Abdullah kararı nedeniyle Irak'a protesto notası verdi

Kuveyt Dışişleri Bakanı Şeyh Salim Abdullah el-Cabir es-Sabah, dün Irak'ın Kuveyt Büyükelçisi'ni bakanlığa çağırarak Irak Federal Yüksek Mahkemesinin Hor Abdullah su yoluna ilişkin kararını protesto eden bir nota verdi.

Mahkeme, 4 Eylül'de verdiği kararla, iki ülke arasında 2012'de imzalanan seyrüsefer anlaşmasının onaylanmasına ilişkin yasanın Irak Meclisinde gerekli üçte iki çoğunluk sağlanmadan kabul edildiğine hükmederek yasayı anayasaya aykırı bulmuştu.

Kuveyt Dışişleri Bakanlığının dün akşam yayımladığı yazılı açıklamada, kararın tarihi gerçeklerle bağdaşmadığı vurgulanarak Bağdat yönetiminden sorunu gidermek için somut ve acil adımlar atması istendi.

Açıklamada, "Mahkeme kararı, iki ülke arasındaki ilişkilerin geleceğini olumsuz etkileyecek hatalı bir adımdır" ifadesine yer verildi.

Körfez İşbirliği Konseyi (KİK) Genel Sekreteri Casim Muhammed el-Budeyvi de bugün yaptığı açıklamada, Kuveyt'in egemenliğini hedef alan her türlü adıma karşı Kuveyt'in yanında olduklarını vurguladı ve Irak'ı, Kuveyt ile imzaladığı tüm anlaşmalara bağlı kalmaya çağırdı.

Irak Dışişleri Bakanı Fuad Hüseyin ise bugün Kuveytli mevkidaşı Şeyh Salim ile telefonda görüştü. Irak Dışişleri Bakanlığının açıklamasına göre Hüseyin, görüşmede Bağdat'ın Kuveyt ile imzaladığı uluslararası anlaşmalara bağlı olduğunu ifade etti. İki bakan, konunun iki ülkenin ortak teknik komitesi aracılığıyla ele alınması konusunda mutabık kaldı.

Yaklaşık 45 kilometre uzunluğundaki Hor Abdullah, Irak'ın Basra Körfezi'ne açılan başlıca deniz yolu olarak biliniyor. Kuveyt'in bölgede inşa ettiği Mübarek el-Kebir Limanı da iki ülke arasında zaman zaman gerginliğe yol açıyor.
""",
    events=[
        E("ACCUSE", "KWT", "IRQ", True, "occurred", "2023-09-10",
          ["Kuveyt, Hor Abdullah kararı nedeniyle Irak'a protesto notası verdi",
           "Kuveyt Dışişleri Bakanı Şeyh Salim Abdullah el-Cabir es-Sabah, dün Irak'ın Kuveyt Büyükelçisi'ni bakanlığa çağırarak Irak Federal Yüksek Mahkemesinin Hor Abdullah su yoluna ilişkin kararını protesto eden bir nota verdi."],
          sa="Salim Abdullah el-Cabir es-Sabah"),
        E("REJECT", "IRQ", "KWT", True, "occurred", "2023-09-04",
          ["Irak Federal Yüksek Mahkemesinin Hor Abdullah su yoluna ilişkin kararını",
           "Mahkeme, 4 Eylül'de verdiği kararla, iki ülke arasında 2012'de imzalanan seyrüsefer anlaşmasının onaylanmasına ilişkin yasanın Irak Meclisinde gerekli üçte iki çoğunluk sağlanmadan kabul edildiğine hükmederek yasayı anayasaya aykırı bulmuştu."],
          sa="Irak Federal Yüksek Mahkemesi"),
        E("REQUEST", "KWT", "IRQ", True, "occurred", "2023-09-10",
          ["Kuveyt Dışişleri Bakanlığının dün akşam yayımladığı yazılı açıklamada, kararın tarihi gerçeklerle bağdaşmadığı vurgulanarak Bağdat yönetiminden sorunu gidermek için somut ve acil adımlar atması istendi."]),
        # the ministry's criticism in its statement: a second telling of the protest
        E("ACCUSE", "KWT", "IRQ", False, "occurred", "2023-09-10",
          ["kararın tarihi gerçeklerle bağdaşmadığı vurgulanarak",
           "Açıklamada, \"Mahkeme kararı, iki ülke arasındaki ilişkilerin geleceğini olumsuz etkileyecek hatalı bir adımdır\" ifadesine yer verildi."]),
        E("SUPPORT", "GCC", "KWT", True, "occurred", "2023-09-11",
          ["Körfez İşbirliği Konseyi (KİK) Genel Sekreteri Casim Muhammed el-Budeyvi de bugün yaptığı açıklamada, Kuveyt'in egemenliğini hedef alan her türlü adıma karşı Kuveyt'in yanında olduklarını vurguladı"],
          sa="Casim Muhammed el-Budeyvi"),
        E("REQUEST", "GCC", "IRQ", True, "occurred", "2023-09-11",
          ["Irak'ı, Kuveyt ile imzaladığı tüm anlaşmalara bağlı kalmaya çağırdı"],
          sa="Casim Muhammed el-Budeyvi"),
        E("CONSULT", "IRQ", "KWT", True, "occurred", "2023-09-11",
          ["Irak Dışişleri Bakanı Fuad Hüseyin ise bugün Kuveytli mevkidaşı Şeyh Salim ile telefonda görüştü."],
          mode="phone", sa="Fuad Hüseyin", ta="Salim Abdullah el-Cabir es-Sabah"),
        E("AGREE", "IRQ", "KWT", True, "occurred", "2023-09-11",
          ["İki bakan, konunun iki ülkenin ortak teknik komitesi aracılığıyla ele alınması konusunda mutabık kaldı."],
          sa="Fuad Hüseyin", ta="Salim Abdullah el-Cabir es-Sabah"),
        # a standing position ("bağlı olduğunu"), acceptable as a pledge
        E("AGREE", "IRQ", "KWT", False, "occurred", "2023-09-11",
          ["Hüseyin, görüşmede Bağdat'ın Kuveyt ile imzaladığı uluslararası anlaşmalara bağlı olduğunu ifade etti"],
          sa="Fuad Hüseyin"),
        # background signing of 2012
        E("SUPPORT", "IRQ", "KWT", False, "occurred", "2012",
          ["iki ülke arasında 2012'de imzalanan seyrüsefer anlaşmasının"]),
        E("SUPPORT", "KWT", "IRQ", False, "occurred", "2012",
          ["iki ülke arasında 2012'de imzalanan seyrüsefer anlaşmasının"]),
    ],
    quotes=[("Kuveyt Dışişleri Bakanlığı", "KWT",
             "Mahkeme kararı, iki ülke arasındaki ilişkilerin geleceğini olumsuz etkileyecek hatalı bir adımdır")],
    amounts=[],
))

# ---------------------------------------------------------------- htr_003
DOCS.append(dict(id="htr_003", date="2025-03-01", text="""\
Türkmen gazı İran üzerinden Türkiye'ye ulaşmaya başladı

Türkmenistan doğal gazının İran üzerinden takas yöntemiyle Türkiye'ye sevkiyatı bugün itibarıyla başladı.

Enerji ve Tabii Kaynaklar Bakanı Alparslan Bayraktar, sosyal medya hesabından yaptığı paylaşımda, BOTAŞ ile Türkmengaz arasında şubat ayında imzalanan anlaşma kapsamında ilk gaz akışının sabah saatlerinde gerçekleştiğini bildirdi.

Bayraktar, "Türkmen gazının ülkemize ulaşması, arz güvenliğimiz ve kaynak çeşitliliğimiz açısından tarihi bir adımdır" ifadesini kullandı.

Anlaşmaya göre Türkmenistan, yıllık 1,3 milyar metreküpe kadar gazı İran'a verecek, İran da eş miktarda gazı Türkiye sınırındaki Gürbulak noktasından teslim edecek. Bayraktar, takas için İran'a ödenecek ücrete ilişkin bilgi vermedi. İran tarafından ise konuya ilişkin resmi bir açıklama yapılmadı.

Cumhurbaşkanı Recep Tayyip Erdoğan ile Türkmenistan Devlet Başkanı Serdar Berdimuhamedov, geçen ay yaptıkları telefon görüşmesinde enerji alanındaki iş birliğini ele almış, iki taraf gaz hacminin kademeli olarak artırılması için çalışmaları sürdürme kararı almıştı.

Bayraktar'ın, iş birliğinin ikinci aşamasını görüşmek üzere bu ay içinde Aşkabat'ı ziyaret etmesi bekleniyor.

Türkiye, geçen yıl enerji ithalatı için yaklaşık 65,6 milyar dolar ödemişti. Yaklaşık 13,6 trilyon metreküplük rezerve sahip Türkmenistan ise dünyanın en büyük doğal gaz rezervlerine sahip ülkeleri arasında yer alıyor.

Uzmanlar, Hazar Denizi'nin altından geçecek bir boru hattının hayata geçirilmesi halinde Türkmen gazının Türkiye üzerinden Avrupa'ya da ulaştırılabileceğini belirtiyor.
""",
    events=[
        E("COOPERATE", "TKM", "TUR", True, "occurred", "2025-03-01",
          ["Türkmen gazı İran üzerinden Türkiye'ye ulaşmaya başladı",
           "Türkmenistan doğal gazının İran üzerinden takas yöntemiyle Türkiye'ye sevkiyatı bugün itibarıyla başladı.",
           "BOTAŞ ile Türkmengaz arasında şubat ayında imzalanan anlaşma kapsamında ilk gaz akışının sabah saatlerinde gerçekleştiğini bildirdi"],
          sa="Türkmengaz", ta="BOTAŞ"),
        # the swap legs through Iran
        E("COOPERATE", "TKM", "IRN", False, "occurred", "2025-03-01",
          ["Türkmenistan doğal gazının İran üzerinden takas yöntemiyle",
           "Anlaşmaya göre Türkmenistan, yıllık 1,3 milyar metreküpe kadar gazı İran'a verecek"]),
        E("COOPERATE", "IRN", "TUR", False, "occurred", "2025-03-01",
          ["İran da eş miktarda gazı Türkiye sınırındaki Gürbulak noktasından teslim edecek"]),
        # the February signing (background from before the publication month)
        E("SUPPORT", "TUR", "TKM", False, "occurred", "2025-02",
          ["BOTAŞ ile Türkmengaz arasında şubat ayında imzalanan anlaşma"]),
        E("SUPPORT", "TKM", "TUR", False, "occurred", "2025-02",
          ["BOTAŞ ile Türkmengaz arasında şubat ayında imzalanan anlaşma"]),
        E("CONSULT", "TUR", "TKM", False, "occurred", "2025-02",
          ["Cumhurbaşkanı Recep Tayyip Erdoğan ile Türkmenistan Devlet Başkanı Serdar Berdimuhamedov, geçen ay yaptıkları telefon görüşmesinde enerji alanındaki iş birliğini ele almış"],
          mode="phone", sa="Recep Tayyip Erdoğan", ta="Serdar Berdimuhamedov"),
        E("AGREE", "TUR", "TKM", False, "occurred", "2025-02",
          ["iki taraf gaz hacminin kademeli olarak artırılması için çalışmaları sürdürme kararı almıştı"]),
        E("CONSULT", "TUR", "TKM", True, "planned", "2025-03",
          ["Bayraktar'ın, iş birliğinin ikinci aşamasını görüşmek üzere bu ay içinde Aşkabat'ı ziyaret etmesi bekleniyor."],
          mode="visit", loc="Aşkabat", sa="Alparslan Bayraktar"),
    ],
    quotes=[("Alparslan Bayraktar", "TUR",
             "Türkmen gazının ülkemize ulaşması, arz güvenliğimiz ve kaynak çeşitliliğimiz açısından tarihi bir adımdır")],
    amounts=[dict(value=65600000000.0, unit="USD", text="65,6 milyar dolar",
                  about="Türkiye'nin enerji ithalatı", year=2024)],
))

# ---------------------------------------------------------------- htr_004
DOCS.append(dict(id="htr_004", date="2025-10-16", text="""\
Mickoski: Bulgaristan'ın baskısıyla anayasayı değiştirmeyeceğiz

Kuzey Makedonya Başbakanı Hristijan Mickoski, Bulgar azınlığın anayasaya eklenmesi talebine ilişkin dün yaptığı açıklamada, mevcut koşullarda anayasa değişikliğine gitmeyeceklerini söyledi.

Üsküp'te gazetecilerin sorularını yanıtlayan Mickoski, "Kimliğimizi ve dilimizi sorgulayan talepleri kabul etmemiz mümkün değil" dedi. Mickoski dün ayrıca Sofya'yı, Kuzey Makedonya'nın Avrupa Birliği (AB) üyelik sürecini tek taraflı taleplerle rehin almakla suçladı.

Bulgaristan Dışişleri Bakanı Georg Georgiev ise bugün Sofya'da yaptığı açıklamada, Üsküp 2022'de üstlendiği taahhütleri yerine getirmezse Bulgaristan'ın katılım müzakerelerinin bir sonraki aşamasına onay vermeyeceği uyarısında bulundu.

Georgiev, "Topu Sofya'ya atmak yerine Üsküp verdiği sözleri tutmalı" diye konuştu.

AB'nin Genişlemeden Sorumlu Komisyon Üyesi Marta Kos da bugün Brüksel'de yaptığı açıklamada iki ülkeyi yapıcı diyaloğa çağırdı ve Üsküp'ten anayasa değişikliği sürecini tamamlamasını istedi. Kos'un gelecek hafta Üsküp'ü ziyaret ederek Mickoski ile görüşmesi bekleniyor.

Öte yandan AB, Batı Balkanlar için Büyüme Planı kapsamında Kuzey Makedonya'ya ayrılan yaklaşık 750 milyon avroluk fonun bir bölümünü reformlardaki gecikmeler nedeniyle henüz serbest bırakmadı.

Bulgaristan, 2020'de de Kuzey Makedonya'nın AB ile katılım müzakerelerine başlamasını veto etmişti. Sorun, 2022'de Fransa'nın arabuluculuğuyla hazırlanan ve anayasa değişikliğini öngören müzakere çerçevesiyle aşılmış, ancak değişiklik Kuzey Makedonya Meclisinde gerekli desteği bulamamıştı.
""",
    events=[
        E("REJECT", "MKD", "BGR", True, "occurred", "2025-10-15",
          ["Mickoski: Bulgaristan'ın baskısıyla anayasayı değiştirmeyeceğiz",
           "Kuzey Makedonya Başbakanı Hristijan Mickoski, Bulgar azınlığın anayasaya eklenmesi talebine ilişkin dün yaptığı açıklamada, mevcut koşullarda anayasa değişikliğine gitmeyeceklerini söyledi.",
           "Üsküp'te gazetecilerin sorularını yanıtlayan Mickoski, \"Kimliğimizi ve dilimizi sorgulayan talepleri kabul etmemiz mümkün değil\" dedi."],
          loc="Üsküp", sa="Hristijan Mickoski"),
        # the demand is also the EU's negotiating framework
        E("REJECT", "MKD", "EU", False, "occurred", "2025-10-15",
          ["mevcut koşullarda anayasa değişikliğine gitmeyeceklerini söyledi"],
          sa="Hristijan Mickoski"),
        E("ACCUSE", "MKD", "BGR", True, "occurred", "2025-10-15",
          ["Mickoski dün ayrıca Sofya'yı, Kuzey Makedonya'nın Avrupa Birliği (AB) üyelik sürecini tek taraflı taleplerle rehin almakla suçladı."],
          sa="Hristijan Mickoski"),
        E("THREATEN", "BGR", "MKD", True, "occurred", "2025-10-16",
          ["Bulgaristan Dışişleri Bakanı Georg Georgiev ise bugün Sofya'da yaptığı açıklamada, Üsküp 2022'de üstlendiği taahhütleri yerine getirmezse Bulgaristan'ın katılım müzakerelerinin bir sonraki aşamasına onay vermeyeceği uyarısında bulundu."],
          loc="Sofya", sa="Georg Georgiev"),
        # the threatened veto itself
        E("REJECT", "BGR", "MKD", False, "conditional", None,
          ["Bulgaristan'ın katılım müzakerelerinin bir sonraki aşamasına onay vermeyeceği"],
          sa="Georg Georgiev"),
        # a demand inside the quote
        E("REQUEST", "BGR", "MKD", False, "occurred", "2025-10-16",
          ["Georgiev, \"Topu Sofya'ya atmak yerine Üsküp verdiği sözleri tutmalı\" diye konuştu."],
          sa="Georg Georgiev"),
        E("REQUEST", "EU", "MKD", True, "occurred", "2025-10-16",
          ["AB'nin Genişlemeden Sorumlu Komisyon Üyesi Marta Kos da bugün Brüksel'de yaptığı açıklamada iki ülkeyi yapıcı diyaloğa çağırdı"],
          loc="Brüksel", sa="Marta Kos"),
        E("REQUEST", "EU", "BGR", True, "occurred", "2025-10-16",
          ["AB'nin Genişlemeden Sorumlu Komisyon Üyesi Marta Kos da bugün Brüksel'de yaptığı açıklamada iki ülkeyi yapıcı diyaloğa çağırdı"],
          loc="Brüksel", sa="Marta Kos"),
        # second demand of the same statement, towards Skopje only
        E("REQUEST", "EU", "MKD", False, "occurred", "2025-10-16",
          ["Üsküp'ten anayasa değişikliği sürecini tamamlamasını istedi"],
          loc="Brüksel", sa="Marta Kos"),
        E("CONSULT", "EU", "MKD", True, "planned", "2025-10",
          ["Kos'un gelecek hafta Üsküp'ü ziyaret ederek Mickoski ile görüşmesi bekleniyor."],
          mode="visit", loc="Üsküp", sa="Marta Kos", ta="Hristijan Mickoski"),
        E("AID", "EU", "MKD", False, "negated", None,
          ["Öte yandan AB, Batı Balkanlar için Büyüme Planı kapsamında Kuzey Makedonya'ya ayrılan yaklaşık 750 milyon avroluk fonun bir bölümünü reformlardaki gecikmeler nedeniyle henüz serbest bırakmadı."]),
        # France's 2022 mediation (background)
        E("CONSULT", "FRA", "MKD", False, "occurred", "2022",
          ["2022'de Fransa'nın arabuluculuğuyla hazırlanan"]),
        E("CONSULT", "FRA", "BGR", False, "occurred", "2022",
          ["2022'de Fransa'nın arabuluculuğuyla hazırlanan"]),
        E("REJECT", "BGR", "MKD", False, "occurred", "2020",
          ["Bulgaristan, 2020'de de Kuzey Makedonya'nın AB ile katılım müzakerelerine başlamasını veto etmişti."]),
    ],
    quotes=[("Hristijan Mickoski", "MKD",
             "Kimliğimizi ve dilimizi sorgulayan talepleri kabul etmemiz mümkün değil"),
            ("Georg Georgiev", "BGR",
             "Topu Sofya'ya atmak yerine Üsküp verdiği sözleri tutmalı")],
    amounts=[dict(value=750000000.0, unit="EUR", text="750 milyon avroluk",
                  about="AB Büyüme Planı kapsamında Kuzey Makedonya'ya ayrılan fon")],
))

# ---------------------------------------------------------------- htr_005 (no event)
DOCS.append(dict(id="htr_005", date="2025-10-09", text="""\
Özbekistan'da pamuk hasadı sürüyor

Özbekistan'ın doğusundaki Fergana Vadisi'nde pamuk hasadı, elverişli hava koşullarının etkisiyle bu yıl geçen sezona göre yaklaşık iki hafta erken başladı.

Tarım verilerine göre ülkede bu sezon yaklaşık 1 milyon hektarlık alanda pamuk ekildi ve rekoltenin 3,5 milyon ton civarında gerçekleşmesi bekleniyor.

Fergana'da 20 yıldır pamuk yetiştiren Rustam Ahmedov, "Bu yıl kozalar iri ve temiz, tarlalarımızın yarısında artık makineyle hasat yapıyoruz" dedi.

Ahmedov, kilogram başına ödenen 8 bin 500 somluk alım fiyatının artan gübre ve mazot maliyetlerini ancak karşıladığını anlattı.

Son yıllarda ham pamuğun büyük bölümü ülke içinde iplik ve kumaşa dönüştürülüyor. Ülkenin tekstil ihracatı geçen yıl yaklaşık 3 milyar dolara ulaştı.

Taşkent'teki bir iplik fabrikasının müdürü Dilnoza Karimova, "Enerji fiyatlarındaki artış kârlılığı zorluyor ama siparişlerimiz yıl sonuna kadar dolu" ifadesini kullandı. Karimova, fabrikanın ürettiği ipliğin büyük bölümünün Avrupa ve Rusya pazarlarına gönderildiğini belirtti.

Uzmanlar ise Amuderya ve Siriderya nehirlerindeki su seviyesinin düşmesinin önümüzdeki yıllarda üretim için en büyük risk olacağı görüşünde. Damla sulama sistemlerinin yaygınlaşmasıyla su tüketiminin azaltılması hedefleniyor.

Hasat mevsiminde günlük ücretle çalışan tarım işçileri de sabahın erken saatlerinden akşama kadar tarlalarda mesai yapıyor.
""",
    events=[],
    quotes=[("Rustam Ahmedov", "UZB",
             "Bu yıl kozalar iri ve temiz, tarlalarımızın yarısında artık makineyle hasat yapıyoruz"),
            ("Dilnoza Karimova", "UZB",
             "Enerji fiyatlarındaki artış kârlılığı zorluyor ama siparişlerimiz yıl sonuna kadar dolu")],
    amounts=[dict(value=8500.0, unit="UZS", text="8 bin 500 somluk",
                  about="kilogram başına pamuk alım fiyatı"),
             dict(value=3000000000.0, unit="USD", text="3 milyar dolara",
                  about="Özbekistan'ın tekstil ihracatı", year=2024)],
))

# ---------------------------------------------------------------- htr_006
DOCS.append(dict(id="htr_006", date="2024-09-04", text="""\
Putin'in Moğolistan ziyaretine Ukrayna'dan tepki

Rusya Devlet Başkanı Vladimir Putin, Uluslararası Ceza Mahkemesinin (UCM) hakkında çıkardığı tutuklama kararına rağmen salı günü Moğolistan'ın başkenti Ulan Batur'da resmi temaslarda bulundu.

Putin, Sühbaatar Meydanı'nda resmi törenle karşılandı ve ardından Moğolistan Cumhurbaşkanı Ukhnaagiin Hürelsüh ile görüştü. Salı günkü görüşmenin ardından, Moğolistan'a akaryakıt tedariki ve Ulan Batur'daki bir termik santralin modernizasyonuna ilişkin anlaşmalar imzalandı.

Kremlin'e göre Putin, salı günkü görüşmede Hürelsüh'ü ekim ayında Kazan'da düzenlenecek BRICS zirvesine davet etti.

UCM'ye taraf olan Moğolistan'ın makamları, pazartesi gecesi ülkeye gelen Putin'i tutuklamadı.

UCM Sözcüsü Fadi el-Abdallah, geçen cuma yaptığı açıklamada Moğolistan'ın mahkemeyle iş birliği yapma yükümlülüğü bulunduğunu hatırlatmış, Ukrayna da Ulan Batur'dan Putin'i tutuklayarak UCM'ye teslim etmesini talep etmişti.

Ukrayna Dışişleri Bakanlığı Sözcüsü Georgiy Tikhiy, dün yaptığı yazılı açıklamada Moğolistan'ın bağlayıcı tutuklama kararını uygulamamasını sert bir dille eleştirdi ve Kiev'in, Ulan Batur'un bunun sonuçlarıyla yüzleşmesi için ortaklarıyla birlikte çalışacağını bildirdi.

Tikhiy, "Moğolistan'ın bu tutumu, Uluslararası Ceza Mahkemesi'ne ve uluslararası ceza hukuku sistemine ağır bir darbedir" dedi.

AB Sözcüsü Nabila Massrali de Brüksel'de dün yaptığı açıklamada, Moğolistan'ın UCM'ye karşı yükümlülüklerini yerine getirmemesinden üzüntü duyduklarını söyledi.

Moğol hükümeti ise ülkenin akaryakıt ihtiyacının yüzde 95'ten fazlasını Rusya'dan karşıladığını belirterek dış politikada tarafsızlık ilkesine bağlı olduğunu vurguladı.

İki ülke arasındaki ticaret hacmi geçen yıl yaklaşık 2,6 milyar dolar olarak gerçekleşmişti. Putin'in ziyareti, Halhin Gol Muharebesi'nin 85'inci yıl dönümüne denk geldi.
""",
    events=[
        E("CONSULT", "RUS", "MNG", True, "occurred", "2024-09-03",
          ["Rusya Devlet Başkanı Vladimir Putin, Uluslararası Ceza Mahkemesinin (UCM) hakkında çıkardığı tutuklama kararına rağmen salı günü Moğolistan'ın başkenti Ulan Batur'da resmi temaslarda bulundu.",
           "Putin, Sühbaatar Meydanı'nda resmi törenle karşılandı ve ardından Moğolistan Cumhurbaşkanı Ukhnaagiin Hürelsüh ile görüştü.",
           "Putin'in Moğolistan ziyaretine Ukrayna'dan tepki"],
          mode="visit", loc="Ulan Batur", sa="Vladimir Putin", ta="Ukhnaagiin Hürelsüh"),
        E("SUPPORT", "RUS", "MNG", True, "occurred", "2024-09-03",
          ["Salı günkü görüşmenin ardından, Moğolistan'a akaryakıt tedariki ve Ulan Batur'daki bir termik santralin modernizasyonuna ilişkin anlaşmalar imzalandı."],
          loc="Ulan Batur"),
        E("SUPPORT", "MNG", "RUS", True, "occurred", "2024-09-03",
          ["Salı günkü görüşmenin ardından, Moğolistan'a akaryakıt tedariki ve Ulan Batur'daki bir termik santralin modernizasyonuna ilişkin anlaşmalar imzalandı."],
          loc="Ulan Batur"),
        # the fuel deliveries and the plant work the agreements set up
        E("COOPERATE", "RUS", "MNG", False, "planned", None,
          ["Moğolistan'a akaryakıt tedariki ve Ulan Batur'daki bir termik santralin modernizasyonuna ilişkin anlaşmalar"]),
        E("AGREE", "RUS", "MNG", True, "occurred", "2024-09-03",
          ["Kremlin'e göre Putin, salı günkü görüşmede Hürelsüh'ü ekim ayında Kazan'da düzenlenecek BRICS zirvesine davet etti."],
          sa="Vladimir Putin", ta="Ukhnaagiin Hürelsüh"),
        E("COERCE", "MNG", "RUS", False, "negated", "2024-09-02",
          ["UCM'ye taraf olan Moğolistan'ın makamları, pazartesi gecesi ülkeye gelen Putin'i tutuklamadı."],
          ta="Vladimir Putin"),
        # the ICC warrant, background without a date (publication month per §5)
        E("COERCE", "ICC", "RUS", False, "occurred", "2024-09",
          ["Uluslararası Ceza Mahkemesinin (UCM) hakkında çıkardığı tutuklama kararına rağmen"],
          ta="Vladimir Putin"),
        E("REQUEST", "ICC", "MNG", True, "occurred", "2024-08-30",
          ["UCM Sözcüsü Fadi el-Abdallah, geçen cuma yaptığı açıklamada Moğolistan'ın mahkemeyle iş birliği yapma yükümlülüğü bulunduğunu hatırlatmış"],
          sa="Fadi el-Abdallah"),
        E("REQUEST", "UKR", "MNG", True, "occurred", "2024-08-30",
          ["Ukrayna da Ulan Batur'dan Putin'i tutuklayarak UCM'ye teslim etmesini talep etmişti"]),
        E("ACCUSE", "UKR", "MNG", True, "occurred", "2024-09-03",
          ["Ukrayna Dışişleri Bakanlığı Sözcüsü Georgiy Tikhiy, dün yaptığı yazılı açıklamada Moğolistan'ın bağlayıcı tutuklama kararını uygulamamasını sert bir dille eleştirdi",
           "Tikhiy, \"Moğolistan'ın bu tutumu, Uluslararası Ceza Mahkemesi'ne ve uluslararası ceza hukuku sistemine ağır bir darbedir\" dedi.",
           "Putin'in Moğolistan ziyaretine Ukrayna'dan tepki"],
          sa="Georgiy Tikhiy"),
        E("THREATEN", "UKR", "MNG", True, "occurred", "2024-09-03",
          ["Kiev'in, Ulan Batur'un bunun sonuçlarıyla yüzleşmesi için ortaklarıyla birlikte çalışacağını bildirdi"],
          sa="Georgiy Tikhiy"),
        E("ACCUSE", "EU", "MNG", True, "occurred", "2024-09-03",
          ["AB Sözcüsü Nabila Massrali de Brüksel'de dün yaptığı açıklamada, Moğolistan'ın UCM'ye karşı yükümlülüklerini yerine getirmemesinden üzüntü duyduklarını söyledi."],
          sa="Nabila Massrali"),
    ],
    quotes=[("Georgiy Tikhiy", "UKR",
             "Moğolistan'ın bu tutumu, Uluslararası Ceza Mahkemesi'ne ve uluslararası ceza hukuku sistemine ağır bir darbedir")],
    amounts=[dict(value=2600000000.0, unit="USD", text="2,6 milyar dolar",
                  about="Rusya-Moğolistan ticaret hacmi", year=2023)],
))

# ---------------------------------------------------------------- htr_007
DOCS.append(dict(id="htr_007", date="2025-10-28", text="""\
Litvanya, balon krizi nedeniyle Belarus sınırını kapattı

Litvanya hükümeti, Belarus'tan gönderilen ve kaçak sigara taşıyan balonların hava trafiğini aksatması üzerine dün Belarus ile kara sınırını bir ay süreyle kapatma kararı aldı.

Başbakan Inga Ruginienė, dün akşam düzenlediği basın toplantısında, balonların Minsk yönetiminin bilgisi dahilinde gönderildiğini öne sürerek Belarus'u Litvanya'ya karşı hibrit saldırı düzenlemekle suçladı. Ruginienė, "Bu, ülkemize yönelik bilinçli bir saldırıdır ve buna sessiz kalmayacağız" dedi.

Ruginienė dün ayrıca, balon geçişleri sürerse sınırın kapalı kalma süresinin uzatılacağı ve Minsk'e yönelik ek önlemlerin gündeme geleceği uyarısında bulundu.

Başkent Vilnius'taki havalimanı, son iki haftada balonlar nedeniyle birkaç kez geçici olarak kapatılmıştı. Litvanya Savunma Bakanlığı ise Belarus sınırına ek asker ve hava gözetleme radarı sevk edildiğini duyurdu.

Belarus Devlet Başkanı Aleksandr Lukaşenko ise bugün yaptığı açıklamada Litvanya'nın kararını "provokasyon" olarak nitelendirdi ve Vilnius'u kendi iç sorunlarını Minsk'e yüklemekle suçladı.

Belarus makamlarının, sınırın kapatılmasının ardından Litvanya'ya ait yaklaşık bin tırın ülkeden çıkışına izin vermediği bildirildi. Litvanya Karayolu Taşımacıları Birliği, sektörün günlük kaybının 1 milyon avroyu aştığını açıkladı.

Litvanya Dışişleri Bakanı Kęstutis Budrys, Minsk'ten tırların derhal serbest bırakılmasını talep etti.

Avrupa Komisyonu Başkanı Ursula von der Leyen de sosyal medya hesabından yaptığı paylaşımda Litvanya ile tam dayanışma içinde olduklarını belirterek Belarus'un eylemlerini kabul edilemez bir hibrit saldırı olarak kınadı.

Litvanya'nın, AB'den Belarus'a yönelik hazırlanan yeni yaptırım paketinde balon saldırılarının da dikkate alınmasını talep ettiği öğrenildi.
""",
    events=[
        E("SANCTION", "LTU", "BLR", True, "occurred", "2025-10-27",
          ["Litvanya, balon krizi nedeniyle Belarus sınırını kapattı",
           "Litvanya hükümeti, Belarus'tan gönderilen ve kaçak sigara taşıyan balonların hava trafiğini aksatması üzerine dün Belarus ile kara sınırını bir ay süreyle kapatma kararı aldı."]),
        # border closure read as a restriction of movement
        E("COERCE", "LTU", "BLR", False, "occurred", "2025-10-27",
          ["dün Belarus ile kara sınırını bir ay süreyle kapatma kararı aldı"]),
        E("ACCUSE", "LTU", "BLR", True, "occurred", "2025-10-27",
          ["Başbakan Inga Ruginienė, dün akşam düzenlediği basın toplantısında, balonların Minsk yönetiminin bilgisi dahilinde gönderildiğini öne sürerek Belarus'u Litvanya'ya karşı hibrit saldırı düzenlemekle suçladı.",
           "Ruginienė, \"Bu, ülkemize yönelik bilinçli bir saldırıdır ve buna sessiz kalmayacağız\" dedi."],
          sa="Inga Ruginienė"),
        E("THREATEN", "LTU", "BLR", True, "occurred", "2025-10-27",
          ["Ruginienė dün ayrıca, balon geçişleri sürerse sınırın kapalı kalma süresinin uzatılacağı ve Minsk'e yönelik ek önlemlerin gündeme geleceği uyarısında bulundu."],
          sa="Inga Ruginienė"),
        E("SANCTION", "LTU", "BLR", False, "conditional", None,
          ["sınırın kapalı kalma süresinin uzatılacağı ve Minsk'e yönelik ek önlemlerin gündeme geleceği"]),
        E("MOBILIZE", "LTU", "BLR", True, "occurred", "2025-10-28",
          ["Litvanya Savunma Bakanlığı ise Belarus sınırına ek asker ve hava gözetleme radarı sevk edildiğini duyurdu."]),
        E("ACCUSE", "BLR", "LTU", True, "occurred", "2025-10-28",
          ["Belarus Devlet Başkanı Aleksandr Lukaşenko ise bugün yaptığı açıklamada Litvanya'nın kararını \"provokasyon\" olarak nitelendirdi ve Vilnius'u kendi iç sorunlarını Minsk'e yüklemekle suçladı."],
          sa="Aleksandr Lukaşenko"),
        E("COERCE", "BLR", "LTU", True, "occurred", "2025-10-28",
          ["Belarus makamlarının, sınırın kapatılmasının ardından Litvanya'ya ait yaklaşık bin tırın ülkeden çıkışına izin vermediği bildirildi."]),
        E("REQUEST", "LTU", "BLR", True, "occurred", "2025-10-28",
          ["Litvanya Dışişleri Bakanı Kęstutis Budrys, Minsk'ten tırların derhal serbest bırakılmasını talep etti."],
          sa="Kęstutis Budrys"),
        E("SUPPORT", "EU", "LTU", True, "occurred", "2025-10-28",
          ["Avrupa Komisyonu Başkanı Ursula von der Leyen de sosyal medya hesabından yaptığı paylaşımda Litvanya ile tam dayanışma içinde olduklarını belirterek"],
          sa="Ursula von der Leyen"),
        E("ACCUSE", "EU", "BLR", True, "occurred", "2025-10-28",
          ["Belarus'un eylemlerini kabul edilemez bir hibrit saldırı olarak kınadı"],
          sa="Ursula von der Leyen"),
        E("REQUEST", "LTU", "EU", True, "occurred", "2025-10-28",
          ["Litvanya'nın, AB'den Belarus'a yönelik hazırlanan yeni yaptırım paketinde balon saldırılarının da dikkate alınmasını talep ettiği öğrenildi."]),
        E("SANCTION", "EU", "BLR", False, "planned", None,
          ["AB'den Belarus'a yönelik hazırlanan yeni yaptırım paketinde"]),
    ],
    quotes=[("Inga Ruginienė", "LTU",
             "Bu, ülkemize yönelik bilinçli bir saldırıdır ve buna sessiz kalmayacağız")],
    amounts=[dict(value=1000000.0, unit="EUR", text="1 milyon avroyu",
                  about="Litvanyalı taşımacıların günlük kaybı")],
))

# ---------------------------------------------------------------- htr_008
DOCS.append(dict(id="htr_008", date="2025-11-28", text="""\
Gine-Bissau'da darbe: ECOWAS ülkenin üyeliğini askıya aldı

Batı Afrika Devletleri Ekonomik Topluluğu (ECOWAS), Gine-Bissau'da ordunun yönetime el koymasının ardından dün düzenlediği olağanüstü çevrim içi zirvede ülkenin örgütün tüm karar alma organlarındaki üyeliğini askıya aldı.

Bir grup subay, çarşamba günü devlet televizyonunda yaptığı açıklamada ülkenin tam kontrolünü ele geçirdiklerini, seçim sürecini askıya aldıklarını, sınırları kapattıklarını ve sokağa çıkma yasağı ilan ettiklerini duyurmuştu. Cumhurbaşkanı Umaro Sissoco Embaló da aynı gün bir Fransız televizyon kanalına yaptığı açıklamada Genelkurmay Başkanlığındaki subaylar tarafından gözaltına alındığını söylemişti.

Cuntanın lideri General Horta N'Tam, perşembe günü bir yıllık geçiş dönemi için devlet başkanı olarak yemin etti.

Embaló'nun ise perşembe günü serbest bırakılarak özel bir uçakla Senegal'in başkenti Dakar'a gittiği bildirildi. Senegal Dışişleri Bakanlığı, Embaló'nun ülkeden güvenli şekilde ayrılması için cunta ile temas kurduğunu perşembe akşamı açıkladı.

ECOWAS, zirvenin ardından dün yayımladığı bildiride gözaltındaki tüm yetkililerin serbest bırakılmasını ve seçim sonuçlarının açıklanmasını talep etti. ECOWAS Komisyonu Başkanı Omar Alieu Touray, "Bölgemizde anayasaya aykırı iktidar değişikliklerine göz yummayacağız" dedi.

Afrika Birliği (AfB) Barış ve Güvenlik Konseyi de bugün Gine-Bissau'yu tüm faaliyetlerden derhal uzaklaştırma kararı aldı. AfB Komisyonu Başkanı Mahmud Ali Yusuf ise darbeyi kınayarak anayasal düzenin derhal yeniden tesis edilmesi çağrısında bulundu.

Eski sömürge gücü Portekiz'in Dışişleri Bakanı Paulo Rangel de darbeyi kınadı ve tüm taraflara şiddetten kaçınma çağrısı yaptı.

Başkent Bissau'da başkanlık sarayı çevresine zırhlı araçlar konuşlandırılırken ana caddelerde askerlerin devriye gezdiği görüldü.

Cunta, bu sabah yaptığı açıklamada sokağa çıkma yasağının kaldırılacağını ve kara sınırlarının yeniden açılacağını duyurdu.

Muhalefetin cumhurbaşkanı adayı Fernando Dias ise darbenin, 23 Kasım'daki seçimi kaybettiğini öne sürdüğü Embaló tarafından sahnelendiğini iddia etti.
""",
    events=[
        E("SANCTION", "ECOWAS", "GNB", True, "occurred", "2025-11-27",
          ["ECOWAS ülkenin üyeliğini askıya aldı",
           "Batı Afrika Devletleri Ekonomik Topluluğu (ECOWAS), Gine-Bissau'da ordunun yönetime el koymasının ardından dün düzenlediği olağanüstü çevrim içi zirvede ülkenin örgütün tüm karar alma organlarındaki üyeliğini askıya aldı."]),
        # the takeover
        E("COERCE", "GNB", "GNB", True, "occurred", "2025-11-26",
          ["Gine-Bissau'da darbe",
           "Gine-Bissau'da ordunun yönetime el koymasının ardından",
           "Bir grup subay, çarşamba günü devlet televizyonunda yaptığı açıklamada ülkenin tam kontrolünü ele geçirdiklerini"]),
        # the curfew
        E("COERCE", "GNB", "GNB", True, "occurred", "2025-11-26",
          ["sokağa çıkma yasağı ilan ettiklerini duyurmuştu"]),
        # the arrest of the president
        E("COERCE", "GNB", "GNB", True, "occurred", "2025-11-26",
          ["Cumhurbaşkanı Umaro Sissoco Embaló da aynı gün bir Fransız televizyon kanalına yaptığı açıklamada Genelkurmay Başkanlığındaki subaylar tarafından gözaltına alındığını söylemişti."],
          ta="Umaro Sissoco Embaló"),
        # suspension of the electoral process and border closure: acceptable extra readings
        E("COERCE", "GNB", "GNB", False, "occurred", "2025-11-26",
          ["seçim sürecini askıya aldıklarını"]),
        E("COERCE", "GNB", "GNB", False, "occurred", "2025-11-26",
          ["sınırları kapattıklarını"]),
        E("RETREAT", "GNB", "GNB", True, "occurred", "2025-11-27",
          ["Embaló'nun ise perşembe günü serbest bırakılarak özel bir uçakla Senegal'in başkenti Dakar'a gittiği bildirildi."],
          ta="Umaro Sissoco Embaló"),
        E("CONSULT", "SEN", "GNB", True, "occurred", "2025-11-27",
          ["Senegal Dışişleri Bakanlığı, Embaló'nun ülkeden güvenli şekilde ayrılması için cunta ile temas kurduğunu perşembe akşamı açıkladı."],
          mode=None),
        E("REQUEST", "ECOWAS", "GNB", True, "occurred", "2025-11-27",
          ["ECOWAS, zirvenin ardından dün yayımladığı bildiride gözaltındaki tüm yetkililerin serbest bırakılmasını ve seçim sonuçlarının açıklanmasını talep etti."]),
        E("REQUEST", "ECOWAS", "GNB", False, "occurred", "2025-11-27",
          ["seçim sonuçlarının açıklanmasını talep etti"]),
        E("SANCTION", "AU", "GNB", True, "occurred", "2025-11-28",
          ["Afrika Birliği (AfB) Barış ve Güvenlik Konseyi de bugün Gine-Bissau'yu tüm faaliyetlerden derhal uzaklaştırma kararı aldı."]),
        E("ACCUSE", "AU", "GNB", True, "occurred", "2025-11-28",
          ["AfB Komisyonu Başkanı Mahmud Ali Yusuf ise darbeyi kınayarak"],
          sa="Mahmud Ali Yusuf"),
        E("REQUEST", "AU", "GNB", True, "occurred", "2025-11-28",
          ["anayasal düzenin derhal yeniden tesis edilmesi çağrısında bulundu"],
          sa="Mahmud Ali Yusuf"),
        E("ACCUSE", "PRT", "GNB", True, "occurred", "2025-11-28",
          ["Eski sömürge gücü Portekiz'in Dışişleri Bakanı Paulo Rangel de darbeyi kınadı"],
          sa="Paulo Rangel"),
        E("REQUEST", "PRT", "GNB", True, "occurred", "2025-11-28",
          ["tüm taraflara şiddetten kaçınma çağrısı yaptı"],
          sa="Paulo Rangel"),
        # "tüm taraflar" are all Guinea-Bissau parties: one or two records accepted
        E("REQUEST", "PRT", "GNB", False, "occurred", "2025-11-28",
          ["tüm taraflara şiddetten kaçınma çağrısı yaptı"],
          sa="Paulo Rangel"),
        E("MOBILIZE", "GNB", "GNB", True, "occurred", "2025-11-28",
          ["Başkent Bissau'da başkanlık sarayı çevresine zırhlı araçlar konuşlandırılırken ana caddelerde askerlerin devriye gezdiği görüldü."],
          loc="Bissau"),
        E("CONCEDE", "GNB", "GNB", True, "occurred", "2025-11-28",
          ["Cunta, bu sabah yaptığı açıklamada sokağa çıkma yasağının kaldırılacağını ve kara sınırlarının yeniden açılacağını duyurdu."]),
        # the lifting itself, still to come
        E("RETREAT", "GNB", "GNB", False, "planned", None,
          ["sokağa çıkma yasağının kaldırılacağını ve kara sınırlarının yeniden açılacağını"]),
        E("ACCUSE", "GNB", "GNB", True, "occurred", "2025-11-28",
          ["Muhalefetin cumhurbaşkanı adayı Fernando Dias ise darbenin, 23 Kasım'daki seçimi kaybettiğini öne sürdüğü Embaló tarafından sahnelendiğini iddia etti."],
          sa="Fernando Dias", ta="Umaro Sissoco Embaló"),
    ],
    quotes=[("Omar Alieu Touray", "ECOWAS",
             "Bölgemizde anayasaya aykırı iktidar değişikliklerine göz yummayacağız")],
    amounts=[],
))

# ---------------------------------------------------------------- htr_009
DOCS.append(dict(id="htr_009", date="2025-05-17", text="""\
Trablus'ta binlerce kişi Dibeybe hükümetinin istifasını istedi

Libya'nın başkenti Trablus'ta binlerce kişi, dün akşam Şehitler Meydanı'nda toplanarak kentte bu hafta yaşanan çatışmalardan sorumlu tuttukları Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dibeybe'nin istifasını talep etti.

Göstericiler, "Silahlı gruplara ve onları kollayan hükümete hayır" sloganları attı.

Kentte pazartesi günü Destek ve İstikrar Aparatı lideri Abdulgani el-Kikli'nin öldürülmesinin ardından Dibeybe, salı günü aparatın lağvedilmesini emretmişti. Salı gecesi Dibeybe'ye bağlı 444'üncü Tugay ile Rada Özel Caydırma Gücü arasında başlayan çatışmalarda ağır silahlar kullanıldı ve çok sayıda sivil hayatını kaybetti.

Libya Savunma Bakanlığı, çarşamba günü başkentte ateşkes ilan edildiğini ve tarafsız birliklerin çatışma hatlarına konuşlandırılacağını duyurdu.

BM Genel Sekreterinin Libya Özel Temsilcisi Hanna Tetteh de çarşamba günü yaptığı açıklamada taraflara ateşkese uymaları ve sivilleri korumaları çağrısında bulundu. Tetteh, "Sivilleri hedef alan saldırılar uluslararası hukuk kapsamında savaş suçu teşkil edebilir" dedi.

Türkiye Dışişleri Bakanlığı da çarşamba günkü yazılı açıklamasında Trablus'taki gelişmeleri endişeyle takip ettiklerini belirterek tüm tarafları itidalli davranmaya ve diyaloğa çağırdı.

Öte yandan Ulusal Birlik Hükümetinde görevli iki bakanın protestolara destek vererek istifa ettiği bildirildi.

Dibeybe ise dün gece yaptığı televizyon konuşmasında istifa çağrılarını reddetti ve silahlı grupların devlet kurumları üzerindeki etkisini sona erdirmekte kararlı olduklarını söyledi.

Trablus'taki Mitiga Havalimanı'nda uçuşlar, çatışmalar nedeniyle geçici olarak durdurulmuştu.
""",
    events=[
        E("PROTEST", "LBY", "LBY", True, "occurred", "2025-05-16",
          ["Trablus'ta binlerce kişi Dibeybe hükümetinin istifasını istedi",
           "Libya'nın başkenti Trablus'ta binlerce kişi, dün akşam Şehitler Meydanı'nda toplanarak kentte bu hafta yaşanan çatışmalardan sorumlu tuttukları Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dibeybe'nin istifasını talep etti.",
           "Göstericiler, \"Silahlı gruplara ve onları kollayan hükümete hayır\" sloganları attı."],
          loc="Trablus", ta="Abdulhamid Dibeybe"),
        # readings of the protest's content
        E("REQUEST", "LBY", "LBY", False, "occurred", "2025-05-16",
          ["Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dibeybe'nin istifasını talep etti"],
          ta="Abdulhamid Dibeybe"),
        E("ACCUSE", "LBY", "LBY", False, "occurred", "2025-05-16",
          ["kentte bu hafta yaşanan çatışmalardan sorumlu tuttukları"],
          ta="Abdulhamid Dibeybe"),
        # killing without a named agent
        E("ASSAULT", "LBY", "LBY", False, "occurred", "2025-05-12",
          ["Kentte pazartesi günü Destek ve İstikrar Aparatı lideri Abdulgani el-Kikli'nin öldürülmesinin ardından"],
          ta="Abdulgani el-Kikli"),
        E("COERCE", "LBY", "LBY", True, "occurred", "2025-05-13",
          ["Dibeybe, salı günü aparatın lağvedilmesini emretmişti"],
          sa="Abdulhamid Dibeybe"),
        # mutual fighting: two records
        E("ASSAULT", "LBY", "LBY", True, "occurred", "2025-05",
          ["Salı gecesi Dibeybe'ye bağlı 444'üncü Tugay ile Rada Özel Caydırma Gücü arasında başlayan çatışmalarda ağır silahlar kullanıldı ve çok sayıda sivil hayatını kaybetti."],
          loc="Trablus", sa="444'üncü Tugay", ta="Rada Özel Caydırma Gücü"),
        E("ASSAULT", "LBY", "LBY", True, "occurred", "2025-05",
          ["Salı gecesi Dibeybe'ye bağlı 444'üncü Tugay ile Rada Özel Caydırma Gücü arasında başlayan çatışmalarda ağır silahlar kullanıldı ve çok sayıda sivil hayatını kaybetti."],
          loc="Trablus", sa="Rada Özel Caydırma Gücü", ta="444'üncü Tugay"),
        E("CONCEDE", "LBY", "LBY", True, "occurred", "2025-05-14",
          ["Libya Savunma Bakanlığı, çarşamba günü başkentte ateşkes ilan edildiğini"]),
        E("MOBILIZE", "LBY", "LBY", False, "planned", None,
          ["tarafsız birliklerin çatışma hatlarına konuşlandırılacağını duyurdu"]),
        E("REQUEST", "UN", "LBY", True, "occurred", "2025-05-14",
          ["BM Genel Sekreterinin Libya Özel Temsilcisi Hanna Tetteh de çarşamba günü yaptığı açıklamada taraflara ateşkese uymaları ve sivilleri korumaları çağrısında bulundu."],
          sa="Hanna Tetteh"),
        E("REQUEST", "UN", "LBY", False, "occurred", "2025-05-14",
          ["taraflara ateşkese uymaları ve sivilleri korumaları çağrısında bulundu"],
          sa="Hanna Tetteh"),
        E("THREATEN", "UN", "LBY", False, "occurred", "2025-05-14",
          ["Tetteh, \"Sivilleri hedef alan saldırılar uluslararası hukuk kapsamında savaş suçu teşkil edebilir\" dedi."],
          sa="Hanna Tetteh"),
        E("REQUEST", "TUR", "LBY", True, "occurred", "2025-05-14",
          ["Türkiye Dışişleri Bakanlığı da çarşamba günkü yazılı açıklamasında Trablus'taki gelişmeleri endişeyle takip ettiklerini belirterek tüm tarafları itidalli davranmaya ve diyaloğa çağırdı."]),
        E("REQUEST", "TUR", "LBY", False, "occurred", "2025-05-14",
          ["tüm tarafları itidalli davranmaya ve diyaloğa çağırdı"]),
        E("RETREAT", "LBY", "LBY", True, "occurred", "2025-05-17",
          ["Öte yandan Ulusal Birlik Hükümetinde görevli iki bakanın protestolara destek vererek istifa ettiği bildirildi."]),
        # two ministers: a second record accepted
        E("RETREAT", "LBY", "LBY", False, "occurred", "2025-05-17",
          ["iki bakanın protestolara destek vererek istifa ettiği bildirildi"]),
        E("SUPPORT", "LBY", "LBY", False, "occurred", "2025-05-17",
          ["protestolara destek vererek"]),
        E("REJECT", "LBY", "LBY", True, "occurred", "2025-05-16",
          ["Dibeybe ise dün gece yaptığı televizyon konuşmasında istifa çağrılarını reddetti"],
          sa="Abdulhamid Dibeybe"),
    ],
    quotes=[("göstericiler", "LBY",
             "Silahlı gruplara ve onları kollayan hükümete hayır"),
            ("Hanna Tetteh", "UN",
             "Sivilleri hedef alan saldırılar uluslararası hukuk kapsamında savaş suçu teşkil edebilir")],
    amounts=[],
))

# ---------------------------------------------------------------- htr_010
DOCS.append(dict(id="htr_010", date="2023-04-13", text="""\
Bahreyn ile Katar diplomatik ilişkilerini yeniden başlatma kararı aldı

Bahreyn ve Katar, dün Suudi Arabistan'ın başkenti Riyad'da bir araya gelen heyetleri aracılığıyla Haziran 2017'den bu yana kopuk olan diplomatik ilişkilerini yeniden başlatma kararı aldı.

Körfez İşbirliği Konseyi (KİK) Genel Sekreterliğinden yapılan açıklamaya göre görüşme, KİK'in Riyad'daki merkezinde Bahreyn-Katar ortak takip komitesinin ikinci toplantısı kapsamında gerçekleştirildi. Bahreyn heyetine Dışişleri Bakanlığı Siyasi İşler Müsteşarı Şeyh Abdullah bin Ahmed Al Halife, Katar heyetine ise Dışişleri Bakanlığı Genel Sekreteri Ahmed bin Hasan el-Hammadi başkanlık etti.

Açıklamada, iki tarafın ilişkilerini Birleşmiş Milletler Şartı ve 1961 tarihli Viyana Diplomatik İlişkiler Sözleşmesi çerçevesinde yeniden başlatmaya karar verdiği belirtildi.

KİK Genel Sekreteri Casim Muhammed el-Budeyvi, kararı memnuniyetle karşıladığını belirterek iki ülkeyi bu adım için tebrik etti. Budeyvi, "Bu adım, Körfez ülkeleri arasındaki dayanışmayı ve ortak eylemi güçlendirecektir" dedi.

Suudi Arabistan Dışişleri Bakanlığı ve Türkiye Dışişleri Bakanlığı da bugün yaptıkları yazılı açıklamalarda kararı memnuniyetle karşıladı. Türkiye'nin açıklamasında, iki kardeş ülke arasındaki ilişkilerin normalleşmesinin bölgesel istikrara katkı sağlayacağına inanıldığı ifade edildi.

İki ülke arasında doğrudan uçuşların önümüzdeki haftalarda yeniden başlaması bekleniyor.

Bahreyn Veliaht Prensi Selman bin Hamad Al Halife ile Katar Emiri Şeyh Temim bin Hamad Al Sani, ocak ayında telefonda görüşerek sorunların çözülmesi gerektiği konusunda uzlaşmıştı.

Bahreyn, Suudi Arabistan, Birleşik Arap Emirlikleri ve Mısır, Haziran 2017'de Katar ile diplomatik ilişkilerini keserek ülkeye abluka uygulamıştı. Abluka, Ocak 2021'de imzalanan el-Ula Bildirisi ile sona ermiş, ancak Bahreyn ile Katar arasındaki sorunlar çözümsüz kalmıştı.
""",
    events=[
        E("SUPPORT", "BHR", "QAT", True, "occurred", "2023-04-12",
          ["Bahreyn ile Katar diplomatik ilişkilerini yeniden başlatma kararı aldı",
           "Bahreyn ve Katar, dün Suudi Arabistan'ın başkenti Riyad'da bir araya gelen heyetleri aracılığıyla Haziran 2017'den bu yana kopuk olan diplomatik ilişkilerini yeniden başlatma kararı aldı.",
           "Açıklamada, iki tarafın ilişkilerini Birleşmiş Milletler Şartı ve 1961 tarihli Viyana Diplomatik İlişkiler Sözleşmesi çerçevesinde yeniden başlatmaya karar verdiği belirtildi."],
          loc="Riyad"),
        E("SUPPORT", "QAT", "BHR", True, "occurred", "2023-04-12",
          ["Bahreyn ile Katar diplomatik ilişkilerini yeniden başlatma kararı aldı",
           "Bahreyn ve Katar, dün Suudi Arabistan'ın başkenti Riyad'da bir araya gelen heyetleri aracılığıyla Haziran 2017'den bu yana kopuk olan diplomatik ilişkilerini yeniden başlatma kararı aldı.",
           "Açıklamada, iki tarafın ilişkilerini Birleşmiş Milletler Şartı ve 1961 tarihli Viyana Diplomatik İlişkiler Sözleşmesi çerçevesinde yeniden başlatmaya karar verdiği belirtildi."],
          loc="Riyad"),
        E("AGREE", "BHR", "QAT", False, "occurred", "2023-04-12",
          [("diplomatik ilişkilerini yeniden başlatma kararı aldı", 1)]),
        E("CONSULT", "BHR", "QAT", True, "occurred", "2023-04-12",
          ["dün Suudi Arabistan'ın başkenti Riyad'da bir araya gelen heyetleri aracılığıyla",
           "Körfez İşbirliği Konseyi (KİK) Genel Sekreterliğinden yapılan açıklamaya göre görüşme, KİK'in Riyad'daki merkezinde Bahreyn-Katar ortak takip komitesinin ikinci toplantısı kapsamında gerçekleştirildi."],
          mode="third-party", loc="Riyad", sa="Abdullah bin Ahmed Al Halife",
          ta="Ahmed bin Hasan el-Hammadi"),
        # hosted by the GCC secretariat
        E("CONSULT", "BHR", "GCC", False, "occurred", "2023-04-12",
          ["KİK'in Riyad'daki merkezinde Bahreyn-Katar ortak takip komitesinin ikinci toplantısı kapsamında gerçekleştirildi"],
          mode="visit", loc="Riyad"),
        E("CONSULT", "QAT", "GCC", False, "occurred", "2023-04-12",
          ["KİK'in Riyad'daki merkezinde Bahreyn-Katar ortak takip komitesinin ikinci toplantısı kapsamında gerçekleştirildi"],
          mode="visit", loc="Riyad"),
        E("SUPPORT", "GCC", "BHR", True, "occurred", "2023-04-13",
          ["KİK Genel Sekreteri Casim Muhammed el-Budeyvi, kararı memnuniyetle karşıladığını belirterek iki ülkeyi bu adım için tebrik etti."],
          sa="Casim Muhammed el-Budeyvi"),
        E("SUPPORT", "GCC", "QAT", True, "occurred", "2023-04-13",
          ["KİK Genel Sekreteri Casim Muhammed el-Budeyvi, kararı memnuniyetle karşıladığını belirterek iki ülkeyi bu adım için tebrik etti."],
          sa="Casim Muhammed el-Budeyvi"),
        E("SUPPORT", "SAU", "BHR", True, "occurred", "2023-04-13",
          ["Suudi Arabistan Dışişleri Bakanlığı ve Türkiye Dışişleri Bakanlığı da bugün yaptıkları yazılı açıklamalarda kararı memnuniyetle karşıladı."]),
        E("SUPPORT", "SAU", "QAT", True, "occurred", "2023-04-13",
          ["Suudi Arabistan Dışişleri Bakanlığı ve Türkiye Dışişleri Bakanlığı da bugün yaptıkları yazılı açıklamalarda kararı memnuniyetle karşıladı."]),
        E("SUPPORT", "TUR", "BHR", True, "occurred", "2023-04-13",
          ["Suudi Arabistan Dışişleri Bakanlığı ve Türkiye Dışişleri Bakanlığı da bugün yaptıkları yazılı açıklamalarda kararı memnuniyetle karşıladı.",
           "Türkiye'nin açıklamasında, iki kardeş ülke arasındaki ilişkilerin normalleşmesinin bölgesel istikrara katkı sağlayacağına inanıldığı ifade edildi."]),
        E("SUPPORT", "TUR", "QAT", True, "occurred", "2023-04-13",
          ["Suudi Arabistan Dışişleri Bakanlığı ve Türkiye Dışişleri Bakanlığı da bugün yaptıkları yazılı açıklamalarda kararı memnuniyetle karşıladı.",
           "Türkiye'nin açıklamasında, iki kardeş ülke arasındaki ilişkilerin normalleşmesinin bölgesel istikrara katkı sağlayacağına inanıldığı ifade edildi."]),
        E("COOPERATE", "BHR", "QAT", False, "planned", None,
          ["İki ülke arasında doğrudan uçuşların önümüzdeki haftalarda yeniden başlaması bekleniyor."]),
        # background from January
        E("CONSULT", "BHR", "QAT", False, "occurred", "2023-01",
          ["Bahreyn Veliaht Prensi Selman bin Hamad Al Halife ile Katar Emiri Şeyh Temim bin Hamad Al Sani, ocak ayında telefonda görüşerek"],
          mode="phone", sa="Selman bin Hamad Al Halife", ta="Temim bin Hamad Al Sani"),
        E("AGREE", "BHR", "QAT", False, "occurred", "2023-01",
          ["sorunların çözülmesi gerektiği konusunda uzlaşmıştı"]),
        # background: the 2017 rupture and blockade
        E("SANCTION", "BHR", "QAT", False, "occurred", "2017-06",
          ["Haziran 2017'den bu yana kopuk olan diplomatik ilişkilerini",
           "Bahreyn, Suudi Arabistan, Birleşik Arap Emirlikleri ve Mısır, Haziran 2017'de Katar ile diplomatik ilişkilerini keserek ülkeye abluka uygulamıştı."]),
        E("SANCTION", "SAU", "QAT", False, "occurred", "2017-06",
          ["Bahreyn, Suudi Arabistan, Birleşik Arap Emirlikleri ve Mısır, Haziran 2017'de Katar ile diplomatik ilişkilerini keserek ülkeye abluka uygulamıştı."]),
        E("SANCTION", "ARE", "QAT", False, "occurred", "2017-06",
          ["Bahreyn, Suudi Arabistan, Birleşik Arap Emirlikleri ve Mısır, Haziran 2017'de Katar ile diplomatik ilişkilerini keserek ülkeye abluka uygulamıştı."]),
        E("SANCTION", "EGY", "QAT", False, "occurred", "2017-06",
          ["Bahreyn, Suudi Arabistan, Birleşik Arap Emirlikleri ve Mısır, Haziran 2017'de Katar ile diplomatik ilişkilerini keserek ülkeye abluka uygulamıştı."]),
        E("COERCE", "BHR", "QAT", False, "occurred", "2017-06",
          ["ülkeye abluka uygulamıştı"]),
        E("COERCE", "SAU", "QAT", False, "occurred", "2017-06",
          ["ülkeye abluka uygulamıştı"]),
        E("COERCE", "ARE", "QAT", False, "occurred", "2017-06",
          ["ülkeye abluka uygulamıştı"]),
        E("COERCE", "EGY", "QAT", False, "occurred", "2017-06",
          ["ülkeye abluka uygulamıştı"]),
    ],
    quotes=[("Casim Muhammed el-Budeyvi", "GCC",
             "Bu adım, Körfez ülkeleri arasındaki dayanışmayı ve ortak eylemi güçlendirecektir")],
    amounts=[],
))


# --------------------------------------------------------------------------
# Sentence splitter: paragraphs (blank lines), then [.!?] (+ closing quotes)
# followed by whitespace or end of paragraph.
# --------------------------------------------------------------------------
END = re.compile(r'[.!?]+["\u201d\u2019\u00bb]*(?=\s|$)')


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
ISO = {"FRA", "PER", "MEX", "KWT", "IRQ", "TUR", "TKM", "IRN", "MKD", "BGR", "UZB", "RUS", "MNG",
       "UKR", "LTU", "BLR", "GNB", "SEN", "PRT", "LBY", "BHR", "QAT", "SAU", "ARE", "EGY"}


def org_codes():
    path = os.path.join(ROOT, "..", "..", "chancery", "kb", "data", "organizations.tsv")
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            codes.add(line.split("\t")[0])
    return codes


def main():
    orgs = org_codes()
    os.makedirs(ART, exist_ok=True)
    lines = []
    problems = []
    for d in DOCS:
        text = d["text"].rstrip("\n") + "\n"
        prefix = f" date {d['date']} "
        with open(os.path.join(ART, d["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(prefix + text)
        sents = sentences(text)

        def sent_of(s, e):
            for i, (a, b) in enumerate(sents):
                if a <= s < b:
                    if e > b:
                        problems.append(f"{d['id']}: span crosses sentence {i}: {text[s:e]!r}")
                    return i
            problems.append(f"{d['id']}: span outside sentences: {text[s:e]!r}")
            return -1

        events = []
        for ev in d["events"]:
            if ev["type"] not in TYPES:
                problems.append(f"{d['id']}: bad type {ev['type']}")
            if ev["status"] not in STATUS:
                problems.append(f"{d['id']}: bad status {ev['status']}")
            if ev["mode"] not in MODES or (ev["mode"] and ev["type"] != "CONSULT"):
                problems.append(f"{d['id']}: bad mode {ev['mode']}")
            for c in (ev["source"], ev["target"]):
                if c not in ISO and c not in orgs:
                    problems.append(f"{d['id']}: unknown code {c}")
            if ev["required"] and ev["status"] == "occurred" and not ev["date"]:
                problems.append(f"{d['id']}: required occurred event without date")
            if ev["date"]:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev["date"]):
                    problems.append(f"{d['id']}: bad date {ev['date']}")
                n = len(ev["date"])
                if ev["status"] == "occurred" and ev["date"] > d["date"][:n]:
                    problems.append(f"{d['id']}: occurred event after publication")
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
            if code not in ISO and code not in orgs:
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
        if not 150 <= words <= 450:
            problems.append(f"{d['id']}: {words} words")
        if re.search(r"\b[A-Za-zÇĞİÖŞÜçğıöşü]\.[A-Za-z]", text) or re.search(r"\d\. ", text):
            problems.append(f"{d['id']}: abbreviation or ordinal dot")
        lines.append(json.dumps({"doc_id": d["id"], "lang": "tr", "published": d["date"],
                                 "events": events, "quotes": quotes, "amounts": amounts},
                                ensure_ascii=False))
        print(f"{d['id']}: {words} words, {len(sents)} sentences, {len(events)} events "
              f"({sum(e['required'] for e in events)} req), {len(quotes)} quotes, {len(amounts)} amounts")
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" ", p)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
