-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "agent_policy_id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text;

-- CreateIndex
CREATE UNIQUE INDEX "teams_agent_policy_id_key" ON "teams"("agent_policy_id");
