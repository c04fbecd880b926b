"""Every rule with its examples. Add the failing sentence here before fixing a rule."""
from __future__ import annotations

from tracker.rules import E, Rule

RULES: list[Rule] = [
    # ------------------------------------------------------------------ figures
    Rule("money.scaled", "a number, a scale word and a currency (symbol, code or name), either side",
         "figure", [
             E("fr", "200 milliards de dollars", value=2e11, unit="USD"),
             # a plus or minus right before the currency, in a bracket or glued to it, is the amount's sign
             E("en", "imports rose by 37% (+EUR 384 million) in five months", surface="+EUR 384 million", value=3.84e8, unit="EUR",
               explicit_sign=True),
             E("fr", "un montant légèrement inférieur (- USD 160 millions) à celui d'avril 2014", surface="- USD 160 millions",
               value=1.6e8, unit="USD", explicit_sign=True),
             # a colon after a word may touch the number (not after a digit: "10:30", "3:1")
             E("fr", "Principaux clients : Suisse :154,93 milliards de FCFA.", surface="154,93 milliards de FCFA",
               value=1.5493e11, unit="XOF"),
             E("fr", "240,1 milliards de dollars", value=2.401e11, unit="USD"),
             # Russian scale words in every case: «к 2 миллиардам долларов»
             E("ru", "объем вырос к 2 миллиардам долларов", surface="2 миллиардам долларов", value=2e9, unit="USD"),
             # a decimal comma typed with a space after it, before one digit and a scale word
             E("ru", "Евросоюз экспортировал в Китай товаров на 202, 5 млрд евро.", surface="202, 5 млрд евро", value=2.025e11, unit="EUR"),
             E("fr", "Les exportations ont atteint 12, 5 milliards d'euros.", surface="12, 5 milliards d'euros", value=1.25e10, unit="EUR"),
             E("fr", "L'Italie a importé pour 292, 025 milliards de francs CFA.", surface="292, 025 milliards de francs CFA", value=2.92025e11, unit="XOF"),
             E("fr", "Le déficit atteint 2, 4Mds de TND.", surface="2, 4Mds de TND", value=2.4e9, unit="TND"),
             # noughts after the space: the scale read off the surface, no division by nought
             E("fr", "Les ventes ont atteint 12, 00 millions de dollars en mars.", surface="12, 00 millions de dollars",
               value=1.2e7, unit="USD"),
             # a code in lower case after a scale word (codes that are no word of any language)
             E("fr", "La facture d'importation du blé a reculé à 660,57 millions usd.", surface="660,57 millions usd",
               value=6.6057e8, unit="USD"),
             # the scale's short form in brackets between it and the currency
             E("fr", "La Chine reste en tête avec 5,974 milliards (mds) de dollars.", surface="5,974 milliards (mds) de dollars",
               value=5.974e9, unit="USD"),
             # a billion's scale after one dot group: a decimal typed with a dot (read as grouped thousands
             # it would be a trillion or more); a million's or a tonnage keeps its thousands
             E("fr", "La France a vendu à l'Algérie pour 2.788 mds $ en huit mois.", surface="2.788 mds $",
               value=2.788e9, unit="USD"),
             E("fr", "Les exportations vers la Turquie ont été de 1.145 milliards de dollars.",
               surface="1.145 milliards de dollars", value=1.145e9, unit="USD"),
             E("fr", "Le pays a vendu 1.500 millions d'euros de vin.", surface="1.500 millions d'euros", value=1.5e9, unit="EUR"),
             # (yens: 8,425 billion of them are $57 billion, no trillion)
             E("fr", "Les exportations du Japon en août s'élevaient à 8.425 milliards de yens.",
               surface="8.425 milliards de yens", value=8.425e12, unit="JPY"),
             # a scale word after two spaces
             E("en", "Imports from the US went up by $309  million in April.", surface="$309  million", value=3.09e8, unit="USD"),
             # a scale word joined by a hyphen, the house style of some papers
             E("en", "Debswana shipped rough diamonds worth $287-million in the quarter.", surface="$287-million",
               value=2.87e8, unit="USD"),
        # ... and its dollar sign lost in a copied page
        E("en", "Exports to the United States grew from US322-million in 2002.", surface="US322-million",
          value=3.22e8, unit="USD"),
        # the Pacific franc of French Polynesia and New Caledonia
        E("fr", "Les exportations de perles brutes ont atteint 8,6 milliards de F.CFP en 2014.", surface="8,6 milliards de F.CFP",
          value=8.6e9, unit="XPF"),
        E("fr", "La nacre a rapporté 200 millions de francs CFP.", surface="200 millions de francs CFP", value=2e8, unit="XPF"),
        E("fr", "Les perles ont rapporté 7,6 Milliards de FCP à l'exportation.", surface="7,6 Milliards de FCP", value=7.6e9, unit="XPF"),
             # an editor's currency word in square brackets, in a quote
             E("en", "\"Trade with Venezuela closed at 388 million [dollars] in the first half,\" he said.",
               surface="388 million [dollars]", value=3.88e8, unit="USD"),
             E("fr", "1,74 billion de yuans", value=1.74e12, unit="CNY"),
             E("fr", "200 Mds$", value=2e11, unit="USD"),
             E("fr", "12 M€", value=1.2e7, unit="EUR"),
             E("fr", "7,3 milliards USD", value=7.3e9, unit="USD"),
             E("fr", "19,2 milliards d\u2019euros", value=1.92e10, unit="EUR"),
             E("en", "$240.1 billion", value=2.401e11, unit="USD"),
             E("en", "$244.81bn", value=2.4481e11, unit="USD"),
             E("en", "$200Bln", value=2e11, unit="USD"),
             E("en", "US$62 bln", value=6.2e10, unit="USD"),
             # «долл. США»: the dollar's country, not a sentence end
             E("ru", "Товарооборот с Китаем превысил 240 млрд долл. США.", surface="240 млрд долл. США", value=2.4e11, unit="USD"),
             E("en", "93.8 billion dollars", value=9.38e10, unit="USD"),
             E("en", "EUR 291 billion", value=2.91e11, unit="EUR"),
             E("en", "\u20ac117 billion", value=1.17e11, unit="EUR"),
             E("en", "1.74 trillion yuan", value=1.74e12, unit="CNY"),
             E("en", "Rs 3.2 trillion", value=3.2e12, unit="INR"),
             # Indian English scales: a crore is ten million, a lakh a hundred thousand
             E("en", "exports to the UAE rose to Rs 1,200 crore in May", surface="Rs 1,200 crore", value=1.2e10, unit="INR"),
             E("en", "trade reached Rs 2.5 lakh crore last year", surface="Rs 2.5 lakh crore", value=2.5e12, unit="INR"),
             E("en", "800 mln roubles", value=8e8, unit="RUB"),
             # any ISO 4217 code (pycountry), not only the common ones: the Maldivian rufiyaa
             E("en", "Exports stood at MVR 250 million in December.", surface="MVR 250 million", value=2.5e8, unit="MVR"),
             # a code that is a word too is money only right after a number and its scale word
             E("en", "Albania's exports to Serbia fell to 6.2 billion ALL last year.", surface="6.2 billion ALL", value=6.2e9, unit="ALL"),
             # a currency sign makes an amount even when a noun follows the scale
             E("en", "against $18.65 billion of Russian goods", surface="$18.65 billion", value=1.865e10, unit="USD"),
             # other dollars' marks, and codes or marks glued to a scaled number
             E("en", "The surplus widened to C$11.3 billion in December.", surface="C$11.3 billion", value=1.13e10, unit="CAD"),
             E("en", "LNG earnings reached AUS$92 billion", surface="AUS$92 billion", value=9.2e10, unit="AUD"),
             E("en", "shipments to China hit A$19 billion ($12.8 billion)", surface="A$19 billion", unit="AUD", alt="$12.8 billion"),
             E("en", "exports to China totalled R188.4 billion", surface="R188.4 billion", value=1.884e11, unit="ZAR"),
             E("en", "imports came to R367.4bn", surface="R367.4bn", value=3.674e11, unit="ZAR"),
             E("en", "non-oil exports rose to N3.02trn in 2023", surface="N3.02trn", value=3.02e12, unit="NGN"),
             E("en", "imports hit ₦2.5 trillion", surface="₦2.5 trillion", value=2.5e12, unit="NGN"),
             E("en", "trade reached EUR255 billion in 2024", surface="EUR255 billion", value=2.55e11, unit="EUR"),
             E("en", "trade topped SAR91 billion", surface="SAR91 billion", value=9.1e10, unit="SAR"),
             E("en", "Trade with China reached P39.17 billion in 2022.", surface="P39.17 billion", value=3.917e10, unit="PHP"),
             E("en", "Zambia's exports rose to K12.7 billion in September.", surface="K12.7 billion", value=1.27e10, unit="ZMW"),
             E("en", "Oman's non-oil exports fell 24.9 per cent to RO985.3mn.", surface="RO985.3mn", value=9.853e8, unit="OMR"),
             E("en", "Kuwait's imports from China reached KD1.2bn last year.", surface="KD1.2bn", value=1.2e9, unit="KWD"),
             # a glued scale letter makes the number scaled for such a mark too; "Shs" is Uganda's shilling
             E("en", "Kenya's imports from Uganda came to Shs912b (Ksh24.7b) by May.", surface="Shs912b", value=9.12e11,
               unit="UGX", alt="Ksh24.7b"),
             E("fr", "Les importations ont atteint 418,6 milliards F.Cfa en 2014.", surface="418,6 milliards F.Cfa",
               value=4.186e11, unit="XOF"),
             E("en", "about 1.2 trillion won", surface="1.2 trillion won", value=1.2e12, unit="KRW"),
             E("fr", "ont atteint 6,9 milliards d'USD en février", surface="6,9 milliards d'USD", value=6.9e9, unit="USD"),
             E("fr", "de 949 millions de dollars canadiens en août", surface="949 millions de dollars canadiens", unit="CAD"),
             # a name several countries use, with its country's adjective
             E("en", "Jordan's exports reached 1.776 billion Jordanian dinars in the first quarter.",
               surface="1.776 billion Jordanian dinars", value=1.776e9, unit="JOD"),
             # a currency mark before a scaled number makes money even when goods are named after it
             E("en", "including £8bn cars and £5bn engines", surface="£8bn", value=8e9, unit="GBP"),
             # scale letters read only glued after a currency sign
             E("en", "mostly organic chemicals ($5.15b) and plastics ($3.1b)", surface="$5.15b", value=5.15e9, unit="USD"),
             E("en", "a £5m order", surface="£5m", value=5e6, unit="GBP"),
             # after a currency sign a glued T is trillions, not tonnes
             E("en", "Overall exports increased to $3.05T, up $35B from 2022.", surface="$3.05T", value=3.05e12, unit="USD"),
             # a text that names one national dollar in words means it by the plain word afterwards
             E("fr", "passant de 949 millions de dollars canadiens en août à 2 milliards de dollars en septembre",
               surface="2 milliards de dollars", unit="CAD"),
             E("fr", "949 millions de dollars canadiens en août. Le surplus est passé de 11 à 11,7 milliards de dollars.",
               surface="11", value=1.1e10, unit="CAD"),
             E("en", "Exports were 3 billion Canadian dollars, imports 2 billion US dollars and the deficit 5 billion dollars.",
               surface="5 billion dollars", unit="USD"),
             E("ru", "240,1 млрд долларов", value=2.401e11, unit="USD"),
             E("ru", "$97,7 млрд", value=9.77e10, unit="USD"),
             E("ru", "$ 3,3 млрд", value=3.3e9, unit="USD"),
             E("ru", "1,74 трлн юаней", value=1.74e12, unit="CNY"),
             E("ru", "55,2 миллиарда евро", value=5.52e10, unit="EUR"),
             E("ru", "800 млн руб.", value=8e8, unit="RUB"),
             E("ru", "12 млрд. долл.", value=1.2e10, unit="USD"),
             E("ru", "5 тыс. долларов США", value=5e3, unit="USD"),
         ], [E("ru", "миллиарды людей"), E("ru", "Население Китая превышает 1,4 млрд человек."), E("fr", "des milliards de questions"), E("en", "billions of people"),
        E("en", "the R2 rocket"),
        E("en", "under the EUR5 rules"),
        # a mark of letters glued to a bare number is a name too
        E("en", "the new RM2 model"), E("en", "a Dh5 fee"),
        E("en", "a 10m tall mast")]),
    Rule("money.world_currencies", "the money of the many other pairs in the news, by name or sign, in each language", "figure", [
        E("en", "Thai fruit shipments to China brought in 168 billion baht.", surface="168 billion baht", value=1.68e11, unit="THB"),
        # a shared name with its country's adjective is that country's money ("francs" alone are Swiss)
        E("fr", "Le Rwanda a exporté vers la RDC pour 5 milliards de francs rwandais.", surface="5 milliards de francs rwandais", unit="RWF"),
        E("fr", "Les importations du Liban ont atteint 3 milliards de livres libanaises.", surface="3 milliards de livres libanaises", unit="LBP"),
        E("en", "Ethiopia's coffee exports earned 12 billion birr.", surface="12 billion birr", unit="ETB"),
        E("ru", "Экспорт Чехии в Россию составил 3 млрд чешских крон.", surface="3 млрд чешских крон", unit="CZK"),
        E("en", "The Czech trade deficit with China reached Kc419bn last year.", surface="Kc419bn", value=4.19e11, unit="CZK"),
        E("en", "Tanzania's exports to Kenya reached TSh 2.1 trillion.", surface="TSh 2.1 trillion", unit="TZS"),
        E("en", "Rwanda's exports to the DR Congo rose to Rwf53.3b.", surface="Rwf53.3b", unit="RWF"),
        E("en", "Mozambique's exports to China rose to 48.8 billion meticals.", surface="48.8 billion meticals", unit="MZN"),
        E("fr", "Les exportations vers la Tunisie ont atteint 270,66 milliards DA.", surface="270,66 milliards DA", value=2.7066e11, unit="DZD"),
        E("fr", "Les exportations du Qatar vers la France ont atteint 646 millions de QR.", surface="646 millions de QR", unit="QAR"),
        E("en", "Bangladesh bought goods worth 90 billion taka from India.", surface="90 billion taka", unit="BDT"),
        E("en", "Exports to Turkey reached 3.1 billion shekels.", surface="3.1 billion shekels", unit="ILS"),
        E("en", "Ukraine sold grain worth 40 billion hryvnias to Poland.", surface="40 billion hryvnias", unit="UAH"),
        E("en", "Ghana's cocoa exports earned GH₵12 billion.", surface="GH₵12 billion", unit="GHS"),
        E("en", "Dairy sales to China came to 9.7 billion NZ dollars.", surface="9.7 billion NZ dollars", value=9.7e9, unit="NZD"),
        # a Latin "ë" typed inside a Russian word is the Cyrillic "ё"
        E("ru", "Товарооборот достиг трëх миллиардов долларов.", surface="трëх миллиардов долларов", value=3e9, unit="USD"),
        E("en", "Malaysia's exports to China rose to RM120.5 billion.", surface="RM120.5 billion", value=1.205e11, unit="MYR"),
        E("en", "Indonesia's coal sales reached Rp 120 trillion.", surface="Rp 120 trillion", value=1.2e14, unit="IDR"),
        E("en", "Thai exports hit Bt120 billion.", surface="Bt120 billion", unit="THB"),
        E("en", "Egypt's imports reached E£12 billion.", surface="E£12 billion", unit="EGP"),
        E("en", "Qatar's exports to India rose to QR 12 billion.", surface="QR 12 billion", unit="QAR"),
        E("en", "Saudi exports reached SR 5 billion.", surface="SR 5 billion", unit="SAR"),
        E("en", "Exports were worth US$1.2bil.", surface="US$1.2bil", value=1.2e9, unit="USD"),
        # a Moroccan mark that carries its scale (lexicon scaled_currencies), and Swiss thousands
        E("fr", "Les échanges avec l'Espagne ont atteint 132,7 MMDH en 2023.", surface="132,7 MMDH", value=1.327e11, unit="MAD"),
        E("fr", "Les importations se sont élevées à 120 MDH.", surface="120 MDH", value=1.2e8, unit="MAD"),
        # the notes of France's economic services write millions of euros or dollars as one code
        E("fr", "L'excédent avec Hong Kong atteint 838 MEUR.", surface="838 MEUR", value=8.38e8, unit="EUR"),
        E("en", "Serbia's exports to Bosnia amounted to 235MEUR last year.", surface="235MEUR", value=2.35e8, unit="EUR"),
        # the Comorian franc as the islands' press writes it, and the Namibian dollar's sign
        E("fr", "Les exportations ont atteint 12,5 milliards kmf au dernier trimestre.", surface="12,5 milliards kmf",
          value=1.25e10, unit="KMF"),
        E("en", "Namibia's exports to South Africa reached N$3.2 billion.", surface="N$3.2 billion", value=3.2e9, unit="NAD"),
        E("en", "Cocoa earned GH¢ 64.2 billion last year.", surface="GH¢ 64.2 billion", value=6.42e10, unit="GHS"),
        E("en", "Norway's gas exports were worth 48.7\nbillion crowns in September.", surface="48.7\nbillion crowns",
          value=4.87e10, unit="NOK"),
        E("fr", "Le solde avec la France est excédentaire de 5854 MD en 2023.", surface="5854 MD", value=5.854e9, unit="TND"),
        E("fr", "Les importations d'Italie ont atteint 1384,8 MDT.", surface="1384,8 MDT", value=1.3848e9, unit="TND"),
        E("fr", "La Suisse a exporté 9’013 tonnes d'or.", surface="9’013 tonnes", value=9013, unit="t"),
        E("fr", "Les échanges ont atteint 802,8 milliards FCFA en 2023.", surface="802,8 milliards FCFA", value=8.028e11, unit="XOF"),
        E("fr", "Les exportations vers le Mali ont atteint 662 milliards de francs CFA.", surface="662 milliards de francs CFA", unit="XOF"),
        E("fr", "Les ventes de la Suède ont atteint 30 milliards de couronnes suédoises.", surface="30 milliards de couronnes suédoises", unit="SEK"),
        E("ru", "Товарооборот составил 5 трлн сумов.", surface="5 трлн сумов", value=5e12, unit="UZS"),
        E("ru", "Экспорт достиг 12 млрд гривен.", surface="12 млрд гривен", unit="UAH"),
        E("ru", "Импорт составил 3 млрд белорусских рублей.", surface="3 млрд белорусских рублей", unit="BYN"),
        # the dirham spelt with an e as often as with an a
        E("ru", "Товарооборот ОАЭ с Израилем превысил 1 млрд дирхемов, из них 325 млн дирхемов - израильский экспорт.",
          surface="325 млн дирхемов", value=3.25e8, unit="AED"),
    ]),
    Rule("money.dollar_after", "a dollar sign written after its number (« 50,7 milliards $ », « 6,1 G$ ») is the Canadian "
         "dollar in an article about Canada (the Quebec press's way); before the number it stays the US dollar", "claim", [
        E("fr", "Les exportations québécoises vers l'Europe ont atteint 4,2 G$ en 2022.", surface="4,2 G$", value=4.2e9, unit="CAD",
          exporter="CAN", importer="EUU", published="2023-04-03"),
        E("fr", "OTTAWA | Les exportations canadiennes ont atteint 64,1 milliards $ en mars.", surface="64,1 milliards $", unit="CAD",
          published="2023-05-04"),
        E("fr", "La Chine a exporté pour 3,2 milliards $ de panneaux solaires vers l'Inde.", surface="3,2 milliards $", unit="USD",
          published="2023-05-04"),
        E("en", "Mexico's exports to the United States rose to $52.3 billion in March.", surface="$52.3 billion", unit="USD",
          published="2023-05-04"),
    ]),
    Rule("money.outlet_dollar", "the bare dollar sign in an article of an outlet of a dollar country (an address ending "
         "in .au, .ca, .nz) is that country's dollar, unless the text marks a dollar elsewhere (US$, A$, USD)", "claim", [
        E("en", "Australia's exports rose 8% to $41.3 billion in June, the statistics bureau said.", surface="$41.3 billion",
          unit="AUD", exporter="AUS", url="https://www.example.com.au/news/exports-june", published="2021-08-05"),
        E("en", "China's exports rose 8% to $41.3 billion in June, the statistics bureau said.", surface="$41.3 billion",
          unit="USD", url="https://www.example.com/news/exports-june", published="2021-08-05"),
        E("en", "Shipments to China hit A$19 billion ($12.8 billion) in March.", surface="A$19 billion", unit="AUD",
          url="https://www.example.com.au/news/china", published="2024-04-20"),
        # (an outlet's address inside a mirror's or an archive's)
        E("en", "Two-way trade with Japan rose 13 per cent in the last financial year, to $69 billion.", surface="$69 billion",
          unit="AUD", url="https://mirror.example.com/www.example.com.au/business/japan", published="2017-11-10"),
        E("fr", "Les exportations du Québec vers la France ont atteint 3,1 milliards $ en 2023.", surface="3,1 milliards $",
          unit="CAD", url="https://www.example.ca/economie/exportations", published="2024-03-02"),
    ], [
        E("en", "Australia's exports to the US rose to $5.1 billion, or US$3.4 billion, in June.", surface="$5.1 billion",
          unit="AUD", url="https://www.example.com.au/news/us", published="2021-08-05"),
    ]),
    Rule("money.story_dollar", "the bare dollar sign or plain dollar word in a story about the trade of Australia, Canada or New Zealand "
         "(the first country of the article's pair) is that country's dollar, unless the text marks a dollar elsewhere",
         "claim", [
        E("en", "Australia's exports to China rose 5% to $14.2 billion in May, the statistics bureau said.",
          surface="$14.2 billion", unit="AUD", url="https://www.example.com/news/china-may", published="2021-07-05"),
        E("en", "Canada's canola exports to China fell to $2.1 billion last year as the dispute dragged on.",
          surface="$2.1 billion", unit="CAD", url="https://www.example.com/p/canola", published="2020-03-25"),
        E("en", "China's imports from Australia rose 5% to $14.2 billion in May, customs data showed.",
          surface="$14.2 billion", unit="USD", url="https://www.example.com/news/china-may", published="2021-07-05"),

        # the plain dollar word is as open to the story's dollar as the bare sign; a named one is not
        E("fr", "Les exportations du Canada vers la Chine ont atteint 17,5 milliards de dollars en 2005.",
          surface="17,5 milliards de dollars", unit="CAD", url="https://www.example.com/p/chine", published="2006-04-01"),
        E("fr", "Les exportations du Canada vers la Chine ont atteint 17,5 milliards de dollars américains en 2005.",
          surface="17,5 milliards de dollars américains", unit="USD", url="https://www.example.com/p/chine", published="2006-04-01"),
        # a plain dollar amount restated in US dollars in the bracket after it is the other dollar
        # country's of the pair, whichever side it is on
        E("fr", "Les États-Unis ont importé du Canada de l'énergie pour 70,9 milliards de dollars (53 milliards $US) l'an dernier.",
          surface="70,9 milliards de dollars", unit="CAD", url="https://www.example.com/p/energie", published="2017-03-03"),
    ]),
    Rule("quantity.home_pounds", "a money word that is a weight too (« livres », \"pounds\") is the weight, in tonnes, in an "
         "article of a country that counts in pounds (lexicon weight_money_home: its outlet's, or its pair's without Britain), "
         "unless the figure marks the money", "claim", [
        E("fr", "En 2020, le Canada a exporté plus de 131 millions de livres de sirop d'érable sur les marchés étrangers.",
          surface="131 millions de livres", unit="t", value=59420.60047, exporter="CAN", importer="WLD", published="2021-10-29"),
        E("fr", "Ventes à l'exportation : 2019 107,02 millions de livres", surface="107,02 millions de livres", unit="t",
          value=48543.4554374, url="https://www.example.ca/sirop", published="2021-10-29"),
    ], [
        E("fr", "Le Royaume-Uni a exporté vers le Canada pour 5 milliards de livres en 2020.", surface="5 milliards de livres", unit="t"),
        E("fr", "Le Canada a importé du Royaume-Uni pour 5 milliards de livres sterling en 2020.", unit="t"),
    ]),
    Rule("money.price_floor", "an amount worth less than about $200 is a price, never a trade flow (pipeline.PRICE_USD)", "claim", [
        E("fr", "Les exportations de fèves vers l'Europe ont rapporté 210 millions FCFA en mai.", surface="210 millions FCFA", unit="XOF"),
    ], [
        E("fr", "Les producteurs ont perçu 1290 FCFA (1,96 dollar) par kilogramme de fèves cédé aux acheteurs.", surface="1290 FCFA"),
        E("en", "Exporters were paid $3.50 for every kilogram of beans sold to foreign buyers.", surface="$3.50"),
    ]),
    Rule("money.shared_name", "a currency name several countries use (dinar, CFA franc, peso, rupee, dirham, riyal, krone, "
         "shilling, pound, som, manat) is that of the article's country; a sign or an ISO code is left alone", "claim", [
        E("en", "Tunisia's exports to Libya reached 2.4 billion dinars in 2023.", surface="2.4 billion dinars", unit="TND"),
        # the name's country named only in a sentence with no figure, anywhere in the text
        E("fr", "Les exportations du textile ont atteint 5090,88 millions de dinars à fin juin.\n\n"
          "L'Italie demeure le premier fournisseur de la Tunisie.", surface="5090,88 millions de dinars", unit="TND"),
        # "Rs." abbreviates the name, like "Rs": the rupee of the story's country
        E("en", "Nepal's trade deficit with India widened to Rs. 900 billion in ten months.", surface="Rs. 900 billion", unit="NPR"),
        E("en", "India's exports to the UAE reached Rs. 2 lakh crore last year.", surface="Rs. 2 lakh crore", unit="INR"),
        # of the pair's two rupee countries, the one the article names first
        E("en", "Nepal's electricity exports to India rose to Rs. 17.46 billion last year, as India's demand grew.",
          surface="Rs. 17.46 billion", unit="NPR"),
        # ... unless a country of the name outside the pair is named before both: the title's owner
        E("en", "Nepal's Trade Deficit With India Three Times That With China\n\nThe trade deficit with India reached "
                "Rs. 865.2 billion in the fiscal year 2020/21, and the deficit with China Rs. 232.9 billion. Imports from "
                "India amounted to Rs. 971.6 billion, while imports from China stood at Rs. 233.9 billion.",
          surface="Rs. 971.6 billion", unit="NPR", exporter="IND", importer="NPL", published="2021-09-01"),
        # "Rs." before a number ends no sentence: the figure keeps its sentence's partners and period
        E("en", "In ten months Nepal ran a trade deficit of Rs. 7.29 trillion with India, having imported goods worth Rs. 8.15 trillion.",
          surface="Rs. 8.15 trillion", unit="NPR", exporter="IND", importer="NPL", published="2024-05-20"),
        # East African press glues "Sh" to the amount: the shilling of the story's country
        E("en", "Kenya's trade deficit with China widened to Sh425 billion in the year to March.",
          surface="Sh425 billion", value=4.25e11, unit="KES", exporter="CHN", importer="KEN", published="2022-07-05"),
        E("en", "Uganda's exports to Kenya rose to Sh2.1 trillion last year.", surface="Sh2.1 trillion", unit="UGX", published="2024-03-01"),
        # a currency's letter mark glued to the amount, dotted or not
        E("en", "Kenya's trade with the UK crossed Ksh.340 billion for the first time.", surface="Ksh.340 billion", value=3.4e11, unit="KES",
          published="2025-11-05"),
        E("fr", "Le commerce entre le Cameroun et le Tchad a atteint 80 milliards de francs CFA.",
          surface="80 milliards de francs CFA", unit="XAF"),
        # a West African country named first keeps the West African franc, even when a Central
        # African one is named later in the article
        E("fr", "Le Bénin a exporté du coton vers l'Égypte pour 24,9 milliards de FCFA en 2022. Le Tchad en achète peu.",
          surface="24,9 milliards de FCFA", unit="XOF"),
        # the figure's money is the story's country's before any partner is chosen: rupees of
        # Mauritius make no figure of India's
        E("fr", "Maurice et la SADC. Les importations ont atteint Rs 11,8 milliards et les exportations Rs 10,6 milliards sur neuf mois.",
          surface="Rs 10,6 milliards", unit="MUR", exporter="MUS", published="2015-11-01"),
        # ... also where the story names the island only in its statistics office's English name
        E("fr", "Selon Statistics Mauritius, nos exportations vers l'Inde ont rapporté Rs 1,4 milliard au premier trimestre.",
          surface="Rs 1,4 milliard", unit="MUR", exporter="MUS", importer="IND", published="2016-06-01"),
        # "K" glued to the amount: the kwacha of Zambia or Malawi, the kina of Papua New Guinea
        E("en", "Papua New Guinea exported more than K17 billion worth of LNG to Japan between 2014 and 2016.",
          surface="K17 billion", value=1.7e10, unit="PGK"),
        E("en", "Malawi's tobacco exports to Belgium fetched K95 billion last season.", surface="K95 billion", unit="MWK"),
        E("fr", "Les exportations du Maroc vers la France ont atteint 125 milliards de dirhams.",
          surface="125 milliards de dirhams", unit="MAD"),
        E("en", "Pakistan's exports to China rose to Rs 500 billion, or 3 billion rupees a day.",
          surface="3 billion rupees", unit="PKR"),
        E("en", "Egypt's imports from Russia reached 50 billion pounds, while its exports to Britain hit £5bn.",
          surface="50 billion pounds", unit="EGP"),
        E("en", "Egypt's imports from Russia reached 50 billion pounds, while its exports to Britain hit £5bn.",
          surface="£5bn", unit="GBP"),
        E("en", "Argentina's exports to Brazil reached 2 trillion pesos.", surface="2 trillion pesos", unit="ARS"),
        # the franc alone: Swiss, unless the story is on a country of a franc zone
        E("fr", "Les exportations de la Suisse vers l'UE ont atteint 102 milliards de francs en 2023.",
          surface="102 milliards de francs", unit="CHF"),
        E("fr", "Le Cameroun a exporté vers le Tchad pour 80 milliards de francs en 2023.",
          surface="80 milliards de francs", unit="XAF"),
        # the dirham written short: the UAE's in Gulf press, Morocco's in a story on Morocco
        E("en", "The UAE's exports to India hit Dh3.5 billion in May.", surface="Dh3.5 billion", unit="AED"),
        E("fr", "Les exportations du Maroc vers l'Espagne ont atteint 1,2 milliard de DH en mai.",
          surface="1,2 milliard de DH", value=1.2e9, unit="MAD"),
        E("en", "Mexico's imports from China hit 1.5 trillion pesos.", surface="1.5 trillion pesos", unit="MXN"),
    ]),
    Rule("money.plain", "a number with a currency and no scale", "figure", [
        E("en", "$13,253.13", value=13253.13, unit="USD"),
        E("fr", "1\u00a0500 euros", value=1500, unit="EUR"),
        # grouped by commas with a decimal point in a language of decimal commas: written the English way
        E("fr", "Les exportations du Mexique ont atteint 52,359.9 millions de dollars en août.",
          surface="52,359.9 millions de dollars", value=5.23599e10, unit="USD"),
        # a price after the amounts is no amount with its scale dropped (no decimals, no scale before)
        E("en", "Exports reached $3 billion; the stock closed at $80 a share.", surface="$80", value=80, unit="USD"),
    ], [  # an exchange rate states no figure
        E("en", "($1 = 7.3317 Chinese yuan renminbi)"), E("fr", "(1 euro = 1,08 dollar)"),
    ]),
    Rule("money.carried", "a scaled number in a list takes the currency of the figure before it; "
                          "an amount whose scale the source dropped takes the scale before it", "figure", [
             E("en", "Imports grew to $19.49 billion in July. Exports rose 52% to $10.28 after expanding 90.9% in June.",
               surface="$10.28", value=1.028e10, unit="USD"),
             E("en", "exports of \u20ac117 billion and imports of 95 billion", surface="95 billion", value=9.5e10, unit="EUR"),
             # further down a release whose amounts are all in one currency, a scaled number is money in it
             E("en", "Exports in December totaled $8.89 billion.\nTrade with partners follows.\nIt rose.\nThe ministry said so.\n"
                     "With Japan: exportation 700 million (13.8%), importation 240 million (3.8%)", surface="700 million",
               value=7e8, unit="USD"),
             E("fr", "117 milliards d'euros contre 95 milliards", surface="95 milliards", value=9.5e10, unit="EUR"),
             # two amounts set against each other, the unit written on the second (ranges.versus)
             E("fr", "Les importations se sont chiffrées à plus de 4 milliards au lieu de 3,5 milliards d'euros.",
               surface="4 milliards", value=4e9, unit="EUR"),
             E("en", "Imports reached 4 billion against 3.5 billion euros a year earlier.", surface="4 billion", value=4e9, unit="EUR"),
             # a flow word after the scale: an amount whose currency is elided
             E("fr", "Le commerce a atteint 200 milliards d'euros. Les États-Unis affichaient 109 milliards d'excédent dans les services.",
               surface="109 milliards", value=1.09e11, unit="EUR"),
             E("fr", "Il a livré 15,5 milliards de mètres cubes en 2022, et 2,7 milliards en janvier.",
               surface="2,7 milliards", value=2.7, unit="bcm"),
             E("ru", "Экспорт составил 117 млрд евро, импорт - 95 млрд.", surface="95 млрд.", value=9.5e10, unit="EUR"),
             # the currency written once, on the last of two amounts joined by "and"
             E("fr", "Les échanges ont atteint respectivement 34 milliards et 17 milliards de dollars.",
               surface="34 milliards", value=3.4e10, unit="USD"),
             E("en", "Exports to Brazil and Chile reached 5 and 7 billion dollars in 2023.",
               surface="5", value=5e9, unit="USD"),
             E("ru", "Экспорт и импорт составили 12 и 9 млрд долларов.", surface="12", value=1.2e10, unit="USD"),
             # a list of dated amounts with the unit written on its last only, whatever came before
             E("ru", "Газпром поставит 23 млрд кубометров газа на сумму 4,1 миллиардов долларов. Это рекордный объем. Например, "
                     "поставки в Беларусь газа были: в 2006 году - 20,5 миллиардов, в 2007 году - 20,6 миллиардов, в 2008 - "
                     "21,1 миллиардов кубометров газа.", surface="20,5 миллиардов", value=20.5, unit="bcm"),
             # the first level of a move whose second names the currency, a period between them
             E("fr", "Les ventes du Sénégal à la Chine sont passées de 18,8 milliards en 2014 à 70 milliards de F CFA en 2015.",
               surface="18,8 milliards", value=1.88e10, unit="XOF"),
             E("en", "Shipments to Japan rose from 1.2 billion in 2019 to $3.4 billion in 2023.",
               surface="1.2 billion", value=1.2e9, unit="USD"),
             E("ru", "Поставки в Китай выросли с 18 млрд в 2014 году до 70 млрд долларов в 2015 году.",
               surface="18 млрд", value=1.8e10, unit="USD"),
         ], [E("en", "95 billion"),
             E("en", "The fund grew from 1.2 billion members in 2019 to $3.4 billion in assets.", surface="1.2 billion"),
             E("fr", "La Chine compte 1,4 milliard d'habitants."),
             E("en", "Exports reached $3 billion. It is a market of 146 million people.", surface="146 million"),
             # measures the contract has no unit for count no figure (counted_nouns)
             E("en", "Algeria exported 4.38bcm (4.99bn cfd) in July.", surface="4.99bn"),
             E("ru", "Китай приобрел у России 262 тысячи литров игристых вин на $1 млн.", surface="262 тысячи")]),

    Rule("quantity.carried", "a scaled number with no unit takes the physical unit of the figure before it", "figure", [
        # a plain whole number a ranking lists with a name ("followed by Mitsubishi with 9,663")
        # takes the unit of the level before it (listed_count_before)
        E("en", "Toyota exported 14,907 vehicles in May, followed by Mitsubishi with 9,663 and Honda with 7,852.",
          surface="9,663", value=9663, unit="units"),
        E("fr", "La Chine a acheté 500 000 tonnes, suivie de l'Inde avec 300 000.", surface="300 000", value=300000, unit="t"),
        E("fr", "En décembre, les livraisons ont atteint 6,89 millions de tonnes, contre 4,08 millions un an plus tôt.",
          surface="4,08 millions", value=4.08e6, unit="t"),
        E("en", "Shipments reached 22.7 bcm in 2023 against 15.4 billion a year earlier.",
          surface="15.4 billion", value=15.4, unit="bcm"),
        # a unit kept in another (kWh in TWh) gives its factor to the number carried with its own scale
        E("en", "Laos bought 310.5 million kWh of power from its neighbours, of which 270.2 million came from Thailand.",
          surface="270.2 million", value=0.2702, unit="TWh"),
        # a decimal listed after a period and a comma takes the unit and scale of the figure before it
        E("fr", "En 2021, Gazprom avait envoyé 10 milliards de mètres cubes à la Chine ; en 2022, 15,4 ; en 2023, 22,7.",
          surface="22,7", value=22.7, unit="bcm"),
        E("en", "China bought $18 billion of Russian goods in 2022; in 2023, 25.5.", surface="25.5", value=25.5e9, unit="USD"),
        # a plain decimal after a comparison word
        E("fr", "La Russie a livré 17,4 milliards de m3 contre 15,2 en 2022.", surface="15,2", value=15.2, unit="bcm"),
        E("ru", "Поставки достигли 22,7 млрд куб. м против 15,4 млрд годом ранее.", surface="15,4 млрд", value=15.4, unit="bcm"),
        # a whole number after a comparison word, of a like size to the level before it in its sentence
        E("en", "In total, Kenya exported 122,825 MT of flowers last year, up from 114,763 in 2014.", surface="114,763",
          value=114763, unit="t"),
        E("fr", "La Côte d'Ivoire a exporté en 2022 au total 1 473 400 tonnes contre 1 609 700 en 2021.", surface="1 609 700",
          value=1609700, unit="t"),
    ], [E("en", "In 2023, 5.5 of them were sold."), E("fr", "En 2023, 4,5 sur 10 des sondés."),
        # (not a year, nor a count of another size: "2 million tonnes, against 300 ships")
        E("en", "Exports rose to 5.2 million tonnes in 2023 compared with 2021.", surface="2021"),
        E("en", "Exports rose to 5.2 million tonnes, against 300 ships last year.", surface="300")]),
    Rule("number.lost_decimal", "French sources that lose the decimal comma: '22 7 milliards' is 22,7", "figure", [
        E("fr", "22 7 milliards de m3", value=22.7, unit="bcm"),
        E("fr", "passées de 10 4 milliards de m3 en 2021", surface="10 4 milliards de m3", value=10.4, unit="bcm"),
        E("fr", "15 4 milliards de m3 en 2022 22 73 milliards de m3 en 2023", surface="22 73 milliards de m3",
          value=22.73, unit="bcm"),
    ], [E("fr", "en 2023 4 milliards de m3", surface="2023 4 milliards de m3"), E("fr", "les 3 200 entreprises"),
        E("fr", "en 2023 22 milliards de m3", surface="2023 22 milliards de m3")]),
    Rule("number.bracketed", "a plain number alone in brackets after a name, in a list whose first row wrote its unit, "
         "takes that row's unit and scale", "figure", [
        E("fr", "L'Allemagne reste le premier marché avec 34'129 tonnes, suivie par le Canada (12'288), le Royaume-Uni (12'189) "
                "et les Etats-Unis (8493).", surface="8493", value=8493, unit="t"),
        E("ru", "Лидеры по закупкам - Китай ($7,6 млрд), Турция (5), Казахстан (3,3).", surface="3,3", value=3.3e9, unit="USD"),
        E("en", "The main buyers were China ($7.6 billion), Turkey (5) and Kazakhstan (3.3).", surface="5", value=5e9, unit="USD"),
    ], [
        # a year, a figure of another sentence, no name before the bracket
        E("en", "The main buyer was China ($7.6 billion), then Russia (2019).", surface="2019"),
        E("en", "China bought $7.6 billion. Turkey (5) came second.", surface="5"),
        E("en", "China bought $7.6 billion, up sharply (5) from last year.", surface="5"),
    ]),
    Rule("number.listed", "plain numbers listed before a figure take its unit and scale", "figure", [
        E("en", "Russia delivered 10.4, 15.5 and 22.7 bcm of gas to China.", surface="10.4", value=10.4, unit="bcm"),
        E("fr", "La Russie a livré 10,4, 15,5 et 22,7 milliards de m3.", surface="15,5", value=15.5, unit="bcm"),
        E("en", "Exports to Russia came to 9 and 12 billion dollars in the two quarters.", surface="9", value=9e9, unit="USD"),
        E("en", "Shipments rose 5, 7 and 9% in the three years.", surface="7", value=7, unit="percent"),
        # the first level of "from X to Y unit" (a change between two levels): Y's unit and scale
        E("en", "LNG imports from Qatar halved, from 5.1 to 2.5 million tonnes.", surface="5.1", value=5.1e6, unit="t"),
        E("fr", "Le surplus est passé de 11 à 11,7 milliards d'euros en septembre.", surface="11", value=1.1e10, unit="EUR"),
        E("en", "Exports rose from $5.1 to $6.2 billion.", surface="$5.1", value=5.1e9, unit="USD"),
        E("ru", "Импорт иракской нефти снизился с 907 до 730 тысяч баррелей в сутки.", surface="907", value=907000,
          unit="bbl/d"),
        # two figures set against each other: the first takes the second's unit
        E("ru", "Поставки Пекина снизились сильнее, чем у Вашингтона, - 15,5 против 11 процентов.", surface="15,5",
          value=15.5, unit="percent"),
        E("fr", "Les ventes ont progressé de 12 contre 9 % l'an dernier.", surface="12", value=12, unit="percent"),
        # the first level grouped in thousands by spaces
        E("ru", "Импорт угля в Грузию сократился с 197 370 до 102 924 тонн.", surface="197 370", value=197370, unit="t"),
        E("fr", "Les achats sont passés de 1 200 à 1 500 tonnes.", surface="1 200", value=1200, unit="t"),
        # rows of a list under a header that gives their scale and unit
        E("fr", "Exportations automobiles américaines, en millions de dollars :\n- 2015 : 54 494.\n- 2016 : 53 104.\nSuite",
          surface="53 104", value=5.3104e10, unit="USD"),
        E("en", "China's imports from Russia (in billions of dollars):\n- 2021: 79.3\n- 2022: 114.1", surface="114.1",
          value=1.141e11, unit="USD"),
        E("ru", "Россия поставила в Китай 10,4, 15,5 и 22,7 млрд куб. м газа.", surface="15,5", value=15.5, unit="bcm"),
    ], [E("en", "In 2021, 2022 and 2023 it shipped 5 bcm a year.", surface="2023"),
        E("en", "Trade grew between 10 and 12 billion dollars.", surface="10"),
        E("en", "Trade grew from 2020 to 2023 by 12 billion dollars.", surface="2020"),
        E("fr", "Voici les exportations :\n- 2015 : 54 494.\n- 2016 : 53 104.", surface="54 494"),
        E("fr", "Les ventes ont augmenté de 3 à 5 %.", surface="3")]),
    Rule("percent.from", "the first level of 'from X to Y percent' is a percentage of its own, measured as Y is", "figure", [
        E("en", "Russia's share of India's oil imports rose from 15 to 20 percent.", surface="15", value=15, unit="percent"),
        E("fr", "La part de la Russie dans les importations indiennes est passée de 15 à 20 %.", surface="15", value=15,
          unit="percent"),
        E("ru", "Доля России в импорте нефти Индии выросла с 15 до 20%.", surface="15", value=15, unit="percent"),
    ], [E("fr", "Les ventes de pétrole ont augmenté de 3 à 5 % en 2023.", surface="3"),
        E("en", "Exports grew 7 to 10 percent.", surface="7")]),
    Rule("number.words", "numbers in words before a scale word (text2num); a number in two scaled parts", "figure", [
        # words the library does not read, from the lexicon (numbers.scale_words)
        E("en", "Exports to China rose by half a billion euro.", surface="half a billion euro", value=5e8, unit="EUR"),
        E("en", "Iraq pumps about half a million barrels per day to Turkey.", surface="half a million barrels per day",
          value=5e5, unit="bbl/d"),
        E("ru", "Поставки выросли до полутора миллионов тонн.", surface="полутора миллионов тонн", value=1.5e6, unit="t"),
        E("fr", "deux cents milliards de dollars", value=2e11, unit="USD"),
        E("fr", "huit millions de tonnes", value=8e6, unit="t"),
        # the numeral restated in a bracket, as official French releases write it
        E("fr", "L'Algérie a exporté vers la Tunisie un peu plus d'un (1) milliard de dollars.",
          surface="un (1) milliard de dollars", value=1e9, unit="USD"),
        E("fr", "Sonatrach livrera six (6) milliards de m3 de gaz à l'Italie.", surface="six (6) milliards de m3", value=6, unit="bcm"),
        E("en", "two hundred billion dollars", value=2e11, unit="USD"),
        E("en", "imports reached 44 billion 20 million dollars.", surface="44 billion 20 million dollars",
          value=4.402e10, unit="USD"),
        E("fr", "quatre milliards 510 millions de mètres cubes de gaz", surface="quatre milliards 510 millions de mètres cubes",
          value=4.51, unit="bcm"),
        # the parts joined by "and" (lexicon: numbers.compound_and)
        E("fr", "L'Iran a exporté pour 13 milliards et 595 millions de dollars vers les pays arabes.",
          surface="13 milliards et 595 millions de dollars", value=1.3595e10, unit="USD"),
        E("en", "Exports reached 13 billion and 595 million dollars.", surface="13 billion and 595 million dollars",
          value=1.3595e10, unit="USD"),
        # the lower part after a currency mark and the first part
        E("ru", "Объем торговли достиг $1 миллиарда 546 миллионов.", surface="$1 миллиарда 546 миллионов", value=1.546e9, unit="USD"),
        E("en", "Trade reached $1 billion 546 million in 2024.", surface="$1 billion 546 million", value=1.546e9, unit="USD"),
        # ... its lower part with decimals, whether or not it took the currency over
        E("ru", "Экспорт Киргизии в Швейцарию составил $1 миллиард 88,2 миллиона.", surface="$1 миллиард 88,2 миллиона",
          value=1.0882e9, unit="USD"),
        E("ru", "Поставки в Россию достигли $1 млрд 642,596 млн, или 40% экспорта.", surface="$1 млрд 642,596 млн",
          value=1.642596e9, unit="USD"),
        # a sum in three parts, thousands then the units below them, and a sum with no unit of
        # its own that carries the one before it
        E("ru", "Товарооборот с ЕАЭС достиг 4 миллиардов 637 миллионов 832 тысяч долларов.",
          surface="4 миллиардов 637 миллионов 832 тысяч долларов", value=4.637832e9, unit="USD"),
        E("ru", "Кыргызстан за полгода импортировал 67 тысяч 400 легковых автомобилей.",
          surface="67 тысяч 400 легковых автомобилей", value=67400, unit="units"),
        # ... the scale word abbreviated with its dot: «4 тыс. 365 тонн», «1 млрд. 451 млн. долларов»
        E("ru", "Казахстан экспортировал в Россию 4 тыс. 365 тонн яблок.", surface="4 тыс. 365 тонн", value=4365, unit="t"),
        E("ru", "Экспорт в Китай составил 1 млрд. 451 млн. долларов.", surface="1 млрд. 451 млн. долларов", value=1.451e9, unit="USD"),
        E("ru", "Товарооборот достиг 4,6 миллиарда долларов, из которых 979 миллионов 974 тысячи составил экспорт.",
          surface="979 миллионов 974 тысячи", value=9.79974e8, unit="USD"),
        # thousands of millions, as Spanish counts them ("4 mil 125 millones")
        E("en", "The surplus was 4 thousand 125 million dollars.", surface="4 thousand 125 million dollars", value=4.125e9, unit="USD"),
        E("ru", "двести миллиардов долларов", value=2e11, unit="USD"),
        E("ru", "полтора миллиарда долларов", value=1.5e9, unit="USD"),
    ], [E("en", "The port serves a million people.")]),
    Rule("percent.sign", "percentages: %, pour cent, percent, per cent, pct; written signs", "figure", [
        # a no-break space mangled into "Â" ("8.2Â percent") is a space; two spaces are as good as one
        E("en", "Non-oil exports fell by SAR 5.7 billion or 8.2\u00c2\u00a0percent.", surface="8.2\u00c2\u00a0percent",
          value=8.2, unit="percent"),
        E("fr", "26,3\u202f%", value=26.3, unit="percent"),
        E("fr", "+153 %", value=153, unit="percent", sign=1, explicit_sign=True),
        E("fr", "\u221211,6 %", value=11.6, unit="percent", sign=-1),
        E("fr", "12 pour cent", value=12, unit="percent"),
        E("en", "10.1 pct", value=10.1, unit="percent"),
        E("en", "-12.3%", value=12.3, unit="percent", sign=-1),
        # a hyphen before the word, and the French press's "pc"
        E("en", "Exports to Japan rose 10.82-percent in May.", surface="10.82-percent", value=10.82, unit="percent"),
        E("fr", "Les importations ont progressé de 50 pc.", surface="50 pc", value=50, unit="percent"),
        E("en", "40 per cent", value=40, unit="percent"),
        E("en", "Russia's share dropped from four per cent to two per cent.", surface="four per cent", value=4, unit="percent"),
        E("fr", "une hausse de douze pour cent", surface="douze pour cent", value=12, unit="percent"),
        # a plain decimal before a year-on-year phrase is a percentage change
        E("en", "Imports fell 1.6 on-year to $632 billion.", surface="1.6", value=1.6, unit="percent"),
        E("ru", "26,3%", value=26.3, unit="percent"),
        E("ru", "9,5 процента", value=9.5, unit="percent"),
        E("ru", "30 процентов", value=30, unit="percent"),
        # wire copy abbreviates: «проц.», and «проц» before a comma
        E("ru", "экспорт вырос на 14,2 проц, а импорт на 8 проц.", surface="14,2 проц", value=14.2, unit="percent"),
        E("ru", "(+ 5,6%)", surface="+ 5,6%", value=5.6, unit="percent", sign=1, explicit_sign=True),
        E("ru", "−13,2%", value=13.2, unit="percent", sign=-1),
        # a hyphen typed for a dash between a word and its figure is no minus
        E("ru", "в 2016 г. - 281,2 тыс. тонн", surface="281,2 тыс. тонн", value=281200, unit="t", sign=1, explicit_sign=False),
        E("ru", "на дизель - 223,2 тыс. т, на авиакеросин -22,7 тыс. т", surface="22,7 тыс. т", value=22700, unit="t", sign=1,
          explicit_sign=False),
        E("ru", "сальдо ухудшилось (-1,2 млрд долларов)", surface="-1,2 млрд долларов", value=1.2e9, unit="USD", sign=-1,
          explicit_sign=True),
    ], [E("ru", "МОСКВА, 30 сентября. /ТАСС/"), E("fr", "le 12/01/2024 à 10:32"), E("en", "1:20")]),
    Rule("percent.index", "a percentage over 100 stated as a growth index is the rise above 100 (lexicon growth_index)", "figure", [
        E("ru", "Темп роста экспорта Беларуси в Турцию составил свыше 151% в первом квартале.", surface="151%", value=51,
          unit="percent"),
        E("ru", "Экспорт достиг $37,4 млн (108,3% к уровню 2017-го), импорт — $12,7 млн (155%).", surface="108,3%",
          value=8.3, unit="percent"),
        # a bracket listed after an index in the same way is one too
        E("ru", "Экспорт достиг $37,4 млн (108,3% к уровню 2017-го), импорт — $12,7 млн (155%).", surface="155%",
          value=55, unit="percent"),
    ]),
    Rule("percent.carried", "a plain decimal after a comparison word restates the percentage before it", "figure", [
        E("fr", "les importations représentent 59,9 % du commerce extérieur, contre 57,2 en 2023.", surface="57,2",
          value=57.2, unit="percent"),
        E("en", "Russia's share rose to 35.2%, against 30.1 a year earlier.", surface="30.1", value=30.1, unit="percent"),
    ], [E("fr", "Il a cité 2,5 contre 1,5 en 2022."), E("en", "Imports halved, from 5.1 to 2.5.", surface="5.1")]),
    Rule("percent.points", "percentage points and basis points", "figure", [
        E("fr", "3,5 points de pourcentage", value=3.5, unit="pp"),
        E("en", "-17 pp", value=17, unit="pp", sign=-1),
        E("fr", "Sa part de marché progresse de +0,1 pt.", surface="+0,1 pt", value=0.1, unit="pp"),
        E("en", "995 basis points", value=9.95, unit="pp"),
        E("ru", "2 процентных пункта", value=2, unit="pp"),
        E("ru", "на 1,5 п.п.", surface="1,5 п.п.", value=1.5, unit="pp"),
    ]),
    Rule("quantity.physical", "physical quantities in the contract's units (pint)", "figure", [
        # Indian trade papers' lakh tonnes, "lt" once the text has said so
        E("en", "Basmati shipments rose to 19.17 lakh tonnes (lt) in April-July from 16.09 lt a year ago.", surface="16.09 lt",
          value=1.609e6, unit="t"),
        # tonnes of oil equivalent, as energy imports are counted: in tonnes
        E("fr", "Les achats de pétrole russe ont diminué de 30% à 2,2 Mtep.", surface="2,2 Mtep", value=2.2e6, unit="t"),
        E("fr", "Les importations ont atteint 6,2 mégatonnes équivalent pétrole.", surface="6,2 mégatonnes équivalent pétrole",
          value=6.2e6, unit="t"),
        E("en", "The EU imported 120 Mtoe of Norwegian gas.", surface="120 Mtoe", value=1.2e8, unit="t"),
        # «куб.» alone: the metres understood ("168 thousand cubic of timber")
        E("ru", "За январь-сентябрь 2022 года в КНР отправлено более 168 тыс. куб. леса.", surface="168 тыс. куб.",
          value=1.68e5, unit="m3"),
        # the oil trade's "mm" (million) before barrels; a bare "mm" stays millimetres
        E("en", "Imports from Kuwait fell 1.2% in November to 9.15 mm barrels.", surface="9.15 mm barrels",
          value=9.15e6, unit="bbl"),
        E("en", "Qatar shipped 2.1 MMbbl of condensate to Japan.", surface="2.1 MMbbl", value=2.1e6, unit="bbl"),
        # fruit by the carton, cotton by the bale: a count of goods
        E("en", "South Africa exported 35.3 million cartons of citrus to the EU in 2009.", surface="35.3 million cartons",
          value=35.3e6, unit="units"),
        # livestock counted by the head is goods counted one by one (and farm goods)
        E("en", "Somaliland exported 3.4 million heads of livestock in 2014.", surface="3.4 million heads of livestock", value=3.4e6, unit="units"),
        E("fr", "Le pays a exporté 12 millions de têtes de bétail.", surface="12 millions de têtes de bétail", value=1.2e7, unit="units"),
        E("ru", "Экспорт составил 5 тысяч голов КРС.", surface="5 тысяч голов КРС", value=5e3, unit="units"),
        # Russian scale words and units in every case: «с 30 миллионами тонн»
        E("ru", "Оман с 30 миллионами тонн", surface="30 миллионами тонн", value=3e7, unit="t"),
        E("ru", "поставки выросли с 4 млн баррелями", surface="4 млн баррелями", value=4e6, unit="bbl"),
        # a money word that is a weight too: pounds before "of" or after a volume word (in tonnes)
        E("en", "By October, Honduras had exported 51.4 million pounds of shrimp.", surface="51.4 million pounds",
          value=23314.647818, unit="t"),
        E("en", "The 2024 shrimp export volume is put at 60 million pounds, down from 78.9 million pounds.",
          surface="78.9 million pounds", value=35788.437993, unit="t"),
        # (pounds sterling otherwise)
        E("en", "Britain's exports to Honduras rose to 40 million pounds.", surface="40 million pounds", value=4e7, unit="GBP"),
        # kilotonnes
        E("fr", "En octobre 2016, la Roumanie a exporté 342 kt de blé.", surface="342 kt", value=342000, unit="t"),
        E("en", "Romania exported 342 kt of wheat in October.", surface="342 kt", value=342000, unit="t"),
        # a glued scale letter before a unit is a scale: "5m tonnes", "1.2m barrels a day"
        E("en", "China shipped 5m tonnes of coal", surface="5m tonnes", value=5e6, unit="t"),
        E("en", "Russia sent 1.2m barrels a day to India", surface="1.2m barrels a day", value=1.2e6, unit="bbl/d"),
        E("en", "India imported 45 lakh tonnes of wheat", surface="45 lakh tonnes", value=4.5e6, unit="t"),
        # kilograms are thousandths of a tonne
        E("en", "Milk powder shipments averaged 1.8 billion kg a year", surface="1.8 billion kg", value=1.8e6, unit="t"),
        E("en", "Kenya sold 70 million kilogram of tea to Pakistan", surface="70 million kilogram", value=7e4, unit="t"),
        # million-tonne abbreviations; after a scale word "mt" is the metric tonne itself
        E("en", "Brazil exported 15 MMT of soybeans", surface="15 MMT", value=1.5e7, unit="t"),
        E("en", "Qatar will ship 4 mtpa of LNG to China", surface="4 mtpa", value=4e6, unit="t"),
        E("en", "exports of 1.1 million mt of wheat", surface="1.1 million mt", value=1.1e6, unit="t"),
        # "MT" after a whole number grouped in thousands is the metric tonne, and then in the whole text
        E("en", "Cherry shipments to Korea grew from 34MT to 2,657MT this season.", surface="34MT", value=34, unit="t"),
        E("en", "Banana shipments to China fell to 714,740.487 MT from 943,464.449 MT.", surface="714,740.487 MT", value=714740.487, unit="t"),
        E("en", "Nigeria sent 7.17 MT of crude to India.", surface="7.17 MT", value=7.17e6, unit="t"),
        E("en", "China bought 17,051 MTs of beef.", surface="17,051 MTs", value=17051, unit="t"),
        # thousands typed with a space after the comma, or grouped by dots, in English outlets
        E("en", "Coffee exports reached 86, 288 tons in the quarter.", surface="86, 288 tons", value=86288, unit="t"),
        # in a decimal-comma language: grouped thousands in a text that never writes a decimal comma
        # before three digits (translated from English), a decimal in one that does
        E("fr", "Le Brésil a expédié 418, 500 tonnes le mois dernier contre 345, 000 tonnes en 2020.",
          surface="345, 000 tonnes", value=345000, unit="t"),
        E("ru", "Сербию – 782, 980 т, Конго – 701,860 т.", surface="782, 980 т", value=782.98, unit="t"),
        E("en", "On March 5, 300 tons of wheat left the port.", surface="300 tons", value=300, unit="t"),
        E("en", "Ukraine shipped 194.400 tons of wheat to Ethiopia.", surface="194.400 tons", value=194400, unit="t"),
        # a text whose other figures write a decimal comma ("20,5%") writes one in a scaled amount too,
        # when the thousands reading would be a hundred billion or more; elsewhere the comma groups
        E("en", "Bilateral trade reached US$ 1,345 billion in August, 20,5% less than a year before.",
          surface="US$ 1,345 billion", value=1.345e9, unit="USD"),
        E("en", "Exports to Kabul fell to $654,210 million from $1087,430 million.", surface="$654,210 million",
          value=6.5421e8, unit="USD"),
        E("en", "Imports from the bloc came to 1,060 billion euros, up 3.5%.", surface="1,060 billion euros",
          value=1.06e12, unit="EUR"),
        E("en", "Farm exports hit 2,310 million euros; fruit rose to 26,8 million.", surface="2,310 million euros",
          value=2.31e9, unit="EUR"),
        E("fr", "22,7 milliards de mètres cubes", value=22.7, unit="bcm"),
        E("fr", "38 milliards de m3", value=38, unit="bcm"),
        E("fr", "800 millions de m3", value=8e8, unit="m3"),
        E("fr", "8,42 millions de tonnes", value=8.42e6, unit="t"),
        E("fr", "1\u00a0980\u00a0000 barils par jour", value=1.98e6, unit="bbl/d"),
        E("fr", "1,98 million de b/j", value=1.98e6, unit="bbl/d"),
        E("fr", "162\u202f000 voitures", value=162000, unit="units"),
        E("en", "22.7 bcm", value=22.7, unit="bcm"),
        E("en", "800 mln cubic meters", value=8e8, unit="m3"),
        E("en", "2.55mn b/d", value=2.55e6, unit="bbl/d"),
        E("en", "700,000 bpd", value=7e5, unit="bbl/d"),
        E("en", "8.42M Tons", value=8.42e6, unit="t"),
        E("en", "100 million metric tons", value=1e8, unit="t"),
        E("en", "405,000 passenger cars", value=405000, unit="units"),
        E("en", "153.2 thousand passenger cars", value=153200, unit="units"),
        E("en", "24 million barrels", value=2.4e7, unit="bbl"),
        E("en", "5 TWh", value=5, unit="TWh"),
        # Indian English groups lakhs: 9,39,921 is 939,921
        E("en", "Iraq supplied 9,39,921 barrels per day in February", surface="9,39,921 barrels per day",
          value=939921, unit="bbl/d"),
        E("en", "heavy crude made up 4.0 mb/d of imports", surface="4.0 mb/d", value=4e6, unit="bbl/d"),
        E("en", "imports reached a record 4.42M bbl/day", surface="4.42M bbl/day", value=4.42e6, unit="bbl/d"),
        E("fr", "les importations ont atteint 8 931 gigawatt heure en septembre", surface="8 931 gigawatt heure",
          value=8.931, unit="TWh"),
        # barrels with their day further on, or listed after a daily flow, are a daily flow
        E("en", "One refiner imported 1.75 million barrels of Russian crude per day.", surface="1.75 million barrels",
          value=1.75e6, unit="bbl/d"),
        E("fr", "L'Inde a importé 1,62 million de barils de pétrole russe par jour.", surface="1,62 million de barils",
          unit="bbl/d"),
        E("fr", "Les achats à l'Irak sont tombés à 928 000 barils par jour, et ceux à l'Arabie à 607 500 barils.",
          surface="607 500 barils", value=607500, unit="bbl/d"),
        E("en", "China imported a daily average of 10 million barrels.", surface="10 million barrels", unit="bbl/d"),
        # barrels of a daily flow's size listed before it in its sentence, or right after it in the next
        # sentence, are daily too; a month's total (some thirty times larger) is not
        E("ru", "Импорт иракской нефти снизился с 907 до 730 тысяч баррелей, саудовской — с 700 до 526 тысяч баррелей в сутки.",
          surface="730 тысяч баррелей", value=730000, unit="bbl/d"),
        E("ru", "Поставки сократились до 1,3 миллиона барр. в сутки. При этом среднегодовой показатель равняется 1,8 миллиона барр.",
          surface="1,8 миллиона барр.", value=1.8e6, unit="bbl/d"),
        E("en", "Exports averaged 1.2 million bpd in March. In April, Russia shipped 38 million barrels to India.",
          surface="38 million barrels", unit="bbl"),
        # a parenthesis opened after a name holds its own figures, not a restatement of the one before
        E("fr", "l'Irak (25,42 millions de tonnes pour 14,76 milliards de dollars), la Malaisie (19,6 millions de tonnes pour 10 milliards de dollars)",
          surface="19,6 millions de tonnes", value=1.96e7, unit="t"),
        E("ru", "15,5 млрд куб. м", value=15.5, unit="bcm"),
        E("ru", "23 млрд. куб. метра", value=23, unit="bcm"),
        E("ru", "14,45 млрд. куб. метров", value=14.45, unit="bcm"),
        E("ru", "22,7 млрд кубометров", value=22.7, unit="bcm"),
        E("ru", "800 млн кубических метров", value=8e8, unit="m3"),
        E("ru", "1,3 миллиона баррелей в сутки", value=1.3e6, unit="bbl/d"),
        E("ru", "700 тыс. б/с", value=7e5, unit="bbl/d"),
        E("ru", "107 млн тонн", value=1.07e8, unit="t"),
        E("ru", "751 000 т", value=751000, unit="t"),
        E("ru", "4,5 тыс. тонн", value=4500, unit="t"),
        E("ru", "5 ТВт·ч", value=5, unit="TWh"),
        E("ru", "3,1 млрд кВт·ч", value=3.1, unit="TWh"),
        E("ru", "Таджикистан поставил в Узбекистан 1,146 млрд кВт-час.", surface="1,146 млрд кВт-час", value=1.146, unit="TWh"),
        E("en", "Kuwait shipped 334,000 bopd of crude to Japan.", surface="334,000 bopd", value=334000, unit="bbl/d"),
        E("en", "Norway sold 58.4 terawatthours of power abroad.", surface="58.4 terawatthours", value=58.4, unit="TWh"),
        E("ru", "Поставлено 34 млн кВт/часов.", surface="34 млн кВт/часов", value=0.034, unit="TWh"),
        # kilowatt-hours written as a rate (kW/h), a common slip for kWh
        E("ru", "Узбекистан поставил в Афганистан 2,6 млрд кВт/ч электроэнергии.", surface="2,6 млрд кВт/ч", value=2.6, unit="TWh"),
        E("en", "Uzbekistan sold 1.9 billion kW/h of power to Afghanistan.", surface="1.9 billion kW/h", value=1.9, unit="TWh"),
        E("en", "307.9 million kWh", value=0.3079, unit="TWh"),
        # a scale abbreviation with its full stop
        E("en", "Ukraine has exported power of 7.3 bln. kW/h in nine months.", surface="7.3 bln. kW/h", value=7.3, unit="TWh"),
        # South Asian papers' "units" of electricity are kilowatt-hours
        E("en", "Nepal exported 2.35 billion units of electricity to India in FY 2024/25.",
          surface="2.35 billion units of electricity", value=2.35, unit="TWh"),
        E("en", "232.76 million KW hours", value=0.23276, unit="TWh"),
        E("fr", "450 millions de kilowattheures", value=0.45, unit="TWh"),
        E("ru", "632,3 тыс. единиц", value=632300, unit="units"),
        E("ru", "1,2 млн автомобилей", value=1.2e6, unit="units"),
        # the colloquial « легковушки » and trucks
        E("ru", "За январь-февраль в Кыргызстан ввезли 12 тысяч легковушек.", surface="12 тысяч легковушек", value=12000, unit="units"),
        E("ru", "Китай поставил в Казахстан 3 тысячи грузовиков.", surface="3 тысячи грузовиков", value=3000, unit="units"),
        # farm machines by the piece
        E("ru", "Беларусь поставила в Зимбабве 1,8 тыс. тракторов.", surface="1,8 тыс. тракторов", value=1800, unit="units"),
        E("en", "Belarus has shipped 1,800 tractors to Zimbabwe.", surface="1,800 tractors", value=1800, unit="units"),
        # a word or two before a counted noun (not a year before it, nor a phrase's small words)
        E("en", "Russia imported 1.2 million Chinese cars in 2023.", surface="1.2 million Chinese cars", value=1.2e6, unit="units"),
        E("en", "Thailand exported 14,907 Thai-built vehicles in May.", surface="14,907 Thai-built vehicles", value=14907, unit="units"),
        E("ru", "Россия импортировала 1,2 млн китайских автомобилей.", surface="1,2 млн китайских автомобилей", value=1.2e6, unit="units"),
        # tonnes a year as contracts write them; cut flowers by the stem
        E("en", "Mitsubishi will buy 800,000 t/y of LNG for 15 years.", surface="800,000 t/y", value=800000, unit="t"),
        E("en", "Itochu buys 700,000 tonnes/year from Qalhat LNG.", surface="700,000 tonnes/year", value=700000, unit="t"),
        E("en", "Ethiopia earned $177.6 million from the sale of some 1.5 billion stems.", surface="1.5 billion stems",
          value=1.5e9, unit="units"),
        E("ru", "Эквадор поставил в Россию 500 млн стеблей роз.", surface="500 млн стеблей", value=5e8, unit="units"),
        # kilos are kilogrammes
        E("en", "Rwanda exported 19,560,636 kilos of coffee.", surface="19,560,636 kilos", value=19560.636, unit="t"),
        E("fr", "Le pays a vendu 350 000 kilos de vanille.", surface="350 000 kilos", value=350, unit="t"),
        # troy ounces, as gold is counted, in tonnes (a price "an ounce" is no figure)
        E("fr", "La Mauritanie a exporté 549.700 onces d'or en 2022.", surface="549.700 onces", value=17.09758119696, unit="t"),
        E("en", "Ghana exported 3.7 million ounces of gold in 2023.", surface="3.7 million ounces", value=115.08286416, unit="t"),
        E("ru", "Узбекистан экспортировал 3 млн унций золота.", surface="3 млн унций", value=93.3104304, unit="t"),
        # goods counted in their packs: bottles of wine and spirits, bags of coffee (a bag's size is part of its unit)
        E("fr", "La France a vendu 82,1 millions de bouteilles de cognac aux États-Unis.", surface="82,1 millions de bouteilles",
          value=8.21e7, unit="units"),
        E("fr", "Le Brésil a exporté 44,5 millions de sacs de 60 kg de café.", surface="44,5 millions de sacs de 60 kg",
          value=4.45e7, unit="units"),
        E("en", "Colombia shipped 3.59 million 60-kg bags of coffee abroad.", surface="3.59 million 60-kg bags",
          value=3.59e6, unit="units"),
        E("en", "Uganda exported 183,987 bags to the EU.", surface="183,987 bags", value=183987, unit="units"),
        # bananas go by the box
        E("fr", "L'Équateur a exporté 247,9 millions de caisses de bananes en 2024.", surface="247,9 millions de caisses",
          value=2.479e8, unit="units"),
        E("en", "Ecuador shipped 74 million boxes of bananas to Russia.", surface="74 million boxes", value=7.4e7, unit="units"),
        E("ru", "Эквадор поставил в Россию 74 млн коробок бананов.", surface="74 млн коробок", value=7.4e7, unit="units"),
        E("ru", "Грузия продала в Россию 20,53 миллиона бутылок вина.", surface="20,53 миллиона бутылок",
          value=2.053e7, unit="units"),
        # the tonne carcass-weight equivalent of the meat trade is a tonne
        E("fr", "L'UE a importé 11 800 téc de viande bovine du Brésil.", surface="11 800 téc", value=11800, unit="t"),
    ], [E("ru", "Сила Сибири 2"), E("ru", "3 машины"), E("fr", "Force de Sibérie 2"), E("en", "Power of Siberia 2"), E("en", "3 cars"), E("en", "In 2023 Chinese cars made up half of imports.", surface="2023 Chinese cars"),
        E("en", "It sold 300 of its cars."),
        E("en", "Russia exported 76.5 million tonnes of coal in 9M 2023.", surface="9M")]),
    Rule("multiple.verb", "verbs and adjectives of a factor become percent changes", "figure", [
        # the plain form after a hedge is a verb ("almost double"); "-ing" forms of every factor
        # the future of «удвоить»
        E("ru", "Азербайджан удвоит поставки газа в Европу.", surface="удвоит", value=100, unit="percent"),
        E("en", "Cherry export volumes almost double this season.", surface="almost double", value=100, unit="percent"),
        E("en", "Shrimp sales hit $120 million, quadrupling from the year before.", surface="quadrupling", value=300, unit="percent"),
        E("fr", "a doublé", surface="doublé", value=100, unit="percent"),
        E("fr", "triplé", value=200, unit="percent"),
        E("en", "fivefold", value=400, unit="percent"),
        E("en", "Exports of gas to China grew at least six-fold in 2023.", surface="six-fold", value=500, unit="percent"),
        E("fr", "Les exportations vers la Chine ont atteint presque le double par rapport à 2021.", surface="presque le double",
          value=100, unit="percent"),
        # a hedge inside the phrase is its approx; "double-digit" is an adjective, no factor
        E("en", "Trade is set to almost double by 2030.", surface="to almost double", value=100, unit="percent", approx="about"),
        E("en", "doubled", value=100, unit="percent"),
        E("en", "halved", value=-50, unit="percent"),
        E("fr", "moitié plus", value=50, unit="percent"),
        E("en", "grew one and a half times", surface="one and a half times", value=50, unit="percent"),
        E("fr", "ont crû d'une fois et demie", surface="une fois et demie", value=50, unit="percent"),
        # the plain verb after "to", or before what it doubles
        E("en", "Moscow aims to double its gas exports to China", surface="to double", value=100, unit="percent"),
        E("en", "exports to China could double by 2030", surface="could double", value=100, unit="percent"),
        E("fr", "des livraisons deux fois et demi plus importantes", surface="deux fois et demi", value=150, unit="percent"),
        E("en", "a surplus nearly double that of 2022", surface="double that of", value=100, unit="percent", approx="about"),
        E("fr", "le cuivre (plus du double) a progressé", surface="plus du double", value=100, unit="percent",
          approx="more_than"),
        E("fr", "soit plus qu'un doublement en un an", surface="doublement", value=100, unit="percent", approx="more_than"),
        # after a decline word, a factor is down to a part
        E("en", "coal exports fell fivefold", surface="fivefold", value=-80, unit="percent"),
        E("ru", "вырос вдвое", surface="вдвое", value=100, unit="percent"),
        E("fr", "Les recettes ont chuté, divisant quasiment par deux celles de 2020.", surface="divisant quasiment par deux",
          value=-50, unit="percent", approx="about"),
        E("ru", "увеличился в два раза", surface="в два раза", value=100, unit="percent"),
        E("ru", "вырос в полтора раза", surface="в полтора раза", value=50, unit="percent"),
        E("ru", "увеличился в два с лишним раза", surface="в два с лишним раза", value=100, unit="percent", approx="more_than"),
        E("ru", "поставки сократились вдвое", surface="вдвое", value=-50, unit="percent"),
        E("ru", "удвоить товарооборот", surface="удвоить", value=100, unit="percent"),
    ], [E("ru", "товары двойного назначения"), E("fr", "des biens à double usage"),
        E("en", "Exports are expected to post double-digit growth."),
        E("en", "https://example.com/20230620/imports-of-cars-almost-tripled-in-2023-1111315477.html")]),
    Rule("multiple.factor", "N times, N-fold, multiplied by N", "figure", [
        # «в 4 с лишним раза»: more than four times
        E("ru", "Импорт вырос в 4 с лишним раза.", surface="4 с лишним раза", value=300, unit="percent"),
        E("fr", "multiplié par 2,5", surface="2,5", value=150, unit="percent"),
        E("fr", "2,5 fois", value=150, unit="percent"),
        E("en", "5.7 times", value=470, unit="percent"),
        E("en", "1.5-fold", value=50, unit="percent"),
        E("en", "imports grew 4-folds", surface="4-folds", value=300, unit="percent"),
        E("fr", "soit une multiplication par 2,3 depuis 2010", surface="2,3", value=130, unit="percent"),
        E("en", "eight times", value=700, unit="percent"),
        E("fr", "multipliées par plus de cinq", value=400, unit="percent", approx="more_than"),
        E("en", "multiplied by ten", value=900, unit="percent"),
        E("fr", "les exportations ont été multipliées par près de 1,5", surface="1,5", value=50, unit="percent",
          approx="about"),
        E("en", "imports rose 3.4-times by value", surface="3.4-times", value=240, unit="percent"),
        # a factor down: after a decline word, or divided by N, it is (1/N - 1) x 100
        E("fr", "l'offre de manteaux a diminué de 12 fois", surface="12 fois", value=-91.67, unit="percent"),
        E("fr", "les achats de tricots ont été divisés par huit", surface="divisés par huit", value=-87.5, unit="percent"),
        E("en", "imports decreased 3 times", surface="3 times", value=-66.67, unit="percent"),
        # a factor with no verb of its own after a factor down in its sentence is down too
        E("fr", "l'offre pour hommes a diminué de 12 fois et celle pour femmes de 5 fois.", surface="5 fois", value=-80,
          unit="percent"),
        # compared with another period: a change
        E("fr", "Ce volume représentait trois fois celui de 2019.", surface="trois fois", value=200, unit="percent"),
        E("en", "405,000 cars, 5.7 times as many as in the same period last year", surface="5.7 times", value=470,
          unit="percent"),
        E("ru", "в 1,5 раза", surface="1,5 раза", value=50, unit="percent"),
        E("ru", "вырос в 9 раз", surface="9 раз", value=800, unit="percent"),
        E("ru", "в 3 раза", surface="3 раза", value=200, unit="percent"),
        E("ru", "экспорт сократился в 5,9 раза", surface="5,9 раза", value=-83.05, unit="percent"),
        E("ru", "в 2 раза меньше", surface="2 раза", value=-50, unit="percent"),
        # a multiplication sign glued to the number, before or after it
        E("fr", "Les achats de bœuf brésilien ont atteint 11 800 téc, soit ×2,32 sur un an.", surface="×2,32", value=132,
          unit="percent"),
        E("fr", "Viande congelée : x3,2 par rapport à juillet 2024.", surface="x3,2", value=220, unit="percent"),
        E("en", "Shipments to Vietnam grew 2.5x to $3bn.", surface="2.5x", value=150, unit="percent"),
    ], [E("ru", "в первый раз"),
        E("en", "Exports of 4x4 vehicles rose.", surface="4"),
        E("fr", "Les ventes ont été multipliées en 2023.", surface="2023"),
        E("en", "America bought £186billion of goods, three times as much as Germany.", surface="three times"),
        E("fr", "C'est quatre fois le volume des échanges entre la Chine et le Kenya.", surface="quatre fois")]),
    Rule("fraction.share", "fractions in words as shares", "figure", [
        # « un peu plus du tiers des exportations », « près du quart des importations »
        E("fr", "Les trois premières catégories de produits représentent un peu plus du tiers des exportations françaises vers les États-Unis.",
          surface="du tiers", value=33.3, unit="percent"),
        E("fr", "la moitié des achats", surface="la moitié", value=50, unit="percent", measure_hint="share"),
        E("fr", "plus de la moitié des importations", surface="la moitié", approx="more_than"),
        E("en", "a fifth of exports", surface="a fifth", value=20, unit="percent"),
        E("en", "over three quarters of its imports", surface="three quarters", value=75, unit="percent", approx="more_than"),
        E("en", "one-fourth of the total", surface="one-fourth", value=25, unit="percent"),
        E("fr", "les trois-quarts des exportations", surface="les trois-quarts", value=75, unit="percent"),
        E("en", "Crude made up almost half the total.", surface="half", value=50, unit="percent", approx="about"),
        E("ru", "треть российского экспорта", surface="треть", value=33.3, unit="percent", measure_hint="share"),
        E("ru", "более половины импорта", surface="половины", value=50, unit="percent", approx="more_than"),
        # written with a slash (lexicon fractions: "1/2" ... "3/4")
        E("ru", "2/3 от всех поставок - в РФ", surface="2/3", value=66.67, unit="percent", measure_hint="share"),
        E("fr", "la Chine assure 1/3 des importations", surface="1/3", value=33.3, unit="percent"),
    ], [E("ru", "в первой половине 2025 года"), E("en", "signed on 2/3/2024"), E("en", "a 12.1/2 split"), E("ru", "в третьем квартале"), E("en", "in the first half"), E("en", "in the latter half of 2024"), E("en", "a third route"), E("fr", "au premier semestre"),
        E("en", "in the first half of 2025"),
        E("en", "in the first half the company said"),
        # a half-year after a change word is still a period
        E("en", "15.4 TWh, double the level of the previous half of 2021", surface="half")]),
    Rule("fraction.ratio", "a count out of a whole in words is a share: 'one in five', 'six sur dix'", "figure", [
        E("en", "One in five electric cars imported to Europe", surface="One in five", value=20, unit="percent",
          measure_hint="share"),
        E("en", "two out of three cars sold", surface="two out of three", value=66.67, unit="percent"),
        E("fr", "près de six jouets sur dix vendus en France", surface="six jouets sur dix", value=60, unit="percent",
          approx="about"),
    ], [E("fr", "un accord sur deux ans"), E("en", "once in five years"), E("en", "the talks split in two"),
        E("fr", "sept jours sur sept")]),
    Rule("fraction.change", "a fraction after a change verb and 'by' is a change of that size", "figure", [
        E("en", "Russia's coal exports to China increased by a third", surface="a third", value=33.3, unit="percent",
          measure_hint="change"),
        E("fr", "les achats ont augmenté d'un tiers", surface="un tiers", value=33.3, unit="percent", measure_hint="change"),
        E("fr", "les livraisons ont reculé de moitié", surface="moitié", value=50, unit="percent", measure_hint="change"),
        E("en", "trade had jumped by more than a quarter", surface="a quarter", value=25, unit="percent",
          measure_hint="change", approx="more_than"),
        # news verbs of a fall or a rise beyond the plain ones: plummeted, tumbled, slid, sank, dipped
        E("en", "Malaysia's rubber exports to India plummeted by half in March", surface="half", value=50, unit="percent",
          measure_hint="change"),
        E("en", "Exports to the EU dropped by more than two-fifths in January", surface="two-fifths", value=40,
          unit="percent", measure_hint="change", approx="more_than"),
        E("fr", "l'excédent a fondu, en reculant de moitié à 79,7 milliards", surface="moitié", value=50,
          unit="percent", measure_hint="change"),
        # words between the verb and its "de", when no "de" follows the fraction
        E("fr", "l'UE a réduit ses achats de gaz russe de deux tiers.", surface="deux tiers", value=66.7,
          unit="percent", measure_hint="change"),
        E("fr", "La Russie prévoit d'augmenter ses exportations de gaz de près d'un cinquième cette année",
          surface="un cinquième", value=20, unit="percent", measure_hint="change", approx="about"),
        E("ru", "поставки угля выросли на треть", surface="треть", value=33.3, unit="percent", measure_hint="change"),
        E("ru", "импорт увеличился почти на четверть", surface="четверть", value=25, unit="percent", measure_hint="change", approx="about"),
        E("ru", "ЕС более чем на треть сократил экспорт", surface="треть", value=33.3, unit="percent", measure_hint="change", approx="more_than"),
    ]),
    Rule("range.between", "entre X et Y / between X and Y: value is the low end", "figure", [
        E("fr", "entre 180 et 200 milliards de dollars", surface="180 et 200 milliards de dollars", value=1.8e11, value_high=2e11, unit="USD"),
        E("en", "between 180 and 200 billion dollars", surface="180 and 200 billion dollars", value=1.8e11, value_high=2e11, unit="USD"),
        E("ru", "от 180 до 200 млрд долларов", surface="180 до 200 млрд долларов", value=1.8e11, value_high=2e11, unit="USD"),
        # a low end sharing the high end's written thousands
        E("fr", "Entre 50 et 70 000 tonnes de pommes devraient partir vers la Russie.", surface="50 et 70 000 tonnes",
          value=50000, value_high=70000, unit="t"),
    ], [E("ru", "Импорт снизился с 907 до 730 тысяч баррелей.", surface="907 до 730 тысяч баррелей")]),
    Rule("range.to", "X to Y unit, with no 'from' before it: value is the low end", "figure", [
        E("en", "Exports should grow 7 to 10 percent this year.", surface="7 to 10 percent", value=7, value_high=10, unit="percent"),
        E("en", "a rise of 40 percent to 45 percent", surface="40 percent to 45 percent", value=40, value_high=45, unit="percent"),
        E("en", "20 to 25 million tonnes of coal", surface="20 to 25 million tonnes", value=2e7, value_high=2.5e7, unit="t"),
        E("fr", "4 à 6 milliards de m3 par an", surface="4 à 6 milliards de m3", value=4, value_high=6, unit="bcm"),
    ], [
        # a move between two levels, not a range
        E("en", "Exports rose from 5% to 10% in May.", surface="5% to 10%"),
        E("fr", "Les exportations sont passées de 4 à 6 milliards de dollars.", surface="4 à 6 milliards de dollars"),
        E("ru", "Экспорт вырос с 4 до 6 млрд долларов.", surface="4 до 6 млрд долларов"),
        # a year after a word is a date, not a low end
        E("fr", "Elles sont passées de 1.229.530 dollars durant le premier trimestre 2020 à 6.456.931 dollars.",
          surface="2020 à 6.456.931 dollars"),
        # two figures of different units
        E("en", "Exports rose 5% to $10 billion.", surface="5% to $10 billion"),
        # a year after a short word is no low end
        E("fr", "Elles sont passées de 3223,9 milliards FCFA en 2023 à 3909,1 milliards FCFA en 2024.", surface="2023 à 3909,1 milliards FCFA"),
        # a number glued to letters is a name's ("FY21"), no low end
        E("en", "Trade doubled from $43.3 billion in FY21 to $83.7 billion in FY24.", surface="21 to $83.7 billion"),
    ]),
    Rule("range.dash", "X-Y unit", "figure", [
        E("en", "175-180 bcm", value=175, value_high=180, unit="bcm"),
        E("en", "100-102 million tonnes", value=1e8, value_high=1.02e8, unit="t"),
        E("en", "$230-240 billion", value=2.3e11, value_high=2.4e11, unit="USD"),
        E("fr", "38-40 milliards de m3", value=38, value_high=40, unit="bcm"),
        E("ru", "37-37,5 млрд куб. м", value=37, value_high=37.5, unit="bcm"),
        # a low end grouped by spaces is read whole, not as its last group ("000")
        E("ru", "закупки до 150 000-300 000 баррелей в день", surface="150 000-300 000 баррелей в день",
          value=1.5e5, value_high=3e5, unit="bbl/d"),
        E("fr", "entre 12 500-15 000 tonnes", surface="12 500-15 000 tonnes", value=12500, value_high=15000, unit="t"),
    ], [E("en", "2022-2023"), E("en", "China's Top 4 Crude Suppliers ('000 B/D)")]),
    Rule("figure.approx", "hedges before a figure set approx, never the sign", "figure", [
        E("fr", "près de 200 milliards de dollars", surface="200 milliards de dollars", approx="about"),
        E("fr", "plus de 100 millions de tonnes", surface="100 millions de tonnes", approx="more_than"),
        E("fr", "jusqu'à 38 milliards de m3", surface="38 milliards de m3", approx="up_to"),
        E("en", "nearly $100 billion", surface="$100 billion", approx="about"),
        E("en", "at least 10%", surface="10%", approx="more_than"),
        E("en", "as much as 20 bcm", surface="20 bcm", approx="up_to"),
        E("ru", "около $12,7 млрд", surface="$12,7 млрд", approx="about"),
        E("ru", "более 100 млн тонн", surface="100 млн тонн", approx="more_than"),
        E("ru", "почти на 4%", surface="4%", approx="about"),
        E("ru", "менее 2%", surface="2%", approx="less_than"),
    ]),
    Rule("figure.restatement", "a conversion alongside a figure is kept in alt, not as a second figure",
         "figure", [
             E("fr", "20,5 milliards de dollars (19,2 milliards d'euros)", surface="20,5 milliards de dollars", alt="19,2 milliards d'euros"),
             E("fr", "8,42 millions de tonnes, soit 1,98 million de b/j", surface="8,42 millions de tonnes", alt="1,98 million de b/j"),
             # a second conversion joined to the first by "and"
             E("fr", "Les exportations de riz ont rapporté 135 milliards de baht, soit 4,5 milliards de dollars et 2 250 milliards de FCFA.",
               surface="135 milliards de baht", alt="4,5 milliards de dollars; 2 250 milliards de FCFA"),
             E("en", "1.74 trillion yuan ($242 billion)", surface="1.74 trillion yuan", alt="$242 billion"),
             E("fr", "La Russie a expédié 7,48 millions de tonnes de pétrole, ce qui équivaut à 1,82 million de barils par jour.",
               surface="7,48 millions de tonnes", alt="1,82 million de barils par jour"),
             E("ru", "20,5 млрд долларов (19,2 млрд евро)", surface="20,5 млрд долларов", alt="19,2 млрд евро"),
             # money beside a volume is the flow's value, a figure of its own
             E("en", "Exports of zinc ore reached 147.8 thousand tonnes ($121.7 million).", surface="$121.7 million"),
             E("ru", "Экспорт цинковой руды составил 147,8 тыс. тонн ($121,7 млн).", surface="$121,7 млн"),
             E("ru", "Экспорт цинковой руды составил 147,8 тыс. тонн ($121,7 млн).", surface="147,8 тыс. тонн", alt=""),
         ]),
    # ------------------------------------------------------------------ claims
    Rule("context.indicator", "the flow word nearest the figure in its clause decides the indicator",
         "claim", [
        # a non-trade word bars the flow before only in the figure's own clause, not in a clause
        # beside it (« l'absence de touristes »); « le mois écoulé » is the month before; « Royaume
        # Uni » without its hyphen is still the United Kingdom
        E("fr", "Les exportations de montres vers les États-Unis ont grimpé de 31,8 % en mars. Alors que l'Europe "
                "souffrait de l'absence de touristes en 2021, elles ont progressé de 54,9 % vers le Royaume Uni le mois écoulé.",
          surface="54,9 %", indicator="exports", importer="GBR", period="2022-03", published="2022-04-19"),
        # "sent" and "the sale overseas" are exports
        E("en", "In the first quarter of 2023, Rwanda sent goods worth $145.4 million to the DRC.",
          surface="$145.4 million", indicator="exports", exporter="RWA", importer="COD", published="2023-06-01"),
        E("en", "In November the sale overseas of fractioned wine climbed 21% over a year ago, reaching 75.3 million dollars.",
          surface="75.3 million dollars", indicator="exports", published="2021-12-10"),
        # a flow word glued to the figure by a linking word after it is the figure's own
        # (lexicon: direction.flow_after), whatever flow word came before
        E("fr", "Le commerce extérieur de la Géorgie a atteint 7,5 milliards de dollars en 2008, 6 milliards pour les importations et 1,5 milliard pour les exportations.",
          surface="1,5 milliard", indicator="exports", published="2009-03-01"),
        E("en", "Georgia's foreign trade reached $7.5 billion in 2008, $6 billion for imports and $1.5 billion for exports.",
          surface="$1.5 billion", indicator="exports", published="2009-03-01"),
        # (a flow word alone in the bracket right after the figure: a table's row written out)
        E("en", "Trade between Israel and Turkey reached $1.82 billion in January-April 2024:\n"
                "- February 2024: $395,067,831 (Exports) - $102,598,928 (Imports)", surface="$102,598,928",
          indicator="imports", published="2024-05-15"),
        # (« dans les importations », «в импорте»: a share of each flow in turn)
        E("fr", "La part de l'UE dans le commerce de la Géorgie était de 27 % en 2012, dont 15 % dans les exportations et 31 % dans les importations.",
          surface="31 %", indicator="imports", published="2013-01-10"),
        E("ru", "Доля стран ЕС во внешнеторговом обороте Грузии в 2012 году составила 27 процентов, в том числе 15 процентов - в экспорте и 31 процент в импорте.",
          surface="31 процент", indicator="imports", published="2013-01-10"),
        # "exchange with" a partner is its trade
        E("en", "Tunisia's exchange with Morocco went from $14.9 million to $20.8 million last year.", surface="$20.8 million",
          indicator="bilateral_trade", published="2023-01-01"),
        # ... with a possessive between ("of its imports"; not a generic word, "of its shipments")
        E("en", "The EU accounted for 78.9% of Macedonia's exports and for 64.4% of its imports in the first five months.",
          surface="64.4%", indicator="imports", published="2019-07-01"),
        # « les volumes commerciaux »: the pair's trade
        E("fr", "Parmi les principaux partenaires de l'Ouzbékistan, les volumes commerciaux ont diminué avec la Lituanie (-46,9 pour cent).",
          surface="-46,9 pour cent", indicator="bilateral_trade", exporter="LTU", importer="UZB", published="2025-08-20"),
        # re-exports are exports (« réexportations », «реэкспорт»)
        E("fr", "Les réexportations des Émirats vers l'Afrique ont atteint 51,7 milliards de dirhams l'an dernier.",
          surface="51,7 milliards de dirhams", indicator="exports", exporter="ARE", importer="AFR", published="2024-03-01"),
        E("ru", "Реэкспорт из Казахстана в Россию составил $1,2 млрд в 2023 году.",
          surface="$1,2 млрд", indicator="exports", exporter="KAZ", importer="RUS", published="2024-03-01"),
        # what «прибыло» (arrived) into a country, it imported: no profit («прибыль») word
        E("ru", "Больше всего срезанных цветов в Россию в прошлом году прибыло из Нидерландов - на 327,03 миллиона долларов.",
          surface="327,03 миллиона долларов", indicator="imports", exporter="NLD", importer="RUS", published="2026-03-05"),
        # what "было ввезено" into a country, it imported (the active «Китай ввез в Россию» is the seller's)
        E("ru", "В прошлом месяце в Россию было ввезено 49,5 тысяч машин.", surface="49,5 тысяч машин", indicator="imports",
          exporter="WLD", importer="RUS", published="2025-11-10"),
        # «реализовал за рубеж» (sold abroad), "selling", « en vendant à l'étranger »
        E("ru", "В январе-мае Узбекистан реализовал за рубеж 32,8 тысячи тонн черешни.",
          surface="32,8 тысячи тонн", indicator="exports", exporter="UZB", importer="WLD", published="2023-06-20"),
        E("fr", "En janvier et février, l'Ouzbékistan a réalisé un exploit en vendant à l'étranger 251.000 tonnes de fruits et légumes.",
          surface="251.000 tonnes", indicator="exports", exporter="UZB", published="2024-03-20"),
        # ... and a gerund: «отправив», «поставив», «продав», «купив»
        E("ru", "Саудовская Аравия занимает второе место, отправив в Индию удобрений на 885 млн долларов.",
          surface="885 млн долларов", indicator="exports", exporter="SAU", importer="IND", published="2024-08-01"),
        # a supply verb in the future is a flow word too: «поставит», «отгрузят»
        E("ru", "Россия поставит 25 тыс. тонн зерна в Мали.", surface="25 тыс. тонн", indicator="exports",
          exporter="RUS", importer="MLI", published="2023-07-28"),
        # "trade volumes": the pair's trade, not the volumes a flow word ("volumes") carries
        E("en", "Trade volumes between Tanzania and China have grown by almost 70 percent last year to reach US$47 million.",
          surface="US$47 million", indicator="bilateral_trade", published="2019-03-01"),
        # the prices a flow is valued at are no price figure: « aux prix de 2007 », "at constant prices"
        E("fr", "Les exportations du Québec, en dollars constants, aux prix de 2007, augmentent de 2,0 % en 2017.",
          surface="2,0 %", indicator="exports", published="2018-02-28"),
        E("en", "Exports to China, at constant prices, rose 2.0% in 2017.", surface="2.0%", indicator="exports",
          published="2018-02-28"),
        # «отправил» (shipped) is a flow word, and a list after the colon takes it
        E("ru", "С января по октябрь Узбекистан отправил больше всего фруктов в следующие страны:\n— Казахстан – 538 тыс. тонн\n— Россия – 341 тыс. тонн",
          surface="341 тыс. тонн", indicator="exports", exporter="UZB", importer="RUS", published="2021-11-22"),
        # goods other than energy that a country "received" are its imports
        E("en", "Egypt received 8.34 million tons of wheat from January through September.",
          indicator="imports", importer="EGY", published="2023-10-12"),
        # a flow word after "of which" / « dont » names the parts, not the whole before it
        E("en", "Trade between Vietnam and the EU grew fast. In the second year, it reached 61.4 billion USD, up nearly 11.9%, "
                "of which exports reached 45 billion USD.", surface="61.4 billion USD", indicator="bilateral_trade",
          published="2022-12-10"),
        E("fr", "Avec un volume d'échange de biens de 108,4 Md€ en 2023 (-5,1% par rapport à 2022), dont 47,9 Md€ "
                "d'exportations françaises, la Belgique est le 2e partenaire de la France.", surface="-5,1%",
          indicator="bilateral_trade", published="2024-03-10"),
        # goods delivered "between" two countries are their trade, both ways (not one side's exports;
        # "gas deliveries between" stay deliveries: the goods word must be a general one)
        E("en", "Deliveries of goods between Tajikistan and Russia grew by 12.5% in 2023 to $1.7 billion.",
          surface="$1.7 billion", indicator="bilateral_trade", exporter="RUS", importer="TJK", published="2024-03-02"),
        E("fr", "Les livraisons de marchandises entre le Tadjikistan et la Russie ont progressé de 12,5 % en 2023.",
          indicator="bilateral_trade", exporter="RUS", importer="TJK", published="2024-03-02"),
        E("ru", "Объем поставок товаров между Таджикистаном и Россией в 2023 году вырос на 12,5% и превысил $1,7 млрд.",
          surface="$1,7 млрд.", indicator="bilateral_trade", exporter="RUS", importer="TJK", published="2024-03-02"),
        E("en", "Gas deliveries between Russia and China rose 40% last year.", indicator="energy_deliveries",
          published="2024-03-02"),
        # a country's import or oil "bill" (« facture d'importation », « facture en pétrole ») is what it pays for its imports
        E("fr", "En 2019, la facture en pétrole brut de la France s'est élevée à 21,8 milliards d'euros.",
          indicator="energy_deliveries", exporter="WLD", importer="FRA", published="2020-06-15"),
        E("fr", "La facture d'importation du Sénégal a atteint 3 500 milliards de francs CFA en 2022.",
          indicator="imports", exporter="WLD", importer="SEN", published="2023-02-15"),
        # a market that "absorbed" goods bought them
        E("en", "As the main destination for Brazilian cars, the Argentine market absorbed 67.6 thousand units in the first quarter.",
          surface="67.6 thousand units", exporter="BRA", importer="ARG", published="2025-05-20"),
        E("fr", "Le Mali a absorbé 802,8 milliards FCFA d'exportations sénégalaises en 2024.",
          exporter="SEN", importer="MLI", published="2025-05-20"),
        # a buying verb next to the figure outweighs the production noun after it: the share of a
        # country's crop a buyer takes is trade
        E("fr", "Les Pays-Bas restent le premier importateur de cacao ivoirien, achetant 22,8 % de la production destinée à l'exportation en 2022.",
          surface="22,8 %", exporter="CIV", importer="NLD", published="2023-05-20"),
        # "export turnover", "import turnover" (Vietnamese releases in English) are one flow, not trade
        E("en", "Export turnover was estimated at US$136.17 billion, down 11.6 percent on the same period last year.",
          surface="US$136.17 billion", indicator="exports", published="2023-06-01"),
        E("en", "In May, import turnover was estimated at US$26.81 billion.", surface="US$26.81 billion",
          indicator="imports", published="2023-06-01"),
        # Russian "trade operations" and "have traded" are trade
        E("ru", "Объем торговых операций между Россией и ОАЭ в 2022 году вырос до $9 млрд, сообщил вице-премьер.",
          surface="$9 млрд", indicator="bilateral_trade", published="2023-02-20"),
        E("ru", "Казахстан и Узбекистан за год наторговали на 3,4 млрд долларов.",
          surface="3,4 млрд долларов", indicator="bilateral_trade", published="2025-02-20"),
        # goods of every kind "delivered" are trade, not energy; energy goods as one are energy
        E("en", "Goods worth $37.4 billion were delivered from China to Turkey in the first ten months.",
          indicator="exports", exporter="CHN", importer="TUR", published="2024-11-28"),
        E("fr", "Le volume de marchandises fournies à la Russie par la Turquie a atteint 1,1 milliard de dollars en août.",
          indicator="exports", exporter="TUR", importer="RUS", published="2024-10-02"),
        E("en", "US energy imports from Canada came to US$124 billion in 2024.",
          indicator="energy_deliveries", exporter="CAN", importer="USA", published="2025-02-05"),
        # ("energy" names goods only next to a flow word: a heading "Beyond energy:" leaves trade as trade)
        E("en", "BEYOND ENERGY: Trade between Russia and China rose 5.2% year on year to $56.68 billion in January-March.",
          surface="$56.68 billion", indicator="bilateral_trade", published="2024-04-20"),
        E("fr", "En 2020, l'énergie représentait 62 % des importations de l'UE en provenance de Russie.",
          indicator="energy_deliveries", exporter="RUS", importer="EUU", published="2021-03-01"),
        # a flow word after the figure and "and" heads the next, gapped clause, not the figure's
        E("en", "Vietnam's exports to China fell by 35.3 percent to $2.75 billion and imports by 20.1 percent to $5.54 billion.",
          surface="$2.75 billion", indicator="exports", exporter="VNM", importer="CHN", published="2020-02-06"),
        E("fr", "Les exportations vietnamiennes vers la Chine ont reculé de 35,3 % à 2,75 milliards de dollars et les importations de 20,1 %.",
          surface="2,75 milliards de dollars", indicator="exports", exporter="VNM", importer="CHN", published="2020-02-06"),
        # (a comma alone heads it when the figure's clause has its own flow word before it)
        E("ru", "Как следует из доклада, импорт в Таджикистан из РФ в 2023 году составил $1,58 млрд, экспорт в РФ из республики - $134,7 млн.",
          surface="$1,58 млрд", indicator="imports", exporter="RUS", importer="TJK", published="2024-03-01"),
        E("ru", "По данным статистики, объем узбекского экспорта в Россию в прошлом году составил 4,342 миллиарда долларов, импорта из РФ - 8,644 миллиарда.",
          surface="4,342 миллиарда долларов", indicator="exports", exporter="UZB", importer="RUS", published="2024-03-01"),
        # (... and a comma with an article after it, when the sentence named the figure's flow before
        # its clause: the opening « Alors que » clause holds it)
        E("fr", "Alors que les exportations suisses ont affiché leur plus forte hausse depuis 2010, à un record de 233,1 milliards "
          "de francs, les importations en ont fait de même, gagnant 8,6% à 201,8 milliards.",
          surface="233,1 milliards de francs", indicator="exports", exporter="CHE", importer="WLD", published="2019-01-29"),
        # a flow word in an apposition to a name describes the name, not the figure
        E("en", "By destination, Japan's exports to China, its biggest trading partner, fell 4.0% in October.",
          indicator="exports", exporter="JPN", importer="CHN", published="2023-11-16"),
        # so does one that qualifies partners a preposition introduces
        E("en", "Taiwan's exports to major trade partners in the Association of Southeast Asian Nations rose 15.1 percent to US$87.8 billion in 2024.",
          surface="US$87.8 billion", indicator="exports", exporter="TWN", importer="ASEAN", published="2025-02-26"),
        # imports and exports summed are the two-way trade
        E("en", "China's combined imports and exports with Russia reached $240 billion in 2023.",
          indicator="bilateral_trade", exporter="CHN", importer="RUS", published="2024-01-12"),
        E("fr", "Les importations et exportations combinées de la Chine avec la Russie ont atteint environ 240 milliards d'euros en 2024.",
          indicator="bilateral_trade", exporter="CHN", importer="RUS", published="2025-01-20"),
        E("ru", "Суммарный объем экспорта и импорта России и Китая в 2024 году составил 245 млрд долларов.",
          indicator="bilateral_trade", exporter="CHN", importer="RUS", published="2025-01-20"),
        E("en", "The value of Canada's imports and exports with the U.S. passed C$1 trillion last year.",
          indicator="bilateral_trade", exporter="CAN", importer="USA", published="2025-03-02"),
        E("fr", "Le chiffre d'affaires à l'import-export du Vietnam avec la Chine a atteint 100 milliards de dollars.",
          indicator="bilateral_trade", exporter="CHN", importer="VNM", published="2025-03-02"),
        # ... but a list of flows with "respectively" keeps each flow its own
        E("en", "Exports and imports of goods rose 2.7% and 1% respectively in September.", surface="1%",
          indicator="imports", published="2025-10-20"),
        # "exportation" and "importation" are English too, in some statistical notes
        E("en", "With Japan: exportation $700 million (13.8%), importation $240 million (3.8%).", surface="$240 million",
          indicator="imports", published="2023-01-31"),
        E("en", "Beijing paid about $7.4 billion for Russian pipeline gas last year.", indicator="energy_deliveries",
          commodity="gas", exporter="RUS", importer="CHN", published="2025-01-15"),
        E("en", "The two countries traded goods worth $240 billion in 2023, Chinese customs said on Friday.",
          indicator="bilateral_trade", period="2023", published="2024-01-12"),
             E("fr", "Les échanges commerciaux entre la Chine et la Russie ont atteint 240,1 milliards de dollars en 2023.",
               indicator="bilateral_trade", exporter="CHN", importer="RUS", period="2023", modality="actual"),
             E("fr", "Les exportations chinoises vers la Russie ont bondi de 153 % en avril sur un an.",
               surface="153 %", indicator="exports", exporter="CHN", importer="RUS", period="2023-04", basis="yoy",
               published="2023-05-24"),
             E("en", "China's imports from Russia fell 9.6% in the first half of 2025.",
               indicator="imports", exporter="RUS", importer="CHN", value=-9.6, period="2025-H1"),
             E("en", "The EU's trade deficit with China reached \u20ac291 billion last year.",
               indicator="trade_balance", exporter="CHN", importer="EUU", period="2023"),
             # a balance with a world word and no partner is against the world
             E("en", "Japan's overall trade surplus dropped 32.6 percent last month to 528.5 billion yen.",
               surface="528.5 billion yen", indicator="trade_balance", exporter="JPN", importer="WLD"),
             E("fr", "Le déficit commercial total de la France s'est creusé à 99 milliards d'euros.",
               indicator="trade_balance", exporter="WLD", importer="FRA"),
             # « déséquilibre commercial » is a balance
             E("fr", "Le déséquilibre commercial en faveur de la Russie a dépassé 55 milliards de dollars en 2023.",
               indicator="trade_balance", exporter="RUS", published="2024-09-01"),
             # a balance "between A and B" is A's
             E("fr", "Le déficit commercial entre l'UE et la Chine a atteint 292 milliards d'euros l'an dernier.",
               indicator="trade_balance", exporter="CHN", importer="EUU"),
             E("fr", "L'excédent commercial entre Ottawa et Washington est passé à 11,7 milliards de dollars en septembre.",
               surface="11,7 milliards de dollars", indicator="trade_balance", exporter="CAN", importer="USA"),
             E("ru", "Дефицит в торговле между ЕС и Китаем вырос до 292 млрд евро.", indicator="trade_balance",
               exporter="CHN", importer="EUU"),
             # a non-trade word inside a longer flow or goods phrase is part of it
             E("en", "Australia's LNG export earnings rose to a record A$92 billion last year.", surface="A$92 billion",
               indicator="energy_deliveries", unit="AUD"),
             # ... and so are the earnings of a country's sales abroad ("exports earnings", "foreign
             # exchange earnings", "earnings from" its goods), and « chiffre d'affaires commercial »,
             # the turnover of trade between two countries
             E("en", "Zambia's copper exports earnings rose 8.4 percent to K6.7 billion in April.", surface="K6.7 billion",
               indicator="exports", exporter="ZMB", published="2019-06-01"),
             E("en", "Tea brought in foreign exchange earnings of $261 million in the first seven months, Sri Lanka's board said.",
               surface="$261 million", indicator="exports", commodity="agri", published="2010-09-01"),
             E("fr", "Le chiffre d'affaires commercial entre l'Arménie et l'Iran a atteint 759 millions de dollars en onze mois.",
               surface="759 millions de dollars", indicator="bilateral_trade", exporter="ARM", importer="IRN", published="2022-12-20"),
             E("en", "Shipments of iron ore fines to China jumped 22.5% to $973 million.", surface="$973 million",
               indicator="exports", commodity="other"),
             E("en", "Kenya's exports of fresh produce to Pakistan reached Sh50.2 billion in October.", surface="Sh50.2 billion",
               indicator="exports", commodity="agri", exporter="KEN", importer="PAK", published="2018-12-01"),
             # a supplier's figure is its buyer's imports, even with no flow word: « fournisseur du Cameroun »
             E("fr", "En 2023, la France se positionne comme le troisième fournisseur du Cameroun avec 8,2 % des parts de marché.",
               surface="8,2 %", indicator="imports", exporter="FRA", importer="CMR", measure="share", published="2024-05-01"),
             # « déficitaire » alone is a balance word
             E("fr", "La balance commerciale avec la Chine reste déficitaire, à 8418 MD en 2023.", surface="8418 MD",
               indicator="trade_balance", unit="TND", published="2024-02-01"),
             E("fr", "Le chiffre d'affaires bilatéral a augmenté de plus de 10 % pour atteindre 27 milliards de dollars.",
               surface="27 milliards de dollars", indicator="bilateral_trade"),
             E("fr", "Les États-Unis représentent 28,6 % du chiffre d'affaires à l'exportation du Vietnam.",
               surface="28,6 %", indicator="exports"),
             E("fr", "Les revenus commerciaux ont augmenté de 5,2 % sur un an.", surface="5,2 %", indicator="bilateral_trade"),
             # "commercial exchange", the English of Latin American and Iranian outlets (intercambio comercial)
             E("en", "Colombia and Venezuela said the commercial exchange between the two nations increased by 19% in the first half of 2023.",
               surface="19%", indicator="bilateral_trade", exporter="COL", importer="VEN", period="2023-H1"),
             # a country's periphrasis is no word about the economy
             E("fr", "Le déficit commercial de la deuxième plus grande économie du monde avec la Russie est de 3,6 milliards de dollars.",
               surface="3,6 milliards de dollars", indicator="trade_balance"),
             E("fr", "L'excédent commercial de la première économie européenne avec les États-Unis a atteint 70 milliards d'euros.",
               surface="70 milliards d'euros", indicator="trade_balance", exporter="DEU", importer="USA"),
             E("en", "America bought three times as much as Germany, the EU's largest economy, which came second on \u00a363billion.",
               surface="\u00a363billion", unit="GBP"),
             # flow words news uses: "imports ... were valued at", "sends", "inflows", « envois », « importateur »
             E("en", "India's imports from Russia were valued at $9.87bn last financial year.", surface="$9.87bn",
               indicator="imports"),
             E("en", "Brazil sends 7.56 mln tonnes of soybeans to China in March.", surface="7.56 mln tonnes",
               indicator="exports", commodity="agri"),
             # "a N% increase in <demonym> exports": the flow word after the change noun is the figure's,
             # not the "bilateral trade" before it
             E("en", "In June, bilateral trade held steady at around $17.6 billion, with a 2.2% increase in Chinese exports "
               "to $8.28 billion and a 2.9% drop in Russian imports to $9.32 billion.", surface="2.9%",
               indicator="imports", published="2025-07-15"),
             E("en", "In June, bilateral trade held steady at around $17.6 billion, with a 2.2% increase in Chinese exports "
               "to $8.28 billion.", surface="2.2%", indicator="exports", published="2025-07-15"),
             # "inbound shipments" are imports, not the shipments (exports) of "shipments" alone
             E("en", "India's inbound shipments from China rose by 11.88 percent to USD 74 billion in April-October.",
               surface="11.88 percent", indicator="imports", exporter="CHN", importer="IND", published="2025-11-15"),
             # goods counted in bottles or bags are the drinks or crops named, not cars
             E("fr", "La France a vendu 82,1 millions de bouteilles de cognac aux États-Unis en 2023.",
               surface="82,1 millions de bouteilles", indicator="exports", commodity="agri", exporter="FRA", importer="USA"),
             E("ru", "Грузия продала в Россию 20,53 миллиона бутылок вина.", surface="20,53 миллиона бутылок",
               indicator="exports", commodity="agri", exporter="GEO", importer="RUS"),
             # a word that names the figure spoken of before carries its flow over more than a sentence
             E("ru", "Товарооборот Таджикистана и Китая в 2024 году составил $2,5 млрд. Это рекорд для двух стран. "
               "По данным дипмиссии, за первые семь месяцев 2025 года показатель составил $829 миллионов.",
               surface="$829 миллионов", indicator="bilateral_trade", exporter="CHN", importer="TJK", period="2025-01/2025-07",
               published="2025-09-01"),
             # a country's market share is its share of the trade; "valued at" states a flow's value
             E("en", "China bought 100 million tonnes of soybeans last year. That pegs Brazil's market share at 53%.",
               surface="53%", indicator="imports", exporter="BRA", importer="CHN", measure="share", published="2023-03-01"),
             E("fr", "En 2020, les exportations canadiennes vers le Japon étaient évaluées à 7,5 G$ CA.", surface="7,5 G$",
               indicator="exports", exporter="CAN", importer="JPN", published="2021-05-01"),
             # (and with no goods named near them: the lexicon's goods of the pack, pack_goods)
             E("en", "Uganda's coffee exports reached 295,194 bags in May. Sudan imported 37,714 bags, against 45,175 bags in April.",
               surface="37,714 bags", commodity="agri", importer="SDN", published="2024-06-10"),
             E("en", "Crude inflows from the US rose by 15 per cent.", surface="15 per cent", indicator="energy_deliveries",
               commodity="oil"),
             # refined products are oil: diesel, jet fuel, kerosene, « gazole », «дизельное топливо»
             E("en", "Nigeria imported kerosene and jet fuel worth N15.2 billion from India in the first quarter.",
               surface="N15.2 billion", indicator="energy_deliveries", commodity="oil", exporter="IND", importer="NGA"),
             E("fr", "Les importations de gazole de la France en provenance de Russie ont chuté de 40 % en 2023.",
               surface="40 %", indicator="energy_deliveries", commodity="oil", exporter="RUS", importer="FRA",
               published="2024-01-10"),
             E("ru", "Экспорт дизельного топлива из России в Турцию вырос на 12% в 2023 году.", surface="12%",
               indicator="energy_deliveries", commodity="oil", exporter="RUS", importer="TUR", published="2024-01-10"),
             E("fr", "Les envois d'acier japonais vers les États-Unis ont chuté en août (-26,2 % sur un an).",
               surface="-26,2 %", indicator="exports"),
             E("fr", "La Chine, premier importateur de pétrole brut, avec une moyenne quotidienne de 10 millions de barils.",
               surface="10 millions de barils", unit="bbl/d"),
        E("ru", "Товарооборот России и Китая в 2023 году вырос на 26,3%, до 240,1 млрд долларов.", surface="240,1 млрд долларов", indicator="bilateral_trade", exporter="CHN", importer="RUS", period="2023", modality="actual"),
        E("ru", "Экспорт Китая в Россию за январь-июль вырос на 5,2%.", indicator="exports", exporter="CHN", importer="RUS", period="2022-01/2022-07", basis="yoy", published="2022-08-07"),
        E("ru", "Импорт Китая из России в первом полугодии 2025 года снизился на 9,6%.", indicator="imports", exporter="RUS", importer="CHN", value=-9.6, period="2025-H1"),
        E("ru", "Дефицит торгового баланса ЕС с Китаем составил 291 млрд евро.", indicator="trade_balance", exporter="CHN", importer="EUU"),
        E("ru", "Китай ввез в Россию товаров на 51,6 млрд долларов.", exporter="CHN", importer="RUS"),
        # a capacity a pipeline is to reach is the deliveries planned (not the size it was built to)
        E("en", "The Power of Siberia pipeline to China will reach its full export capacity of 38 bcm of gas a year in 2025.",
          surface="38 bcm", indicator="energy_deliveries", exporter="RUS", importer="CHN", period="2025", modality="forecast",
          published="2024-01-10"),
        E("fr", "Le gazoduc Force de Sibérie vers la Chine atteindra sa pleine capacité de 38 milliards de m3 en 2025.",
          surface="38 milliards de m3", indicator="energy_deliveries", period="2025", modality="forecast", published="2024-01-10"),
        # « doit atteindre »: what the pipeline is to carry, a forecast
        E("fr", "Long de 3 000 kilomètres, le gazoduc vers la Chine doit atteindre sa capacité nominale de 38 milliards de m3 par an en 2025.",
          surface="38 milliards de m3", indicator="energy_deliveries", period="2025", modality="forecast", published="2023-01-10"),
        # the money a flow of the clause earns is that flow's value
        E("en", "China was Vietnam's second-largest export market, with total revenue of US$35.79 billion in the eight months.",
          surface="US$35.79 billion", indicator="exports", exporter="VNM", importer="CHN", published="2024-09-10"),
        E("fr", "L'Angola a exporté près de 400 millions de barils de pétrole brut en 2023, générant des recettes de plus de 30 milliards de dollars.",
          surface="30 milliards de dollars", indicator="energy_deliveries", exporter="AGO", published="2024-02-10"),
        # ... and with no flow word, the money the exports just spoken of earn
        E("en", "The Philippines' exports to the US reached $2.47 billion in February. It is followed by Japan with 15.25% share with revenues amounting to $728.35 million.",
          surface="$728.35 million", indicator="exports", exporter="PHL", importer="JPN", published="2017-04-10"),
        # a supplier noun in the sentence before heads a list of the buyer's imports
        E("en", "China, Oman and India were the top suppliers to the Maldives last month, broken down as:\n\n• China – MVR 782 million\n• Oman – MVR 768 million\n• India – MVR 683 million",
          surface="MVR 768 million", indicator="imports", exporter="OMN", importer="MDV", published="2024-08-01"),
        # with "respectively", a phrase for both flows names them in turn
        E("fr", "La valeur des importations et des exportations belges a reculé respectivement de 12,3 % et de 10,9 % sur un an.",
          surface="10,9 %", indicator="exports", exporter="BEL", importer="WLD"),
        # a market share beside a customer or supplier noun is a share of that country's trade
        E("fr", "Les exportations italiennes ont progressé de 3 % au premier semestre. La France est le deuxième client de l'Italie avec une part de marché de 10,8 %.",
          surface="10,8 %", indicator="exports", exporter="ITA", importer="FRA", measure="share", published="2014-09-10"),
        # a share named again by a pronoun (« celle de », "that of") is a share too
        E("fr", "La part de la Chine dans les importations de pétrole russe était de 47% en juillet, tandis que celle de l'Inde était de 37%.",
          surface="37%", measure="share", published="2024-09-01"),
        # ... and so is a country's own market share, named after the word or by a possessive
        E("fr", "La Chine a importé 99 millions de tonnes de soja en 2023. La part de marché du Brésil a augmenté pour atteindre 70 %.",
          surface="70 %", indicator="imports", exporter="BRA", importer="CHN", measure="share", published="2024-01-20"),
        E("en", "Britain imported 40 bcm of gas in 2019. Norway remained its top supplier, but its market share shrank to 57% from 72% in 2018.",
          surface="57%", indicator="energy_deliveries", exporter="NOR", importer="GBR", measure="share", published="2020-03-01"),
    ], [
             E("ru", "ВВП России в 2023 году вырос на 3,6%."),
             # the country's growth is no trade figure, whatever the sentence before spoke of
             E("fr", "Gazprom a livré 15,5 milliards de m3 à la Chine en 2022. Ces chiffres contrastent avec la conjoncture chinoise : la croissance du pays n'a atteint que 3 % en 2022.",
               surface="3 %"),
             # the baseline of a figure that is no trade is none either; nor is gas extracted («добыто»)
             E("fr", "L'Algérie exporte davantage. La consommation, elle, a progressé à 25,8 milliards de m³, contre 24,1 milliards un an auparavant.",
               surface="24,1 milliards"),
             # (a few words may stand between the comparison word and the baseline)
             E("en", "Indonesia exported 500 million tonnes of coal last year. It aims to produce 710 million tonnes in 2024, against a record high of 775 million tonnes last year.",
               surface="775 million tonnes"),
             E("ru", "В январе-августе в Азербайджане добыто 30,6 млрд кубометров газа."),
             # a harvest, a crushing, a production plan are no trade
             E("en", "As the harvest in 2022/23 was around 20 million tons, the industry needed to import the grain."),
             E("fr", "L'Indonésie prévoit de produire 695 millions de tonnes de charbon cette année."),
             E("fr", "Le pays s'est fixé pour objectif d'exploiter 663 millions de tonnes de charbon en 2022."),
             E("ru", "Урожай пшеницы в Египте составил 9,8 млн тонн, а импорт остался высоким."),
             # ... but a company's revenue with no flow word in its clause is no trade figure
             E("en", "Apple's revenue rose to $90 billion in the quarter."),
             # a supplier noun in the sentence before heads no figure of a clause that names no country
             E("en", "Exporters complain that payment channels remain clogged. Freight insurance premiums have risen by as much as 40%."),
             E("fr", "Le chiffre d'affaires du groupe a atteint 12 milliards d'euros."),
             E("ru", "Выручка компании выросла до 5 млрд рублей."),
             E("ru", "Проектная мощность газопровода составляет 38 млрд куб. м в год."),
             E("ru", "Инфляция в Китае замедлилась до 0,2%."),
             E("fr", "Le PIB russe a progressé de 3,6 % en 2023."),
             # what a pipeline can carry is its capacity, no flow
             E("fr", "Le gazoduc peut transporter jusqu'à 30,2 milliards de m³ par an de gaz algérien vers l'Italie."),
             E("en", "The pipeline can carry 38 bcm of Russian gas a year to China."),
             # resources in the ground, a country's stock of vehicles
             E("en", "Iraq's recoverable oil resources are estimated at 145 billion barrels."),
             E("fr", "Les véhicules de 20 ans et plus représentaient 57,6 % du parc national de 1 435 038 véhicules."),
             # a stake held is no trade
             E("fr", "Les livraisons de GNL débuteront en 2026, depuis des projets dans lesquels TotalEnergies détient respectivement 9,375 % et 6,25 %."),
             E("en", "Washington raised tariffs on Chinese electric vehicles to 100%."),
             E("en", "The pipeline has a capacity of 38 billion cubic meters a year."),
             # investment, production, a tariff, storage are no trade
             E("en", "Russian companies have invested $13 billion in Kazakhstan's economy to date."),
             E("en", "Indonesia plans to produce 695 million tonnes of coal this year."),
             E("en", "Japan's exports slowed in May. Core machinery orders, a gauge of capital spending, rose 2.3% in May."),
             # a company's market share is no trade figure
             E("en", "China's smartphone imports fell. Huawei's market share in China rose to 40%."),
             # the currency trade is settled in, a terminal's utilisation, a coverage ratio are no trade figures
             E("ru", "Доля рубля во взаимных расчетах России и Киргизии достигла 97%."),
             E("en", "Germany's LNG imports rose. The Brunsbüttel terminal operated at about 84 % utilisation."),
             E("fr", "Les exportations vers le Royaume-Uni ont atteint 1,87 milliard DH, soit un taux de couverture de l'ordre de 77%.",
               surface="77%"),
             E("fr", "Le Japon a accepté d'investir 550 milliards de dollars aux États-Unis."),
             E("fr", "Toutefois, ce tarif pourrait passer à 25 % à partir du 1er août."),
             E("fr", "Les importations d'acier sont surtaxées depuis juin à 50 %."),
             E("fr", "La Commission tente d'imposer des niveaux de stockage de 80 % pour tous les pays."),
             E("fr", "Les exportations chinoises vers les États-Unis ont reculé, les droits cumulés grimpant jusqu'à 245 %."),
             # a non-trade word in a percentage's "of" phrase
             E("en", "China's exports are mostly iron ore, as China accounts for 57.4% of global steel production."),
             E("en", "The EU and the USA generate more than 40% of global economic output."),
             # jobs, homes and households, tourists' nights are no flows of goods
             E("en", "A study finds that 13.1% of Canadian jobs are connected to exports to the US."),
             E("fr", "Au moins 95 % des ménages du pays ont désormais accès à l'électricité importée."),
             E("ru", "Экспорт обеспечивает 2,5 млн рабочих мест в стране."),
         ]),
    Rule("context.energy", "oil, gas, LNG, coal and electricity flows are energy deliveries", "claim", [
        # cubic metres of timber are no gas
        E("en", "Canada shipped 4.2 million cubic metres of softwood to China in 2020.",
          surface="4.2 million cubic metres", indicator="exports", commodity="other"),
        E("fr", "Le Gabon a exporté 1,2 million de mètres cubes de grumes vers la Chine en 2019.",
          surface="1,2 million de mètres cubes", indicator="exports", commodity="other"),
        E("ru", "Приморье экспортировало в Китай 731,7 тыс. кубометров пиломатериалов в 2020 году.",
          surface="731,7 тыс. кубометров", indicator="exports", commodity="other"),
        E("fr", "La Chine a importé 107 millions de tonnes de pétrole russe en 2023.",
          indicator="energy_deliveries", commodity="oil", exporter="RUS", importer="CHN", value=1.07e8, unit="t"),
        E("en", "Russian pipeline gas deliveries to China reached 22.7 bcm in 2023.",
          indicator="energy_deliveries", commodity="gas", exporter="RUS", importer="CHN", period="2023"),
        E("fr", "Les livraisons de gaz et de pétrole devraient augmenter de 40% cette année.",
          title="Pékin et Moscou", commodity="oil_gas", modality="forecast", period="2023", published="2023-05-24"),
        E("ru", "Поставки российского газа в Китай по итогам 2023 года составили 22,7 млрд куб. м.", indicator="energy_deliveries", commodity="gas", exporter="RUS", importer="CHN", period="2023"),
        E("ru", "Китай импортировал 107 млн тонн российской нефти.", indicator="energy_deliveries", commodity="oil", exporter="RUS", importer="CHN"),
        # a delivery word in a story that never speaks of energy delivers goods: exports
        E("en", "Russia's exports to Turkey grew. In second place was China, whose supplies were estimated at almost $45 billion.",
          surface="$45 billion", indicator="exports", published="2024-02-10"),
        # goods named by their sector or stage are other goods; goods after "of which" are the parts'
        E("en", "Exports of metalliferous ores reached a record $20.5 billion in June.", commodity="other", published="2024-08-01"),
        E("en", "Imports of intermediate goods from Vietnam reached 1.01 trillion yuan this year.", commodity="other", published="2024-12-10"),
        E("fr", "Les exportations de minéraux vers la Chine ont atteint 245 millions de dollars en 2023.", commodity="other", published="2024-03-01"),
        # "respectively" pairs goods of one kind named in different words with their own figures
        E("en", "Vietnam's key export products such as textiles, footwear and seafood recorded increases of 24%, 19% and 41%, respectively, in 2023.",
          surface="24%", commodity="other", published="2024-01-10"),
        E("en", "Chile's exports in November were $7.73 billion, of which mining products brought $4.69 billion.",
          surface="$7.73 billion", commodity="all", published="2024-12-10"),
        # edible oils are farm goods, not energy
        E("en", "India's imports of edible oils fell 18% to 6.8 lakh tonne in May.", surface="6.8 lakh tonne",
          indicator="imports", commodity="agri", published="2020-06-15"),
        E("en", "Imports of crude palm oil registered a 14% decline in May.", surface="14%",
          indicator="imports", commodity="agri", published="2020-06-15"),
        E("fr", "Les importations d'huiles végétales ont reculé de 12 % en mai.", surface="12 %",
          indicator="imports", commodity="agri", published="2020-06-15"),
        E("ru", "Индия закупала около 1,9 млн баррелей в сутки российской нефти.", commodity="oil", unit="bbl/d", exporter="RUS", importer="IND", approx="about"),
        E("ru", "Поставки российской нефти в Индию выросли до 1,9 млн барр./сутки.", surface="1,9 млн барр./сутки", unit="bbl/d",
          exporter="RUS", importer="IND"),
        # a flow that leaves energy out is of other goods
        E("en", "Singapore's non-oil domestic exports rose 12.3 per cent in September.",
          indicator="exports", commodity="other", published="2023-10-17"),
        E("fr", "Les exportations hors hydrocarbures de l'Algérie ont atteint 5 milliards de dollars en 2023.",
          indicator="exports", commodity="other", exporter="DZA"),
        E("ru", "Объем ненефтяного экспорта Казахстана вырос на 5%.", indicator="exports", commodity="other"),
    ]),
    Rule("context.partners", "demonyms, capitals, possessives and prepositions give the direction", "claim", [
        # a country listed with its figure after "to" trades with the subject of a verb on its own
        # ("its", « ses ») flow, not with the story's country
        E("fr", "A l'inverse, l'Ile Maurice enregistre un rebond de ses exportations vers les Etats-Unis (+ 18,2 % en 2010 à 120 millions US$). Madagascar n'a exporté que 1,7 million de dollars.",
          surface="+ 18,2 %", exporter="MUS", importer="USA", published="2011-03-01"),
        # "followed by", « suivi de » end the figure's clause (lexicon clause_breaks): the next
        # country named is the next figure's
        E("en", "China topped the destinations of Qatar's exports in December 2022, with about 8.4 billion riyals, or "
                "21.9 percent, followed by India with 4.2 billion riyals.", surface="21.9 percent", exporter="QAT",
          importer="CHN", published="2023-02-10"),
        E("fr", "Les exportations du Cameroun vers la Chine ont atteint 15,8 % du total en 2021, suivie de l'Inde (10,8 %).",
          surface="15,8 %", exporter="CMR", importer="CHN", published="2022-02-10"),
        # (not a market a verb governs: "to replace the European market it lost" names no destination)
        E("en", "Moscow counts on Asia to replace the European market it lost. Supplies from Sakhalin to China should start in 2027 at 10 bcm a year.",
          surface="10 bcm", exporter="RUS", importer="CHN", published="2024-01-20"),
        # a figure with its own flow word glued after it is not the next item of the list before
        # it ("... à la Russie et 28,5 % pour les achats": the purchases are Chinese, from Russia)
        E("fr", "En novembre, la hausse atteignait 17,9 % pour les ventes chinoises à la Russie et 28,5 % pour les achats.",
          surface="28,5 %", exporter="RUS", importer="CHN", published="2022-12-10"),
        # a country's market is where the goods go ("from the South Korean market", «Российский рынок»)
        E("en", "Vietnamese exporters earned $6.6 billion from the South Korean market last year.",
          surface="$6.6 billion", exporter="VNM", importer="KOR", published="2014-01-10"),
        E("ru", "Российский рынок остается первым в поставках плодоовощной продукции из Узбекистана: 277 миллионов долларов за восемь месяцев.",
          surface="277 миллионов долларов", exporter="UZB", importer="RUS", published="2022-09-20"),
        E("fr", "Les ventes de cognac sur le marché chinois ont reculé de 12 % au premier semestre.",
          surface="12 %", importer="CHN", published="2022-08-20"),
        # a share's holder before a past or future tense of its verb ("a représenté", "has accounted for")
        E("fr", "Le Mercosur a représenté 69 % des importations européennes de bœuf en juillet.",
          surface="69 %", exporter="", importer="EUU", published="2025-09-01"),
        # the scorer reads the figure's direction off its own flow (exports here), not the nearest
        # flow word, which may be the next clause's ("and its imports from China")
        E("en", "Compared to 2020, Indonesia’s exports to China jumped 70.02 percent to reach US$63.63 billion and its imports from China rose 47.87 percent to touch US$60.71 billion last year.",
          surface="US$63.63 billion", indicator="exports", exporter="IDN", importer="CHN", published="2022-02-03"),
        # a Russian region that trade news names as the seller is Russia
        E("ru", "Экспорт мяса птицы из Ставропольского края в Казахстан составил 15 тыс. тонн в 2023 году.",
          exporter="RUS", importer="KAZ", published="2024-03-01"),
        # (any of the federation's regions and republics: « Астраханская область », « Татарстан »)
        E("ru", "Товарооборот Астраханской области с Ираном вырос на 12% в 2025 году.",
          indicator="bilateral_trade", exporter="IRN", importer="RUS", published="2026-01-20"),
        E("ru", "Экспорт из Татарстана в Турцию составил 1,2 млрд долларов в 2024 году.",
          exporter="RUS", importer="TUR", published="2025-02-10"),
        # a country's region that names a country inside its own name is the country's:
        # "New Mexico" is no Mexico, "Northern Ireland" no Ireland, "Inner Mongolia" no Mongolia
        E("en", "Exports from New Mexico to China rose 20% in 2023.", exporter="USA", importer="CHN",
          published="2024-03-01"),
        E("en", "Ireland's exports to Northern Ireland rose 10% in 2023.", exporter="IRL", importer="GBR",
          published="2024-03-01"),
        E("fr", "Les exportations de la Colombie-Britannique vers le Japon ont atteint 5 milliards de dollars en 2022.",
          exporter="CAN", importer="JPN", published="2023-03-01"),
        E("en", "Texas LNG exports to Europe rose 30% in 2023.", exporter="USA", importer="EUU", published="2024-03-01"),
        E("ru", "Экспорт из Синьцзяна в Кыргызстан за первый квартал составил 14,59 млрд юаней.",
          exporter="CHN", importer="KGZ", published="2022-05-01"),
        # "our exports", « nos exportations »: the flow of the outlet's country (a French ministry's page)
        E("fr", "Le repli de nos exportations à Hongkong enregistré en 2006 (-1 %) s'est accentué en 2007.",
          surface="-1 %", exporter="FRA", importer="HKG", published="2007-08-01",
          url="https://www.tresor.economie.gouv.fr/Pays/HK/echanges"),
        # partners named as a group by their number ("the five countries", «эти три страны»): no one partner
        E("en", "Zambia's exports to China, Switzerland, the DR Congo, Singapore and South Africa rose in January 2013. The "
                "bulletin shows that the five countries collectively accounted for 88.1 per cent of Zambia's total export "
                "earnings in January, 2013.",
          surface="88.1 per cent", exporter="ZMB", importer="", published="2013-03-01"),
        E("ru", "Основными покупателями казахстанской пшеницы стали Узбекистан, Таджикистан и Афганистан. На эти три страны "
                "пришлось 70% экспорта пшеницы из Казахстана в 2022 году.",
          surface="70%", exporter="KAZ", importer="", published="2023-03-01"),
        # "Europe" listed among two other continents is the continent, with no code (Turkey,
        # Britain, Norway are in it); beside one continent, or alone, it is the EU
        E("en", "Senegal's exports in 2024 went mainly to Africa (37%), Europe (27.2%) and Asia (23.6%).",
          surface="27.2%", exporter="SEN", importer="", published="2025-03-02"),
        E("fr", "En 2024, les exportations du Sénégal se sont orientées vers les continents africain (37 %), "
                "européen (27,2 %) et asiatique (23,6 %).", surface="27,2 %", exporter="SEN", importer="",
          published="2025-03-02"),
        E("en", "Since January the United States has exported 52.3 bcm of LNG to Europe and 21.1 bcm to Asia.",
          surface="52.3 bcm", exporter="USA", importer="EUU", published="2023-08-02"),
        E("en", "The second-largest LNG flow ran from North America to Europe at 55.2mn tonnes in 2022.",
          importer="EUU", published="2023-03-02"),
        E("en", "Senegal's exports to Europe rose 12% in 2024.", exporter="SEN", importer="EUU", published="2025-03-02"),
        # "non-EU countries", "other markets", « pays hors UE », « autres marchés »: several partners, no code
        E("en", "UK exports to EU countries rose to £13.9 billion, while exports to non-EU countries increased to £12.6 billion in October.",
          surface="£12.6 billion", exporter="GBR", importer="", published="2011-12-09"),
        E("en", "Sri Lanka's exports to other markets decreased 9.3% to US$64.75 million in June.", surface="9.3%",
          exporter="LKA", importer="", published="2025-07-20"),
        # the country of a currency's name is no partner: «240 млрд долл. США» is one sentence, with China alone
        E("ru", "Товарооборот с Китаем превысил 240 млрд долл. США.", exporter="CHN", importer="WLD", published="2024-10-20"),
        # a bloc the contract has no code for (the East African Community, the CPTPP, CEFTA):
        # that side is left empty, no one country
        E("en", "Tanzania exported goods worth $811.2 million to the EAC region in 2020.",
          exporter="TZA", importer="", published="2021-12-31"),
        E("fr", "En 2020, les exportations canadiennes à destination des membres du PTPGP ont augmenté de 2,1 %.",
          exporter="CAN", importer="", published="2021-06-01"),
        # (« l'Union » alone is the EU named before, not in « l'Union du Maghreb arabe » nor in
        # « l'Union des Comores », the islands' official name)
        E("fr", "Les échanges de l'Union des Comores avec le reste du monde ont atteint 278 M€ en 2015.",
          surface="278 M€", exporter="COM", importer="WLD", published="2016-06-01"),
        E("fr", "Les exportations de l'Algérie vers les pays de l'Union du Maghreb arabe ont augmenté de 18 % en 2011.",
          exporter="DZA", importer="", published="2012-03-01"),
        # "European countries", « les pays africains »: the bloc or region as a name
        E("fr", "Les exportations d'Oman vers les pays européens ont atteint 197 millions de dollars en mai.",
          exporter="OMN", importer="EUU", published="2024-07-01"),
        E("fr", "Les exportations de la Chine vers les pays africains ont augmenté de 7,5 % l'an dernier.",
          exporter="CHN", importer="AFR", published="2024-02-01"),
        E("en", "Morocco's exports to European countries reached $197 million in May.",
          exporter="MAR", importer="EUU", published="2024-07-01"),
        # a flow after a two-way figure takes its pair in the order the article's flow owner
        # gives it (a two-way figure's pair is in no order)
        E("fr", "Les exportations luxembourgeoises ont bien résisté en 2023. Les échanges entre l'Allemagne et le Luxembourg "
                "ont atteint 5,3 milliards d'euros. Les exportations ont progressé de 4 %, à 3,5 milliards d'euros.",
          surface="4 %", exporter="LUX", importer="DEU", published="2024-03-01"),
        # « dans » before a country names where exported goods went (« exportées dans l'UE »)
        E("fr", "Avec 283 614 voitures exportées dans les pays de l'UE en 2018, le Maroc arrive cinquième.",
          surface="283 614 voitures", exporter="MAR", importer="EUU", published="2019-05-01"),
        # the Central Asian press's short names of its republics: «РУз», «КР», «РК» (gazetteer)
        E("ru", "Товарооборот РУз с Китаем за 2023 год составил 14 млрд долларов.",
          surface="14 млрд долларов", exporter="CHN", importer="UZB", published="2024-01-20"),
        # « à partir de » before a country names where the goods came from
        E("fr", "Les importations marocaines à partir de l'Egypte ont atteint 68,5 MDH en 2001.",
          surface="68,5 MDH", exporter="EGY", importer="MAR", published="2002-03-01"),
        # a relative of possession ("whose", « dont », «чей») makes the name before it the flow's owner
        E("fr", "La Turquie et l'Allemagne sont suivies du Kazakhstan, dont les exportations vers la Russie se sont élevées à 881 millions de dollars en août.",
          exporter="KAZ", importer="RUS", published="2023-10-01"),
        E("en", "Turkey and Germany were followed by Kazakhstan, whose exports to Russia reached $881 million in August.",
          exporter="KAZ", importer="RUS", published="2023-10-01"),
        # imports owned by a demonym: « de » before a name is where they come from, not whose they are
        E("fr", "Selon l'INS, les importations tunisiennes de l'Italie se sont élevées à 3,962 milliards de dinars en 2019.",
          exporter="ITA", importer="TUN", published="2020-02-01"),
        # a region's members (gazetteer bloc_members): a country listed under « les pays arabes » is one of
        # them, a partner of the article's country, not a side of the region's own flow
        E("fr", "Les exportations tunisiennes ont progressé de 9 % en 2023. Vers les pays arabes, les ventes ont augmenté avec "
                "l'Algérie (+19 %) et la Libye (+6 %).", surface="+19 %", exporter="TUN", importer="DZA", published="2024-01-20"),
        # "the South American country": the region's one country the sentence names, not the article's other
        E("en", "The Uruguay XXI Institute in Montevideo reported that the South American country's exports totalled "
                "US$1.1 billion in May. China bought a quarter of them.", title="Uruguay's sales to China climb",
          surface="US$1.1 billion", exporter="URY", importer="WLD", published="2025-06-10"),
        # a world word describing a rank is no partner ("the world's biggest oil exporter"); « le marché
        # international » is the world
        E("en", "Oil shipments from the Gulf held up. Saudi Arabia, the world's biggest oil exporter, increased its "
                "volumes by 2% from a year earlier.", title="China's crude imports from Saudi Arabia",
          surface="2%", exporter="SAU", importer="CHN", published="2021-10-20"),
        E("fr", "Les ventes de vanille vers les États-Unis ont reculé. Madagascar a fourni 31 % de la vanille écoulée sur "
                "le marché international en 2019.", surface="31 %", exporter="MDG", importer="WLD", published="2020-06-20"),
        # an English demonym right before a flow word owns it (en lexicon demonym_owns_flow); after a
        # possessor it names the origin ("India's Russian imports")
        E("en", "France now takes about 8% of Spanish exports.", surface="8%", exporter="ESP", importer="FRA", published="2024-03-01"),
        E("en", "India's Russian imports fell to $3.4 billion in March 2024.", exporter="RUS", importer="IND", published="2024-04-15"),
        # a bare « de » after an imports word names the origin (« de la Turquie » would be its own imports)
        E("fr", "Les achats tunisiens à l'étranger ont fléchi. Les importations de Turquie ont reculé de 27 % sur neuf mois.",
          surface="27 %", exporter="TUR", published="2023-10-12"),
        # a demonym's short form (the gazetteer's data: «ланкийский» beside «шри-ланкийский»)
        E("ru", "Экспорт ланкийского чая в Россию в январе - июле 2025 года составил 13 млн кг.",
          exporter="LKA", importer="RUS", published="2025-08-20"),
        # a destination right after its figure is that figure's, not the one of the figure before
        E("en", "Russia exported 76 million tonnes of coal to China and 21 million tonnes of coal to India in 2023.",
          surface="21 million tonnes", exporter="RUS", importer="IND", published="2024-02-01"),
        # a country's name that ends like a demonym ("Pakistan") is still its name: the owner of the flow
        E("en", "Total Pakistan tea imports rose by a third last year to $301 million.", surface="$301 million",
          exporter="WLD", importer="PAK", published="2012-03-01"),
        # the parts named after "including", « dont », «в том числе» are not the whole's partners
        E("ru", "В прошлом сезоне Казахстан экспортировал 4,86 млн тонн пшеницы, в том числе в Узбекистан - 2,2 млн тонн.",
          surface="4,86 млн тонн", exporter="KAZ", importer="WLD", published="2020-09-01"),
        E("fr", "L'Europe a importé 135 milliards de mètres cubes de GNL l'an dernier, dont 56 milliards des États-Unis.",
          surface="135 milliards de mètres cubes", exporter="WLD", importer="EUU", published="2024-02-01"),
        E("en", "Kazakhstan exported 4.86 million tonnes of wheat last season, including 2.2 million tonnes to Uzbekistan.",
          surface="4.86 million tonnes", exporter="KAZ", importer="WLD", published="2020-09-01"),
        # (parts in a bracket of their own: the country after the bracket is the figure's)
        E("fr", "L'Espagne a importé 398 TWh de gaz en 2023, parmi lesquels 116 TWh (dont 21 TWh de GNL) proviennent d'Algérie.",
          surface="116 TWh", exporter="DZA", importer="ESP", published="2024-03-01"),
        E("en", "Spain imported 398 TWh of gas in 2023, of which 116 TWh (including 21 TWh of LNG) came from Algeria.",
          surface="116 TWh", exporter="DZA", importer="ESP", published="2024-03-01"),
        # a percent of the level with the country after it: the country is where that part went
        E("en", "Brazil shipped out 12.6 million tonnes of soybeans last month, and at least 60 percent was bound for China.",
          surface="12.6 million tonnes", exporter="BRA", importer="WLD", published="2021-04-10"),
        E("en", "Argentina exported 9 million tons of soybeans in the ten months, almost 70% of which went to China.",
          surface="9 million tons", exporter="ARG", importer="WLD", published="2003-11-20"),
        # (not a percent that restates the level in its bracket)
        E("fr", "La France a exporté des équipements mécaniques (8,3 Md€, 17,3%) vers la Belgique.",
          surface="8,3 Md€", exporter="FRA", importer="BEL", published="2024-05-01"),
        # "the total value of goods exported to Russia" in a story on Korea's exports: the whole
        # of the article's country's exports there, not the world's
        E("ru", "Экспорт Кореи в Россию сократился вдвое. По данным ассоциации, общая стоимость товаров, экспортированных в Россию, в феврале 2023 года составила $514,18 млн.",
          surface="$514,18 млн.", exporter="KOR", importer="RUS", published="2023-03-10"),
        # a share that "falls on" a country names the partner, not a destination
        E("ru", "Сейчас 13 процентов европейского импорта СПГ приходится на Россию.", surface="13 процентов",
          exporter="RUS", importer="EUU", published="2024-03-01"),
        # a world word fills the partner's side: "Russia's total exports"
        E("en", "Russia's total exports fell 20% to $425 billion in 2023.", surface="$425 billion", exporter="RUS", importer="WLD",
          published="2024-02-10"),
        # a bare name two countries share (« congolais ») is the one the article names alone (« la RDC »)
        E("fr", "La RDC est l'un des rares pays africains en excédent avec la Chine. Les exportations congolaises vers la Chine ont atteint 21 milliards de dollars en 2024.",
          surface="21 milliards de dollars", exporter="COD", importer="CHN", published="2025-02-06"),
        E("en", "The Republic of Congo shipped more crude to China. Congolese exports to China rose to $2 billion in 2024, officials in Brazzaville said.",
          surface="$2 billion", exporter="COG", importer="CHN", published="2025-02-06"),
        # "the Kingdom" is Saudi Arabia, or the one kingdom the article names alone (Cambodia)
        E("en", "Saudi exports to China fell in January. The Kingdom's imports from China rose to SR14.8 billion.",
          surface="SR14.8 billion", exporter="CHN", importer="SAU", published="2023-03-27"),
        E("en", "Cambodia's garment makers shipped more to the US. The Kingdom's exports to the United States reached $4.5 billion in the first half.",
          surface="$4.5 billion", exporter="KHM", importer="USA", published="2023-08-01"),
        # « le Royaume » is Morocco in French
        E("fr", "Les exportations du Royaume vers l'Espagne ont atteint 7,5 milliards d'euros en 2023.",
          surface="7,5 milliards d'euros", exporter="MAR", importer="ESP", published="2024-03-01"),
        # metonyms: « l'Hexagone » is France, « la Grande Île » Madagascar
        E("fr", "Le commerce entre l'Hexagone et la Grande Île s'est chiffré à un milliard d'euros en 2023.",
          surface="un milliard d'euros", exporter="FRA", importer="MDG", published="2024-07-01"),
        # a country ranked with its figure ("followed by the US with $115.71 billion"); an export
        # destination is the buyer
        E("en", "Last year, China was the largest export destination for South Korea with $124.81 billion, followed by the US with $115.71 billion.",
          surface="$115.71 billion", exporter="KOR", importer="USA", published="2024-01-10"),
        E("en", "Last year, China was the largest export destination for South Korea with $124.81 billion, followed by the US with $115.71 billion.",
          surface="$124.81 billion", exporter="KOR", importer="CHN", published="2024-01-10"),
        # a clause without its verb that names a pair of its own before its figure
        E("ru", "В феврале Россия поставила в Китай товаров на 9,968 млрд долларов, КНР в РФ - на 9,222 млрд долларов.",
          surface="9,222 млрд долларов", exporter="CHN", importer="RUS", published="2024-03-10"),
        E("en", "In February Russia shipped goods worth $9.97 billion to China, and China to Russia $9.22 billion.",
          surface="$9.22 billion", exporter="CHN", importer="RUS", published="2024-03-10"),
        # bilateral trade with the one country named: with the article's own country, not its bloc
        E("en", "China's trade with the EU rose 3% in the first half. China's trade with the EU reached 2.7 trillion yuan. Trade with the Netherlands stood at 455.58 billion yuan, rising 1.5 percent.",
          surface="455.58 billion yuan", exporter="CHN", importer="NLD", published="2024-07-15"),
        E("ru", "В прошлом году рост товарооборота России и ОАЭ составил (до кризиса на Украине ещё) 65%.",
          surface="65%", exporter="ARE", importer="RUS", published="2022-10-11"),
        # bilateral trade "between" two countries is theirs, whoever the sentence names first
        E("en", "After the start of the full-scale war of the Russian Federation against Ukraine, trade between Russia and China increased, rising by about 30% in 2022.",
          surface="30%", exporter="CHN", importer="RUS", published="2023-05-10"),
        # a country in an aside opened by "apart from", « hormis », «кроме» is no party
        E("fr", "Hormis l'Égypte, l'Algérie a aussi augmenté ses achats de blé russe de 9 % sur la campagne.",
          surface="9 %", exporter="RUS", importer="DZA", published="2024-07-10"),
        E("en", "Apart from Egypt, Algeria also raised its purchases of Russian wheat by 9% last season.",
          surface="9%", exporter="RUS", importer="DZA", published="2024-07-10"),
        # a country that places a hub, plant or terminal is no party
        E("en", "The Netherlands, a major produce hub in Europe, bought 16.3 million kilogrammes of Kenyan avocados.",
          surface="16.3 million kilogrammes", exporter="KEN", importer="NLD", published="2024-08-01"),
        # a country named as the place of a war or an offensive is no party
        E("en", "Trade between Russia and China grew by 30% in 2022 after the war against Ukraine began.",
          surface="30%", exporter="CHN", importer="RUS", published="2023-05-02"),
        E("fr", "Depuis l'offensive militaire en Ukraine, les échanges de la Russie avec la Chine ont bondi de 30 %.",
          surface="30 %", exporter="CHN", importer="RUS", published="2023-05-02"),
        # a reverse word right after a figure: the figure before it, the other way
        E("fr", "L'an dernier, l'Espagne a exporté vers le Maroc pour 12,1 milliards d'euros, et 8,55 milliards dans le sens inverse.",
          surface="8,55 milliards", exporter="MAR", importer="ESP", published="2024-05-20"),
        E("en", "Spain shipped goods worth 12.1 billion euros to Morocco last year, and 8.55 billion went the other way.",
          surface="8.55 billion", exporter="MAR", importer="ESP", published="2024-05-20"),
        # a pipeline that carries one country's gas, and a state energy company, name it as the seller
        E("en", "Since it began operating, TAP has transported more than 37 bcm of gas to Europe.",
          exporter="AZE", importer="EUU", published="2024-08-01"),
        E("fr", "Le gazoduc Medgaz a livré 8 milliards de m3 à l'Espagne en 2023.", exporter="DZA", importer="ESP",
          published="2024-02-01"),
        # a change in a bracket comparing the figure before it with another time is that figure's
        E("ru", "Российская нефть занимает 19% от нефтяного импорта КНР (на 2 процентных пункта меньше, чем в апреле). Второе место за Саудовской Аравией (16%).",
          surface="2 процентных пункта", exporter="RUS", importer="CHN", published="2024-06-20"),
        E("ru", "Российская нефть занимает 19% от нефтяного импорта КНР (на 2 процентных пункта меньше, чем в апреле). Второе место за Саудовской Аравией (16%).",
          surface="16%", exporter="SAU", importer="CHN", published="2024-06-20"),
        E("en", "Russian crude made up 19% of China's oil imports (2 percentage points less than in April).",
          surface="2 percentage points", exporter="RUS", importer="CHN", published="2024-06-20"),
        # a country after the figure a figure is compared with is that baseline's
        E("en", "Iraq stayed India's top supplier. It sold 17.49 million tonnes of crude oil to India, just above the 17.32 million tonnes that came from Venezuela.",
          surface="17.49 million tonnes", exporter="IRQ", importer="IND", published="2019-06-10"),
        # « les pays de » a region are its countries, not an origin
        E("fr", "L'an dernier, les pays d'Amérique latine ont acheté 17 % de plus de produits chinois.",
          surface="17 %", exporter="CHN", importer="LATAM", published="2024-01-15"),
        # a direction right behind the figure is its own, whatever the clause named first
        E("fr", "En mars, les exportations de Taïwan vers les États-Unis ont atteint 9,11 milliards de dollars, largement au-dessus des 7,99 milliards de dollars vers la Chine.",
          surface="7,99 milliards de dollars", exporter="TWN", importer="CHN", published="2024-04-10"),
        # « en direction des » names the destination, whatever article follows
        # « en » before a country after a flow names where the goods arrive
        E("fr", "Les importations russes de pétrole en Inde devraient chuter à 1,1 million de barils par jour en décembre.",
          exporter="RUS", importer="IND", published="2025-11-10"),
        E("fr", "La Chine a vu ses ventes reculer : les exportations en direction des États-Unis ont totalisé 33 milliards de dollars en avril.",
          surface="33 milliards de dollars", exporter="CHN", importer="USA", published="2025-05-10"),
        # a sentence opening on "While ..." / « Alors que ... »: its first comma ends that clause
        E("en", "While Chinese shipments to Russia grew by 5% last year, Russian exports to China edged up only 1%.",
          surface="1%", exporter="RUS", importer="CHN", published="2024-01-15"),
        E("fr", "Alors que les exportations chinoises vers la Russie ont progressé de 5 %, les exportations russes vers la Chine ont reculé de 2 %.",
          surface="2 %", exporter="RUS", importer="CHN", published="2024-01-15"),
        # "U.S.-bound": the destination
        E("en", "Japan's U.S.-bound exports of auto parts dropped 15.5% in June.", exporter="JPN", importer="USA",
          published="2025-07-20"),
        # a Russian name in the dative alone (and in no other case) receives: "sold to Kazakhstan"
        E("ru", "За восемь месяцев Белоруссия продала Казахстану 7,5 тыс. тонн колбасных изделий.",
          exporter="BLR", importer="KAZ", published="2024-10-01"),
        # ... and one that may also be a genitive receives right after a selling verb
        E("ru", "Россия поставила Индии 3,4 млн тонн удобрений за девять месяцев 2024 года.",
          exporter="RUS", importer="IND", published="2024-11-01"),
        # ... and one that may be a dative but never a genitive ("Молдове") right after a flow noun
        E("ru", "Украина сократила в 2015 году поставки Молдове электроэнергии в 41,5 раза.",
          exporter="UKR", importer="MDA", published="2016-02-01"),
        # the owner of the exports is their exporter; the subject taking a share of them, the buyer
        E("en", "Russia accounted for only 3% of China's overall exports in January-July 2023.",
          exporter="CHN", importer="RUS", measure="share", published="2023-09-10"),
        E("fr", "La Russie a représenté 3 % des exportations de la Chine sur les sept premiers mois de 2023.",
          exporter="CHN", importer="RUS", measure="share", published="2023-09-10"),
        # "de l'Union" after a flow's noun phrase is its owner; a demonym after "de produits" the goods' origin
        E("fr", "La Chine fournit à elle seule environ un cinquième des importations extra-européennes de l'Union.",
          exporter="CHN", importer="EUU", measure="share", published="2024-02-20"),
        E("fr", "Les exportations chinoises vers la Russie ont atteint 11,3 milliards de dollars et les importations de produits russes 10,67 milliards.",
          surface="10,67 milliards", indicator="imports", exporter="RUS", importer="CHN", published="2025-01-14"),
        # a demonym right at a goods word names where the goods come from ("Japanese goods arriving in Chile")
        E("en", "Chile's imports grew in 2010. The value of Japanese goods arriving in Chile more than doubled to US$ 3.4 billion.",
          surface="US$ 3.4 billion", exporter="JPN", importer="CHL", published="2011-02-01"),
        E("en", "Chinese goods dominate the Kenyan market: imports by Kenyan firms rose to Sh452.6 billion last year.",
          surface="Sh452.6 billion", exporter="CHN", importer="KEN", published="2024-02-01"),
        # behind the figure, "de la Russie" is where the goods came from, not the flow's owner
        E("fr", "L'Inde a reçu 1,7 million de barils par jour de la Russie en avril.",
          exporter="RUS", importer="IND", published="2023-05-10"),
        E("fr", "Avant la guerre, en 2021, Gazprom livrait environ 150 milliards de mètres cubes de gaz par gazoduc à l'Europe.",
          exporter="RUS", importer="EUU", published="2025-02-10"),
        # a transit country is a route, not a party
        E("en", "Russian gas flows to the EU via Ukraine fell to about 15 bcm in 2024.", exporter="RUS", importer="EUU",
          published="2025-02-10"),
        E("fr", "Sur les huit premiers mois, les importations indiennes de pétrole, tous fournisseurs confondus, ont augmenté de 85 %.",
          exporter="WLD", importer="IND", published="2022-10-24"),
        # a state energy company stands for its country; "far abroad" is the world outside the CIS
        E("en", "Gazprom shipped 80 mcm of gas to China per day in December.",
          exporter="RUS", importer="CHN", unit="m3", published="2024-01-10"),
        E("fr", "Gazprom a réduit de 40 % ses exportations vers l'étranger lointain en 2023.",
          exporter="RUS", importer="WLD", value=-40, published="2024-01-10"),
        E("fr", "Les importations indiennes de brut russe ont atteint 1,9 million de barils par jour en mai.",
          exporter="RUS", importer="IND", unit="bbl/d", period="2023-05", published="2023-06-10"),
        E("en", "Beijing bought 2.29 million barrels per day of Russian crude in the first quarter.",
          exporter="RUS", importer="CHN", period="2024-Q1", published="2024-04-26"),
        E("fr", "Sur les six premiers mois, la Chine a acheté à la Russie 52,6 millions de tonnes de pétrole.",
          exporter="RUS", importer="CHN", period="2023-H1", published="2023-07-13"),
        E("fr", "Les importations chinoises en provenance du voisin russe ont atteint 20,2 milliards de dollars.",
          indicator="imports", exporter="RUS", importer="CHN", published="2024-03-07"),
        # a verb of origin before "de la", "de l'" names the origin, not the flow's own side
        E("fr", "Plus de 36 % des importations russes provenaient de l'UE.", surface="36 %", exporter="EUU", importer="RUS",
          published="2022-03-01"),
        E("fr", "Les échanges entre les deux premières économies mondiales ont totalisé 664,5 milliards de dollars en 2023.",
          title="Chine-États-Unis : le commerce recule", exporter="CHN", importer="USA", published="2024-01-12"),
        # sales "abroad", « vers l'étranger », «за границу» go to the world, in an article about a pair too
        E("en", "Russia and Egypt signed a grain deal. Russian traders exported 53 million tons of wheat to foreign markets last season.",
          surface="53 million tons", exporter="RUS", importer="WLD", published="2023-07-10"),
        E("fr", "Le transport de gaz russe par gazoduc vers l'étranger atteindra 108 milliards de mètres cubes cette année.",
          exporter="RUS", importer="WLD", published="2024-01-10"),
        E("fr", "Le montant des échanges commerciaux de l'Arménie avec l'étranger en 2020 s'est élevé à 7 milliards de dollars.",
          exporter="ARM", importer="WLD", published="2021-03-01"),
        # names written without their hyphen, or in a spelling of their own
        E("fr", "Hors Afrique, la Chine fournit 15,8 % des importations du Cameroun, suivie de la France (8,2 %) et des Pays Bas (3,6 %).",
          surface="3,6 %", exporter="NLD", importer="CMR", published="2023-05-01"),
        E("ru", "Россия отправила на экспорт в КСА около 1,1 млн т пшеницы.", exporter="RUS", importer="SAU", published="2021-11-01"),
        E("ru", "Экспорт китайских товаров в Штаты вырос на 5% в 2024 году.", exporter="CHN", importer="USA", published="2025-01-10"),
        # « tricolore » is French in French news
        E("fr", "Les importations tricolores de vin italien ont atteint 300 millions d'euros.", importer="FRA", published="2022-09-01"),
        E("fr", "Les exportations de Gazprom vers les pays hors CEI ont chuté de 44,5 %.", exporter="RUS", importer="WLD",
          title="Gazprom et la Russie", published="2022-12-20"),
        E("fr", "Pékin et Moscou ont échangé pour 240 milliards de dollars de marchandises l'an dernier, et le commerce bilatéral devrait encore croître de 5 % cette année.",
          surface="5 %", indicator="bilateral_trade", exporter="CHN", importer="RUS", modality="forecast", period="2024"),
        E("ru", "Импорт российских товаров в КНР упал на 7,7%.", exporter="RUS", importer="CHN", value=-7.7),
        E("ru", "Поставки газа из России в Турцию выросли на 26%.", exporter="RUS", importer="TUR"),
        E("ru", "Товарооборот между Россией и Поднебесной превысил 200 млрд долларов.", exporter="CHN", importer="RUS", approx="more_than"),
        E("ru", "Российский экспорт в Индию достиг 65 млрд долларов.", exporter="RUS", importer="IND"),
        E("ru", "Доля России в импорте ЕС снизилась до 4,3%.", exporter="RUS", importer="EUU", measure="share"),
        E("ru", "Поставки по «Силе Сибири» в Китай составили 15,5 млрд куб. м.", exporter="RUS", importer="CHN"),
        E("ru", "Китай закупил у России 52,6 млн тонн нефти.", exporter="RUS", importer="CHN"),
        # names of islands decline in the plural: «с Фарерских островов», «Соломоновым Островам»
        E("ru", "В июле с Фарерских островов в Россию было поставлено 140 т лосося.", exporter="FRO", importer="RUS"),
        E("ru", "Австралия продала Соломоновым Островам 12 тыс. тонн риса.", exporter="AUS", importer="SLB"),
        # a list's countries share the direction written once before the first
        E("en", "Sweden exported 16 TWh in the first half. Most of the Swedish electricity went to Finland (7 TWh) and Denmark (4 TWh).",
          surface="4 TWh", exporter="SWE", importer="DNK", published="2022-08-11"),
        # the end of a list's first direction (« à destination du ») repeated before the next items names no origin
        E("fr", "Le sésame burkinabè est majoritairement exporté à destination du Singapour (55%) du Japon (12,6%), du Togo (12%).",
          surface="12,6%", exporter="BFA", importer="JPN", published="2023-01-01"),
        # a flow with no partner after a balance follows the article's last figure of its flow, not
        # the balance's surplus side
        E("en", "Pakistan's exports to China grew 3.9% to $1.15 billion in July-February. China's trade surplus with "
                "Pakistan fell to $5.48 billion. The exports of rice increased by 77.7 percent.", surface="77.7 percent",
          exporter="PAK", importer="CHN", published="2019-03-20"),
    ]),
    Rule("context.goods_of_figure", "goods written against a figure are its own; a figure that goes on about the one before keeps its goods",
         "claim", [
        # « brut » alone is crude oil; after another noun, raw goods
        # goods before "with" and their money in a list are that money's goods ("oil products with $2.7
        # billion"); "fuel" alone is oil, not the fuel assemblies of reactors
        E("en", "Korea's exports to the US rose. Chips led, with automotive parts at $4.1 billion and oil "
                "products with $2.7 billion.", surface="$2.7 billion", commodity="oil", published="2024-03-10"),
        E("en", "Imports rose because of a £0.3 billion rise in fuel imports.", surface="£0.3 billion", commodity="oil",
          published="2024-03-10"),
        E("fr", "Les exportations sénégalaises de sel brut ont reculé de 8,8 % en 2023.", indicator="exports",
          commodity="other", published="2024-03-01"),
        # a figure in the bracket after one item of a list of goods is of that item's goods,
        # named in the lexicon or not
        E("fr", "Le recul tient aux exportations sénégalaises de produits pétroliers finis (-20,7%), de cigarettes (-15,3%) "
                "et de ciment (-8,8%).",
          surface="-15,3%", indicator="exports", commodity="other", published="2024-03-01"),
        # goods right before the money they are worth ("petroleum products worth", « pour une valeur
        # de »), an aside before them or not; the next item's goods, none of ours, are other goods
        E("en", "India's imports from Iran mainly included petroleum products worth $121 million, dye intermediates "
                "worth $112 million and fresh fruits worth $110 million in 2022.",
          surface="$121 million", indicator="energy_deliveries", commodity="oil", published="2023-02-01"),
        E("en", "Iran's exports to India included petroleum products worth $121 million, dye intermediates worth "
                "$112 million, organic chemicals worth $38 million and fresh fruits worth $110 million in 2022.",
          surface="$112 million", indicator="exports", commodity="other", published="2023-02-01"),
        E("fr", "En 2021, la Côte d'Ivoire a exporté vers l'Inde des noix de cajou pour une valeur de 300 millions de dollars.",
          indicator="exports", commodity="agri", exporter="CIV", importer="IND", published="2022-03-01"),
        E("en", "Laos exported cassava worth USD 196.58 million to China in 2023.",
          commodity="agri", exporter="LAO", importer="CHN", published="2024-02-01"),
        # a change moving to a level in an energy unit is of that energy
        E("en", "Exports from Guyana to the United States almost doubled last year, to 23,000 bpd.",
          surface="doubled", indicator="energy_deliveries", commodity="oil", published="2025-02-01"),
        E("fr", "Les exportations de l'Algérie vers l'Italie ont augmenté de 4 % à 29,2 milliards de mètres cubes en 2023.",
          surface="4 %", indicator="energy_deliveries", commodity="gas", published="2024-02-01"),
        E("en", "Japanese beer exports to Korea collapsed 99.1 percent in November to 6.96 million yen.",
          surface="6.96 million yen", commodity="agri", published="2019-12-27"),
        E("en", "ICT shipments soared 171 percent to US$28.36 billion in 2024.",
          surface="US$28.36 billion", commodity="other", published="2025-01-10"),
        E("fr", "Les exportations de fromages vers le Japon ont progressé de 12 % en 2023.",
          surface="12 %", commodity="agri", published="2024-02-01"),
        # goods words of the lexicons: "phosphate brut" is no crude oil; watches, peanuts, farming
        E("fr", "Les ventes de phosphate brut du Maroc ont augmenté de 49 % en 2025.",
          surface="49 %", commodity="other", published="2025-11-01"),
        E("fr", "En octobre, les exportations horlogères suisses ont baissé de 4,4% sur un an à 2,2 milliards de francs.",
          surface="2,2 milliards de francs", commodity="other", published="2025-11-20"),
        E("fr", "Le Sénégal a exporté des arachides non grillées pour 24,2 milliards FCFA en février.",
          surface="24,2 milliards FCFA", commodity="agri", published="2022-04-01"),
        # tonnes with no goods named are of the goods the article weighed before, and a change
        # of such a tonnage in its sentence too
        E("fr", "Sur les 7 premiers mois, la Chine a importé 23 956 t de fèves de cacao. Le Ghana reste son premier fournisseur avec 7 550 t, mais ces importations ont chuté de 35 %.",
          surface="7 550 t", commodity="agri", published="2016-08-10"),
        E("fr", "Sur les 7 premiers mois, la Chine a importé 23 956 t de fèves de cacao. Le Ghana reste son premier fournisseur avec 7 550 t, mais ces importations ont chuté de 35 %.",
          surface="35 %", commodity="agri", published="2016-08-10"),
        # « échangées » (goods exchanged between two countries) is their trade
        E("fr", "Des marchandises d'une valeur de 297,9 milliards d'euros ont été échangées entre la Chine et l'Allemagne en 2023.",
          indicator="bilateral_trade", exporter="CHN", importer="DEU", published="2024-02-10"),
        # goods and services together are all of trade, not one good
        E("en", "In 2023, the US-India bilateral trade in goods and services stood at USD 190.08 billion.",
          indicator="bilateral_trade", commodity="all", published="2024-05-10"),
        E("fr", "Sur douze mois, les deux pays ont échangé pour 240,1 milliards de dollars de biens et services.",
          indicator="bilateral_trade", commodity="all", published="2024-01-12"),
        E("fr", "La Russie a vendu à la Chine 107 millions de tonnes de pétrole en 2023 (+24 %), 22,7 milliards de mètres cubes de gaz (+47 %) et 8 millions de tonnes de GNL (+23 %).",
          surface="+24 %", commodity="oil", published="2024-05-16"),
        E("fr", "La Russie a vendu à la Chine 107 millions de tonnes de pétrole en 2023 (+24 %), 22,7 milliards de mètres cubes de gaz (+47 %) et 8 millions de tonnes de GNL (+23 %).",
          surface="22,7 milliards de mètres cubes", commodity="gas", published="2024-05-16"),
        E("fr", "Les achats chinois de gaz russe par gazoduc ont bondi de 47 % en 2023, et ceux de GNL de 23 %, à 8 millions de tonnes.",
          surface="8 millions de tonnes", commodity="lng", published="2024-05-16"),
        # single goods a whole article follows are named in every language's lexicon: tea, vanilla, bananas
        E("en", "Kenya's tea exports to Pakistan fell 12% in 2011.", commodity="agri", published="2012-03-01"),
        E("fr", "Madagascar a exporté 2 268 tonnes de vanille en 2022.", commodity="agri", published="2023-05-01"),
        E("ru", "Россия импортировала 749 тысяч тонн бананов из Эквадора.", commodity="agri", published="2025-09-04"),
        E("en", "Canada's potash exports rose 19% to 19 million tonnes last year.", surface="19%", commodity="other", published="2018-03-08"),
        # figures naming no goods in an article about one: that article's goods (the choice
        # scorer weighs the goods its title, lead and figures' sentences name most)
        E("en", "Canadian potash exports off to a strong start\n\nCanada's potash shipments climbed to 1.7 million tonnes in January. "
                "Exports to the US rose by 38% to 10.4 million tonnes last year, while Brazil received 1.9 million tonnes.",
          surface="38%", commodity="other", published="2018-03-08"),
    ]),
    Rule("context.country_report", "an article naming one country three times more than any other is a report on its trade with the world", "claim", [
        E("en", "Japan's exports fell 0.5% year-on-year in June, marking the second monthly decline as car shipments to the US slumped. Japan's imports rose 0.2% in June. Japan's trade deficit came to 2.2 trillion yen, Japan's finance ministry said.",
          surface="0.2%", exporter="WLD", importer="JPN", published="2025-07-20"),
        # a sentence naming no partner after one on a partner: the country's total, not that partner's
        E("en", "South Korea's exports rose 6.6% in December. South Korea's exports to China fell 2.9% to $11.2 billion. Semiconductor shipments jumped 21.8% to $11.8 billion. South Korea's imports fell 10.8%.",
          surface="21.8%", exporter="KOR", importer="WLD", published="2024-01-02"),
        E("en", "U.S. soy exports rose 5% in 2023. U.S. soy exports to China fell 20% in August. U.S. farmers planted more. U.S. soy exports were up 63 percent in September.",
          surface="63 percent", exporter="USA", importer="WLD", published="2023-10-20"),
    ]),
    Rule("context.flow_owner", "the country whose own exports or imports the article reports (its possessor, demonym or "
         "subject of a flow word, most often) is the other side of the partners it lists with their figures", "claim", [
        # a bare "of" between an exports or trade word and the name makes it the owner ("the foreign
        # trade turnover of Kyrgyzstan"), and a country named with a world word trades with the world
        E("en", "The foreign trade turnover of Kyrgyzstan in January-September 2018 amounted to 4.8 billion dollars. "
                "Exports decreased by 3.1 percent. At the second place is Russia, imports amount to 878 million dollars.",
          surface="3.1 percent", exporter="KGZ", importer="WLD", published="2018-11-15"),
        E("en", "The foreign trade turnover of Kyrgyzstan in January-September 2018 amounted to 4.8 billion dollars. "
                "Exports decreased by 3.1 percent. At the second place is Russia, imports amount to 878 million dollars.",
          surface="4.8 billion dollars", exporter="KGZ", importer="WLD", published="2018-11-15"),
        E("fr", "Les importations du Sénégal ont atteint 4 270 milliards FCFA en 2024. Les importations sénégalaises en provenance "
                "de Chine ont bondi de 8 %. Derrière, on retrouve la Russie : 579 milliards FCFA et la Belgique : 398 milliards FCFA.",
          surface="398 milliards FCFA", exporter="BEL", importer="SEN", published="2025-03-10"),
        E("ru", "Казахстан экспортировал 4,86 млн тонн пшеницы. Экспорт казахстанской пшеницы вырос на 10%. Другими "
                "импортерами стали: Таджикистан - 84,5 тыс. тонн, Китай - 51,3 тыс. тонн.",
          surface="51,3 тыс. тонн", exporter="KAZ", importer="CHN", published="2020-09-01"),
        # (the first of the list too: the customer noun says the listed countries buy, whatever the
        # flow owner's side so far)
        E("ru", "Казахстан экспортировал 4,86 млн тонн пшеницы. Экспорт казахстанской пшеницы вырос на 10%. Другими "
                "импортерами стали: Таджикистан - 84,5 тыс. тонн, Китай - 51,3 тыс. тонн.",
          surface="84,5 тыс. тонн", exporter="KAZ", importer="TJK", published="2020-09-01"),
        # a share's holder is no owner: "Russia's share" is its part of the owner's imports
        E("en", "India's crude imports rose 4% in March. Russia's share of the crude imports fell to 30%. On a monthly basis, "
                "imports from Iraq and Kuwait grew 12% and 9%, respectively.", title="Crude Imports: Russia's Share Slips In March",
          surface="12%", exporter="IRQ", importer="IND", published="2024-04-20"),
        E("en", "Russia's share of the crude imports fell to 30% in March. Imports from Iraq grew 12%.",
          title="India's Crude Imports: Russia's Share Slips", surface="12%", exporter="IRQ", importer="IND", published="2024-04-20"),
        E("en", "Uruguay's exports rose 3.5% in August. Uruguay's sales of beef abroad fell. China remained the main "
                "destination of Uruguay's goods, with US$437 million. Brazil ranked third, with US$158 million.",
          surface="US$158 million", exporter="URY", importer="BRA", published="2025-09-10"),
    ]),
    Rule("context.country_anaphor", "a demonstrative noun for one country ('this country', « ce pays », «этой страны») is the "
         "country last named (by name, not demonym) before it that is neither its own clause's subject or owner nor the "
         "article's flow owner", "claim", [
        E("en", "India's trade deficit with China widened. Imports from the neighbouring country in October rose 15.6 percent to USD 11.1 billion.",
          surface="USD 11.1 billion", indicator="imports", exporter="CHN", importer="IND", published="2025-11-20"),
        E("fr", "La Tunisie a renforcé ses liens avec l'Algérie. Quant aux importations provenant de ce pays voisin, elles ont "
                "avoisiné 400 millions de dollars en 2019.", surface="400 millions de dollars", exporter="DZA", importer="TUN",
          published="2020-03-01"),
        E("en", "Germany remained Turkey's top market in January. Turkish firms shipped goods worth $1.95 billion to this country, up 15.2%.",
          surface="$1.95 billion", exporter="TUR", importer="DEU", published="2024-03-10"),
        # a subject with a selling verb is where "imported from that country" came from
        E("en", "Iraq sold crude to Japan again. Iraq supplied 10.9% of Japan's crude imports, and refiners imported 13.55 million "
                "barrels from that country in January.", surface="13.55 million barrels", exporter="IRQ", importer="JPN",
          published="2024-03-10"),
        # the flow's owner is not what the noun points at, nor a demonym
        E("fr", "Le Royaume-Uni reste un client fidèle du Maroc, qui y vend des légumes. En 2023, les exportations vers ce pays "
                "ont atteint 747 millions d'euros.", surface="747 millions d'euros", exporter="MAR", importer="GBR", published="2024-03-01"),
        # a subject with no flow verb of its own before the noun is what it points at
        E("ru", "Турция купила больше всего российского зерна. На втором месте - Египет, в эту страну было поставлено 1,3 млн тонн зерна.",
          surface="1,3 млн тонн", importer="EGY", published="2024-03-10"),
        # («страну» alone: into the country named last before)
        E("ru", "Названы страны, которые увеличили поставки одежды в Россию. КНР по итогам минувшего года экспортировала "
                "больше всего одежды в страну — почти на 2,6 миллиарда долларов.",
          surface="2,6 миллиарда долларов", exporter="CHN", importer="RUS", published="2024-04-05"),
        E("ru", "Египет остается главным покупателем российской пшеницы. Поставки в эту страну достигли 1,2 млн тонн в январе.",
          surface="1,2 млн тонн", exporter="RUS", importer="EGY", published="2024-03-10"),
    ]),
    Rule("context.named_whole", "a clause naming no country but a whole of the flow ('total imports', 'of overall exports') is the flow's country against the world, not the pair of the figure before", "claim", [
        E("en", "Chile's exports to China rose 4% to $3.1 billion in March. Total exports came to $8.2 billion.",
          surface="$8.2 billion", exporter="CHL", importer="WLD", published="2024-04-08"),
        E("en", "Taiwan's exports to the US jumped 20% to $11 billion in May. Chips made up 61 percent of overall exports.",
          surface="61 percent", exporter="TWN", importer="WLD", published="2024-06-09"),
        E("fr", "Les exportations coréennes vers les États-Unis ont progressé de 8 % en mai. Les exportations totales ont reculé de 2 %.",
          surface="2 %", exporter="KOR", importer="WLD", published="2024-06-01"),
        # «в целом» (overall) names the whole
        E("ru", "Экспорт российского сахара в Узбекистан вырос в 2 раза. В целом экспорт российского сахара в январе-мае 2020 года вырос до 245 млн долларов.",
          surface="245 млн долларов", exporter="RUS", importer="WLD", published="2020-07-01"),
        # "a total of" is an amount, not the whole: the pair of the figure before stays
        E("en", "India's exports to Saudi Arabia rose 5% in 2023. A total of $6.4 billion of machinery was exported.",
          surface="$6.4 billion", exporter="IND", importer="SAU", published="2024-02-01"),
    ]),
    Rule("context.listed_in_place", "a country listed with its figure and no direction word, after a figure pairing the "
         "article's own country with another, takes that other's place: the article's country stays", "claim", [
        # a country ranked against the listed one is its fellow in the ranking, not its partner
        E("fr", "Le commerce de la Côte d'Ivoire a progressé. La Chine conserve la 1ère place de ce classement avec un volume "
                "d'échanges de 1 479 milliards FCFA, devant la France (1 064 milliards FCFA).", surface="1 064 milliards FCFA",
          indicator="bilateral_trade", exporter="CIV", importer="FRA", published="2022-06-01"),
        E("en", "China exported electric cars worth $8.5 billion to the EU in the first eight months of 2024. Germany took second place, "
                "buying Chinese electric cars for $1.19 billion, while Spain came third with $1.06 billion.",
          surface="$1.06 billion", exporter="CHN", importer="ESP", published="2024-10-01"),
        E("fr", "La Chine a exporté pour 8,5 milliards de dollars de voitures électriques vers l'UE en 2024. L'Allemagne arrive "
                "deuxième, achetant des voitures chinoises pour 1,19 milliard de dollars, tandis que l'Espagne arrive troisième avec "
                "1,06 milliard de dollars.", surface="1,06 milliard de dollars", exporter="CHN", importer="ESP", published="2025-02-01"),
    ]),
    Rule("context.world_flow", "a world word glued to the figure's flow word ('global LNG imports', « le commerce mondial », "
         "«мировая торговля») with no country owning the flow is the world's own flow: the world on both sides", "claim", [
        E("en", "China's LNG imports from Qatar rose 9% last year. Global LNG imports increased by 8.3 percent to 313.8 million tonnes in 2018.",
          surface="313.8 million tonnes", exporter="WLD", importer="WLD", published="2019-04-10"),
        # ("loadings", the tonnes put on ships, is a flow word of its own)
        E("en", "Indonesia exported 345 mln t of coal to China. In Jan-Aug 2024 global coal loadings increased by 2.5% to 900.7 mln t.",
          surface="900.7 mln t", exporter="WLD", importer="WLD", published="2024-09-20"),
        E("fr", "Les exportations françaises vers le Japon ont progressé. Le commerce mondial devrait croître de 1 % en 2019.",
          surface="1 %", exporter="WLD", importer="WLD", published="2019-10-10"),
        # a figure right behind the phrase is its own, whatever else its clause names
        E("fr", "La Russie a exporté 55,4 millions de tonnes de blé en 2023-2024 sur des achats mondiaux de 200 millions de tonnes.",
          surface="200 millions de tonnes", exporter="WLD", importer="WLD", published="2024-10-10"),
        E("ru", "Поставки СПГ из России в Китай выросли. Мировая торговля СПГ в 2023 году выросла на 2%.",
          surface="2%", exporter="WLD", importer="WLD", published="2024-03-10"),
        # a country glued to the phrase owns the flow: its trade with the world
        E("en", "Australian global wine exports dropped to $2.77 billion in the year to March, a decline of four per cent.",
          surface="$2.77 billion", exporter="AUS", importer="WLD", published="2024-05-10"),
        E("en", "China's global exports rose 5% to $3.4 trillion in 2023.",
          surface="5%", exporter="CHN", importer="WLD", published="2024-01-20"),
    ]),
    Rule("context.owner_total", "a country's own exports or imports with no partner named in the sentence, not even by a noun "
         "('to the Gulf state'), are its trade with the world, not with the other country of the article's pair", "claim", [
        E("en", "Japan and the United States agreed on tariffs last week. Japan's exports fell 0.5% year-on-year in June.",
          surface="0.5%", exporter="JPN", importer="WLD", published="2025-07-20"),
        E("fr", "La France et l'Allemagne ont signé un accord. Les exportations françaises ont reculé de 2 % en mai.",
          surface="2 %", exporter="FRA", importer="WLD", published="2025-07-20"),
        E("en", "India and the United Arab Emirates signed a trade deal last year. India exported goods worth $16.7 billion to the Gulf state.",
          surface="$16.7 billion", exporter="IND", importer="ARE", published="2023-07-20"),
        # an energy flow written as exports is the owner's too
        E("ru", "Азербайджан и ЕС обсуждают новые поставки. Азербайджан в январе-марте увеличил экспорт газа на 11% - до 6,2 млрд кубометров.",
          surface="6,2 млрд кубометров", exporter="AZE", importer="WLD", published="2024-04-20"),
        # "external trade" is with the world
        E("ru", "Россия остается вторым партнером Узбекистана. Внешний товарооборот Узбекистана за первый квартал составил $9,3 млрд, сообщил комитет.",
          surface="$9,3 млрд", exporter="UZB", importer="WLD", published="2024-04-20"),
        # a flow into (or out of) a country before the article first names its other country is
        # with the world
        E("ru", "За первые два месяца в Кыргызстан ввезли 27 787 легковых автомобилей. Из Китая поступило 9 тыс. машин, из Японии - 4 тыс.",
          surface="27 787 легковых автомобилей", exporter="WLD", importer="KGZ", published="2024-03-20"),
        E("en", "In the first two months, 27,787 passenger cars were imported into Kyrgyzstan. China supplied 9,000 of them, Japan 4,000.",
          surface="27,787 passenger cars", exporter="WLD", importer="KGZ", published="2024-03-20"),
    ]),
    Rule("context.world_flow_after_total", "a flow that takes a country's trade with the world from the figure before "
         "goes the way its own flow word says: its imports come from the world, its exports go to it", "claim", [
        E("en", "Vietnam's foreign trade reached $114 billion in the first quarter. Imports were estimated at $54.6 billion, up 18% on a year earlier.",
          surface="$54.6 billion", exporter="WLD", importer="VNM", published="2024-04-10"),
        E("fr", "Le commerce extérieur du Vietnam a atteint 114 milliards de dollars au premier trimestre. Les importations sont estimées à 54,6 milliards de dollars, soit une hausse de 18 %.",
          surface="18 %", exporter="WLD", importer="VNM", published="2024-04-10"),
        # the whole of a share beside a level ("13,6% du total") is that share's, not the level's partner
        E("fr", "En 2023, l'Espagne a importé un total de 397 897 GWh de gaz naturel, parmi lesquels 116 282 GWh provenaient de l'Algérie. Les États-Unis ont été le deuxième fournisseur avec 83 898 GWh de GNL. Le Nigeria a été le quatrième fournisseur, représentant 13,6% du total avec 53 992 GWh.",
          surface="53 992 GWh", exporter="NGA", importer="ESP", published="2024-03-01"),
        # the last partner of a list in the sentence before is no partner of the next sentence's
        # figures: the list's own country against the world
        E("en", "In 2022 Cameroon exported goods to China (500 billion CFA francs), the Netherlands (300 billion CFA francs) and Portugal (120 billion CFA francs). Its main exports were cocoa beans (170 billion CFA francs) and bananas (107 billion CFA francs).",
          surface="170 billion CFA francs", exporter="CMR", importer="WLD", published="2023-05-10"),
        E("en", "Vietnam sells phones abroad. The country earned 1.79 billion USD from exports of phones to the RoK market in 2023.",
          surface="1.79 billion USD", exporter="VNM", importer="KOR", published="2024-01-10"),
    ]),
    Rule("context.fuel_name", "a flow word inside the longer name of one fuel is part of the name ('thermal coal', "
         "«энергетический уголь»), no flow word of the figure's: a world word on the flow still makes the total", "claim", [
        E("ru", "Экспорт угля из России в Южную Корею вырос на 5%. Россия увеличила общий экспорт энергетического угля на 20 процентов.",
          surface="20 процентов", exporter="RUS", importer="WLD", published="2024-08-01"),
    ]),
    Rule("context.energy_exporter", "an energy flow with no word for its direction goes from the article's energy exporter", "claim", [
        E("en", "India and Saudi Arabia have deep energy ties, India's minister said. Oil shipments worth $33 billion arrived over the year.",
          exporter="SAU", importer="IND", published="2023-10-10"),
        # an article on one country that is no large seller of energy follows what it buys
        E("en", "Japan's LNG purchases keep sliding. The world's largest LNG importer took in 7.2 million tonnes in April.",
          surface="7.2 million tonnes", exporter="WLD", importer="JPN", published="2020-06-10"),
    ]),
    Rule("context.periphrasis", "a region's demonym with a country noun ('the North African country') is one country of the article", "claim", [
        E("en", "Egypt is the top buyer of Russian wheat. The North African country imported 11.9 million tons of Russian wheat during the season.",
          surface="11.9 million tons", exporter="RUS", importer="EGY", published="2023-07-10"),
        # (a demonym capitalised only because it opens its sentence, in a language that writes them
        # in lower case)
        E("ru", "Египет нарастил импорт пшеницы. Арабская страна уже приобрела у России 3,7 млн тонн пшеницы.",
          surface="3,7 млн тонн", exporter="RUS", importer="EGY", published="2022-02-01"),
        E("en", "India buys more Russian oil. The South Asian nation imports 85 per cent of its fuel needs, with Russian imports accounting for about 1 per cent.",
          surface="1 per cent", exporter="RUS", importer="IND", published="2022-05-10"),
        # no country of the article's pair is of the region: the one of it the article named last
        # (the noun before the demonym is the phrase's head, where « vers » is read)
        E("fr", "Le Brésil vend du sucre à l'Algérie. La Chine a acheté 2,4 millions de tonnes en 2016. Les exportations du Brésil vers le pays asiatique ont chuté de 87% en 2017.",
          surface="87%", exporter="BRA", importer="CHN", published="2019-01-10"),
        E("en", "Brazil sells sugar to Algeria, its top buyer. China bought 2.4 million tonnes in 2016. Exports from Brazil to the Asian country fell 87% in 2017.",
          surface="87%", exporter="BRA", importer="CHN", published="2019-01-10"),
    ]),
    Rule("context.unnamed_region", "a region the contract has no code for (Central Asia, the Middle East, North America, OPEC...) "
         "leaves its side of the flow empty; it is not read as the continent it lies in", "claim", [
        # many countries named as one group with no code: "emerging markets", « pays tiers »,
        # "countries other than the US" (the one named after "other than" is left out)
        E("en", "Singapore's exports to emerging markets grew by 41.4 per cent in September.",
          surface="41.4 per cent", exporter="SGP", importer="", published="2024-10-17"),
        E("en", "Canada's trade deficit with countries other than the United States rose to $4.3 billion in August.",
          surface="$4.3 billion", exporter="", importer="CAN", published="2024-10-08"),
        E("fr", "Les exportations du Canada vers des pays autres que les États-Unis ont augmenté de 60 pour cent en 2024.",
          surface="60 pour cent", exporter="CAN", importer="", published="2025-03-01"),
        E("ru", "Экспорт российской пшеницы в третьи страны вырос на 20% в 2024 году.",
          surface="20%", exporter="RUS", importer="", published="2025-01-20"),
        # every country but one ("non-US countries", «страны дальнего зарубежья»: outside the CIS)
        E("en", "Canada's exports to non-US countries hit a record C$21bn in December, up 30pc from a year earlier.",
          surface="C$21bn", exporter="CAN", importer="", published="2026-02-05"),
        E("ru", "Беларусь ввезла из стран дальнего зарубежья 39,6 тыс. автомобилей в 2014 году.",
          surface="39,6 тыс. автомобилей", exporter="", importer="BLR", published="2014-10-20"),
        E("en", "China's trade with Central Asia grew to $94.8 billion in 2024.",
          surface="$94.8 billion", exporter="", importer="CHN", published="2025-02-10"),
        E("fr", "Les ventes de voitures sud-coréennes au Moyen-Orient ont reculé de 9,2 % en 2024.",
          surface="9,2 %", exporter="KOR", importer="", published="2025-02-10"),
        E("ru", "Товарооборот Китая со странами Центральной Азии в 2024 году вырос до 94,8 млрд долларов.",
          surface="94,8 млрд долларов", exporter="", importer="CHN", published="2025-02-10"),
        # trade blocs with no code are regions too
        E("fr", "Les échanges du Burkina Faso avec les autres pays de l'UEMOA ont atteint 610 milliards FCFA en 2023.",
          surface="610 milliards FCFA", exporter="", importer="BFA", published="2024-05-10"),
        # "Lanka" alone is Sri Lanka
        E("en", "India's exports to Lanka fell to $4.1 billion in 2023.",
          surface="$4.1 billion", exporter="IND", importer="LKA", published="2024-05-10"),
    ]),
    Rule("context.listed_balance", "a surplus or deficit listed country by country after its word is the balance of "
         "the clause's (or the article's) country with each; a deficit's partner holds the surplus", "claim", [
        E("fr", "Le Maroc a aussi accusé des déficits avec d'autres partenaires, notamment la Chine (-52,1 MMDH), "
                "les États-Unis (-31,4 MMDH) et la Turquie (-19,8 MMDH).",
          surface="-31,4 MMDH", exporter="USA", importer="MAR", published="2025-02-10"),
        E("en", "Germany ran trade surpluses with the United States (€63.2 billion), France (€41.5 billion) and Britain (€38.9 billion) in 2023.",
          surface="€41.5 billion", exporter="DEU", importer="FRA", published="2024-03-10"),
    ]),
    Rule("context.shared_figure", "one figure stated for each of the names listed before it ('India and the UAE with 2.2% "
         "each'): a row for each name (lexicon: distributive)", "claim", [
        E("fr", "L'Inde et les Emirats arabes unis (EAU), avec 2,2 % chacun, ferment la liste des fournisseurs du Gabon.",
          surface="2,2 %", exporter="IND", importer="GAB", published="2018-06-01"),
        E("fr", "L'Inde et les Emirats arabes unis (EAU), avec 2,2 % chacun, ferment la liste des fournisseurs du Gabon.",
          surface="2,2 %", exporter="ARE", importer="GAB", published="2018-06-01"),
        E("en", "Slovakia's exports grew fastest to Germany and Poland (both by 29.6 percent) in 2017.",
          surface="29.6 percent", exporter="SVK", importer="DEU", published="2018-03-01"),
        E("en", "Slovakia's exports grew fastest to Germany and Poland (both by 29.6 percent) in 2017.",
          surface="29.6 percent", exporter="SVK", importer="POL", published="2018-03-01"),
        E("ru", "Россия также отгрузила в Танзанию и Тунис по 12 тыс. тонн угля в первом полугодии.",
          surface="12 тыс. тонн", exporter="RUS", importer="TZA", published="2023-08-01"),
        E("ru", "Россия также отгрузила в Танзанию и Тунис по 12 тыс. тонн угля в первом полугодии.",
          surface="12 тыс. тонн", exporter="RUS", importer="TUN", published="2023-08-01"),
    ], counterexamples=[
        # no distributive word: one flow to both, no row for either alone
        E("en", "Brazilian pulp exports rose 41.2% to Iran and India in the first half.",
          surface="41.2%", importer="IND", published="2018-09-10"),
    ]),
    Rule("context.several_partners", "one figure for a list of destinations or origins ('to Iran and India') has no one "
         "partner on that side: the side is left empty", "claim", [
        E("en", "Brazilian pulp exports rose 41.2% to Iran and India in the first half, and 18% to Chile.",
          surface="41.2%", exporter="BRA", importer="", published="2018-09-10"),
        E("en", "Britain paid £2.9 billion for electricity from France, Norway and Belgium last year.",
          surface="£2.9 billion", exporter="", importer="GBR", published="2024-03-10"),
        E("fr", "L'Algérie a exporté 3,2 milliards de mètres cubes de gaz vers l'Italie et la Slovénie au premier trimestre.",
          surface="3,2 milliards de mètres cubes", exporter="DZA", importer="", published="2024-05-10"),
        E("ru", "Поставки российского газа в Казахстан, Киргизию и Узбекистан выросли на 18% в 2024 году.",
          surface="18%", exporter="RUS", importer="", published="2025-02-10"),
        # a subject of several countries with one figure ("Saudi Arabia and the UAE provided 85
        # percent"); the next figure of the flow still takes the side the list did not fill
        E("en", "Saudi Arabia and the UAE provided 85 percent of Japan's crude oil imports in March.",
          surface="85 percent", exporter="", importer="JPN", published="2024-04-30"),
        E("en", "Spain and Belgium were the main buyers of Russian LNG in 2023, accounting for 70% of its supply to the EU. "
                "Spain imported 5.24 bcm of LNG, up 5%.", surface="5.24 bcm", exporter="RUS", importer="ESP", published="2024-03-10"),
        # a group named with no count ("these countries", « ces pays », «в эти государства») or by what
        # its members share ("neighbouring countries", « pays voisins », «других стран»), before the
        # figure or right after it ("exported €55.2 billion worth of goods to the four countries";
        # lexicon: group_anaphora). The shipped weights still prefer the world for many such
        # figures of a one-sentence text (the rules alone give the empty side)
        E("fr", "En 2019, les exportations vers les pays voisins représentent seulement 7,8 % des recettes d'exportations du Cameroun.",
          surface="7,8 %", exporter="CMR", importer="", published="2020-06-10"),
        E("en", "Imports from these countries fell by 5.6 per cent to US$4,042.1 million in 2019, Jamaica's statistics institute said.",
          surface="US$4,042.1 million", exporter="", importer="JAM", published="2020-06-10"),
        E("ru", "Главные импортеры нигерийской нефти - Индия, Испания и Нидерланды. В эти страны Нигерия отправляла 45,29% "
                "своего экспорта в 2021 году.", surface="45,29%", exporter="NGA", importer="", published="2022-06-10"),
        E("ru", "Доля других стран в экспорте Молдовы снизилась с 14,4% до 13% в 2014 году.",
          surface="13%", exporter="MDA", importer="", published="2015-06-10"),
        # the names listed after the first destination have no preposition of their own: they
        # are destinations too, not the seller of a sentence without a subject
        E("ru", "Приморский край в 2020 году экспортировал 2,7 млн кубометров леса. Также в КНР, Японию и Вьетнам "
                "экспортировано 731,7 тыс. кубометров пиломатериалов.", surface="731,7 тыс. кубометров",
          exporter="RUS", importer="", commodity="other", published="2021-01-15"),
        E("en", "Canada's coal exports reached 30 million tonnes in 2020. To China, Japan and Vietnam, "
                "7.3 million tonnes were shipped.", surface="7.3 million tonnes", exporter="CAN", importer="", published="2021-01-15"),
    ], counterexamples=[
        # an aside after a comma is no list; "respectively" gives each country its own figure
        E("en", "Exports to China, Japan's largest trading partner, fell 3.9% year-on-year in May.",
          surface="3.9%", importer="", published="2024-06-20"),
        E("en", "Russian wheat exports to Egypt and Turkey were 7 million and 9 million tonnes respectively in 2023.",
          surface="9 million tonnes", importer="", published="2024-02-10"),
    ]),
    Rule("context.pair_before", "'bilateral trade' right after a sentence naming a pair is that pair's, not the article's", "claim", [
        # the pair's word in the clause outweighs a world word ("Total bilateral trade between the
        # two nations"), and one side's flow after it goes to the other side
        E("en", "Pakistan and Afghanistan held talks. Total bilateral trade between the two nations from January to May amounted to $937mn, with Afghanistan's exports accounting for $294mn.",
          surface="$937mn", indicator="bilateral_trade", exporter="AFG", importer="PAK", published="2024-06-20"),
        E("en", "Pakistan's trade with Afghanistan recovered this year, officials in Islamabad said. Total bilateral trade between the two nations from January to May amounted to $937mn, with Afghanistan's exports accounting for $294mn.",
          surface="$294mn", indicator="exports", exporter="AFG", importer="PAK", published="2024-06-20"),
        E("ru", "Товарооборот Китая и США сократился на 15,6%. Помимо этого, зафиксировано сокращение товарооборота между Китаем и Россией. Объем двусторонней торговли за девять месяцев снизился на 9,4%.",
          surface="9,4%", exporter="CHN", importer="RUS", published="2025-10-20"),
        E("en", "Trade between China and the US fell 15.6%. Trade between China and Russia shrank too. Bilateral trade fell 9.4% in the first nine months.",
          surface="9.4%", exporter="CHN", importer="RUS", published="2025-10-20"),
    ]),
    Rule("context.combining_pair", "a country's combining form before a hyphen and another country ('Indo-Pakistani', "
         "« franco-allemand », «российско-индийский») names the first of a pair; alone ('Indo-Pacific') it names none "
         "(lexicon.combining_forms: the gazetteer's `combining` lists, and Russian demonyms' endings changed by "
         "`inflection.combining`)", "claim", [
        E("ru", "Объем российско-индийской торговли вырос на 4,3% в 2024 году.",
          surface="4,3%", indicator="bilateral_trade", exporter="IND", importer="RUS", published="2025-02-10"),
        E("ru", "Объем американо-китайской торговли снизился на 11% в 2024 году.",
          surface="11%", indicator="bilateral_trade", exporter="CHN", importer="USA", published="2025-02-10"),
        E("fr", "Les échanges franco-allemands ont reculé de 4,3 % en 2024.",
          surface="4,3 %", indicator="bilateral_trade", exporter="DEU", importer="FRA", published="2025-02-10"),
        E("fr", "Les échanges algéro-italiens ont atteint 14 milliards de dollars en 2023.",
          surface="14 milliards de dollars", indicator="bilateral_trade", exporter="DZA", importer="ITA", published="2024-02-10"),
        E("en", "Indo-Pakistani trade fell 4.3% in 2024.",
          surface="4.3%", indicator="bilateral_trade", exporter="IND", importer="PAK", published="2025-02-10"),
        E("en", "Japan's exports rose 6% in 2024 on Indo-Pacific demand.",
          surface="6%", exporter="JPN", importer="WLD", published="2025-02-10"),
    ]),
    Rule("context.dateline", "the place a wire story was filed from ('NEW DELHI, Jan 13 (Reuters) -') is no party", "claim", [
        # nor a country word in a short name in guillemets: an outlet, a firm, a pipeline
        E("ru", "Объем внешней торговли провинции Хэйлунцзян вырос на 22,3% до 127,7 млрд юаней в январе-августе 2021 года, "
                "сообщает «Тихоокеанская Россия».", surface="22,3%", exporter="CHN", importer="WLD", published="2021-09-20"),
        # (after an outlet's or a firm's word, lexicon title_before; a pipeline's name still names where it goes)
        E("ru", "Поставки в Турцию остаются стабильными: по «Турецкому потоку» в 2023 году было прокачано около 21 млрд кубометров.",
          surface="21 млрд кубометров", exporter="RUS", importer="TUR", published="2024-02-01"),
        E("en", "NEW DELHI, Jan 13 (Reuters) - Saudi Arabia's oil exports to China rose 5% in December.",
          exporter="SAU", importer="CHN", published="2024-01-14"),
        E("fr", "Moscou, 12 janvier (AFP) - Les exportations saoudiennes de pétrole vers l'Inde ont augmenté de 5 %.",
          exporter="SAU", importer="IND", published="2024-01-14"),
        # (a list row with an abbreviation is no dateline)
        E("ru", "Объединенные Арабские Эмираты (ОАЭ) - 435 тысячи баррелей в день нефти в Индию.", exporter="ARE",
          published="2024-01-14"),
    ]),
    Rule("context.currency_country", "a country named with a currency (US$, dollars US, долларов США) is no party", "claim", [
        E("en", "Brazil's soya sales to China totalled US$37.2 billion, a 20 percent increase.", surface="US$37.2 billion",
          exporter="BRA", importer="CHN", published="2024-01-10"),
        E("en", "Shipments from Vietnam to China rose to 60 billion U.S. dollars.", exporter="VNM", importer="CHN",
          published="2024-01-10"),
        E("fr", "Les échanges entre l'Inde et la Russie ont atteint 65 milliards de dollars américains.",
          exporter="IND", importer="RUS", published="2024-01-10"),
        E("ru", "Товарооборот России и Индии вырос до 65 млрд долларов США.", exporter="IND", importer="RUS",
          published="2024-01-10"),
        # (a demonym after a currency noun that is not its money's is the goods' origin)
        E("ru", "Китай импортировал 1,5 миллиарда долларов узбекской продукции.", exporter="UZB", importer="CHN",
          published="2024-01-10"),
        E("ru", "Казахстан закупил на 3 млн долларов узбекских фруктов.", exporter="UZB", importer="KAZ",
          published="2024-01-10"),
        # (a name in the case that names the receiver is a party all the same)
        E("ru", "Россия продала нефти на 5 млрд долларов Китаю.", exporter="RUS", importer="CHN", published="2024-01-10"),
        # a dollar country's name before a spaced "$" is its currency; another country's is a party
        E("en", "Brazil's soya sales to China totalled US $37.2 billion.", surface="$37.2 billion",
          exporter="BRA", importer="CHN", published="2024-01-10"),
    ]),
    Rule("context.trader_nouns", "a supplier or customer noun names who sells to whom; a reporting body is no party",
         "claim", [
        # a demonym after the goods says whose goods they are, not a country listed with the figure
        E("fr", "Les États-Unis ont été le premier client du pétrole gabonais avec 38,2 % des exportations.",
          surface="38,2 %", exporter="GAB", importer="USA", published="2017-09-10"),
        # a buyers' list after an export total is of the exports (the buyer noun «покупателями»
        # is no import word)
        E("ru", "Общая сумма экспорта агропродукции Узбекистана составила 922,8 млн долларов. Основными покупателями "
                "стали Россия - 407 млн долларов, Пакистан - 140,3 млн долларов.", surface="407 млн долларов",
          indicator="exports", exporter="UZB", importer="RUS", published="2024-09-10"),
        # "recipients" are customers: the country ranked among them buys
        E("en", "The US shipped record LNG volumes in 2022. On the list of the largest LNG recipients from the United States, Poland was in seventh place with a share of 3.3%.",
          surface="3.3%", exporter="USA", importer="POL", measure="share", published="2023-02-10"),
        # a supplier or exporter noun heading a list of countries with figures: the listed sell
        E("ru", "Китай в 2023 году импортировал каучук на $10 млрд. Также к значительным экспортерам относятся Малайзия (на $1,51 млрд), Таиланд (на $1,34 млрд).",
          surface="$1,34 млрд", exporter="THA", importer="CHN", published="2024-03-01"),
        E("en", "China imported $10 billion of rubber in 2023. Other large suppliers were Malaysia ($1.51 billion), Thailand ($1.34 billion) and Japan ($1.29 billion).",
          surface="$1.29 billion", exporter="JPN", importer="CHN", published="2024-03-01"),
        # a source or partner of imports is a supplier
        E("en", "The country's top sources of imports in the four months were the UAE with $5.8 billion, China with $5.6 billion and Turkey with $2.1 billion.",
          surface="$5.6 billion", indicator="imports", exporter="CHN", importer="IRN", published="2023-08-01",
          title="Iran's imports rise"),
        E("fr", "Les pays d'origine des importations du Qatar sont menés par les États-Unis, avec 2 milliards de riyals.",
          surface="2 milliards de riyals", exporter="USA", importer="QAT", published="2023-08-01"),
        # a customer noun after "as" ("its position as the largest buyer of Kenyan tea"): the subject's role, no aside
        E("en", "Pakistan has cemented its position as the largest buyer of Kenyan tea with stocks worth Sh35 billion in 2019.",
          surface="Sh35 billion", exporter="KEN", importer="PAK", published="2019-12-01"),
        # with no such noun, the countries ranked after a destination ("followed by") are destinations too
        E("en", "Nigeria exported N282.84bn of crude oil to Spain in 2023, followed by the Netherlands, Turkey and Italy with N216.70bn, N138.74bn and N117.43bn respectively.",
          surface="N138.74bn", exporter="NGA", importer="TUR", published="2024-03-01"),
        E("fr", "L'Indonésie reste le premier fournisseur de charbon de Pékin : 17,53 millions de tonnes en décembre.",
          exporter="IDN", importer="CHN", published="2023-01-20"),
        # the countries ranked with a supplier or a customer ("ahead of", « derrière ») are suppliers
        # or customers of the same country, not its partners the other way
        E("en", "Spain remained Morocco's first supplier, with 33.5 pc of the EU's exports to the Kingdom in the first "
                "quarter, ahead of France (21.6 pc) and Germany (8.9 pc).",
          surface="8.9 pc", exporter="DEU", importer="MAR", published="2019-06-01"),
        E("fr", "La France était le troisième fournisseur de l'Allemagne en importations, derrière les Pays-Bas (9,6 %) "
                "et la Chine (8,7 %).", surface="8,7 %", exporter="CHN", importer="DEU", published="2015-06-01"),
        E("fr", "Les États-Unis restent le premier client de l'Allemagne, avec 156 milliards d'euros d'exportations en 2022.",
          exporter="DEU", importer="USA", published="2023-02-20"),
        # "the country's top supplier" with no country named: the one the article's figures had as a side most
        E("en", "The Philippines' exports to Japan climbed to $885 million in January, ahead of the $834 million shipped "
                "to the United States. Exports to Hong Kong came to $663 million. China stayed the country's biggest "
                "supplier, with imports worth $2 billion in January.", title="Exports to Japan hit $885 million in January",
          surface="$2 billion", exporter="CHN", importer="PHL", published="2019-03-12"),
        # the country after « partenaire (commercial) de » is whose partner it is, not an origin
        E("fr", "L'Italie reste le premier partenaire commercial de la Tunisie, 21 % des importations provenant d'Italie en 2023.",
          surface="21 %", exporter="ITA", importer="TUN", published="2024-03-01"),
        E("fr", "Le Japon, premier marché d'exportation du Chili, a acheté pour 310 millions de dollars de vin en 2019.",
          exporter="CHL", importer="JPN", published="2020-03-02"),
        E("fr", "L'Asean est restée le premier partenaire commercial de la Chine, avec 911,7 milliards de dollars d'échanges en 2023.",
          exporter="ASEAN", importer="CHN", published="2024-01-12"),
        # the name right after the noun is its own; a demonym there names the goods' origin
        E("en", "Russian coking coal shipments into major importer India reached 2.87 million tonnes in January-May.",
          surface="2.87 million tonnes", exporter="RUS", importer="IND", published="2024-06-20"),
        E("en", "The US was the largest market for German exports, as goods worth 10.9 billion euros were shipped there in March.",
          surface="10.9 billion euros", exporter="DEU", importer="USA", published="2024-05-02"),
        # importers and exporters are customers and suppliers too
        E("en", "In May, the U.S. was the largest importer of Vietnamese goods with $37.2 billion, followed by China with $43.4 billion.",
          surface="$43.4 billion", exporter="VNM", importer="CHN", published="2024-06-10"),
        E("fr", "La Suisse reste le premier importateur d'or burkinabè avec 40,55 tonnes et 63,21 % du volume exporté.",
          surface="63,21 %", exporter="BFA", importer="CHE", published="2025-05-10"),
        E("ru", "Россия стала одним из лидеров среди экспортёров подсолнечного масла, направив в Турцию 494 тыс. тонн.",
          surface="494 тыс. тонн", exporter="RUS", importer="TUR", published="2018-01-10"),
        # a region's word right at the noun says where the customer is, not who sells to it
        E("fr", "Le Tchad reste le premier client africain du Cameroun, avec 114 milliards FCFA d'achats en 2022.",
          surface="114 milliards FCFA", exporter="CMR", importer="TCD", published="2023-09-12"),
        E("en", "Mali remained Senegal's top African customer, taking 55.5% of the country's exports to the continent in 2024.",
          surface="55.5%", exporter="SEN", importer="MLI", published="2025-07-25"),
        # "Chinese customs" report the count: the flow stays the article's, Chinese cars to Russia
        E("en", "Russia imported many Chinese cars in 2022, Autostat says. Chinese customs give a somewhat higher count, 162,000 units for 2022, up 33.4% on the year before.",
          surface="162,000 units", exporter="CHN", importer="RUS", published="2023-03-01"),
        # the other flow of a pair named just before runs the other way
        E("en", "In December, China's exports to Russia rose 7.9% to $11.3 billion. Imports rose 6.2% to $10.67 billion.",
          surface="$10.67 billion", exporter="RUS", importer="CHN", published="2025-01-13"),
        E("en", "China's exports to Russia rose 5% y/y in April, while imports were up 13 pct.",
          surface="13 pct", exporter="RUS", importer="CHN", published="2024-05-16"),
        # the names belong to the first flow; "ses importations" is the other way
        E("fr", "Les exportations de la Chine vers la Russie ont atteint 110,97 milliards de dollars (+46,9 %), et ses importations 129,14 milliards (+12,7 %).",
          surface="129,14 milliards", indicator="imports", exporter="RUS", importer="CHN", published="2024-01-12"),
        # shares listed with their supplier: "la Russie (19 %)", or paired by "respectively"
        E("fr", "Sur l'ensemble des importations chinoises de brut, la Russie pèse désormais 19 %, devant l'Arabie saoudite (15 %) et l'Irak (11 %).",
          surface="15 %", measure="share", exporter="SAU", importer="CHN", published="2024-05-16"),
        # a bloc the listed countries belong to scopes the list; it is no partner of theirs
        E("fr", "Les exportations du Maroc ont progressé de 8 % en 2023. Cette hausse s'explique par l'essor des exportations "
                "vers plusieurs partenaires européens, dont la France (+10,7%), l'Italie (+17,5%) et l'Espagne (+26,9%).",
          surface="+17,5%", exporter="MAR", importer="ITA", published="2024-02-01"),
        # a figure inside the parenthesis opened after a name is that country's, after an
        # approximation or other figures too
        E("fr", "La Chine a importé 107 millions de tonnes de brut saoudien. L'Arabie saoudite est suivie par l'Irak (environ 25,42 millions de tonnes pour 14,76 milliards de dollars), la Malaisie (19,6 millions de tonnes).",
          surface="14,76 milliards de dollars", exporter="IRQ", importer="CHN", published="2024-01-20"),
        E("en", "China imported 107 million tonnes of Russian oil. Russia stayed its largest supplier, followed by Saudi Arabia (46.78 mln tons, down by 10.2% year-on-year) and Iraq (36.13 mln tons, up by 3.5%).",
          surface="3.5%", exporter="IRQ", importer="CHN", published="2024-01-20"),
        # a change in a bracket right after a figure is that figure's, whatever flow follows the bracket
        E("ru", "Товарооборот России и Белоруссии в первом квартале снизился. «Российский экспорт составил $3,337 млрд (снижение на 31,7%), импорт в Россию из Белоруссии - $2,804 млрд (снижение на 13,5%)».",
          surface="31,7%", indicator="exports", exporter="RUS", importer="BLR", published="2020-05-10"),
        # (the list ends at "respectively,": a figure after it is of its own clause)
        E("en", "China's exports grew elsewhere, with shipments to Southeast Asia and the EU rising by 15% and 12%, respectively, and exports to African nations jumping 33%.",
          surface="12%", exporter="CHN", importer="EUU", published="2024-03-10"),
        E("en", "China's exports grew elsewhere, with shipments to Southeast Asia and the EU rising by 15% and 12%, respectively, and exports to African nations jumping 33%.",
          surface="33%", exporter="CHN", importer="AFR", published="2024-03-10"),
        E("en", "Russia, Saudi Arabia and Iraq supplied 19%, 15% and 10.5% of the Asian giant's crude imports in 2023, respectively.",
          surface="15%", measure="share", exporter="SAU", importer="CHN", published="2024-04-22"),
        # the list of countries may come after the figures, before the word
        E("en", "Rwanda's exports to Kenya rose by 11 per cent, while there was a decrease of 78.5 and 40.1 per cent of exports to Tanzania and Uganda respectively.",
          surface="78.5", exporter="RWA", importer="TZA", published="2011-12-10"),
        E("en", "Rwanda's exports to Kenya rose by 11 per cent, while there was a decrease of 78.5 and 40.1 per cent of exports to Tanzania and Uganda respectively.",
          surface="40.1 per cent", exporter="RWA", importer="UGA", published="2011-12-10"),
        # the subject of the flow's verb is the list's other side
        E("en", "Canada shipped $7.7 billion and $4.9 billion worth of canola to the U.S. and China, respectively, in 2024.",
          surface="$7.7 billion", exporter="CAN", importer="USA", published="2025-03-10"),
        # « respective(s) » pairs like « respectivement »; a list's names keep their articles
        # (« L'Espagne et l'Italie »); a list that buys ("en importent") buys from the article's seller
        E("fr", "Les exportations tunisiennes de dattes ont atteint 120 000 tonnes en 2022. Le Maroc et l'Indonésie sont les pays qui en importent le plus, avec des parts respectives de 21 % et 12 %.",
          surface="12 %", exporter="TUN", importer="IDN", published="2023-02-01"),
        # with "respectively", the list of as many countries as the figures, even with another
        # country after it ("to Japan"), and each list of figures with its own list of countries
        E("en", "Qatar, Australia and Russia were the largest LNG sellers to Japan last year, shipping 9.1 million tons, 7.4 million tons and 5.2 million tons, respectively.",
          surface="7.4 million tons", exporter="AUS", importer="JPN", published="2023-02-10"),
        E("en", "Qatar, Australia and Russia were the largest LNG sellers to Japan last year, shipping 9.1 million tons, 7.4 million tons and 5.2 million tons, respectively.",
          surface="5.2 million tons", exporter="RUS", importer="JPN", published="2023-02-10"),
        E("fr", "En septembre, l'Irak restait le premier fournisseur du pays avec 21 % de ses importations de brut, devant la Russie (19 %) et l'Arabie saoudite (17 %).",
          surface="19 %", measure="share", exporter="RUS", importer="IND", title="L'Inde achète toujours plus de pétrole russe",
          published="2022-10-24"),
        E("en", "Russia supplied 19% of China's crude imports in 2023, making it the top supplier ahead of Saudi Arabia at 15%.",
          surface="15%", measure="share", exporter="SAU", importer="CHN", published="2024-04-22"),
        # after a flow verb (not a noun), "de X" names where the goods came from
        E("fr", "L'Inde achète du pétrole russe. Le volume de pétrole importé d'Irak est tombé à 928 000 barils par jour.",
          surface="928 000 barils par jour", exporter="IRQ", published="2023-10-10"),
        # a share's holder sells into an imports whole and buys from an exports one; "total" or
        # "all" before the whole says it is somebody's whole, not the world's (the article's pair
        # names whose)
        E("en", "India's refiners kept buying Russian crude. Russia's share of total imports stood at 33.4% in February.",
          surface="33.4%", measure="share", exporter="RUS", importer="IND", published="2024-03-20"),
        E("en", "India's refiners kept buying Russian crude. Russia accounted for 35 per cent of all imports in March.",
          surface="35 per cent", measure="share", exporter="RUS", importer="IND", published="2024-04-20"),
        E("fr", "L'Inde continue d'acheter du brut russe. La Russie représente 35 % des importations totales du pays.",
          surface="35 %", measure="share", exporter="RUS", importer="IND", published="2024-04-20"),
        E("fr", "La part de la Chine dans les exportations russes a atteint 30 % l'an dernier.",
          surface="30 %", measure="share", exporter="RUS", importer="CHN", published="2024-04-20"),
        E("ru", "Индия наращивает закупки российской нефти. Доля России в общем импорте достигла 35%.",
          surface="35%", measure="share", exporter="RUS", importer="IND", published="2024-04-20"),
        # a share of one flow in another: the part's own flow word is not the whole's
        E("ru", "По данным издания, доля российских поставок в общем объеме индийского нефтяного импорта достигла 38% в августе.",
          surface="38%", measure="share", exporter="RUS", importer="IND", published="2025-09-10"),
        # ... but "global" or "world" names the world's whole
        E("en", "China accounts for 15% of global exports of steel.", surface="15%", measure="share",
          exporter="CHN", importer="WLD"),
        # a country before a colon or a dash is listed with its figure too: a list's row ("Les
        # Etats-Unis : 1,8 milliard"), or a sentence that drops its verb («Узбекистан - $18 млрд»)
        E("fr", "En valeur, les cinq premiers marchés des vins français sont :\nLes Etats-Unis : 1,8 milliard d'euros (+ 10,4 %)\nLe Royaume-Uni : 1,2 milliard d'euros (+ 7 %)",
          surface="1,2 milliard d'euros", exporter="FRA", importer="GBR", published="2020-02-12"),
        E("ru", "По товарообороту крупнейшие партнеры Китая в регионе: Казахстан - $30,1 миллиарда, Узбекистан - $18 миллиардов, Туркменистан - $10,6 миллиарда.",
          surface="$18 миллиардов", exporter="CHN", importer="UZB", published="2025-08-08"),
        # a change or a level listed with its country is that country's too; the countries listed
        # against someone's exports buy them
        E("en", "South Korea's car exports fell in most markets last year, with declines for the European Union (-26.1%), Japan (-9.2%) and Australia (-5.2%).",
          surface="-9.2%", exporter="KOR", importer="JPN", published="2025-01-10"),
        E("en", "Norway became the main source of the EU's oil imports, ahead of the United States (13.6%), Kazakhstan (10.2%) and Libya (8.1%).",
          surface="10.2%", exporter="KAZ", importer="EUU", published="2023-09-26"),
        E("en", "China has bought 47 per cent of Russia's crude exports since the ban, followed by India (37 per cent), the EU (6 per cent) and Turkey (6 per cent).",
          surface="37 per cent", exporter="RUS", importer="IND", published="2024-12-10"),
        E("en", "China has bought 47 per cent of Russia's crude exports since the ban, followed by India (37 per cent), the EU (6 per cent) and Turkey (6 per cent).",
          surface="47 per cent", exporter="RUS", importer="CHN", published="2024-12-10"),
        # a buying verb right before a list («покупали Польша - ..., Франция - ...») makes its
        # countries buyers, from the seller of the story's last figure; a country does not trade
        # with the bloc it belongs to
        E("ru", "В декабре Евросоюз импортировал из России удобрений на 212,5 миллиона евро. Больше всего удобрений покупали Польша - 77,03 миллиона евро, Франция - 22,5 миллиона и Испания - 21,5 миллиона.",
          surface="22,5 миллиона", exporter="RUS", importer="FRA", published="2026-02-10"),
        # one side named, no figure of its own flow before: the buyer of the story's last figure of
        # the other flow (or a member of that buying bloc) imports from its seller, and its seller
        # exports to its buyer
        E("ru", "Российские компании увеличили поставки удобрений в страны Евросоюза на 7,6% до 1,8 млн т. Сильнее всего нарастила импорт Германия – в 3,2 раза до 426 300 т.",
          surface="3,2 раза", indicator="imports", exporter="RUS", importer="DEU", published="2023-11-20"),
        E("fr", "Les importations coréennes de produits français ont atteint 4,8 Md€ en 2021. Les exportations françaises ont progressé de 5 %.",
          surface="5 %", indicator="exports", exporter="FRA", importer="KOR", published="2022-03-20"),
        # a ranking verb before "with" lists the country too ("came second with", "topped the list
        # with"); with no other side in the clause, it trades with the article's flow owner
        E("en", "China was the top source of Saudi Arabia's imports in January with SR14.8 billion. The US came second with SR6.5 billion, or 9.8 percent of the total.",
          surface="SR6.5 billion", indicator="imports", exporter="USA", importer="SAU", published="2023-03-27"),
        E("en", "Egypt's exports to Arab countries grew in 2023. The UAE topped the list with $2.9 billion, or 21% of the total, and Saudi Arabia ranked second with $1.6 billion, or 12%.",
          surface="$1.6 billion", indicator="exports", exporter="EGY", importer="SAU", published="2024-02-01"),
        E("fr", "Les exportations marocaines vers l'Afrique ont progressé en 2023. Le Sénégal arrive en tête avec 2,1 milliards de dirhams, soit 14 % du total.",
          surface="2,1 milliards de dirhams", indicator="exports", exporter="MAR", importer="SEN", published="2024-03-01"),
        # a list with no flow word of its own, after buying figures of the owner's sales, buys too
        E("en", "China sold electric cars worth $8.5 billion to the EU in 2024. Germany came second, buying them for $1.19 billion. "
                "Next came Slovenia with $697.4 million and Sweden with $283.2 million.",
          surface="$283.2 million", exporter="CHN", importer="SWE", published="2024-10-01"),
        # a country listed with its share of trade trades with the side outside the list (the
        # article's other country), never with a fellow of the list or a bloc it belongs to
        E("fr", "Les échanges entre le Maroc et l'Union européenne ont progressé en 2023. Par pays, ils se font surtout avec l'Espagne (28,9 %), la France (22,5 %) et l'Italie (7,8 %).",
          surface="22,5 %", indicator="bilateral_trade", exporter="FRA", importer="MAR", published="2024-03-10"),
        E("en", "China's trade with Russia (+26%) and with the United States (-8%) went separate ways in 2023.",
          surface="-8%", indicator="bilateral_trade", exporter="CHN", importer="USA", published="2024-01-15"),
        # "Central and South America" is a region, not the United States
        E("en", "Japan's oil imports came mostly from the Middle East in March; the rest came from the US (4.1 percent) and Central and South America (0.9 percent).",
          surface="0.9 percent", exporter="LATAM", importer="JPN", published="2024-04-30"),
        # destinations listed after the exports they go on about buy them; the level a change
        # reached is of the change's flow
        E("fr", "Les exportations sud-coréennes ont progressé de 8 % en novembre. Par destination, les exportations vers la Chine ont augmenté de 10,2 % à 8,22 milliards de dollars, vers les États-Unis de 5,7 % à 6,78 milliards de dollars, et vers l'Union européenne de 4,9 % à 3,58 milliards de dollars.",
          surface="6,78 milliards de dollars", exporter="KOR", importer="USA", published="2025-12-01"),
        E("en", "South Korea's car exports to Africa rose 12% in the period. Other notable declines include Asia (-23.5%), the European Union (-26.1%) and Latin America (-11.6%).",
          surface="-26.1%", exporter="KOR", importer="EUU", published="2024-09-15"),
        # a share of someone's whole: the owner of the whole buys it, unless it is their exports
        E("en", "Russian oil supply stayed strong, accounting for 34% of India's crude basket in October.",
          surface="34%", exporter="RUS", importer="IND", published="2024-11-10"),
        E("fr", "La Russie représente désormais 34 % des importations de pétrole de l'Inde.",
          surface="34 %", exporter="RUS", importer="IND", published="2024-11-10"),
        # Russian: the owner in the genitive after the flow word's goods («импорта нефти Индии»)
        E("ru", "Россия обеспечила 34% импорта нефти Индии в октябре.",
          surface="34%", exporter="RUS", importer="IND", published="2024-11-10"),
        # a world word in the whole of a share a country owns is what it buys from: the share's
        # partner is the supplier; in an unowned whole ("the global market") it is the world
        E("en", "Saudi Arabia is China's second supplier. Saudi oil accounted for 16.4 percent of China's total crude imports last year.",
          surface="16.4 percent", exporter="SAU", importer="CHN", published="2024-01-10"),
        E("en", "Indonesia exported 448.8 mln tonnes of coal, accounting for 38.3% of the global seaborne coal market.",
          surface="38.3%", exporter="IDN", importer="WLD", published="2024-01-10"),
        # a level far above every level the article gave for the pair is the country's total
        E("en", "South Korea's exports to China fell 13.1 percent to $124.8 billion last year. Exports rose 2 percent to $683.8 billion.",
          surface="$683.8 billion", exporter="KOR", importer="WLD", published="2024-01-10"),
        # a figure in the bracket right after another restates it and has its partners
        E("en", "Japan imported 74 million barrels of crude in March. Kuwait provided 5.12 million barrels (6.9 percent) and Qatar 1.56 million barrels (2.1 percent).",
          surface="2.1 percent", exporter="QAT", importer="JPN", published="2024-04-30"),
        # ... and so does a share restating a level after "or", "accounting for", « soit »
        E("en", "Saudi imports reached SR61 billion in May. The UAE came in third with SR3.9 billion, accounting for 6.4 percent of the total.",
          surface="6.4 percent", exporter="ARE", importer="SAU", published="2023-07-01"),
        # a list of countries, a verb and as many figures pair off in order, "respectively" left
        # out; the list sells to the destination named
        E("en", "India's imports of Russian oil fell in January. Iraq and Saudi Arabia also sold 9.69 per cent and 10.78 per cent less oil to India.",
          surface="10.78 per cent", exporter="SAU", importer="IND", published="2025-02-20"),
        # a country listed with its figure behind a comma and "with" ("Next came Germany, with 7.6 million")
        E("en", "Brazil's coffee exports to the United States reached 8.1 million bags in 2023. Next came Germany, with 7.6 million bags, and Belgium, with 3.7 million bags.",
          surface="3.7 million bags", exporter="BRA", importer="BEL", published="2024-02-10"),
        E("fr", "Les exportations de café du Brésil vers les Etats-Unis ont atteint 8,1 millions de sacs en 2023. Viennent ensuite l'Allemagne, avec 7,6 millions de sacs, et la Belgique, avec 3,7 millions de sacs.",
          surface="7,6 millions de sacs", exporter="BRA", importer="DEU", published="2024-02-10"),
        E("ru", "Китай импортировал из России 90 миллионов тонн нефти. Далее следуют Ирак, показавший 49,28 миллиона тонн, и Бразилия с 33,33 миллиона тонн.",
          surface="33,33 миллиона тонн", exporter="BRA", importer="CHN", published="2024-01-20"),
        # (a longer verb phrase between, and a when-clause before the list behind a period and its comma)
        E("fr", "La Corée du Sud a importé 44 millions de tonnes de GNL. En 2018, alors que le Qatar occupait toujours le premier rang, "
                "l'Australie et les Etats-Unis se sont hissés à la 2e et à la 3e place avec 17 % et 10,6 %.",
          surface="17 %", exporter="AUS", importer="KOR", published="2019-03-10"),
        # a clause without its verb takes the figure before it, its own country in place
        # ... in place of the head of the clause before, not of a demonym on its goods
        E("en", "China bought 5 million tonnes of Russian coal in 2023 and India 3 million tonnes.",
          surface="3 million tonnes", exporter="RUS", importer="IND", published="2024-01-15"),
        E("en", "Japan imported 74 million barrels of crude in May. Saudi Arabia supplied 30.51 million barrels, Kuwait 5.12 million barrels and Qatar 1.56 million barrels.",
          surface="1.56 million barrels", exporter="QAT", importer="JPN", published="2024-06-10"),
        # ... in place of the country nearest before that figure, when neither stands right before it
        E("en", "The two accounted for over a third of Korea's exports last year, with China taking 24.8 percent and the U.S. 12 percent.",
          surface="12 percent", exporter="KOR", importer="USA", published="2024-03-01"),
        # ... with a word of its figure's between ("Lithuania for 30%", « la Suisse avec 485 millions »)
        E("en", "Finland took 55% of Estonia's power exports in May, and Lithuania for 30%.",
          surface="30%", exporter="EST", importer="LTU", published="2011-06-01"),
        # ... with its direction word after the comma (« в Грецию — на 11,6% »), a list of them each
        # in the place of the one before
        E("ru", "В частности, в Турцию поставки российского газа выросли на 20,4%, в Грецию - на 11,6%, в Болгарию - на 6,8%, в Венгрию - на 22,3%.",
          surface="6,8%", exporter="RUS", importer="BGR", published="2017-12-10"),
        E("ru", "Поставки российского мяса в Белоруссию выросли на 44,6%, до 94,3 тыс. тонн, во Вьетнам - на 43,5%, до 44,1 тыс. тонн.",
          surface="43,5%", exporter="RUS", importer="VNM", published="2023-12-10"),
        # ... with a word of its figure's own between ("— на", "by"); a declined name stands for
        # the name in its own case (the genitive after «у», not the subject), and the level the
        # change reached is of the same pair
        E("ru", "В 2023 году Египет нарастил закупки пшеницы у России в 1,5 раза, до 8 миллионов тонн, Румынии — на 12%, до 1,9 миллиона тонн.",
          surface="12%", exporter="ROU", importer="EGY", published="2024-02-10"),
        E("ru", "В 2023 году Египет нарастил закупки пшеницы у России в 1,5 раза, до 8 миллионов тонн, Румынии — на 12%, до 1,9 миллиона тонн.",
          surface="1,9 миллиона тонн", exporter="ROU", importer="EGY", published="2024-02-10"),
        E("en", "Australia raised its LNG sales to Japan by 8% in 2023 and Qatar by 5%.",
          surface="5%", exporter="QAT", importer="JPN", published="2024-02-10"),
        # a whole with its parts named after it ("of which", « dont », «в том числе») is with the world
        E("en", "Laos bought 50 million kWh of power from Vietnam in May. Laos imported 307.9 million kWh of power between January and June, of which 272.6 million kWh came from Thailand.",
          surface="307.9 million kWh", exporter="WLD", importer="LAO", published="2023-08-01"),
        E("fr", "Le Maroc a importé 300 000 tonnes de blé russe en janvier. Le Maroc a importé 2 millions de tonnes de blé en 2023, dont 1,2 million de tonnes de France.",
          surface="2 millions de tonnes", exporter="WLD", importer="MAR", published="2024-02-01"),
        # (parts of goods or routes right after it too, when the flow's owner is named)
        E("ru", "Турция закупила у Азербайджана 0,9 млрд куб. м газа в августе. Всего в сентябре Турция импортировала 3,7 млрд куб. м газа, "
                "из которых 3,2 млрд - по трубопроводам.", surface="3,7 млрд куб. м", exporter="WLD", importer="TUR", published="2024-11-01"),
        E("en", "Russia shipped 1.1 million tonnes of grain to Iran in March. Russia exported 3.1 million tonnes of grain in April, including 2.6 "
                "million tonnes of wheat.", surface="3.1 million tonnes", exporter="RUS", importer="WLD", published="2024-05-10"),
        # (but not when the side left unnamed is the flow's owner: "exports to the US" are the article's country's)
        E("en", "Britain's trade with the US grew last year. Goods exports to the US totalled £60bn, including £8bn of cars.",
          surface="£60bn", exporter="GBR", importer="USA", published="2025-01-10"),
        # a direction word before a group of a bloc's countries is the bloc's
        E("fr", "En 2023, les exportations suisses vers les pays membres de l'UE ont atteint 138 milliards de francs.",
          surface="138 milliards de francs", exporter="CHE", importer="EUU", published="2024-03-01"),
        # a country ranked after the figure before it takes the ranked country's place in its pair
        E("fr", "Entre janvier et novembre 2018, la France a occupé le deuxième rang des pays exportateurs vers l'Algérie (4,24 milliards de dollars), suivie par l'Italie (3,31 milliards), l'Espagne (3,17 milliards).",
          surface="3,17 milliards", exporter="ESP", importer="DZA", published="2019-01-10"),
        E("en", "Ukraine came second among Egypt's wheat suppliers with 1.2 million tonnes, followed closely by Romania with an approximate 1 million tonnes.",
          surface="1 million tonnes", exporter="ROU", importer="EGY", published="2024-03-01"),
        # ... and after a country the sentence names with no figure of its own: its rivals, in its
        # place in the article's last pair of this flow
        E("ru", "В январе-сентябре Китай импортировал из России молочной продукции на $8,7 млн. По этому показателю Россия на шестом месте после Австралии (на $1,07 млрд) и Канады ($806,4 млн).",
          surface="$1,07 млрд", exporter="AUS", importer="CHN", published="2023-10-20"),
        # the ranking word's preposition repeated down the list names no origin
        E("fr", "La France a exporté 100 TWh d'électricité en 2023. Parmi les premiers importateurs d'électricité made in France, l'Italie (32%), suivie de "
                "l'Allemagne (18%) et de la Belgique (15%).",
          surface="15%", exporter="FRA", importer="BEL", published="2024-03-01"),
        # (the ranking word before the named country, and a last figure of the other end of the flow)
        E("fr", "Le Sénégal a vendu pour 40 milliards de FCFA au Mali en mars. Derrière le Mali, on retrouve la Gambie "
                "(12 milliards de FCFA) et la Guinée (9 milliards de FCFA), dont les achats ont progressé.",
          surface="12 milliards de FCFA", exporter="SEN", importer="GMB", published="2024-05-02"),
        # a bilateral list's country trades with the side outside the list, not with a country
        # that has a bracketed figure of its own
        E("ru", "В 2023 году Таджикистан нарастил товарооборот с Азербайджаном (в 2,8 раза), с Молдовой (15%) и с Туркменистаном (на 1,7%).",
          surface="15%", exporter="MDA", importer="TJK", published="2024-01-20"),
        # a name right after a ranking word ("ahead of", « suivie de ») is a fellow of the
        # ranking, not an origin, and no partner of the figure before it
        E("en", "Norway supplied 30.3% of the EU's gas imports in 2023. Russia remains in second position (12.4%), ahead of Qatar (10.9%) and Algeria (9.9%).",
          surface="12.4%", exporter="RUS", importer="EUU", published="2024-02-10"),
        E("en", "Norway supplied 30.3% of the EU's gas imports in 2023. Russia remains in second position (12.4%), ahead of Qatar (10.9%) and Algeria (9.9%).",
          surface="10.9%", exporter="QAT", importer="EUU", published="2024-02-10"),
        # a list after a customer noun is of buyers
        E("fr", "Quant aux pays importateurs de la vanille malgache, les Etats-Unis occupent le premier rang avec 41 %, suivis par la France (26 %).",
          surface="26 %", exporter="MDG", importer="FRA", published="2023-03-01"),
        # a sentence headed by its partner and a colon, as statistics releases list them
        E("en", "Chile's exports in November were $7.73 billion. With Japan: exportation 700 million, importation 250 million. With China: exportation 3.20 billion, importation 1.67 billion.",
          surface="1.67 billion", exporter="CHN", importer="CHL", published="2024-12-10"),
        E("en", "Chile's exports in November were $7.73 billion. With Japan: exportation 700 million. With China: exportation 3.20 billion, total amount of trade 4.87 billion.",
          surface="4.87 billion", indicator="bilateral_trade", exporter="CHL", importer="CHN", published="2024-12-10"),
        # each figure of a list with the partner named right after it
        E("en", "In 2023, Vietnam ran a trade surplus of $31.2 billion with the U.S., $12.6 billion with the EU and $521 million with Japan.",
          surface="$12.6 billion", exporter="VNM", importer="EUU", published="2024-02-01"),
        E("en", "The UAE's minister said trade grew by 10 per cent with India and 15 per cent with Turkey last year.",
          surface="15 per cent", exporter="ARE", importer="TUR", published="2024-02-01"),
        # (a figure alone in its brackets reads on after them)
        E("fr", "La Tunisie a vu ses échanges reculer en 2023. Les importations ont diminué de (-3,8%) depuis la France, "
          "de (-17,4%) depuis l'Italie et de (-15,5%) depuis l'Espagne.", surface="-17,4%", exporter="ITA", importer="TUN",
          published="2024-02-01"),
        # ... in place of the name right before the figure before it, in a list of such names
        E("en", "The main buyers of Azerbaijani oil included Italy - 5.7 million tons, India - 1.2 million tons and Germany - 1.1 million tons.",
          surface="1.2 million tons", exporter="AZE", importer="IND", published="2019-08-01"),
        # « en provenance de l'UE » names the origin even right after the flow's demonym
        E("fr", "Ces machines représentent 16 % des importations marocaines en provenance de l'UE.",
          surface="16 %", exporter="EUU", importer="MAR", published="2021-03-10"),
        # coordinated destinations, each right before its figure
        E("en", "China's exports to the world fell 7.5% in May. Shipments to the United States fell 18.2% from a year earlier and to the European Union 7%.",
          surface="7%", exporter="CHN", importer="EUU", published="2023-06-07"),
    ]),
    Rule("context.period", "periods resolve against the publication date", "claim", [
        # a figure's bracket of its share, right before the period phrase, is read past: the period is its own
        E("en", "In January, Japan imported 37.16 million barrels of Saudi crude (43.9 percent) of the total, 33.16 million "
                "barrels (43.4 percent) in February and 32.83 million barrels (42.2 percent) in March.",
          surface="32.83 million barrels", period="2023-03", published="2023-07-10"),
        # two months in a fiscal year named after them are those months inside it; "initial" counts as "first"
        E("en", "India's natural gas import bill declined by 13% to $8 billion during April to October of financial year 2025-26.",
          surface="$8 billion", period="2025-04/2025-10", published="2025-11-20"),
        E("en", "Component exports in the initial two quarters of the year reached 27.68 billion USD.",
          surface="27.68 billion USD", period="2022-H1", published="2022-07-10"),
        # a month's year is no fiscal year's: "the July 2020-June 2021 fiscal year" is that span of months
        E("en", "Australian red meat exports to the UK reached A$300mn in the July 2020-June 2021 fiscal year.",
          surface="A$300mn", period="2020-07/2021-06", published="2021-09-10"),
        # a season or fiscal year is cut to its months so far only when the publication's month is known
        E("en", "Australian red meat exports to the UK reached A$823mn in 2020-21.", surface="A$823mn",
          period="2020-07/2021-06", published="2021"),
        # a bare comparative before a period («в 2,4 раза больше первого полугодия 2012 года», «в 7 раз
        # ниже результатов октября прошлого года») names what the change is measured against
        E("ru", "За первое полугодие в Казахстан ввезли 23 тыс. грузовиков, что в 2,4 раза больше первого полугодия 2012 года.",
          surface="2,4 раза", period="2013-H1", published="2013-08-27"),
        E("ru", "Закупки Китаем российского никеля составили в октябре 17,3 миллиона долларов, что в 18 раз меньше показателей "
                "сентября и в 7 раз ниже результатов октября прошлого года.", surface="7 раз", period="2025-10",
          published="2025-11-23"),
        # ... and the same period of another year after a comparison word is no period of the change
        E("ru", "Поставки хурмы из Азербайджана в Россию с начала 2024 года выросли на 71,3% по сравнению с аналогичным "
                "периодом 2023 года.", surface="71,3%", period="2024-01/2024-07", published="2024-08-01"),
        # "the previous quarter", « le trimestre précédent », «в предыдущем квартале»: the quarter before
        # the one in context; after a comparison word it is the basis, not the figure's period
        E("fr", "Les exportations saoudiennes non pétrolières vers la Chine ont atteint 12,22 % au premier trimestre 2022, "
                "contre 13,26 % au trimestre précédent.", surface="13,26 %", period="2021-Q4", published="2022-05-01"),
        E("en", "Saudi non-oil exports to China made up 12.22% in the first quarter of 2022, against 13.26% in the previous quarter.",
          surface="13.26%", period="2021-Q4", published="2022-05-01"),
        E("ru", "Экспорт Саудовской Аравии в Китай в первом квартале 2022 года вырос на 5%, а в предыдущем квартале - на 7%.",
          surface="7%", period="2021-Q4", published="2022-05-01"),
        E("fr", "Au troisième trimestre 2020, l'excédent commercial de la Suisse a baissé de 14,6 % comparé au trimestre précédent.",
          surface="14,6 %", period="2020-Q3", basis="prev_period", published="2020-10-20"),
        # the level moved from, set off by commas before the period, is of the same period a year
        # before when the sentence names it; a bracketed restatement of the level reached is read past
        E("en", "Saudi oil exports fell by 33.4 percent to SAR 227.7 billion ($60.70 billion), from SAR 341.6 billion, "
                "in the second quarter of 2023, compared to Q2 2022.", surface="SAR 341.6 billion", period="2022-Q2",
          published="2023-09-01"),
        # in a move from one period's level to another's, the period between the two figures is the start's
        E("ru", "Доля России в египетском импорте пшеницы выросла с 55% в 2023 году до 68% в сезоне 2023/24.",
          surface="68%", period="2023-07/2024-06", published="2024-05-20"),
        # dashes that set figures against their years are a list's, not an aside's
        E("ru", "Экспорт казахстанской пшеницы в Китай в 2017 г. - 306,9 тыс. тонн, а за 6 месяцев 2018 г. - 177,5 тыс. тонн.",
          surface="177,5 тыс. тонн", period="2018-H1", exporter="KAZ", importer="CHN", published="2018-09-01"),
        # a period restated in the bracket right after it takes the bracket's months
        E("fr", "Les exportations d'huile d'olive tunisienne ont atteint 3 963,0 millions de dinars au cours des sept "
                "premiers mois de la campagne agricole 2023/24 (novembre 2023-mai 2024).",
          period="2023-11/2024-05", published="2024-06-10"),
        E("en", "Canadian goods exports were down 5.2% on average over the last three months (Jun-Aug).",
          period="2025-06/2025-08", published="2025-10-07"),
        # "during the same period" after a figure of its own sentence is that figure's period, not
        # the topic's
        E("en", "Trade between Sweden and India fell in 2020. In 2022 Swedish exports to India increased by 50% "
                "compared to the previous year, and Swedish imports from India increased by 43% during the same period.",
          surface="43%", indicator="imports", period="2022", published="2023-03-01"),
        # a change that is itself the baseline, behind a comparison word: the same-period phrase
        # after it is its own period
        E("fr", "Au premier semestre 2007, les échanges entre la France et la Chine ont progressé de 13,9 % "
                "(contre + 19,2 % pour la même période 2006).",
          surface="+ 19,2 %", measure="change", period="2006-H1", published="2007-08-01"),
        # "the previous year" for the level a move started from, after months of a year: the same
        # months a year before, not the whole year
        E("en", "Exports to Japan rose 1.16 percent to $7.084 billion in the first six months of 2001 from $7.003 billion the previous year.",
          surface="$7.003 billion", period="2000-H1", published="2001-08-10"),
        E("fr", "Les exportations vers la Chine ont atteint 420 millions de dollars sur les dix premiers mois de 2018, contre 394 millions de dollars l'année précédente.",
          surface="394 millions de dollars", period="2017-01/2017-10", published="2018-11-20"),
        # "currently", « actuellement », «в настоящее время»: of the time of writing, whatever the
        # article spoke of before
        E("en", "Mexico bought $118 billion from China in 2022. \"Currently, 75% of exports to Mexico are incorporated into a Mexican production line,\" she said.",
          surface="75%", period="2023", published="2023-03-01"),
        E("ru", "В 2022 году Иран экспортировал в Армению товаров на $500 млн. Объем экспорта из Ирана в Армению в настоящее время достиг $560 млн, сообщил посол.",
          surface="$560 млн", period="2023", published="2023-03-01"),
        # two years written with a dash: a change over them is of the later, a yearly rate of
        # the whole span, the ends of a move at the span's ends
        E("en", "In 2003-2012, U.S. exports to Chile rose 404%.", surface="404%", period="2012", basis="vs:2003", published="2013-06-01"),
        E("fr", "Au cours de la période 2018-2023, les importations de produits de la mer de l'UE ont augmenté de 4,9 % par an.",
          surface="4,9 %", period="2018/2023", published="2024-06-01"),
        E("ru", "Доля Китая в товарообороте стран региона выросла с 17,7 до 24,1 процента за 2020-2024 годы.",
          surface="24,1 процента", period="2024", published="2025-03-01"),
        # the first month of a year is its January
        E("ru", "За первый месяц 2026 года экспорт алюминия из России в Южную Корею вырос на 4 процента.",
          surface="4 процента", period="2026-01", published="2026-03-01"),
        E("en", "In the first month of 2026, Russian aluminium exports to Korea rose 4 percent.",
          surface="4 percent", period="2026-01", published="2026-03-01"),
        E("fr", "Au premier mois de l'année, les exportations russes d'aluminium vers la Corée ont augmenté de 4 %.",
          surface="4 %", period="2026-01", published="2026-03-01"),
        # « les 7 mois de l'année »: its first seven months; « la Türkiye » is Turkey in French too
        E("fr", "Les exportations de la Türkiye ont diminué de 0,5% au cours des 7 mois de l'année.",
          surface="0,5%", exporter="TUR", importer="WLD", period="2023-01/2023-07", published="2023-08-10"),
        # a level in a bracket right after the period a comparison names is that period's
        E("fr", "Les importations du Burkina Faso ont atteint 3 901,1 milliards FCFA en 2024, en hausse par rapport à 2023 (3 573,7 milliards FCFA).",
          surface="3 573,7 milliards FCFA", period="2023", published="2025-05-01"),
        E("en", "India imported 2.09 million tonnes of sunflower oil from Russia in 2024, twelve times more than in 2021 (about 175,000 tonnes).",
          surface="175,000 tonnes", period="2021", published="2025-05-01"),
        # "the fiscal year ending in March": the twelve months to the last March before publication
        E("en", "Myanmar earned US$3.299 billion from the export of gas during the fiscal year ending in March, against $580 million in fiscal 2003-2004.",
          surface="US$3.299 billion", period="2013-04/2014-03", published="2014-06-20"),
        # « à la fin du mois de mai »: the months of the year to the end of May
        E("fr", "Les échanges d'Oman avec l'Union européenne ont atteint 878 millions de riyals à la fin du mois de mai.",
          surface="878 millions de riyals", period="2024-01/2024-05", published="2024-07-01"),
        # "during the past year" is last year
        E("en", "Trade between Morocco and the US grew 58% during the past year to 69 billion dirhams, against 43.5 billion in 2021.",
          surface="69 billion dirhams", period="2022", published="2023-04-10"),
        # (after a whole year, the year before)
        E("en", "Exports to Japan rose to $14 billion in 2001 from $13.2 billion the previous year.",
          surface="$13.2 billion", period="2000", published="2002-03-10"),
        # a month after a comparative and its noun («больше объема ноября») is the baseline
        E("ru", "В декабре объем импорта российского алюминия Китаем составил $502,5 млн, что в 1,5 раза больше объема ноября.",
          surface="1,5 раза", period="2015-12", published="2016-01-20"),
        # «В 2020 году за аналогичный период»: the year first, then the same-period words: the
        # months just spoken of, in that year
        E("ru", "Экспорт авокадо из Перу в январе-июне 2021 года составил 300 тыс. тонн. В 2020 году за аналогичный период Перу поставила 267 тыс. тонн.",
          surface="267 тыс. тонн", period="2020-01/2020-06", published="2021-08-01"),
        # ... and of the season before: « la même période de la saison écoulée », "the same period of last
        # season", «аналогичный период прошлого сезона»
        E("fr", "De novembre 2017 à mai 2018, les exportations d'huile d'olive se sont établies à 10 780 tonnes contre 8631 tonnes "
          "durant la même période de la saison écoulée.", surface="8631 tonnes", period="2016-11/2017-05", published="2018-06-18"),
        E("ru", "С ноября 2017 по май 2018 года экспорт оливкового масла составил 10 780 тонн против 8631 тонны за аналогичный период "
          "прошлого сезона.", surface="8631 тонны", period="2016-11/2017-05", published="2018-06-18"),
        # ... and "last year" first: « L'année dernière, à la même période », "Last year, in the same
        # period": the months just spoken of, a year before
        E("fr", "Le Tchad a exporté 17 millions de barils de janvier à avril 2020. L'année dernière, à la même période, "
          "le rapport fait état de 15,13 millions de barils enlevés au terminal.",
          surface="15,13 millions de barils", period="2019-01/2019-04", published="2020-08-01"),
        E("en", "Chad exported 17 million barrels in January-April 2020. Last year, in the same period, 15.13 million barrels were loaded.",
          surface="15.13 million barrels", period="2019-01/2019-04", published="2020-08-01"),
        # "(the) same period of last year", "the corresponding period of the previous year": the
        # months spoken of, a year before
        E("en", "In the first half of 2019, Pakistan's surplus with Bangladesh was $768 million against $1,022 million during same period of last year.",
          surface="$1,022 million", period="2018-H1", published="2019-08-10"),
        # (the first figure of its sentence: a year before the period the sentence named first)
        E("en", "In the first ten months of 2018, China's share of Brazil's beef exports rose from 37.1% in the same period of last year to 44.1%.",
          surface="37.1%", measure="share", period="2017-01/2017-10", published="2018-11-20"),
        E("fr", "Sur les dix premiers mois de 2023, les importations de la Chine en provenance de Russie sont passées de 3,1 millions de tonnes sur la même période de l'année dernière à 4,4 millions de tonnes.",
          surface="3,1 millions de tonnes", period="2022-01/2022-10", published="2023-11-20"),
        # a period as far before the figure as another is behind it: the one behind (the one
        # before is the previous figure's: « passé de X, en 1995, à Y, en 2004 »)
        E("fr", "Notre déficit commercial avec la Chine est passé de 1,2 milliard de dollars, en 1995, à 17,5 milliards de dollars, en 2004.",
          surface="17,5 milliards de dollars", period="2004", published="2005-03-01"),
        E("fr", "Entre septembre 2017 et juin 2018, la Tunisie a exporté 167.436 tonnes d'huile d'olive, contre 67.100 tonnes au cours de la même période de l'année écoulée.",
          surface="67.100 tonnes", period="2016-09/2017-06", published="2018-07-14"),
        # two years written long and joined: two calendar years, but in a story on a country with
        # its own fiscal year that year, and so with a fiscal-year word after them too
        E("ru", "В 2016-2017 годах объём взаимной торговли России и Турции держался на уровне $560 млн, по данным ФТС.",
          surface="$560 млн", period="2016/2017", published="2020-01-08"),
        E("fr", "Les exportations indiennes vers l'Afrique ont atteint 3,6 milliards de dollars en 2008-2009.",
          surface="3,6 milliards de dollars", period="2008-04/2009-03", published="2010-01-01"),
        E("ru", "Доля российской нефти в импорте Индии к концу 2023/2024 финансового года составит 30%.",
          surface="30%", period="2023-04/2024-03", published="2023-10-01"),
        # a story on coffee, cocoa or cognac counts in its trade's own years (October, August)
        E("fr", "Les expéditions de cognac ont atteint 190,2 millions de bouteilles lors de la campagne 2016-2017.",
          title="Le cognac bat un record", surface="190,2 millions de bouteilles", period="2016-08/2017-07",
          published="2017-10-04"),
        E("en", "Guatemala's 2021-2022 harvest brought international sales of $1,136 million.", title="Coffee exports fall",
          surface="$1,136 million", period="2021-10/2022-09", published="2023-02-01"),
        # Rwanda's and Mauritius's fiscal years run from July (the gazetteer's fiscal_year_start)
        E("en", "Rwanda exported 19,560,636 kilos of coffee in the 2015/16 fiscal year.",
          surface="19,560,636 kilos", period="2015-07/2016-06", published="2017-08-01"),
        E("fr", "Pour l'année financière 2020-21, Maurice a importé de l'Inde pour Rs 33,5 milliards.",
          surface="Rs 33,5 milliards", period="2020-07/2021-06", published="2021-11-01"),
        # "the level of" a period is the baseline's, not the figure's
        E("en", "Germany was the largest net exporter during this period with 15.4 TWh, double the level of the previous half of 2021.",
          surface="15.4 TWh", period="", published="2022-08-11"),
        # the fiscal year of the country whose flows the story reports, not of its partner's
        # (Japan's runs from April, Bangladesh's from July); and what a country earns "from"
        # another is what it sells to it
        E("en", "Japan is a fast-growing market for Bangladesh. Bangladesh's export earnings from Japan in FY15 totalled $915.21 million.",
          surface="$915.21 million", period="2014-07/2015-06", exporter="BGD", importer="JPN", published="2016-05-20"),
        # a year named before its fiscal-year words is that fiscal year; Japan names its fiscal
        # years by the year they start in (the gazetteer's fiscal_year_named_by_start)
        E("ru", "По итогам 2024-го финансового года товарооборот между Японией и Россией снизился на 9,41%, до 1,17 трлн иен.",
          surface="9,41%", period="2024-04/2025-03", published="2025-05-20"),
        E("en", "Japan's exports to Russia fell 12% in fiscal 2024, the finance ministry said.",
          surface="12%", period="2024-04/2025-03", published="2025-05-20"),
        E("en", "India's exports to the UAE rose 11% in the 2022 fiscal year.",
          surface="11%", period="2021-04/2022-03", published="2022-06-20"),
        # "the same period" in other words: «таким же периодом 2024 года», "the comparable period of 2024"
        E("ru", "За январь-май 2025 года товарооборот достиг 3 млрд долларов. Рост по сравнению с таким же периодом 2024 года составил 9,3%.",
          surface="9,3%", period="2025-01/2025-05", published="2025-06-20"),
        E("en", "In January-May 2025 trade reached $3 billion, up 9.3% on the comparable period of 2024.",
          surface="9.3%", period="2025-01/2025-05", published="2025-06-20"),
        # a year glued to its half or quarter, as statistics tables write it
        E("en", "Cambodia's exports to China reached $713.3 million in 2023H1, up 16.6 per cent from $611.5 million in 2022H1.",
          surface="$611.5 million", period="2022-H1", published="2023-08-01"),
        E("en", "Exports to Japan came to $2.1 billion in 2024Q3.", surface="$2.1 billion", period="2024-Q3", published="2024-11-01"),
        # ... or the half's number before its letter and the year: "1H 2024"
        E("en", "In 1H 2024, Vietnam's exports to the US climbed 23% to $55.2 billion.", surface="$55.2 billion",
          period="2024-H1", published="2024-09-20"),
        # "1Q 2021", the quarter's number before its letter
        E("en", "The EU bought 10.4 mln tonnes of LNG from the USA in 1Q 2022, against 3.1 mln tonnes in 1Q, 2021.",
          surface="3.1 mln tonnes", period="2021-Q1", published="2022-05-02"),
        # "down on" / "up on" a period: the baseline ("23.5 percent down on December 2018")
        E("en", "December LNG imports were valued at $3.3 billion, 23.5 percent down on the value of LNG imports in December 2018.",
          surface="23.5 percent", period="2019-12", published="2020-01-20"),
        # two consecutive months named together are the two of them (China's customs report
        # January and February as one); two months apart, or the last two of a list, are not
        E("en", "In January and February, China's exports to Russia rose 8% to $17 billion.",
          surface="8%", period="2025-01/2025-02", published="2025-03-10"),
        E("fr", "En janvier et février, les échanges entre la Chine et la Russie ont reculé de 4 %.",
          surface="4 %", period="2025-01/2025-02", published="2025-03-10"),
        E("ru", "В январе и феврале товарооборот России и Китая сократился на 4%.",
          surface="4%", period="2025-01/2025-02", published="2025-03-10"),
        E("en", "Kenya's tea exports to Pakistan earned $40m, $39m and $36m in August, September and October respectively.",
          surface="$36m", period="2024-10", published="2024-12-01"),
        # "the same period this year": the months just spoken of, in the publication's year (the
        # current level, not a baseline: the change after it is of this year too)
        E("fr", "Entre janvier et juillet 2023, les exportations dominicaines vers Haïti s'élevaient à 358,21 millions de dollars, contre 304,33 millions de dollars pour la même période cette année, soit une diminution de 15,04 %.",
          surface="304,33 millions de dollars", period="2024-01/2024-07", published="2024-09-05"),
        E("fr", "Entre janvier et juillet 2023, les exportations dominicaines vers Haïti s'élevaient à 358,21 millions de dollars, contre 304,33 millions de dollars pour la même période cette année, soit une diminution de 15,04 %.",
          surface="15,04 %", period="2024-01/2024-07", published="2024-09-05"),
        # a yearly average over a span of years is of the whole span, year on year
        E("en", "Between 2001 and 2021 Swiss exports to the US grew by an average 6.3% a year.",
          surface="6.3%", period="2001/2021", basis="yoy", published="2022-04-12"),
        E("ru", "Между 2010 и 2020 годами экспорт России в Китай рос в среднем на 7% в год.",
          surface="7%", period="2010/2020", basis="yoy", published="2022-04-12"),
        # without an average, a change between two years is the later one's against the earlier
        E("en", "Between 2019 and 2021 Swiss exports to the US doubled.", surface="doubled", period="2021", basis="vs:2019",
          published="2022-04-12"),
        # a change right before "from X in one year to Y in another" is of the later year
        E("fr", "Les ventes tunisiennes de dattes à l'étranger ont progressé de 38 %, passant de 620 millions de dinars en 2020 à 856 millions en 2022.",
          surface="38 %", period="2022", published="2023-03-01"),
        # a year-on-year rise "from X to Y" moves from the level of the same period a year before
        E("fr", "Au premier semestre 2024, les échanges entre la France et l'Inde ont atteint 9,2 milliards d'euros. Les exportations françaises vers l'Inde ont augmenté de 60,5 % sur un an, passant de 2,7 milliards d'euros à 4,3 milliards d'euros.",
          surface="2,7 milliards d'euros", period="2023-H1", published="2024-09-05"),
        E("fr", "Au premier semestre 2024, les échanges entre la France et l'Inde ont atteint 9,2 milliards d'euros. Les exportations françaises vers l'Inde ont augmenté de 60,5 % sur un an, passant de 2,7 milliards d'euros à 4,3 milliards d'euros.",
          surface="4,3 milliards d'euros", period="2024-H1", published="2024-09-05"),
        # a level in a bracket right after the change's year-on-year basis is the year before's
        E("en", "Pork exports in the first nine months reached 198,000 tonnes, up 31.2% from a year earlier (150,900 tonnes).",
          surface="150,900 tonnes", period="2024-01/2024-09", published="2025-10-16"),
        E("ru", "Экспорт свинины за девять месяцев составил 198 тыс. тонн, что на 31,2% больше, чем годом ранее (150,9 тыс. тонн).",
          surface="150,9 тыс. тонн", period="2024-01/2024-09", published="2025-10-16"),
        # the level moved from after the level reached ("to X from Y") the same
        E("ru", "В сентябре экспорт пшеницы из России сократился на 18%, до 4,1 млн тонн с 5 млн тонн.",
          surface="5 млн тонн", period="2024-09", published="2025-10-10"),
        E("en", "Exports to Saudi Arabia fell by 6.2 percent in March to SR21.3 billion, down from SR22.7 billion.",
          surface="SR22.7 billion", period="2024-03", published="2025-05-10"),
        # (months of a fiscal year the same: a year before, month for month)
        E("en", "Pakistan's exports to the US rose in July-April of FY2018-19. Exports of towels increased by 8.1 percent, "
                "from $512.4 million to $553.9 million.",
          surface="$512.4 million", period="2017-07/2018-04", published="2019-05-20"),
        # a level a move starts from, with no period between it and the level reached, is of the
        # period before the move's: the year before, or the month before when nothing says
        # "year on year" (and the level reached keeps the move's period)
        E("en", "The UK's trade deficit with China ballooned from £11.8bn to £40.5 billion in 2021.",
          surface="£11.8bn", period="2020", published="2022-05-20"),
        E("en", "The UK's trade deficit with China ballooned from £11.8bn to £40.5 billion in 2021.",
          surface="£40.5 billion", period="2021", published="2022-05-20"),
        E("en", "Over the past 12 months, New Zealand's goods exports to the EU climbed from NZ$3.8 billion to NZ$4.8 billion.",
          surface="NZ$3.8 billion", period="2023-06/2024-05", published="2025-06-10"),
        E("en", "Over the past 12 months, New Zealand's goods exports to the EU climbed from NZ$3.8 billion to NZ$4.8 billion.",
          surface="NZ$4.8 billion", period="2024-06/2025-05", published="2025-06-10"),
        E("en", "Canada's trade surplus with the United States widened to C$11.3 billion in December, up from C$8.2 billion.",
          surface="C$8.2 billion", period="2024-11", published="2025-02-05"),
        E("ru", "В августе импорт иракской нефти в Индию снизился с 907 до 730 тысяч баррелей в сутки.",
          surface="907", period="2025-07", published="2025-09-12"),
        # (a period of each end is each end's own)
        E("fr", "Les échanges entre la Turquie et l'Afrique, depuis l'adoption de la stratégie en 2003, sont passés de 5,4 milliards de dollars à 25,3 milliards de dollars en 2020.",
          surface="5,4 milliards de dollars", period="2003", published="2021-05-10"),
        # (« de » before a figure of another flow after « à » is no move)
        E("fr", "En 2023, les exportations marocaines vers l'Europe ont atteint 308 milliards de dirhams, et les importations 416 milliards de dirhams, résultant en un déficit commercial de 107 milliards de dirhams.",
          surface="107 milliards de dirhams", period="2023", published="2024-03-01"),
        # the same period of another year after a percentage and a comparison word is the
        # percentage's baseline, not the period of the level reached after it
        E("fr", "Au premier semestre 2024, les échanges entre la France et l'Inde ont progressé de 25,6 % par rapport à la même période en 2023, atteignant 9,2 milliards d'euros.",
          surface="9,2 milliards d'euros", period="2024-H1", published="2024-09-05"),
        # a level set against a figure of some months, in an earlier year named alone, is of the
        # same months of that year
        E("en", "Imports from the U.S. fell to 4.96 million tons in January-February 2024 from 9.71 million tons in 2023.",
          surface="9.71 million tons", period="2023-01/2023-02", published="2024-03-20"),
        E("fr", "En janvier-mai 2021, les exportations ont atteint 118 000 tonnes contre 48 500 tonnes en 2020.",
          surface="48 500 tonnes", period="2020-01/2020-05", published="2021-06-20"),
        E("en", "The country's banana exports from January to July fell by 10 percent to $1 billion. Exports to Japan rose by 12 percent to $455.061 million from last year's $406.753 million.",
          surface="$406.753 million", period="2019-01/2019-07", published="2020-09-01"),
        # the year's noun is part of its period phrase when weighing which year stands nearer a
        # figure (lexicon: ranges.period_tail)
        E("ru", "Поставки газа в Беларусь были: в 2006 году - 20,5 миллиардов, в 2007 году - 20,6 миллиардов, в 2008 - 21,1 миллиардов кубометров.",
          surface="20,6 миллиардов", period="2007", published="2010-01-01"),
        # a change between one month of two years is of the later month, against the earlier
        E("en", "Aluminium sales to China jumped 47.4% between May 2019 and May 2020.",
          surface="47.4%", period="2020-05", basis="yoy", published="2020-07-01"),
        E("fr", "Les ventes d'aluminium vers la Chine ont bondi de 47,4 % entre mai 2019 et mai 2021.",
          surface="47,4 %", period="2021-05", basis="vs:2019-05", published="2021-07-01"),
        # a goal "within the next five years", « dans les cinq prochaines années », «в ближайшие пять
        # лет»: the year that many years after publication (never the period of the article's other figures)
        E("en", "The two countries aim to raise bilateral trade to $100 billion within the next five years.",
          title="India and the UK", surface="$100 billion", period="2030", modality="target", published="2025-02-10"),
        E("fr", "Les deux pays visent à porter leurs échanges à 30 milliards d'euros dans les cinq prochaines années.",
          title="La France et l'Inde", surface="30 milliards d'euros", period="2030", published="2025-02-10"),
        E("ru", "Власти Белоруссии намерены в ближайшие пять лет увеличить объем товарооборота с Челябинской областью до $1 млрд.",
          surface="$1 млрд.", period="2030", modality="target", published="2025-08-11"),
        E("ru", "Товарооборот России и ОАЭ достиг $11,5 млрд. Абу-Даби хочет, чтобы в ближайшие пять лет эта цифра удвоилась.",
          surface="$11,5 млрд.", period="", published="2025-08-07"),
        # «по итогам первой половины 2025 года»: the first half, in the genitive
        E("ru", "Товарооборот Белоруссии с Челябинской областью по итогам первой половины 2025 года составил $230,8 млн.",
          surface="$230,8 млн.", period="2025-H1", published="2025-08-11"),
        # the year to date up to a month: «с начала текущего года по апрель» is January to April
        E("ru", "С начала текущего года по апрель месяц торговля Узбекистана со странами СНГ превысила 4,3 миллиарда долларов.",
          surface="4,3 миллиарда долларов", period="2019-01/2019-04", published="2019-05-20"),
        E("ru", "Экспорт Беларуси за январь-май 2021 года вырос на 30%. Поставки в страны дальнего зарубежья по сравнению "
                "с соответствующим периодом 2020 года увеличились на 53,3%.", surface="53,3%", period="2021-01/2021-05",
          published="2021-06-20"),
        E("fr", "Le déficit commercial du Maroc avec l'Espagne s'établit à 19,9 MMDH en 2022 contre 7,8 MMDH une année auparavant.",
          surface="7,8 MMDH", period="2021", published="2023-02-10"),
        # "full-year 2024", « sur l'année 2024 »: the year written after the words, not the one just spoken of
        E("en", "Canadian exports to the US tallied C$556bn in 2025, down 6pc from the C$590bn in full-year 2024.",
          surface="C$590bn", period="2024", published="2026-02-05"),
        E("fr", "Les importations belges de GNL russe ont augmenté en 2025, après une baisse de 11 % sur l'année 2024.",
          surface="11 %", period="2024", published="2026-02-05"),
        # months without a year in an article dated to the year only are of that year
        E("fr", "Sur les 7 premiers mois de l'année, la Chine a importé 23 956 t de fèves de cacao du Ghana.",
          surface="23 956 t", period="2016-01/2016-07", published="2016"),
        # ... but a past month of December is the year before's: its figures come out the next year
        E("en", "Wool shipments to China rose by 28% year-on-year in December.",
          surface="28%", period="2020-12", published="2021"),
        E("fr", "En décembre, la Chine a acheté 4 000 t de laine australienne.",
          surface="4 000 t", period="2020-12", published="2021"),
        # "since the start of" the year an article dated to the year only was written in: that year
        E("ru", "С начала 2024 года Ставрополье экспортировало в Китай 6013 т мяса птицы.",
          surface="6013 т", period="2024", published="2024"),
        # "the year to March" is the twelve months to March, not a fiscal year of the story's country
        E("en", "Kenya's trade deficit with China widened to Sh425 billion in the year to March.",
          surface="Sh425 billion", period="2021-04/2022-03", published="2022-07-05"),
        # a part of a fiscal year named with its years counts from the fiscal year's first month
        E("en", "In the first half of fiscal year 2023-24, India imported $5.1 billion of coal from Australia.",
          surface="$5.1 billion", period="2023-04/2023-09", published="2024-01-10"),
        E("en", "During the first quarter of 2023-24, India's imports from Australia reached $5.1 billion.",
          surface="$5.1 billion", period="2023-04/2023-06", published="2024-01-10"),
        # (its years may stand in brackets after the fiscal-year words)
        E("en", "India's imports from Australia reached $5.1 billion during the first six months of the financial year (2023-24).",
          surface="$5.1 billion", period="2023-04/2023-09", published="2024-01-10"),
        E("fr", "Au premier semestre de l'exercice 2023-2024, l'Inde a importé pour 5,1 milliards de dollars de charbon australien.",
          surface="5,1 milliards de dollars", period="2023-04/2023-09", published="2024-01-10"),
        # a year the figure is set against is no period of its own ("the same level as for 2022",
        # «уступает показателю за 2018 г.», « contrairement à l'année 2020 »); «в прошедшем году»
        E("en", "Norway's gas exports to Europe will stay at 122 bcm this year, the same level as for 2022, the minister said.",
          surface="122 bcm", period="2023", published="2023-02-10"),
        E("ru", "В прошедшем году Грузия экспортировала 243,4 млн кВтч электроэнергии, что уступает показателю за 2018 г. на 58,7%.",
          surface="243,4 млн кВтч", period="2019", published="2020-02-10"),
        E("fr", "Contrairement à l'année 2020, les exportations du Québec vers la Chine ont reculé de 10 % en 2021.",
          surface="10 %", period="2021", published="2022-03-10"),
        # a period after "respectively," that ends the sentence is the whole list's
        E("en", "Latvia and Estonia imported goods worth €11.1 billion and €12.4 billion, respectively, during the first 11 months of 2016.",
          surface="€11.1 billion", period="2016-01/2016-11", published="2017-01-20"),
        E("fr", "La Lettonie et l'Estonie ont importé pour 11,1 et 12,4 milliards d'euros, respectivement, sur les onze premiers mois de 2016.",
          surface="12,4 milliards d'euros", period="2016-01/2016-11", published="2017-01-20"),
        # ... and so are "the last 12 months to March" (not the twelve months before publication)
        E("en", "Trade between Kenya and Tanzania reached Sh107 billion in the last 12 months to March 2022, the statistics office said.",
          surface="Sh107 billion", period="2021-04/2022-03", published="2022-06-10"),
        E("en", "Australian wine exports to China collapsed to $12 million in the four months that ended on March 31.",
          surface="$12 million", period="2020-12/2021-03", published="2021-04-20"),
        E("en", "Uganda's coffee exports to Italy totalled $420 million over the past 12 months ending in May 2023.",
          surface="$420 million", period="2022-06/2023-05", published="2023-07-02"),
        # a span from the first to the last day of months is those months
        E("fr", "Du 1er janvier au 31 mai 2024, les importations tunisiennes de l'Italie se sont élevées à 3,962 milliards de dinars.",
          surface="3,962 milliards de dinars", period="2024-01/2024-05", published="2024-06-10"),
        E("fr", "Du 1er au 15 mars 2024, les exportations tunisiennes vers l'Italie ont atteint 2 milliards de dinars.",
          surface="2 milliards de dinars", period="2024-03-01/2024-03-15", published="2024-06-10"),
        # a level compared with a span of months and stated "last year" is that span a year before
        E("en", "Pakistan exported goods worth $2.78 billion to China during fiscal year 2021-22 against $2.04 billion during last year.",
          surface="$2.04 billion", period="2020-07/2021-06", published="2022-08-03"),
        E("en", "Pakistan's exports of frozen fish to China grew from $23.5 million last year to $44.0 million in fiscal year 2021-22.",
          surface="$23.5 million", period="2020-07/2021-06", published="2022-08-03"),
        E("fr", "Les exportations du Pakistan vers la Chine ont atteint 1,5 milliard de dollars de janvier à mai 2022, contre 1,2 milliard de dollars l'an dernier.",
          surface="1,2 milliard de dollars", period="2021-01/2021-05", published="2022-08-03"),
        E("ru", "Экспорт Пакистана в Китай за январь-май 2022 года составил 1,5 млрд долларов против 1,2 млрд долларов в прошлом году.",
          surface="1,2 млрд долларов", period="2021-01/2021-05", published="2022-08-03"),
        # (not a single month's: "a peak seen last year" is that calendar year)
        E("en", "Flows to China resumed at around 60,000 barrels per day in October, compared with a peak of 300,000 bpd seen last year.",
          surface="300,000 bpd", period="2016", published="2017-11-02"),
        # an Iranian year by its own number ("the Iranian calendar year 1400", «в 1400 году по иранскому
        # календарю»): from one Nowruz to the day before the next
        E("en", "Iran exported 27,272 tons of tea worth $28 million in the previous Iranian calendar year 1400.",
          surface="$28 million", period="2021-03-21/2022-03-20", published="2022-05-07"),
        E("ru", "В 1400 году по иранскому календарю Иран экспортировал чай на $28 млн.",
          surface="$28 млн.", period="2021-03-21/2022-03-20", published="2022-05-07"),
        # an article that counts in Iranian years: its spans of months start at the Iranian new year
        E("en", "Iran's exports to Iraq reached $4.5 billion in the first five months of the current Iranian year.",
          surface="$4.5 billion", period="2024-03-20/2024-08-21", published="2024-09-07"),
        E("ru", "За первые 10 месяцев текущего года по иранскому календарю товарооборот Ирана с ЕАЭС достиг 4,6 млрд долларов.",
          surface="4,6 млрд долларов", period="2021-03-21/2022-01-20", published="2022-02-07"),
        E("fr", "Au cours des sept premiers mois de l'année iranienne, les exportations de l'Iran vers la Turquie ont atteint 3 milliards de dollars.",
          surface="3 milliards de dollars", period="2023-03-21/2023-10-22", published="2023-11-10"),
        # "up to the end of April" in a story on a country with July-June years: its fiscal year so far
        E("en", "Nepal's imports of petroleum products up to the end of April included diesel worth Rs. 1.15 trillion.",
          surface="Rs. 1.15 trillion", period="2023-07/2024-04", published="2024-05-20"),
        # the figure's own bracketed restatement is read past: the period after it is the figure's
        E("fr", "Le commerce entre le Cameroun et le Nigeria, qui se situait à 16 milliards de FCFA (28 millions de dollars) en 2015, est passé à 3 milliards de FCFA (5 millions de dollars) en 2019.",
          surface="3 milliards de FCFA", period="2019", published="2021-11-28"),
        # a period opening the sentence sets the time of all of it, whatever comparison follows
        E("fr", "Les exportations de la RDC vers la Chine dépassent leurs importations depuis 2020. En 2024, la Chine a importé pour 21,6 milliards de dollars contre 4,3 milliards de dollars, soit près de 17 milliards de dollars d'excédent pour la RDC.",
          surface="17 milliards de dollars", period="2024", published="2025-02-06"),
        # "during the same period" on a line of its own is the period of the line before
        E("en", "- India's imports from Qatar stood at $11.49 billion in the first 11 months of 2024.\n- India's exports to Qatar were only $1.61 billion during the same period.",
          surface="$1.61 billion", period="2024-01/2024-11", published="2025-02-20"),
        # the ends of a move with no period of their own take those of the same ends of the move before them
        E("en", "The EU's imports from Russia shrank: coal fell from 45 per cent of the total in 2021 to 22 per cent in 2022, natural gas from 36 per cent to 21 per cent.",
          surface="36 per cent", period="2021", published="2023-03-10"),
        # a figure with no period takes the period of the same figure restated further on
        E("en", "Nigeria-China trade climbs to $12bn\nTrade between Nigeria and China has reached $12 billion, the Chinese envoy said on Friday at a forum in Abuja.\n"
              "The envoy praised the projects both countries have built, from railways to ports and power plants, and said more were planned.\n"
              "He listed new factories in Lagos and Kano, and said Chinese firms employ tens of thousands of Nigerians across the country.\n"
              "Speaking about trade, he said that in the first half of 2022, bilateral trade reached $12 billion, up 7.1 per cent.",
          surface="$12bn", period="2022-H1", published="2022-08-20"),
        # a total since a launch runs from it to the time of writing; "fin 2019" is its December
        E("fr", "Depuis la mise en service, fin 2019, le gazoduc a acheminé au total plus de 100 milliards de m3 de gaz russe vers la Chine.",
          period="2019-12/2025-08", published="2025-09-10"),
        E("fr", "Sur les huit premiers mois de cette année, les livraisons de gaz russe à la Chine ont encore grimpé de 28 % sur un an.",
          period="2025-01/2025-08", published="2025-09-10"),
        E("en", "In the first quarter of last year, China's imports of Russian crude rose 10%.",
          period="2024-Q1", published="2025-09-10"),
        # "over" compares only right before a date: "over the first five months" is a period
        E("en", "Over the first five months of 2022, trade between China and Russia rose 40.7% to $93.8 billion.",
          surface="40.7%", period="2022-01/2022-05", published="2023-06-07"),
        # "up 7.9% on November": November is the baseline, the period is the month spoken of
        E("en", "December was a strong month. Chinese exports to Russia reached $11.3 billion, up 7.9% on November.",
          surface="7.9%", period="2024-12", published="2025-01-14"),
        # "exercice 2021-2022" is India's fiscal year; "clos fin mars" only says when it ended
        E("fr", "Au cours de l'exercice 2021-2022, clos fin mars, l'Inde avait importé pour 9,87 milliards de dollars de marchandises russes.",
          period="2021-04/2022-03", published="2022-09-20"),
        # a period right behind its figure ("15,5 milliards en 2022") is its own, not the one before it
        E("fr", "Les livraisons de gaz russe à la Chine sont passées de 10,4 milliards de m3 en 2021 à 15,5 milliards en 2022.",
          surface="15,5 milliards", period="2022", published="2023-03-01"),
        E("fr", "« Il y a vingt ans, les échanges entre la Chine et la Russie pesaient moins de 20 milliards de dollars », rappelle un diplomate.",
          period="2003", published="2023-12-07"),
        E("en", "Trade between China and Russia was about $65bn a decade ago.", period="2013", published="2023-12-07"),
        E("fr", "Sur les cinq premiers mois, les échanges sino-russes ont progressé de 40,7 %.",
          period="2023-01/2023-05", published="2023-06-07"),
        E("en", "Trade between China and Russia rose 2.9% to $21.97 billion last month.",
          surface="$21.97 billion", period="2024-12", published="2025-01-13"),
        E("en", "In January-November, China-Russia trade reached $218.2 billion.", period="2023-01/2023-11",
          published="2023-12-07"),
        E("fr", "En décembre, les livraisons de charbon russe à la Chine ont atteint 6,89 millions de tonnes, contre 4,08 millions un an plus tôt.",
          surface="4,08 millions", period="2021-12", published="2023-01-13"),
        E("fr", "Les exportations chinoises vers la Russie ont progressé de 8,3 % en décembre. Un mois plus tôt, la hausse atteignait 17,9 %.",
          surface="17,9 %", period="2022-11", published="2023-01-13"),
        E("fr", "Les exportations chinoises vers la Russie ont progressé de 8,3 % en décembre, par rapport à décembre 2021.",
          period="2022-12", published="2023-01-13"),
        E("fr", "L'excédent russe vis-à-vis de la Chine atteint 8 milliards de dollars depuis janvier.",
          period="2023-01/2023-05", published="2023-06-07"),
        E("en", "On December 17, Power of Siberia flows to China were 16.6% above the contracted daily volume.",
          period="2022-12-17", published="2022-12-20"),
        E("en", "Kremlin aides said China-Russia trade had crossed $200 billion by the end of October.",
          period="2023-01/2023-10", published="2023-12-07"),
        E("en", "The Power of Siberia pipeline has carried more than 60 bcm of gas to China since it opened in December 2019.",
          period="2019-12/2024-05", published="2024-06-10"),
        E("en", "India's trade with Russia reached $68.7 billion in the last financial year.",
          period="2024-04/2025-03", published="2025-08-20"),
        # the first days of a month (Korea's 20-day export figures)
        E("fr", "Sur les 20 premiers jours de novembre, les exportations sud-coréennes ont progressé de 8,2 %, à 38,5 milliards de dollars.",
          surface="38,5 milliards de dollars", period="2025-11-01/2025-11-20", published="2025-11-21"),
        E("en", "Exports rose 8.2% to $38.5 billion in the first 20 days of November.",
          surface="$38.5 billion", period="2025-11-01/2025-11-20", published="2025-11-21"),
        E("ru", "За первые 20 дней ноября экспорт Южной Кореи вырос на 8,2%.", title="Южная Корея",
          period="2025-11-01/2025-11-20", published="2025-11-21"),
        # "from" before a country is a direction, no comparison: the clause's year is shared
        E("en", "For the entire calendar year of 2023, Japan's LNG imports from Russia fell by 10.7% to 6.13 million metric tons.",
          surface="6.13 million metric tons", period="2023", published="2024-01-20"),
        # a move between two levels over a span: the level moved from is of the span's start, the
        # level reached and the move itself of its end
        E("fr", "Entre février 2022 et décembre 2023, la valeur des importations européennes en provenance de Russie a chuté de 82 %, passant de 21,2 milliards d'euros à 3,7 milliards.",
          surface="21,2 milliards d'euros", period="2022-02", published="2024-03-10"),
        E("fr", "Entre février 2022 et décembre 2023, la valeur des importations européennes en provenance de Russie a chuté de 82 %, passant de 21,2 milliards d'euros à 3,7 milliards.",
          surface="3,7 milliards", period="2023-12", published="2024-03-10"),
        E("en", "Between April 2023 and February 2024, India's imports of Russian coal rose from 1.2 to 1.9 million tonnes a month.",
          surface="1.2", period="2023-04", published="2024-03-20"),
        # the level a move reaches takes the period of the change stated before the move
        E("en", "Trade grew in the first half of 2018. India's services exports to the US rose 1.83 percent in the first quarter of the year, from $6.8 billion to $7 billion.",
          surface="$7 billion", period="2018-Q1", published="2018-08-01"),
        # the year the level moved from is named after it: it is not the period of the level reached
        E("en", "In the first half of 2018, India's goods exports to the US rose 13.1 percent from $23.6 billion in 2017 to $26.8 billion.",
          surface="$26.8 billion", period="2018-H1", published="2018-08-10"),
        E("fr", "Au premier semestre 2018, les exportations indiennes vers les États-Unis sont passées de 23,6 milliards de dollars en 2017 à 26,8 milliards.",
          surface="26,8 milliards", period="2018-H1", published="2018-08-10"),
        # "from" before a country is a direction, not a baseline: the figure sets the article's period
        E("en", "India's imports of crude oil from Russia surged to 1.6 million barrels per day in February. Russia's share was 1% before the conflict began in February 2022.\n\nIraq supplied 939,921 bpd in February while Saudi Arabia supplied 647,813 bpd. The UAE supplied 404,570 bpd.",
          surface="404,570 bpd", period="2023-02", published="2023-03-05"),
        # an aside between two spaced dashes speaks of its own time
        E("en", "UK-China trade held up in 2023. Although the year was hard - China's economy did not rebound as hoped after restrictions ended in late 2022, and UK growth was weak - UK goods exports to China rose 0.9% to £22.4 billion. Imports fell by 11.1%.",
          surface="11.1%", period="2023", published="2024-07-05"),
        # a month's adjective right before a figure after a comparison word is that figure's period
        E("ru", "Импорт российских товаров в Китай в октябре вырос лишь на 2,5%, что ниже сентябрьских 3,8%.",
          surface="3,8%", period="2025-09", published="2025-11-10"),
        # "over" before a stretch of time is no comparison
        E("en", "Australia's LNG exports reached a record AUS$92 billion over the past financial year.",
          period="2022-07/2023-06", published="2023-07-05"),
        # a relative clause between commas after the subject speaks of its own year, and so does its figure
        E("en", "Japan's exports fell in June. Exports to the US, which made up 28.3% of Japan's shipments in 2024, fell 11.4% from a year earlier.",
          surface="11.4%", period="2025-06", published="2025-07-17"),
        E("fr", "Les exportations japonaises ont reculé en juin. Les ventes aux États-Unis, qui pesaient 28,3 % des exportations du Japon en 2024, ont chuté de 11,4 % sur un an.",
          surface="11,4 %", period="2025-06", published="2025-07-17"),
        # two months with their years, joined by a dash or "to", are a span's ends; a month span
        # across the new year starts in the year before
        E("en", "For the period April 2022 - February 2023, trade between India and Russia came to about USD 45 billion.",
          period="2022-04/2023-02", published="2023-04-17"),
        E("en", "India's imports of Russian crude rose 56% in April-February 2024.",
          period="2023-04/2024-02", published="2024-03-20"),
        # a span opened on a day ("from December 5, 2022 until the end of November 2024") starts in its month
        E("en", "From December 5, 2022 until the end of November 2024, China purchased 46 per cent of all Russia's coal exports.",
          surface="46 per cent", period="2022-12/2024-11", published="2024-12-10"),
        # ... and so does one that ends on a day: its end is that day's month
        E("fr", "Du 1er septembre 2017 au 30 juin 2018, les ventes tunisiennes d'huile d'olive à l'étranger ont rapporté 1,7 milliard de dinars.",
          surface="1,7 milliard de dinars", period="2017-09/2018-06", published="2018-07-14"),
        E("en", "From 1 September 2017 to 30 June 2018, Tunisia's olive oil exports earned 1.7 billion dinars.",
          surface="1.7 billion dinars", period="2017-09/2018-06", published="2018-07-14"),
        # a bare "through October", « jusqu'en juillet »: the year to that month; not after a span's
        # start ("from March through October") or a year ("the year through October")
        # "as of November", "by end of May": the year to that month (the fiscal year so far in a
        # story on a country whose years start in another month)
        E("en", "Brazil's trade surplus totalled more than US$46.8 billion as of November, the ministry said.",
          surface="US$46.8 billion", period="2023-01/2023-11", published="2023-12-05"),
        E("en", "Nepal's trade deficit reached Rs. 8.44 trillion by end of May.",
          surface="Rs. 8.44 trillion", period="2023-07/2024-05", published="2024-06-15"),
        E("en", "Argentina's beef exports through October totaled US$847 million, the ministry said.",
          period="2016-01/2016-10", published="2016-11-14"),
        E("en", "EU exports to India rose to 19.4 billion euro until July this year.",
          period="2010-01/2010-07", published="2010-10-18"),
        E("fr", "Jusqu'en juillet, les exportations tunisiennes vers l'Italie ont atteint 2,1 milliards de dinars.",
          period="2018-01/2018-07", published="2018-09-03"),
        E("en", "From March through October, India's imports of Russian oil rose 40%.",
          period="2023-03/2023-10", published="2023-11-20"),
        # a span to the start of a month ("to early September", « au début septembre », «по
        # начало сентября») runs to the month before it
        E("en", "From January to early September, Russia shipped 2.5 million tonnes of fertiliser to India.",
          surface="2.5 million tonnes", period="2025-01/2025-08", published="2025-09-20"),
        E("fr", "De janvier au début septembre, la Russie a livré 2,5 millions de tonnes d'engrais à l'Inde.",
          surface="2,5 millions de tonnes", period="2025-01/2025-08", published="2025-09-20"),
        E("ru", "С января по начало сентября Россия поставила в Индию около 2,5 миллиона тонн удобрений.",
          surface="2,5 миллиона тонн", period="2025-01/2025-08", published="2025-09-20"),
        # a span's start month with no year of its own is in the end's year
        E("fr", "De janvier jusqu'en juillet 2021, les exportations marocaines vers l'Espagne ont progressé de 12 %.",
          period="2021-01/2021-07", published="2023-10-18"),
        # both ends dated: a day span, unless it runs from a 1st to a month's last day
        E("en", "Between March 3, 2023 and January 20, 2024, India bought 12% more Russian coal than a year before.",
          surface="12%", period="2023-03-03/2024-01-20", published="2024-02-10"),
        E("fr", "Sur la campagne qui a couru du 1er août 2021 au 15 juillet 2022, le Cameroun a exporté 222 670 tonnes de cacao.",
          surface="222 670 tonnes", period="2021-08-01/2022-07-15", published="2022-08-01"),
        # ... and so over a month span its words open ("from February to December", « с февраля
        # по декабрь »), or any span for a share (a share is a position at a date)
        E("ru", "С февраля по декабрь 2022 года доля России в импорте ЕС снизилась с 9,5% до 4,3%.",
          surface="9,5%", period="2022-02", published="2023-03-01"),
        E("ru", "С февраля по декабрь 2022 года доля России в импорте ЕС снизилась с 9,5% до 4,3%.",
          surface="4,3%", period="2022-12", published="2023-03-01"),
        E("en", "From February to December 2022, Moscow's share of the bloc's gas purchases slid from 36% to 21%.",
          surface="36%", period="2022-02", published="2023-03-01"),
        # (but "January-May" alone is a cumulative period: its figures keep it)
        E("en", "India's January-May coal imports from Russia rose from 2.1 million to 3.4 million tonnes, a 62% jump.",
          surface="3.4 million tonnes", period="2023-01/2023-05", published="2023-06-20"),
        # a period in an aside between brackets is the aside's, not that of the figures outside it
        E("fr", "En 2022, les exportations de l'UE vers la Russie ont atteint 55,2 milliards d'euros (en 2012, leur valeur était deux fois plus élevée), en recul de 38 %.",
          surface="38 %", period="2022", published="2023-02-20"),
        E("ru", "Экспорт из ЕС в Россию составил 55,2 млрд евро (в 2012 году его стоимость была вдвое выше), снизившись за 2022 год на 38%.",
          surface="55,2 млрд евро", period="2022", published="2023-02-20"),
        # (nor does a figure outside the bracket take the period of a figure inside it)
        E("ru", "Торговля с ЕС в 2022 году сократилась. Экспорт из ЕС в Россию составил 55,2 млрд евро (в 2012 году его стоимость была вдвое выше), снизившись за год на 38%.",
          surface="38%", period="2022", published="2023-02-20"),
        # a year in brackets with a figure of the same unit dates that figure, the one before
        # the brackets keeps the period the text is about
        E("fr", "En 2017, les ventes d'avions ont encore reculé. Le Proche-Orient pèse 7,5 % de nos exportations (6,2 % en 2016), devant l'Afrique.",
          surface="7,5 %", period="2017", published="2018-02-10"),
        E("en", "Chile's cherry shipments rose again in 2017. China took 61% of them, followed by the Netherlands with 26% (24% in 2016).",
          surface="26%", period="2017", published="2018-03-05"),
        # (nor does the next sentence carry on the period of a figure its brackets dated)
        E("en", "Peru's blueberry exports reached $350 million in 2017. The United States took 44% of them (in 2016 it took 56%). The Netherlands came next with 26%.",
          surface="26%", period="2017", published="2018-02-01"),
        E("ru", "По итогам 2024 года товарооборот достиг $9 млрд (в 2023 году – $10,2 млрд). Из них около 90% приходится на российский экспорт.",
          surface="90%", period="2024", published="2025-08-10"),
        # «по сравнению с этим же периодом 2025 года», «прирост к январю 2025 года»: the period
        # a change is measured against, neither the figure's nor what the article goes on about
        E("ru", "Статкомитет подвёл итоги внешней торговли за январь 2026 года. По сравнению с этим же периодом 2025 года товарооборот увеличился на 29,2% и составил 5,8 млрд долларов.",
          surface="5,8 млрд долларов", period="2026-01", published="2026-02-20"),
        E("ru", "Статкомитет подвёл итоги января 2026 года. Экспорт вырос на 26,7% к январю 2025 года. Узбекистан торгует со многими странами. На Китай пришлось 27,9% товарооборота.",
          surface="27,9%", period="2026-01", published="2026-02-20"),
        # a level in brackets right behind a change's comparison is its baseline
        E("en", "In the first two months of the year, salmon exports reached 26,509 tonnes, up 12.8 per cent on the same period of 2015 (23,491 tonnes).",
          surface="23,491 tonnes", period="2015-01/2015-02", published="2016-03-20"),
        # (not a bracket that dates its level itself)
        E("fr", "Les échanges commerciaux France-Madagascar ont progressé de 70% pour approcher le milliard d'euros en 2017 (974 M€), "
                "tandis que notre déficit commercial a plus que triplé depuis 2015 (-267 M€ en 2017 soit notre 37e déficit).",
          surface="-267 M€", period="2017", published="2018-06-10"),
        E("fr", "Notre excédent avec l'Espagne atteint 191 M€ en 2019, soit une baisse de 85 % par rapport à 2018 (1,2 Md€).",
          surface="1,2 Md€", period="2018", published="2020-02-10"),
        E("ru", "Товарооборот Китая со странами региона составил $94,8 млрд - на $5,4 млрд больше, чем в 2023 году ($89,4 млрд).",
          surface="$89,4 млрд", period="2023", published="2025-01-20"),
        # (the same month a year before; the month before, after a comparison with the previous month)
        E("ru", "В августе экспорт Турции в Россию составил 930 миллионов долларов. Это в два раза больше, чем в аналогичный месяц прошлого года (451 миллион долларов) и на 27 процентов больше, чем в предыдущем месяце (729 миллионов долларов).",
          surface="451 миллион долларов", period="2021-08", published="2022-09-05"),
        E("ru", "В августе экспорт Турции в Россию составил 930 миллионов долларов. Это в два раза больше, чем в аналогичный месяц прошлого года (451 миллион долларов) и на 27 процентов больше, чем в предыдущем месяце (729 миллионов долларов).",
          surface="729 миллионов долларов", period="2022-07", published="2022-09-05"),
        E("en", "Turkey's exports to Russia reached $930 million in August, up 27% from the previous month ($729 million).",
          surface="$729 million", period="2022-07", published="2022-09-05"),
        # ... but a bracket opened by "to" holds the level the change moved to, of the change's period
        E("en", "Turkey's imports from Russia increased in June by 1.2% compared to June of the previous year (to $2.95 billion).",
          surface="$2.95 billion", period="2024-06", published="2024-07-31"),
        E("ru", "Импорт Турции из России в июне вырос на 1,2% по сравнению с июнем прошлого года (до $2,95 млрд).",
          surface="$2,95 млрд", period="2024-06", published="2024-07-31"),
        # ... and a bare label in brackets is the figure's own
        E("en", "Russia's exports to China reached $129 billion (2023), customs data show.", period="2023", published="2024-07-01"),
        # "a record since January 2020" after a dash scopes the record, not the figure
        E("fr", "En juillet, les exportations de gaz russe vers l'Europe par cette route ont atteint 1,59 milliard de m3 - un record mensuel absolu depuis janvier 2020.",
          period="2025-07", published="2025-08-05"),
        # a previous record is a baseline: its year is neither its neighbour's nor the next sentence's
        E("en", "Chip exports rose 43.9 per cent in 2024 to $141.9 billion, surpassing the previous record of $129.2 billion set in 2022. Shipments to the United States grew 10.5 per cent.",
          surface="10.5 per cent", period="2024", published="2025-01-01"),
        E("fr", "Les exportations de puces ont atteint 141,9 milliards de dollars en 2024, au-delà du précédent record de 129,2 milliards établi en 2022. Les ventes aux États-Unis ont progressé de 10,5 %.",
          surface="10,5 %", period="2024", published="2025-01-01"),
        # "the latter half of 2024" is the second half, and its "half" no figure
        E("en", "Canada's total export growth will average 6.25 percent in the latter half of 2024.",
          surface="6.25 percent", period="2024-H2", published="2024-10-01"),
        # "the twelve months of fiscal year 2021-22": the fiscal year, counted from its first month
        E("en", "Pakistan exported goods worth $2.78 billion to China during the twelve months of fiscal year 2021-22.",
          surface="$2.78 billion", period="2021-07/2022-06", published="2022-08-03"),
        # a change after a baseline is the move from it to the level before it: that level's period
        E("fr", "Les échanges entre la Tunisie et la Libye ont atteint 2,392 milliards de dinars en 2023 contre 1,507 milliard en 2019, soit une hausse de 59 %.",
          surface="59 %", period="2023", published="2025-04-01"),
        E("en", "Trade reached $2.4 billion in 2023, against $1.5 billion in 2019, a rise of 59%.",
          surface="59%", period="2023", published="2025-04-01"),
        # (also when the article spoke of the baseline's year more: the sentence's level decides)
        E("fr", "Les ventes de cacao ont progressé de 18,5 % en 2013. Les exportations de 2013 ont atteint un record. "
                "Les quantités exportées portent sur 1.576,8 milliers de tonnes en 2014, contre 1.515,6 milliers "
                "de tonnes en 2013, soit un accroissement de 4,0%.", surface="4,0%", period="2014", published="2015-03-01"),
        # "compared to the previous August": the month compared with, not the period of the figures after it
        E("en", "Trade in September decreased by 16.6% compared to the previous August, owing to a 19% drop in imports.",
          surface="19%", period="2023-09", published="2023-10-07"),
        # the year of a record surpassed is the baseline's, whatever stands between the verb and it
        E("fr", "En 2024, la France a beaucoup exporté. Le solde net a dépassé le record historique de 2002 (76 TWh), à 89 TWh.",
          surface="89 TWh", period="2024", published="2025-02-10"),
        # "FY23" names India's fiscal year by the year it ends in; "the current fiscal" is the one
        # publication falls in, "last fiscal" the one before
        E("en", "India's trade deficit with China widened to $83 billion in FY23 from $72 billion in FY22.",
          surface="$83 billion", period="2022-04/2023-03", published="2023-05-15"),
        E("en", "India's trade deficit with China widened to $83 billion in FY23 from $72 billion in FY22.",
          surface="$72 billion", period="2021-04/2022-03", published="2023-05-15"),
        # the short two-year form ("FY18-19"), and the abbreviation heading a line ("FY21: ...")
        E("en", "India's exports to Nepal in FY18-19 stood at $7.8 billion.", surface="$7.8 billion",
          period="2018-04/2019-03", published="2020-01-15"),
        E("en", "India-UAE trade over the years.\nFY21: Exports stood at $16.7 billion, while imports were $26.6 billion.",
          surface="$26.6 billion", period="2020-04/2021-03", published="2025-01-15"),
        # written out: "financial year 2022" in Australian news is July 2021 to June 2022
        E("en", "Australia shipped 29.7 million tonnes of LNG to Japan in financial year 2022.",
          surface="29.7 million tonnes", period="2021-07/2022-06", published="2022-09-15"),
        # (an actual figure of the fiscal year not over is of its months so far, as for a calendar year)
        E("en", "Oil imports from Russia rose 9% in the current fiscal to $24 billion, official data showed.",
          surface="$24 billion", period="2025-04/2025-10", published="2025-11-20"),
        E("en", "Oil imports from Russia could rise 9% in the current fiscal to $24 billion, analysts said.",
          surface="$24 billion", period="2025-04/2026-03", published="2025-11-20"),
        E("en", "Last fiscal, India's exports to Russia touched $4.9 billion.", period="2024-04/2025-03",
          published="2025-06-02"),
        # "A year earlier," opening a sentence sets its time (a year before the period spoken of),
        # it is not what the sentence's change is measured against; « voici dix ans »: years ago
        E("en", "In 2020, Russia-China trade slipped 2.9% to $107.76 billion. A year earlier, it had risen by 3.4 percent to a record $110.75 billion.",
          surface="3.4 percent", period="2019", published="2021-01-14"),
        E("fr", "En 2020, les échanges ont reculé de 2,9 %. Un an plus tôt, ils avaient progressé de 3,4 % à 110,75 milliards de dollars.",
          surface="110,75 milliards de dollars", period="2019", published="2021-01-14"),
        E("fr", "L'énergie pesait 62 % des achats européens à la Russie en 2021. Voici dix ans, elle en représentait 77 %.",
          surface="77 %", period="2011", published="2021-06-10"),
        # « qu'en 2020 » after a verb of saying opens a clause set in 2020; only after a comparative
        # (« 24 % de plus qu'en 2022 ») is the year what a change is measured against
        E("fr", "Les statistiques officielles montrent qu'en 2020, l'UE était le premier partenaire de la Russie, avec 37,3 % de son commerce extérieur.",
          surface="37,3 %", period="2020", published="2024-06-20"),
        # «ниже показателей прошлого года»: last year's figures are what the change is measured
        # against, not the figure's period
        E("ru", "Экспорт в Китай за первое полугодие вырос до 30 млрд долларов, что на 12% выше уровня прошлого года.",
          surface="12%", period="2022-H1", published="2022-07-18"),
        # a goal's growth is of the horizon named after it in the sentence, not of the start level's year
        E("ru", "Лидеры поставили задачу удвоить товарооборот, довести его со 100 миллиардов долларов в 2018 году до 200 миллиардов к 2024 году.",
          surface="удвоить", period="2024", modality="target", published="2023-03-20"),
        E("en", "The leaders set a goal to double trade, bringing it from $100 billion in 2018 to $200 billion by 2024.",
          surface="to double", period="2024", modality="target", published="2023-03-20"),
        # « l'année fiscale 2023-2024 » is a fiscal year; « il y a un an, à la même époque » a year
        # before the period spoken of
        E("fr", "Lors de l'année fiscale 2023-2024, le déficit commercial de l'Inde avec la Chine a atteint 85 milliards de dollars.",
          period="2023-04/2024-03", published="2024-10-20"),
        E("fr", "En avril, l'Inde a importé 1,6 million de barils par jour de pétrole russe. Il y a un an, à la même époque, ce chiffre n'était que de 270 000 barils par jour.",
          surface="270 000 barils par jour", period="2022-04", published="2023-05-02"),
        # «в 2021/2022 году»: a split year with a singular year word is one (fiscal) year
        E("ru", "Доля российской нефти в импорте Индии, которая составляла менее 2% в 2021/2022 году, выросла до 20%.",
          surface="2%", period="2021-04/2022-03", published="2023-06-17"),
        # a month without its year, in a sentence opening on "a year ago", is that month a year before
        E("en", "The deficit with China narrowed to $28 billion in September. A year ago, the September trade deficit with China came in at $31.6 billion.",
          surface="$31.6 billion", period="2019-09", published="2020-11-04"),
        E("fr", "Le déficit avec la Chine s'est réduit à 28 milliards de dollars en septembre. Il y a un an, le déficit de septembre atteignait 31,6 milliards de dollars.",
          surface="31,6 milliards de dollars", period="2019-09", published="2020-11-04"),
        # a change measured from a bare month right after it is of the month after that one
        E("en", "Vietnam's exports to China fell by 35.3 percent from December to $2.75 billion.",
          surface="35.3 percent", period="2020-01", published="2020-02-06"),
        E("ru", "Импорт российской нефти Индией вырос на 7% по сравнению с маем.", period="2020-06", published="2020-07-09"),
        # a change whose only period is the dated month it is set against is of that month a year later
        # (the latest such months over by publication, when years lie between)
        E("fr", "Les exportations françaises vers le Canada restent sous leur niveau d'avant crise (- 8,8 % par rapport au 1er semestre 2019).",
          surface="- 8,8 %", period="2021-H1", published="2021-09-14"),
        E("fr", "Les importations du Burkina ont atteint 500 milliards de FCFA. Comparé aux 3 premiers mois de 2022, on constate une hausse de 11,8%.",
          surface="11,8%", period="2023-Q1", published="2023-05-22"),
        E("en", "Kenya's exports to Uganda fell, a decline of 11.79% as opposed to the value recorded in July 2022.",
          surface="11.79%", period="2023-07", published="2023-08-29"),
        # ... and the first months of a year, in any case («по сравнению с 11 месяцами 2016 года»)
        E("ru", "Поставки российского газа в Турцию выросли на 20,4% по сравнению с 11 месяцами 2016 года.",
          surface="20,4%", period="2017-01/2017-11", published="2017-12-10"),
        E("en", "Russian gas exports to Turkey rose 20.4% compared with the first 11 months of 2016.",
          surface="20.4%", period="2017-01/2017-11", published="2017-12-10"),
        E("fr", "Comparé au mois de février 2021, les exportations du Sénégal vers le Mali se sont relevées de 2,7%.",
          surface="2,7%", period="2022-02", published="2022-04-01"),
        E("en", "In June 2024, Turkey's exports to Russia came to $670 million, almost 30% less than in June last year.",
          surface="30%", period="2024-06", published="2024-07-31"),
        # a part of a fiscal year counts from its first month: "the first two months of the current
        # fiscal" is April-May in India; "April-February 2022-23" and "2022-23 (Apr-Feb)" are
        # eleven months of it
        E("en", "Imports from China grew 12.75% in the first two months of the current fiscal.",
          period="2022-04/2022-05", published="2022-07-19"),
        E("en", "India's exports to China fell 28% to $15.3 billion in April-February 2022-23.",
          surface="$15.3 billion", period="2022-04/2023-02", published="2023-03-20"),
        E("en", "China's share of India's electronics imports slid from 48.1% in 2021-22 (Apr-Feb) to 41.9% in 2022-23 (Apr-Feb).",
          surface="48.1%", period="2021-04/2022-02", measure="share", published="2023-03-20"),
        E("en", "Exports to Russia doubled to $1.2 billion in the first quarter of FY24.",
          surface="$1.2 billion", period="2023-04/2023-06", published="2023-08-16"),
        # "the last 12 months", « les douze derniers mois »: that many months to the month before publication
        E("en", "In the last 12 months New Zealand's goods exports to the EU surged to NZ$4.8bn.",
          surface="NZ$4.8bn", period="2024-05/2025-04", published="2025-05-20"),
        E("fr", "Sur les douze derniers mois, les exportations françaises vers le Maroc ont atteint 5,7 milliards d'euros.",
          period="2023", published="2024-01-15"),
        E("fr", "En cumul sur douze mois, le déficit commercial de la France se réduit à 81,1 milliards d'euros.",
          period="2023-10/2024-09", published="2024-10-20"),
        # an amount and the volume it came from ("$50 million from 146,094 tonnes in June") share the period
        # behind the volume; "from" before an amount of another unit compares nothing
        E("en", "Myanmar's rice exports were recorded at $82 million from 250,947 tonnes in April 2022, $50 million from 146,094 tonnes in June and $66 million from 200,000 tonnes in July.",
          surface="$50 million", period="2022-06", published="2023-02-10"),
        E("en", "Myanmar's rice exports were recorded at $82 million from 250,947 tonnes in April 2022, $50 million from 146,094 tonnes in June and $66 million from 200,000 tonnes in July.",
          surface="$66 million", period="2022-07", published="2023-02-10"),
        # « en 8 mois », « sur dix mois » with no "premiers": the year's first months, as "in 8 months";
        # « sur 12 mois glissants »: the twelve months to the month before publication
        E("fr", "Les exportations d'ordinateurs vers la Malaisie ont atteint 834 millions de dollars en 8 mois.",
          period="2019-01/2019-08", published="2019-08-30"),
        E("fr", "Les ventes de cognac aux États-Unis ont reculé de 12 % sur 12 mois glissants.",
          period="2023-03/2024-02", published="2024-03-20"),
        # «за последние полгода», "the past half year": the last six months
        E("ru", "Турция за последние полгода закупила российских энергоносителей на 11 миллиардов евро.",
          period="2022-03/2022-08", published="2022-09-15"),
        E("en", "Over the past half year, Turkey bought Russian energy worth 11 billion euros.",
          period="2022-03/2022-08", published="2022-09-15"),
        # "the reporting period" is the period just spoken of; "last year's level" a comparison with it
        E("en", "Trade between China and the EU in the January-April period remained at last year's level. Chinese exports to the EU during the reporting period rose by 4.9% to $168.8 bln.",
          surface="4.9%", period="2025-01/2025-04", published="2025-05-10"),
        # an actual figure of a season (or fiscal year) not over at publication is of the season so far
        E("ru", "На рынок Египта в текущем маркетинговом году было поставлено 7,5 млн тонн зерна.",
          period="2021-07/2022-01", published="2022-02-10"),
        # a perfective verb in the future tense forecasts: «увеличит», «поставит»
        E("ru", "Россия в текущем сельскохозяйственном году увеличит поставки зерна в Египет до 5 млн тонн.",
          surface="5 млн тонн", period="2014-07/2015-06", modality="forecast", published="2014-08-12"),
        # the current crop (marketing) season: July to June, the one publication falls in
        E("ru", "Всего в этом сельхозгоду Россия планирует экспортировать 25 миллионов тонн зерна.",
          period="2014-07/2015-06", published="2014-10-10"),
        E("en", "Russia's wheat exports are expected to reach 48 million tons this marketing year.",
          period="2024-07/2025-06", published="2024-10-10"),
        E("fr", "La Russie devrait exporter 48 millions de tonnes de blé au cours de la campagne en cours.",
          period="2024-07/2025-06", published="2025-02-10"),
        # two months and a word or two before the fiscal year: "the July-January period of the current fiscal year"
        E("en", "Bangladesh's apparel exports to the EU reached $13.92 billion during the July-January period of the current fiscal year, with a growth of 1.32%.",
          surface="1.32%", period="2023-07/2024-01", published="2024-02-10"),
        # a month followed by a relative year: "August last year"
        E("en", "Russian gas deliveries to Azerbaijan rose 12% in August. In August last year, they totalled 49.4 million cubic meters.",
          surface="49.4 million cubic meters", period="2023-08", published="2024-09-20"),
        # days of one month: « du 1er au 20 novembre », "from November 1 to 20"
        E("fr", "Les exportations de la Corée du Sud pour la période du 1er au 20 novembre 2025 ont augmenté de 8,2 % sur un an.",
          period="2025-11-01/2025-11-20", published="2025-11-21"),
        E("en", "South Korea's exports from November 1 to 20 rose 8.2% from a year earlier.",
          period="2025-11-01/2025-11-20", published="2025-11-21"),
        # a trailing span: that many months (or quarters) ending with the month named
        E("en", "Goods exports to the US in the four quarters to September 2024 totalled £60bn.",
          period="2023-10/2024-09", published="2025-04-04"),
        E("en", "Total imports from China rose to $113.5 billion in the 12 months through March.",
          period="2024-04/2025-03", published="2025-04-16"),
        E("en", "Car exports to Europe rose to nearly 1.2 million units in the 12 months leading to November.",
          surface="1.2 million units", period="2024-12/2025-11", published="2025-12-10"),
        # a split year after a season word is a crop season, and a part of it counts from its start
        E("en", "Ukraine exported 30 million tonnes of grain in the first eight months of the 2021/22 marketing year.",
          surface="30 million tonnes", period="2021-07/2022-02", published="2022-03-15"),
        E("fr", "La France a exporté 10,5 millions de tonnes de blé pour les huit premiers mois de la campagne de commercialisation 2009-2010.",
          surface="10,5 millions de tonnes", period="2009-07/2010-02", published="2010-03-15"),
        E("ru", "За 5 месяцев сезона-2012/13 поставки яблок из Сербии в Россию сократились на 49%.",
          surface="49%", period="2012-07/2012-11", published="2013-01-15"),
        # ... from its crop's own first month: sunflower oil's September
        E("en", "Ukrainian sunflower oil exports keep rising. In 2013/14 MY the export potential of Ukrainian sunflower oil "
          "is estimated at 3.9 mln tonnes. Sunflower oil is its main farm export.",
          surface="3.9 mln tonnes", period="2013-09/2014-08", published="2014-01-10"),
        # a split year is the fiscal year of the article's country, or a crop season in a grain story
        E("en", "Australia shipped 62 million t of LNG abroad in 2017-18, and China took most of it.",
          surface="62 million t", period="2017-07/2018-06", published="2019-08-10"),
        E("en", "India imported 207.3 million tonnes of crude in 2018-19, a fifth of it from Iraq.",
          surface="207.3 million tonnes", period="2018-04/2019-03", published="2019-08-10"),
        E("fr", "Côté blé russe, l'Égypte a acheté 8,6 millions de tonnes en 2023-2024, contre 9,2 millions la saison précédente.",
          surface="8,6 millions de tonnes", period="2023-07/2024-06", published="2024-08-10", title="Le blé russe conquiert l'Afrique du Nord"),
        E("fr", "Côté blé russe, l'Égypte a acheté 8,6 millions de tonnes en 2023-2024, contre 9,2 millions la saison précédente.",
          surface="9,2 millions", period="2022-07/2023-06", published="2024-08-10", title="Le blé russe conquiert l'Afrique du Nord"),
        # ... but a grain story that speaks of financial years, on a country with one, counts in them
        E("en", "Bangladesh was India's top wheat market in the financial year 2020-21. India exported 1.16 million tonnes of wheat to Bangladesh in 2020-21.",
          surface="1.16 million tonnes", period="2020-04/2021-03", published="2022-01-03", title="Bangladesh tops India's wheat buyers"),
        # a part of the fiscal year named in brackets after it
        E("en", "India imported more US crude. In the first six months of current fiscal (2019-20), US supplied 5.4 million tonnes of crude oil to India.",
          surface="5.4 million tonnes", period="2019-04/2019-09", published="2019-11-10"),
        # a flour or marketing-year ("МГ") story's split years are crop seasons too
        E("ru", "Казахстан экспортировал в Афганистан 1,1 млн тонн муки в 2021/22 МГ. Экспорт муки вырос. Спрос на казахстанскую муку растет.",
          surface="1,1 млн тонн", period="2021-07/2022-06", published="2023-01-10"),
        E("en", "UK-China trade climbed 8.6% to £91.9bn in the year to the end of June 2021.",
          surface="£91.9bn", period="2020-07/2021-06", published="2021-09-01"),
        E("en", "Britain ran a £71bn surplus with the US in the four quarters ended 30 September 2024.",
          period="2023-10/2024-09", published="2025-01-20"),
        # a quarter named by its last month, as Australian and New Zealand statistics do
        E("en", "Dairy led a 9.4% rise in New Zealand's exports in the September quarter, the statistics office said.",
          period="2013-Q3", published="2013-11-07"),
        E("en", "The country ran a NZ$640 million deficit after one of NZ$690 million in the June quarter.",
          surface="NZ$690 million", period="2013-Q2", published="2013-11-07"),
        E("en", "Iron ore exports to China rose 7% in the quarter to March.", period="2022-Q1", published="2022-05-02"),
        # a period carried from the figure before carries on through the paragraph
        E("fr", "Sur les sept premiers mois de 2025, les échanges entre la Chine et la Russie ont reculé de 8 %.\n\n"
                "Au premier semestre, les ventes chinoises de machines à la Russie ont baissé de 7 %. Les voitures ont chuté "
                "de 55 %. Du côté russe, les livraisons de charbon à la Chine ont diminué de 12 %.",
          surface="12 %", period="2025-H1", published="2025-08-20"),
        # months a sentence opens on with no year, read in the year named right at each figure
        E("en", "In the first six months of the year, trade between the two countries rose from $31.2 billion in 2017 to $38.9 billion in 2018.",
          surface="$31.2 billion", period="2017-H1", published="2018-08-01"),
        # a comma between a month and its year
        E("en", "Copper made up most of Zambia's exports in January, 2013, when shipments to Switzerland took 41.0 per cent of the total.",
          surface="41.0 per cent", period="2013-01", published="2013-03-10"),
        # "the half year to June": six months ending with the month
        E("en", "Tanzania's tea exports to Egypt grew 12 per cent in the half year to June.", period="2022-01/2022-06",
          published="2022-09-20"),
        E("fr", "Sur les douze mois à fin mars 2024, les importations indiennes de pétrole russe ont atteint 46 milliards de dollars.",
          period="2023-04/2024-03", published="2024-05-02"),
        # «горючее», motor fuel as a noun, is oil: a delivery of energy
        E("ru", "В январе 2023 года Грузия закупила горючего на 82 миллиона долларов, при этом 69% было поставлено из России.",
          surface="69%", indicator="energy_deliveries", commodity="oil", exporter="RUS", importer="GEO",
          published="2023-02-21"),
        # a decade, "the 1990s", « les années 2010 », «в 2000-х годах»: its ten years
        E("en", "During the 1990s, the United States supplied more than 50 percent of China's soybean imports.",
          period="1990/1999", published="2019-05-02"),
        E("fr", "Dans les années 2010, les exportations françaises vers la Chine ont progressé de 12 % par an.",
          period="2010/2019", published="2021-05-02"),
        E("ru", "В 2000-х годах товарооборот России и Китая вырос в пять раз.", period="2000/2009",
          published="2021-05-02"),
        # « l'année se terminant en mars 2020 »: the twelve months to that month (India's fiscal year)
        E("fr", "Pour l'année se terminant en mars 2020, les échanges entre l'Inde et le Sénégal ont atteint 950 millions de dollars.",
          period="2019-04/2020-03", published="2021-01-12"),
        # an actual figure of a year not over when the article appeared is of the year so far,
        # to the last month the article's figures spoke of; with no month spoken of, the year
        # (the guidelines: « cette année » in a May article is that year)
        E("en", "Turkey's exports to Germany reached $17 billion in 2024.", period="2024",
          published="2024-11-28"),
        # ... but a headline's year not over is the months its story goes on to give
        E("en", "Russia-China trade reaches over $200 billion during 2023\nIn January-November, trade between Russia "
                "and China rose 26% to $218 billion, customs said.",
          surface="$200 billion", period="2023-01/2023-11", published="2023-12-07"),
        E("en", "In January-September, Azerbaijan's gas exports rose 3%. This year Azerbaijan exported 9.4 billion cubic meters of gas to Italy.",
          surface="9.4 billion cubic meters", period="2024-01/2024-09", published="2024-11-05"),
        # ... but a goal or forecast for the year is for the whole year, and late December is near whole
        E("en", "Turkey's exports to Germany are expected to reach $20 billion in 2024.", period="2024",
          published="2024-06-10"),
        E("en", "This year, Azerbaijan exported 11.8 billion cubic meters of gas to Italy.", period="2023",
          published="2023-12-28"),
        # ... nor does a rate per year
        E("en", "In 2024, Kazakhstan sells China about 1 million tonnes of oil a year.", period="2024", published="2024-07-10"),
        # ... and a share states how the year's trade splits, not a sum so far
        E("en", "China has become the main destination for Argentina's beef exports in 2015, taking 35 percent of the total.",
          surface="35 percent", period="2015", published="2015-08-05"),
        # « que » is a complementiser here, not a comparison: the period after it is the figure's
        E("fr", "Les douanes indiquent qu'entre janvier et juillet 2025, le commerce sino-russe a reculé de 8 %, à 125,8 milliards de dollars.",
          surface="125,8 milliards de dollars", period="2025-01/2025-07", published="2025-08-10"),
        # ... but after a comparative it compares: 2022 is the baseline, the figure is of the year spoken of
        E("fr", "En 2023, la Chine a acheté 107 millions de tonnes de brut russe, 24 % de plus qu'en 2022.",
          surface="24 %", period="2023", published="2024-01-20"),
        E("ru", "В январе-июле 2025 года товарооборот сократился на 8,1%.", title="Россия и Китай", period="2025-01/2025-07"),
        E("ru", "В прошлом году экспорт вырос на 12%.", title="Россия и Китай", period="2023", published="2024-02-01"),
        E("ru", "По итогам 2023 года товарооборот составил 240,1 млрд долларов.", title="Россия и Китай", period="2023"),
        E("ru", "За первый квартал экспорт вырос на 5%.", title="Россия и Китай", period="2024-Q1", published="2024-04-20"),
        E("ru", "За 11 месяцев 2023 года товарооборот достиг 218,2 млрд долларов.", title="Россия и Китай", period="2023-01/2023-11"),
        E("ru", "В первом полугодии прошлого года поставки составили 10 млн тонн.", title="Россия и Китай", period="2023-H1", published="2024-03-01"),
        E("ru", "С января по сентябрь импорт составил $90 млрд.", title="Россия и Китай", period="2024-01/2024-09", published="2024-10-15"),
    ]),
    Rule("context.period_scope", "a period phrase that scopes something else, and the period a text goes on about",
         "claim", [
        # the period a text goes on about is not taken from a comparison of names ("more from
        # Mexico than from China in 2023" speaks of 2023), only of figures ("down from $297.9
        # billion in 2022" speaks of a baseline)
        E("en", "For the first time in two decades, the US bought more from Mexico than from China in 2023.\nBy comparison, the US bought about $427 billion of goods from China.\nThe last time that happened was in 2002.",
          surface="$427 billion", period="2023", published="2024"),
        # the date a document appeared is no period of its figures (periods.published_words)
        E("fr", "Dans son rapport publié en octobre, l'ITIE indique que les exportations d'or de la Mauritanie ont doublé.",
          surface="doublé", period="2023", published="2023-11-15"),
        E("en", "In its report published in October, the agency said Mauritania's gold exports doubled.",
          surface="doubled", period="2023", published="2023-11-15"),
        # a year in a bracket right after a figure looks back: it is not what the text goes on about
        E("en", "In 2017 Chile exported 1.2 million tonnes of fruit. It was followed by the Netherlands with 26% "
                "(24% in 2016), the United Kingdom with 11% (12% in 2016), and China with 10%.",
          surface="10%", period="2017", published="2018-02-01"),
        # a period right behind the comma after a figure opens the next clause, when the figure's
        # own clause names one before it
        E("ru", "В прошлом году товарооборот превысил 14 миллиардов долларов, с начала года вырос еще на 23%.",
          surface="14 миллиардов долларов", period="2024", published="2025-09-02"),
        E("ru", "Товарооборот между РФ и ОАЭ в 2025 году составил $400 млн, в 2026 году он может увеличиться вдвое.",
          surface="$400 млн", period="2025", published="2026-01-20"),
        E("en", "In 2011 Kazakhstan accounted for 10.8% of Kyrgyzstan's trade, in the first five months of 2012 for 25.7%.",
          surface="10.8%", period="2011", published="2012-07-01"),
        # a year a few words into a comparison after a change dates what it is measured against
        E("en", "Over 2019 as a whole, Japan bought 74.1 million tonnes of LNG. Coal imports slid 3.1 percent "
                "compared to the volumes bought in 2018.",
          surface="3.1 percent", period="2019", published="2020-02-10"),
        E("fr", "En 2015, les ventes de cacao se sont établies à 1,6 million de tonnes, soit une hausse de 9,4% par "
                "rapport au volume enregistré en 2014.",
          surface="9,4%", period="2015", published="2016-03-10"),
        # (a basis phrase closes the comparison: the quarter after it is the change's own)
        E("en", "German imports from China fell 11% compared to the same period last year in the first quarter.",
          surface="11%", period="2024-Q1", published="2024-05-10"),
        # ", the first increase this year" ranks the figure within the year: its period stays June
        E("en", "Trade came to $17.6 billion in June. China's exports to Russia rose 2.2% to $8.28 billion, the first increase this year.",
          surface="$8.28 billion", period="2025-06", published="2025-07-14"),
        # a figure-less sentence naming a month sets the topic until a figure names its own period
        E("fr", "Au premier semestre, les échanges sino-russes ont reculé de 9,1 %. Juin apporte une éclaircie. Le commerce bilatéral y a atteint 17,6 milliards de dollars. Les ventes chinoises à la Russie ont progressé de 2,2 % sur un an.",
          surface="2,2 %", period="2025-06", published="2025-07-14"),
        # a cause ("because of", « en raison de », «за счёт») opens a clause of its own: its
        # country is not the figure's
        E("en", "Japan's global exports decreased 0.5 pct to ¥9,162.6 billion mainly because of lower U.S.-bound vehicle shipments.",
          surface="¥9,162.6 billion", exporter="JPN", importer="WLD", published="2025-07-20"),
        E("fr", "Les exportations de vins ont atteint 17,2 milliards d'euros en 2022, malgré un recul de 3,8 % des volumes lié à la faible récolte de 2021.",
          surface="3,8 %", period="2022", published="2023-02-10"),
        E("fr", "Globalement, l'excédent commercial de l'Allemagne a reculé à 79,7 milliards d'euros en 2022.",
          exporter="DEU", importer="WLD", published="2023-02-10"),
        # a period behind a clause break after the figure's clause is another event's
        E("en", "UK-China trade ties remained resilient in 2023. UK goods exports to China rose 0.9% to £22.4 billion, reversing the decline seen in 2022.",
          surface="£22.4 billion", period="2023", published="2024-07-05"),
        # a year after « par rapport au même mois de » is what a change is measured against
        E("fr", "En avril, les importations indiennes de charbon russe ont atteint 2 millions de tonnes. Cela représente une augmentation de 25 % par rapport au même mois de 2019.",
          surface="25 %", period="2024-04", published="2024-05-10"),
        # ... but a period scoping a ranking ("the first time since 1997") sets no topic
        E("fr", "Au premier semestre, l'ASEAN est devenue le deuxième partenaire commercial de la Chine. C'est une première depuis 1997. Les échanges ont progressé de 10,5 % sur un an.",
          surface="10,5 %", period="2019-H1", published="2019-07-20"),
        E("en", "British exports to the EU slumped 40.7% in January. It was the worst result since monthly records began in 1997. Imports from the bloc fell 28.8%.",
          surface="28.8%", period="2021-01", published="2021-03-12"),
        # one sentence a paragraph, as web pages often print: a figure-less sentence naming a period
        # still sets the topic of the paragraph right after it
        E("fr", "Entre janvier et juillet 2025, le commerce sino-russe a reculé de 8 %.\n\nSelon l'Institut Gaidar, au premier semestre 2025, la Chine a réduit ses achats de matières premières en Russie.\n\nLes exportations russes de pétrole vers la Chine ont chuté de 11 %, celles de GNL de 13 %.",
          surface="13 %", period="2025-H1", published="2025-08-20"),
        # "sur cette période" is the period last spoken of, not the baseline of a comparison
        E("fr", "Sur les neuf premiers mois, la Chine a importé 76,5 millions de tonnes de charbon russe, contre 50 millions l'an dernier. Sur cette période, les livraisons de GNL russe à la Chine ont atteint 5,8 millions de tonnes.",
          surface="5,8 millions de tonnes", period="2023-01/2023-09", published="2023-11-20"),
        # "un an plus tôt" is the baseline's (240,11), not shared with the figure before it
        E("fr", "Sur le papier, l'année 2024 est un nouveau sommet. Les échanges entre la Chine et la Russie ont atteint 244,81 milliards de dollars, selon les douanes, qui les chiffraient à 240,11 milliards un an plus tôt.",
          surface="244,81 milliards de dollars", period="2024", published="2025-01-15"),
        # a year shared with a baseline ("après un bond de 26,3 % en 2013") does not become the article's period
        E("fr", "Les échanges sino-russes ont progressé de 1,9 % en 2024. Après un bond de 26,3 % en 2013, la croissance a perdu plus de 24 points. En monnaie chinoise, le commerce bilatéral se monte à 1,74 billion de yuans.",
          surface="1,74 billion de yuans", period="2024", published="2025-01-15"),
        # "the lowest ... since June 2022": the period scopes the ranking, not the figure
        E("en", "India's intake of Russian crude fell to 1.2 million bpd in November, the lowest figure since June 2022.",
          surface="1.2 million bpd", period="2024-11", published="2024-12-15"),
        E("fr", "En 2022, l'Allemagne a importé de Chine pour 191 milliards d'euros. Son déficit commercial avec Pékin, 84 milliards d'euros, est le plus élevé depuis le début des statistiques en 1950.",
          surface="84 milliards d'euros", period="2022", published="2023-02-10"),
        E("ru", "В 2022 году торговля ЕС и России резко сократилась. Экспорт из Евросоюза в Россию упал до 55,2 млрд евро - минимальный уровень с 2005 года.",
          surface="55,2 млрд евро", period="2022", published="2023-03-15"),
        # a count of months after a ranking word is a streak, not January to that month; a month
        # with a day after its abbreviation's full stop is a dateline, no period
        E("en", "TOKYO, Aug. 19 (Kyodo) -- Japan posted its first trade surplus in four months in July.\n"
                "The Finance Ministry said the surplus came to 11.6 billion yen in the period.",
          surface="11.6 billion yen", period="2020-07", published="2020-08-19"),
        E("fr", "Les exportations ont atteint en juillet leur plus haut niveau en quatre mois. Elles se sont élevées à 5,2 milliards d'euros.",
          surface="5,2 milliards d'euros", period="2020-07", published="2020-08-19"),
        E("ru", "В июле экспорт впервые за четыре месяца вырос. Он составил 5,2 млрд долларов.",
          surface="5,2 млрд долларов", period="2020-07", published="2020-08-19"),
    ]),
    Rule("context.period_when", "a when-clause's figure is of the period it hangs on; a baseline keeps its own period",
         "claim", [
        # a year before a noun of the baseline is the baseline's own ("the 2022 record of", "2022's peak of")
        E("en", "In 2023, the Philippines' rice imports reached 3.6 million tons, down 5.9 percent compared to the 2022 record of 3.82 million tons.",
          surface="3.82 million tons", period="2022", published="2024-06-06"),
        E("en", "In 2023, the EU cut its trade deficit with China by 27 per cent to €291 billion, an improvement from 2022's peak of €397 billion.",
          surface="€397 billion", period="2022", published="2024-03-05"),
        # a level set against a dated year's baseline, no period of its own: the year after it
        # (not the period an earlier sentence spoke of)
        E("fr", "Les ventes à la RDC étaient de 200 M€ en 2016. Les importations françaises depuis la RDC ont progressé (19 M€ contre 15,3 M€ en 2017).",
          surface="19 M€", period="2018", published="2019-03-15"),
        E("en", "Sales to Congo were 200 million euros in 2016. Imports from Congo grew (19 million euros against 15.3 million euros in 2017).",
          surface="19 million euros", period="2018", published="2019-03-15"),
        E("fr", "Les importations depuis la RDC ont progressé (19 M€ contre 15,3 M€ en 2017).",
          surface="15,3 M€", period="2017", published="2019-03-15"),
        E("fr", "En septembre, les flux ont atteint 84,5 milliards FCFA. Ils ont progressé de 31,6 % par rapport à août, où ils s'élevaient à 64,2 milliards FCFA.",
          surface="64,2 milliards FCFA", period="2025-08", published="2025-11-05"),
        # a relative clause on the period compared with ("which amounted to", « qui s'élevaient à »)
        E("en", "Exports to Vietnam fell 30.4% compared to January-September 2022, which amounted to $39.85 billion.",
          surface="$39.85 billion", period="2022-01/2022-09", published="2023-11-01"),
        E("fr", "Les exportations vers le Vietnam ont baissé de 30,4 % par rapport à janvier-septembre 2022, qui s'élevaient à 39,85 milliards de dollars.",
          surface="39,85 milliards de dollars", period="2022-01/2022-09", published="2023-11-01"),
        E("ru", "За январь-сентябрь 2023 года Россия поставила в Узбекистан 690 тысяч тонн картофеля. Это в 2,5 раза больше по сравнению с аналогичным периодом 2022 года, где было поставлено 275,7 тысяч тонн.",
          surface="275,7 тысяч тонн", period="2022-01/2022-09", published="2023-10-20"),
        # the months of a fiscal year in brackets after them: "July-April (2017-18)"
        E("en", "Pakistan's exports to the USA were $4,714 million during July-April (2018-19) against $4,546 million during July-April (2017-18).",
          surface="$4,546 million", period="2017-07/2018-04", published="2019-05-20"),
        # "when compared to" is a comparison, not a when-clause: the baseline keeps the month it names
        E("en", "Imports from Bangladesh rose 12.2 percent in December 2021 when compared to the $10.56 million bought in November 2021.",
          surface="$10.56 million", period="2021-11", published="2022-02-10"),
        E("fr", "Les achats au Bangladesh ont crû de 12,2 % en décembre 2021 lorsque comparés aux 10,56 millions de dollars de novembre 2021.",
          surface="10,56 millions de dollars", period="2021-11", published="2022-02-10"),
        E("en", "Trade between China and Russia has more than doubled since 2018, when it first topped $100 billion.",
          surface="$100 billion", period="2018", published="2024-05-16"),
        E("fr", "Les échanges entre la Chine et la Russie ont plus que doublé depuis 2018, quand ils avaient dépassé pour la première fois 100 milliards de dollars.",
          surface="100 milliards de dollars", period="2018", published="2024-05-16"),
        # ... and it is a baseline: the figures after it are not of its period
        E("en", "Korea's exports in May rose 11.7 percent. Exports to China rose 7.6 percent to $11.38 billion, the highest since "
          "October 2022 when it recorded $12.2 billion, and exports to the U.S. also increased by 15.6 percent year-on-year.",
          surface="15.6 percent", period="2024-05", published="2024-06-01"),
        E("en", "China took 1.98 million bpd of Russian crude in May, up 55% from a year earlier, when it took 5.44 million tonnes, and about 25% above April's 1.59 million bpd.",
          surface="5.44 million tonnes", period="2021-05", published="2022-06-20"),
        E("en", "China took 1.98 million bpd of Russian crude in May, up 55% from a year earlier, when it took 5.44 million tonnes, and about 25% above April's 1.59 million bpd.",
          surface="1.59 million bpd", period="2022-04", published="2022-06-20"),
        # the period right behind a baseline ("from X in 2023", "following X in 2023") is that
        # baseline's alone: a figure after it keeps the sentence's period
        E("en", "In 2024, Kenya's imports from India rose to $3.3 billion from $2.9 billion in 2023, with the deficit widening to $3.0 billion.",
          surface="$3.0 billion", period="2024", published="2025-03-01"),
        E("en", "Peru's trade with China grew again in 2023. Its exports to China totaled $24.6 billion following $22.4 billion in 2022.",
          surface="$24.6 billion", period="2023", published="2024-02-10"),
        # "more than" before a figure is its approximation, not a comparison word with a baseline
        E("en", "India's non-oil trade deficit more than doubled between May and December 2022 to about $2.2 billion from $1.01 billion a year earlier.",
          surface="$2.2 billion", period="2022-05/2022-12", published="2023-09-10"),
        # the baseline's period is its own, not the next figure's
        E("en", "China took 1.98 million bpd of Russian crude in May, up 55% from a year earlier, when it took 5.44 million tonnes, and about 25% above April's 1.59 million bpd.",
          surface="25%", period="2022-05", published="2022-06-20"),
        # "the March level" is what the factor is measured against; "May's intake" is its period
        E("en", "India imported 1.1 million bpd of Russian crude in May. That puts May's intake at eight times the March level.",
          surface="eight times", period="2022-05", published="2022-06-20"),
        E("en", "India's imports from Russia were worth $6.4 billion, more than three times the $1.99 billion recorded in the same weeks of last year.",
          surface="$1.99 billion", period="2021", published="2022-06-20"),
        # "the same period of 2019", "the same period last year": the months spoken of, in that year
        E("fr", "Sur les neuf premiers mois de 2020, le déficit de l'UE avec la Chine a atteint 135,9 milliards d'euros, contre 123,9 milliards sur la même période de 2019.",
          surface="123,9 milliards", period="2019-01/2019-09", published="2020-11-16"),
        E("en", "Brazil shipped 6.96 million tons of soybeans to China in January-February, up from 2.24 million tons in the same period last year.",
          surface="2.24 million tons", period="2023-01/2023-02", published="2024-03-10"),
        E("en", "Egypt bought 8.34 million tons of wheat from January through September, against 6.43 million tons over the same period a year earlier.",
          surface="6.43 million tons", period="2022-01/2022-09", published="2023-10-10"),
        E("ru", "За январь-август импорт китайских машин в Россию упал до $4,1 млрд против $9,15 млрд за аналогичный период 2024 года.",
          surface="$9,15 млрд", period="2024-01/2024-08", published="2025-10-10"),
        E("ru", "Импорт СПГ из России вырос за девять месяцев 2022 года до 15 млрд куб. м с 10 млрд за тот же период в 2021 году.",
          surface="10 млрд", period="2021-01/2021-09", published="2022-11-10"),
        # "the previous year" is the year before the one spoken of (a fiscal year stays one)
        E("en", "In 2018-19, Iraq shipped 46.6 million tonnes of crude to India, up from 37.3 million tonnes in the previous year.",
          surface="37.3 million tonnes", period="2017-04/2018-03", published="2019-06-10"),
        E("fr", "En 2023, la Chine a vendu pour 110 milliards de dollars à la Russie, contre 76 milliards l'année précédente.",
          surface="76 milliards", period="2022", published="2024-06-10"),
        # "a year later" is the year after the one the sentence names before it
        E("fr", "Les ventes ivoiriennes au Cameroun sont passées de 23,9 milliards FCFA en 2021 à 60,6 milliards FCFA, pour 110 000 tonnes, un an plus tard.",
          surface="110 000 tonnes", period="2022", published="2023-09-12"),
        E("en", "Uzbek gas sales to China fell from 4.1 bcm in 2021 to 2.6 bcm a year later.",
          surface="2.6 bcm", period="2022", published="2023-09-12"),
        E("en", "Coffee exports to Japan slid 4.2 percent in 2016 and another 3.1 percent the year after.",
          surface="3.1 percent", period="2017", published="2019-02-10"),
        # and "four years later" / « quatre ans plus tôt » that many years after or before it
        E("fr", "Le volume commercial de la France est passé de 1 milliard d'euros en 2019 à 972 millions d'euros quatre ans plus tard.",
          surface="972 millions d'euros", period="2023", published="2024-03-01"),
        E("fr", "Les exportations tunisiennes vers la France ont atteint 255 millions de dinars en 2023, contre 148 millions quatre ans plus tôt.",
          surface="148 millions", period="2019", published="2024-03-01"),
        E("en", "China's imports from Brazil rose from $20 billion in 2012 to $60 billion ten years later.",
          surface="$60 billion", period="2022", published="2023-03-01"),
        # a goal or forecast naming no horizon has none: the article's period is a past one
        E("en", "Trade between India and Russia reached $65 billion in 2023.\n\nThe two governments aim to raise bilateral trade to $100 billion.",
          surface="$100 billion", modality="target", period="", published="2024-05-10"),
        # a change is measured against it: the period stays the one spoken of
        E("en", "Brazil shipped 6.96 million tons of soybeans to China in January-February, 3% more than in the same period of 2023.",
          surface="3%", period="2024-01/2024-02", published="2024-03-10"),
    ]),
    Rule("context.basis", "what a change is measured against", "claim", [
        # a month of the year before after a comparison word: the same month a year earlier
        E("en", "Ireland's exports of goods increased by 17 per cent in July compared with July 2023.",
          basis="yoy", period="2024-07", published="2024-09-16"),
        # « la même période en 2024 » is what the change is measured against, not its period
        E("fr", "De janvier à août 2025, les exportations vers la Chine ont atteint 30 milliards de dollars. Cela représente une hausse de 0,6 % par rapport à la même période en 2024.",
          surface="0,6 %", period="2025-01/2025-08", published="2025-09-10"),
        E("en", "In January-November 2008, imports from China rose to 55 billion Euros, of which devices for data processing "
                "9.3 billion Euros (-0.3% on the respective period in 2007).",
          surface="-0.3%", period="2008-01/2008-11", published="2009-02-01"),
        E("fr", "Au premier semestre 2019, le Cameroun a exporté 300 000 tonnes de cacao. Se référant à l'année dernière, "
                "les expéditions du Cameroun ont augmenté de 25 %.", surface="25 %", period="2019-H1", published="2019-08-01"),
        E("en", "Shipments to Russia of Chinese machinery doubled between 2021 and 2023.",
          period="2023", basis="vs:2021", published="2024-05-16"),
        E("fr", "Les exportations chinoises de machines vers la Russie ont doublé entre 2021 et 2023.",
          period="2023", basis="vs:2021", published="2024-05-16"),
        E("fr", "Les exportations chinoises vers la Russie ont progressé de 64,2 % par rapport à 2021.",
          basis="vs:2021", published="2024-01-12"),
        E("fr", "Les exportations égyptiennes de GNL ont atteint 8,4 millions de tonnes en 2022, soit une hausse de 171 % à comparer avec 2021.",
          surface="171 %", period="2022", basis="vs:2021", published="2023-02-01"),
        E("fr", "En 2017, les exportations vers les États-Unis ont atteint 60 milliards de dollars. Leur part est de 70,8 %, "
                "soit une baisse de 0,2 point en regard de 2016.",
          surface="0,2 point", period="2017", basis="vs:2016", published="2018-03-01"),
        E("en", "China's exports to Russia rose 7.9% month-on-month in December.", basis="prev_period",
          period="2024-12", published="2025-01-13"),
        E("ru", "Товарооборот вырос на 29% в годовом исчислении.", title="Россия и Китай", basis="yoy"),
        E("ru", "Экспорт вырос на 6,7% по сравнению с предыдущим месяцем.", title="Россия и Китай", basis="prev_period"),
        E("ru", "Экспорт вырос на 64,2% по сравнению с 2021 годом.", title="Россия и Китай", basis="vs:2021"),
    ]),
    Rule("context.sign", "decline words make a change negative", "claim", [
        # the -ing forms a prefix like "decrease*" does not reach, "shrunk", « chutent », « inférieures de »
        E("en", "The US trade deficit with China fell to its lowest level since 2010, decreasing by 26.9% to $279.4 billion.",
          surface="26.9%", value=-26.9, published="2024-03-01"),
        E("en", "Japan's exports to Korea shrunk 17 percent from a year earlier in November.", surface="17 percent", value=-17.0,
          published="2023-12-20"),
        E("fr", "Les exportations de la Chine vers les États-Unis chutent de 17% en un mois.", surface="17%", value=-17.0,
          published="2025-06-10"),
        E("en", "Indonesian coal exports to India have fallen by nearly 50 percent this year.", surface="50 percent", value=-50.0,
          published="2020-08-10"),
        E("en", "Japan's imports from South Korea tanked 27.3 percent on-year in May.", surface="27.3 percent", value=-27.3,
          published="2020-06-20"),
        E("fr", "Les exportations helvétiques vers l'Allemagne ont fléchi de 5,1% en mars.", surface="5,1%", value=-5.1,
          published="2024-04-20"),
        E("fr", "Les exportations françaises vers l'Algérie baissent de 314 millions d'euros.", surface="314 millions d'euros",
          value=-3.14e8, published="2024-04-20"),
        E("ru", "Положительное сальдо Китая в торговле с США понизилось на 19,1%.", surface="19,1%", value=-19.1,
          published="2024-10-20"),
        # ("fallen to" a percentage is a part's new level, as "fell to" is)
        E("en", "China's share of the country's imports has fallen to less than 6%.", surface="6%", measure="share",
          published="2024-10-20"),
        E("fr", "Les importations françaises depuis l'Union européenne seraient inférieures de 23% en 2023.", surface="23%", value=-23.0,
          published="2024-06-10"),
        E("fr", "Les échanges entre la Chine et la Russie sont en baisse de 9,1 % au premier semestre.",
          value=-9.1, period="2025-H1", published="2025-07-14"),
        E("en", "Chinese car exports to Russia slumped 61% in the first half.", value=-61, commodity="cars",
          published="2025-08-20"),
        E("fr", "Les exportations chinoises vers les États-Unis ont baissé de 13,1 %, et les importations chinoises de produits américains de 6,8 %.",
          surface="6,8 %", value=-6.8),
        E("en", "The EU imported 15% less gas from Norway in the first quarter.", value=-15, exporter="NOR", importer="EUU",
          published="2024-07-15"),
        E("fr", "La Chine a acheté 68 millions de tonnes de charbon russe en 2022, soit presque 20 % de plus que l'année précédente.",
          surface="20 %", measure="change", value=20, approx="about"),
        # the level a move starts from is no change, « de » before it or not
        E("fr", "La part de la Russie dans les importations européennes de gaz est tombée de 40 % en 2021 à 8 % en 2023.",
          surface="40 %", measure="share", value=40, period="2021", published="2024-04-20"),
        # "had grown", plural « hausses de », « baisses de »: rise and fall words too
        E("en", "Overall, Costa Rica's agriculture sector exports had grown 7.5% during the period.", surface="7.5%",
          measure="change", value=7.5),
        E("fr", "Les exportations chiliennes de vin vers la Chine ont atteint 86 000 hl, soit des hausses de 46 % en volume et 44 % en valeur.",
          surface="44 %", measure="change", value=44),
        E("ru", "Товарооборот России и Китая снизился на 9,1% в первом полугодии.", value=-9.1, period="2025-H1", published="2025-07-14"),
        E("ru", "Экспорт китайских автомобилей в Россию упал на 61%.", value=-61, commodity="cars"),
        # a factor in a falling clause is a division (down to an eighth), never a fall of more than everything
        E("ru", "Россия в октябре уменьшила экспорт угля в Японию в восемь раз.", surface="восемь раз", value=-87.5,
          published="2025-11-20"),
        E("en", "India cut its purchases of Russian coal threefold last year.", surface="threefold", value=-66.67,
          published="2024-03-01"),
        # among figures that write their sign, one written without is a rise, not the figure before's fall
        E("en", "Trade with China in October: exports 3.20 billion dollars (-4.4%), imports 1.67 billion dollars (8.0%).",
          surface="8.0%", value=8.0, published="2024-11-20"),
    ]),
    Rule("context.modality", "goals make targets, future and conditional make forecasts", "claim", [
        # "targeting", "strive to", a "long-term contract with" a supplier: targets; "going to be
        # buying": a forecast ("going to China" is a destination, no forecast)
        E("en", "Tonga's growers are targeting to export at least 1,800 tonnes of squash to Japan in the second shipment.",
          surface="1,800 tonnes", modality="target", published="2006-06-01"),
        E("en", "The two prime ministers agreed the countries should strive to achieve two-way trade of 2 billion USD a year.",
          surface="2 billion USD", modality="target", published="2020-06-01"),
        E("en", "August DAP exports reached 162,000t, with 54,000t going to India.", surface="54,000t",
          modality="actual", published="2016-09-20"),
        # a forecast word before a colon does not reach a fact stated with its own flow word after
        # it; a list of what is forecast keeps it
        E("en", "That would put Chinese buying back on par with recent years: USDA data show China bought 22.5 million metric tons of US soybeans in 2024.",
          surface="22.5 million metric tons", modality="actual", published="2025-10-30"),
        E("fr", "L'Ukraine pourrait exporter : 29,5 millions de tonnes de maïs et 20 millions de tonnes de blé.",
          surface="29,5 millions de tonnes", modality="forecast", published="2025-10-30"),
        # a comparison with what was expected is a fact ("better-than-expected", « plus que prévu »)
        # a factor stated by a verb in the future is a forecast by its own word
        E("ru", "Азербайджан удвоит поставки газа в Европу к 2027 году.", surface="удвоит", modality="forecast",
          published="2023-06-01"),
        E("fr", "Le commerce entre les deux pays doublera d'ici 2030.", surface="doublera", modality="forecast",
          published="2023-06-01"),
        E("en", "Taiwan's exports last month recorded better-than-expected 9.2 percent annual growth at US$43.59 billion.",
          surface="US$43.59 billion", modality="actual", published="2025-01-10"),
        # ... and so is a figure a past copula states, in a sentence of forecasts (« qui était de »,
        # «когда ... составлял»), or one an aside ("It should be noted") introduces
        E("fr", "Pour l'année 2012, le volume de ce brut pourrait dépasser celui de 2009 qui était de 1,43 million de tonnes.",
          surface="1,43 million de tonnes", modality="actual", published="2012-05-01"),
        E("ru", "Этот показатель станет самым высоким с июля, когда объем поставок нефти из России в Индию составлял 1,52 млн баррелей в сутки.",
          surface="1,52 млн баррелей в сутки", modality="actual", published="2025-10-01"),
        E("en", "It should be noted that exports to Germany showed a decrease of 7 percent in 2002.",
          surface="7 percent", modality="actual", published="2003-05-01"),
        # "seen at", "the potential to", « prévue » after the figure, «имеются все возможности»: forecasts
        E("en", "Peru's 2007 coffee exports are seen at 3.22 million bags, down from 3.87 million last year.",
          surface="3.22 million bags", modality="forecast", published="2007-04-01"),
        E("fr", "Les exportations du Japon ont reculé de 0,1 % en août, bien moins que la baisse de 2,0 % prévue par les analystes.",
          surface="2,0 %", modality="forecast", published="2025-09-17"),
        # a contract or agreement to ship, deliver or export is a target
        E("en", "India's largest LNG importer has signed a contract to ship 8.5 million tonnes of LNG from Qatar every year.",
          surface="8.5 million tonnes", modality="target", published="2017-06-01"),
        E("fr", "Doha a conclu un accord de 27 ans pour expédier quatre millions de tonnes de GNL par an vers la Chine.",
          surface="quatre millions de tonnes", modality="target", published="2022-11-28"),
        E("ru", "В Ханое заключён договор об экспорте во Вьетнам 100 самосвалов МАЗ на сумму более $3 млн в этом году.",
          surface="$3 млн", modality="target", published="2019-05-01"),
        # an estimate of a period over when the article appeared, and "percentage points to", are no forecast
        E("en", "Pakistan's palm oil imports from Indonesia are estimated at two billion dollars last year.",
          modality="actual", published="2023-05-01"),
        E("en", "Manufacturing's share of Japan's exports to China increased 3.1 percentage points to 32.9 percent in 2022.",
          surface="32.9 percent", modality="actual", published="2023-02-01"),
        # the press's conditional of a period over is a reported figure, no forecast
        E("fr", "Selon le ministère, en 2021, les exportations de charbon de l'Indonésie atteindraient 322 millions de tonnes.",
          modality="actual", period="2021", published="2022-06-01"),
        # «на те же цели» (for the same purposes) names no goal
        E("ru", "Бельгия потратила на те же цели $6,59 млрд в 2024 году, закупив автомобили в Китае.",
          modality="actual", published="2025-02-01"),
        # « le plan conclu ... prévoit » is a plan's goal
        E("fr", "Le plan conclu avec Bruxelles prévoit de porter les livraisons de GNL américain à environ 50 milliards de m3 par an d'ici à 2030.",
          surface="50 milliards de m3", modality="target", published="2023-03-01"),
        # « au plan sectoriel », « au premier plan » make no plan; "an agreement to" names a treaty as often as a goal
        E("fr", "Au plan sectoriel, les exportations françaises vers le Sénégal d'aliments ont atteint 152 M EUR en 2022.",
          surface="152 M EUR", modality="actual", published="2023-06-01"),
        E("en", "Egyptian exports to the members of the Agreement to Facilitate and Develop Trade Among Arab States recorded about $6.8 billion.",
          surface="$6.8 billion", modality="actual", published="2023-06-01"),
        # an estimate of a past amount («оцениваются в», «по оценке») is what happened, not a forecast
        E("ru", "С января по ноябрь Россия купила у Чили рыбы на 327 миллионов долларов. В натуральном выражении закупки оцениваются в 60 тысяч тонн.",
          surface="60 тысяч тонн", modality="actual", published="2025-12-22"),
        # a hope is a goal
        E("en", "Egypt hopes to boost its fertiliser exports to India by 25 percent in 2023.", surface="25 percent", modality="target",
          published="2023-02-01"),
        E("fr", "La Guinée-Bissau espère exporter 200 000 tonnes de noix de cajou vers le Vietnam cette année.", surface="200 000 tonnes",
          modality="target", published="2025-04-01"),
        E("ru", "Беларусь и Казахстан надеются на рост взаимного товарооборота до 1 миллиарда долларов.", surface="1 миллиарда долларов",
          modality="target", published="2012-05-01"),
        # a committed supplier, a bloc that seeks a cut, a volume thought to come in
        E("ru", "По контракту «Газпром» обязался поставлять в Армению до 2,5 млрд кубометров газа в год.",
          surface="2,5 млрд кубометров газа", modality="target", published="2018-05-10"),
        E("fr", "L'UE cherche à réduire de deux tiers ses importations de gaz russe cette année.",
          surface="deux tiers", modality="target", published="2022-03-10"),
        E("fr", "Le Maroc a signé un protocole d'accord en janvier 2023, visant à exporter vers l'Inde jusqu'à 1,7 million de tonnes d'engrais.",
          surface="1,7 million de tonnes", modality="target", published="2023-06-01"),
        E("en", "Corn trade between the United States and Mexico is thought to come in at 15 million metric tons this year.",
          surface="15 million metric tons", modality="forecast", published="2022-04-01"),
        # a target or forecast of so much a year, with no period in its clause, has no year of its own
        E("en", "In the coming years, Gazprom's exports to China will reach 48 bcm of gas per year.",
          surface="48 bcm", modality="forecast", period="", published="2024-02-10"),
        E("fr", "La société sud-coréenne a commandé 2,5 millions de tonnes de GNL américain de plus par an.",
          surface="2,5 millions de tonnes", period="", published="2024-02-10"),
        # a future under an agreement, contract or plan named in the sentence is the figure it sets
        E("en", "Under the new agreement, Azerbaijani gas deliveries to Hungary will reach 2 bcm a year by 2026.",
          surface="2 bcm", modality="target", published="2024-05-10"),
        E("ru", "Согласно договоренностям, в 2026 году по нефтепроводу будет поставлено 12 млн тонн нефти.",
          surface="12 млн тонн", modality="target", published="2025-05-10"),
        E("fr", "Selon l'accord, les livraisons de gaz algérien à l'Italie devront atteindre 9 milliards de m3 en 2025.",
          surface="9 milliards de m3", modality="target", published="2024-05-10"),
        # the level a forecast move starts from is where it stands now
        E("ru", "По оценке Kpler, импорт российской нефти в Индию в текущем месяце вырастет до 1,855 млн баррелей в сутки с 1,48 млн баррелей в сутки в октябре.",
          surface="1,48 млн баррелей в сутки", modality="actual", published="2023-11-10"),
        E("en", "Kpler expects India's imports of Russian crude to rise to 1.855 million bpd this month from 1.48 million bpd in October.",
          surface="1.48 million bpd", modality="actual", published="2023-11-10"),
        # "can reach" a level is a forecast, a plan "to bring" trade to a level a target; a French
        # verb in the future tense (« livrera », « exportera ») is a forecast
        E("en", "Russia-China trade can reach $200 billion in 2023, Putin said.", modality="forecast", published="2023-03-21"),
        E("en", "The two sides agreed on a roadmap to bring bilateral trade to $35 billion by 2030.", modality="target",
          period="2030", published="2023-08-31"),
        E("fr", "L'Algérie livrera 28 milliards de m3 de gaz à l'Italie en 2024.", modality="forecast", published="2024-01-21"),
        # a contract "for the supply of" a volume, a deal made « dans le but d'atteindre » a level: targets
        E("en", "Bulgaria's state gas company has signed a contract with the Shah Deniz consortium for the supply of 1 billion cubic metres of gas a year.",
          modality="target", published="2024-01-10"),
        E("fr", "Les Émirats arabes unis et l'Inde ont convenu de renforcer leurs échanges dans le but d'atteindre 200 milliards de dollars en 2032.",
          surface="200 milliards de dollars", modality="target", period="2032", published="2024-01-10"),
        # "more than" is an approximation, not a comparison that ends a forecast's reach (a
        # comparison after a comma still does)
        E("en", "Trade between China and Russia is expected to reach more than $200 billion this year.",
          modality="forecast", published="2023-07-10"),
        E("en", "Trade between China and Russia is expected to reach $230 billion, more than $190 billion last year.",
          surface="$190 billion", modality="actual", published="2023-07-10"),
        E("en", "India and the US announced their commitment to more than double their trade to USD 500 billion by 2030.",
          surface="USD 500 billion", modality="target", published="2023-07-10"),
        # a supply contract's or agreement's volume is a target
        E("fr", "Le nouvel accord porte sur la livraison de trois millions de tonnes de GNL qatari par an à la Chine.",
          modality="target", published="2024-01-10"),
        E("ru", "Египет подписал контракты на поставку 350 000 тонн российской пшеницы.", modality="target",
          published="2024-04-14"),
        # leaders agreeing on a figure set a goal, in every language
        E("en", "India and the UAE agreed to double their trade to $100 billion by 2030.", surface="to double",
          modality="target", period="2030", published="2024-02-01"),
        E("fr", "L'Inde et les Émirats arabes unis conviennent de porter leurs échanges commerciaux à 100 milliards de dollars d'ici 2030.",
          modality="target", period="2030", published="2024-02-01"),
        E("ru", "Узбекистан и Россия увеличат товарооборот до $10 млрд к 2026 году.", modality="target", period="2026",
          published="2023-01-20"),
        # a goal in money with no flow word of its own is the goal of the flow the story leads with
        E("fr", "Les échanges sino-russes ont atteint 244,81 milliards de dollars en 2024. « À ce rythme, l'objectif de 300 milliards de dollars d'ici 2030 paraît hors de portée », estime une chercheuse.",
          surface="300 milliards de dollars", indicator="bilateral_trade", modality="target", period="2030", published="2025-01-15"),
        # a goal's period is the year it is for, not the year it was set; it is no period for the actual figures after it
        E("fr", "Les échanges sino-russes ont atteint 240 milliards de dollars en 2023. Il dépasse nettement l'objectif de 200 milliards de dollars que Vladimir Poutine et Xi Jinping s'étaient donné en 2019 pour 2024. Exprimés en yuans, les échanges ont progressé de 32,7 %.",
          surface="200 milliards de dollars", modality="target", period="2024", published="2024-01-12"),
        E("fr", "Les échanges sino-russes ont atteint 240 milliards de dollars en 2023. Il dépasse nettement l'objectif de 200 milliards de dollars que Vladimir Poutine et Xi Jinping s'étaient donné en 2019 pour 2024. Exprimés en yuans, les échanges ont progressé de 32,7 %.",
          surface="32,7 %", modality="actual", period="2023", published="2024-01-12"),
        # "à ce que" compares nothing; a closing quote ends the quoted figure's phrase
        E("fr", "Le Kremlin a salué un volume d'échanges sino-russes « d'environ 240 milliards de dollars » et dit s'attendre à ce que les échanges entre les deux pays dépassent de nouveau 200 milliards de dollars cette année.",
          surface="240 milliards de dollars", modality="actual", published="2024-01-12"),
        E("fr", "Le Kremlin a salué un volume d'échanges sino-russes « d'environ 240 milliards de dollars » et dit s'attendre à ce que les échanges entre les deux pays dépassent de nouveau 200 milliards de dollars cette année.",
          surface="200 milliards de dollars", modality="forecast", period="2024", published="2024-01-12"),
        E("fr", "Les deux pays visent 200 milliards de dollars d'échanges en 2024.", title="Chine-Russie",
          modality="target", period="2024", published="2023-10-18"),
        E("en", "Gas deliveries to China are expected to rise 40% this year, Gazprom said.", title="Russia and China",
          modality="forecast", exporter="RUS", importer="CHN", published="2023-08-10"),
        # an estimate for the year still running is a forecast of the whole year
        E("en", "India's trade deficit with China keeps widening. For 2025, imports are estimated at $123.5 billion.",
          surface="$123.5 billion", modality="forecast", period="2025", published="2025-12-05"),
        E("en", "Trade between China and Russia reached $240.1 billion in 2023, comfortably above the $200 billion target set for 2024.",
          surface="$240.1 billion", modality="actual"),
        E("en", "Trade between China and Russia reached $240.1 billion in 2023, comfortably above the $200 billion target set for 2024.",
          surface="$200 billion", modality="target", period="2024"),
        E("fr", "Les exportations russes de charbon vers la Chine devraient atteindre 100 millions de tonnes cette année, contre 67 millions de tonnes en 2022.",
          surface="67 millions de tonnes", modality="actual", period="2022", published="2023-11-20"),
        E("fr", "Les exportations russes de charbon vers la Chine devraient atteindre 100 millions de tonnes cette année, contre 67 millions de tonnes en 2022.",
          surface="100 millions de tonnes", modality="forecast", period="2023", published="2023-11-20"),
        E("fr", "Le Kremlin mise désormais sur quelque 300 milliards de dollars d'échanges avec la Chine à l'horizon 2030.",
          modality="forecast", period="2030", approx="about"),
        E("ru", "Стороны договорились довести товарооборот до 200 млрд долларов к 2024 году.", title="Россия и Китай", modality="target", period="2024", published="2019-06-05"),
        E("ru", "Ожидается, что поставки газа в Китай в этом году вырастут на 40%.", title="Россия и Китай", modality="forecast", period="2023", published="2023-05-24"),
        E("ru", "Экспорт угля должен достичь 100 млн тонн, против 67 млн тонн в 2022 году.", title="Россия и Китай", surface="67 млн тонн", modality="actual", period="2022", published="2023-11-20"),
    ]),
    Rule("context.list_rows", "rows of a list take the header line's flow, goods and period", "claim", [
        # a numbered line is one sentence with its number, and reads the line before
        E("en", "Uzbekistan's main exports to Russia in 2023 were the following.\n1. Fertilizers, worth $159.3 million.\n"
                "2. Fruit and vegetables, worth $120.5 million.",
          surface="$120.5 million", exporter="UZB", importer="RUS", period="2023", published="2024-02-01"),
        E("en", "Share of India's crude imports, FY2023-24 (change vs FY2021-22):\nRussia 35% (+33 pp)\nIraq 21% (-5 pp)",
          surface="21%", indicator="energy_deliveries", commodity="oil", exporter="IRQ", importer="IND",
          measure="share", period="2023-04/2024-03", published="2024-04-26"),
        E("en", "Share of India's crude imports, FY2023-24 (change vs FY2021-22):\nRussia 35% (+33 pp)\nIraq 21% (-5 pp)",
          surface="-5 pp", exporter="IRQ", importer="IND", measure="change", value=-5, published="2024-04-26"),
        # rows under "... that month:" take the month the text before the header spoke of
        E("en", "India imported 24 million barrels of Russian crude in May.\nBy September, the ranking of India's suppliers had been reshuffled. Shares of India's crude imports that month:\n- Russia 21%\n- Iraq 20%",
          surface="20%", exporter="IRQ", importer="IND", period="2022-09", published="2022-10-21"),
        # a bulleted list takes its header's period and partners too
        E("en", "Key figures from today's release on China's trade with Russia, for May:\n- Two-way trade: $20.5 billion\n- Chinese imports from Russia: $11.3 billion",
          surface="$11.3 billion", indicator="imports", exporter="RUS", importer="CHN", period="2023-05", published="2023-06-07"),
        # lines headed by their partner under such a header keep their partner and take the
        # header's period (not the month the text before spoke of)
        E("en", "Chile's exports in November came to $7.8 billion.\nChile's trade with Japan and Korea (October) was as follows:\n"
                "With Japan: exports 700 million (13.8%), imports 240 million (3.8%)\nWith Korea: exports 390 million (12.2%), imports 120 million (-27.0%)",
          surface="390 million", exporter="CHL", importer="KOR", period="2022-10", published="2022-12-23"),
    ]),
    Rule("context.yen", "the bare ¥ sign is the yuan, and the yen in an article about Japan", "claim", [
        E("en", "China's exports to Russia reached ¥800 billion in 2023.", title="China and Russia", unit="CNY"),
        E("en", "Japan's imports of Russian LNG reached ¥900 billion in 2023.", title="Japan and Russia", unit="JPY"),
    ]),
    Rule("context.growth_index", "a growth index in a bracket after a level is a change, not a share of it", "claim", [
        E("ru", "Экспорт Беларуси в Армению достиг $37,4 млн (108,3% к уровню 2017-го).", surface="108,3%",
          measure="change", value=8.3, published="2019-06-01"),
        # (under 100, no index: the rise itself)
        E("ru", "Темпы роста экспорта Беларуси в Турцию составили 13% в 2023 году.", surface="13%", value=13, published="2024-01-10"),
    ]),
    Rule("context.share", "a part of a whole is a share", "claim", [
        # a level and a percentage side by side in one bracket: the percentage is the level's part
        # of the whole ("machinery (€26.7 billion, 39.6%)", «Египет (52 тысячи тонн, 15%)»)
        E("en", "The EU's exports to the GCC totalled €67.5 billion in 2020 and were dominated by machinery "
                "(€26.7 billion, 39.6%) and chemicals (€10.4 billion, 15.4%).", surface="15.4%", measure="share",
          published="2021-03-01"),
        E("fr", "La France exporte surtout des équipements mécaniques (8,3 Md€, 17,3%) vers la Belgique en 2023.",
          surface="17,3%", measure="share", published="2024-03-01"),
        # a fall behind a comma after the share is the next figure's
        E("fr", "En 2017, la part des exportations québécoises vers les États-Unis est de 70,8 %, soit une baisse de 0,2 point.",
          surface="70,8 %", measure="share", value=70.8, published="2018-03-01"),
        # ... but not a change of the flow named after it: « une hausse de 9,2 % des importations »
        E("fr", "Le déficit s'est creusé, en raison d'une hausse de 9,2 % des importations.", surface="9,2 %", measure="change",
          value=9.2, published="2024-02-01"),
        E("fr", "On note une légère augmentation de 1% des exportations françaises vers l'Italie.", surface="1%", measure="change",
          published="2024-02-01"),
        E("fr", "Le déficit s'explique par une hausse des importations de 9,2 % (605,3 milliards de dirhams).", surface="9,2 %",
          measure="change", published="2024-02-01"),
        # a change word behind a colon is its own clause's
        E("en", "The share of Germany in Dutch imports also decreased: in 1990 26 percent of Dutch imports came from Germany.",
          surface="26 percent", measure="share", value=26, published="2024-02-01"),
        # « pèse », « répartition »: the words of a part in French
        E("fr", "Le Portugal et la Grèce en achètent le plus, avec une répartition respective de 41% et 22%.",
          surface="41%", measure="share", published="2024-06-01"),
        E("fr", "La Chine pèse 18,4% des importations du Sénégal en 2023.",
          surface="18,4%", measure="share", published="2024-06-01"),
        # the two ends of a share's move, a fiscal year between them and "just" before the second
        E("en", "Its share in India's total exports declined from 2.16 per cent in FY15 to just 1.3 per cent in FY24.",
          surface="1.3 per cent", measure="share", value=1.3, published="2024-06-01"),
        # «от мировых поставок», «объема товарооборота» after the figure: the whole it is a part of
        E("ru", "Эти объемы составляют около 1,5% от мировых поставок нефти.", surface="1,5%", measure="share"),
        E("ru", "Основным торговым партнером Узбекистана стала Россия - 16,9% объема товарооборота.",
          surface="16,9%", measure="share", published="2020-05-01"),
        # a percentage "more than a year ago" is a change, whatever whole was named before it
        E("en", "The volume of China's foreign trade with Russia in January-May amounted to $93.8 billion, which is 40.7% more than a year ago.",
          surface="40.7%", measure="change", published="2023-06-07"),
        E("en", "The value of China's exports to Russia amounted to $33.68 billion, 67.2% more than it was in the same period last year.",
          surface="67.2%", measure="change", published="2023-06-07"),
        # a bare percentage opening the bracket right after a level is that level's part of the
        # whole; "making up", « de toutes les exportations » say a share
        E("en", "Kuwait provided 5.12 million barrels (6.9 percent) and Qatar 1.56 million barrels (2.1 percent) of Japan's crude imports.",
          surface="2.1 percent", measure="share", published="2023-04-20"),
        E("en", "Exports to China rose to $5.1 billion (12% more than a year earlier).", surface="12%", measure="change",
          published="2023-04-20"),
        E("en", "China's trade with Saudi Arabia topped $24.3 billion in the first quarter, making up 19 percent of the kingdom's total commerce.",
          surface="19 percent", measure="share", published="2023-05-20"),
        E("fr", "La Russie a représenté 16,4 % de toutes les exportations de l'industrie automobile chinoise.",
          measure="share", published="2023-05-20"),
        # the two ends of a move between percentages are parts of a whole, unless a rate moves
        E("en", "Russia's share in EU imports fell for most products. The highest drops were for coal (from 45 per cent in 2021 to 22 per cent in 2022) and natural gas (from 36 per cent to 21 per cent).",
          surface="36 per cent", measure="share", published="2023-03-03"),
        E("ru", "Доля России в импорте ЕС снизилась по большинству товаров: уголь (с 45% до 22%), природный газ (с 36% до 21%).",
          surface="21%", measure="share", published="2023-03-03"),
        E("en", "China's export growth slowed from 8% in 2022 to 5% in 2023.", surface="5%", measure="change",
          published="2024-01-20"),
        # the percentage a flow fell or rose to is its part of a whole, unless a rate moves
        E("fr", "Les importations européennes de gaz en provenance de Russie ont chuté à moins de 10 % en 2023.",
          surface="10 %", measure="share", published="2024-03-01"),
        E("en", "India's imports of Iranian oil declined to 6.2 percent of its total in December.",
          surface="6.2 percent", measure="share", published="2019-01-15"),
        E("en", "China's export growth slowed to 3% in May.", surface="3%", measure="change", published="2023-06-10"),
        # the level a share moved from is a share too
        E("en", "Russia's share of India's oil imports rose from 15 to 20 percent in 2023.", surface="15",
          measure="share", exporter="RUS", importer="IND", published="2024-02-01"),
        E("ru", "Доля России в импорте нефти Индии выросла с 15 до 20% в 2023 году.", surface="15",
          measure="share", published="2024-02-01"),
        # a percentage restating the level right before it is the part of the whole it is
        E("en", "Europe remained the main buyer of US LNG in December, with 5.43 million tonnes, or just over 61%.",
          surface="61%", measure="share", published="2025-01-10"),
        E("fr", "L'Algérie a acheté 2,34 millions de tonnes de blé russe, soit 3 % de plus qu'en 2022.",
          surface="3 %", measure="change", published="2024-01-10"),
        # a bare percentage listed with a country, no rise or fall said before it, is its part
        E("en", "China was the largest source of US imports last year, followed by Canada at 13.7%, Germany at 5.2% and Japan at 4.8%.",
          surface="5.2%", measure="share", published="2024-03-10"),
        # ... with the period of each end between them
        E("en", "Russia's share in EU imports of fertilisers rose from 17% in the third quarter of 2022 to 31% in the third quarter of 2024.",
          surface="17%", measure="share", exporter="RUS", importer="EUU", period="2022-Q3", published="2025-01-10"),
        # each end of a move between two percentages in a clause about a share is a share, an
        # approximate end too; a percentage compared with a share is the share it was
        E("en", "Russia's share in India's total oil imports dropped from 40% to around 36% during the six-month period.",
          surface="40%", measure="share", published="2023-10-10"),
        E("fr", "La part de la Russie dans les importations de pétrole de l'Inde est passée de 40 % à environ 36 %.",
          surface="40 %", measure="share", published="2023-10-10"),
        E("en", "Russia's share of India's crude imports stood at 33.4%, compared with 18.3% a year ago.",
          surface="18.3%", measure="share", published="2024-03-10"),
        # (but a change compared with a change stays a change)
        E("en", "China's exports to Russia rose 5%, compared with 3% a year ago.", surface="3%", measure="change",
          published="2024-03-10"),
        # the "up" of "made up" is no rise
        E("en", "Russian barrels made up less than 1% of India's crude imports in 2021.", measure="share", period="2021",
          published="2022-06-20"),
        E("en", "Russia accounted for 35% of India's crude imports in 2023.", measure="share", exporter="RUS",
          importer="IND"),
        E("en", "That gave American suppliers more than 40% of the bloc's LNG imports in 2023.", measure="share",
          approx="more_than"),
        E("en", "Russia's share of India's crude imports rose to 35% in the fiscal year.", measure="share"),
        E("ru", "На долю России пришлось 35% индийского импорта нефти.", measure="share", exporter="RUS", importer="IND"),
    ]),
    Rule("context.respectively", "'respectively' pairs the figures with the flows named before them", "claim", [
        # with no "respectively", a list of figures after a list of as many countries, the list
        # ended by a figure of the sentence's own before it
        E("en", "China's exports to Vietnam grew 16.7% in 2024, while those to the Philippines, Malaysia and Singapore "
                "rose 16.3%, 14.9% and 11.6%.", surface="14.9%", exporter="CHN", importer="MYS", published="2025-01-14"),
        # a sentence of two such lists: each list pairs with the flow words between it and the figure before it
        E("en", "UK goods exports to and imports from the US were £58bn and £56bn respectively, while services exports to and imports from the US were £124bn and £55bn.",
          surface="£56bn", indicator="imports", exporter="USA", importer="GBR", published="2025-04-04"),
        E("en", "UK goods exports to and imports from the US were £58bn and £56bn respectively, while services exports to and imports from the US were £124bn and £55bn.",
          surface="£55bn", indicator="imports", published="2025-04-04"),
        # a list of figures right before a list of as many periods pairs off in order, the word left out
        E("en", "India's crude imports from Russia had risen by 8 per cent, 53 per cent and 34.2 per cent in November, October and September.",
          surface="34.2 per cent", period="2024-09", published="2025-02-10"),
        # two joined months after the figures ("in March and April") pair off with them too, with
        # "respectively"; before the figures, "respectively" pairs the figures with the flows, or
        # with the months where no other list stands between them and the figures
        E("en", "China's share of India's imports stood at 13.53% and 14.4% in March and April, respectively.",
          surface="14.4%", period="2024-04", published="2024-05-20"),
        E("ru", "Экспорт вырос на 5% и 7% в марте и апреле соответственно.", surface="5%", period="2024-03",
          published="2024-05-20"),
        E("en", "In March and April, US crude imports from Canada and exports to Canada fell by about 5% and 28%, respectively.",
          surface="28%", period="2024-03/2024-04", published="2024-05-20"),
        E("en", "In November and December China's surplus with the US fell to $37.9 billion and $36.8 billion respectively.",
          surface="$37.9 billion", period="2018-11", published="2019-03-08"),
        E("fr", "En mai et en juin, les ventes de blé français au Maroc ont atteint 410 000 tonnes et 388 000 tonnes respectivement.",
          surface="388 000 tonnes", period="2023-06", published="2023-08-08"),
        E("en", "German exports to China and imports from China fell 8.8% and 19.2% respectively in 2023.",
          surface="8.8%", indicator="exports", exporter="DEU", importer="CHN", value=-8.8),
        E("en", "German exports to China and imports from China fell 8.8% and 19.2% respectively in 2023.",
          surface="19.2%", indicator="imports", exporter="CHN", importer="DEU", value=-19.2),
        E("ru", "Экспорт и импорт сократились на 8,8% и 19,2% соответственно.", title="Германия и Китай", surface="19,2%", indicator="imports", value=-19.2),
        # "both ... and" with "respectively" is no figure of two flows; a flow noun right after a
        # flow adjective is its head, one flow («в импортных поставках»)
        E("ru", "Внешнеторговый оборот Новосибирской области вырос в 2021 году. Рост отмечен как в экспортных, так и в "
                "импортных поставках: 32,4 процента и 22,9 процента соответственно.", surface="22,9 процента",
          indicator="imports", exporter="WLD", importer="RUS", published="2022-03-01"),
    ]),
    Rule("context.two_facts", "one figure stated for two flows gives two rows", "claim", [
        E("en", "In December, China's exports to Russia and its imports from Russia each grew 8.3% on the year.",
          indicator="exports", exporter="CHN", importer="RUS", published="2023-01-13"),
        E("en", "In December, China's exports to Russia and its imports from Russia each grew 8.3% on the year.",
          indicator="imports", exporter="RUS", importer="CHN", published="2023-01-13"),
        E("fr", "En décembre, les échanges sino-russes ont progressé de 8,3 % pour les exportations comme pour les importations.",
          indicator="imports", published="2023-01-13", title="Chine-Russie"),
        # two figures alike in one sentence are two facts, not a repeat (a headline's figure repeated is one row)
        E("fr", "Les exportations de l'UE vers le Canada sont en hausse : les parfums (+ 11 %) et les vêtements (+11 %).",
          surface="+11 %", value=11, published="2019-09-20"),
    ], [
        # each flow word with a figure of its own: no twin
        E("ru", "В январе-марте 2022 года экспорт Таджикистана в Казахстан составил $147,2 млн, в то время как импорт из Казахстана составил $206,7 млн.",
          surface="$147,2 млн", indicator="imports", published="2022-04-28"),
    ]),
    Rule("context.aside", "an aside describing a flow does not set its commodity", "claim", [
        E("en", "China's exports to Russia rose 4.1% to $115.5 billion. Flows in the other direction, dominated by crude oil, barely moved at $129.32 billion.",
          surface="$129.32 billion", indicator="imports", exporter="RUS", importer="CHN", published="2025-01-14"),
        # "ces exportations" points back at the goods just spoken of
        E("fr", "La Chine a acheté l'an dernier 107 millions de tonnes de brut russe, 24 % de plus qu'en 2022 ; pour Moscou, ces exportations ont rapporté quelque 60 milliards de dollars.",
          surface="60 milliards de dollars", indicator="energy_deliveries", commodity="oil", published="2024-05-16"),
        E("fr", "Les exportations chinoises vers la Russie ont bondi de 46,9 %. Dans l'autre sens, les achats chinois de marchandises russes, constitués pour l'essentiel de pétrole, de gaz et de charbon, ont augmenté de près de 13 %, à 129,14 milliards de dollars.",
          surface="129,14 milliards de dollars", indicator="imports", commodity="all", exporter="RUS", importer="CHN",
          published="2024-01-12"),
        E("en", "Imports from Russia, mostly oil and gas, rose 13% to $129.14 billion in 2023.", title="China and Russia",
          surface="$129.14 billion", indicator="imports", commodity="all", exporter="RUS", importer="CHN"),
    ]),
    Rule("context.amount_change", "an amount can be a change: 'lower than', 'exceeded ... by'", "claim", [
        # an amount after "by" behind a verb of change is the change ("nosedived by 500,000 tons",
        # "narrowed by £1.0 billion"), and after a change noun and "of" ("a contraction of $160.3 million")
        E("en", "Indonesia's two-month palm oil exports to China nosedived by 500,000 tons compared to the same period last year.",
          surface="500,000 tons", measure="change", value=-500000, published="2020-03-20"),
        # (a word or two may stand between the verb and "by" or «на»: not « de » or "of")
        E("en", "In December, Saudi Arabia cut crude exports by 120,000 bpd.", surface="120,000 bpd",
          measure="change", value=-120000, published="2018-01-20"),
        E("ru", "Импорт красной рыбы из Фарерских островов в октябре увеличился всего на 41 т, до 3032 т.", surface="41 т",
          measure="change", value=41, published="2014-11-20"),
        # ("the contracted amount": an adjective, no fall)
        E("en", "Gas sent to China through the pipeline exceeded the contracted amount by 700 million cubic meters in 2023.",
          surface="700 million cubic meters", measure="change", value=7e8, published="2024-01-15"),
        E("en", "Exports to the United States accumulate a contraction of $160.3 million, 11 percent compared to the same period of 2023.",
          surface="$160.3 million", measure="change", published="2024-08-20"),
        # "more" or "less" right after an amount, "than" a few words on: a change
        E("en", "In July Paraguay exported 273,000 tons more of the new corn than a year ago.",
          surface="273,000 tons", measure="change", value=273000, published="2019-08-10"),
        E("en", "China agreed to buy $200 billion more in US goods than in 2017.",
          surface="$200 billion", measure="change", modality="target", basis="vs:2017", published="2020-01-16"),
        # a change noun with "of" right before a percentage makes it a change, whatever share word
        # follows (« un bond de 30,4 % des exportations »; lexicon change_verbs)
        E("fr", "Il s'agit d'un bond de 30,4 % des exportations d'aluminium du Canada d'une année à l'autre.",
          surface="30,4 %", measure="change", published="2020-07-01"),
        # a signed amount in a bracket after a change restates it: "(+EUR 384 million)"
        E("en", "In the first five months of 2023, agricultural imports from the EU to Ukraine increased by 37% (+EUR 384 million).",
          surface="+EUR 384 million", measure="change", value=3.84e8, published="2023-07-01"),
        # ... but money « gagné » from a sale is earned, a level (lexicon: earned_after), unless a flow
        # is what gained it
        E("fr", "Entre 2008 et 2018, le Nigeria a gagné 96 milliards de dollars en exportations de pétrole brut vers l'Inde.",
          surface="96 milliards de dollars", measure="level", published="2019-03-01"),
        E("fr", "Les entreprises néerlandaises ont gagné plus de 1,3 milliard d'euros en 2019 grâce à l'exportation de machines vers la Chine.",
          surface="1,3 milliard d'euros", measure="level", published="2020-03-01"),
        E("fr", "Les exportations vers la Chine ont gagné 2 milliards d'euros en 2019 grâce à la demande.",
          surface="2 milliards d'euros", measure="change", published="2020-03-01"),
        # an amount restating the change just before it ("11 percent, or $186 million", « 7 % en
        # 2018, soit 231 millions d'euros », «на 10%, или на 2 млрд»), not one in a bracket
        E("en", "Australia's coking coal exports dropped 11 percent, or $186 million, in November.",
          surface="$186 million", measure="change", value=-1.86e8, published="2021-01-10"),
        E("fr", "Les exportations de l'UE vers le Canada ont augmenté de 7 % en 2018, soit 231 millions d'euros.",
          surface="231 millions d'euros", measure="change", value=2.31e8, published="2019-03-10"),
        E("ru", "Экспорт Белоруссии в Россию вырос на 10%, или на 2 млрд долларов, в 2023 году.",
          surface="2 млрд долларов", measure="change", value=2e9, published="2024-03-10"),
        E("fr", "Le Maroc a vu ses exportations augmenter de 3,6 % (environ 346,3 milliards de dirhams) en 2023.",
          surface="346,3 milliards de dirhams", measure="level", published="2024-03-10"),
        E("fr", "Les exportations françaises de blé vers l'Algérie régressent de 64 millions d'euros sur un an.",
          measure="change", value=-64e6, published="2021-03-01"),
        # «больше на», «на ... ниже», «плюс» before or after an amount make it a change
        E("ru", "Товарооборот Таджикистана с Россией в 2024 году составил $1,9 миллиарда, что по сравнению с 2023 годом "
                "больше на $200 миллионов.",
          surface="$200 миллионов", measure="change", value=200e6, published="2025-02-01"),
        E("ru", "Экспорт зерна из Украины в Турцию на 0,8 млн. тонн ниже показателя прошлого сезона.",
          measure="change", value=-800000, published="2025-02-01"),
        # a change verb right before an amount; "less than the same period"; « se réduire d'environ »
        E("en", "Imports from Mexico increased $20.8B Y/Y to $475.6B last year.", title="US trade",
          surface="$20.8B", measure="change", value=2.08e10),
        E("en", "Imports from Mexico increased $20.8B Y/Y to $475.6B last year.", title="US trade",
          surface="$475.6B", measure="level"),
        E("en", "Overall exports rose to $3.05 trillion, up $35 billion from 2022.", title="US trade",
          surface="$35 billion", measure="change", value=3.5e10),
        E("en", "Trade turnover between Russia and Iran reached $4.8 billion, which is 1.1 billion less than the same period in 2022.",
          surface="1.1 billion", measure="change", value=-1.1e9),
        E("fr", "L'Allemagne a vu son excédent commercial avec la Chine se réduire d'environ 40 milliards d'euros l'an dernier.",
          measure="change", value=-4e10, approx="about"),
        E("en", "Imports from Russia were $6.3 billion lower than a year earlier.", title="China and Russia",
          measure="change", value=-6.3e9),
        E("en", "Gazprom pumped 22.7 bcm to China last year and exceeded its contractual plan by 800 mln cubic meters.",
          surface="800 mln cubic meters", measure="change", value=8e8, unit="m3"),
        E("fr", "Les exportations chinoises ont augmenté de 5 milliards de dollars en 2023.", title="Chine-Russie",
          measure="change", value=5e9),
        E("fr", "Les achats chinois de gaz russe ont bondi de 47 % (+7,2 milliards de m3) en 2023.",
          surface="+7,2 milliards de m3", measure="change", value=7.2, unit="bcm"),
        E("en", "Chinese sales to America lost more than $80 billion in a single year.", measure="change", value=-8e10,
          approx="more_than"),
        E("fr", "Washington s'était engagé à fournir aux Européens 15 milliards de m3 supplémentaires de GNL en 2022.",
          measure="change", value=15, unit="bcm"),
        # a change noun right after the amount: "a £0.3 billion rise in fuel imports"
        E("en", "Imports from the EU grew, with a £0.3 billion rise in fuel imports in October.", title="UK trade",
          surface="£0.3 billion", measure="change", value=3e8),
        E("en", "The £2.1 billion fall in exports to the EU was driven by cars.", title="UK trade",
          surface="£2.1 billion", measure="change", value=-2.1e9),
        E("ru", "Экспорт Китая в Россию увеличился на 5 млрд долларов.", measure="change", value=5e9),
        E("ru", "Импорт из России был на 6,3 млрд долларов меньше, чем годом ранее.", title="Россия и Китай", measure="change", value=-6.3e9),
    ], counterexamples=[
        # ... but a balance's signed amount is its level (its sign says which side holds the surplus)
        E("fr", "Notre solde commercial avec le Cameroun est déficitaire (-344 M EUR) après -364 M EUR en 2022.",
          surface="-364 M EUR", measure="change", published="2024-03-10"),
        E("fr", "Le solde commercial de la France avec Madagascar est passé de -28 M€ en 2008 à -267 M€ en 2017.",
          surface="-28 M€", measure="change", published="2018-06-10"),
    ]),
    Rule("context.balance", "a surplus or deficit word in the clause makes a trade balance", "claim", [
        # « vis-à-vis de », « à l'égard de » name the partner, not the balance's owner
        E("fr", "Le rapport relève un déficit commercial vis-à-vis de l'Espagne, premier partenaire du Maroc, à 19,9 milliards de dirhams en 2022.",
          surface="19,9 milliards de dirhams", indicator="trade_balance", exporter="ESP", importer="MAR", published="2023-03-01"),
        # the demonym glued to a balance word names its side, whoever the clause names first
        E("fr", "Le commerce a baissé en 2020 entre l'Union européenne et la Russie, ramenant le déficit commercial européen à 16 milliards d'euros.",
          surface="16 milliards d'euros", indicator="trade_balance", exporter="RUS", importer="EUU", published="2021-05-10"),
        # a name behind punctuation after the figure is an aside, not the balance's side (past a
        # bracket right after the figure, which restates it)
        E("en", "Argentina's deficit with China keeps growing. The trade deficit with China amounts to $84.9 billion, "
                "twenty times the cost of the dams financed by China.",
          surface="$84.9 billion", indicator="trade_balance", exporter="CHN", published="2024-07-10"),
        E("en", "Japan booked a trade deficit of 212.41 billion yen (2.01 billion U.S. dollars) with the European Union in July.",
          surface="212.41 billion yen", indicator="trade_balance", exporter="EUU", importer="JPN", published="2020-08-19"),
        # a balance in favour of a country: it holds the surplus, whatever the word
        E("en", "India's exports to the US stood at USD 83.77 billion and imports at USD 40.12 billion, leaving a trade gap of USD 43.65 billion in favour of India.",
          surface="USD 43.65 billion", indicator="trade_balance", exporter="IND", importer="USA", published="2024-05-10"),
        E("fr", "Les échanges entre l'Inde et les États-Unis progressent. Le déficit atteint 43,65 milliards de dollars en faveur de l'Inde.",
          surface="43,65 milliards de dollars", indicator="trade_balance", exporter="IND", importer="USA", published="2024-05-10"),
        # a balance written negative with no surplus or deficit word is a deficit: its partner holds the surplus
        E("en", "Poland's trade balance was positive at EUR 2.87 billion in the first five months of 2015, compared to minus EUR 736.8 million a year before.",
          surface="EUR 736.8 million", indicator="trade_balance", exporter="WLD", importer="POL", published="2015-07-10"),
        E("fr", "Le solde commercial de la France avec Madagascar est passé de -28 M€ en 2008 à -267 M€ en 2017.",
          surface="-28 M€", indicator="trade_balance", exporter="MDG", importer="FRA", published="2018-06-10"),
        E("ru", "Сальдо торговли Казахстана с Китаем составило минус 1,2 млрд долларов.",
          surface="1,2 млрд долларов", indicator="trade_balance", exporter="CHN", importer="KAZ", published="2024-03-10"),
        # a country's foreign trade balance is against the world
        E("en", "The US foreign trade deficit for 2024 increased by 17% to $918.4 billion.",
          surface="$918.4 billion", indicator="trade_balance", exporter="WLD", importer="USA", published="2025-02-10"),
        # "a positive balance", « un solde excédentaire »; flow words glossing the balance in a bracket are not the figure's
        E("en", "The positive balance of Russia increased by 48% year-on-year to $13.39 billion.",
          surface="$13.39 billion", indicator="trade_balance", published="2024-08-07"),
        E("en", "The trade gap (difference between imports and exports) was USD 6.47 billion.",
          indicator="trade_balance", published="2023-05-20"),
        E("fr", "Le solde excédentaire de la Russie a atteint 13,4 milliards de dollars.", indicator="trade_balance",
          published="2024-08-07"),
        # a balance "with" one side is the article's other country's
        E("en", "Japan's exports to the United States rose in May. The country's trade surplus with the United States expanded 6.2 pct from a year before to 4,132 billion yen.",
          surface="4,132 billion yen", indicator="trade_balance", exporter="JPN", importer="USA", published="2023-07-10"),
        # no side named: the chronic deficit economy of the article's pair holds a deficit
        E("fr", "La France et la Chine ont échangé davantage l'an dernier. Il restait abyssal en 2023, ce déficit commercial, à 46,3 milliards d'euros.",
          surface="46,3 milliards d'euros", indicator="trade_balance", exporter="CHN", importer="FRA", published="2024-02-10"),
        E("en", "The European Union's deficit with China in goods trade narrowed to 291 billion euros in 2023.",
          indicator="trade_balance", exporter="CHN", importer="EUU", value=2.91e11),
        E("fr", "L'excédent commercial de la Chine avec les États-Unis a atteint 279 milliards de dollars en 2023.",
          indicator="trade_balance", exporter="CHN", importer="USA"),
        # in a story led by another flow, a balance does not carry over a sentence break
        E("en", "China's two-way trade with Russia fell 9.1% to $106.48 billion in January-June. Russia's surplus with China stood at $12.16 billion over the six months. Last year's $245 billion was probably the peak.",
          surface="$245 billion", indicator="bilateral_trade", exporter="CHN", importer="RUS", period="2024", published="2025-07-14"),
        E("ru", "Положительное сальдо Китая в торговле с США составило $208,6 млрд.", indicator="trade_balance", exporter="CHN", importer="USA"),
    ], [E("ru", "Дефицит федерального бюджета России составил 3,4 трлн рублей."), E("en", "Russia's federal budget ran a deficit of 3.4 trillion roubles in January-May.")]),
    Rule("context.link_lines", "a line linking to another article ('Read more: ...') states that article's figures, not this one's",
         "claim", [
        # the link's month does not become the period the text goes on about
        E("en", "China-Russia trade rose 5% to $20 billion in May.\nRead more: UK exports to the EU fell 40.7% in January\nChina's exports to Russia rose 8%.",
          surface="8%", period="2025-05", published="2025-06-10"),
        # a link glued to the next paragraph's text keeps that text's figures
        E("en", "READ ALSO Putin and post-Wagnerian RussiaFinally, the United States is the EU's leading LNG supplier, with a 46.4% share of total imports. Russia is second.",
          surface="46.4%", measure="share", exporter="USA", importer="EUU", published="2023-07-10"),
    ], [
        E("en", "Trade news.\nRead more: UK exports to the EU fell 40.7% in January\nMore soon."),
        E("fr", "Les nouvelles.\nLire aussi : Les exportations chinoises vers la Russie ont bondi de 20 % en mai\nLa suite."),
        E("ru", "Новости.\nЧитайте также: Экспорт российской нефти в Индию вырос на 20%\nДалее."),
    ]),
    Rule("context.not_flow", "gaps between suppliers and qualified non-trade nouns are not rows", "claim", [
        E("en", "Russia shipped 2.1 million barrels per day to China in May.", unit="bbl/d"),
    ], [
        E("ru", "Цена нефти марки Urals составляла $60 за баррель."),
        E("ru", "Пошлина на китайские автомобили выросла до 20%."),
        E("ru", "Добыча газа в России снизилась на 12%."),
        E("ru", "Китай выдал России кредит на $10 млрд."),
        E("en", "Saudi Arabia shipped crude, leaving Russia some 140,000 bpd ahead of the kingdom."),
        E("en", "Russian crude exports were offered at discounts of as much as $30 a barrel."),
        E("en", "Ghana's gold exports rose while the metal sold at 1,900 dollars an ounce."),
        # money sent home by migrants, and goods a country makes, are no trade
        E("fr", "Les envois des migrants se sont chiffrés à 394 milliards de FCFA en 2016.", surface="394 milliards de FCFA"),
        E("en", "Remittances from workers abroad reached $2.1 billion in 2023.", surface="$2.1 billion"),
        E("ru", "Денежные переводы мигрантов из России составили $3 млрд.", surface="$3 млрд"),
        E("fr", "L'industrie automobile thaïlandaise prévoit de fabriquer 1,8 million de véhicules cette année.", surface="1,8 million de véhicules"),
        # an electricity price per unit (kilowatt-hour), after an amount whose scale it would take
        E("en", "Nepal exported power worth Rs. 17.46 billion. The average rate of the power exported to India stood at Rs 7.11 per unit.",
          surface="Rs 7.11"),
        E("en", "Brussels kept the standard 10% import tariff on Chinese cars."),
        E("en", "China's economy grew 5.2% in 2023."),
        E("fr", "La croissance chinoise a atteint 5,2 % en 2023."),
        E("en", "China extended a $10 billion loan to Russia in 2023."),
        E("fr", "Le chiffre d'affaires de Gazprom a progressé de 20 % en 2023."),
        E("en", "Gazprom's Power of Siberia line to China, designed to carry 38 bcm a year, is expected to run at full capacity by December."),
        E("fr", "Force de Sibérie 2, conçu pour transporter 50 milliards de m3 de gaz russe par an vers la Chine, reste bloqué."),
        E("en", "With the TTF benchmark around 50 euros per megawatt hour, Russian LNG cargoes to Europe are very profitable."),
        E("en", "After the release on China's exports, the Hang Seng index was down 0.1% at the lunch break."),
        E("en", "ESPO blend shipped to China was quoted at a premium of about $1 to Dubai."),
    ]),
]
