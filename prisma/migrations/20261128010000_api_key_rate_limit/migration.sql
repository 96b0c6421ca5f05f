-- A key may have its own rate-limit budget; null: the server's RATE_LIMIT_POINTS.
-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "rateLimitPoints" INTEGER;
