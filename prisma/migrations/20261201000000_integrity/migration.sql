-- Integrity (issue 11): the indexes schema.prisma declared but no migration created, event
-- identity with the date at its precision, one position row per term, alternate URLs.

-- The data-version triggers are deferred to commit; on a database with data, the DELETE and
-- UPDATEs below would leave trigger events pending, and PostgreSQL refuses CREATE INDEX and
-- ALTER TABLE on a table with pending trigger events. Fire them at each statement instead.
SET CONSTRAINTS ALL IMMEDIATE;

-- An actor takes part in an event once. The unique indexes were declared in schema.prisma
-- but never created, so re-ingesting an article added its participants again. Keep the
-- first row of each actor, then create the indexes.
DELETE FROM "EventParticipant" p
USING "EventParticipant" q
WHERE p."eventId" = q."eventId" AND p.id > q.id
  AND (p."countryCode" = q."countryCode" OR p."officialId" = q."officialId" OR p."organizationId" = q."organizationId");

CREATE UNIQUE INDEX "EventParticipant_eventId_countryCode_key" ON "EventParticipant"("eventId", "countryCode");
CREATE UNIQUE INDEX "EventParticipant_eventId_officialId_key" ON "EventParticipant"("eventId", "officialId");
CREATE UNIQUE INDEX "EventParticipant_eventId_organizationId_key" ON "EventParticipant"("eventId", "organizationId");
-- A country takes part in an event when it is a participant: an official or organization of
-- a country brings its country in (as the graph writer now does), so every query can read
-- participation the same way.
INSERT INTO "EventParticipant" ("eventId", "role", "countryCode")
SELECT DISTINCT p."eventId", 'PARTICIPANT'::"ParticipantRole", coalesce(o."countryCode", g."countryCode")
FROM "EventParticipant" p
LEFT JOIN "Official" o ON o.id = p."officialId"
LEFT JOIN "Organization" g ON g.id = p."organizationId"
WHERE coalesce(o."countryCode", g."countryCode") IS NOT NULL
ON CONFLICT DO NOTHING;

-- Not declared in schema.prisma; the unique indexes above lead with eventId and serve its look-ups.
DROP INDEX "EventParticipant_eventId_idx";

-- Event identity. The old key was type|initiators|recipients|year|factuality; the new one is
-- type|initiators|recipients|factuality (sidesKey) and the date at its precision.
ALTER TABLE "DiplomaticEvent" ADD COLUMN "sidesKey" TEXT;
ALTER TABLE "DiplomaticEvent" ADD COLUMN "dateEnd" DATE;
UPDATE "DiplomaticEvent" SET
  "sidesKey" = split_part("key", '|', 1) || '|' || split_part("key", '|', 2) || '|' || split_part("key", '|', 3) || '|' || split_part("key", '|', 5),
  "dateEnd" = CASE "datePrecision"
    WHEN 'DAY' THEN "date"
    WHEN 'MONTH' THEN (date_trunc('month', "date") + interval '1 month - 1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', "date") + interval '1 year - 1 day')::date
  END;
UPDATE "DiplomaticEvent" SET "key" = "sidesKey" || '|' ||
  CASE WHEN "date" IS NULL THEN 'undated' ELSE to_char("date", 'YYYY-MM-DD') || '/' || "datePrecision"::text END;
ALTER TABLE "DiplomaticEvent" ALTER COLUMN "sidesKey" SET NOT NULL;
CREATE INDEX "DiplomaticEvent_sidesKey_idx" ON "DiplomaticEvent"("sidesKey");

-- Positions: one row per term. The unique index merged every term of one office into one
-- row (and could not hold where countryCode is null).
DROP INDEX "Position_officialId_title_countryCode_key";
CREATE INDEX "Position_officialId_title_idx" ON "Position"("officialId", "title");

-- Other URLs serving an article's text (syndicated copies).
CREATE TABLE "ArticleUrl" (
    "url" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleUrl_pkey" PRIMARY KEY ("url")
);
CREATE INDEX "ArticleUrl_articleId_idx" ON "ArticleUrl"("articleId");
ALTER TABLE "ArticleUrl" ADD CONSTRAINT "ArticleUrl_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE CONSTRAINT TRIGGER "ArticleUrl_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ArticleUrl" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
