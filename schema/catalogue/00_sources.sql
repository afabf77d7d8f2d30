-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogue: the five documents the method comes from. Every catalogue row
-- cites one of these keys plus a chapter, so exports can name their source.

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
  'Onbekende auteur', 'z.j.', 'Weblog-artikel'),
 ('seed004', 'Van der Steen e.a. (NSOB, 2020)',
  'Leren van doen. Ervaringen met samenwerken in het IBP',
  'Martijn van der Steen, Myrthe van Delden en Petra Ophoff', '2020',
  'Nederlandse School voor Openbaar Bestuur, Den Haag');

-- The catalogue's version: raise it with every change of content, so that
-- exports can say which version of the method text they cite.
INSERT INTO cat_meta(name, value) VALUES ('version', '2026.1');
