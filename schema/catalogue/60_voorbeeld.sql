-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: a ready example coalition, "Iedereen onder dak".
--
-- Built from the homeless-shelter case that Konijn & van Spijker (2008,
-- seed000, ch. 2, sleutel 1) use to show how partners move from their own
-- interest, via a shared maatschappelijke opgave and a coalitiedoel, to a
-- new own interest. A newcomer can copy it into a werkboek and see a
-- filled-in workbook at once.
--
-- This file holds:
--  * cat_example                'iedereen-onder-dak', in phase 3
--                               (contracteren: the first contract is signed);
--  * cat_example_answer         the coalition's opgave and doel, and answers
--                               to items of the initiatief form, the four
--                               phase checklists and the five design steps;
--  * cat_example_player         the case's five players plus two we added
--                               (GGD, buurtvereniging; marked in eigen_belang);
--  * cat_example_collaboration  three other collaborations on the terrain
--                               (not in the case; added for step 5).
-- The answers are written as a kopgroep would fill in the workbook. Where
-- the case is silent the content is our own plausible addition; no figures
-- are given. All texts are our own Dutch wording; only the case's names and
-- the slogan 'Iedereen onder dak' come from the source.


INSERT INTO cat_example(key, name, phase, summary, source, chapter) VALUES
 ('iedereen-onder-dak', 'Iedereen onder dak (voorbeeld)', 3,
  'Een woningcorporatie wil daklozen in haar stad onderdak bieden, maar ' ||
   'kan dat niet alleen. Samen met de stichting Daklozenopvang, de ' ||
   'gemeente en een zorgverlener groeien de eigen wensen van ieder uit tot ' ||
   'de gezamenlijke leuze Iedereen onder dak en een coalitiedoel waarin ' ||
   'iedere partner iets inbrengt en er iets voor terugkrijgt. De partners ' ||
   'leggen nu de afspraken vast, en de daklozen zelf denken mee over het ' ||
   'programma van eisen voor het nieuwe opvanghuis.',
  'seed000',
  'H2 Vier sleutels tot succes, Sleutel 1: van eigen belang naar nieuw ' ||
   'eigen belang');


-- The answers. Values of 'keuze' items are one option of the item exactly;
-- 'janee' is ja/nee, 'schaal' is 1..5.
INSERT INTO cat_example_answer(example, item_key, value) VALUES
 -- The coalition's own opgave and doel.
 ('iedereen-onder-dak', 'coalitie.opgave',
  'Iedereen onder dak: in deze stad hoeft niemand op straat te slapen, ' ||
   'en wie zijn woning dreigt te verliezen wordt op tijd opgemerkt en ' ||
   'geholpen.'),
 ('iedereen-onder-dak', 'coalitie.doel',
  'We bouwen samen een nieuw opvanghuis, waarvan de stichting het beheer ' ||
   'tegen lage lasten op zich neemt, en we voorkomen met vroegsignalering dat huurders van de ' ||
   'corporatie dakloos raken.'),

 -- Initiatief.
 ('iedereen-onder-dak', 'initiatief.1', 'Ik heb ergens last van'),
 ('iedereen-onder-dak', 'initiatief.2',
  'De directeur van de woningcorporatie. Het zit hem niet lekker dat er ' ||
   'in onze stad mensen zonder dak boven hun hoofd rondlopen, terwijl zijn ' ||
   'corporatie als sociaal ondernemer juist over wonen gaat.'),
 ('iedereen-onder-dak', 'initiatief.3',
  'Iedereen in de stad heeft een plek om te slapen en te wonen. Er is ' ||
   'goede opvang voor wie die nodig heeft, en mensen die hun huis dreigen ' ||
   'kwijt te raken worden gezien voordat het zover is.'),
 ('iedereen-onder-dak', 'initiatief.4',
  'Er zijn daklozen in de stad. De opvang vindt dat ze te weinig ' ||
   'vergoeding van de gemeente krijgt, de gemeente wil de kosten van ' ||
   'opvang juist omlaag en vindt dat zorginstellingen te laat aan de bel ' ||
   'trekken.' || char(10) ||
   'Over de daklozen zelf wordt gepraat, niet met hen.'),
 ('iedereen-onder-dak', 'initiatief.6', 'nee'),
 ('iedereen-onder-dak', 'initiatief.7', 'nee'),
 ('iedereen-onder-dak', 'initiatief.16',
  'Nee. Wij kunnen bouwen en verhuren, maar geen opvang draaien, geen ' ||
   'zorg bieden en geen subsidie geven. Voor het beheer hebben we de ' ||
   'stichting nodig, voor het signaleren de zorgverlener en voor geld en ' ||
   'beleid de gemeente.'),
 ('iedereen-onder-dak', 'initiatief.18',
  'Stenen en bouwkennis: we kunnen een nieuw opvanghuis neerzetten en ' ||
   'goedkoop verhuren. En we kennen onze huurders, dus we zien als eerste ' ||
   'wie in de problemen raakt.'),

 -- Fase 1: Zoeken.
 ('iedereen-onder-dak', 'fase1.opgave.1',
  'Dat niemand in deze stad nog buiten hoeft te slapen.'),
 ('iedereen-onder-dak', 'fase1.opgave.4',
  'Eerste orde: de vraag blijft, het aanbod verandert'),
 ('iedereen-onder-dak', 'fase1.afnemers.1',
  'Ieder kwam met een eigen wens binnen.' || char(10) ||
   'Corporatie: daklozen onderdak geven, omdat dat bij onze sociale taak ' ||
   'past.' || char(10) ||
   'Stichting: een hogere gemeentelijke vergoeding voor de opvang.' ||
   char(10) ||
   'Gemeente: zorginstellingen die eerder zien dat iemand dakloos dreigt ' ||
   'te worden, omdat dat opvangkosten scheelt.'),
 ('iedereen-onder-dak', 'fase1.partners.4',
  'Niet. De daklozen zelf zitten niet aan tafel en worden door veel ' ||
   'partijen liever op afstand gehouden. Daar moeten we iets op vinden.'),
 ('iedereen-onder-dak', 'fase1.partners.9',
  'De stichting vreest dat samenwerken uitdraait op minder geld voor de ' ||
   'opvang. De gemeente is bang voor extra kosten. En wij worden soms ' ||
   'gezien als stenenstapelaar die zich met zorg bemoeit.'),
 ('iedereen-onder-dak', 'fase1.geld.1',
  'Wij kunnen investeren in een gebouw, de gemeente kan subsidie geven. ' ||
   'De stichting en de zorgverlener brengen vooral mensen en deskundigheid ' ||
   'in.'),

 -- Fase 2: Formeren.
 ('iedereen-onder-dak', 'fase2.opgave.3',
  'Geen algemene aanpak van armoede of verslaving, en geen onderhandeling ' ||
   'over alle opvangtarieven in de regio.'),
 ('iedereen-onder-dak', 'fase2.opgave.4',
  'Iedereen onder dak: samen zorgen dat niemand in deze stad op straat ' ||
   'belandt.'),
 ('iedereen-onder-dak', 'fase2.afnemers.5',
  'Dat wisten we eerlijk gezegd niet goed. Vlak voor het rondmaken van de ' ||
   'plannen hebben we besloten daklozen zelf te vragen mee te bepalen wat ' ||
   'er in het programma van eisen voor het nieuwe opvanghuis komt.'),
 ('iedereen-onder-dak', 'fase2.partners.10',
  'Dragers in de kopgroep: de corporatie, de stichting Daklozenopvang, de ' ||
   'gemeente en de zorgverlener.' || char(10) ||
   'Schragers: de GGD, en hopelijk de buurt rond de nieuwe locatie.'),
 ('iedereen-onder-dak', 'fase2.partners.16',
  'Ja. Wij maken onze sociale taak waar; de stichting krijgt een huis ' ||
   'tegen lage lasten; de gemeente kan haar subsidie aan de opvang ' ||
   'verlagen en bespaart door vroegsignalering; de zorgverlener bereikt ' ||
   'cliënten eerder.'),
 ('iedereen-onder-dak', 'fase2.geld.2', 'nee'),

 -- Fase 3: Contracteren.
 ('iedereen-onder-dak', 'fase3.opgave.1',
  'Een contract tussen corporatie en zorgverlener over vroegsignalering ' ||
   'bij onze huurders.' || char(10) ||
   'Een nieuw opvanghuis, gebouwd door de corporatie met een eenmalige ' ||
   'subsidie van de gemeente en beheerd door de stichting.'),
 ('iedereen-onder-dak', 'fase3.afnemers.3', '4'),
 ('iedereen-onder-dak', 'fase3.partners.1', 'ja'),
 ('iedereen-onder-dak', 'fase3.partners.2',
  'Corporatie: bouwt en verhuurt het opvanghuis en meldt zorgelijke ' ||
   'signalen bij huurders.' || char(10) ||
   'Zorgverlener: pakt die signalen op.' || char(10) ||
   'Stichting: beheert het huis en draait de opvang.' || char(10) ||
   'Gemeente: geeft eenmalig subsidie voor de bouw.'),
 ('iedereen-onder-dak', 'fase3.geld.5', 'Kort convenant'),
 ('iedereen-onder-dak', 'fase3.geld.6',
  'Wij investeren in het gebouw en lopen het bouwrisico. De gemeente legt ' ||
   'eenmalig subsidie in en betaalt daarna minder structurele subsidie aan ' ||
   'de opvang. De stichting betaalt een lage huur en draagt het risico van ' ||
   'de exploitatie.'),

 -- Fase 4: Uitvoeren (nog niet begonnen; dit zijn onze voornemens).
 ('iedereen-onder-dak', 'fase4.opgave.2',
  'Dat weten we pas als het huis er staat. We willen bijhouden hoeveel ' ||
   'mensen buiten slapen en hoe vaak vroegsignalering een huisuitzetting ' ||
   'voorkomt.'),
 ('iedereen-onder-dak', 'fase4.afnemers.1', 'nee'),
 ('iedereen-onder-dak', 'fase4.partners.8',
  'De kopgroep komt elk kwartaal bij elkaar. De corporatiedirecteur houdt ' ||
   'tot de oplevering van het huis het overzicht; daarna kijken we opnieuw ' ||
   'wie dat doet.'),
 ('iedereen-onder-dak', 'fase4.geld.4', 'ja'),

 -- Stap 1: ons vraagstuk.
 ('iedereen-onder-dak', 'stap1.1',
  'Er zijn mensen in onze stad zonder dak boven hun hoofd, en wie ' ||
   'dakloos dreigt te worden valt pas op als het al te laat is.'),
 ('iedereen-onder-dak', 'stap1.2.4',
  'Hoeveel mensen precies dakloos zijn of het dreigen te worden, weten we ' ||
   'niet. Dat zoeken we uit met de stichting en de gemeente.'),
 ('iedereen-onder-dak', 'stap1.3.2',
  'Wij hebben woningen en bouwkracht, maar geen opvang, geen zorg en geen ' ||
   'subsidie. Die liggen bij de anderen.'),

 -- Stap 2: het vraagstuk van de anderen.
 ('iedereen-onder-dak', 'stap2.1',
  'De stichting Daklozenopvang, de gemeente, een zorgverlener die veel ' ||
   'van onze huurders kent, de daklozen zelf, de GGD en de buurt rond een ' ||
   'mogelijke nieuwe locatie.'),
 ('iedereen-onder-dak', 'stap2.3',
  'Iedereen in de stad onder dak: door betaalbare opvang die goed beheerd ' ||
   'wordt, en door dakloosheid eerder te voorkomen.'),
 ('iedereen-onder-dak', 'stap2.3.2',
  'Ja, de daklozen zelf moeten erbij, in elk geval bij het programma van ' ||
   'eisen voor het nieuwe huis.'),

 -- Stap 3: ontwerpprincipe en borging.
 ('iedereen-onder-dak', 'stap3.1.3',
  'Gelijkwaardig. De gemeente betaalt mee, maar is niet de opdrachtgever ' ||
   'van de coalitie.'),
 ('iedereen-onder-dak', 'stap3.2', 'Netwerkende overheid'),
 ('iedereen-onder-dak', 'stap3.2.1',
  'Ieder doet vrijwillig mee omdat hij er op een nieuwe manier beter van ' ||
   'wordt. Wat ons bindt is de gedeelde leuze en de afspraken die we ' ||
   'elkaar toezeggen, geen opdracht van bovenaf.'),
 ('iedereen-onder-dak', 'stap3.borging.rechtmatig',
  'De subsidie loopt via een gewone beschikking waar de raad over gaat, ' ||
   'en toegang tot de opvang blijft volgens de gemeentelijke regels gelijk ' ||
   'voor iedereen.'),
 ('iedereen-onder-dak', 'stap3.borging.presterend',
  'In het convenant staan concrete resultaten: het opvanghuis en de ' ||
   'vroegsignalering. Eén keer per jaar laten we de partners en de raad ' ||
   'zien wat er bereikt is.'),
 ('iedereen-onder-dak', 'stap3.borging.participerend',
  'Daklozen denken mee over het programma van eisen. We houden ook ruimte ' ||
   'voor de buurt en voor vrijwilligers die al opvang bieden.'),

 -- Stap 4: inrichting.
 ('iedereen-onder-dak', 'stap4.1',
  'Geen nieuwe organisatie: een kopgroep van vier partners met een kort ' ||
   'convenant, en daaronder een contract voor vroegsignalering en een ' ||
   'huurovereenkomst voor het opvanghuis.'),
 ('iedereen-onder-dak', 'stap4.2', 'Stewardship'),
 ('iedereen-onder-dak', 'stap4.3',
  'De corporatie betaalt de bouw uit eigen middelen, de gemeente geeft ' ||
   'eenmalig subsidie. Daarna daalt de structurele subsidie aan de ' ||
   'stichting, omdat de huisvesting goedkoper wordt.'),
 ('iedereen-onder-dak', 'stap4.7',
  'Een convenant tussen de vier partners, een contract tussen corporatie ' ||
   'en zorgverlener, een huurovereenkomst tussen corporatie en stichting, ' ||
   'en een subsidiebeschikking van de gemeente.'),

 -- Stap 5: andere samenwerkingen.
 ('iedereen-onder-dak', 'stap5.1',
  'Het regionale overleg over maatschappelijke opvang, het sociale ' ||
   'wijkteam en de winteropvang van kerken en vrijwilligers. Zie de lijst ' ||
   'van andere samenwerkingen.'),
 ('iedereen-onder-dak', 'stap5.2',
  'Wij koppelen bouwen, opvang en zorg in één set afspraken, en we ' ||
   'beginnen al bij de voordeur van de huurder, voordat iemand op straat ' ||
   'staat.'),
 ('iedereen-onder-dak', 'stap5.4',
  'Een nieuw opvanghuis kan mensen uit buurgemeenten aantrekken. Dat ' ||
   'bespreken we in het regionale overleg over opvang.');


-- The players: the case's five, then two we added ourselves.
INSERT INTO cat_example_player(example, seq, name, organisation, kind, level,
  role, power, interest, standpunt, kopgroep, eigen_belang, bijdrage) VALUES
 ('iedereen-onder-dak', 1, 'Directeur woningcorporatie', 'Woningcorporatie',
  'maatschappelijke organisatie', 'gemeente', 'initiatiefnemer', 4, 5,
  'voorstander', 1,
  'Daklozen onderdak bieden hoort bij onze rol als sociaal ondernemer. ' ||
   'Nieuw eigen belang: die taak echt waarmaken, en via vroegsignalering ' ||
   'minder huurders die hun woning verliezen.',
  'geld,kunde,netwerk'),
 ('iedereen-onder-dak', 2, 'Coördinator opvang', 'Stichting Daklozenopvang',
  'maatschappelijke organisatie', 'gemeente', 'drager', 3, 5,
  'voorstander', 1,
  'Wilde eerst vooral een hogere vergoeding van de gemeente. Nieuw eigen ' ||
   'belang: een nieuw opvanghuis in beheer tegen lage lasten, zodat de ' ||
   'opvang ook met minder subsidie rondkomt.',
  'mensen,kunde'),
 ('iedereen-onder-dak', 3, 'Beleidsmedewerker opvang', 'Gemeente',
  'gemeente', 'gemeente', 'drager', 4, 4, 'voorstander', 1,
  'Wil dat zorginstellingen eerder zien dat iemand dakloos dreigt te ' ||
   'raken, omdat dat opvangkosten scheelt. Nieuw eigen belang: een ' ||
   'eenmalige bijdrage aan de bouw in ruil voor een lagere structurele ' ||
   'subsidie aan de opvang.',
  'geld,bevoegdheid'),
 ('iedereen-onder-dak', 4, 'Zorgverlener', 'Zorginstelling',
  'maatschappelijke organisatie', 'gemeente', 'drager', 3, 3,
  'voorstander', 1,
  'De casus noemt haar eigen behoefte niet; onze inschatting: cliënten ' ||
   'eerder in beeld krijgen, voordat problemen met wonen en zorg zich ' ||
   'opstapelen. Sluit met de corporatie een contract over vroegsignalering.',
  'mensen,kunde'),
 ('iedereen-onder-dak', 5, 'Daklozen', 'Daklozen en bewoners van de opvang',
  'burgers', 'gemeente', 'afnemer', 1, 5, 'afwachtend', 0,
  'Een veilige, fatsoenlijke plek om te slapen en te wonen. Stonden eerst ' ||
   'buiten de deur; op het laatst gevraagd mee te bepalen wat er in het ' ||
   'programma van eisen voor het nieuwe opvanghuis komt.',
  'kunde'),
 ('iedereen-onder-dak', 6, 'Arts maatschappelijke gezondheidszorg', 'GGD',
  'regio', 'regio', 'schrager', 2, 3, 'afwachtend', 0,
  'Niet in de casus, door ons toegevoegd: de GGD wil zicht op de ' ||
   'gezondheid van daklozen en op mensen die dreigen af te glijden, en kan ' ||
   'met kennis en contacten de vroegsignalering steunen.',
  'kunde,netwerk'),
 ('iedereen-onder-dak', 7, 'Voorzitter buurtvereniging',
  'Buurtvereniging rond de nieuwe locatie', 'burgers', 'wijk',
  'buitenstaander', 2, 4, 'afwachtend', 0,
  'Niet in de casus, door ons toegevoegd: rust en veiligheid in de straat ' ||
   'waar het opvanghuis komt. Kan bezwaar maken tegen de bouw, maar ook ' ||
   'helpen het huis een plek in de buurt te geven.',
  'netwerk');


-- Other collaborations on the terrain (step 5); none of them is in the case.
INSERT INTO cat_example_collaboration(example, seq, name, description, stance,
  note) VALUES
 ('iedereen-onder-dak', 1, 'Regionaal overleg maatschappelijke opvang',
  'Overleg van de centrumgemeente met de gemeenten in de regio over ' ||
   'opvang en de verdeling van opvangplekken.',
  'samenwerken',
  'Door ons toegevoegd. Hier stemmen we af of het nieuwe huis ook mensen ' ||
   'uit buurgemeenten opvangt.'),
 ('iedereen-onder-dak', 2, 'Sociaal wijkteam',
  'Team van hulpverleners in de wijk dat bewoners met problemen rond ' ||
   'geld, zorg en wonen ondersteunt.',
  'samenwerken',
  'Door ons toegevoegd. Signalen uit de vroegsignalering moeten niet ' ||
   'langs het wijkteam heen lopen; we spreken af wie wat oppakt.'),
 ('iedereen-onder-dak', 3, 'Winteropvang van kerken en vrijwilligers',
  'Vrijwilligers die in de koude maanden een slaapplek en een maaltijd ' ||
   'bieden.',
  'nog onbepaald',
  'Door ons toegevoegd. Is dit aanvulling of concurrentie voor het ' ||
   'nieuwe huis? Dat willen we eerst met hen bespreken.');
