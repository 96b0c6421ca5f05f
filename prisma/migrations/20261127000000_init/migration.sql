-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('GOVERNMENT', 'MINISTRY', 'INTERNATIONAL_ORGANIZATION', 'ALLIANCE', 'ARMED_GROUP', 'POLITICAL_PARTY', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "DiplomaticEventType" AS ENUM ('RECOGNITION', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'DIPLOMATIC_RELATIONS_SEVERED', 'AMBASSADOR_ACCREDITED', 'AMBASSADOR_RECALLED', 'AMBASSADOR_SUMMONED', 'DIPLOMAT_EXPELLED', 'VISIT', 'MEETING', 'NEGOTIATION', 'AGREEMENT_SIGNED', 'SANCTIONS_IMPOSED', 'SANCTIONS_LIFTED', 'DESIGNATION_ADDED', 'DESIGNATION_REMOVED', 'MILITARY_WITHDRAWAL', 'SEIZURE_OF_POWER', 'MEMBERSHIP_JOINED', 'MEMBERSHIP_LEFT', 'STATEMENT_OF_SUPPORT', 'CONDEMNATION', 'AID_PROVIDED', 'OTHER');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('INITIATOR', 'RECIPIENT', 'MEDIATOR', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "Factuality" AS ENUM ('ASSERTED', 'NEGATED', 'HYPOTHETICAL', 'FUTURE');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "numeric" CHAR(3),
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "region" TEXT,
    "subregion" TEXT,
    "capital" TEXT,
    "demonyms" TEXT[],
    "aliases" TEXT[],
    "searchNames" TEXT[],

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "kind" "OrganizationKind" NOT NULL,
    "countryCode" CHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "countryCode" CHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "officialId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "organizationId" INTEGER,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "publishedAt" TIMESTAMP(3),
    "sourceName" TEXT,
    "contentHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleCountry" (
    "articleId" INTEGER NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "mentions" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ArticleCountry_pkey" PRIMARY KEY ("articleId","countryCode")
);

-- CreateTable
CREATE TABLE "ArticleOfficial" (
    "articleId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "mentions" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ArticleOfficial_pkey" PRIMARY KEY ("articleId","officialId")
);

-- CreateTable
CREATE TABLE "ArticleOrganization" (
    "articleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "mentions" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ArticleOrganization_pkey" PRIMARY KEY ("articleId","organizationId")
);

-- CreateTable
CREATE TABLE "DiplomaticEvent" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "type" "DiplomaticEventType" NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "summary" TEXT NOT NULL,
    "cameoCode" TEXT,
    "ploverType" TEXT,
    "ploverMode" TEXT,
    "factuality" "Factuality" NOT NULL DEFAULT 'ASSERTED',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiplomaticEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "countryCode" CHAR(2),
    "officialId" INTEGER,
    "organizationId" INTEGER,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE INDEX "Country_name_idx" ON "Country"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_countryCode_idx" ON "Organization"("countryCode");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Official_slug_key" ON "Official"("slug");

-- CreateIndex
CREATE INDEX "Official_countryCode_idx" ON "Official"("countryCode");

-- CreateIndex
CREATE INDEX "Official_name_idx" ON "Official"("name");

-- CreateIndex
CREATE INDEX "Position_countryCode_startDate_idx" ON "Position"("countryCode", "startDate");

-- CreateIndex
CREATE INDEX "Position_organizationId_idx" ON "Position"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Position_officialId_title_countryCode_key" ON "Position"("officialId", "title", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_contentHash_idx" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "ArticleCountry_countryCode_articleId_idx" ON "ArticleCountry"("countryCode", "articleId");

-- CreateIndex
CREATE INDEX "ArticleOfficial_officialId_articleId_idx" ON "ArticleOfficial"("officialId", "articleId");

-- CreateIndex
CREATE INDEX "ArticleOrganization_organizationId_articleId_idx" ON "ArticleOrganization"("organizationId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "DiplomaticEvent_key_key" ON "DiplomaticEvent"("key");

-- CreateIndex
CREATE INDEX "DiplomaticEvent_date_id_idx" ON "DiplomaticEvent"("date" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "DiplomaticEvent_type_date_idx" ON "DiplomaticEvent"("type", "date" DESC);

-- CreateIndex
CREATE INDEX "EventParticipant_eventId_idx" ON "EventParticipant"("eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_countryCode_eventId_idx" ON "EventParticipant"("countryCode", "eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_officialId_eventId_idx" ON "EventParticipant"("officialId", "eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_organizationId_eventId_idx" ON "EventParticipant"("organizationId", "eventId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_eventId_articleId_start_key" ON "Evidence"("eventId", "articleId", "start");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCountry" ADD CONSTRAINT "ArticleCountry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCountry" ADD CONSTRAINT "ArticleCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleOfficial" ADD CONSTRAINT "ArticleOfficial_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleOfficial" ADD CONSTRAINT "ArticleOfficial_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleOrganization" ADD CONSTRAINT "ArticleOrganization_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleOrganization" ADD CONSTRAINT "ArticleOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "DiplomaticEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "DiplomaticEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: Prisma cannot express these constraints.
-- A participant is exactly one actor.
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_one_actor"
  CHECK (num_nonnulls("countryCode", "officialId", "organizationId") = 1);
-- Evidence offsets describe a non-empty span.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_span" CHECK ("start" >= 0 AND "end" > "start");
