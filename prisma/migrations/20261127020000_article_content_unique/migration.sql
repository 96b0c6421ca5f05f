-- The same text under two URLs is one article: ingestion updates it instead of copying it.
-- DropIndex
DROP INDEX "Article_contentHash_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
