-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: the five documents the method comes from. Every catalogue row
-- cites one of these keys plus a chapter, so exports can name their source.
--
-- Voice of the whole catalogue (and of the screens, help, exports, man page
-- and command line): the reader is addressed formally, as "u" (u, uw,
-- uzelf; "hebt u", "kunt u", "bent u", "wilt u"). Vitaal's users are
-- professionals in the public sector: directors, civil servants and
-- partners from other organisations who often do not know each other, and
-- formal address is the norm in their official communication. Where the
-- team speaks, the texts say "we", "wij" and "ons". The names of the
-- book's own sleutels, rows and headings are quoted as the book has them,
-- even where they say "je" ("Afnemers trekken het uit je handen").
--
-- Names: the four rows of every phase checklist (opgave, afnemers,
-- partners, geld) are "aandachtspunten"; the four sleutels tot succes are
-- "sleutels". Aandachtspunten 1 and 2 work out sleutel 1, aandachtspunt 3
-- sleutel 2, aandachtspunt 4 sleutel 3; sleutel 4 (bindend leiderschap)
-- holds the checklists themselves. The book numbers the sleutels this way
-- in chapter 2 but pairs them differently with opgave, sociaal systeem and
-- rol in chapter 3; Vitaal follows chapter 2.
--
-- Citations: cat_source_heading below lists every heading a chapter may
-- cite, one label style per source: "H<n> <chapter>, <section>" for the
-- numbered chapters of seed000, seed002 and seed004, the slide titles for
-- seed001, and our own section names for the article seed003, which has
-- none. A detail follows after ', ' or ': '; parts are joined with '; '.

INSERT INTO cat_source(key, short, title, authors, year, publisher) VALUES
 ('seed000', 'Konijn & van Spijker (2008)',
  'Vitale coalities en regie in het publieke domein',
  'Theo Konijn en Willem van Spijker', '2008', 'Van Vieren, Baarn (reeks Oefenwerk)'),
 ('seed001', 'De Bruijn & Groenleer (TU Delft)',
  'Regievraagstukken rond de gemeentelijke organisatie',
  'Hans de Bruijn en Martijn Groenleer', 'z.j.', 'TU Delft, faculteit Techniek, Bestuur en Management'),
 ('seed002', 'Directieleden Drechtsteden e.a.',
  'Lessen van drie jaar leren van elkaar',
  'Directieleden van Drechtsteden, Oss, SED-gemeenten, Súdwest-Fryslân en Venlo', 'z.j.',
  'Eigen uitgave, met voorwoord van de VGS'),
 ('seed003', 'De beste regisseur (artikel)',
  'De beste regisseur is degene die je niet ziet',
  'Onbekende auteur', 'z.j.', 'Artikel op een weblog'),
 ('seed004', 'Van der Steen e.a. (NSOB, 2020)',
  'Leren van doen. Ervaringen met samenwerken in het IBP',
  'Martijn van der Steen, Myrthe van Delden en Petra Ophoff', '2020',
  'Nederlandse School voor Openbaar Bestuur, Den Haag');

-- The catalogue's version: raise it with every change of content, so that
-- exports can say which version of the method text they cite.
INSERT INTO cat_meta(name, value) VALUES ('version', '2026.2');

-- The headings a citation may name (see the header).
INSERT INTO cat_source_heading(source, seq, heading) VALUES
 ('seed000', 1, 'Inleiding'),
 ('seed000', 2, 'H1 Over coalities, de liefde en het resultaat: Hoe het begint'),
 ('seed000', 3, 'H1 Over coalities, de liefde en het resultaat: Op de dansvloer'),
 ('seed000', 4, 'H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?'),
 ('seed000', 5, 'H1 Over coalities, de liefde en het resultaat: Vrijen en trouwen'),
 ('seed000', 6, 'H1 Over coalities, de liefde en het resultaat: Kinderen krijgen'),
 ('seed000', 7, 'H2 Vier sleutels tot succes, Sleutel 1'),
 ('seed000', 8, 'H2 Vier sleutels tot succes, Sleutel 2'),
 ('seed000', 9, 'H2 Vier sleutels tot succes, Sleutel 3'),
 ('seed000', 10, 'H2 Vier sleutels tot succes, Sleutel 4'),
 ('seed000', 11, 'H3 Kijken naar vitale coalities'),
 ('seed000', 12, 'H4 Regievoering, de overheidsrol'),
 ('seed000', 13, 'Bijlage Speltheorie'),
 ('seed000', 14, 'Bijlage Ketenvliegwiel'),
 ('seed001', 1, 'Wat is regie?'),
 ('seed001', 2, 'Strategieën voor regisseurs'),
 ('seed001', 3, 'A. Regie via de structuur'),
 ('seed001', 4, 'B. Regie via de cultuur'),
 ('seed001', 5, 'C. Regie via processen'),
 ('seed001', 6, 'Tot slot'),
 ('seed002', 1, 'Voorwoord'),
 ('seed002', 2, 'Samenvatting'),
 ('seed002', 3, 'H1 Inleiding'),
 ('seed002', 4, 'H1 Leren te leren'),
 ('seed002', 5, 'H2 Organisatieontwikkeling in de netwerksamenleving'),
 ('seed002', 6, 'H3 Regionale samenwerking en slagkracht'),
 ('seed003', 1, 'Inleiding'),
 ('seed003', 2, 'De metafoor van de regisseur'),
 ('seed003', 3, 'Zelftest Wilt u regiegemeente zijn?'),
 ('seed003', 4, 'Benaderingen van gemeenten'),
 ('seed003', 5, 'Drie pijlers van regie'),
 ('seed003', 6, 'Regisseren doe je samen'),
 ('seed003', 7, 'Procesbenadering'),
 ('seed003', 8, 'Systeemdynamisch perspectief'),
 ('seed003', 9, 'Samenvattend'),
 ('seed003', 10, 'Reacties'),
 ('seed004', 1, 'Samenvatting'),
 ('seed004', 2, 'H1 Inleiding'),
 ('seed004', 3, 'H2 Conceptueel kader'),
 ('seed004', 4, 'H3 Observaties in de praktijk van het IBP'),
 ('seed004', 5, 'H4 Analyse en conclusie');
