-- Last-seen times move out of hosts into their own table, so the agent API's
-- per-second batch of check-ins takes no row locks on hosts. Existing times are kept.

-- CreateTable
CREATE TABLE "host_seen_times" (
    "host_id" INTEGER NOT NULL,
    "seen_time" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "host_seen_times_pkey" PRIMARY KEY ("host_id")
);

-- AddForeignKey
ALTER TABLE "host_seen_times" ADD CONSTRAINT "host_seen_times_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CopyData
INSERT INTO "host_seen_times" ("host_id", "seen_time") SELECT "id", "seen_time" FROM "hosts" WHERE "seen_time" IS NOT NULL;

-- AlterTable
ALTER TABLE "hosts" DROP COLUMN "seen_time";
