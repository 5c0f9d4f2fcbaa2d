-- AlterTable
ALTER TABLE "distributed_query_campaigns" ADD COLUMN     "action_id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
ADD COLUMN     "kibana" JSONB,
ADD COLUMN     "kibana_action_id" TEXT,
ADD COLUMN     "kibana_host_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "packs" ADD COLUMN     "author_id" INTEGER,
ADD COLUMN     "kibana" JSONB,
ADD COLUMN     "updated_by_id" INTEGER;

-- AlterTable
ALTER TABLE "queries" ADD COLUMN     "kibana" JSONB,
ADD COLUMN     "pack_id" INTEGER,
ADD COLUMN     "updated_by_id" INTEGER;

-- AlterTable
ALTER TABLE "scheduled_queries" ADD COLUMN     "kibana" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "distributed_query_campaigns_action_id_key" ON "distributed_query_campaigns"("action_id");

-- CreateIndex
CREATE INDEX "distributed_query_campaigns_kibana_action_id_idx" ON "distributed_query_campaigns"("kibana_action_id");

-- CreateIndex
CREATE INDEX "queries_pack_id_idx" ON "queries"("pack_id");

-- AddForeignKey
ALTER TABLE "queries" ADD CONSTRAINT "queries_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
