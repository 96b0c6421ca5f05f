-- Name filters (`officials(name:)`, `organizations(name:)`) match a substring of the name or
-- an alias with case and accents ignored, the folding entity search uses. Prisma can filter
-- only on columns, so the folded names become a generated column (kept by PostgreSQL; never
-- written by the application), and the trigram index of entity search moves onto it
-- (declared here only: schema.prisma cannot say generated, and its GIN needs pg_trgm).
-- Hand-written: Prisma cannot express generated columns.
DROP INDEX "Official_searchName_idx";
ALTER TABLE "Official" ADD COLUMN "searchName" TEXT GENERATED ALWAYS AS ("newsgraph_fold_names"(ARRAY["name"] || "aliases")) STORED;
CREATE INDEX "Official_searchName_idx" ON "Official" USING GIN ("searchName" gin_trgm_ops);

DROP INDEX "Organization_searchName_idx";
ALTER TABLE "Organization" ADD COLUMN "searchName" TEXT GENERATED ALWAYS AS ("newsgraph_fold_names"(ARRAY["name"] || "aliases")) STORED;
CREATE INDEX "Organization_searchName_idx" ON "Organization" USING GIN ("searchName" gin_trgm_ops);
