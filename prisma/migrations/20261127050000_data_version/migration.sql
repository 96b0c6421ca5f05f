-- The data version: a counter that every committed change to the graph moves on. The
-- response cache (src/services/response-cache.ts) puts it in every cache key, so a write by
-- any writer (a mutation, the ingestion CLI, another instance, a hand-written UPDATE) makes
-- every cached answer unreachable at once.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DataVersion_single_row" CHECK ("id" = 1)
);
INSERT INTO "DataVersion" ("id", "value") VALUES (1, 0);

-- Moves the version on once per transaction, at commit (a deferred constraint trigger), and
-- inside that transaction: readers see the new version only together with the new data, and
-- the row lock is taken after every other lock of the writer, so writers cannot deadlock on it.
-- The NOTIFY is delivered when the transaction commits: servers LISTEN on the channel and
-- so learn the version without a query per request.
CREATE FUNCTION newsgraph_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v BIGINT;
BEGIN
  IF coalesce(current_setting('newsgraph.data_version_bumped', true), '') <> '1' THEN
    PERFORM set_config('newsgraph.data_version_bumped', '1', true);
    UPDATE "DataVersion" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO v;
    PERFORM pg_notify('newsgraph_data_version', v::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Country_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Country" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "Organization_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Organization" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "Official_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Official" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "Position_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Position" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "Article_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Article" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "ArticleCountry_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ArticleCountry" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "ArticleOfficial_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ArticleOfficial" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "ArticleOrganization_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ArticleOrganization" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "DiplomaticEvent_data_version" AFTER INSERT OR UPDATE OR DELETE ON "DiplomaticEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "EventParticipant_data_version" AFTER INSERT OR UPDATE OR DELETE ON "EventParticipant" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
CREATE CONSTRAINT TRIGGER "Evidence_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Evidence" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsgraph_bump_data_version();
