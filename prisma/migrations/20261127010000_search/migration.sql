-- Full-text search over articles and accent-insensitive name search over entities.
-- Hand-written: Prisma cannot express generated tsvector columns or expression indexes.

CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- unaccent() is only STABLE (its dictionary could change), so indexes cannot use it
-- directly; naming the dictionary, and the schema (index builds run with a bare
-- search_path), makes these wrappers safe to declare IMMUTABLE. Same folding as foldName()
-- in TypeScript: accents and case dropped, apostrophes and dots removed, other punctuation
-- made spaces; padded with spaces so that LIKE '% lav%' finds a word starting with "lav".
CREATE OR REPLACE FUNCTION "newsgraph_fold"(value TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT ' ' || btrim(regexp_replace(translate(lower(public.unaccent('public.unaccent'::regdictionary, value)), '''’`.', ''), '[^[:alnum:]]+', ' ', 'g')) || ' ' $$;

CREATE OR REPLACE FUNCTION "newsgraph_fold_names"(names TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public."newsgraph_fold"(array_to_string(names, ' ')) $$;

-- Title weighs more than body in the ranking.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- Names and aliases folded into one string (' sergey lavrov lavrov '); these trigram
-- indexes serve the word-prefix LIKE of entity search.
CREATE INDEX "Official_searchName_idx" ON "Official" USING GIN (
  "newsgraph_fold_names"(ARRAY["name"] || "aliases") gin_trgm_ops
);
CREATE INDEX "Organization_searchName_idx" ON "Organization" USING GIN (
  "newsgraph_fold_names"(ARRAY["name"] || "aliases") gin_trgm_ops
);
CREATE INDEX "Country_searchName_idx" ON "Country" USING GIN (
  "newsgraph_fold_names"(ARRAY["name", "officialName"] || "aliases") gin_trgm_ops
);
