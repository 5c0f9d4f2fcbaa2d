-- Kibana's agent policies, enrollment API keys, osquery_manager integrations and Fleet settings over the
-- shared model (ADR 0013): Kibana-only attributes next to teams and the global configuration, enroll
-- secrets with an id, a name, an active flag and an expiry, the package_policies table, stored settings.
-- Then the triggers that raise an agent policy's revision on every change to what it configures,
-- whoever writes (a Kibana route, FleetDM's REST, GraphQL, raw SQL, a cascade).

-- AlterTable
ALTER TABLE "app_config" ADD COLUMN     "kibana_attributes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "policy_updated_by" TEXT NOT NULL DEFAULT 'system';

-- AlterTable
ALTER TABLE "enroll_secrets" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "api_key_id" UUID NOT NULL DEFAULT gen_random_uuid(),
ADD COLUMN     "expire_at" TIMESTAMP(3),
ADD COLUMN     "id" UUID NOT NULL DEFAULT gen_random_uuid(),
ADD COLUMN     "name" TEXT;

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "kibana_attributes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "policy_updated_by" TEXT NOT NULL DEFAULT 'system';

-- CreateTable
CREATE TABLE "package_policies" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "namespace" TEXT NOT NULL DEFAULT '',
    "team_id" INTEGER,
    "on_default_policy" BOOLEAN,
    "package_version" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "kibana_attributes" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL DEFAULT 'system',
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT NOT NULL DEFAULT 'system',

    CONSTRAINT "package_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kibana_settings" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kibana_settings_pkey" PRIMARY KEY ("kind","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "package_policies_name_key" ON "package_policies"("name");

-- CreateIndex
CREATE UNIQUE INDEX "package_policies_team_id_key" ON "package_policies"("team_id");

-- CreateIndex
CREATE UNIQUE INDEX "package_policies_on_default_policy_key" ON "package_policies"("on_default_policy");

-- CreateIndex
CREATE INDEX "package_policies_updated_at_id_idx" ON "package_policies"("updated_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "enroll_secrets_id_key" ON "enroll_secrets"("id");

-- CreateIndex
CREATE INDEX "enroll_secrets_created_at_idx" ON "enroll_secrets"("created_at");

-- AddForeignKey
ALTER TABLE "package_policies" ADD CONSTRAINT "package_policies_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------- agent policy revisions
-- A team's policy is its agent options, the packs targeting it (pack_teams, the packs' scheduled
-- queries, names, platforms and disabled flags, the SQL of their saved queries) and its osquery_manager
-- integration. The default policy (the global configuration, hosts on no team) is the global agent
-- options, the packs targeting the All Hosts label and its own integration. Each change raises the
-- policy's revision; a statement that already raised it (an agent-policy write with bumpRevision) is
-- not counted twice. The bumps are UPDATEs of policy_revision: the agent API's options cache hears them
-- (the teams and app_config notify triggers are re-created below with that column).

-- Raises the revision of these teams, and of the default policy when asked.
CREATE FUNCTION "fleetgraph_bump_policy_revisions"(team_ids int[], default_policy boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(team_ids) > 0 THEN
    UPDATE "teams" SET "policy_revision" = "policy_revision" + 1, "updated_at" = now() WHERE "id" = ANY(team_ids);
  END IF;
  IF default_policy THEN
    UPDATE "app_config" SET "policy_revision" = "policy_revision" + 1, "updated_at" = now() WHERE "id" = 1;
  END IF;
END $$;

-- Raises the revision of the teams targeted by these packs, and of the default policy when one of them
-- targets All Hosts (enabled or not: enabling or disabling it changes what All Hosts runs).
CREATE FUNCTION "fleetgraph_bump_pack_policies"(pack_ids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(pack_ids) = 0 THEN RETURN; END IF;
  PERFORM "fleetgraph_bump_policy_revisions"(
    ARRAY(SELECT DISTINCT pt."team_id" FROM "pack_teams" pt WHERE pt."pack_id" = ANY(pack_ids) ORDER BY 1),
    EXISTS (SELECT 1 FROM "pack_labels" pl JOIN "labels" l ON l."id" = pl."label_id"
            WHERE pl."pack_id" = ANY(pack_ids) AND l."label_type" = 'builtin' AND l."name" = 'All Hosts'));
END $$;

-- Agent options: a changed value raises the revision, unless the same statement raised it already.
CREATE FUNCTION "fleetgraph_agent_options_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."agent_options" IS DISTINCT FROM OLD."agent_options" AND NEW."policy_revision" = OLD."policy_revision" THEN
    NEW."policy_revision" := OLD."policy_revision" + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "teams_policy_revision" BEFORE UPDATE OF "agent_options" ON "teams"
  FOR EACH ROW EXECUTE FUNCTION "fleetgraph_agent_options_revision"();
CREATE TRIGGER "app_config_policy_revision" BEFORE UPDATE OF "agent_options" ON "app_config"
  FOR EACH ROW EXECUTE FUNCTION "fleetgraph_agent_options_revision"();

-- Pack targets: the teams added or removed. Once per statement (transition tables), however many rows.
CREATE FUNCTION "fleetgraph_pack_teams_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "fleetgraph_bump_policy_revisions"(ARRAY(SELECT DISTINCT "team_id" FROM new_rows ORDER BY 1), false);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "fleetgraph_bump_policy_revisions"(ARRAY(SELECT DISTINCT "team_id" FROM old_rows ORDER BY 1), false);
  ELSE
    PERFORM "fleetgraph_bump_policy_revisions"(ARRAY(SELECT "team_id" FROM new_rows UNION SELECT "team_id" FROM old_rows ORDER BY 1), false);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "pack_teams_revision_insert" AFTER INSERT ON "pack_teams" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_pack_teams_revision"();
CREATE TRIGGER "pack_teams_revision_delete" AFTER DELETE ON "pack_teams" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_pack_teams_revision"();
CREATE TRIGGER "pack_teams_revision_update" AFTER UPDATE ON "pack_teams" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_pack_teams_revision"();

-- Pack labels: only All Hosts is an agent policy (the default one).
CREATE FUNCTION "fleetgraph_pack_labels_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE all_hosts boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    all_hosts := EXISTS (SELECT 1 FROM new_rows r JOIN "labels" l ON l."id" = r."label_id" WHERE l."label_type" = 'builtin' AND l."name" = 'All Hosts');
  ELSIF TG_OP = 'DELETE' THEN
    all_hosts := EXISTS (SELECT 1 FROM old_rows r JOIN "labels" l ON l."id" = r."label_id" WHERE l."label_type" = 'builtin' AND l."name" = 'All Hosts');
  ELSE
    all_hosts := EXISTS (SELECT 1 FROM (SELECT "label_id" FROM new_rows UNION SELECT "label_id" FROM old_rows) r JOIN "labels" l ON l."id" = r."label_id"
                         WHERE l."label_type" = 'builtin' AND l."name" = 'All Hosts');
  END IF;
  IF all_hosts THEN PERFORM "fleetgraph_bump_policy_revisions"('{}'::int[], true); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "pack_labels_revision_insert" AFTER INSERT ON "pack_labels" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_pack_labels_revision"();
CREATE TRIGGER "pack_labels_revision_delete" AFTER DELETE ON "pack_labels" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_pack_labels_revision"();
CREATE TRIGGER "pack_labels_revision_update" AFTER UPDATE ON "pack_labels" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_pack_labels_revision"();

-- Scheduled queries: their packs' policies.
CREATE FUNCTION "fleetgraph_scheduled_queries_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "fleetgraph_bump_pack_policies"(ARRAY(SELECT DISTINCT "pack_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "fleetgraph_bump_pack_policies"(ARRAY(SELECT DISTINCT "pack_id" FROM old_rows));
  ELSE
    PERFORM "fleetgraph_bump_pack_policies"(ARRAY(SELECT "pack_id" FROM new_rows UNION SELECT "pack_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "scheduled_queries_revision_insert" AFTER INSERT ON "scheduled_queries" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_scheduled_queries_revision"();
CREATE TRIGGER "scheduled_queries_revision_delete" AFTER DELETE ON "scheduled_queries" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_scheduled_queries_revision"();
CREATE TRIGGER "scheduled_queries_revision_update" AFTER UPDATE ON "scheduled_queries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_scheduled_queries_revision"();

-- A pack's name, platform or disabled flag (what osquery's config carries of the pack itself).
CREATE FUNCTION "fleetgraph_packs_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fleetgraph_bump_pack_policies"(ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE n."name" IS DISTINCT FROM o."name" OR n."platform" IS DISTINCT FROM o."platform" OR n."disabled" IS DISTINCT FROM o."disabled"));
  RETURN NULL;
END $$;
CREATE TRIGGER "packs_revision_update" AFTER UPDATE ON "packs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_packs_revision"();

-- A saved query's SQL, which its scheduled queries carry into osquery's config.
CREATE FUNCTION "fleetgraph_queries_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fleetgraph_bump_pack_policies"(ARRAY(SELECT DISTINCT s."pack_id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    JOIN "scheduled_queries" s ON s."query_id" = n."id" WHERE n."query" IS DISTINCT FROM o."query"));
  RETURN NULL;
END $$;
CREATE TRIGGER "queries_revision_update" AFTER UPDATE ON "queries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_queries_revision"();

-- The policy's osquery_manager integration: created, changed (or moved) and deleted.
CREATE FUNCTION "fleetgraph_package_policies_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "fleetgraph_bump_policy_revisions"(ARRAY_REMOVE(ARRAY[NEW."team_id"], NULL), NEW."team_id" IS NULL);
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD."team_id" IS DISTINCT FROM NEW."team_id") THEN
    PERFORM "fleetgraph_bump_policy_revisions"(ARRAY_REMOVE(ARRAY[OLD."team_id"], NULL), OLD."team_id" IS NULL);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "package_policies_revision" AFTER INSERT OR UPDATE OR DELETE ON "package_policies"
  FOR EACH ROW EXECUTE FUNCTION "fleetgraph_package_policies_revision"();

-- The agent API caches agent options with their revision (it records the revision it serves on the
-- host): a revision raised by any of the triggers above drops the cached copy, as an options change does.
DROP TRIGGER "teams_agent_cache" ON "teams";
CREATE TRIGGER "teams_agent_cache" AFTER INSERT OR DELETE OR UPDATE OF "agent_options", "policy_revision" OR TRUNCATE ON "teams"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('options');
DROP TRIGGER "app_config_agent_cache" ON "app_config";
CREATE TRIGGER "app_config_agent_cache" AFTER UPDATE OF "agent_options", "policy_revision" ON "app_config"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('options');
