-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: the five multi-level design steps and the four NSOB perspectives
-- on sturing, from Van der Steen, Van Delden & Ophoff (NSOB, 2020), source
-- 'seed004'.
--
--  * cat_step         the five ontwerpstappen of figuur 3 (H2).
--  * cat_form         one form per step: 'stap1' … 'stap5' (kind 'stap').
--  * cat_item         the questions of each step form. Keys 'stap<N>.<i>' for a
--                     main question, 'stap<N>.<i>.<j>' for a sub-question
--                     (parent = the main question). Step 3 also has
--                     'stap3.borging.<perspectief>', children of 'stap3.3'.
--  * cat_perspective  the four perspectives of figuur 4. The figure itself is
--                     lost in the text; the quadrant of each perspective is
--                     taken from the section headings ("(linksonder)" etc.).
--
-- All prompts, guidance and summaries are paraphrases in our own words; only
-- names and terms come from the source. Step 5's per-collaboration list
-- (concurreren / samenwerken / afstand houden per verband) is user data and
-- lives elsewhere; here only the general questions.

------------------------------------------------------------------------
-- The five steps
------------------------------------------------------------------------

INSERT INTO cat_step(num, name, question, summary, source, chapter) VALUES
 (1, 'Het vraagstuk volgens ons',
  'Wat is volgens ons het vraagstuk?',
  'De initiatiefnemer legt vast waar de samenwerking inhoudelijk om draait: welke '
  || 'publieke waarde op het spel staat en wat de bedoeling is, los van een doel dat '
  || 'uit een akkoord of wettelijke taak is overgenomen. Dit beeld is voorlopig: stap 1 '
  || 'en stap 2 gaan heen en weer tot er een gedeeld vraagstuk ligt. Ook daarna is de '
  || 'stap nooit af; het team komt er steeds op terug.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 (2, 'De anderen en hun vraagstuk',
  'Wie zijn de anderen, en wat is hun vraagstuk?',
  'Het team brengt in beeld wie er verder rond het vraagstuk actief of onmisbaar is, '
  || 'over bestuurslagen heen en daarbuiten, en zoekt wat het vraagstuk voor die '
  || 'anderen betekent. Elke nieuwe partij kan het vraagstuk veranderen en elk '
  || 'bijgesteld vraagstuk kan andere partijen in beeld brengen, dus stap 1 en 2 worden '
  || 'herhaald tot er een gedeeld vraagstuk is. Ook later toetst het team geregeld of '
  || 'de juiste partijen nog meedoen.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 (3, 'Het ontwerpprincipe: welk soort samenwerking',
  'Welk ontwerpprincipe past het best bij dit vraagstuk en deze partijen?',
  'Met de vier NSOB-perspectieven op sturing als gedeelde taal kiest het team bewust '
  || 'een leidend perspectief voor de samenwerking en legt het vast hoe de waarden van '
  || 'de andere drie toch geborgd blijven. De perspectieven zijn basisvormen om op te '
  || 'modelleren, geen voorschrift. Ook deze keuze is nooit definitief: bij nieuwe '
  || 'ontwikkelingen bespreekt het team opnieuw of zij nog past.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 (4, 'De inrichting: waarmee organiseren we het',
  'Waarmee organiseren we deze samenwerking?',
  'Het team werkt het gekozen principe uit in een concrete inrichting: organisatievorm, '
  || 'verantwoording (stewardship of principaal-agent), financiering, sturing, controle, '
  || 'capaciteit en de juridische en democratische basis, zowel gezamenlijk als binnen '
  || 'elke eigen organisatie. De juridische en democratische kant moet altijd op orde '
  || 'zijn, ook als de samenwerking op informele afspraken rust. Ook de inrichting is '
  || 'nooit af en beweegt mee met de ontwikkelingen.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 (5, 'De verhouding tot andere samenwerkingen',
  'Hoe gaan we om met andere samenwerkingen en partijen op hetzelfde terrein?',
  'Het team kijkt naar andere verbanden, regio''s, programma''s en organisaties die '
  || 'ongeveer hetzelfde doen, en kiest per geval een houding: de concurrentie aangaan, '
  || 'samenwerken of afstand houden. Daarbij hoort ook de vraag wat deze samenwerking '
  || 'onderscheidt van wat er al is. Zoals alle stappen komt ook deze steeds terug, '
  || 'omdat het veld om de samenwerking heen blijft veranderen.',
  'seed004', 'H2 Conceptueel kader, vijf stappen');

------------------------------------------------------------------------
-- One form per step
------------------------------------------------------------------------

INSERT INTO cat_form(key, kind, seq, title, intro, source, chapter) VALUES
 ('stap1', 'stap', 1, 'Stap 1: Het vraagstuk volgens ons',
  'Begin bij de inhoud: waar gaat deze samenwerking eigenlijk over? Schrijf eerst ieder '
  || 'voor zich op wat het vraagstuk is en vergelijk de antwoorden; een gedeeld thema '
  || 'blijkt vaak nog geen gedeeld vraagstuk. Theorie is hier niet nodig, wel een '
  || 'kritische en onderzoekende blik. Het antwoord is een eerste versie die in stap 2 '
  || 'wordt getoetst en daarna steeds opnieuw wordt bijgesteld.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 ('stap2', 'stap', 2, 'Stap 2: De anderen en hun vraagstuk',
  'Een vraagstuk speelt nooit in het luchtledige. Breng in beeld wie er verder mee '
  || 'bezig is of nodig is voor een goede aanpak, en wat het vraagstuk voor hen '
  || 'betekent. Neem geen genoegen met de gebruikelijke deelnemerslijst. Keer terug naar '
  || 'stap 1 zodra het beeld van het vraagstuk verschuift, en herhaal dit tot er een '
  || 'vraagstuk ligt dat alle betrokkenen delen.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 ('stap3', 'stap', 3, 'Stap 3: Het ontwerpprincipe',
  'Nu vraagstuk en partijen in beeld zijn, bepaalt u wat voor soort samenwerking dit '
  || 'moet worden. Het kwadrant met de vier perspectieven op sturing helpt daarbij: '
  || 'links staan de vormen waarin de overheid met recht en contract de verhoudingen '
  || 'vastlegt (strakke koppelingen), rechts de vormen die rusten op partners en '
  || 'maatschappelijke beweging (losse koppelingen). Kies bewust een leidend perspectief '
  || 'en beschrijf hoe de waarden van de andere perspectieven toch aan bod komen.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 ('stap4', 'stap', 4, 'Stap 4: De inrichting',
  'Vertaal het gekozen ontwerpprincipe naar een concrete inrichting. Het gaat om de '
  || 'organisatievorm, verantwoording, financiering, sturing, controle, capaciteit en de '
  || 'juridische en democratische basis, en om de vraag hoe iedere partij dit ook in de '
  || 'eigen organisatie regelt. Bedenk dat instrumenten die voor taakgericht werk zijn '
  || 'gemaakt, de samenwerking ongemerkt in oude lijnen kunnen trekken.',
  'seed004', 'H2 Conceptueel kader, vijf stappen'),
 ('stap5', 'stap', 5, 'Stap 5: Andere samenwerkingen op hetzelfde terrein',
  'Deze samenwerking staat niet alleen: er zijn andere verbanden, regio''s, '
  || 'programma''s en organisaties die (deels) hetzelfde doen. Hier bespreekt u de '
  || 'algemene lijn: wie zijn dat, wat onderscheidt ons, en hoe verhouden we ons tot '
  || 'hen. De afzonderlijke verbanden en de houding per verband legt u vast in de lijst '
  || 'van andere samenwerkingen.',
  'seed004', 'H2 Conceptueel kader, vijf stappen');

------------------------------------------------------------------------
-- Step 1: het vraagstuk volgens ons
------------------------------------------------------------------------

INSERT INTO cat_item(key, form, seq, parent, section, kind, prompt, guidance,
                     low_label, high_label, options, source, chapter) VALUES
 ('stap1.1', 'stap1', 1, NULL, 'Het vraagstuk volgens ons', 'tekst',
  'Wat is volgens ons, als initiatiefnemers, het vraagstuk waar deze samenwerking '
  || 'over gaat?',
  'Laat iedereen het vraagstuk eerst apart opschrijven en leg de formuleringen naast '
  || 'elkaar: in de IBP-sessies bleken deelnemers met hetzelfde thema heel '
  || 'verschillende vraagstukken voor ogen te hebben. "Ons" is de organisatie die het '
  || 'initiatief neemt; in stap 2 wordt dit beeld getoetst aan dat van anderen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 1; H4 Analyse en conclusie'),
 ('stap1.1.1', 'stap1', 2, 'stap1.1', 'Het vraagstuk volgens ons', 'tekst',
  'Welke publieke waarde staat hier op het spel?',
  'Samenwerken rond een opgave gaat altijd ergens over: een publieke waarde die u '
  || 'wilt bereiken of een maatschappelijk probleem dat u wilt aanpakken. Benoem die '
  || 'waarde in uw eigen woorden.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 1'),
 ('stap1.1.2', 'stap1', 3, 'stap1.1', 'Het vraagstuk volgens ons', 'tekst',
  'Wat is de bedoeling erachter, los van het doel dat in een regeerakkoord, '
  || 'collegeprogramma of wettelijke taak staat?',
  'Een doel overnemen uit een akkoord of een taak uit de wet is nog geen vraagstuk. '
  || 'Vraag door naar waar het werkelijk om gaat: de bedoeling.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 1'),
 ('stap1.1.3', 'stap1', 4, 'stap1.1', 'Het vraagstuk volgens ons', 'tekst',
  'Van welk breder of landelijk thema is dit onze eigen regionale of lokale vertaling?',
  'Een breed thema is vaak herkenbaar en onomstreden, maar te algemeen om mee aan de '
  || 'slag te gaan. Maak het concreet voor uw eigen gebied en situatie.',
  NULL, NULL, NULL, 'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 1'),
 ('stap1.2', 'stap1', 5, NULL, 'Wat we weten', 'tekst',
  'Wat weten we al over dit vraagstuk?',
  'Verzamel wat bekend is over aard, omvang en plaats van het vraagstuk. De betekenis '
  || 'van een thema ligt niet vast: wat iemand erin ziet, hangt af van zijn positie, '
  || 'kennis, wensen en wat hij zoekt.',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding, de regio en de opgave als constructie'),
 ('stap1.2.1', 'stap1', 6, 'stap1.2', 'Wat we weten', 'tekst',
  'Waar en bij wie speelt het vraagstuk: in welk gebied, bij welke doelgroep, op '
  || 'welke schaal?',
  'Hoe preciezer u plaats en doelgroep benoemt, hoe beter u in stap 2 kunt zien welke '
  || 'partijen nodig zijn.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 1'),
 ('stap1.2.2', 'stap1', 7, 'stap1.2', 'Wat we weten', 'tekst',
  'Wat hoort er volgens ons bij het vraagstuk, en wat uitdrukkelijk niet?',
  'De grenzen van een vraagstuk zijn niet gegeven, ze moeten worden getrokken. Maak '
  || 'zichtbaar waar u de grens legt, zodat anderen erop kunnen reageren.',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding, de regio en de opgave als constructie'),
 ('stap1.2.3', 'stap1', 8, 'stap1.2', 'Wat we weten', 'tekst',
  'Wie heeft het vraagstuk tot nu toe afgebakend: is het van bovenaf vastgesteld of '
  || 'door de betrokkenen zelf gemaakt?',
  'Afbakening kan door een hoger niveau worden opgelegd of groeien uit de praktijk en '
  || 'ervaring ter plaatse. Beide is mogelijk; het helpt te weten welke weg er is '
  || 'gevolgd en of die formeel is vastgelegd of al doende ontstaat.',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding, de regio en de opgave als constructie'),
 ('stap1.2.4', 'stap1', 9, 'stap1.2', 'Wat we weten', 'tekst',
  'Wat weten we nog niet, en wat moeten we uitzoeken?',
  'Een onderzoekende houding is hier belangrijker dan een model. Open vragen zijn '
  || 'vaak goede gespreksstof voor stap 2.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen'),
 ('stap1.3', 'stap1', 10, NULL, 'Wat we willen', 'tekst',
  'Wat willen we met deze samenwerking bereiken?',
  'Beschrijf welke verandering u in de samenleving wilt zien. In de IBP-praktijk '
  || 'werden doelen en resultaten zelden benoemd, en zonder gedeelde richting bleef '
  || 'veel inzet zonder beweging: de samenwerking draaide stationair.',
  NULL, NULL, NULL, 'seed004',
  'H3 Observaties in de praktijk van het IBP, vraag 4; H4 Analyse en conclusie'),
 ('stap1.3.1', 'stap1', 11, 'stap1.3', 'Wat we willen', 'tekst',
  'Welke concrete resultaten willen we zien, en waaraan merken we dat ze bereikt zijn?',
  'Benoemde resultaten helpen de stap te zetten van praten over samenwerken naar '
  || 'werken aan de opgave zelf.',
  NULL, NULL, NULL, 'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 4'),
 ('stap1.3.2', 'stap1', 12, 'stap1.3', 'Wat we willen', 'tekst',
  'Waarom kunnen we dit niet alleen?',
  'Opgavegericht samenwerken gaat uit van de gedachte dat geen bestuurslaag of '
  || 'organisatie zo''n vraagstuk in haar eentje oplost. Wie u nodig hebt, is de brug '
  || 'naar stap 2.',
  NULL, NULL, NULL, 'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 1'),
 ('stap1.3.3', 'stap1', 13, 'stap1.3', 'Wat we willen', 'schaal',
  'Hoe gedeeld is dit beeld van het vraagstuk binnen onze eigen groep?',
  'Een gedeeld thema is nog geen gedeeld vraagstuk. Een lage score is een reden om hier '
  || 'langer bij stil te staan, niet om stap 1 over te slaan.',
  'Ieder heeft een eigen beeld', 'Eén gedeeld vraagstuk', NULL,
  'seed004', 'H4 Analyse en conclusie');

------------------------------------------------------------------------
-- Step 2: de anderen en hun vraagstuk
------------------------------------------------------------------------

INSERT INTO cat_item(key, form, seq, parent, section, kind, prompt, guidance,
                     low_label, high_label, options, source, chapter) VALUES
 ('stap2.1', 'stap2', 1, NULL, 'Wie zijn de anderen', 'tekst',
  'Wie zijn de anderen die zich rond dit vraagstuk bewegen of die nodig zijn voor een '
  || 'goede aanpak?',
  'Kijk verder dan de vaste kring die bij regionale samenwerking meestal aan tafel '
  || 'zit, en vraag bij elke partij waarom zij erbij hoort. De partijen zelf legt u '
  || 'vast bij de spelers van de coalitie.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.1.1', 'stap2', 2, 'stap2.1', 'Wie zijn de anderen', 'tekst',
  'Welke bestuurslagen zijn betrokken: Rijk en uitvoerende rijksdiensten, provincie, '
  || 'gemeenten, waterschappen, regionale verbanden, koepels?',
  'Let ook op het niveau van detail: soms spreekt een koepel namens instellingen, '
  || 'terwijl voor dit vraagstuk de afzonderlijke instellingen belangrijker zijn. En '
  || 'een overheid kan bevoegd zijn en toch even niet meedoen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.1.2', 'stap2', 3, 'stap2.1', 'Wie zijn de anderen', 'tekst',
  'Welke andere partijen spelen een rol: maatschappelijke organisaties, bedrijven, '
  || 'burgerinitiatieven, sociaal ondernemers?',
  'De beste partner is niet altijd de voor de hand liggende. In een voorbeeld uit de '
  || 'bron vond een defensiecomplex dat zijn wagenpark wilde elektrificeren zijn partner '
  || 'niet bij netbeheerder of ministerie, maar bij een bouwmarktondernemer in de buurt '
  || 'die al volop met duurzame energie bezig was.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.1.3', 'stap2', 4, 'stap2.1', 'Wie zijn de anderen', 'tekst',
  'Welke onderlinge relaties, lopende activiteiten en bestaande verbanden zijn er al '
  || 'tussen deze partijen?',
  'Bestaande verbanden kunnen nuttig zijn voor de aanpak. Maar wie al samenwerkt, '
  || 'bepaalt vaak mee wie er verder mag aansluiten, en dan blijven het snel de gebruikelijke '
  || 'partijen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2; H4 Analyse en conclusie'),
 ('stap2.1.4', 'stap2', 5, 'stap2.1', 'Wie zijn de anderen', 'tekst',
  'Wie ontbreekt er (nog), en waarom?',
  'Vraag ook naar de redenen waarom partijen niet gevraagd zijn of als lastig gelden. '
  || 'Nieuwe gezichten zijn op korte termijn soms onwennig, maar leveren op den duur '
  || 'rijkere ideeën en meer draagvlak op.',
  NULL, NULL, NULL, 'seed004', 'H4 Analyse en conclusie'),
 ('stap2.1.5', 'stap2', 6, 'stap2.1', 'Wie zijn de anderen', 'tekst',
  'Wie bepaalt wie er meedoet: deelt een hoger niveau de partijen in, of stelt de '
  || 'groep zichzelf samen?',
  'Samenstellen gaat altijd over grenzen: wie hoort erbij, wie niet, en wat gebeurt '
  || 'er met de twijfelgevallen?',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding, de regio en de opgave als constructie'),
 ('stap2.2', 'stap2', 7, NULL, 'Hun vraagstuk', 'tekst',
  'Wat is het vraagstuk van de anderen?',
  'De initiatiefnemer heeft een eigen beeld van het vraagstuk, maar dat valt niet '
  || 'vanzelf samen met wat anderen zien. Zoek wat het vraagstuk voor hen betekent; dat '
  || 'is iets anders dan hun formele belang, taak of verantwoordelijkheid.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.2.1', 'stap2', 8, 'stap2.2', 'Hun vraagstuk', 'tekst',
  'Waar zijn de anderen nu mee bezig, en wat vinden zij belangrijk?',
  'Vraag het hun zelf, in plaats van hun agenda in te vullen vanuit uw eigen beeld; '
  || 'hun antwoord kan het vraagstuk uit stap 1 veranderen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.2.2', 'stap2', 9, 'stap2.2', 'Hun vraagstuk', 'tekst',
  'Waar zijn zij bang voor, en waar dromen zij van?',
  'Zorgen en dromen zeggen vaak meer over wat een partij in beweging brengt dan haar '
  || 'officiële standpunt.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.2.3', 'stap2', 10, 'stap2.2', 'Hun vraagstuk', 'tekst',
  'Wat maakt het vraagstuk voor hen belangrijk genoeg om in beweging te komen?',
  'Iets kan partijen aantrekken omdat het mooi, beloftevol, inspirerend of waardevol '
  || 'is, maar ook omdat het onzeker, bedreigend of gewoon noodzakelijk is. Zoek per '
  || 'partij wat de drijfveer is.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.3', 'stap2', 11, NULL, 'Het gedeelde vraagstuk', 'tekst',
  'Wat is nu, met de anderen erbij, het gedeelde vraagstuk?',
  'Stap 1 en 2 gaan heen en weer: een nieuwe formulering brengt andere partijen in '
  || 'beeld, en nieuwe partijen veranderen de formulering. Ga door tot er een vraagstuk '
  || 'ligt waarin iedereen zich herkent, en geen optelsom van ieders wensen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2; H4 Analyse en conclusie, praktische aanbevelingen'),
 ('stap2.3.1', 'stap2', 12, 'stap2.3', 'Het gedeelde vraagstuk', 'tekst',
  'Wat verandert dit aan ons eigen beeld van het vraagstuk uit stap 1?',
  'Leg de nieuwe formulering vast en werk stap 1 bij. Een bijgesteld vraagstuk is een '
  || 'teken van voortgang, geen fout.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.3.2', 'stap2', 13, 'stap2.3', 'Het gedeelde vraagstuk', 'tekst',
  'Moeten er door deze herformulering partijen bij, of kunnen er partijen af?',
  'Naarmate het vraagstuk verschuift, kunnen andere partijen onmisbaar worden en '
  || 'bestaande deelnemers minder nodig zijn.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 2'),
 ('stap2.3.3', 'stap2', 14, 'stap2.3', 'Het gedeelde vraagstuk', 'schaal',
  'In hoeverre delen alle betrokkenen nu één vraagstuk?',
  'Zolang het vraagstuk niet gedeeld is, valt ook moeilijk te zeggen wie er aan tafel '
  || 'hoort. Ga bij een lage score terug naar stap 1.',
  'Ieder werkt aan een eigen beeld', 'Eén gedeeld vraagstuk', NULL,
  'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 2');

------------------------------------------------------------------------
-- Step 3: het ontwerpprincipe
------------------------------------------------------------------------

INSERT INTO cat_item(key, form, seq, parent, section, kind, prompt, guidance,
                     low_label, high_label, options, source, chapter) VALUES
 ('stap3.1', 'stap3', 1, NULL, 'Het ontwerpprincipe', 'tekst',
  'Welk ontwerpprincipe past het best bij deze samenwerking, gelet op ons vraagstuk '
  || 'en op de partijen die we ervoor nodig hebben?',
  'De vier NSOB-perspectieven op sturing bieden hier houvast, niet als voorschrift maar '
  || 'als basisvormen om de samenwerking op te modelleren. Beantwoord eerst de '
  || 'deelvragen; de keuze van het leidende perspectief volgt daarna.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 3'),
 ('stap3.1.1', 'stap3', 2, 'stap3.1', 'Het ontwerpprincipe', 'tekst',
  'Waarop is de samenwerking geënt, en wat houdt haar bij elkaar (het cement)?',
  'Het cement kan een formele toedeling in wet of regeling zijn, een contract, '
  || 'gedeelde intenties die in een convenant of akkoord zijn bekrachtigd, of de '
  || 'maatschappelijke beweging zelf.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 3 en basisvormen'),
 ('stap3.1.2', 'stap3', 3, 'stap3.1', 'Het ontwerpprincipe', 'tekst',
  'Waar liggen initiatief en richting: krijgen de regio''s een opdracht van het '
  || 'centrale niveau, werken zij uit eigen beweging samen, of lopen zij voorop en halen '
  || 'zij het centrale niveau er af en toe bij?',
  'Dit is de kern van meerlaags ontwerpen: in welke richting loopt de relatie tussen '
  || 'de lagen? Een netwerk kan bijvoorbeeld op uitnodiging van een ministerie ontstaan, '
  || 'of van onderop, waarna het ministerie aansluit.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 3 en basisvormen'),
 ('stap3.1.3', 'stap3', 4, 'stap3.1', 'Het ontwerpprincipe', 'tekst',
  'Zijn de partijen gelijkwaardig, of is er één partij die opdracht geeft of boven de '
  || 'anderen staat?',
  'Met een duidelijke opdrachtgever volstaan vaak de bekende strakke koppelingen en '
  || 'draait het om de vraag wie het primaat heeft. Tussen gelijkwaardige partners zijn '
  || 'losse koppelingen nodig die ieders rol respecteren.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 3; H4 Analyse en conclusie, inbedding en explicitering'),
 ('stap3.1.4', 'stap3', 5, 'stap3.1', 'Het ontwerpprincipe', 'tekst',
  'Welke waarden van bestuur staan centraal: rechtmatigheid en rechtsstaat, '
  || 'bedrijfsmatige efficiency en contractbeheer, gedeelde belangen, of '
  || 'maatschappelijke energie?',
  'Het antwoord op deze vraag wijst vaak al in de richting van het leidende '
  || 'perspectief.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 3'),
 ('stap3.1.5', 'stap3', 6, 'stap3.1', 'Het ontwerpprincipe', 'tekst',
  'Welke positie neemt het Rijk (of het centrale niveau) in deze samenwerking in: '
  || 'erboven, ertussen, eronder of aan de zijlijn?',
  'Het Rijk kan opdrachtgever of eigenaar zijn, medespeler in het regionale verband, '
  || 'bedding en toeleverancier voor het werk van anderen, of vooral ontvanger en '
  || 'toeschouwer. Die rol ligt niet vast; spreek per opgave af welke rol partijen '
  || 'elkaar geven en nemen.',
  NULL, NULL, NULL, 'seed004',
  'H1 Inleiding, samenwerken over grenzen; H4 Analyse en conclusie, inbedding en explicitering'),
 ('stap3.2', 'stap3', 7, NULL, 'Het leidende perspectief', 'keuze',
  'Welk perspectief op sturing kiezen we als leidend ontwerpprincipe?',
  'Kies bewust één perspectief als leidend. Het model is geen keuzemenu om de rest te '
  || 'laten vallen, maar helpt accenten expliciet te maken. In het IBP werd deze keuze '
  || 'meestal niet gemaakt en kwam men als vanzelf uit bij een poging tot netwerksturing.',
  NULL, NULL,
  'Rechtmatige overheid|Presterende overheid|Netwerkende overheid|Participerende overheid',
  'seed004', 'H2 Conceptueel kader, basisvormen; H3 Observaties in de praktijk van het IBP, vraag 3'),
 ('stap3.2.1', 'stap3', 8, 'stap3.2', 'Het leidende perspectief', 'tekst',
  'Waarom past dit perspectief bij ons vraagstuk en bij deze partijen?',
  'De keuze volgt uit de opgave, niet uit gewoonte. Gebruik de kwadranten als gedeelde '
  || 'taal om de keuze scherp te bespreken en onderweg opnieuw te toetsen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen; H4 Analyse en conclusie, praktische aanbevelingen'),
 ('stap3.3', 'stap3', 9, NULL, 'Borging van de andere perspectieven', 'tekst',
  'Welke waarden raken door onze keuze vanzelf op de achtergrond?',
  'Elk perspectief heeft zijn eigen kenmerkende tekortkomingen. De kunst is het leidende '
  || 'perspectief goed in te vullen en tegelijk de waarden van de andere drie te blijven '
  || 'borgen, op een manier die bij het karakter van de opgave past.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen'),
 ('stap3.borging.rechtmatig', 'stap3', 10, 'stap3.3',
  'Borging van de andere perspectieven', 'tekst',
  'Hoe blijven de waarden van de rechtmatige overheid geborgd: rechtmatigheid, '
  || 'rechtsgelijkheid, rechtszekerheid en democratische verankering?',
  'Denk aan de rechtsgrond van de afspraken en aan de vraag hoe de politieke '
  || 'vertegenwoordiging geregeld is. Is dit uw leidende perspectief, beschrijf dan hoe u '
  || 'het zelf goed invult.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen'),
 ('stap3.borging.presterend', 'stap3', 11, 'stap3.3',
  'Borging van de andere perspectieven', 'tekst',
  'Hoe blijven de waarden van de presterende overheid geborgd: doelmatigheid, '
  || 'effectiviteit, efficiëntie en het leveren van afgesproken resultaten?',
  'Denk aan monitoring, evaluatie en verantwoording over resultaten. Ook in een netwerk '
  || 'of een maatschappelijke beweging verdwijnen effectiviteit en efficiëntie niet; ze '
  || 'vragen alleen een andere invulling.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen'),
 ('stap3.borging.netwerkend', 'stap3', 12, 'stap3.3',
  'Borging van de andere perspectieven', 'tekst',
  'Hoe blijven de waarden van de netwerkende overheid geborgd: gedeelde belangen, '
  || 'vrijwillige inzet en vertrouwen tussen partners?',
  'Een gezamenlijke agenda werkt als elke partner er punten in terugziet die hij zelf '
  || 'echt belangrijk vindt; een gewogen gemiddelde brengt niemand in beweging.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen'),
 ('stap3.borging.participerend', 'stap3', 13, 'stap3.3',
  'Borging van de andere perspectieven', 'tekst',
  'Hoe blijven de waarden van de participerende overheid geborgd: ruimte voor '
  || 'maatschappelijke energie en voor initiatieven die er al zijn?',
  'Ga na welke initiatieven uit de samenleving al op dit terrein actief zijn en hoe u '
  || 'daarbij aansluit zonder ze over te nemen. Initiatieven die maar deels bij de '
  || 'overheidsdoelen passen, vragen een politieke afweging.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, basisvormen');

------------------------------------------------------------------------
-- Step 4: de inrichting
------------------------------------------------------------------------

INSERT INTO cat_item(key, form, seq, parent, section, kind, prompt, guidance,
                     low_label, high_label, options, source, chapter) VALUES
 ('stap4.1', 'stap4', 1, NULL, 'Organisatievorm', 'tekst',
  'Welke organisatievorm past bij het ontwerpprincipe dat we in stap 3 kozen?',
  'Bijvoorbeeld een overleg zonder eigen vorm, een projectorganisatie of '
  || 'programmabureau, een convenant met stuurgroep, een gemeenschappelijke regeling of '
  || 'een contract. Laat de vorm volgen uit stap 3 en uit een gedeeld vraagstuk, niet '
  || 'andersom.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4; H3 Observaties in de praktijk van het IBP, vraag 4'),
 ('stap4.1.1', 'stap4', 2, 'stap4.1', 'Organisatievorm', 'tekst',
  'Wie vervult welke rol: wie trekt, wie is de spin in het web, wie zit voor, wie '
  || 'ondersteunt?',
  'Een projectmanager die bijeenkomsten organiseert, iedereen kent en afspraken bewaakt, '
  || 'kan het motorblokje van de samenwerking zijn. Dat is nog iets anders dan een '
  || 'samenwerking die geland is in de organisaties erachter.',
  NULL, NULL, NULL, 'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 4'),
 ('stap4.1.2', 'stap4', 3, 'stap4.1', 'Organisatievorm', 'tekst',
  'Hoe regelt elke partij de samenwerking in haar eigen organisatie: met welk mandaat, '
  || 'en hoe koppelt zij afspraken terug?',
  'Deelnemers wisten vaak niet goed wat ze zonder mandaat konden inbrengen of hoe ze '
  || 'afspraken terugbrachten bij hun collega''s. Werk als een buitenboordmotor naast '
  || 'de staande organisatie houdt niet lang stand; bedenk hoe u het inbedt.',
  NULL, NULL, NULL, 'seed004', 'H4 Analyse en conclusie, inbedding en explicitering; H4 Analyse en conclusie, leren op drie niveaus'),
 ('stap4.2', 'stap4', 4, NULL, 'Verantwoording', 'keuze',
  'Welke vorm van verantwoording kiezen we: stewardship of principaal-agent?',
  'Bij stewardship staan partijen naast elkaar en leggen zij samen rekenschap af over '
  || 'een gedeelde zaak. Bij principaal-agent is de ene partij opdrachtgever van de '
  || 'andere en controleert zij of er volgens afspraak is geleverd. Ook in een '
  || 'stewardshiprelatie blijft verantwoording nodig.',
  NULL, NULL, 'Stewardship|Principaal-agent',
  'seed004', 'H2 Conceptueel kader, stap 4'),
 ('stap4.2.1', 'stap4', 5, 'stap4.2', 'Verantwoording', 'tekst',
  'Wie vraagt wie om verantwoording, en welke positie heeft degene die verantwoording '
  || 'aflegt?',
  'Verantwoording zegt iets over de verhoudingen: is er een opdrachtgever en een '
  || 'opdrachtnemer, of zijn partijen over en weer eigenaar én uitvoerder voor elkaar?',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4; H4 Analyse en conclusie, inbedding en explicitering'),
 ('stap4.3', 'stap4', 6, NULL, 'Financiering', 'tekst',
  'Hoe is de financiering geregeld: van wie is het geld, hoe komt het bij de opgave '
  || 'terecht en wie beslist over de besteding?',
  'Geld dat van centraal naar regionaal stroomt, brengt vaak zijn eigen '
  || 'verantwoordingslijn mee. Een financieel instrument met een hiërarchische '
  || 'verantwoordingsketen werkt door in de dagelijkse samenwerking, hoe goed de '
  || 'bedoelingen ook zijn.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4; Samenvatting, reflectie; H4 Analyse en conclusie, leren op drie niveaus'),
 ('stap4.4', 'stap4', 7, NULL, 'Sturing', 'tekst',
  'Hoe sturen we de samenwerking, en wie stuurt waarop?',
  'Sturing volgt het gekozen perspectief. Bij een rechtmatige of presterende inrichting '
  || 'draait het om wie het primaat heeft en wie opdrachtgever is; bij netwerkende of '
  || 'participerende vormen zijn losse koppelingen nodig die verbinden en toch ruimte '
  || 'laten voor beweging.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4; H4 Analyse en conclusie, inbedding en explicitering'),
 ('stap4.4.1', 'stap4', 8, 'stap4.4', 'Sturing', 'tekst',
  'Welke facilitering hoort erbij: wat hebben partners nodig om hun bijdrage te kunnen '
  || 'leveren?',
  'Inrichten gaat naast sturen en controleren ook over faciliteren, bijvoorbeeld met '
  || 'een secretariaat, kennis, ontmoetingsplekken of budget voor de uitvoering.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4'),
 ('stap4.4.2', 'stap4', 9, 'stap4.4', 'Sturing', 'tekst',
  'Welke omgangsvormen en informele regels spreken we met elkaar af?',
  'In een nieuwe samenwerkingsvorm moeten rollen en gedrag deels al doende worden '
  || 'ontdekt: welke rol past een rijksambtenaar aan een regionale tafel, en hoe gaan '
  || 'we om met partners die ongelijk veel inzet leveren?',
  NULL, NULL, NULL, 'seed004', 'Samenvatting'),
 ('stap4.5', 'stap4', 10, NULL, 'Controle', 'tekst',
  'Hoe controleren we of afspraken worden nagekomen en of de samenwerking oplevert wat '
  || 'we beoogden?',
  'Denk aan monitoring, evaluatie en toezicht, bijvoorbeeld een gezamenlijke commissie '
  || 'zoals partijen die bij het akkoord tussen OCW en het mbo-veld instelden. Laat de '
  || 'controle aansluiten bij de gekozen vorm van verantwoording.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4 en basisvormen'),
 ('stap4.6', 'stap4', 11, NULL, 'Capaciteit', 'tekst',
  'Welke capaciteit, middelen en mensen zijn nodig, en is dat voldoende?',
  'Het gaat om hoeveelheid én kwaliteit: hoeveel van wat is er nodig, en volstaat '
  || 'dat? Een samenwerking die alleen draait op goede wil en vergaderingen, blijft '
  || 'vaak in de opstartfase hangen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4'),
 ('stap4.6.1', 'stap4', 12, 'stap4.6', 'Capaciteit', 'tekst',
  'Ligt de deskundigheid op centraal of op decentraal niveau, en moet daar iets '
  || 'verschuiven?',
  'Verschuivingen van mensen en kennis tussen niveaus gebeuren niet vanzelf; ze vragen '
  || 'een gericht en doordacht ontwerp.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4'),
 ('stap4.7', 'stap4', 13, NULL, 'Juridische basis', 'tekst',
  'Wat is de juridische basis van de samenwerking en van de afspraken?',
  'Ook als het cement informeel is, moet de juridische en formele kant op orde zijn. '
  || 'Kiezen voor een niet-juridische basis ontslaat niemand van die plicht.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 4'),
 ('stap4.8', 'stap4', 14, NULL, 'Democratische basis', 'tekst',
  'Hoe zijn de democratische controle en legitimatie geregeld: welke raden, staten, '
  || 'algemene besturen of Kamer kijken mee, en hoe?',
  'Een regio is geen bestuurslaag, dus democratische sturing en controle moeten bewust '
  || 'worden georganiseerd. Ga na hoe de politieke vertegenwoordiging geborgd is, ook '
  || 'als de samenwerking op vertrouwen rust.',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding; H2 Conceptueel kader, stap 4'),
 ('stap4.9', 'stap4', 15, NULL, 'Instrumenten', 'tekst',
  'Passen onze instrumenten bij deze samenwerking, of trekken ze ons terug in de oude '
  || 'lijnen?',
  'Financiële, juridische, institutionele en democratische instrumenten zijn meestal '
  || 'ontworpen voor taakgericht werken. Ze laten zich wel buigen, maar dat blijft '
  || 'behelpen; benoem waar het knelt.',
  NULL, NULL, NULL, 'seed004', 'H4 Analyse en conclusie, leren op drie niveaus');

------------------------------------------------------------------------
-- Step 5: andere samenwerkingen op hetzelfde terrein
------------------------------------------------------------------------

INSERT INTO cat_item(key, form, seq, parent, section, kind, prompt, guidance,
                     low_label, high_label, options, source, chapter) VALUES
 ('stap5.1', 'stap5', 1, NULL, 'Wie zijn er nog meer', 'tekst',
  'Welke andere samenwerkingen en partijen zijn actief op hetzelfde terrein?',
  'Denk aan andere regio''s met hetzelfde thema, functionele regio''s zoals '
  || 'veiligheids- of arbeidsmarktregio''s, het gewone werk van bestaande organisaties en '
  || 'landelijke programma''s, akkoorden of deals. Leg ze afzonderlijk vast in de lijst '
  || 'van andere samenwerkingen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 5'),
 ('stap5.1.1', 'stap5', 2, 'stap5.1', 'Wie zijn er nog meer', 'tekst',
  'Welke andere samenwerkingsverbanden of (functionele) regio''s werken aan (een deel '
  || 'van) hetzelfde vraagstuk?',
  'Nederland kent naast de bestuurslagen talloze thematische en informele regionale '
  || 'verbanden; de kans is groot dat een ervan al op uw terrein actief is.',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding, de regio en de opgave als constructie'),
 ('stap5.1.2', 'stap5', 3, 'stap5.1', 'Wie zijn er nog meer', 'tekst',
  'Welke bestaande organisaties werken in hun reguliere taken al aan onderdelen van de '
  || 'opgave?',
  'In de IBP-praktijk bleek het lastig de grens te trekken met het gewone werk van '
  || 'bestaande organisaties. Wat is dan de eigen rol van deze samenwerking daartussen?',
  NULL, NULL, NULL, 'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 5'),
 ('stap5.1.3', 'stap5', 4, 'stap5.1', 'Wie zijn er nog meer', 'tekst',
  'Welke landelijke programma''s, akkoorden of deals raken aan ons vraagstuk?',
  'Ook op nationaal niveau lopen vaak initiatieven die hetzelfde terrein bestrijken; '
  || 'kijk hoe die zich tot uw regionale aanpak verhouden.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 5'),
 ('stap5.2', 'stap5', 5, NULL, 'Wat ons onderscheidt', 'tekst',
  'Wat maakt onze samenwerking anders dan wat er al is?',
  'Deelnemers vonden het vaak moeilijk te zeggen wat hun samenwerking onderscheidde van '
  || 'bestaande verbanden. Een helder antwoord voorkomt dubbel werk en helpt om partners '
  || 'te overtuigen.',
  NULL, NULL, NULL, 'seed004', 'H3 Observaties in de praktijk van het IBP, vraag 5'),
 ('stap5.3', 'stap5', 6, NULL, 'Onze houding', 'tekst',
  'Hoe verhouden we ons in het algemeen tot die anderen: gaan we de concurrentie aan, '
  || 'werken we samen, of houden we afstand?',
  'Het antwoord kan per verband verschillen; leg de keuze per verband vast in de lijst '
  || 'en gebruik deze vraag voor de algemene lijn.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 5'),
 ('stap5.3.1', 'stap5', 7, 'stap5.3', 'Onze houding', 'tekst',
  'Met wie zoeken we samenwerking of afstemming, en hoe geven we die vorm?',
  'Zonder afstemming kan de oplossing van het ene verband het werk van het andere '
  || 'doorkruisen. Spreek af waar en hoe u elkaar opzoekt.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 5'),
 ('stap5.3.2', 'stap5', 8, 'stap5.3', 'Onze houding', 'tekst',
  'Waar concurreren we met anderen, bijvoorbeeld om middelen, mensen of aandacht, en '
  || 'is dat erg?',
  'Concurreren is een van de drie mogelijke houdingen, naast samenwerken en afstand '
  || 'houden. Maak die keuze bewust in plaats van haar te laten ontstaan.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 5'),
 ('stap5.3.3', 'stap5', 9, 'stap5.3', 'Onze houding', 'tekst',
  'Van wie houden we bewust afstand, en waarom?',
  'Ook afstand houden is een legitieme keuze, mits het team haar bewust maakt en '
  || 'kan uitleggen.',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, stap 5'),
 ('stap5.4', 'stap5', 10, NULL, 'Gevolgen elders', 'tekst',
  'Kan onze aanpak elders nieuwe problemen veroorzaken, bij een andere regio of op een '
  || 'ander bestuursniveau?',
  'Wat voor de ene regio een oplossing is, kan voor de buurregio of het landelijke '
  || 'niveau een nieuw probleem zijn, zoals windmolens die aan de rand van een regio '
  || 'worden gepland. Bespreek hoe u zulke spanningen afstemt.',
  NULL, NULL, NULL, 'seed004', 'H1 Inleiding, samenwerken over grenzen'),
 ('stap5.5', 'stap5', 11, NULL, 'Opnieuw bekijken', 'tekst',
  'Wanneer kijken we opnieuw naar deze verhoudingen en naar de eerdere stappen?',
  'Een meerlaagse samenwerking is nooit af. Toets geregeld of eerdere antwoorden nog '
  || 'kloppen: wat betekent een nieuwe ontwikkeling voor het gedeelde vraagstuk, moeten '
  || 'er partijen bijkomen of afvallen, en houdt het gekozen perspectief stand?',
  NULL, NULL, NULL, 'seed004', 'H2 Conceptueel kader, de twee cirkels; H4 Analyse en conclusie, de volgende stap');

------------------------------------------------------------------------
-- The four NSOB perspectives (figuur 4)
------------------------------------------------------------------------
-- Quadrants follow the source's own section headings: rechtmatige overheid
-- linksonder, presterende overheid linksboven, netwerkende (in the heading:
-- "samenwerkende") overheid rechtsboven, participerende overheid rechtsonder.
-- The text contrasts the left column (overheid centraal, strakke koppelingen)
-- with the right column (partners en samenleving centraal, losse koppelingen);
-- it does not name the vertical axis.

INSERT INTO cat_perspective(key, seq, name, kern, waarden, zwakte, quadrant, source, chapter) VALUES
 ('rechtmatig', 1, 'Rechtmatige overheid',
  'Verankering in recht en democratie is het fundament van al het overheidshandelen '
  || '(public administration). Samenwerking wordt ingericht door taken en '
  || 'verantwoordelijkheden formeel-juridisch toe te delen aan een bevoegd gezag: een '
  || 'partij gaat erover of niet. Als ontwerpprincipe heet dit meerlaags bestuur; het cement '
  || 'is de formele toedeling, via een regeling, aanwijzing, decentralisatie, autonomie '
  || 'of medebewind.',
  'Rechtmatigheid, rechtsgelijkheid en rechtszekerheid; rechtsstatelijkheid en '
  || 'democratische legitimiteit; helderheid over wie bevoegd is.',
  'Bevoegdheden overlappen in de praktijk vaak, zodat de vraag wie erover gaat eerder '
  || 'discussie oproept dan ordent. Lokale variatie en maatwerk zijn vanuit '
  || 'rechtsgelijkheid moeilijk te verantwoorden, en werken dwars door elkaar heen past '
  || 'slecht bij een model dat taken netjes verdeelt.',
  'linksonder', 'seed004', 'H2 Conceptueel kader, basisvormen: meerlaags bestuur'),
 ('presterend', 2, 'Presterende overheid',
  'Sturen betekent zorgen dat vooraf afgesproken resultaten effectief en efficiënt '
  || 'worden bereikt (new public management). De overheid ontleent haar legitimiteit '
  || 'aan wat zij levert. Als ontwerpprincipe heet dit meerlaags management: het '
  || 'contract is het cement, in een verhouding van principaal en agent waarin de een '
  || 'een prestatie bestelt en betaalt en de ander levert.',
  'Doelmatigheid, effectiviteit en efficiëntie; aantoonbare prestaties en verantwoording '
  || 'daarover; duidelijkheid '
  || 'over wat er geleverd wordt, tegen welke prijs en onder welke voorwaarden.',
  'Alles draait om de vraag of er geleverd is; wat niet in een indicator staat, valt '
  || 'buiten beeld. Beide kanten gaan zich strategisch gedragen: krap budgetteren, laag '
  || 'inzetten op prestaties, makkelijk meetbare indicatoren kiezen. Het contract is in '
  || 'de praktijk vaak eerder opgelegd dan wederzijds.',
  'linksboven', 'seed004', 'H2 Conceptueel kader, basisvormen: meerlaags management'),
 ('netwerkend', 3, 'Netwerkende overheid',
  'Doelen worden vaak pas bereikt samen met anderen (network governance; in de kop '
  || 'van de bron ook: de samenwerkende overheid). De overheid zoekt partners met '
  || 'dezelfde of overlappende belangen en vormt coalities waarin ieder middelen '
  || 'inbrengt. Als ontwerpprincipe heet dit netwerkende samenwerking: partijen staan in '
  || 'beginsel naast elkaar, doen vrijwillig mee en kunnen zich terugtrekken; het cement '
  || 'is gedeelde intentie, vaak bekrachtigd in een convenant, akkoord of deal.',
  'Gedeelde belangen en intenties, vertrouwen, vrijwillige betrokkenheid vanuit eigen '
  || 'motivatie, een aantrekkelijke gezamenlijke agenda en ruimte voor regionale '
  || 'verschillen.',
  'Wat regionaal ontstaat, sluit vaak niet precies aan bij wat een ministerie wil, en '
  || 'netwerken zijn moeilijk onderling te vergelijken of in een regime van gelijke '
  || 'behandeling te passen. De agenda kan verwateren tot een gewogen gemiddelde, en '
  || 'monitoring, verantwoording, rechtsgrond en politieke vertegenwoordiging raken snel '
  || 'uit beeld.',
  'rechtsboven', 'seed004', 'H2 Conceptueel kader, basisvormen: netwerkende samenwerking'),
 ('participerend', 4, 'Participerende overheid',
  'Publieke waarde komt niet alleen van de overheid, maar evengoed van burgers, '
  || 'ondernemers en initiatieven, op hun eigen manier en met hun eigen doelen '
  || '(societal resilience). De overheid werft geen bondgenoten voor haar eigen agenda, '
  || 'maar sluit aan bij maatschappelijke energie die er al is. Als ontwerpprincipe heet '
  || 'dit maatschappelijke samenwerking: het cement is de beweging zelf, en wie '
  || 'meebeweegt hoort erbij.',
  'Maatschappelijke energie, zelforganisatie en eigenaarschap in de samenleving; '
  || 'aansluiten bij wat er al gebeurt, met ruimte voor onverwachte partners.',
  'Initiatieven sluiten vaak maar ten dele aan bij wat de overheid wil en toestaat, '
  || 'wat telkens een politieke afweging vraagt: laten bestaan of laten stoppen. De '
  || 'kring van deelnemers wisselt voortdurend, en rechtsgelijkheid en verantwoording '
  || 'zijn hier het moeilijkst te borgen.',
  'rechtsonder', 'seed004', 'H2 Conceptueel kader, basisvormen: maatschappelijke samenwerking');
