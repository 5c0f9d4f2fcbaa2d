-- AlterTable
ALTER TABLE "hosts" ADD COLUMN     "agent_user_metadata" JSONB;

-- CreateTable
CREATE TABLE "agent_actions" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "type" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "nb_agents_actioned" INTEGER NOT NULL,
    "nb_agents_ack" INTEGER NOT NULL,
    "nb_agents_failed" INTEGER NOT NULL,
    "policy_id" TEXT,
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "agent_actions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agent_actions_created_at_id_idx" ON "agent_actions"("created_at", "id");
