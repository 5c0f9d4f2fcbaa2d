-- Keyset pages of packs, saved queries and policies (issue 13): each sort order is a row comparison
-- (key, id) that these indexes answer without sorting, so page 1,000 costs what page 1 costs.
CREATE INDEX "packs_name_id_idx" ON "packs"("name", "id");
CREATE INDEX "packs_created_at_id_idx" ON "packs"("created_at", "id");
CREATE INDEX "packs_updated_at_id_idx" ON "packs"("updated_at", "id");
CREATE INDEX "queries_name_id_idx" ON "queries"("name", "id");
CREATE INDEX "queries_created_at_id_idx" ON "queries"("created_at", "id");
CREATE INDEX "queries_updated_at_id_idx" ON "queries"("updated_at", "id");
CREATE INDEX "policies_name_id_idx" ON "policies"("name", "id");
CREATE INDEX "policies_created_at_id_idx" ON "policies"("created_at", "id");
-- Policy.hosts(response:) pages a policy's hosts by id, passing or failing; failingHostCount and the
-- FAILING_HOST_COUNT order count a policy's failing hosts from this index alone.
CREATE INDEX "policy_membership_policy_id_passes_host_id_idx" ON "policy_membership"("policy_id", "passes", "host_id");
