-- API keys may expire: after "expiresAt" the key is refused, as a revoked one is.
-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "expiresAt" TIMESTAMP(3);
