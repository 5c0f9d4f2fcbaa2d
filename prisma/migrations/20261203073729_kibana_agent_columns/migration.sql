-- AlterTable
ALTER TABLE "app_config" ADD COLUMN     "policy_revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "hosts" ADD COLUMN     "agent_id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
ADD COLUMN     "agent_tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "policy_revision" INTEGER,
ADD COLUMN     "unenrolled_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "policy_revision" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "hosts_agent_id_key" ON "hosts"("agent_id");
