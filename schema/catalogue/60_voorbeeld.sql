-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: two ready example coalitions, "Iedereen onder dak" and "Samen
-- uit de schulden", a newcomer's tour of every part of Vitaal.
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
--                               (not in the case; added for step 5);
--  * cat_example_sql            the rest (see the end of this file): the
--                               players' relations, the typology scored, a
--                               pole box with a prepared anonymous round and
--                               a named round, a dilemmabox with arguments, a
--                               werkconferentie with changes and a note, and
--                               an intervisie group with a shared
--                               self-analysis.
-- The second example, 'samen-uit-de-schulden', is built from the IBP essay
-- (van der Steen e.a. 2020, seed004): a regional, multi-level approach of
-- problematic debts, one of the IBP's themes, with the five design steps
-- and the four perspectives on sturing filled in. Its region, players and
-- answers are our own illustration; the essay names no region.
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
   'Schragers: de GGD. De buurt rond de nieuwe locatie staat nog buiten de ' ||
   'coalitie; we willen haar als schrager winnen.'),
 ('iedereen-onder-dak', 'fase2.partners.16',
  'Ja. Wij maken onze sociale taak waar; de stichting krijgt een huis ' ||
   'tegen lage lasten; de gemeente kan haar subsidie aan de opvang ' ||
   'verlagen en bespaart door vroegsignalering; de zorgverlener bereikt ' ||
   'cliënten eerder.'),
 ('iedereen-onder-dak', 'fase2.geld.2', 'nee'),
 -- (Why not yet, and what the partners agreed about it, is the answer to
 -- fase2.geld.3, written in the werkconferentie below.)

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
   'waar het opvanghuis komt. Staat nog buiten de coalitie en kan bezwaar ' ||
   'maken tegen de bouw; de kopgroep wil de buurt als schrager winnen, zodat ' ||
   'het huis een plek in de wijk krijgt.',
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


-- The second example: a multi-level collaboration in the spirit of the IBP
-- (seed004). The five design steps are answered as an opgaveteam would in
-- its first focussessies; the four perspectives of step 3 each get their
-- borging. All texts are ours.
INSERT INTO cat_example(key, name, phase, summary, source, chapter) VALUES
 ('samen-uit-de-schulden', 'Samen uit de schulden (voorbeeld)', 2,
  'Gemeenten in een regio, de provincie, een ministerie en een landelijke ' ||
   'uitvoeringsorganisatie zien dat steeds meer inwoners vastlopen in ' ||
   'problematische schulden. Het landelijke programma geeft het thema, de ' ||
   'regio maakt er haar eigen vraagstuk van. Het opgaveteam doorloopt de ' ||
   'vijf ontwerpstappen: wat is het vraagstuk volgens ons, wie zijn de ' ||
   'anderen, welk ontwerpprincipe past, waarmee organiseren we het en hoe ' ||
   'verhouden we ons tot wat er al is.',
  'seed004', 'H2 Conceptueel kader, vijf stappen');

INSERT INTO cat_example_answer(example, item_key, value) VALUES
 ('samen-uit-de-schulden', 'coalitie.opgave',
  'Inwoners van de regio die in de schulden raken, krijgen vroeg en zonder ' ||
   'omwegen hulp, ongeacht bij welke overheid of instantie ze aankloppen.'),
 ('samen-uit-de-schulden', 'coalitie.doel',
  'Binnen drie jaar één regionale route voor schuldhulp, waarin gemeenten, ' ||
   'woningcorporaties, de uitvoeringsorganisatie en vrijwilligers signalen ' ||
   'delen en elkaars regels niet meer in de weg zitten.'),
 -- Stap 1: wat is het vraagstuk volgens ons?
 ('samen-uit-de-schulden', 'stap1.1',
  'Inwoners met schulden worden van loket naar loket gestuurd, en elke ' ||
   'instantie int of helpt volgens haar eigen regels. Daardoor groeien ' ||
   'schulden terwijl iedereen zijn werk doet.'),
 ('samen-uit-de-schulden', 'stap1.1.1',
  'Bestaanszekerheid, en het vertrouwen van inwoners dat de overheid hen ' ||
   'als één geheel tegemoet treedt.'),
 ('samen-uit-de-schulden', 'stap1.1.3',
  'Van het landelijke thema problematische schulden. Wij maken er de vraag ' ||
   'van hoe inwoners in onze regio eerder en met minder loketten geholpen ' ||
   'worden.'),
 ('samen-uit-de-schulden', 'stap1.2.1',
  'In de hele regio, maar het meest in de oude wijken van de centrumgemeente ' ||
   'en in twee kleinere kernen met veel huurwoningen.'),
 ('samen-uit-de-schulden', 'stap1.2.3',
  'Het thema kwam van bovenaf, uit het landelijke programma. De afbakening ' ||
   'tot een regionale route hebben de gemeenten zelf gekozen.'),
 ('samen-uit-de-schulden', 'stap1.3',
  'Dat signalen van betalingsachterstanden binnen een maand tot een ' ||
   'hulpaanbod leiden, en dat inwoners één vast aanspreekpunt hebben.'),
 ('samen-uit-de-schulden', 'stap1.3.2',
  'Omdat de schuldeisers en de regels bij andere overheden liggen: ' ||
   'gemeenten alleen kunnen invordering en boetes niet stilzetten.'),
 ('samen-uit-de-schulden', 'stap1.3.3', '3'),
 -- Stap 2: wie zijn de anderen?
 ('samen-uit-de-schulden', 'stap2.1',
  'De gemeenten in de regio, de provincie, het ministerie dat het ' ||
   'landelijke programma trekt, een uitvoeringsorganisatie van het Rijk die ' ||
   'vorderingen int, de woningcorporaties en een vrijwilligersorganisatie ' ||
   'voor schuldhulpmaatjes.'),
 ('samen-uit-de-schulden', 'stap2.1.1',
  'Rijk (ministerie en uitvoeringsorganisatie), provincie en gemeenten. ' ||
   'Het waterschap int ook belastingen en ontbreekt nog.'),
 ('samen-uit-de-schulden', 'stap2.1.4',
  'Het waterschap en de energieleveranciers. En inwoners met schulden ' ||
   'zelf: over hen wordt nog vooral gepraat.'),
 ('samen-uit-de-schulden', 'stap2.1.5',
  'De gemeenten hebben de groep zelf samengesteld; het ministerie is ' ||
   'gevraagd aan te sluiten.'),
 ('samen-uit-de-schulden', 'stap2.2',
  'De uitvoeringsorganisatie wil rechtsgelijkheid en kan niet per regio ' ||
   'andere regels toepassen. De corporaties willen huurachterstanden ' ||
   'kleiner zien. Het ministerie wil resultaten die het landelijk kan ' ||
   'laten zien.'),
 ('samen-uit-de-schulden', 'stap2.3',
  'Met de anderen erbij wordt het vraagstuk: hoe delen we signalen en ' ||
   'maken we uitzonderingen mogelijk, zonder dat landelijke regels hun ' ||
   'gelijkheid verliezen?'),
 ('samen-uit-de-schulden', 'stap2.3.3', '3'),
 -- Stap 3: welk ontwerpprincipe?
 ('samen-uit-de-schulden', 'stap3.1',
  'Partijen met eigen bevoegdheden die elkaar nodig hebben en niet ' ||
   'boven elkaar staan: dat vraagt om een netwerk dat gedeelde belangen ' ||
   'zichtbaar maakt, met enkele harde afspraken over gegevens.'),
 ('samen-uit-de-schulden', 'stap3.1.2',
  'De regio neemt het initiatief en nodigt het centrale niveau uit; het ' ||
   'ministerie geeft ruimte en kijkt mee.'),
 ('samen-uit-de-schulden', 'stap3.1.5',
  'Ernaast: het Rijk zit als partner aan tafel, niet als opdrachtgever.'),
 ('samen-uit-de-schulden', 'stap3.2', 'Netwerkende overheid'),
 ('samen-uit-de-schulden', 'stap3.2.1',
  'Geen partij kan de anderen opdragen hoe ze moeten werken; alleen samen ' ||
   'krijgen we de route sluitend.'),
 ('samen-uit-de-schulden', 'stap3.3',
  'Rechtsgelijkheid tussen regio''s, en de afrekenbare prestaties die ' ||
   'het ministerie graag ziet.'),
 ('samen-uit-de-schulden', 'stap3.borging.rechtmatig',
  'Elke uitzondering op de invordering legt de uitvoeringsorganisatie ' ||
   'vast volgens haar eigen regels, en de gegevensdeling krijgt een ' ||
   'juridische basis voordat ze begint.'),
 ('samen-uit-de-schulden', 'stap3.borging.presterend',
  'We spreken drie meetbare resultaten af en leggen er elk half jaar ' ||
   'verantwoording over af aan de gemeenteraden en het ministerie.'),
 ('samen-uit-de-schulden', 'stap3.borging.netwerkend',
  'Het leidende perspectief: een regionaal overleg waarin iedere partner ' ||
   'zijn belang op tafel legt en waarin we samen bepalen wat de volgende ' ||
   'stap is.'),
 ('samen-uit-de-schulden', 'stap3.borging.participerend',
  'Inwoners die schulden hadden, toetsen de route als ervaringsdeskundigen, ' ||
   'en vrijwilligersorganisaties krijgen ruimte voor hun eigen aanpak.'),
 -- Stap 4: waarmee organiseren we het?
 ('samen-uit-de-schulden', 'stap4.1',
  'Een licht regionaal programmabureau bij de centrumgemeente, zonder ' ||
   'eigen rechtspersoon, met een convenant tussen de partners.'),
 ('samen-uit-de-schulden', 'stap4.1.1',
  'De programmamanager van de centrumgemeente is de spin in het web; een ' ||
   'wethouder uit een kleinere gemeente zit het regionaal overleg voor.'),
 ('samen-uit-de-schulden', 'stap4.2', 'Stewardship'),
 ('samen-uit-de-schulden', 'stap4.2.1',
  'De partners leggen verantwoording af aan elkaar; het ministerie vraagt ' ||
   'geen prestatie-eisen maar neemt deel aan de halfjaarlijkse bespreking.'),
 ('samen-uit-de-schulden', 'stap4.3',
  'Een bijdrage uit het landelijke programma voor twee jaar, aangevuld met ' ||
   'inleg van de gemeenten naar inwonertal. Het regionaal overleg beslist ' ||
   'over de besteding.'),
 ('samen-uit-de-schulden', 'stap4.5',
  'Het programmabureau houdt bij hoe snel een signaal tot hulp leidt, en ' ||
   'bespreekt dat elk kwartaal met de partners.'),
 ('samen-uit-de-schulden', 'stap4.8',
  'Elke gemeenteraad stelt de regionale aanpak vast en krijgt de ' ||
   'halfjaarlijkse rapportage; de regio zelf is geen bestuurslaag.'),
 -- Stap 5: hoe verhouden we ons tot wat er al is?
 ('samen-uit-de-schulden', 'stap5.1',
  'De arbeidsmarktregio, het regionale armoedeoverleg en de landelijke ' ||
   'aanpak van vroegsignalering van energieleveranciers.'),
 ('samen-uit-de-schulden', 'stap5.1.3',
  'Het landelijke programma waar dit thema uit voortkomt, en afspraken ' ||
   'tussen Rijk en gemeenten over bestaanszekerheid.'),
 ('samen-uit-de-schulden', 'stap5.3',
  'We werken samen met het armoedeoverleg en sluiten aan bij de landelijke ' ||
   'vroegsignalering, in plaats van een eigen systeem te bouwen.'),
 ('samen-uit-de-schulden', 'stap5.4',
  'Ja: als onze regio uitzonderingen krijgt, kunnen buurregio''s hetzelfde ' ||
   'vragen. Dat bespreken we met het ministerie voordat het een precedent ' ||
   'wordt.'),
 ('samen-uit-de-schulden', 'stap5.5',
  'Na elke halfjaarlijkse bespreking kijken we terug naar stap 1 en 2: is ' ||
   'het vraagstuk nog hetzelfde, en zitten de juiste partijen aan tafel?');

INSERT INTO cat_example_player(example, seq, name, organisation, kind, level,
  role, power, interest, standpunt, kopgroep, eigen_belang, bijdrage) VALUES
 ('samen-uit-de-schulden', 1, 'Programmamanager centrumgemeente',
  'Centrumgemeente', 'gemeente', 'gemeente', 'regisseur', 4, 5,
  'voorstander', 1,
  'Minder inwoners die vastlopen, en minder kosten voor bijzondere bijstand ' ||
   'en opvang.',
  'mensen,kunde,netwerk'),
 ('samen-uit-de-schulden', 2, 'Wethouders regiogemeenten',
  'Gemeenten in de regio', 'gemeente', 'regio', 'drager', 4, 4,
  'voorstander', 1,
  'Dezelfde hulp voor hun inwoners als in de centrumgemeente, zonder ' ||
   'eigen bureau.',
  'geld,bevoegdheid'),
 ('samen-uit-de-schulden', 3, 'Beleidsadviseur ministerie',
  'Ministerie', 'rijk', 'land', 'schrager', 5, 3, 'afwachtend', 0,
  'Laten zien dat het landelijke programma in regio''s tot resultaat ' ||
   'leidt, zonder per regio nieuwe regels te maken.',
  'geld,bevoegdheid'),
 ('samen-uit-de-schulden', 4, 'Teamleider uitvoeringsorganisatie',
  'Uitvoeringsorganisatie van het Rijk', 'rijk', 'land', 'drager', 4, 3,
  'afwachtend', 1,
  'Minder vorderingen die oninbaar worden, en een werkwijze die overal ' ||
   'gelijk blijft.',
  'bevoegdheid,kunde'),
 ('samen-uit-de-schulden', 5, 'Gedeputeerde sociaal domein', 'Provincie',
  'provincie', 'provincie', 'schrager', 2, 2, 'voorstander', 0,
  'Brede welvaart in de kleinere kernen; kan kennis en een kleine bijdrage ' ||
   'inbrengen.',
  'geld,netwerk'),
 ('samen-uit-de-schulden', 6, 'Directeur woningcorporaties',
  'Woningcorporaties in de regio', 'maatschappelijke organisatie', 'regio',
  'drager', 3, 4, 'voorstander', 1,
  'Minder huurachterstanden en huisuitzettingen.',
  'kunde,netwerk'),
 ('samen-uit-de-schulden', 7, 'Schuldhulpmaatje', 'Vrijwilligersorganisatie',
  'maatschappelijke organisatie', 'gemeente', 'schrager', 1, 5,
  'voorstander', 0,
  'Dat vrijwilligers serieus genomen worden en snel kunnen doorverwijzen.',
  'mensen'),
 ('samen-uit-de-schulden', 8, 'Inwoners met schulden',
  'Inwoners van de regio', 'burgers', 'regio', 'afnemer', 1, 5,
  'afwachtend', 0,
  'Eén aanspreekpunt, en rust om hun schulden af te lossen.',
  'kunde');

INSERT INTO cat_example_collaboration(example, seq, name, description, stance,
  note) VALUES
 ('samen-uit-de-schulden', 1, 'Regionaal armoedeoverleg',
  'Overleg van gemeenten en maatschappelijke organisaties over armoede in ' ||
   'de regio.',
  'samenwerken',
  'Raakt deels aan ons vraagstuk; we delen het programmabureau niet, maar ' ||
   'wel de agenda.'),
 ('samen-uit-de-schulden', 2, 'Arbeidsmarktregio',
  'Samenwerking van gemeenten en UWV rond werk en inkomen.',
  'nog onbepaald',
  'Werk is vaak de uitweg uit schulden; afstemmen zodra de route staat.');


-- The parts of the examples that are more than answers, players and
-- collaborations (migration 013): each a statement run in order when the
-- example is copied, with :coalitie the new coalition. People, the session
-- and the intervisie group are the werkboek's own and are made only once,
-- so opening an example again does not double them.
INSERT INTO cat_example_sql(example, seq, what, stmt) VALUES
 ('iedereen-onder-dak', 1, 'deelnemer Karin de Wit',
  'INSERT INTO participant(name, organisation, role) SELECT ''Karin de Wit'', ''Woningcorporatie (voorbeeld)'', ''directeur'' WHERE NOT EXISTS (SELECT 1 FROM participant WHERE name = ''Karin de Wit'')'),
 ('iedereen-onder-dak', 2, 'deelnemer bij de coalitie',
  'INSERT OR IGNORE INTO coalition_participant(coalition_id, participant_id) SELECT :coalitie, (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 3, 'deelnemer Hassan El Amrani',
  'INSERT INTO participant(name, organisation, role) SELECT ''Hassan El Amrani'', ''Stichting Daklozenopvang (voorbeeld)'', ''coördinator opvang'' WHERE NOT EXISTS (SELECT 1 FROM participant WHERE name = ''Hassan El Amrani'')'),
 ('iedereen-onder-dak', 4, 'deelnemer bij de coalitie',
  'INSERT OR IGNORE INTO coalition_participant(coalition_id, participant_id) SELECT :coalitie, (SELECT id FROM participant WHERE name = ''Hassan El Amrani'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 5, 'deelnemer Marieke Jansen',
  'INSERT INTO participant(name, organisation, role) SELECT ''Marieke Jansen'', ''Gemeente (voorbeeld)'', ''beleidsmedewerker opvang'' WHERE NOT EXISTS (SELECT 1 FROM participant WHERE name = ''Marieke Jansen'')'),
 ('iedereen-onder-dak', 6, 'deelnemer bij de coalitie',
  'INSERT OR IGNORE INTO coalition_participant(coalition_id, participant_id) SELECT :coalitie, (SELECT id FROM participant WHERE name = ''Marieke Jansen'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 7, 'deelnemer Peter Bos',
  'INSERT INTO participant(name, organisation, role) SELECT ''Peter Bos'', ''Zorginstelling (voorbeeld)'', ''teamleider wijkzorg'' WHERE NOT EXISTS (SELECT 1 FROM participant WHERE name = ''Peter Bos'')'),
 ('iedereen-onder-dak', 8, 'deelnemer bij de coalitie',
  'INSERT OR IGNORE INTO coalition_participant(coalition_id, participant_id) SELECT :coalitie, (SELECT id FROM participant WHERE name = ''Peter Bos'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 9, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Directeur woningcorporatie''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Coördinator opvang''), ''samenwerking'', 4, ''Werken samen aan het nieuwe opvanghuis; de stichting gaat het beheren.'''),
 ('iedereen-onder-dak', 10, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Beleidsmedewerker opvang''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Coördinator opvang''), ''financiering'', 4, ''De gemeente betaalt de opvang; over de hoogte van die vergoeding wordt al jaren onderhandeld.'''),
 ('iedereen-onder-dak', 11, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Coördinator opvang''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Beleidsmedewerker opvang''), ''spanning'', 3, ''De stichting wil een hogere vergoeding, de gemeente wil de kosten omlaag.'''),
 ('iedereen-onder-dak', 12, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Directeur woningcorporatie''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Zorgverlener''), ''opdrachtgever'', 3, ''Het contract over vroegsignalering: de corporatie meldt, de zorgverlener pakt op.'''),
 ('iedereen-onder-dak', 13, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Zorgverlener''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Coördinator opvang''), ''keten'', 3, ''Wie ondanks de hulp dakloos raakt, komt via de zorgverlener bij de opvang.'''),
 ('iedereen-onder-dak', 14, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Voorzitter buurtvereniging''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Directeur woningcorporatie''), ''spanning'', 2, ''De buurt vreest overlast rond het nieuwe huis; de corporatie wil haar als schrager winnen.'''),
 ('iedereen-onder-dak', 15, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Arts maatschappelijke gezondheidszorg''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Zorgverlener''), ''samenwerking'', 2, ''De GGD deelt wat zij weet over de gezondheid van daklozen.'''),
 ('iedereen-onder-dak', 16, 'typologie: de opgave',
  'INSERT INTO typology(coalition_id, opgave_score) VALUES (:coalitie, 2)'),
 ('iedereen-onder-dak', 17, 'typologie: factor 1',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 1, 2, ''Vier partners aan tafel, met de GGD en de buurt erbij.'')'),
 ('iedereen-onder-dak', 18, 'typologie: factor 2',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 2, 3, ''De partners hebben elkaar nodig; niemand kan het huis alleen neerzetten.'')'),
 ('iedereen-onder-dak', 19, 'typologie: factor 3',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 3, 2, '''')'),
 ('iedereen-onder-dak', 20, 'typologie: factor 4',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 4, 3, ''Afspraken gaan over meer partijen tegelijk, niet twee aan twee.'')'),
 ('iedereen-onder-dak', 21, 'typologie: factor 5',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 5, 1, '''')'),
 ('iedereen-onder-dak', 22, 'typologie: factor 6',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 6, 3, ''Gemeente en corporatie zijn sterk; de daklozen hebben weinig macht.'')'),
 ('iedereen-onder-dak', 23, 'typologie: factor 7',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 7, 2, '''')'),
 ('iedereen-onder-dak', 24, 'typologie: factor 8',
  'INSERT INTO typology_factor(coalition_id, factor, score, note) VALUES (:coalitie, 8, 2, ''Opvang, zorg en wonen spreken elk hun eigen vaktaal.'')'),
 ('iedereen-onder-dak', 25, 'sessie',
  'INSERT INTO session(kind, title, date, place, facilitator, opened, closed) SELECT ''werkconferentie'', ''Werkconferentie Iedereen onder dak (voorbeeld)'', ''2026-03-12'', ''Stadhuis, raadszaal'', ''Karin de Wit'', ''2026-03-12T09:00:00Z'', ''2026-03-12T12:30:00Z'' WHERE NOT EXISTS (SELECT 1 FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'')'),
 ('iedereen-onder-dak', 26, 'sessie bij de coalitie',
  'INSERT OR IGNORE INTO session_coalition(session_id, coalition_id) SELECT (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), :coalitie'),
 ('iedereen-onder-dak', 27, 'aanwezig in de sessie',
  'INSERT OR IGNORE INTO session_participant(session_id, participant_id) SELECT (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 28, 'aanwezig in de sessie',
  'INSERT OR IGNORE INTO session_participant(session_id, participant_id) SELECT (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), (SELECT id FROM participant WHERE name = ''Hassan El Amrani'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 29, 'aanwezig in de sessie',
  'INSERT OR IGNORE INTO session_participant(session_id, participant_id) SELECT (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), (SELECT id FROM participant WHERE name = ''Marieke Jansen'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 30, 'aanwezig in de sessie',
  'INSERT OR IGNORE INTO session_participant(session_id, participant_id) SELECT (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), (SELECT id FROM participant WHERE name = ''Peter Bos'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 31, 'wijziging in de sessie: coalitie.doel',
  'INSERT INTO answer(coalition_id, item_key, value, updated, session_id, author) VALUES (:coalitie, ''coalitie.doel'', ''We bouwen samen een nieuw opvanghuis, dat de stichting tegen lage lasten beheert, en we voorkomen met vroegsignalering dat huurders van de corporatie dakloos raken. Binnen twee jaar slaapt niemand in de stad nog buiten.'', ''2026-03-12T10:05:00Z'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''Karin de Wit'') ON CONFLICT(coalition_id, item_key) DO UPDATE SET value = excluded.value, updated = excluded.updated, session_id = excluded.session_id, author = excluded.author'),
 ('iedereen-onder-dak', 32, 'wijziging in de sessie: fase2.geld.3',
  'INSERT INTO answer(coalition_id, item_key, value, updated, session_id, author) VALUES (:coalitie, ''fase2.geld.3'', ''Een gezamenlijke pot is er nog niet, en dat is een risico: zonder eigen geld houdt een coalitie het zelden lang vol. In de werkconferentie spraken we af dat elke partner vóór het contract een vast bedrag per jaar toezegt voor vroegsignalering, zonder vooraf te bepalen wie het uitgeeft.'', ''2026-03-12T11:20:00Z'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''Marieke Jansen'') ON CONFLICT(coalition_id, item_key) DO UPDATE SET value = excluded.value, updated = excluded.updated, session_id = excluded.session_id, author = excluded.author'),
 ('iedereen-onder-dak', 33, 'wijziging in de sessie: fase1.partners.4',
  'INSERT INTO answer(coalition_id, item_key, value, updated, session_id, author) VALUES (:coalitie, ''fase1.partners.4'', ''Eerst niet: de daklozen zaten niet aan tafel en werden liever op afstand gehouden. Sinds de werkconferentie denkt een ervaringsdeskundige uit de opvang mee in de kopgroep.'', ''2026-03-12T11:45:00Z'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''Hassan El Amrani'') ON CONFLICT(coalition_id, item_key) DO UPDATE SET value = excluded.value, updated = excluded.updated, session_id = excluded.session_id, author = excluded.author'),
 ('iedereen-onder-dak', 34, 'notitie uit de sessie',
  'INSERT INTO note(coalition_id, text, created, updated, session_id) VALUES (:coalitie, ''Afspraak uit de werkconferentie: de corporatie nodigt de buurtvereniging uit voor een avond over het nieuwe huis, nog voordat de bouwaanvraag de deur uitgaat.'', ''2026-03-12T12:20:00Z'', ''2026-03-12T12:20:00Z'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1))'),
 ('iedereen-onder-dak', 35, 'dilemma: eigen belang of coalitiebelang',
  'INSERT INTO dilemma(coalition_id, catalogue_key, form, title, pole_a, pole_b, rationale, team_position, seq) SELECT :coalitie, key, form, title, coalesce(pole_a, ''''), coalesce(pole_b, ''''), ''Ieder moet er zelf beter van worden, anders haakt hij af; maar het huis komt er alleen als de partners ook iets opgeven. We kiezen iets meer voor het coalitiebelang.'', 5, 1 FROM cat_dilemma WHERE key = ''eigenbelang-coalitiebelang'''),
 ('iedereen-onder-dak', 36, 'ronde 1: vooraf, anoniem',
  'INSERT INTO dilemma_round(dilemma_id, seq, mode, label, opened, closed) SELECT (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang''), 1, ''anoniem'', ''voorbereiding, vooraf ingevuld'', ''2026-03-05T08:00:00Z'', ''2026-03-11T17:00:00Z'''),
 ('iedereen-onder-dak', 37, 'plaats in ronde 1',
  'INSERT INTO dilemma_position(dilemma_id, round_id, label, position, created) SELECT d.id, r.id, '''', 2, ''2026-03-06T09:00:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 1 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 38, 'plaats in ronde 1',
  'INSERT INTO dilemma_position(dilemma_id, round_id, label, position, created) SELECT d.id, r.id, '''', 3, ''2026-03-06T09:00:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 1 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 39, 'plaats in ronde 1',
  'INSERT INTO dilemma_position(dilemma_id, round_id, label, position, created) SELECT d.id, r.id, '''', 3, ''2026-03-06T09:00:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 1 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 40, 'plaats in ronde 1',
  'INSERT INTO dilemma_position(dilemma_id, round_id, label, position, created) SELECT d.id, r.id, '''', 5, ''2026-03-06T09:00:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 1 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 41, 'ronde 2: in de werkconferentie, op naam',
  'INSERT INTO dilemma_round(dilemma_id, seq, mode, label, session_id, opened, closed) SELECT (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang''), 2, ''naam'', ''werkconferentie, na het gesprek'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''2026-03-12T10:30:00Z'', ''2026-03-12T10:50:00Z'''),
 ('iedereen-onder-dak', 42, 'plaats in ronde 2',
  'INSERT INTO dilemma_position(dilemma_id, round_id, participant_id, label, position, note, session_id, created) SELECT d.id, r.id, (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1), ''Karin de Wit'', 5, ''Het huis komt er alleen als we samen iets opgeven.'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''2026-03-12T10:40:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 2 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 43, 'plaats in ronde 2',
  'INSERT INTO dilemma_position(dilemma_id, round_id, participant_id, label, position, note, session_id, created) SELECT d.id, r.id, (SELECT id FROM participant WHERE name = ''Hassan El Amrani'' ORDER BY id LIMIT 1), ''Hassan El Amrani'', 4, ''Goed, als de opvang niet inlevert op kwaliteit.'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''2026-03-12T10:40:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 2 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 44, 'plaats in ronde 2',
  'INSERT INTO dilemma_position(dilemma_id, round_id, participant_id, label, position, note, session_id, created) SELECT d.id, r.id, (SELECT id FROM participant WHERE name = ''Marieke Jansen'' ORDER BY id LIMIT 1), ''Marieke Jansen'', 5, '''', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''2026-03-12T10:40:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 2 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 45, 'plaats in ronde 2',
  'INSERT INTO dilemma_position(dilemma_id, round_id, participant_id, label, position, note, session_id, created) SELECT d.id, r.id, (SELECT id FROM participant WHERE name = ''Peter Bos'' ORDER BY id LIMIT 1), ''Peter Bos'', 3, ''Wij moeten eerst zien wat vroegsignalering ons kost.'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1), ''2026-03-12T10:40:00Z'' FROM dilemma d JOIN dilemma_round r ON r.dilemma_id = d.id AND r.seq = 2 WHERE d.id = (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''eigenbelang-coalitiebelang'')'),
 ('iedereen-onder-dak', 46, 'dilemmabox: huidige of verwachte werkelijkheid',
  'INSERT INTO dilemma(coalition_id, catalogue_key, form, title, pole_a, pole_b, between_text, likelihood, circling, seq) SELECT :coalitie, key, form, title, coalesce(pole_a, ''''), coalesce(pole_b, ''''), ''Eerst vroegsignalering in twee wijken, daarna het nieuwe huis.'', 4, ''We besluiten in de werkconferentie van maart en kijken na een jaar opnieuw.'', 2 FROM cat_dilemma WHERE key = ''huidige-verwachte-werkelijkheid'''),
 ('iedereen-onder-dak', 47, 'argument',
  'INSERT INTO dilemma_argument(dilemma_id, situation, stance, text, author, session_id) SELECT (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''huidige-verwachte-werkelijkheid''), ''huidig'', ''voor'', ''Ieder kent zijn eigen taak en hoeft niets op te geven.'', ''Karin de Wit'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1)'),
 ('iedereen-onder-dak', 48, 'argument',
  'INSERT INTO dilemma_argument(dilemma_id, situation, stance, text, author, session_id) SELECT (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''huidige-verwachte-werkelijkheid''), ''huidig'', ''tegen'', ''Er slapen mensen buiten, en signalen van een dreigende huisuitzetting komen te laat.'', ''Karin de Wit'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1)'),
 ('iedereen-onder-dak', 49, 'argument',
  'INSERT INTO dilemma_argument(dilemma_id, situation, stance, text, author, session_id) SELECT (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''huidige-verwachte-werkelijkheid''), ''nieuw'', ''voor'', ''Eén huis met goed beheer, en hulp voordat iemand zijn woning kwijt is.'', ''Karin de Wit'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1)'),
 ('iedereen-onder-dak', 50, 'argument',
  'INSERT INTO dilemma_argument(dilemma_id, situation, stance, text, author, session_id) SELECT (SELECT id FROM dilemma WHERE coalition_id = :coalitie AND catalogue_key = ''huidige-verwachte-werkelijkheid''), ''nieuw'', ''tegen'', ''De corporatie loopt bouwrisico en de stichting moet rondkomen met minder subsidie.'', ''Karin de Wit'', (SELECT id FROM session WHERE title = ''Werkconferentie Iedereen onder dak (voorbeeld)'' ORDER BY id DESC LIMIT 1)'),
 ('iedereen-onder-dak', 51, 'intervisiegroep',
  'INSERT OR IGNORE INTO igroup(name) VALUES (''Intervisiegroep Iedereen onder dak (voorbeeld)'')'),
 ('iedereen-onder-dak', 52, 'lid van de groep',
  'INSERT OR IGNORE INTO igroup_member(group_id, participant_id) SELECT (SELECT id FROM igroup WHERE name = ''Intervisiegroep Iedereen onder dak (voorbeeld)''), (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 53, 'lid van de groep',
  'INSERT OR IGNORE INTO igroup_member(group_id, participant_id) SELECT (SELECT id FROM igroup WHERE name = ''Intervisiegroep Iedereen onder dak (voorbeeld)''), (SELECT id FROM participant WHERE name = ''Hassan El Amrani'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 54, 'lid van de groep',
  'INSERT OR IGNORE INTO igroup_member(group_id, participant_id) SELECT (SELECT id FROM igroup WHERE name = ''Intervisiegroep Iedereen onder dak (voorbeeld)''), (SELECT id FROM participant WHERE name = ''Marieke Jansen'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 55, 'lid van de groep',
  'INSERT OR IGNORE INTO igroup_member(group_id, participant_id) SELECT (SELECT id FROM igroup WHERE name = ''Intervisiegroep Iedereen onder dak (voorbeeld)''), (SELECT id FROM participant WHERE name = ''Peter Bos'' ORDER BY id LIMIT 1)'),
 ('iedereen-onder-dak', 56, 'zelfanalyse, gedeeld',
  'INSERT INTO self_analysis(participant_id, form_key, title, shared) SELECT (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1), ''za-regisseur'', ''Regisseur van Iedereen onder dak'', 1 WHERE NOT EXISTS (SELECT 1 FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1))'),
 ('iedereen-onder-dak', 57, 'antwoord in de zelfanalyse',
  'INSERT OR IGNORE INTO self_answer(analysis_id, item_key, value) SELECT (SELECT id FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)), ''za-regisseur.1'', ''2'''),
 ('iedereen-onder-dak', 58, 'antwoord in de zelfanalyse',
  'INSERT OR IGNORE INTO self_answer(analysis_id, item_key, value) SELECT (SELECT id FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)), ''za-regisseur.2'', ''4'''),
 ('iedereen-onder-dak', 59, 'antwoord in de zelfanalyse',
  'INSERT OR IGNORE INTO self_answer(analysis_id, item_key, value) SELECT (SELECT id FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)), ''za-regisseur.5'', ''2'''),
 ('iedereen-onder-dak', 60, 'antwoord in de zelfanalyse',
  'INSERT OR IGNORE INTO self_answer(analysis_id, item_key, value) SELECT (SELECT id FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)), ''za-regisseur.9'', ''Tussen visionair en communicator: ik zie het huis al staan, maar de stichting en de buurt moeten er nog in meegaan. Ik wil leren meer ruimte te laten.'''),
 ('iedereen-onder-dak', 61, 'antwoord in de zelfanalyse',
  'INSERT OR IGNORE INTO self_answer(analysis_id, item_key, value) SELECT (SELECT id FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)), ''za-regisseur.10'', ''4'''),
 ('iedereen-onder-dak', 62, 'antwoord in de zelfanalyse',
  'INSERT OR IGNORE INTO self_answer(analysis_id, item_key, value) SELECT (SELECT id FROM self_analysis WHERE title = ''Regisseur van Iedereen onder dak'' AND participant_id = (SELECT id FROM participant WHERE name = ''Karin de Wit'' ORDER BY id LIMIT 1)), ''za-regisseur.11'', ''3'''),
 ('samen-uit-de-schulden', 1, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Programmamanager centrumgemeente''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Wethouders regiogemeenten''), ''samenwerking'', 4, ''Stemmen in het regionaal overleg af wat ieder in de eigen gemeente doet.'''),
 ('samen-uit-de-schulden', 2, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Beleidsadviseur ministerie''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Programmamanager centrumgemeente''), ''financiering'', 3, ''Het Rijk draagt bij uit het landelijke programma en wil weten wat het oplevert.'''),
 ('samen-uit-de-schulden', 3, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Teamleider uitvoeringsorganisatie''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Programmamanager centrumgemeente''), ''spanning'', 3, ''Landelijke werkwijzen en regionaal maatwerk schuren; wie gaat over een uitzondering?'''),
 ('samen-uit-de-schulden', 4, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Schuldhulpmaatje''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Inwoners met schulden''), ''keten'', 4, ''Vrijwilligers zijn vaak het eerste contact en begeleiden naar de gemeentelijke hulp.'''),
 ('samen-uit-de-schulden', 5, 'relatie',
  'INSERT INTO relation(coalition_id, from_player, to_player, kind, strength, note) SELECT :coalitie, (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Directeur woningcorporaties''), (SELECT id FROM player WHERE coalition_id = :coalitie AND name = ''Programmamanager centrumgemeente''), ''samenwerking'', 3, ''Melden huurachterstanden vroeg, zodat de gemeente hulp kan aanbieden.'''),
 ('samen-uit-de-schulden', 6, 'typologie: de opgave',
  'INSERT INTO typology(coalition_id, opgave_score) VALUES (:coalitie, 4)'),
 ('samen-uit-de-schulden', 7, 'typologie: factor 1',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 1, 4)'),
 ('samen-uit-de-schulden', 8, 'typologie: factor 2',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 2, 3)'),
 ('samen-uit-de-schulden', 9, 'typologie: factor 3',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 3, 2)'),
 ('samen-uit-de-schulden', 10, 'typologie: factor 4',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 4, 4)'),
 ('samen-uit-de-schulden', 11, 'typologie: factor 5',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 5, 3)'),
 ('samen-uit-de-schulden', 12, 'typologie: factor 6',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 6, 3)'),
 ('samen-uit-de-schulden', 13, 'typologie: factor 7',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 7, 3)'),
 ('samen-uit-de-schulden', 14, 'typologie: factor 8',
  'INSERT INTO typology_factor(coalition_id, factor, score) VALUES (:coalitie, 8, 3)'),
 ('samen-uit-de-schulden', 15, 'dilemma: nationaal programma of regionale uitwerking',
  'INSERT INTO dilemma(coalition_id, catalogue_key, form, title, pole_a, pole_b, rationale, team_position, seq) SELECT :coalitie, key, form, title, coalesce(pole_a, ''''), coalesce(pole_b, ''''), ''Het landelijke programma geeft richting en geld, maar de aanpak moet passen bij wat inwoners hier meemaken. We leggen het zwaartepunt bij de regio.'', 5, 1 FROM cat_dilemma WHERE key = ''nationaal-programma-regionale-uitwerking''');
