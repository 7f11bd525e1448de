-- Extensions and search helpers that the schema relies on. Both engines ship
-- them: PostgreSQL with postgis, btree_gist, pg_trgm and unaccent; PGlite as
-- loadable extensions.
CREATE EXTENSION IF NOT EXISTS postgis;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); indexes need an
-- IMMUTABLE function, so wrap it with the dictionary named explicitly.
CREATE OR REPLACE FUNCTION archipel_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- Full-text search that ignores accents and case. No stemming: the French
-- snowball stemmer and stop words differ between the engines, and prefix
-- queries ("ecole:*") find plurals anyway.
CREATE TEXT SEARCH CONFIGURATION archipel_search (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION archipel_search
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
