-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: the coalition typology from Konijn & van Spijker (2008), source
-- 'seed000', chapter 3 (Kijken naar vitale coalities).
--
--  * cat_coalition_type  four types on two axes: the opgave (vraag bekend or
--                        turbulent) x the sociaal systeem (eenvoudig or
--                        complex), as the book's 2x2 assigns them:
--                          bekend    x eenvoudig  Op orde brengen
--                          bekend    x complex    Herinrichten
--                          turbulent x eenvoudig  Vernieuwen
--                          turbulent x complex    Heruitvinden
--  * cat_strategy        the regie strategy per type; names as in the 2x2
--                        figure (variants from the running text are named
--                        in the summary).
--  * cat_factor          the eight factors whose sum makes a sociaal systeem
--                        complex. The book gives no threshold.
--
-- All summaries, questions and key questions are paraphrases in our own
-- words; only names and terms come from the source.

------------------------------------------------------------------------
-- The four coalition types
------------------------------------------------------------------------

INSERT INTO cat_coalition_type(key, seq, name, aliases, opgave, systeem, summary,
                               key_questions, source, chapter) VALUES
 ('op-orde-brengen', 1, 'Op orde brengen',
  'Orde op zaken|orde op zaken stellen|type 1 coalitie',
  'bekend', 'eenvoudig',
  'De vraag van de afnemers is bekend en de maatschappelijke behoefte staat vast; de '
  || 'coalitie gaat over de manier waarop die behoefte beter, sneller of goedkoper wordt '
  || 'bediend. Het sociaal systeem is overzichtelijk: een paar partners, die elkaar en '
  || 'hun routines goed kennen. Voorbeelden zijn een diagnose- en behandelketen voor '
  || 'staar of borstkanker en het doorverwijzen van plegers van huiselijk geweld naar '
  || 'therapie.',
  'Klopt onze zekerheid dat we al weten wat we willen, of verdient die twijfel?' || char(10)
  || 'Doen de partners echt mee met de afgebakende opgave, ook al is die op papier '
  || 'eenvoudig?' || char(10)
  || 'Lukt het om het eigen belang van elke partner te koppelen aan het gezamenlijke '
  || 'coalitiedoel?' || char(10)
  || 'Wat staat er voor een partner tegenover wat hij inlevert, zoals gemiste consulten '
  || 'of inkomsten?' || char(10)
  || 'Ziet elke partner wat hij aan de anderen heeft, en wil hij er ook werkelijk iets '
  || 'voor doen?' || char(10)
  || 'Zijn gevoelige strategische belangen, zoals de verdeling van cliëntenstromen, '
  || 'bespreekbaar?' || char(10)
  || 'Welke afnemers kunnen gaan trekken door hun wensen te laten horen?' || char(10)
  || 'Is de samenwerkingsconstructie slank genoeg, of verzandt zij in overleg over '
  || 'details?',
  'seed000', 'H3 Kijken naar vitale coalities, typen coalities'),
 ('herinrichten', 2, 'Herinrichten',
  'heringericht|het aanbod herinrichten|type 2 coalitie',
  'bekend', 'complex',
  'De vraag blijft gelijk, maar het aanbod moet op een overzichtelijke manier anders '
  || 'worden ingericht. Wat het lastig maakt, is het sociaal systeem: veel spelers, '
  || 'ingewikkelde en ongelijke verhoudingen, wantrouwen en andere relationele '
  || 'moeilijkheden, en elke organisatie met een eigen cultuur. Een voorbeeld is de '
  || 'inspectie van chemische bedrijven met kans op zware ongevallen (Brzo), waar '
  || 'Arbeidsinspectie, brandweerregio''s en provinciale en gemeentelijke '
  || 'milieudiensten elk hun eigen lijn volgden en de betrokken departementen het '
  || 'oneens waren.',
  'Wat is het probleem eigenlijk, en wie is er eigenaar van: wie is opdrachtgever en '
  || 'bij wie ligt de oplossing?' || char(10)
  || 'Waarom moet het werk anders, en hoe brengen we het veld in beweging?' || char(10)
  || 'Hoe helpen we bestuurders voorbij de reflex dat er aan hun bevoegdheden wordt '
  || 'getornd?' || char(10)
  || 'Hoe verbinden we alle spelers aan uitkomsten die op een ander niveau zijn '
  || 'bedacht?' || char(10)
  || 'Kan de coalitie ontstaan uit wat de uitvoerende partners zelf nodig hebben?' || char(10)
  || 'Welke afnemers kunnen de coalitie een spiegel voorhouden?' || char(10)
  || 'Hoe bouwen we vertrouwen op tussen partijen die elkaar wantrouwen?',
  'seed000', 'H3 Kijken naar vitale coalities, typen coalities'),
 ('vernieuwen', 3, 'Vernieuwen',
  'Innoveren|Nieuwe product-markt-combinaties|vernieuwd|type 3 coalitie',
  'turbulent', 'eenvoudig',
  'Een verandering van de tweede orde: niet alleen het aanbod, ook de vraag zelf moet '
  || 'opnieuw worden bepaald, omdat de behoefte onduidelijk is, sterk verandert of er '
  || 'nog geen goed antwoord op bestaat. Het sociaal systeem is nog betrekkelijk '
  || 'eenvoudig: een beperkt aantal spelers ontwikkelt samen een nieuwe verbinding '
  || 'tussen vraag en aanbod. Voorbeelden zijn de brede school, nieuwe aanpakken voor '
  || 'jonge criminelen en buurtcentra rond drie basisscholen in Slotervaart.',
  'Wat is precies het doel, en welke betekenissen lopen er nog door elkaar?' || char(10)
  || 'Welke partijen hebben belang bij dat doel, en wat zou hun bijdrage kunnen zijn?'
  || char(10)
  || 'Hoe bakenen we daarmee het coalitiedoel af?' || char(10)
  || 'Hoe lang houden we opties en verhoudingen vloeibaar, en wanneer stoppen we met '
  || 'problematiseren en gaan we doen?' || char(10)
  || 'Wie zijn de afnemers, en hoe halen we hun stem binnen: met onderzoek, panels, '
  || 'verhalen of een workshop?' || char(10)
  || 'Welke andere geluiden en tegenpolen brengen we in om vernieuwing uit te lokken?',
  'seed000', 'H3 Kijken naar vitale coalities, typen coalities'),
 ('heruitvinden', 4, 'Heruitvinden',
  'Transformeren|heruitgevonden|type 4 coalitie',
  'turbulent', 'complex',
  'De moeilijkste situatie: de opgave zit vol dynamiek en turbulentie, en de '
  || 'verhoudingen zijn complex, multilateraal en gespannen. De problemen hebben vele '
  || 'koppen en zijn moeilijk te begrenzen; werkende oplossingen zijn zeldzaam en hun effect '
  || 'is vaak onbewezen. Voorbeelden zijn de zwaarste probleemwijken, radicalisering '
  || 'van jongeren, zorg voor oudere migranten en de plattelandsvernieuwing in '
  || 'Noord-Holland Midden.',
  'Waar kunnen we nu al iets doen, in plaats van te wachten op een sluitend plan?'
  || char(10)
  || 'Welke vastgeroeste verhoudingen moeten worden opengebroken?' || char(10)
  || 'Welke nieuwe coalities kunnen we smeden, dwars door bestaande instituties heen?'
  || char(10)
  || 'Hoe houden we de aanpak eenvoudig, en welk klein deel van de inzet levert het '
  || 'meeste op?' || char(10)
  || 'Wat is onze eigen koers, nu grip op het geheel niet te krijgen is?' || char(10)
  || 'Staat het streven naar een integrale totaalaanpak het concrete handelen in de weg?',
  'seed000', 'H3 Kijken naar vitale coalities, typen coalities');

------------------------------------------------------------------------
-- The four regie strategies, one per type
------------------------------------------------------------------------

INSERT INTO cat_strategy(key, seq, name, type_key, summary, source, chapter) VALUES
 ('ruimte-creeren', 1, 'Ruimte creëren & dichttimmeren', 'op-orde-brengen',
  'Regiestrategie bij Op orde brengen. Een klein aantal partners zit vast in '
  || 'vertrouwde routines; de regisseur maakt eerst ruimte door de stellige overtuiging '
  || 'dat men al weet wat men wil te bevragen en partners los te weken uit hun '
  || 'werkpatronen. Daarna volgt daadkrachtig projectmanagement dat de afspraken echt '
  || 'uitgevoerd krijgt, in een zo slank mogelijke sturingsconstructie. In de lopende '
  || 'tekst ook gespeld als ruimte creëren & dichttimmeren en ruimte maken & '
  || 'dichttimmeren.',
  'seed000', 'H3 Kijken naar vitale coalities, regievoering per type'),
 ('opschudden', 2, 'Opschudden en herschikken', 'herinrichten',
  'Regiestrategie bij Herinrichten. Partijen krijgen het gewenste aanbod niet geleverd '
  || 'omdat er te veel actoren en interactiepatronen zijn. De regisseur schudt het veld '
  || 'op, verheldert de verhoudingen, spreekt ieder aan op de eigen verantwoordelijkheid '
  || 'en herschikt relaties en taken, steeds geredeneerd vanuit de afnemer en de '
  || 'maatschappelijke vraag.',
  'seed000', 'H3 Kijken naar vitale coalities, regievoering per type'),
 ('springen', 3, 'Springen & vormen', 'vernieuwen',
  'Regiestrategie bij Vernieuwen, ook innovatieregie genoemd. De regisseur lokt nieuwe '
  || 'combinaties van vraag en aanbod uit: veel ideeën laten ontstaan, niet te vroeg '
  || 'kiezen, van perspectief wisselen en het contrast opzoeken (regie van het '
  || 'verschil), met de speelsheid en verrassing van de nar. Het lastige moment is '
  || 'wanneer het verkennen moet stoppen en de beweging moet stollen tot actie. In de '
  || 'lopende tekst ook: springen en vormen.',
  'seed000', 'H3 Kijken naar vitale coalities, regievoering per type'),
 ('versimpelen', 4, 'Versimpelen & doen en laten draaien', 'heruitvinden',
  'Regiestrategie bij Heruitvinden. Grip op het geheel is niet te krijgen, dus de '
  || 'regisseur laat beheersing los, bepaalt de eigen koers en komt in actie in plaats '
  || 'van plannen te maken. Eenvoudige stappen die gaan lopen en zichtbaar werken, zijn '
  || 'belangrijker dan een integrale totaalaanpak. In de lopende tekst ook kortweg: '
  || 'versimpelen en doen.',
  'seed000', 'H3 Kijken naar vitale coalities, regievoering per type');

------------------------------------------------------------------------
-- The eight complexity factors of the sociaal systeem
------------------------------------------------------------------------
-- Scored 0 (eenvoudig) .. 4 (zeer complex) in typology_factor; each question
-- is phrased so that the complex pole is the high score.

INSERT INTO cat_factor(num, name, question, summary, source, chapter) VALUES
 (1, 'aantal',
  'Met hoeveel spelers heeft de coalitie te maken?',
  'Hoe meer spelers, hoe complexer het sociaal systeem. Een handvol partners is '
  || 'eenvoudig; een groot aantal partijen maakt het complex.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (2, 'interactie',
  'Hoe vaak en hoe langdurig moeten de partners met elkaar schakelen?',
  'Veel en langdurige interactie tussen partners maakt het systeem complexer; denk aan '
  || 'een organisatie als de politie, die met een groot aantal partners te maken heeft.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (3, 'vastheid',
  'Hoe weinig vast zijn de patronen in wie met wie samenwerkt?',
  'Weinig vaste relatiepatronen maken het complex; stabiele, bekende patronen maken '
  || 'het eenvoudiger.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (4, 'multilateraal',
  'Lopen de relaties vooral tussen veel partijen tegelijk, in plaats van tussen '
  || 'telkens twee partijen?',
  'Overwegend multilaterale verhoudingen zijn complexer dan overwegend bilaterale.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (5, 'wisselende deelnemers',
  'Wisselen de mensen die namens de partners aan tafel zitten vaak, in plaats van een '
  || 'vaste groep?',
  'Veel wisselingen in wie een partner vertegenwoordigt maken het systeem complex; een '
  || 'vaste groep mensen maakt het eenvoudiger.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (6, 'machtsverhoudingen',
  'In hoeverre weigeren partners de bestaande machtsverhoudingen te aanvaarden?',
  'Als de machtsverhoudingen niet of nauwelijks worden geaccepteerd, neemt de '
  || 'complexiteit toe; aanvaarde verhoudingen maken het eenvoudiger.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (7, 'onzekerheid',
  'Hoe onzeker zijn partners over hun onderlinge relaties, en hoe slecht kennen zij '
  || 'elkaar?',
  'Grote onzekerheid over de relaties, of partners die elkaar nauwelijks kennen, maken '
  || 'het sociaal systeem complex.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen'),
 (8, 'eenheid van taal',
  'Hoe moeilijk verstaan de partners elkaar: spreekt ieder een eigen taal?',
  'Weinig gedeelde taal maakt het complex: de een spreekt vakjargon, de ander de taal '
  || 'van het doen (actiologica), een derde die van de instituties (institutionele '
  || 'logica), zoals vaak tussen bewoners of ondernemers en ambtenaren.',
  'seed000', 'H3 Kijken naar vitale coalities, soorten sociale systemen');
