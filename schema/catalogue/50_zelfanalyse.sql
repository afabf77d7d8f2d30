-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: the self-analysis questionnaires (kind 'zelfanalyse').
--
-- An individual fills these in privately before an intervisie meeting and
-- shares them only by choice (self_analysis.shared). Six questionnaires:
--   1 za-regisseur      the competent regisseur: paradoxes, capabilities,
--                       motivation, group traits (seed000, H2 Sleutel 4)
--   2 za-regiegemeente  the "wilt u regiegemeente zijn?" self-test and the
--                       three pillars of regie (seed003)
--   3 za-regie-spc      regie via structuur, proces and cultuur (seed001)
--   4 za-leren          leren te leren and organisation development in the
--                       network society (seed002, H1-H2)
--   5 za-regio          regional cooperation and slagkracht (seed002, H3)
--   6 za-casus          preparing an intervisie case (seed002, the cycle)
-- Every questionnaire ends with the closing item "Wat neem ik mee?".
--
-- All prompts and help texts paraphrase the sources; none copies a sentence.
-- Item keys are '<form>.<n>' and must stay stable: answers refer to them.
-- Scales run 1..5; low_label/high_label give the meaning of 1 and 5.
-- Self-test questions are 'janee' on purpose: the source counts only a
-- wholehearted yes, so there is no graded score and no pass mark.

INSERT INTO cat_form (key, kind, seq, title, intro, source, chapter) VALUES
 ('za-regisseur', 'zelfanalyse', 1,
  'De competente regisseur',
  'Met deze zelfanalyse kijkt u naar uzelf als regisseur van een '
  || 'coalitie: tussen welke tegenpolen u zich beweegt, welke vermogens u in '
  || 'huis hebt, wat u drijft en hoe u met de groep omgaat. Er bestaat '
  || 'geen ideaal profiel; regisseurs verschillen sterk in '
  || 'persoonlijkheid, ervaring en stijl. Gebruik uw antwoorden als '
  || 'voorbereiding op intervisie. Ze blijven privé tot u ze zelf deelt.',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regiegemeente', 'zelfanalyse', 2,
  'Zelftest regiegemeente',
  'Het artikel legt gemeenten die regisseur willen zijn een korte '
  || 'zelftest voor: alleen wie op elke vraag zonder aarzelen ja kan '
  || 'zeggen, is klaar voor die rol. Beantwoord de vragen voor uw '
  || 'gemeente of organisatie, schrijf op waar u twijfelt en kijk dan '
  || 'naar de drie pijlers van regie voeren. Uw antwoorden blijven privé '
  || 'tot u ze deelt.',
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regie-spc', 'zelfanalyse', 3,
  'Regie via structuur, proces en cultuur',
  'De Bruijn en Groenleer onderscheiden drie wegen waarlangs een '
  || 'regisseur partijen inhoudelijk op één lijn brengt: via de structuur, '
  || 'via het proces en via de cultuur. Geen van de drie werkt op zichzelf '
  || 'helemaal; regie is altijd een mengvorm. Met deze vragen onderzoekt u '
  || 'waar uw organisatie naar neigt, wat werkt en wat averechts '
  || 'uitpakt. Uw antwoorden zijn privé tot u ze deelt.',
  'seed001', 'Strategieën voor regisseurs'),
 ('za-leren', 'zelfanalyse', 4,
  'Leren te leren en organisatieontwikkeling',
  'Directieleden van vijf gemeentelijke organisaties leerden drie jaar '
  || 'lang van elkaar in intervisie. Deze vragen volgen hun lessen over '
  || 'leren te leren en over organisatieontwikkeling in de '
  || 'netwerksamenleving. Gebruik ze om uw eigen manier van leren en uw '
  || 'organisatie tegen het licht te houden, bijvoorbeeld voor een '
  || 'intervisiedag. Uw antwoorden blijven privé tot u ze deelt.',
  'seed002', 'H1 Leren te leren'),
 ('za-regio', 'zelfanalyse', 5,
  'Regionale samenwerking en slagkracht',
  'Volgens de directieleden hangt de slagkracht van een regio meer af '
  || 'van persoonlijke relaties en echt gedeelde belangen dan van de '
  || 'formele vorm van samenwerken. Deze vragen volgen hun lessen over '
  || 'samenwerken in de regio. Beantwoord ze vanuit uw eigen rol, als '
  || 'voorbereiding op intervisie of op overleg in de regio. Uw antwoorden '
  || 'blijven privé tot u ze deelt.',
  'seed002', 'H3 Regionale samenwerking en slagkracht'),
 ('za-casus', 'zelfanalyse', 6,
  'Intervisiecasus voorbereiden',
  'In de intervisiecyclus van de directieleden schrijft de vraagsteller '
  || 'vooraf een korte analyse van een vraag die hem of haar bezighoudt. '
  || 'Daarna volgen gesprekken met betrokkenen, een adviesronde in de '
  || 'groep en afspraken over wat u met de adviezen doet. Met dit '
  || 'formulier bereidt u uw casus voor. Wees zo scherp als u durft: '
  || 'wat u schrijft blijft privé tot u het zelf deelt.',
  'seed002', 'H1 Inleiding, leer- en intervisietraject');

-- za-regisseur: De competente regisseur
INSERT INTO cat_item (key, form, seq, section, kind, prompt, guidance,
                      low_label, high_label, options, source, chapter) VALUES
 ('za-regisseur.1', 'za-regisseur', 1, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen coach en dictator?',
  'Een regisseur steunt mensen en maakt dingen mogelijk, maar zet zijn '
  || 'wil door als de situatie dat vraagt. Het boek vraagt beide; geef aan '
  || 'waar u nu meestal uitkomt.',
  'Coach: ondersteunen en faciliteren',
  'Dictator: mijn wil opleggen als het moet',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.2', 'za-regisseur', 2, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen dirigent en uitvoerder?',
  'U geeft het gezelschap richting en leiding, en bent zich tegelijk '
  || 'niet te goed om zelf de koffie rond te brengen als dat helpt.',
  'Dirigent: het gezelschap aanvoeren',
  'Uitvoerder: zelf meehelpen waar nodig',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.3', 'za-regisseur', 3, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen kunstenaar en manager?',
  'U bedenkt iets origineels en eigens, maar weet ook hoe de '
  || 'bedrijfsvoering (de PIOFA-functies) georganiseerd moet worden.',
  'Kunstenaar: origineel scheppen',
  'Manager: de bedrijfsvoering regelen',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.4', 'za-regisseur', 4, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen ontwerper en bouwer?',
  'Een regisseur vertaalt een eigen of gedeelde visie in een ontwerp en '
  || 'brengt dat ontwerp daarna ook echt tot stand.',
  'Ontwerper: van visie naar ontwerp',
  'Bouwer: van ontwerp naar realisatie',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.5', 'za-regisseur', 5, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen visionair en communicator?',
  'Uw eigen beeld van waar het heen moet drijft u, terwijl u ruimte '
  || 'laat voor wat anderen willen en kunnen.',
  'Visionair: gedreven door mijn eigen visie',
  'Communicator: ruimte voor wensen van anderen',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.6', 'za-regisseur', 6, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen rebel en slaaf?',
  'U hebt weinig op met regels en procedures en durft dwars te liggen, '
  || 'maar u voegt zich naar het gezag waar dat onvermijdelijk is.',
  'Rebel: tegendraads, los van regels',
  'Slaaf: gezagsgetrouw waar nodig',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.7', 'za-regisseur', 7, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen kameleon en eigen koers?',
  'Regisseurs passen zich aan hun omgeving aan wanneer zij dat nuttig '
  || 'vinden, en kiezen op andere momenten juist hun eigen weg, ook tegen '
  || 'de weerstand in.',
  'Kameleon: meebewegen met de omgeving',
  'Eigen koers: tegen de stroom in',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.8', 'za-regisseur', 8, 'Paradoxen van de regisseur', 'schaal',
  'Waar sta ik tussen de groep bij elkaar houden en tegen de groep in gaan?',
  'Een regisseur zoekt de groep op en heeft haar nodig, maar hoeft niet '
  || 'aardig gevonden te worden. Vaak gaat het erom mensen iets anders te '
  || 'laten doen dan ze zelf willen.',
  'Gezelschapsdier: de groep bij elkaar houden',
  'Geen kuddedier: ook tegen de groep in gaan',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.9', 'za-regisseur', 9, 'Paradoxen van de regisseur', 'tekst',
  'Welke van deze spanningen voel ik op dit moment het sterkst, en in '
  || 'welke situatie?',
  'Misschien is het vermogen om veel verschillende rollen te spelen wel '
  || 'de kern van het vak. Beschrijf een recent moment waarop u tussen '
  || 'twee polen moest kiezen en wat u deed.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.10', 'za-regisseur', 10, 'Schaap met vijf poten', 'schaal',
  'Hoe goed lukt het mij om bij de inhoud van de opgave te blijven?',
  'Het boek vraagt van een regisseur veel tegelijk; het begint bij '
  || 'scherpte op wat de opgave inhoudelijk vraagt.',
  'Dit lukt me nog slecht',
  'Dit lukt me goed',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.11', 'za-regisseur', 11, 'Schaap met vijf poten', 'schaal',
  'Hoe goed kan ik het menselijke samenspel tussen de partners begeleiden?',
  'Naast de inhoud gaat het om het proces tussen de mensen van de '
  || 'partnerorganisaties: hoe zij met elkaar omgaan en samen verder '
  || 'komen.',
  'Dit lukt me nog slecht',
  'Dit lukt me goed',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.12', 'za-regisseur', 12, 'Schaap met vijf poten', 'schaal',
  'Hoe goed kan ik mij bewegen in bestuurlijke netwerken?',
  'Een regisseur moet zich thuis voelen tussen bestuurders en de '
  || 'bestuurlijke verhoudingen kunnen lezen.',
  'Dit lukt me nog slecht',
  'Dit lukt me goed',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.13', 'za-regisseur', 13, 'Schaap met vijf poten', 'schaal',
  'Hoe aansprekend ben ik voor de mensen in de uitvoering?',
  'Naast de bestuurstafel telt de werkvloer: ook uitvoerenden moeten '
  || 'zich door de regisseur aangesproken voelen.',
  'Dit lukt me nog slecht',
  'Dit lukt me goed',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.14', 'za-regisseur', 14, 'Schaap met vijf poten', 'tekst',
  'Welk vermogen wil ik versterken, en wie of wat kan mij daarbij helpen?',
  'Er is niet één soort regisseur: goede regie is maatwerk. Kijk wat '
  || 'uw opgave nu het meest van u vraagt.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.15', 'za-regisseur', 15, 'Drijfveren', 'janee',
  'Heb ik zelf gekozen voor de zaak waarvoor ik als regisseur ga?',
  'Soms komt die keuze van binnenuit, soms reiken anderen de zaak aan. '
  || 'Ook dan beslist een regisseur uiteindelijk zelf of hij ervoor gaat.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.16', 'za-regisseur', 16, 'Drijfveren', 'schaal',
  'In hoeverre voelt deze opgave voor mij als iets wat gewoon moet '
  || 'gebeuren, los van wat anderen van mij verwachten?',
  'Ook regisseurs werken voor hun inkomen, maar het boek ziet bij hen '
  || 'vooral een eigen passie: de zaak als innerlijke noodzaak.',
  'Vooral een opdracht van anderen',
  'Een innerlijke noodzaak',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.17', 'za-regisseur', 17, 'Drijfveren', 'schaal',
  'Hoeveel ben ik bereid in deze zaak te steken?',
  'Regisseurs zetten volgens het boek hun denken, doen en voelen in, '
  || 'soms zelfs hun loopbaan. Wie een eerste kans verspeelt, krijgt niet '
  || 'altijd een tweede.',
  'Wat mijn functie vraagt',
  'Alles, tot en met mijn loopbaan',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.18', 'za-regisseur', 18, 'Drijfveren', 'schaal',
  'Hoe ervaar ik beperkingen, tijdsdruk en tegenwerking?',
  'Een regisseur werkt graag tegen de klok en tegen verzet in, en houdt '
  || 'als een terriër vol tot het eind.',
  'Als rem',
  'Als uitdaging en prikkel',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.19', 'za-regisseur', 19, 'Drijfveren', 'schaal',
  'Hoe ga ik om met de kans dat het mislukt?',
  'Wie iets groots wil veranderen, zet alles op alles, maar aanvaardt '
  || 'ook dat zelfs een goede voorstelling soms flopt.',
  'Daar kan ik slecht mee leven',
  'Ik aanvaard dat het kan mislukken',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.20', 'za-regisseur', 20, 'De regisseur en de groep', 'schaal',
  'Hoe goed ken ik de mensen met wie ik werk?',
  'Het boek ziet mensenkennis als mogelijk de kerncompetentie van een '
  || 'regisseur: een goed samengesteld team dat goed samenwerkt, vergroot '
  || 'de slagingskans.',
  'Ik heb weinig zicht op hen',
  'Ik ken hen goed',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.21', 'za-regisseur', 21, 'De regisseur en de groep', 'janee',
  'Aanvaard ik dat ik mijn positie steeds opnieuw moet verdienen en dat '
  || 'de groep mij telkens zal testen?',
  'Een regisseur krijgt zijn plek niet eens en voor altijd; hij moet '
  || 'die bij elke klus opnieuw waarmaken.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.22', 'za-regisseur', 22, 'De regisseur en de groep', 'schaal',
  'Hoeveel energie steek ik in het motiveren van anderen en in '
  || 'draagvlak en betrokkenheid?',
  'Draagvlak is nooit af: een regisseur blijft erin investeren, ook als '
  || 'het goed lijkt te gaan.',
  'Weinig',
  'Voortdurend',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.23', 'za-regisseur', 23, 'De regisseur en de groep', 'schaal',
  'Geef ik iedereen ruimte en haal ik het beste in mensen naar boven, '
  || 'op een manier die bij die persoon past?',
  'Het boek vraagt maatwerk: ieder mens heeft een eigen aanpak nodig om '
  || 'tot zijn best te komen.',
  'Zelden',
  'Steeds',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.24', 'za-regisseur', 24, 'De regisseur en de groep', 'janee',
  'Durf ik teamgenoten een spiegel voor te houden, ook als dat '
  || 'confronterend is?',
  'Als het nodig is, benoemt een regisseur wat hij ziet, ook wanneer '
  || 'dat pijn doet.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.25', 'za-regisseur', 25, 'De regisseur en de groep', 'schaal',
  'Hoeveel aandacht heb ik voor de groepssfeer en voor het gevoel van '
  || 'iedereen dat hij of zij erbij hoort?',
  'Een regisseur voelt aan hoe anderen het beleven en houdt, als een '
  || 'herdershond, de kudde bij elkaar.',
  'Weinig aandacht',
  'Veel aandacht',
  NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.26', 'za-regisseur', 26, 'De regisseur en de groep', 'janee',
  'Accepteert de groep waarmee ik werk mij als regisseur?',
  'Zonder die acceptatie kan een regisseur zijn werk niet doen; dan is '
  || 'het einde oefening.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur'),
 ('za-regisseur.27', 'za-regisseur', 27,
  'Mijn positie als regisseur', 'keuze',
  'Door wie ben ik als regisseur naar voren geschoven?',
  'Wie namens één partij de regie opeist en vanuit diens belang gaat '
  || 'trekken, loopt volgens het boek vast. Een regisseur werkt op gezag '
  || 'en draagkracht van alle coalitiepartners.',
  NULL, NULL,
  'Door een enkele partij|Door alle partners samen|'
  || 'Ik nam de rol zelf en de partners erkenden die|'
  || 'Dat is nog onduidelijk',
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: Hoe word je regisseur?'),
 ('za-regisseur.28', 'za-regisseur', 28,
  'Mijn positie als regisseur', 'janee',
  'Heb ik rugdekking van de machthebbers, en vooral van de top van mijn '
  || 'eigen organisatie?',
  'Met macht alleen komt u als regisseur nergens, maar steun van wie de '
  || 'macht heeft is wel cruciaal, zeker in uw eigen huis.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: Hoe word je regisseur?'),
 ('za-regisseur.29', 'za-regisseur', 29,
  'Mijn positie als regisseur', 'keuze',
  'Wat voor soort regisseur ben ik vooral?',
  'Het boek noemt deze soorten als voorbeeld en zegt erbij dat het '
  || 'antwoord meestal in de situatie ligt: wat de opgave vraagt, wat het '
  || 'bestuur wil en wat de partners kunnen en willen.',
  NULL, NULL,
  'Dwingend|Inspirerend|Procesmatig|Wisselend, afhankelijk van de situatie',
  'seed000', 'H4 Regievoering, de overheidsrol: regie door de overheid'),
 ('za-regisseur.30', 'za-regisseur', 30,
  'Mijn positie als regisseur', 'tekst',
  'Wat vraagt mijn huidige opgave van mij als regisseur, en past mijn '
  || 'stijl daarbij?',
  'Een goede regisseur ziet wat de situatie nodig heeft en beperkt zich '
  || 'daartoe. Een turbulente, vernieuwende opgave vraagt iets anders dan '
  || 'een vaste keten met bekende partners.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4'),
 ('za-regisseur.31', 'za-regisseur', 31, 'Afsluiting', 'tekst',
  'Wat neem ik mee?',
  'Noteer wat u uit deze zelfanalyse meeneemt naar de intervisie: een '
  || 'inzicht over uzelf, een vraag aan de groep of iets wat u anders '
  || 'wilt gaan doen.',
  NULL, NULL, NULL,
  'seed000', 'H2 Vier sleutels tot succes, Sleutel 4: De competente regisseur');

-- za-regiegemeente: Zelftest regiegemeente
INSERT INTO cat_item (key, form, seq, section, kind, prompt, guidance,
                      low_label, high_label, options, source, chapter) VALUES
 ('za-regiegemeente.1', 'za-regiegemeente', 1, 'Zelftest', 'janee',
  'Weten wij echt wat onze partners nodig hebben?',
  'Kies alleen ja als het een volmondig ja is: u kunt de behoeften van '
  || 'uw belangrijkste partners concreet benoemen in plaats van ze te '
  || 'vermoeden.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.2', 'za-regiegemeente', 2, 'Zelftest', 'janee',
  'Kunnen wij onze partners tastbare voordelen bieden?',
  'Partners doen mee als het hun iets oplevert. Denk aan concrete winst '
  || 'voor hen, niet alleen aan wat de gemeente wil bereiken.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.3', 'za-regiegemeente', 3, 'Zelftest', 'janee',
  'Durf ik onze ambtenaren de ruimte te laten?',
  'Het artikel vraagt een manier van sturen die loslaat en ruimte en '
  || 'vertrouwen geeft. Twijfelt u, kies dan nee en schrijf uw twijfel '
  || 'hieronder op.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.4', 'za-regiegemeente', 4, 'Zelftest', 'janee',
  'Tonen onze ambtenaren ondernemerschap?',
  'Regie vraagt medewerkers die zelf kansen zien en initiatief nemen en '
  || 'op het resultaat gericht zijn, niet alleen op hun eigen taak.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.5', 'za-regiegemeente', 5, 'Zelftest', 'janee',
  'Vertrouw ik op de teamgeest (esprit de corps) in onze organisatie?',
  'Vertrouwt u erop dat mensen samen verantwoordelijkheid nemen, ook '
  || 'als u niet meekijkt?',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.6', 'za-regiegemeente', 6, 'Zelftest', 'janee',
  'Stel ik mij dienstbaar op?',
  'Volgens het artikel valt de beste regisseur nauwelijks op: als het '
  || 'werk klaar is, denken de spelers dat ze het zelf hebben gedaan.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.7', 'za-regiegemeente', 7, 'Zelftest', 'janee',
  'Kan ik werken met doelen die vaag blijven?',
  'Als regisseur hebt u over uw partners vaak weinig zeggenschap. '
  || 'Doelen worden dan onderweg samen scherper in plaats van vooraf '
  || 'vastgelegd.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.8', 'za-regiegemeente', 8, 'Zelftest', 'janee',
  'Weegt de kwaliteit van het proces voor mij werkelijk zwaarder dan '
  || 'wat er inhoudelijk uitkomt?',
  'Dit is de scherpste vraag van de test: regie draait om een goed '
  || 'samenspel, ook als de uitkomst anders wordt dan u zelf had gewild.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.9', 'za-regiegemeente', 9, 'Twijfel', 'tekst',
  'Waar twijfel ik? Bij welke vraag kon ik geen volmondig ja geven, en '
  || 'waarom niet?',
  'Het artikel legt de lat hoog: regie vraagt een overtuigd ja op alle '
  || 'acht vragen. Juist de vragen met "ja, maar..." zijn goed materiaal '
  || 'voor de intervisie.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?'),
 ('za-regiegemeente.10', 'za-regiegemeente', 10,
  'Drie pijlers van regie', 'schaal',
  'Hoeveel overzicht heb ik over het geheel van betrokken partijen, '
  || 'probleemaspecten en mogelijke oplossingen?',
  'Overzicht betekent ook zien hoe de partijen met elkaar samenhangen, '
  || 'welke patronen er zijn en welke dynamiek er speelt.',
  'Weinig overzicht',
  'Helder overzicht',
  NULL,
  'seed003', 'Drie pijlers van regie'),
 ('za-regiegemeente.11', 'za-regiegemeente', 11,
  'Drie pijlers van regie', 'schaal',
  'Hoeveel inzicht heb ik in de kritische punten van het proces en in '
  || 'de ingrepen die daar effect hebben?',
  'Inzicht gaat over waar het proces wringt of kantelt, en over welke '
  || 'interventies waar werken.',
  'Weinig inzicht',
  'Scherp inzicht',
  NULL,
  'seed003', 'Drie pijlers van regie'),
 ('za-regiegemeente.12', 'za-regiegemeente', 12,
  'Drie pijlers van regie', 'schaal',
  'In hoeverre kan ik, zelf of via anderen, op die cruciale plekken '
  || 'ingrijpen en daar het verschil maken?',
  'De drie pijlers vormen een kringloop: overzicht brengt inzicht, en '
  || 'dat vergroot uw vermogen om te handelen. Wie die cirkel steeds '
  || 'opnieuw doorloopt, komt en blijft in regie.',
  'Ik kan er niet bij',
  'Ik kan het verschil maken',
  NULL,
  'seed003', 'Drie pijlers van regie'),
 ('za-regiegemeente.13', 'za-regiegemeente', 13, 'Rol en benadering', 'keuze',
  'Welke benadering van regie herken ik het meest in mijn gemeente?',
  'Het artikel ziet gemeenten variëren van een zuiver bestuurlijke tot '
  || 'een meer praktische aanpak, en gemeenten die aan alle knoppen '
  || 'tegelijk draaien. Ze kijken allemaal naar het geheel, maar de '
  || 'praktijk blijkt weerbarstig.',
  NULL, NULL,
  'Puur bestuurlijk|Meer pragmatisch|Alle ballen in de lucht houden|'
  || 'Weet ik niet',
  'seed003', 'Benaderingen van gemeenten'),
 ('za-regiegemeente.14', 'za-regiegemeente', 14, 'Rol en benadering', 'tekst',
  'Wat doen wij nu zelf wat anderen beter kunnen, en hoe kunnen we dat '
  || 'samen met hen doen?',
  'Goede regie begint bij de erkenning dat anderen doen wat zij beter '
  || 'kunnen. Samen kan op drie manieren: samen ontwerpen (cocreëren), '
  || 'samen uitvoeren (coproduceren) of het werk uitbesteden.',
  NULL, NULL, NULL,
  'seed003', 'Regisseren doe je samen'),
 ('za-regiegemeente.15', 'za-regiegemeente', 15, 'Afsluiting', 'tekst',
  'Wat neem ik mee?',
  'Noteer wat u meeneemt naar de intervisie of naar uw eigen '
  || 'organisatie: een vraag waarover u advies wilt, of een eerste stap '
  || 'om een aarzelend ja om te zetten in een volmondig ja.',
  NULL, NULL, NULL,
  'seed003', 'Zelftest Wilt u regiegemeente zijn?');

-- za-regie-spc: Regie via structuur, proces en cultuur
INSERT INTO cat_item (key, form, seq, section, kind, prompt, guidance,
                      low_label, high_label, options, source, chapter) VALUES
 ('za-regie-spc.1', 'za-regie-spc', 1, 'Vertrekpunt', 'keuze',
  'Langs welke weg probeert mijn organisatie vooral regie te voeren?',
  'Elke strategie is vaak maar ten dele effectief, daarom zijn '
  || 'combinaties nodig. Kies wat nu in de praktijk overheerst, niet wat '
  || 'u zou willen.',
  NULL, NULL,
  'Structuur|Proces|Cultuur|Een bewuste mix|Weet ik niet',
  'seed001', 'Strategieën voor regisseurs'),
 ('za-regie-spc.2', 'za-regie-spc', 2, 'Structuur', 'schaal',
  'In hoeverre herken ik een eilandenrijk: zoveel partijen dat '
  || 'samenwerking niet van de grond komt?',
  'Samenvoegen is de gangbare remedie, maar kan nieuwe eilanden binnen '
  || 'de fusieorganisatie opleveren. Wat de een een eilandenrijk noemt, '
  || 'ziet de ander als wendbare eenheden in een netwerk.',
  'Speelt niet',
  'Speelt sterk',
  NULL,
  'seed001', 'A. Regie via de structuur'),
 ('za-regie-spc.3', 'za-regie-spc', 3, 'Structuur', 'schaal',
  'In hoeverre herken ik een Poolse landdag: er wordt samen gepraat, '
  || 'maar niemand hakt knopen door?',
  'Een partij doorzettingsmacht geven doorbreekt de impasse, maar kan '
  || 'weerstand en ruzie uitlokken.',
  'Speelt niet',
  'Speelt sterk',
  NULL,
  'seed001', 'A. Regie via de structuur'),
 ('za-regie-spc.4', 'za-regie-spc', 4, 'Structuur', 'schaal',
  'In hoeverre herken ik verkokering: partijen die alleen vanuit hun '
  || 'eigen blik kijken?',
  'Kokers samenvoegen helpt, maar wie kokers opheft, ziet elders soms '
  || 'nieuwe ontstaan. Voor een ander is dezelfde situatie juist een '
  || 'overzichtelijk geordende organisatie.',
  'Speelt niet',
  'Speelt sterk',
  NULL,
  'seed001', 'A. Regie via de structuur'),
 ('za-regie-spc.5', 'za-regie-spc', 5, 'Structuur', 'schaal',
  'In hoeverre herken ik overlap: bevoegdheden die elkaar raken en '
  || 'onproductief conflict opleveren?',
  'Taken scherp afbakenen vermindert de overlap, maar kan de '
  || 'tegenstellingen ook verdiepen.',
  'Speelt niet',
  'Speelt sterk',
  NULL,
  'seed001', 'A. Regie via de structuur'),
 ('za-regie-spc.6', 'za-regie-spc', 6, 'Structuur', 'schaal',
  'In hoeverre past onze interne structuur niet bij de vraagstukken '
  || 'buiten de organisatie?',
  'Een organisatie die zich op haar omgeving afstemt, past daarna vaak '
  || 'maar bij één soort omgeving en niet bij andere.',
  'Speelt niet',
  'Speelt sterk',
  NULL,
  'seed001', 'A. Regie via de structuur'),
 ('za-regie-spc.7', 'za-regie-spc', 7, 'Structuur', 'tekst',
  'Als we een structuurverandering overwegen: wat verwacht ik, op grond '
  || 'van wat ik nu weet, van de nieuwe werkelijkheid (niet van het nieuwe '
  || 'model)?',
  'Structuurveranderingen worden vaak overschat, omdat we de rommelige '
  || 'praktijk van nu naast een ideaal model leggen. Vergelijk eerlijk: '
  || 'zet wat er nu is naast wat u na de verandering realistisch '
  || 'verwacht.',
  NULL, NULL, NULL,
  'seed001', 'A. Regie via de structuur, Model/werkelijkheid-analyse'),
 ('za-regie-spc.8', 'za-regie-spc', 8, 'Structuur', 'schaal',
  'Hoe groot schat ik de kans dat we de nadelen van nu echt kwijtraken '
  || 'en de voordelen van de nieuwe situatie echt binnenhalen?',
  'Reken erop dat veranderen altijd transformatiekosten heeft, dat een '
  || 'big bang riskant is en dat er steeds nieuwe suboptimale situaties '
  || 'ontstaan.',
  'Klein',
  'Groot',
  NULL,
  'seed001', 'A. Regie via de structuur, Dilemma-analyse (dilemmabox)'),
 ('za-regie-spc.9', 'za-regie-spc', 9, 'Structuur', 'tekst',
  'Welke oplossingen met houtje-touwtje werken bij ons al, en hoe voorkomen '
  || 'we dat we steeds weer een nieuw model gaan zoeken?',
  'Elke verbetering vanuit één perspectief schept elders een nieuw '
  || 'knelpunt. Dat lost u vaak op met praktische, tijdelijke afspraken, '
  || 'en daar is volgens de auteurs niets mis mee.',
  NULL, NULL, NULL,
  'seed001', 'A. Regie via de structuur, houtje-touwtje'),
 ('za-regie-spc.10', 'za-regie-spc', 10, 'Proces', 'schaal',
  'Hoe goed ken ik van de belangrijkste spelers hun standpunt, hun '
  || 'soort macht en hun vervangbaarheid?',
  'Ga per speler na of hij voor, tegen of afwachtend is; of hij '
  || 'productiemacht, blokkeermacht of diffuse macht heeft; en of hij '
  || 'uniek en onvervangbaar is. Let ook op hoe spelers elkaars '
  || 'bedoelingen en macht inschatten.',
  'Nauwelijks',
  'Goed',
  NULL,
  'seed001', 'C. Regie via processen, 1. Analyse van de spelers'),
 ('za-regie-spc.11', 'za-regie-spc', 11, 'Proces', 'keuze',
  'Hoe staat het met mandaat (symmetrie) en commitment van de mensen '
  || 'aan tafel?',
  'Is beide aanwezig, dan is procesregie eenvoudig. Ontbreekt '
  || 'commitment, dan is mandatering nodig; ontbreekt symmetrie, dan '
  || 'opschaling. Ontbreken beide, dan zien de auteurs geen kans op '
  || 'geslaagde samenwerking.',
  NULL, NULL,
  'Gelijk mandaat en iedereen kan afspraken maken|'
  || 'Gelijk mandaat, niet iedereen kan voor zijn organisatie afspreken|'
  || 'Iedereen kan afspreken, maar het mandaat verschilt|'
  || 'Ongelijk mandaat en weinig commitment|Weet ik niet',
  'seed001', 'C. Regie via processen, 1. Analyse van de spelers'),
 ('za-regie-spc.12', 'za-regie-spc', 12, 'Proces', 'schaal',
  'Hoe duidelijk is het voor de belangrijkste partijen wat zij aan de '
  || 'samenwerking hebben?',
  'Mogelijke winst: meer professionaliteit of middelen, minder gedoe, '
  || 'maatschappelijke legitimiteit, minder politieke aandacht of minder '
  || 'kritiek van vakgenoten. Ook dreigend verlies bij niet samenwerken '
  || 'kan partijen in beweging brengen.',
  'Voor niemand duidelijk',
  'Voor iedereen helder',
  NULL,
  'seed001', 'C. Regie via processen, 2. Hoe proces op gang te krijgen?'),
 ('za-regie-spc.13', 'za-regie-spc', 13, 'Proces', 'tekst',
  'Wat is de gemeenschappelijke noemer waar alle partijen zich achter '
  || 'kunnen scharen?',
  'Naast hun eigen belangen delen partijen vaak een groter belang, '
  || 'zoals een leefbare buurt of kinderen die goed opgroeien. Wie dat '
  || 'centraal zet, krijgt het gesprek op gang.',
  NULL, NULL, NULL,
  'seed001', 'C. Regie via processen, 2. Hoe proces op gang te krijgen?'),
 ('za-regie-spc.14', 'za-regie-spc', 14, 'Proces', 'schaal',
  'In hoeverre gunnen de andere partijen mijn organisatie de regierol?',
  'Er zijn argumenten voor en tegen om de grootste partij, de meest '
  || 'belanghebbende partij of een onafhankelijke derde de regie te geven. '
  || 'Wat telt, is dat de anderen u de rol gunnen; zonder steun van hen '
  || 'kan ook een regisseur niets.',
  'Niet gegund',
  'Volledig gegund',
  NULL,
  'seed001', 'C. Regie via processen, 3. Rol van de regisseur'),
 ('za-regie-spc.15', 'za-regie-spc', 15, 'Proces', 'schaal',
  'Hoe kijkt mijn leidinggevende of bestuurder naar de regie?',
  'Leidinggevenden behandelen regie nogal eens als project, met '
  || 'meetbare doelen en een plan. Procesregie laat zich zo niet vangen: '
  || 'verloop en uitkomst hangen af van de netwerkpartners.',
  'Als project met afrekenbare doelen',
  'Als proces met de netwerkpartners',
  NULL,
  'seed001', 'C. Regie via processen, 5. De ondernemende regisseur en de bureaucratie'),
 ('za-regie-spc.16', 'za-regie-spc', 16, 'Proces', 'keuze',
  'Welke strategie gebruik ik vooral om die spanning met mijn eigen '
  || 'organisatie te hanteren?',
  'Een ondernemende regisseur werkt dwars door de lagen heen en botst '
  || 'daardoor met de gewoonten van de staande bureaucratie. De auteurs '
  || 'noemen drie manieren om daarmee om te gaan.',
  NULL, NULL,
  'Mijn leidinggevende betrekken bij de dilemma''s en risico''s|'
  || 'Mijn netwerk inzetten om te laten zien hoe ingewikkeld het is|'
  || 'Het onderwerp verbinden met andere vraagstukken|'
  || 'Nog geen bewuste strategie',
  'seed001', 'C. Regie via processen, 5. De ondernemende regisseur en de bureaucratie'),
 ('za-regie-spc.17', 'za-regie-spc', 17, 'Proces', 'tekst',
  'Wat gebeurt er als het proces vastloopt of partijen niet willen '
  || 'meedoen, en wat houdt de druk op het proces?',
  'Een proces berust op vrijwilligheid. Mislukt het, dan ligt '
  || 'hiërarchisch ingrijpen voor de hand; juist die dreiging (de schaduw van '
  || 'het recht) en de kans op publiek gezichtsverlies houden partijen aan '
  || 'tafel.',
  NULL, NULL, NULL,
  'seed001', 'C. Regie via processen, 4. Wat als het proces niet tot goede uitkomsten leidt?'),
 ('za-regie-spc.18', 'za-regie-spc', 18, 'Cultuur', 'schaal',
  'In hoeverre kijken de partijen door de ogen van de ander, zoals de '
  || 'organisatie die na hen in de keten komt?',
  'Regie via cultuur werkt met waarden die partijen aanvaarden en '
  || 'naleven. Zich verplaatsen in de ander is daar een voorbeeld van.',
  'Nauwelijks',
  'Vanzelfsprekend',
  NULL,
  'seed001', 'B. Regie via de cultuur'),
 ('za-regie-spc.19', 'za-regie-spc', 19, 'Cultuur', 'schaal',
  'In hoeverre voelen we ons verantwoordelijk voor wat tussen wal en '
  || 'schip dreigt te raken, en hebben we daar heldere afspraken over?',
  'Denk aan de jeugdzorg: juist tussen organisaties raken mensen uit '
  || 'beeld. Iemand moet zich eigenaar voelen van die zone.',
  'Niemand voelt zich eigenaar',
  'Heldere afspraken',
  NULL,
  'seed001', 'B. Regie via de cultuur'),
 ('za-regie-spc.20', 'za-regie-spc', 20, 'Cultuur', 'schaal',
  'In hoeverre voelt iedereen zich verantwoordelijk voor het '
  || 'gezamenlijke resultaat?',
  'Pas op voor het probleem van de vele handen: als iedereen '
  || 'verantwoordelijk is, is niemand het. Bij een overdracht helpt het om '
  || 'de volgende schakel te bellen en na te gaan of de cliënt aankwam en '
  || 'de informatie volstond.',
  'Ieder voor zich',
  'Samen verantwoordelijk',
  NULL,
  'seed001', 'B. Regie via de cultuur'),
 ('za-regie-spc.21', 'za-regie-spc', 21, 'Cultuur', 'janee',
  'Draag ik zelf de gewenste waarden uit, in wat ik denk én doe?',
  'Waarden verspreiden zich via voorbeeldfiguren: de regisseur zelf en '
  || 'de leiding van de organisaties die meedoen.',
  NULL, NULL, NULL,
  'seed001', 'B. Regie via de cultuur'),
 ('za-regie-spc.22', 'za-regie-spc', 22, 'Cultuur', 'janee',
  'Zijn er cynische leidinggevenden die de samenwerking ondermijnen?',
  'De auteurs noemen cynische leiding een show stopper. Betrek daarom '
  || 'de leiding van de partners bij het uitdragen van de waarden.',
  NULL, NULL, NULL,
  'seed001', 'B. Regie via de cultuur'),
 ('za-regie-spc.23', 'za-regie-spc', 23, 'Cultuur', 'tekst',
  'Wie brengt de gewenste waarden al in praktijk en kan als rolmodel op '
  || 'het snijvlak van organisaties werken? Hoe krijg ik het gesprek over '
  || 'waarden op gang?',
  'Waarden die mensen zich eigen hebben gemaakt, wegen vaak zwaarder '
  || 'dan regels en helpen om met onvolmaakte structuren te leven. Vraag '
  || 'partners naar hun onderliggende waarden; die kunnen verschillen.',
  NULL, NULL, NULL,
  'seed001', 'B. Regie via de cultuur'),
 ('za-regie-spc.24', 'za-regie-spc', 24, 'Balans', 'tekst',
  'Welke weg werkt bij ons goed, en waaraan zie ik dat?',
  'Regie volgt nooit één model. Het is steeds een tijdelijke, deels '
  || 'werkzame mix van structuur, proces en cultuur: een kwestie van '
  || 'assembleren.',
  NULL, NULL, NULL,
  'seed001', 'Tot slot'),
 ('za-regie-spc.25', 'za-regie-spc', 25, 'Balans', 'tekst',
  'Welke weg pakt bij ons averechts uit, en wat zou ik anders combineren?',
  'Elke remedie heeft een keerzijde. Kijk welke bijwerking u nu ziet '
  || 'en welke andere weg die zou kunnen opvangen.',
  NULL, NULL, NULL,
  'seed001', 'Tot slot'),
 ('za-regie-spc.26', 'za-regie-spc', 26, 'Afsluiting', 'tekst',
  'Wat neem ik mee?',
  'Noteer wat u meeneemt naar de intervisie of naar uw team: een '
  || 'inzicht over de mix van structuur, proces en cultuur, of een vraag '
  || 'waarover u advies wilt.',
  NULL, NULL, NULL,
  'seed001', 'Tot slot');

-- za-leren: Leren te leren en organisatieontwikkeling
INSERT INTO cat_item (key, form, seq, section, kind, prompt, guidance,
                      low_label, high_label, options, source, chapter) VALUES
 ('za-leren.1', 'za-leren', 1, 'Leren te leren', 'schaal',
  'Zoek ik bij het leren vooral mensen op die op mij lijken, of juist '
  || 'mensen met een ander profiel en een andere context?',
  'Herkenning voelt prettig, maar wie anders is, stelt de onverwachte '
  || 'vragen. Een andere context laat bovendien zien waar uw eigen '
  || 'situatie naartoe kan bewegen.',
  'Vooral gelijkgestemden',
  'Juist de verschillen',
  NULL,
  'seed002', 'H1 Leren te leren, overeenkomsten en verschillen'),
 ('za-leren.2', 'za-leren', 2, 'Leren te leren', 'tekst',
  'Waarin zit ik gevangen in mijn eigen context, en wat daarvan zou ik '
  || 'zelf kunnen veranderen?',
  'Vaak merken we niet dat onze eigen omstandigheden ons denken '
  || 'begrenzen. Die omstandigheden liggen minder vast dan ze lijken.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, overeenkomsten en verschillen'),
 ('za-leren.3', 'za-leren', 3, 'Leren te leren', 'schaal',
  'Gun ik mezelf en anderen de tijd om te leren?',
  'Even uit de dagelijkse drukte stappen vraagt tijd, maar levert '
  || 'volgens de directieleden meer energie op dan het kost. Een afspraak '
  || 'met anderen werkt als stok achter de deur.',
  'Nauwelijks, de agenda is te vol',
  'Ja, ik houd de zaag scherp',
  NULL,
  'seed002', 'H1 Leren te leren, de zaag scherp houden'),
 ('za-leren.4', 'za-leren', 4, 'Leren te leren', 'schaal',
  'In hoeverre kunnen medewerkers, en kan ik zelf, werken vanuit '
  || 'heelheid, autonomie en meesterschap?',
  'Wetten, regels, verantwoordingsprocessen en jaren van bezuinigen '
  || 'drukken op het leervermogen van overheidsorganisaties. Zonder dat '
  || 'vermogen lukt het steeds minder om publieke waarde voorop te zetten.',
  'Weinig',
  'Volop',
  NULL,
  'seed002', 'H1 Leren te leren, de zaag scherp houden'),
 ('za-leren.5', 'za-leren', 5, 'Leren te leren', 'schaal',
  'Hoe veilig is het in mijn leergroep om scherp te zijn over wat '
  || 'misging, ook over mijn eigen rol?',
  'De zelfanalyses van de directieleden werden pas scherper toen '
  || 'duidelijk was dat het alleen om leren ging. Veel van die veiligheid '
  || 'maakt u zelf door vooraf te zeggen waarover u wilt leren.',
  'Onveilig',
  'Volkomen veilig',
  NULL,
  'seed002', 'H1 Leren te leren, veiligheid'),
 ('za-leren.6', 'za-leren', 6, 'Leren te leren', 'janee',
  'Heb ik anderen, ook mijn bestuur, verteld waarover ik wil leren?',
  'Wie zijn leervraag uitspreekt, krijgt ruimte en nodigt anderen uit '
  || 'om later te vragen wat er veranderd is. Een bestuur dat ervan weet, '
  || 'kan ook vragen aandragen.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, veiligheid'),
 ('za-leren.7', 'za-leren', 7, 'Leren te leren', 'keuze',
  'Hoe diep kijk ik gewoonlijk in de keuken van een andere organisatie?',
  'Oppervlakkig leren ligt op de loer. Overnemen is het snelst, '
  || 'meekijken in het kookproces vult uw eigen aanpak aan, en samen koken '
  || 'is zoekend leren en lerend zoeken.',
  NULL, NULL,
  'Iets van het aanrecht pakken: een aanpak overnemen|'
  || 'Naar het kookproces kijken: mijn eigen aanpak aanvullen|'
  || 'Samen een gerecht bereiden: samen zoeken|'
  || 'Ik kijk nauwelijks bij anderen',
  'seed002', 'H1 Leren te leren, in elkaars keuken'),
 ('za-leren.8', 'za-leren', 8, 'Leren te leren', 'tekst',
  'Waar zijn de anderen in mijn groep goed in, wat drijft hen, en wat '
  || 'drijft mij?',
  'Gelijkheid is geen voorwaarde voor samen leren, maar u moet wel '
  || 'zicht hebben op wat de ander te bieden heeft. Gedeelde drijfveren, '
  || 'zoals maatschappelijke problemen oplossen en de lokale democratie '
  || 'versterken, maken feedback geloofwaardig.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, in elkaars keuken'),
 ('za-leren.9', 'za-leren', 9, 'Leren te leren', 'tekst',
  'Welke oprechte feedback kreeg ik onlangs, en wat doe ik ermee?',
  'Feedback weegt zwaarder als die voortkomt uit echte belangstelling '
  || 'voor elkaar. Het gaat erom dat u er ook werkelijk iets mee doet.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, oprechte feedback'),
 ('za-leren.10', 'za-leren', 10, 'Organisatieontwikkeling', 'schaal',
  'Kunnen medewerkers in mijn organisatie helder zeggen waarom hun werk '
  || 'ertoe doet voor de samenleving, en handelen ze daarnaar?',
  'Het beoogde maatschappelijke effect, ook wel de opgave of de '
  || 'bedoeling genoemd, hoort voorop te staan. Structuur kan daarbij '
  || 'hoogstens helpen of hinderen.',
  'Zelden',
  'Vrijwel altijd',
  NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, de bedoeling voorop'),
 ('za-leren.11', 'za-leren', 11, 'Organisatieontwikkeling', 'tekst',
  'Wie heeft de juiste drijfveren, kennis en vaardigheden voor onze '
  || 'belangrijkste opgave, en hoe brengen we dat team bij elkaar?',
  'Dit heet teaming: steeds opnieuw het passende team rond een opgave '
  || 'vormen. Organisaties gaan zo meer werken als een flexibele pool.',
  NULL, NULL, NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, de bedoeling voorop'),
 ('za-leren.12', 'za-leren', 12, 'Organisatieontwikkeling', 'schaal',
  'Maken we onderscheid tussen gewone productie en veranderopgaven, en '
  || 'sturen we ze verschillend?',
  'Productie en dienstverlening zijn kortcyclisch en vragen '
  || 'lijnsturing en discipline; veranderopgaven zijn langcyclisch en '
  || 'vragen samenspel met partners. Eén aanpak voor alles past '
  || 'uiteindelijk niemand.',
  'Alles op één manier',
  'Bewust verschillend',
  NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, durf te '
  || 'differentiëren'),
 ('za-leren.13', 'za-leren', 13, 'Organisatieontwikkeling', 'janee',
  'Slaat bij ons de slinger door naar één soort oplossing, bijvoorbeeld '
  || 'te veel processen of te veel programma''s?',
  'Een tekort aan het een leidt al snel tot een overmaat ervan. '
  || 'Differentiëren voorkomt dat.',
  NULL, NULL, NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, durf te '
  || 'differentiëren'),
 ('za-leren.14', 'za-leren', 14, 'Organisatieontwikkeling', 'schaal',
  'In hoeverre hebben partners en inwoners een echte stem in de '
  || 'ontwikkeling van mijn organisatie?',
  'Denk aan inwoners als klankbord, werkateliers met partners, of '
  || 'partners zelf om een organisatieadvies vragen. Partners willen geen '
  || 'plannen voorgelegd krijgen, maar samen plannen maken.',
  'Geen stem',
  'Een duidelijke stem',
  NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, buiten binnen halen'),
 ('za-leren.15', 'za-leren', 15, 'Organisatieontwikkeling', 'tekst',
  'Welk experiment verdient bredere toepassing, en hoe borgen we dat '
  || 'zonder alles weer vast te leggen?',
  'Een geslaagd experiment wijst naar een nieuw normaal, dat daarna '
  || 'breder moet gaan werken: maatwerk zonder willekeur. Ga ook na of de '
  || 'politiek wil aanvaarden wat het experiment laat zien.',
  NULL, NULL, NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, het experiment'),
 ('za-leren.16', 'za-leren', 16, 'Organisatieontwikkeling', 'schaal',
  'Is er in mijn organisatie ruimte om fouten te maken en trots te zijn '
  || 'op een mislukt experiment?',
  'De directieleden pleiten voor een nieuwe moraal: wie experimenteert, '
  || 'wordt niet gestraft voor mislukking, want juist daarvan leert u vaak '
  || 'veel.',
  'We rekenen af',
  'Mislukken mag',
  NULL,
  'seed002',
  'H2 Organisatieontwikkeling in de netwerksamenleving, het experiment'),
 ('za-leren.17', 'za-leren', 17, 'Afsluiting', 'tekst',
  'Wat neem ik mee?',
  'Noteer wat u meeneemt: een les die u herkent, een gewoonte die u '
  || 'wilt veranderen of een vraag voor de volgende intervisie.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren');

-- za-regio: Regionale samenwerking en slagkracht
INSERT INTO cat_item (key, form, seq, section, kind, prompt, guidance,
                      low_label, high_label, options, source, chapter) VALUES
 ('za-regio.1', 'za-regio', 1, 'Het verhaal van de regio', 'tekst',
  'Wat is het verhaal van onze regio: wat maakt haar eigen, en wat '
  || 'hebben we samen meegemaakt?',
  'Geen agenda van de overheid en geen verhaal tegen de buurregio, maar '
  || 'een doorleefde ambitie uit het eigen DNA van de regio. Een crisis, '
  || 'een groot evenement of een gezamenlijke prestatie kan de basis zijn.',
  NULL, NULL, NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, het verhaal van de regio'),
 ('za-regio.2', 'za-regio', 2, 'Het verhaal van de regio', 'tekst',
  'Waar zit in de regio de energie?',
  'Stel met de partners in de regio een gezamenlijke agenda op en kijk '
  || 'steeds opnieuw waar partijen in beweging willen komen.',
  NULL, NULL, NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, het verhaal van de regio'),
 ('za-regio.3', 'za-regio', 3, 'Het verhaal van de regio', 'schaal',
  'Hoe helder is de taakverdeling tussen mijn gemeente en de regio?',
  'Hoe kleiner het grijze gebied tussen gemeente en regio, hoe beter u '
  || 'kunt leren en bijsturen.',
  'Groot grijs gebied',
  'Duidelijk en stabiel',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, inleiding'),
 ('za-regio.4', 'za-regio', 4, 'Lef en geduld', 'schaal',
  'Waar sta ik op dit moment tussen lef en geduld?',
  'Lef levert meer resultaat op maar kan draagvlak kosten; geduld bouwt '
  || 'draagvlak maar kan uitlopen op middelmatige compromissen. Bepaal uw '
  || 'plek telkens opnieuw.',
  'Lef: vooruit met een leidende coalitie',
  'Geduld: overtuigen en draagvlak bouwen',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, lef en geduld'),
 ('za-regio.5', 'za-regio', 5, 'Lef en geduld', 'schaal',
  'Waar leg ik het accent: bij het belang van mijn eigen gemeente of '
  || 'bij het belang van de regio als geheel?',
  'Het vraagt lef om het regionale belang boven het lokale te stellen.',
  'Lokaal belang',
  'Regionaal belang',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, lef en geduld'),
 ('za-regio.6', 'za-regio', 6, 'Lef en geduld', 'tekst',
  'Met wie deel ik dit dilemma, en welke balans kiezen we samen?',
  'De directieleden leerden deze afweging niet alleen te maken: '
  || 'bespreek het dilemma met anderen en kies samen de juiste balans.',
  NULL, NULL, NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, lef en geduld'),
 ('za-regio.7', 'za-regio', 7, 'Ruimte voor relaties', 'schaal',
  'Hoeveel ruimte maak ik in mijn agenda voor ontmoetingen met partners '
  || 'buiten de organisatie?',
  'Directies gaan vaak op in interne zaken. Gemeentesecretarissen '
  || 'blijken weinig agendatijd over te houden voor externe partners.',
  'Vrijwel geen',
  'Ruim voldoende',
  NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, ruimte voor betekenisvolle '
  || 'relaties'),
 ('za-regio.8', 'za-regio', 8, 'Ruimte voor relaties', 'schaal',
  'Gaan mijn gesprekken met partners over de echte opgaven, of vooral '
  || 'over praktische zaken?',
  'Ruimte maken betekent die niet opvullen met andere zaken en niet '
  || 'verkleinen door alles in systemen te duwen.',
  'Vooral praktische zaken',
  'De echte opgaven',
  NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, ruimte voor betekenisvolle '
  || 'relaties'),
 ('za-regio.9', 'za-regio', 9, 'Ruimte voor relaties', 'schaal',
  'Kom ik bij partners vooral onze plannen uitleggen, of maken we samen '
  || 'plannen?',
  'Externe partners ergeren zich eraan als de gemeente komt vertellen '
  || 'wat zij van plan is, terwijl zij samen plannen willen maken.',
  'Onze plannen uitleggen',
  'Samen plannen maken',
  NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, ruimte voor betekenisvolle '
  || 'relaties'),
 ('za-regio.10', 'za-regio', 10, 'Ruimte voor relaties', 'janee',
  'Herken ik bij mezelf de drang om ideeën snel te institutionaliseren?',
  'Tijdelijke coalities hebben vaak veel kracht. Wie gedachten te vroeg '
  || 'in systemen vastlegt, verliest die.',
  NULL, NULL, NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, ruimte voor betekenisvolle '
  || 'relaties'),
 ('za-regio.11', 'za-regio', 11, 'Een coalitie per opgave', 'janee',
  'Gebruiken we voor een nieuwe opgave vooral een bestaande '
  || 'samenwerking opnieuw?',
  'Andere opgaven vragen andere werkwijzen, afspraken en partners. Dat '
  || 'betekent niet steeds van partner wisselen, maar eerlijk zoeken naar '
  || 'de coalitie die het best bij de opgave past.',
  NULL, NULL, NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, bij iedere opgave een coalitie'),
 ('za-regio.12', 'za-regio', 12, 'Een coalitie per opgave', 'schaal',
  'In hoeverre treed ik op als neutrale verkenner die belangen en '
  || 'ambities van anderen inschat en partijen bij elkaar brengt?',
  'Zo ontstaat zicht op de knoppen waaraan u kunt draaien en op de '
  || 'meest kansrijke ingreep. De directie wordt dan tussenpersoon in een '
  || 'slimme regio.',
  'Zelden',
  'Vaak',
  NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, bij iedere opgave een coalitie'),
 ('za-regio.13', 'za-regio', 13, 'Calimero', 'keuze',
  'Aan welke kant sta ik in de regionale verhoudingen?',
  'Aan beide kanten kan een Calimero-gevoel ontstaan: de grote gemeente '
  || 'krijgt steeds het verwijt de les te lezen, de kleinere voelt zich '
  || 'meegesleept in keuzes van de centrumgemeente.',
  NULL, NULL,
  'Grotere gemeente of centrumgemeente|Kleinere buurgemeente|Geen van beide',
  'seed002',
  'H3 Regionale samenwerking en slagkracht, het Calimero-syndroom'),
 ('za-regio.14', 'za-regio', 14, 'Calimero', 'schaal',
  'Hoe sterk herken ik dat Calimero-gevoel in onze samenwerking?',
  'Dan verwordt samenwerken tot onwillig meedoen. Een eerste stap is het '
  || 'mechanisme openlijk op tafel te leggen.',
  'Niet',
  'Sterk',
  NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, het Calimero-syndroom'),
 ('za-regio.15', 'za-regio', 15, 'Calimero', 'tekst',
  'Welke voorbeelden passen niet in dat beeld, en wat kan ik zelf '
  || 'anders doen?',
  'Bevestigende voorbeelden blijven beter hangen; geef de '
  || 'tegenvoorbeelden meer aandacht. Als kleinere gemeente: neem zelf '
  || 'initiatief. Als grotere: wacht tot u gevraagd wordt, of trek op met '
  || 'een kleinere buur.',
  NULL, NULL, NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, het Calimero-syndroom'),
 ('za-regio.16', 'za-regio', 16, 'Betrokkenheid en afstand', 'keuze',
  'Wat is mijn basishouding in mijn huidige opgave?',
  'Betrokkenheid als houding en bewust afstand nemen als techniek past '
  || 'bij publiek leiderschap. Andersom werkt afstand vervreemdend en '
  || 'wordt betrokkenheid ongeloofwaardig.',
  NULL, NULL,
  'Betrokkenheid, met afstand als techniek|'
  || 'Afstand, met betrokkenheid als techniek|Weet ik niet',
  'seed002',
  'H3 Regionale samenwerking en slagkracht, betrokkenheid en afstand'),
 ('za-regio.17', 'za-regio', 17, 'Betrokkenheid en afstand', 'janee',
  'Ben ik misschien te betrokken om dit traject zelf verder te trekken?',
  'Af en toe achteroverleunen geeft overzicht en perspectief, en '
  || 'voorkomt tunnelvisie, drammen en verdwalen in details.',
  NULL, NULL, NULL,
  'seed002',
  'H3 Regionale samenwerking en slagkracht, betrokkenheid en afstand'),
 ('za-regio.18', 'za-regio', 18, 'Gedeeld leiderschap', 'tekst',
  'Welke partijen delen werkelijk een ambitie, en hoe hangt die samen '
  || 'met het verhaal van de regio?',
  'Leiders kunnen uit de samenleving komen, uit instellingen en '
  || 'bedrijven, uit college en raad. De directie faciliteert: eerst de '
  || 'gedeelde ambities, dan de mensen en relaties die ertoe doen, pas '
  || 'daarna de governance.',
  NULL, NULL, NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, gedeeld leiderschap'),
 ('za-regio.19', 'za-regio', 19, 'Gedeeld leiderschap', 'schaal',
  'Hoe sterk zijn in onze regio de gedeelde ambities?',
  'Gedeeld leiderschap rust op een balans van drie dingen; dit is de '
  || 'eerste. Ga na of de ambities echt gedeeld worden.',
  'Zwak',
  'Sterk',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, gedeeld leiderschap'),
 ('za-regio.20', 'za-regio', 20, 'Gedeeld leiderschap', 'schaal',
  'Hoe sterk zijn de personen en relaties die de ambitie dragen?',
  'De tweede kant van de balans: wie spelen een rol, en hoe goed kennen '
  || 'en vertrouwen zij elkaar?',
  'Zwak',
  'Sterk',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, gedeeld leiderschap'),
 ('za-regio.21', 'za-regio', 21, 'Gedeeld leiderschap', 'schaal',
  'Hoe goed is de governance geregeld: taakverdeling, beslis- of '
  || 'escalatietafels en de rol van de raad?',
  'Governance komt bewust als laatste, maar de juiste beslistafels en '
  || 'aandacht voor de rol van raadsleden helpen wel.',
  'Zwak',
  'Sterk',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, gedeeld leiderschap'),
 ('za-regio.22', 'za-regio', 22, 'Gedeeld leiderschap', 'schaal',
  'In hoeverre gun ik andere leiders hun succes?',
  'Gedeeld leiderschap vraagt dat u zich in anderen kunt inleven en hun '
  || 'succes gunt, zodat iedere partij kan laten zien waar zij goed in is.',
  'Dat vind ik moeilijk',
  'Van harte',
  NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht, gedeeld leiderschap'),
 ('za-regio.23', 'za-regio', 23, 'Afsluiting', 'tekst',
  'Wat neem ik mee?',
  'Noteer wat u meeneemt naar de intervisie of de regio: een dilemma '
  || 'dat u wilt delen, een relatie die u wilt opbouwen of een eerste '
  || 'stap.',
  NULL, NULL, NULL,
  'seed002', 'H3 Regionale samenwerking en slagkracht');

-- za-casus: Intervisiecasus voorbereiden
INSERT INTO cat_item (key, form, seq, section, kind, prompt, guidance,
                      low_label, high_label, options, source, chapter) VALUES
 ('za-casus.1', 'za-casus', 1, 'Mijn vraag', 'tekst',
  'Welke vraag houdt mij op dit moment echt bezig?',
  'Kies een actuele kwestie zonder pasklaar antwoord, die u '
  || 'persoonlijk raakt. Schrijf haar op als een vraag aan de groep.',
  NULL, NULL, NULL,
  'seed002', 'H1 Inleiding, leer- en intervisietraject'),
 ('za-casus.2', 'za-casus', 2, 'Mijn vraag', 'keuze',
  'Bij welk thema hoort mijn vraag vooral?',
  'In het leertraject keerden twee thema''s steeds terug: de '
  || 'ontwikkeling van de eigen organisatie en de samenwerking in de '
  || 'regio. Daarnaast ging het over het leren zelf.',
  NULL, NULL,
  'Leren te leren|Organisatieontwikkeling in de netwerksamenleving|'
  || 'Regionale samenwerking en slagkracht|Anders',
  'seed002', 'H1 Inleiding, leer- en intervisietraject'),
 ('za-casus.3', 'za-casus', 3, 'Context', 'tekst',
  'Hoe is het vraagstuk ontstaan, en wat was de aanleiding?',
  'Een stap terug in de tijd helpt: ga na hoe het begon. Doet u het '
  || 'niet zelf, dan vraagt de groep er wel naar.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, een stap terug'),
 ('za-casus.4', 'za-casus', 4, 'Context', 'tekst',
  'Met welke partners probeer ik dit aan te pakken, en hoe kijken zij '
  || 'ertegenaan?',
  'Een stap terug naar de partners geeft vaak verrassend heldere '
  || 'beelden. Noteer ook wie u binnen en buiten uw organisatie zou '
  || 'willen laten interviewen.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, een stap terug'),
 ('za-casus.5', 'za-casus', 5, 'Context', 'tekst',
  'Hoe ziet het vraagstuk eruit als ik er van een afstand naar kijk?',
  'Afstand nemen helpt om het geheel te zien. Anderen kunnen u daarbij '
  || 'helpen door te vertellen wat zij van buitenaf waarnemen.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, een stap terug'),
 ('za-casus.6', 'za-casus', 6, 'Context', 'tekst',
  'Welke ervaringen van elders met een vergelijkbaar vraagstuk ken ik?',
  'Vóór de intervisiedag haalde de externe adviseur ook ervaringen uit '
  || 'andere organisaties op. Wat weet u zelf al?',
  NULL, NULL, NULL,
  'seed002', 'H1 Inleiding, leer- en intervisietraject'),
 ('za-casus.7', 'za-casus', 7, 'Wat er gebeurde', 'tekst',
  'Wat heb ik al geprobeerd, en welk effect had dat?',
  'Breng in kaart wat al is geprobeerd en wat dat opleverde. Zo voorkom '
  || 'u dat de groep adviezen geeft die u al hebt uitgeprobeerd.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, een stap terug'),
 ('za-casus.8', 'za-casus', 8, 'Wat er gebeurde', 'tekst',
  'Waar is het naar mijn eigen oordeel misgegaan?',
  'Het vraagt moed om dit scherp op te schrijven. In het leertraject '
  || 'werden de zelfanalyses pas echt waardevol toen ze concreet werden '
  || 'over wat misliep.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, veiligheid'),
 ('za-casus.9', 'za-casus', 9, 'Mijn eigen aandeel', 'tekst',
  'Wat is mijn eigen aandeel, en dat van de directie, in hoe het nu loopt?',
  'Openheid over de eigen rol groeide naarmate het in de groep veiliger '
  || 'werd. Beschrijf wat u deed en naliet, niet alleen wat anderen '
  || 'deden.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, veiligheid'),
 ('za-casus.10', 'za-casus', 10, 'Wat ik van de groep wil', 'keuze',
  'Wat voor hulp wil ik vooral van de groep?',
  'In het leertraject gaf de groep de vraagsteller advies, hield een '
  || 'externe adviseur een spiegel van buiten voor en werden ervaringen '
  || 'van elders opgehaald. Samen zoeken naar een nieuwe aanpak is de '
  || 'diepste manier om van elkaar te leren.',
  NULL, NULL,
  'Advies over mijn aanpak|'
  || 'Een spiegel: hoe anderen mij en de situatie zien|'
  || 'Ervaringen van elders met een vergelijkbare vraag|'
  || 'Samen zoeken naar een nieuwe aanpak',
  'seed002', 'H1 Inleiding, leer- en intervisietraject'),
 ('za-casus.11', 'za-casus', 11, 'Wat ik van de groep wil', 'tekst',
  'Waarover wil ik leren, en wat wil ik na de intervisie anders doen?',
  'Zeg vooraf waarover u wilt leren. Dat geeft ruimte, en anderen gaan '
  || 'er later vanzelf naar vragen.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, veiligheid'),
 ('za-casus.12', 'za-casus', 12, 'Wat ik van de groep wil', 'janee',
  'Weet mijn bestuur van deze intervisievraag?',
  'Een bestuur dat op de hoogte is, kan vragen aandragen en hoort '
  || 'achteraf welke adviezen de groep gaf.',
  NULL, NULL, NULL,
  'seed002', 'H1 Leren te leren, veiligheid'),
 ('za-casus.13', 'za-casus', 13, 'Afsluiting', 'tekst',
  'Wat neem ik mee?',
  'Vul dit na de intervisie aan: welke adviezen kreeg u, wat gaat u '
  || 'ermee doen en aan wie vertelt u dat? Kom er later op terug om te '
  || 'zien wat het opleverde.',
  NULL, NULL, NULL,
  'seed002', 'H1 Inleiding, leer- en intervisietraject');
