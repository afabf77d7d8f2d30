-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: the four phases of a vitale coalitie and their checklists
-- (Konijn & van Spijker 2008, seed000).
--
-- This file holds:
--  * cat_phase    the four phases, with the exact names of the phase table
--                 (activiteit, methodiek, brandstof, metafoor) in ch. 3;
--  * cat_key      the four sleutels tot succes of ch. 2;
--  * cat_checkrow the four aandachtspunten (rows) of every phase checklist
--                 (opgave, afnemers, partners, geen geld geen Zwitsers); the
--                 texts call them "aandachtspunt", never "rij" or "sleutel";
--                 each is linked to the
--                 sleutel it belongs to (rows 1-2 -> sleutel 1, 3 -> 2, 4 -> 3;
--                 the checklists themselves sit inside sleutel 4);
--  * cat_form     the initiative form and the four phase forms;
--  * cat_item     the questions: the initiative (trigger, gewenste en huidige
--                 situatie, two gate questions, questions about opgave,
--                 coalitie and eigen rol) and every phase checklist, all 16
--                 cells (phase x row), one item per checklist point plus a few
--                 phase-specific extras from ch. 1-3.
-- All texts are our own Dutch paraphrases; only terms and names are the
-- source's own. Item keys are stable: answers refer to them.


-- The four phases (name and activiteit: the phase table's activiteit column).
INSERT INTO cat_phase(num, name, short, activiteit, methodiek, brandstof,
  metafoor, regiemiddel, summary, pitfalls, source, chapter) VALUES
 (1, 'Zoeken van goede partners', 'Zoeken', 'Zoeken van goede partners',
  'Verbeelden en elkaar verstaan', 'Dromen en verhalen',
  'Dansen · Bewegen op de dansvloer',
  'Verbeelden: door aandachtig te horen wat spelers willen en te schetsen ' ||
   'hoe het er straks concreet uit kan zien, wakkert de regisseur bij ' ||
   'partners het verlangen aan om mee te doen. Zijn rol is in deze fase ' ||
   'nog bescheiden.',
  'Partijen verkennen elkaar: wie wil en kan iets met deze opgave, wie ' ||
   'begrijpt ons en wie begrijpen wij? Iedereen handelt nog grotendeels ' ||
   'vanuit de eigen doelen; een gezamenlijk doel is nog maar een ' ||
   'mogelijkheid. Samen dromen en verhalen delen helpt om te voelen met ' ||
   'wie het klikt, zowel zakelijk als relationeel.',
  'Oud zeer en vooroordelen tussen partijen; een dubbelzinnige houding ' ||
   'tegenover een hogere overheid; partijen die al vroeg aan de kant gaan ' ||
   'staan; onzekerheid bij iedereen (word ik gekeurd, lever ik mezelf uit, ' ||
   'kan ik het niet beter alleen?); en overleg dat voor de helft opgaat ' ||
   'aan de vraag of men wel namens de eigen organisatie aan tafel mag ' ||
   'zitten.',
  'seed000', 'H3 Kijken naar vitale coalities, fasentabel'),
 (2, 'Formeren van mogelijke coalitie', 'Formeren',
  'Formeren van mogelijke coalitie', 'Verleiden', 'Verlangen', 'Zoenen',
  'Verleiden: de regisseur zoekt iedereen op, legt verbindingen, maakt ' ||
   'conflicten en hobbels zichtbaar, onderscheidt dragers en schragers en ' ||
   'kiest een kopgroep rond een gezamenlijk leidbeeld. Zijn rol is in deze ' ||
   'fase vaak doorslaggevend.',
  'Als het klikt, verkennen de mogelijke partners wat ze voor elkaar ' ||
   'kunnen betekenen en wat hen drijft. Er groeit een gedeelde urgentie en ' ||
   'een zekere exclusiviteit: sommigen zitten aan tafel, anderen niet. De ' ||
   'kern is een belang voor het geheel te vinden dat ook ieders eigen ' ||
   'belang op een nieuwe manier dient, gedragen door een kleine kopgroep.',
  'Partijen worden buitengesloten of haken af; ja-maar-reacties remmen ' ||
   'het groeiende verhaal af; partners beloven elkaar gouden bergen; de ' ||
   'opgave dijt uit doordat ieder er zijn eigen agendapunten in vlecht, of ' ||
   'wordt zo strak afgebakend dat deelnemers de band met het kernprobleem ' ||
   'kwijtraken; conflicten worden weggemoffeld om de lieve vrede; dubbele ' ||
   'agenda''s en spelletjes met positionele macht.',
  'seed000', 'H3 Kijken naar vitale coalities, fasentabel'),
 (3, 'Contracteren van erkende coalitiepartners', 'Contracteren',
  'Contracteren van erkende coalitiepartners', 'Verbinden',
  'Vertrouwen in wederkerigheid', 'Vrijen en trouwen',
  'Verbinden: de regisseur zet algemene intenties om in concrete, ' ||
   'hapklare afspraken en organiseert het formele opdrachtgeverschap. Dat ' ||
   'lukt alleen als de onderlinge verhoudingen, informeel en materieel, in ' ||
   'de vorige fasen goed zijn gegroeid.',
  'Na een geslaagde verleiding spreken de partners het jawoord uit en ' ||
   'zetten ze alles klaar voor de uitvoering: wat maken we voor wie, wat ' ||
   'doen we wel en niet, en wie levert welke bijdrage. Ieder erkent het ' ||
   'eigen belang en dat van de ander, en samen dragen en schragen ze het ' ||
   'coalitiebelang. Vertrouwen dat het over en weer gaat is de ' ||
   'belangrijkste voorwaarde; de verbintenis verdient een moment van ' ||
   'viering.',
  'Op het beslissende moment bedenken partijen zich toch; partners vallen ' ||
   'af omdat het vertrouwen in elkaars vermogen of inzet tekortschiet; een ' ||
   'aantrekkelijker aanbod van elders lokt een partner weg; besluitvorming ' ||
   'in de achterbannen duurt lang of vertegenwoordigers blijken niet ' ||
   'gemandateerd; strijd over machtsverhoudingen; een formeel contract ' ||
   'zonder draagvlak eronder.',
  'seed000', 'H3 Kijken naar vitale coalities, fasentabel'),
 (4, 'Toegewijde uitvoering door coalitieverband', 'Uitvoeren',
  'Toegewijde uitvoering door coalitieverband', 'Verzilveren', 'Opbrengsten',
  'Kinderen krijgen',
  'Verzilveren: de regisseur proeft, keurt en stuurt op handelen en ' ||
   'resultaat, en bespeelt ook de omgeving waarin over succes of mislukking ' ||
   'wordt beslist. Stel eerst uitdrukkelijk de vraag of er in deze fase ' ||
   'nog regie nodig is.',
  'Nu vastligt wat er gemaakt wordt en wie wat bijdraagt, begint de echte ' ||
   'productie. Daarvoor is een werkapparaat nodig met geld, mensen en ' ||
   'organiserend vermogen, of de coalitie nu zelf levert of laat leveren. ' ||
   'De coalitie is pas echt vitaal als ze opbrengsten laat zien: bijdragen ' ||
   'aan de maatschappelijke behoefte, liefst aantoonbaar effect, en nieuwe ' ||
   'initiatieven die eruit voortkomen.',
  'Er komt geen werkapparaat; moederorganisaties werken de coalitie tegen ' ||
   'door informatie achter te houden, besluiten te traineren, goede mensen ' ||
   'niet vrij te maken of de coalitie te kleineren; de verbindingen tussen ' ||
   'partners worden niet zorgvuldig ingericht in de hoop dat goed ' ||
   'samenwerken vanzelf gaat; de coalitie blijft op papier; de vorming ' ||
   'bleef beperkt tot de bestuurskamers, zodat uitvoerders en klanten niet ' ||
   'meegroeiden; het oorspronkelijke vuur dooft.',
  'seed000', 'H3 Kijken naar vitale coalities, fasentabel');

-- The four sleutels tot succes (ch. 2).
INSERT INTO cat_key(num, name, short, summary, source, chapter) VALUES
 (1, 'Focus maken: Afnemers trekken het uit je handen', 'Focus en afnemers',
  'Breng focus aan in een brede maatschappelijke opgave en laat die focus ' ||
   'bepalen wie u nodig hebt; doelen en partners scherpen elkaar aan. Zet ' ||
   'de behoefte van de afnemers centraal: als zij de resultaten willen ' ||
   'hebben, ontstaat vanzelf druk en vaart. Benoem de maatschappelijke ' ||
   'opgave en het coalitiedoel apart, en houd het coalitiedoel zo ' ||
   'eenvoudig dat iedereen snapt waar de coalitie voor staat. Deze sleutel ' ||
   'gaat over de zakelijke fit.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 1'),
 (2, 'Samenwerken met een gerust hart', 'Gerust hart',
  'Vertrouwen moet groeien, met vallen en opstaan, en begint bij het ' ||
   'accepteren en respecteren van elkaars werkwijze en doelen. In een ' ||
   'goede coalitie zitten probleemhebbers en probleemoplossers, die zich ' ||
   'laten aanspreken op hun eigen bijdrage en anderen op de hunne durven ' ||
   'aan te spreken. Er is ruimte om te praten over gezag, belangen, ' ||
   'identiteit en taken. Deze sleutel gaat over de relationele fit.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 2'),
 (3, 'Boter bij de vis', 'Boter bij de vis',
  'Plannen en overleggen is niet genoeg: zonder gebundeld geld, mensen en ' ||
   'besliskracht onder gezag van de coalitie komt er niets van de grond ' ||
   '(geen geld, geen Zwitsers). Maak afspraken op maat van de opgave over ' ||
   'onder meer juridische vorm, financiën, werkapparaat, besliskracht en ' ||
   'planning & control, en kies bewust tussen sturen op vertrouwen en ' ||
   'sturen op beheersing. Deze sleutel gaat over organiserend vermogen en ' ||
   'realiseringskracht.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 3'),
 (4, 'Bindend leiderschap', 'Bindend leiderschap',
  'Een coalitie vraagt leiderschap, maar geen klassiek management: de ' ||
   'regisseur organiseert de spelers rond hun gezamenlijke belang en doet ' ||
   'niet meer dan de situatie vraagt. Zijn gezag rust op alle ' ||
   'coalitiepartners samen, met rugdekking van de eigen machthebbers; wie ' ||
   'namens één partij de regie opeist, loopt vast. Per fase verschuift ' ||
   'zijn belangrijkste middel van verbeelden via verleiden en verbinden ' ||
   'naar verzilveren.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4');

-- The four rows of every phase checklist, linked to their sleutel.
INSERT INTO cat_checkrow(num, name, short, key_num, summary, source,
  chapter) VALUES
 (1, 'Het bepalen van de opgave', 'Opgave', 1,
  'Wat willen we bereiken, voor welke maatschappelijke behoefte, en hoe ' ||
   'scherp en eenvoudig is het coalitiedoel? Dit aandachtspunt werkt per fase de ' ||
   'focuskant van sleutel 1 uit.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklists per fase'),
 (2, 'Het positioneren van afnemers', 'Afnemers', 1,
  'Wie zijn de afnemers, wat hebben ze nodig en nemen ze af wat de ' ||
   'coalitie levert? Dit aandachtspunt werkt per fase de afnemerskant van sleutel ' ||
   '1 uit.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklists per fase'),
 (3, 'Het zoeken naar partners omdat je het niet alleen kunt', 'Partners', 2,
  'Wie hebt u nodig, wie draagt wat bij, welke rol krijgt ieder en groeit ' ||
   'het vertrouwen? Dit aandachtspunt sluit aan bij sleutel 2, samenwerken met een ' ||
   'gerust hart.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklists per fase'),
 (4, 'Het principe geen geld, geen Zwitsers', 'Geld', 3,
  'Zijn er geld, mensen, middelen en beslisregels om echt te leveren, en ' ||
   'levert ieder ook? Dit aandachtspunt sluit aan bij sleutel 3, boter bij de vis.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklists per fase');

-- The initiative form and the four phase forms.
INSERT INTO cat_form(key, kind, seq, title, intro, source, chapter) VALUES
 ('initiatief', 'initiatief', 0, 'Initiatief: hoe het begint',
  'Elke coalitie begint bij iemand die onrustig wordt van het verschil ' ||
   'tussen hoe het is en hoe het zou moeten zijn, en die inziet dat hij ' ||
   'dit in zijn eentje niet kan of wil dragen. Leg hier vast wie die ' ||
   'initiatiefnemer is, wat hem drijft en welke vragen hem bezighouden ' ||
   'over de opgave, een mogelijke coalitie en zijn eigen rol. U kunt dit ' ||
   'formulier snel doorlopen of er grondig voor gaan zitten; allebei is ' ||
   'goed.',
  'seed000', 'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('fase1', 'fase', 1, 'Fase 1: Zoeken van goede partners (Dansen)',
  'Op de dansvloer verkennen partijen elkaar: met wie klikt het, wie wil ' ||
   'en kan iets met deze opgave? Beantwoord per aandachtspunt van de checklist de ' ||
   'vragen over opgave, afnemers, partners en geld. Het draait hier om ' ||
   'verbeelden en elkaar verstaan; voorlopige antwoorden zijn prima.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase2', 'fase', 2, 'Fase 2: Formeren van mogelijke coalitie (Zoenen)',
  'Nu wordt duidelijk wie met wie verder gaat. Scherp de focus aan, maak ' ||
   'de afnemers concreet en vorm een kopgroep van dragers, gesteund door ' ||
   'schragers. Conflict hoort bij deze fase. Verbeelden gaat nog door, ' ||
   'maar de kracht zit nu in verleiden.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase3', 'fase', 3,
  'Fase 3: Contracteren van erkende coalitiepartners (Vrijen en trouwen)',
  'De partners spreken het jawoord uit en zetten alles klaar voor de ' ||
   'uitvoering. Maak de afspraken concreet en hapklaar: doelen, wie wat ' ||
   'doet en krijgt, geld, mensen en besliskracht. Begin hier pas als het ' ||
   'vertrouwen en de onderlinge verhoudingen uit de vorige fasen stevig ' ||
   'staan.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase4', 'fase', 4,
  'Fase 4: Toegewijde uitvoering door coalitieverband (Kinderen krijgen)',
  'De coalitie moet nu leveren en haar verbinding verzilveren. Ga na of ' ||
   'de beloofde diensten er komen en bij de afnemers aankomen, of de ' ||
   'partners betrokken blijven en of ieder levert wat hij toezegde. Ga ' ||
   'ook uitdrukkelijk na of, en welke, regie nog nodig is.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering');

-- The initiative form (phase 0): trigger, situations, two gate questions,
-- then the initiator's questions about opgave, coalitie and eigen rol.
INSERT INTO cat_item(key, form, seq, section, phase, checkrow, kind, prompt,
  guidance, low_label, high_label, options, source, chapter) VALUES
 ('initiatief.1', 'initiatief', 1, 'Aanleiding', NULL, NULL, 'keuze',
  'Waarom begint u hieraan?',
  'Initiatieven ontstaan grofweg op drie manieren: u loopt ergens ' ||
   'tegenaan, u ziet een kans die u wilt grijpen, of een hogere ' ||
   'instantie nodigt u uit of zet u onder druk. Het motief kleurt hoe u ' ||
   'anderen straks benadert.',
  NULL, NULL,
  'Ik heb ergens last van|Ik zie een kans die benut moet worden|Een ' ||
   'hogere instantie vraagt of dwingt het',
  'seed000', 'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.2', 'initiatief', 2, 'Aanleiding', NULL, NULL, 'tekst',
  'Wie is de initiatiefnemer, en wat maakt hem of haar onrustig?',
  'Leg vast wie de pionier is en beschrijf de onrust in eigen woorden. ' ||
   'Die onrust bepaalt de onderliggende waarden en geeft energie; als de ' ||
   'initiatiefnemer later uit beeld raakt, dreigt die bron te verdwijnen.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.3', 'initiatief', 3, 'Aanleiding', NULL, NULL, 'tekst',
  'Welke situatie wilt u bereiken?',
  'Beschrijf zo concreet mogelijk hoe het eruitziet als het gelukt is. ' ||
   'Samen met de huidige situatie maakt dit de spanning zichtbaar die tot ' ||
   'actie aanzet.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.4', 'initiatief', 4, 'Aanleiding', NULL, NULL, 'tekst',
  'Hoe is de situatie nu feitelijk?',
  'Beschrijf nuchter wat er nu gebeurt en wat er misgaat of ontbreekt. ' ||
   'Hoe scherper het verschil met de gewenste situatie, hoe beter anderen ' ||
   'de urgentie begrijpen.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.5', 'initiatief', 5, 'Aanleiding', NULL, NULL, 'keuze',
  'Hoe helder is de oplossing al?',
  'Soms ligt de oplossing al voor de hand, soms is zelfs het doel nog ' ||
   'onscherp. Beide zijn een goed vertrekpunt, maar een vage oplossing ' ||
   'vraagt meer gezamenlijk verkennen in fase 1.',
  NULL, NULL,
  'Helder: we weten ongeveer wat er moet gebeuren|Vaag: de oplossing ligt ' ||
   'nog achter de horizon',
  'seed000', 'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.6', 'initiatief', 6, 'Twee toetsvragen', NULL, NULL, 'janee',
  'Kunt u het idee zo inperken dat u (of uw organisatie) het alleen aankan?',
  'Een coalitie bouwen is bewerkelijk; begin er alleen aan als het niet ' ||
   'anders kan. Lukt het met een kleinere ambitie op eigen kracht, dan is ' ||
   'dat vaak verstandiger. Pas als beide toetsvragen nee opleveren, is een ' ||
   'coalitie zinvol.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 1: inleiding'),
 ('initiatief.7', 'initiatief', 7, 'Twee toetsvragen', NULL, NULL, 'janee',
  'Kunt u wat ontbreekt inkopen of inhuren?',
  'Als een bestaande leverancier de behoefte kan dekken, hebt u geen ' ||
   'coalitie nodig maar een opdracht. Een coalitie ligt pas voor de hand ' ||
   'als er geen natuurlijke probleemeigenaar of leverancier is.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 1: inleiding'),
 ('initiatief.8', 'initiatief', 8, 'Opgave', NULL, NULL, 'tekst',
  'Houdt deze kwestie u werkelijk wakker?',
  'Toets eerlijk hoe betrokken u zelf bent. Een coalitie bouwen kost ' ||
   'lang energie; zonder persoonlijke gedrevenheid houdt u dat niet vol.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.9', 'initiatief', 9, 'Opgave', NULL, NULL, 'tekst',
  'Waarom is dit de moeite waard om u ervoor in te zetten?',
  'Formuleer wat er op het spel staat, voor wie, en waarom juist u zich ' ||
   'aangesproken voelt. Dat verhaal hebt u straks nodig om anderen mee te ' ||
   'krijgen.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.10', 'initiatief', 10, 'Opgave', NULL, NULL, 'tekst',
  'Als u hier tijd in steekt, waar hebt u dan geen tijd meer voor?',
  'Elke investering gaat ten koste van iets anders. Maak die prijs bewust ' ||
   'zichtbaar, ook voor uw eigen organisatie.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.11', 'initiatief', 11, 'Coalitie', NULL, NULL, 'tekst',
  'Welke mensen of partijen kunnen u helpen?',
  'Denk breed: partijen met hetzelfde probleem en partijen die een stuk ' ||
   'van het antwoord in huis hebben. Zet de namen ook op de spelerskaart.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.12', 'initiatief', 12, 'Coalitie', NULL, NULL, 'tekst',
  'Wie is bereid u te helpen?',
  'Kunnen en willen vallen niet altijd samen. Kijk wie er zelf belang bij ' ||
   'heeft dat dit lukt.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.13', 'initiatief', 13, 'Coalitie', NULL, NULL, 'tekst',
  'Hoe legt u contact met die partijen?',
  'Bedenk per partij via wie en op welk niveau u binnenkomt, en in welke ' ||
   'vorm: een gesprek, een bijeenkomst, een brief.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.14', 'initiatief', 14, 'Coalitie', NULL, NULL, 'tekst',
  'Hoe verleidt u hen tot meedoen?',
  'Partijen doen mee als ze er iets in zien voor zichzelf en voor de ' ||
   'zaak. Zoek het beeld of verhaal dat laat zien hoe mooi het kan worden.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.15', 'initiatief', 15, 'Coalitie', NULL, NULL, 'janee',
  'Wilt u dit eigenlijk echt?',
  'Samenwerken betekent delen: invloed, eer en zeggenschap. Sta stil bij ' ||
   'de vraag of u daartoe bereid bent voordat u anderen uitnodigt.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.16', 'initiatief', 16, 'Coalitie', NULL, NULL, 'tekst',
  'Lukt het echt niet zonder de anderen, en waarvoor hebt u hen precies ' ||
   'nodig?',
  'Maak concreet welke bijdrage u van anderen nodig hebt die u zelf ' ||
   'niet kunt leveren. Dat is later ook de basis van hun belang bij de ' ||
   'coalitie.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.17', 'initiatief', 17, 'Coalitie', NULL, NULL, 'tekst',
  'Wat gaat het u kosten als ze meedoen?',
  'Reken niet alleen in geld. Denk ook aan eer en publiciteit die u ' ||
   'deelt (goede sier en imago) en aan invloed die u uit handen geeft.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.18', 'initiatief', 18, 'Coalitie', NULL, NULL, 'tekst',
  'Wat kunt u de anderen bieden?',
  'Een coalitie is ook ruilen. Beschrijf wat u inbrengt dat voor de ' ||
   'anderen waarde heeft: geld, kennis, mensen, bevoegdheden, netwerk of ' ||
   'legitimiteit.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.19', 'initiatief', 19, 'Eigen rol', NULL, NULL, 'tekst',
  'Hoe pakt u dit aan?',
  'Schets de eerste stappen. De een stapt meteen de dansvloer op, de ' ||
   'ander zet eerst alles op papier; beide kan, als u maar weet wat uw ' ||
   'volgende zet is.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.20', 'initiatief', 20, 'Eigen rol', NULL, NULL, 'tekst',
  'In welke rol komt u het meest geloofwaardig over en bereikt u het meest?',
  'Als initiatiefnemer, als trekker, als regisseur of juist op de ' ||
   'achtergrond? Kies de rol waarin anderen u vertrouwen en waarin u ' ||
   'echt iets in beweging kunt zetten.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.21', 'initiatief', 21, 'Eigen rol', NULL, NULL, 'tekst',
  'Hebt u iemand anders nodig om dit te trekken?',
  'Soms is een ander geloofwaardiger als trekker of heeft een ander het ' ||
   'netwerk dat nodig is. Noem wie, en waarom.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.22', 'initiatief', 22, 'Eigen rol', NULL, NULL, 'janee',
  'Geeft uw eigen organisatie u de ruimte om in actie te komen?',
  'Zonder steun of mandaat van de eigen organisatie staat u straks zwak ' ||
   'aan tafel. Ga na of u dit mag, en van wie.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.23', 'initiatief', 23, 'Eigen rol', NULL, NULL, 'janee',
  'Past het initiatief binnen het bestaande beleid?',
  'Botst het met staand beleid, dan is dat geen reden om te stoppen, maar ' ||
   'wel iets om vooraf te bespreken.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.24', 'initiatief', 24, 'Eigen rol', NULL, NULL, 'janee',
  'Staat uw wethouder of directeur hierachter?',
  'Denk aan de bestuurder of leidinggevende die u rugdekking moet geven. ' ||
   'Bespreek het initiatief liever vroeg dan laat.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.25', 'initiatief', 25, 'Eigen rol', NULL, NULL, 'tekst',
  'Hoe raakt dit aan andere relaties en aan onderhandelingen die nu lopen?',
  'Een nieuw initiatief kan elders gevoelig liggen, bijvoorbeeld bij ' ||
   'partijen met wie u al over iets anders in gesprek bent. Breng die ' ||
   'verbanden in kaart.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.26', 'initiatief', 26, 'Eigen rol', NULL, NULL, 'schaal',
  'Hoe ver steekt u uw nek uit?',
  'Schat in hoeveel risico u persoonlijk en als organisatie loopt. Een ' ||
   'hoog risico hoeft geen bezwaar te zijn, maar vraagt om bewuste keuzes ' ||
   'en rugdekking.',
  'Nauwelijks risico', 'Groot persoonlijk risico', NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('initiatief.27', 'initiatief', 27, 'Doelen, kansen en risico''s', NULL, NULL,
  'tekst', 'Welke doelen, kansen en risico''s ziet u?',
  'Voor wie eerst grondig wil nadenken: zet doelen, kansen en risico''s ' ||
   'op een rij, eventueel als korte notitie om met uw leidinggevende of ' ||
   'collega''s te bespreken.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Hoe het begint');

-- Phase 1 checklist: Zoeken van goede partners.
INSERT INTO cat_item(key, form, seq, section, phase, checkrow, kind, prompt,
  guidance, low_label, high_label, options, source, chapter) VALUES
 ('fase1.opgave.1', 'fase1', 1, 'Opgave', 1, 1, 'tekst',
  'Wat willen we met elkaar bereiken?',
  'Verzamel eerst wat ieder wil, ook als dat nog uiteenloopt. In deze ' ||
   'fase is een ruim, voorlopig beeld goed genoeg; een gezamenlijk doel is ' ||
   'nog een mogelijkheid, geen afspraak.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.opgave.2', 'fase1', 2, 'Opgave', 1, 1, 'tekst',
  'Welke maatschappelijke behoefte vraagt hier om een antwoord?',
  'Redeneer vanuit de samenleving, niet vanuit de eigen organisatie: welk ' ||
   'probleem of welke wens van burgers speelt er? Deze maatschappelijke ' ||
   'opgave wordt later de toetssteen voor het coalitiedoel.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.opgave.3', 'fase1', 3, 'Opgave', 1, 1, 'tekst',
  'Hoe laten we de spelers voelen dat dit urgent en noodzakelijk is?',
  'Partijen haken aan als ze ervaren dat het moet en dat het kan. Noem de ' ||
   'verhalen, feiten of beelden waarmee u die urgentie overbrengt, en bij ' ||
   'wie dat het hardst nodig is.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.opgave.4', 'fase1', 4, 'Opgave', 1, 1, 'keuze',
  'Wat voor verandering vraagt deze opgave: eerste of tweede orde?',
  'Gaat het om het bestaande beter doen, of verandert de vraag zelf? Het ' ||
   'antwoord is de brug naar de typologie van de coalitie en naar de ' ||
   'regiestrategie die daarbij past.',
  NULL, NULL,
  'Eerste orde: de vraag blijft, het aanbod verandert|Tweede orde: de ' ||
   'vraag zelf verandert|Nog onduidelijk',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.opgave.5', 'fase1', 5, 'Opgave', 1, 1, 'tekst',
  'Hoe ziet onze ideale situatie eruit als het lukt?',
  'Neem samen de tijd om te dromen, bijvoorbeeld op een werkconferentie. ' ||
   'Een gedeeld beeld van hoe mooi het kan worden is in deze fase de ' ||
   'belangrijkste brandstof.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Op de dansvloer'),
 ('fase1.afnemers.1', 'fase1', 6, 'Afnemers', 1, 2, 'tekst',
  'Welke belangen spelen er rond deze opgave?',
  'Breng per partij in kaart wat ze te winnen of te verliezen heeft, ook ' ||
   'voor de afnemers zelf. Eigen belang is legitiem en maakt later ' ||
   'duidelijk wat ieder aan de coalitie heeft.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.afnemers.2', 'fase1', 7, 'Afnemers', 1, 2, 'tekst',
  'Wie voorziet nu al in welke maatschappelijke behoefte?',
  'Kijk wie het veld al bedient, via de markt of via deskundigheid. Zo ' ||
   'ziet u waar de coalitie iets toevoegt en waar ze bestaand aanbod ' ||
   'alleen zou herhalen.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.afnemers.3', 'fase1', 8, 'Afnemers', 1, 2, 'tekst',
  'Waar concurreren partijen met elkaar, en waar vullen ze elkaar aan?',
  'Concurrentie sluit samenwerking niet uit, maar moet wel benoemd ' ||
   'worden. Complementariteit is de natuurlijke basis voor een coalitie.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.afnemers.4', 'fase1', 9, 'Afnemers', 1, 2, 'tekst',
  'Wat speelt er bij uitvoerders en klanten in het veld?',
  'Ga praten met de mensen in de frontlinie en met de afnemers zelf. Hun ' ||
   'beeld van wat echt nodig is, levert vaak verrassende inzichten op en ' ||
   'houdt de coalitie weg van alleen institutionele belangen.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.partners.1', 'fase1', 10, 'Partners', 1, 3, 'tekst',
  'Wie hebben we nodig?',
  'Denk aan partijen met hetzelfde probleem en aan partijen die een stuk ' ||
   'van het antwoord in huis hebben. Zet ze ook op de spelerskaart.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.partners.2', 'fase1', 11, 'Partners', 1, 3, 'tekst',
  'Welke partijen maken voor de klant echt verschil?',
  'Selecteer op wat de afnemer er uiteindelijk aan heeft, niet op wie er ' ||
   'van oudsher bij hoort.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.partners.3', 'fase1', 12, 'Partners', 1, 3, 'tekst',
  'Welke investeerders en beleidsbepalers hebben we nodig?',
  'Zonder partijen die geld of beleidsruimte inbrengen, blijft het bij ' ||
   'praten. Ga na wie kan financieren en wie de kaders bepaalt.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.partners.4', 'fase1', 13, 'Partners', 1, 3, 'tekst',
  'Hoe is de klant vertegenwoordigd in onze coalitie?',
  'In het publieke domein hebben de mensen met de behoefte zelden de ' ||
   'middelen in handen. Zoek wie namens hen kan optreden; de vraag wie ' ||
   'last heeft als het probleem blijft en wie baat heeft bij een oplossing ' ||
   'helpt daarbij.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.partners.5', 'fase1', 14, 'Partners', 1, 3, 'janee',
  'Zijn we verbonden op elk niveau dat ertoe doet: bestuur, management en ' ||
   'uitvoering?',
  'Een coalitie die alleen in bestuurskamers leeft, loopt later vast in ' ||
   'de uitvoering. Noteer bij nee welk niveau nog ontbreekt en wie dat gat ' ||
   'kan dichten.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.partners.6', 'fase1', 15, 'Partners', 1, 3, 'schaal',
  'Is er een zakelijke fit?',
  'Streven de partijen een gemeenschappelijk doel na dat ook ieders eigen ' ||
   'doel recht doet, en passen de bijdragen (kunde, markt- of ' ||
   'machtspositie, geld, beleid) bij wat de coalitie wil? Dit is de ' ||
   'inhoudelijke kant van de samenwerking.',
  'Geen fit', 'Sterke fit', NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Op de dansvloer'),
 ('fase1.partners.7', 'fase1', 16, 'Partners', 1, 3, 'schaal',
  'Is er een relationele fit?',
  'Is er chemie tussen de mensen, groeit er een basis van vertrouwen, ' ||
   'sluiten de organisatieculturen redelijk op elkaar aan en proeft u ' ||
   'echte inzet? Zakelijke en relationele fit hebben elkaar nodig.',
  'Geen fit', 'Sterke fit', NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Op de dansvloer'),
 ('fase1.partners.8', 'fase1', 17, 'Partners', 1, 3, 'schaal',
  'Zitten de goede partners aan tafel, op het goede speelveld en op het ' ||
   'goede moment?',
  'Ga na of er elders betere partners zijn, of de vraag en de ' ||
   'doelstelling goed gekozen zijn en of dit het goede moment is.',
  'Twijfelachtig', 'Overtuigend', NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Op de dansvloer'),
 ('fase1.partners.9', 'fase1', 18, 'Partners', 1, 3, 'tekst',
  'Welke onzekerheden en vooroordelen spelen er bij de partijen?',
  'In deze fase voelt iedereen zich gekeurd en vraagt zich af of hij zich ' ||
   'niet te veel uitlevert of het niet beter alleen kan. Benoem die ' ||
   'onzekerheden en beelden; dan kunt u er met respect mee omgaan en stap ' ||
   'voor stap een veilige weg vinden.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Op de dansvloer'),
 ('fase1.geld.1', 'fase1', 19, 'Geld', 1, 4, 'tekst',
  'Welke partijen kunnen straks echt geld of capaciteit in de uitvoering ' ||
   'steken?',
  'Enthousiasme aan tafel is nog geen investering. Ga na wie straks ' ||
   'werkelijk geld, capaciteit of bevoegdheden kan inbrengen.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.geld.2', 'fase1', 20, 'Geld', 1, 4, 'tekst',
  'Over welke mensen en middelen beschikken zij?',
  'Noteer per partij wat er concreet beschikbaar is. Dit is een eerste ' ||
   'verkenning van wat later in de gezamenlijke pot kan komen.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.geld.3', 'fase1', 21, 'Geld', 1, 4, 'schaal',
  'In hoeverre zijn deze partijen in staat om te leveren?',
  'Kijk naar hun staat van dienst en hun organiserend vermogen, niet naar ' ||
   'beloften. Een partner die wel wil maar niet kan leveren, schraagt de ' ||
   'coalitie niet.',
  'Nauwelijks', 'Volledig', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken'),
 ('fase1.geld.4', 'fase1', 22, 'Geld', 1, 4, 'janee',
  'Steunen hun moederorganisaties deze deelname?',
  'Vertegenwoordigers moeten weten dat hun bestuur of leiding achter hen ' ||
   'staat; anders gaat veel overlegtijd op aan de vraag of ze wel aan ' ||
   'tafel mogen zitten. Ga dit per partij na.',
  NULL, NULL, NULL, 'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Zoeken');

-- Phase 2 checklist: Formeren van mogelijke coalitie.
INSERT INTO cat_item(key, form, seq, section, phase, checkrow, kind, prompt,
  guidance, low_label, high_label, options, source, chapter) VALUES
 ('fase2.opgave.1', 'fase2', 1, 'Opgave', 2, 1, 'tekst',
  'Waar leggen we de focus?',
  'Kies binnen de brede maatschappelijke opgave het deel waar deze ' ||
   'coalitie zich op richt. Focus bepaalt ook wie u nodig hebt, dus ' ||
   'verwacht dat doel en partners elkaar nog over en weer bijstellen.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.opgave.2', 'fase2', 2, 'Opgave', 2, 1, 'tekst',
  'Wat hoort bij onze gezamenlijke missie?',
  'Beschrijf waar de coalitie voor staat, in woorden die alle partners ' ||
   'herkennen. Een missie die goed genoeg is onderschreven werkt beter dan ' ||
   'een perfecte tekst waar niemand warm voor loopt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.opgave.3', 'fase2', 3, 'Opgave', 2, 1, 'tekst',
  'Wat hoort er uitdrukkelijk niet bij?',
  'Durf te benoemen wat buiten de coalitie valt. Zonder die grens dijt de ' ||
   'opgave uit doordat iedereen er zijn eigen agendapunten in vlecht.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.opgave.4', 'fase2', 4, 'Opgave', 2, 1, 'tekst',
  'Hoe luidt de opdracht van de coalitie in één eenvoudige zin?',
  'Een coalitiedoel kan haast niet te simpel zijn: iedereen moet snappen ' ||
   'waar de coalitie voor staat. Houd het coalitiedoel wel apart van de ' ||
   'bredere maatschappelijke opgave.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.opgave.5', 'fase2', 5, 'Opgave', 2, 1, 'tekst',
  'Waar past of schuurt deze opgave met de bestaande kaders en de ' ||
   'institutionele logica?',
  'Bestaande regels, budgetten en verantwoordingslijnen kunnen de opgave ' ||
   'steunen of hinderen. Benoem waar de logica van het handelen botst met ' ||
   'die van de instituties; juist daar liggen kansen voor vernieuwing.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.opgave.6', 'fase2', 6, 'Opgave', 2, 1, 'keuze',
  'Hoe zien de partners de opgave vooral?',
  'Partners kunnen dezelfde opgave heel verschillend opvatten. Lopen de ' ||
   'beelden uiteen, dan is dat een teken van verwarring die eerst ' ||
   'besproken moet worden; in die verwarring staan vaak leiders op.',
  NULL, NULL,
  'Als waarden die we samen waarmaken|Als doelen die we samen ' ||
   'nastreven|Als diensten die we samen aanbieden|Als acties die we samen ' ||
   'oppakken|Dat loopt nog uiteen',
  'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.afnemers.1', 'fase2', 7, 'Afnemers', 2, 2, 'tekst',
  'Welke producten en resultaten hebben de afnemers nodig?',
  'Word zo concreet mogelijk: niet een algemene verbetering, maar welk ' ||
   'product of resultaat merkt de afnemer straks?',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.afnemers.2', 'fase2', 8, 'Afnemers', 2, 2, 'tekst',
  'Aan welke kwaliteiten moeten die producten en resultaten voldoen?',
  'Beschrijf wat goed genoeg is in de ogen van de afnemer: snelheid, ' ||
   'bereikbaarheid, betrouwbaarheid, maatwerk of iets anders.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.afnemers.3', 'fase2', 9, 'Afnemers', 2, 2, 'tekst',
  'Welke doelgroepen onderscheiden we?',
  'Verschillende groepen afnemers hebben verschillende behoeften. Noem ze ' ||
   'apart; dan ziet u ook welke partners bij welke groep horen.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.afnemers.4', 'fase2', 10, 'Afnemers', 2, 2, 'tekst',
  'Wie gaat het resultaat straks gebruiken of exploiteren?',
  'Denk vooruit naar de uitvoering: wie gaat het resultaat gebruiken en ' ||
   'wie moet het in stand houden? Beide horen vroeg in beeld.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.afnemers.5', 'fase2', 11, 'Afnemers', 2, 2, 'tekst',
  'Wat zijn hun wensen en eisen, en hoe komen we daarachter?',
  'Vraag het de gebruikers en exploitanten zelf in plaats van het voor ' ||
   'hen in te vullen. Hun eisen geven richting en zetten positieve druk op ' ||
   'het tempo van de coalitievorming.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.afnemers.6', 'fase2', 12, 'Afnemers', 2, 2, 'tekst',
  'Voor wie werken we hier eigenlijk, en is hun behoefte echt aanwezig?',
  'Een vraag die de kopgroep elkaar hoort te stellen. Kan niemand de ' ||
   'behoefte echt aanwijzen, dan is de coalitie vooral met zichzelf bezig.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.1', 'fase2', 13, 'Partners', 2, 3, 'tekst',
  'Wat kan iedere partner inbrengen?',
  'Maak per partner concreet wat hij inbrengt: geld, mensen, kunde, ' ||
   'bevoegdheden of netwerk. Leg dit per speler vast op de spelerskaart.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.2', 'fase2', 14, 'Partners', 2, 3, 'tekst',
  'Welke rol past bij iedere partner?',
  'Kijk naar wat elke partij goed kan en waar ze geloofwaardig is. Niet ' ||
   'iedereen hoeft even zwaar betrokken te zijn.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.3', 'fase2', 15, 'Partners', 2, 3, 'tekst',
  'Op welke kwaliteiten selecteren we de partners?',
  'Kies partners om wat ze kunnen en willen, niet omdat ze er nu eenmaal ' ||
   'bij horen. Zoek partijen die zich buiten hun vertrouwde taakveld ' ||
   'durven te begeven.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.4', 'fase2', 16, 'Partners', 2, 3, 'schaal',
  'Hoeveel vuur en lef tonen de partners?',
  'Een coalitie heeft partners nodig die risico durven te nemen en zich ' ||
   'willen verbinden met partijen die anders kijken. Zonder bezieling ' ||
   'blijft het bij voorzichtig overleg.',
  'Weinig', 'Veel', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.5', 'fase2', 17, 'Partners', 2, 3, 'schaal',
  'Staan de partners open voor kritiek op hun eigen manier van werken?',
  'Samenwerken vraagt dat ieder ook de eigen routines laat bevragen. Wie ' ||
   'alles bij het oude houdt, maakt van de coalitie een optelsom van ' ||
   'bestaande organisaties.',
  'Gesloten', 'Zeer open', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.6', 'fase2', 18, 'Partners', 2, 3, 'schaal',
  'Neemt het vertrouwen tussen de partners toe?',
  'Vertrouwen ontstaat met vallen en opstaan en kan niet vooraf worden ' ||
   'geëist. Let op kleine successen die laten zien dat het de goede kant ' ||
   'op gaat.',
  'Neemt af', 'Groeit duidelijk', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.7', 'fase2', 19, 'Partners', 2, 3, 'tekst',
  'Welke rollen heeft de coalitie nodig, en welke verkennen we nog?',
  'Verken samen welke rollen er straks nodig zijn, zoals trekker, ' ||
   'regisseur, financier of uitvoerder, voordat ze in fase 3 worden ' ||
   'vastgelegd.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.8', 'fase2', 20, 'Partners', 2, 3, 'keuze',
  'Wat verbindt de partners in eerste instantie?',
  'Weten waar de gemeenschappelijke grond ligt, helpt om het gezamenlijke ' ||
   'verhaal op te bouwen. Waarden verbinden breed; producten maken het ' ||
   'snel concreet.',
  NULL, NULL, 'Waarden|Doelen|Producten|Nog niet duidelijk', 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.9', 'fase2', 21, 'Partners', 2, 3, 'tekst',
  'Wie zijn de willers, en hoe spreken we de niet-willers aan?',
  'Steek uw energie in de partijen die echt willen. Zet wie twijfelt of ' ||
   'dwarsligt voor een heldere keuze, in plaats van eindeloos op hen te ' ||
   'wachten.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.partners.10', 'fase2', 22, 'Partners', 2, 3, 'tekst',
  'Wie vormen de kopgroep van dragers, en wie zijn de schragers?',
  'Dragers willen inhoudelijk iets, hebben er direct belang bij, kunnen ' ||
   'realiseren en gaan het doen; vaak zijn dat leveranciers en klanten. ' ||
   'Schragers maken het mogelijk en ondersteunen, vaak financiers en ' ||
   'belanghebbenden. Leg de indeling ook vast op de spelerskaart.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.11', 'fase2', 23, 'Partners', 2, 3, 'tekst',
  'Wat heeft ieder lid van de kopgroep werkelijk in huis?',
  'In de kopgroep tasten de partners elkaar grondig af. Vraag door op wat ' ||
   'er echt beschikbaar is, niet op wat mooi klinkt.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.12', 'fase2', 24, 'Partners', 2, 3, 'tekst',
  'Wat kan ieder gegarandeerd bieden?',
  'Onderscheid harde toezeggingen van intenties. In deze fase beloven ' ||
   'partners elkaar soms gouden bergen; noteer wat iemand echt kan ' ||
   'waarmaken, zodat u het later kunt vergelijken met wat er geleverd ' ||
   'wordt.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.13', 'fase2', 25, 'Partners', 2, 3, 'tekst',
  'Welke rol wil ieder spelen als we dit samen aangaan?',
  'Laat iedere partner, ook jijzelf, uitspreken welke rol hij ambieert. ' ||
   'Zo komen verschillen in verwachting vroeg op tafel.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.14', 'fase2', 26, 'Partners', 2, 3, 'tekst',
  'Wie van ons durft flink risico te lopen om dit waar te maken?',
  'Wie zich verbindt, kan zijn inleg kwijtraken, moet anderen in de eigen ' ||
   'keuken laten kijken en krijgt misschien niet wat hij hoopte. Wie dat ' ||
   'aandurft, hoort in de kopgroep.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.15', 'fase2', 27, 'Partners', 2, 3, 'tekst',
  'Ziet iedere partner dat hier zijn eigen probleem wordt opgelost, of ' ||
   'dat bijdragen bij zijn taakveld past?',
  'Wie overblijft, moet minstens een van beide stevig voelen. Conflict is ' ||
   'in deze fase normaal; harmonie kopen door meningsverschillen weg te ' ||
   'moffelen levert later een zwakke coalitie op.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.16', 'fase2', 28, 'Partners', 2, 3, 'tekst',
  'Dient het gezamenlijke verhaal ieders eigen belang op een nieuwe manier?',
  'Dit is de kernpuzzel van de fase: een gezamenlijk belang vinden dat ' ||
   'past bij wat ieder afzonderlijk wil. Ga per partner na of hij zich ' ||
   'erin herkent.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.17', 'fase2', 29, 'Partners', 2, 3, 'tekst',
  'Welke ja-maar-reacties horen we, en wat zeggen die over de opgave?',
  'Bezwaren als wie is hier eigenlijk bevoegd, dat is eerder mislukt, ' ||
   'uiteindelijk kiest toch ieder voor zichzelf of dat doen we allang, ' ||
   'worden vaak weggewuifd. Neem ze serieus: ze wijzen op zeggenschap, ' ||
   'teleurstellingen of eigenbelang die aandacht vragen.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.partners.18', 'fase2', 30, 'Partners', 2, 3, 'keuze',
  'Gaan we echt met elkaar door, of stoppen we?',
  'Op enig moment moet de voorzitter de keuze afdwingen: bouwen we hier ' ||
   'samen iets, of doen sommigen dat liever aan een andere tafel? Vanaf ' ||
   'dat moment is er geen ruimte meer voor dubbele agenda''s.',
  NULL, NULL, 'Door|Stop|Twijfel', 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('fase2.geld.1', 'fase2', 31, 'Geld', 2, 4, 'janee',
  'Zal iedere partner de toegezegde bijdrage ook werkelijk leveren?',
  'Toezeggingen zijn in deze fase vaak nog te optimistisch. Noteer bij ' ||
   'twijfel op de spelerskaart welke partner zijn bijdrage nog niet hard ' ||
   'heeft gemaakt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.geld.2', 'fase2', 32, 'Geld', 2, 4, 'janee',
  'Storten de partners geld in een gezamenlijke pot?',
  'Een coalitie zonder eigen pot, gevuld door inleg van de partners of ' ||
   'door een gezamenlijk aanbod aan een financier, houdt het zelden lang ' ||
   'vol. Regel dit liefst voordat u gaat contracteren.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.geld.3', 'fase2', 33, 'Geld', 2, 4, 'tekst',
  'Hoe organiseren we potjes met geld dat niet vooraf is gelabeld?',
  'Vrij besteedbaar geld geeft de coalitie ruimte om in te spelen op wat ' ||
   'zich aandient. Ga na welke partner zulk geld kan vrijmaken en onder ' ||
   'welke voorwaarden.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren'),
 ('fase2.geld.4', 'fase2', 34, 'Geld', 2, 4, 'tekst',
  'Hoe zorgen we dat de partners hun beste mensen inbrengen?',
  'Stuur op de kwaliteit van de mensen die namens de partners meedoen. ' ||
   'Personen met gezag en mandaat bepalen mee of de coalitie iets voor ' ||
   'elkaar krijgt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Formeren');

-- Phase 3 checklist: Contracteren van erkende coalitiepartners.
INSERT INTO cat_item(key, form, seq, section, phase, checkrow, kind, prompt,
  guidance, low_label, high_label, options, source, chapter) VALUES
 ('fase3.opgave.1', 'fase3', 1, 'Opgave', 3, 1, 'tekst',
  'Op welke concrete doelen en resultaten leggen we ons vast?',
  'Zet algemene intenties om in afspraken die u kunt nagaan. Kies een ' ||
   'hard resultaat met aantal en termijn, of een levend leidend doel ' ||
   'waaraan ieder zijn eigen handelen toetst.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.opgave.2', 'fase3', 2, 'Opgave', 3, 1, 'tekst',
  'Wat hebben we over een half jaar, en over een jaar, bereikt?',
  'Een mijlpaal met een datum maakt de afspraak tastbaar en geeft een ' ||
   'moment om terug te kijken. Beschrijf wat er dan zichtbaar anders moet ' ||
   'zijn.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.opgave.3', 'fase3', 3, 'Opgave', 3, 1, 'tekst',
  'Welk product of welke dienst gaan we maken, en voor wie?',
  'De eerste van drie leidende vragen bij het contracteren. Het antwoord ' ||
   'verbindt het coalitiedoel met de afnemers.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Vrijen en trouwen'),
 ('fase3.opgave.4', 'fase3', 4, 'Opgave', 3, 1, 'tekst',
  'Welke stappen moeten we zetten om dat te realiseren?',
  'Maak een globale route naar de uitvoering: wat moet eerst, wat daarna? ' ||
   'Wie welke stap zet, legt u vast bij de partners.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Vrijen en trouwen'),
 ('fase3.afnemers.1', 'fase3', 5, 'Afnemers', 3, 2, 'tekst',
  'Hoe benaderen we de markt?',
  'Bepaal hoe de coalitie haar afnemers bereikt en overtuigt. Ook in het ' ||
   'publieke domein moet een aanbod gevonden en gekozen worden.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.afnemers.2', 'fase3', 6, 'Afnemers', 3, 2, 'tekst',
  'Met welke formule bieden we onze diensten aan?',
  'Een formule maakt het aanbod herkenbaar, bijvoorbeeld één loket, een ' ||
   'gezamenlijk product of een vast team. Beschrijf hoe de afnemer de ' ||
   'coalitie ervaart.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.afnemers.3', 'fase3', 7, 'Afnemers', 3, 2, 'schaal',
  'Hoe zeker is het dat afnemers onze producten ook echt afnemen?',
  'Baseer uw oordeel op signalen van de afnemers zelf, zoals ' ||
   'toezeggingen, proeven of eerdere vraag. Als afnemers staan te ' ||
   'trappelen om het resultaat, komt er vanzelf vaart.',
  'Onzeker', 'Zeker', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.partners.1', 'fase3', 8, 'Partners', 3, 3, 'janee',
  'Is het contract tussen de partners gesloten?',
  'Het contract kan een kort convenant zijn of een uitgebreid juridisch ' ||
   'document; de vorm volgt de opgave. Wat er in elk geval in hoort, vind ' ||
   'u bij de afspraken onder Geld.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.partners.2', 'fase3', 9, 'Partners', 3, 3, 'tekst',
  'Wie gaat wat doen?',
  'Leg per partner vast welke taken en welke bijdrage hij op zich neemt. ' ||
   'Hapklare afspraken werken beter dan brede intenties.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.partners.3', 'fase3', 10, 'Partners', 3, 3, 'tekst',
  'Wie krijgt wat?',
  'Maak ook de opbrengsten per partner expliciet. Wie niet ziet wat hij ' ||
   'eraan overhoudt, haakt bij de eerste tegenslag af.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.partners.4', 'fase3', 11, 'Partners', 3, 3, 'tekst',
  'Hoe verdelen we de coalitierollen, zoals regie op de coalitie en regie ' ||
   'op de uitvoering?',
  'Spreek af wie de coalitie als geheel stuurt en wie de uitvoering ' ||
   'aanstuurt. Een regisseur kan alleen werken met gezag van alle ' ||
   'partners.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.partners.5', 'fase3', 12, 'Partners', 3, 3, 'tekst',
  'Hoe richten we het formele opdrachtgeverschap in?',
  'De regisseur zorgt in deze fase voor een helder opdrachtgeverssysteem: ' ||
   'wie geeft opdrachten, aan wie, en wie legt aan wie verantwoording af?',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.partners.6', 'fase3', 13, 'Partners', 3, 3, 'schaal',
  'Zijn de onderlinge verhoudingen, informeel en materieel, in de ' ||
   'vorige fasen stevig genoeg gegroeid?',
  'Contracteren heeft pas zin als vertrouwen, inzet en de gezamenlijke ' ||
   'pot eerder goed zijn gegroeid. Zonder dat draagvlak zet u een formeel ' ||
   'bouwwerk op drijfzand.',
  'Moeras', 'Stevige grond', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: de regisseur bij Contracteren'),
 ('fase3.partners.7', 'fase3', 14, 'Partners', 3, 3, 'tekst',
  'Zijn alle vertegenwoordigers gemandateerd om te tekenen, en hoe staat ' ||
   'de besluitvorming in de achterbannen?',
  'Partijen haken in deze fase soms op het laatste moment af, of een ' ||
   'vertegenwoordiger blijkt niet te mogen tekenen. Ga per partner na waar ' ||
   'het besluit ligt en hoe lang het nog duurt.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Vrijen en trouwen'),
 ('fase3.partners.8', 'fase3', 15, 'Partners', 3, 3, 'tekst',
  'Hoe en wanneer vieren we de verbintenis?',
  'Het sluiten van de overeenkomst is een ritueel moment dat aandacht ' ||
   'verdient, bijvoorbeeld een ondertekening met de bestuurders erbij. Zo ' ||
   'bevestigt u wederzijds respect en het belang van de gezamenlijke ' ||
   'opgave.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Vrijen en trouwen'),
 ('fase3.geld.1', 'fase3', 16, 'Geld', 3, 4, 'tekst',
  'Welke mensen, middelen en beslisregels leggen we vast?',
  'Bundel geld, mensen en besliskracht zo dat de coalitie zelf kan ' ||
   'handelen. Spreek ook af hoe er besloten wordt als de partners het ' ||
   'oneens zijn.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.geld.2', 'fase3', 17, 'Geld', 3, 4, 'tekst',
  'Hoe richten we het werkproces in, of opnieuw in?',
  'Beschrijf hoe het werk tussen de organisaties straks loopt en waar ' ||
   'bestaande processen moeten veranderen.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.geld.3', 'fase3', 18, 'Geld', 3, 4, 'tekst',
  'Welk werkapparaat bouwen we om de uitvoering op te pakken?',
  'Zonder mensen en organisatie die de uitvoering werkelijk ter hand ' ||
   'nemen, blijft de coalitie op papier. Benoem wie dat apparaat opzet en ' ||
   'onder wiens gezag het valt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.geld.4', 'fase3', 19, 'Geld', 3, 4, 'janee',
  'Krijgen de uitvoerders ruimte om samen te werken zonder steeds ' ||
   'toestemming van alle partners te vragen?',
  'Als elke stap langs alle moederorganisaties moet, loopt de uitvoering ' ||
   'vast. Geef uitvoerders mandaat en maak hen leidend in de aanpak.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Contracteren'),
 ('fase3.geld.5', 'fase3', 20, 'Geld', 3, 4, 'keuze',
  'Welke juridische vorm krijgen de afspraken?',
  'De vorm varieert van mondelinge afspraken tot een vuistdik contract. ' ||
   'Kies wat past bij de opgave, de risico''s en de partners; wat de ' ||
   'opgave inhoudelijk vraagt, gaat voor.',
  NULL, NULL, 'Mondelinge afspraken|Kort convenant|Uitgebreid contract',
  'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.6', 'fase3', 21, 'Geld', 3, 4, 'tekst',
  'Wie legt geld in, wie deelt in de opbrengst en wie loopt het ' ||
   'financiële risico?',
  'Bij het geld stokken coalities vaak. Maak per partner zichtbaar wat ' ||
   'hij inlegt, wat hij terugziet en welk risico hij loopt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.7', 'fase3', 22, 'Geld', 3, 4, 'keuze',
  'Komt er een aparte werkorganisatie, of werken we vanuit de ' ||
   'moederorganisaties?',
  'Een programmabureau of eigen werkorganisatie geeft slagkracht, maar ' ||
   'kost geld en kan los komen te staan van de partners. Werken vanuit de ' ||
   'moederorganisaties is lichter, maar vraagt sterke afstemming.',
  NULL, NULL,
  'Aparte werkorganisatie|Vanuit de moederorganisaties|Een mengvorm',
  'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.8', 'fase3', 23, 'Geld', 3, 4, 'tekst',
  'Hoe stemmen we de professionele werkprocessen en standaarden op elkaar af?',
  'Professionals hebben vaak eigen werkwijzen, vakopvattingen en ' ||
   'loyaliteit aan de eigen organisatie. Spreek af welke gezamenlijke ' ||
   'werkwijze en kwaliteitsnorm gaat gelden.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.9', 'fase3', 24, 'Geld', 3, 4, 'tekst',
  'Wat delen we in de coalitie, en wat blijft bij de eigen organisaties?',
  'Bepaal scope en exclusiviteit: welke taken, klanten of middelen ' ||
   'brengen de partners onder in de coalitie, en wat blijft het gewone ' ||
   'werk van ieder afzonderlijk?',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.10', 'fase3', 25, 'Geld', 3, 4, 'tekst',
  'Hoe zijn besliskracht en mandaat in de coalitie geregeld?',
  'Leg vast welke bevoegdheden de moederorganisaties overdragen, hoe ' ||
   'besluiten worden genomen, hoe de gezagsverhoudingen liggen en wie ' ||
   'stuurt op de doelen en op wat de coalitie in haar omgeving doet.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.11', 'fase3', 26, 'Geld', 3, 4, 'tekst',
  'Welke afspraken maken we over planning & control?',
  'Spreek af welke doelen of resultaten u volgt, hoe vaak u rapporteert ' ||
   'en aan wie. Houd het sober: hoe meer regels, hoe meer de aandacht naar ' ||
   'de regels zelf gaat.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: afspraken op maat'),
 ('fase3.geld.12', 'fase3', 27, 'Geld', 3, 4, 'keuze',
  'Sturen we vooral op vertrouwen of op beheersing?',
  'Zijn de relaties nog onzeker maar is het resultaat goed te ' ||
   'voorspellen, dan ligt beheersing voor de hand. Vertrouwen de partners ' ||
   'elkaar en is de opgave ingewikkeld, dan past sturen op vertrouwen ' ||
   'beter.',
  NULL, NULL, 'Vooral op vertrouwen|Vooral op beheersing|Een mengvorm',
  'seed000',
  'H2 Vier sleutels tot succes, Sleutel 3: vertrouwen of controle');

-- Phase 4 checklist: Toegewijde uitvoering door coalitieverband.
INSERT INTO cat_item(key, form, seq, section, phase, checkrow, kind, prompt,
  guidance, low_label, high_label, options, source, chapter) VALUES
 ('fase4.opgave.1', 'fase4', 1, 'Opgave', 4, 1, 'schaal',
  'In hoeverre komen de beloofde oplossingen en diensten er ook?',
  'Vergelijk wat er nu geleverd wordt met de afspraken uit fase 3. Noteer ' ||
   'waar het achterblijft en waarom.',
  'Nauwelijks', 'Volledig', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.opgave.2', 'fase4', 2, 'Opgave', 4, 1, 'tekst',
  'Voorzien die oplossingen werkelijk in de maatschappelijke behoefte?',
  'Leveren is nog geen effect. Zoek naar aanwijzingen dat het probleem ' ||
   'waarvoor de coalitie ontstond werkelijk kleiner wordt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.opgave.3', 'fase4', 3, 'Opgave', 4, 1, 'keuze',
  'Hoe ver reikt wat de coalitie oplevert?',
  'Een coalitie is pas echt vitaal als ze haar verbinding verzilvert. Hoe ' ||
   'hoger op deze ladder, hoe meer energie het de partners geeft om door ' ||
   'te gaan.',
  NULL, NULL,
  'Eerste opbrengsten|Zichtbare maatschappelijke bijdragen|Aantoonbaar ' ||
   'maatschappelijk effect|Nieuwe initiatieven die eruit voortkomen',
  'seed000', 'H3 Kijken naar vitale coalities, fase 4 Toegewijde uitvoering'),
 ('fase4.afnemers.1', 'fase4', 4, 'Afnemers', 4, 2, 'janee',
  'Kennen we het oordeel van de afnemers goed genoeg?',
  'Vraag de afnemers zelf, regelmatig en niet alleen via de eigen ' ||
   'organisaties. Zonder hun oordeel stuurt de coalitie blind.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.afnemers.2', 'fase4', 5, 'Afnemers', 4, 2, 'schaal',
  'Hoe tevreden zijn de afnemers?',
  'Baseer het oordeel op wat afnemers zelf zeggen of laten zien, niet op ' ||
   'de indruk van de partners.',
  'Ontevreden', 'Zeer tevreden', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.afnemers.3', 'fase4', 6, 'Afnemers', 4, 2, 'tekst',
  'Komt het aanbod goed bij de afnemers terecht: werkt de transactie?',
  'Kijk naar de plek waar aanbod en afnemer elkaar ontmoeten: weten ' ||
   'afnemers de coalitie te vinden, en krijgen ze wat ze nodig hebben?',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.partners.1', 'fase4', 7, 'Partners', 4, 3, 'schaal',
  'Hoe betrokken zijn de partners nog?',
  'Betrokkenheid slijt als de eerste energie verdwenen is. Let op ' ||
   'partners die minder vaak komen of minder inbrengen.',
  'Velen haken af', 'Iedereen betrokken', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.partners.2', 'fase4', 8, 'Partners', 4, 3, 'schaal',
  'Hoeveel belang hechten de partners nog aan de coalitie?',
  'Prioriteiten in moederorganisaties veranderen. Ga na of de coalitie ' ||
   'nog op de agenda van elke partner staat.',
  'Weinig', 'Veel', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.partners.3', 'fase4', 9, 'Partners', 4, 3, 'tekst',
  'Levert de coalitie iedere partner genoeg op?',
  'Partners blijven als ze zien dat hun eigen belang, op een nieuwe ' ||
   'manier, wordt gediend. Benoem per partner wat de coalitie hem ' ||
   'oplevert.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.partners.4', 'fase4', 10, 'Partners', 4, 3, 'tekst',
  'Zijn er nieuwe terreinen die we moeten gaan verkennen?',
  'Een vitale coalitie brengt nieuwe initiatieven voort. Signaleer kansen ' ||
   'voor uitbreiding, nieuwe partners of een volgende opgave.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.partners.5', 'fase4', 11, 'Partners', 4, 3, 'tekst',
  'Groeien bestuurders, managers, professionals, klanten, burgers en ' ||
   'ondernemers allemaal mee?',
  'Is de coalitie vooral in bestuurskamers gevormd, dan moeten ' ||
   'uitvoerders en klanten nu alsnog worden meegenomen. Noteer welke groep ' ||
   'achterblijft en hoe u die betrekt.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Kinderen krijgen'),
 ('fase4.partners.6', 'fase4', 12, 'Partners', 4, 3, 'tekst',
  'Welke signalen van tegenwerking uit moederorganisaties zien we?',
  'Let op informatie die wordt achtergehouden, besluiten die worden ' ||
   'getraineerd, goede mensen die niet worden vrijgemaakt of een coalitie ' ||
   'die wordt gekleineerd. Benoem zulke signalen vroeg en bespreek ze met ' ||
   'de betrokken bestuurders.',
  NULL, NULL, NULL, 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Kinderen krijgen'),
 ('fase4.partners.7', 'fase4', 13, 'Partners', 4, 3, 'schaal',
  'Is in de uitvoering nog voelbaar waarvoor we het doen?',
  'Het warme vuur van het begin moet zichtbaar blijven in het dagelijkse ' ||
   'werk van uitvoerders, in resultaten voor de klant en in werkplezier. ' ||
   'Dooft het, dan blijft alleen een afgesproken werkproces over.',
  'Vuur gedoofd', 'Vuur brandt volop', NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: de regisseur bij Toegewijde uitvoering'),
 ('fase4.partners.8', 'fase4', 14, 'Partners', 4, 3, 'tekst',
  'Wie bewaakt in de uitvoering de zakelijke en relationele fit?',
  'Ook na het contract moeten doelen en bijdragen blijven kloppen en ' ||
   'moeten de relaties goed blijven. Wijs aan wie daarop let, want vanzelf ' ||
   'gaat het niet.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: de regisseur bij Toegewijde uitvoering'),
 ('fase4.geld.1', 'fase4', 15, 'Geld', 4, 4, 'tekst',
  'Hoe organiseren we de gezamenlijke bedrijfsvoering?',
  'Denk aan financiën, personeel, informatie en huisvesting voor het ' ||
   'gezamenlijke werk. Zonder gezamenlijke bedrijfsvoering regelt iedere ' ||
   'partner zijn deel apart.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.geld.2', 'fase4', 16, 'Geld', 4, 4, 'tekst',
  'Levert iedere partner wat hij heeft toegezegd?',
  'Vergelijk per partner de beloofde bijdrage met wat er werkelijk komt. ' ||
   'Bespreek verschillen open, volgens de afspraken die bij het ' ||
   'contracteren zijn gemaakt.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.geld.3', 'fase4', 17, 'Geld', 4, 4, 'keuze',
  'Welke vorm van regie borgt de gezamenlijke inspanning?',
  'Soms is extra regie nodig om de partners hun inspanning te laten ' ||
   'bundelen: over een keten van organisaties, over het ' ||
   'samenwerkingsproces of rond afzonderlijke cases. Kies alleen de regie ' ||
   'die de uitvoering echt nodig heeft.',
  NULL, NULL,
  'Ketenregie|Procesregie|Casusregie|Een combinatie|Geen aparte regie nodig',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: checklist Toegewijde uitvoering'),
 ('fase4.geld.4', 'fase4', 18, 'Geld', 4, 4, 'janee',
  'Hebben we uitdrukkelijk besproken of er in deze fase nog een regisseur ' ||
   'nodig is?',
  'In de uitvoering kan de regisseur zich terugtrekken, zoals een ' ||
   'toneelregisseur bij de première, of juist actief sturen, zoals een ' ||
   'opdrachtgever die zelf het bouwproces leidt. Maak die keuze bewust.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: de regisseur bij Toegewijde uitvoering'),
 ('fase4.geld.5', 'fase4', 19, 'Geld', 4, 4, 'tekst',
  'Wie beheert de koppelvlakken tussen de organisaties en zorgt dat de ' ||
   'integratie blijft werken?',
  'Samenwerken gaat niet vanzelf: werkprocessen moeten op elkaar ' ||
   'aansluiten en blijven aansluiten. Leg vast wie daarvoor ' ||
   'verantwoordelijk is.',
  NULL, NULL, NULL, 'seed000',
  'H2 Vier sleutels tot succes, Sleutel 4: de regisseur bij Toegewijde uitvoering'),
 ('fase4.geld.6', 'fase4', 20, 'Geld', 4, 4, 'keuze',
  'Levert de coalitie zelf, of laat ze leveren?',
  'In beide gevallen is een werkapparaat nodig met geld, mensen en ' ||
   'organiserend vermogen. Het verschil bepaalt vooral of de coalitie zelf ' ||
   'uitvoert of opdrachten uitzet.',
  NULL, NULL, 'Zelf leveren|Laten leveren|Allebei', 'seed000',
  'H1 Over coalities, de liefde en het resultaat: Kinderen krijgen');
