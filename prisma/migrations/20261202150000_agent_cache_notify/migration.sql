-- The agent API caches, between check-ins, host rows by node key, the dynamic labels' and the policies'
-- queries, agent options and pack definitions (ADR 0007). Each write to what it caches announces itself
-- on the channel "fleetgraph_agent" from here, whoever makes it (a service, raw SQL, a cascade), so no
-- write path has to remember to. Notifications are sent at commit, and not at all on rollback.

-- Payload: {"kind":"host","id":…,"origin":…}. "origin" is what the writer set in fleetgraph.origin for its
-- transaction (the agent API tags its own check-in writes, whose effect it has already applied), or null.
CREATE FUNCTION "fleetgraph_notify_host"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('fleetgraph_agent', json_build_object(
    'kind', 'host', 'id', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END),
    'origin', NULLIF(current_setting('fleetgraph.origin', true), ''))::text);
  RETURN NULL;
END $$;

-- Payload: {"kind": <first trigger argument>}: "labels", "policies", "options", "packs" or "live_queries".
CREATE FUNCTION "fleetgraph_notify_agent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('fleetgraph_agent', json_build_object('kind', TG_ARGV[0])::text);
  RETURN NULL;
END $$;

-- Hosts: only the columns the agent API caches, only when they change (the WHEN clause costs a check-in
-- that changes none of them no function call). A new row is in no cache.
CREATE TRIGGER "hosts_agent_cache_update" AFTER UPDATE ON "hosts" FOR EACH ROW
  WHEN (OLD."node_key" IS DISTINCT FROM NEW."node_key" OR OLD."team_id" IS DISTINCT FROM NEW."team_id"
    OR OLD."hostname" IS DISTINCT FROM NEW."hostname" OR OLD."computer_name" IS DISTINCT FROM NEW."computer_name"
    OR OLD."platform" IS DISTINCT FROM NEW."platform" OR OLD."refetch_requested" IS DISTINCT FROM NEW."refetch_requested"
    OR OLD."detail_updated_at" IS DISTINCT FROM NEW."detail_updated_at" OR OLD."label_updated_at" IS DISTINCT FROM NEW."label_updated_at"
    OR OLD."policy_updated_at" IS DISTINCT FROM NEW."policy_updated_at")
  EXECUTE FUNCTION "fleetgraph_notify_host"();
CREATE TRIGGER "hosts_agent_cache_delete" AFTER DELETE ON "hosts" FOR EACH ROW EXECUTE FUNCTION "fleetgraph_notify_host"();

-- Definitions: once per statement (one notification however many rows it wrote).
CREATE TRIGGER "labels_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "labels"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('labels');
CREATE TRIGGER "policies_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "policies"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('policies');
CREATE TRIGGER "teams_agent_cache" AFTER INSERT OR DELETE OR UPDATE OF "agent_options" OR TRUNCATE ON "teams"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('options');
CREATE TRIGGER "app_config_agent_cache" AFTER UPDATE OF "agent_options" ON "app_config"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('options');
CREATE TRIGGER "packs_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "packs"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('packs');
CREATE TRIGGER "pack_hosts_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pack_hosts"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('packs');
CREATE TRIGGER "pack_labels_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pack_labels"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('packs');
CREATE TRIGGER "pack_teams_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pack_teams"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('packs');
CREATE TRIGGER "scheduled_queries_agent_cache" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "scheduled_queries"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('packs');
-- Scheduled queries carry their saved query's SQL; a new saved query is in no pack yet.
CREATE TRIGGER "queries_agent_cache" AFTER UPDATE OF "query" OR DELETE OR TRUNCATE ON "queries"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('packs');

-- A live query started: every agent API loads it now rather than at its next refresh (ADR 0005).
CREATE TRIGGER "campaigns_agent_cache" AFTER INSERT ON "distributed_query_campaigns"
  FOR EACH STATEMENT EXECUTE FUNCTION "fleetgraph_notify_agent"('live_queries');
