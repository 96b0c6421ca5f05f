-- An official's positions, most recent first, unknown starts last (Official.positions,
-- src/schema/official.ts): ORDER BY "startDate" DESC NULLS LAST, id per official. Nested under
-- a list of officials (Prisma's LATERAL subquery per official) PostgreSQL sorted each
-- official's positions after fetching them by ("officialId", title); this index hands them
-- over in order. Prisma's schema language cannot say NULLS LAST: schema.prisma declares the
-- index with DESC, and tests/schema-drift.test.ts lists it as hand-written.
CREATE INDEX "Position_officialId_startDate_id_idx" ON "Position"("officialId", "startDate" DESC NULLS LAST, "id");
