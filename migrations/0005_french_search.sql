-- Search understands French words: "reparation" finds "réparer". Words are
-- stemmed by PostgreSQL's Snowball French stemmer after their accents are
-- folded (unaccent), for every kind of word the parser finds, ASCII or not.
-- The dictionary has no stop-word list, on purpose: the list is a file of
-- the server's installation, and both engines must index alike.
CREATE TEXT SEARCH DICTIONARY archipel_french_stem (TEMPLATE = snowball, Language = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION archipel_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, archipel_french_stem;
--> statement-breakpoint
-- The stored search columns were computed with the former configuration.
UPDATE initiatives SET name = name;
--> statement-breakpoint
UPDATE events SET title = title;
