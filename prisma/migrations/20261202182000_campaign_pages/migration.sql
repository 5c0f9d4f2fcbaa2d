-- Keyset pages over campaigns and their stored results (issue 13): every page, however deep, is an
-- index range scan from the cursor, so page 1,000 costs what page 1 costs.

-- campaigns(orderBy: CREATED_AT), newest first by default; with a query or user filter (SavedQuery.campaigns).
CREATE INDEX "distributed_query_campaigns_created_at_id_idx" ON "distributed_query_campaigns"("created_at", "id");
CREATE INDEX "distributed_query_campaigns_query_id_created_at_id_idx" ON "distributed_query_campaigns"("query_id", "created_at", "id");
CREATE INDEX "distributed_query_campaigns_user_id_created_at_id_idx" ON "distributed_query_campaigns"("user_id", "created_at", "id");

-- Campaign.results in arrival order, and Host.campaignResults newest first.
CREATE INDEX "distributed_query_campaign_results_campaign_id_id_idx" ON "distributed_query_campaign_results"("campaign_id", "id");
CREATE INDEX "distributed_query_campaign_results_host_id_id_idx" ON "distributed_query_campaign_results"("host_id", "id");

-- Campaign.results(filter: { hasError: true }): errors are rare, so without this a deep page of them
-- would scan every successful result before it. Partial indexes are not expressible in schema.prisma.
CREATE INDEX "distributed_query_campaign_results_errors_idx" ON "distributed_query_campaign_results"("campaign_id", "id") WHERE "error" IS NOT NULL;
