-- Keyset pagination (src/schema/keyset.ts) lists articles and events newest first with
-- undated rows last: ORDER BY ... DESC NULLS LAST. A btree index serves that order only if
-- it was built with it; DESC alone means NULLS FIRST, which left PostgreSQL sorting the
-- whole table for every page. Prisma's schema language cannot say NULLS LAST, so the
-- indexes keep their names and `prisma migrate diff` reports them as drift.
DROP INDEX "Article_publishedAt_id_idx";
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC NULLS LAST, "id" DESC);

DROP INDEX "DiplomaticEvent_date_id_idx";
CREATE INDEX "DiplomaticEvent_date_id_idx" ON "DiplomaticEvent"("date" DESC NULLS LAST, "id" DESC);

-- A country's officials by name, a page per country (Country.officials, src/schema/country-members.ts).
DROP INDEX "Official_countryCode_idx";
CREATE INDEX "Official_countryCode_name_id_idx" ON "Official"("countryCode", "name", "id");

-- A country's organizations by name (Country.organizations).
DROP INDEX "Organization_countryCode_idx";
CREATE INDEX "Organization_countryCode_name_id_idx" ON "Organization"("countryCode", "name", "id");
