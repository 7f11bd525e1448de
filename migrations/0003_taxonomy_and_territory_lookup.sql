-- The default taxonomy of SPEC section 3; moderators change it afterwards.
INSERT INTO categories (slug, label, label_en, colour, icon, position) VALUES
  ('alimentation', 'Alimentation', 'Food', '#e07a1f', 'basket', 1),
  ('agriculture', 'Agriculture', 'Farming', '#6a9f2a', 'tractor', 2),
  ('habitat', 'Habitat', 'Housing', '#a0522d', 'house', 3),
  ('energie', 'Énergie', 'Energy', '#f2b705', 'bolt', 4),
  ('mobilite', 'Mobilité', 'Mobility', '#2a7ab0', 'bike', 5),
  ('reemploi-recyclage', 'Réemploi & recyclage', 'Reuse & recycling', '#3d9970', 'recycle', 6),
  ('finance-solidaire', 'Finance solidaire', 'Solidarity finance', '#6f42c1', 'coins', 7),
  ('commerce-equitable', 'Commerce équitable', 'Fair trade', '#b5651d', 'handshake', 8),
  ('culture', 'Culture', 'Culture', '#d6336c', 'theater', 9),
  ('education-formation', 'Éducation & formation', 'Education & training', '#1c7ed6', 'book', 10),
  ('emploi-insertion', 'Emploi & insertion', 'Employment & integration', '#495057', 'briefcase', 11),
  ('sante-social', 'Santé & social', 'Health & social care', '#c92a2a', 'heart', 12),
  ('petite-enfance', 'Petite enfance', 'Early childhood', '#f783ac', 'baby', 13),
  ('services-a-la-personne', 'Services à la personne', 'Personal services', '#868e96', 'hands', 14),
  ('sport-loisirs', 'Sport & loisirs', 'Sport & leisure', '#0ca678', 'ball', 15),
  ('numerique', 'Numérique', 'Digital', '#4263eb', 'laptop', 16),
  ('tiers-lieux', 'Tiers-lieux', 'Third places', '#9c36b5', 'building', 17),
  ('tourisme', 'Tourisme', 'Tourism', '#1098ad', 'map', 18),
  ('environnement', 'Environnement', 'Environment', '#2b8a3e', 'leaf', 19)
ON CONFLICT (slug) DO NOTHING;
--> statement-breakpoint
-- The territories a commune belongs to, itself first: what a place stores in
-- its `territories` column so that `territory=departement:37` is one GIN
-- lookup. Unknown codes give an empty array.
CREATE OR REPLACE FUNCTION archipel_territories_of(commune_code text) RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce((SELECT ARRAY[id] || parents FROM territories WHERE id = 'commune:' || commune_code), '{}') $$;
--> statement-breakpoint
-- Normal form of a name for search: lower case, no accents, hyphens and
-- apostrophes as spaces ("Saint-Pierre-des-Corps" ~ "saint pierre des corps").
CREATE OR REPLACE FUNCTION archipel_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT trim(regexp_replace(archipel_unaccent(lower($1)), '[-''’ ]+', ' ', 'g')) $$;
