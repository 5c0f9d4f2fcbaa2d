-- CreateTable
CREATE TABLE "distributed_query_campaign_hosts" (
    "campaign_id" INTEGER NOT NULL,
    "host_id" INTEGER NOT NULL,

    CONSTRAINT "distributed_query_campaign_hosts_pkey" PRIMARY KEY ("campaign_id","host_id")
);

-- CreateIndex
CREATE INDEX "distributed_query_campaign_hosts_host_id_idx" ON "distributed_query_campaign_hosts"("host_id");

-- AddForeignKey
ALTER TABLE "distributed_query_campaign_hosts" ADD CONSTRAINT "distributed_query_campaign_hosts_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "distributed_query_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributed_query_campaign_hosts" ADD CONSTRAINT "distributed_query_campaign_hosts_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
