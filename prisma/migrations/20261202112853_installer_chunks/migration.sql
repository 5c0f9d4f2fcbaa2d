-- Installers move from one bytea per installer into 1 MiB chunks of an upload (issue 11, item 5;
-- docs/adr/0006-installer-uploads.md): appends and range reads then touch only the rows they need.

-- CreateTable
CREATE TABLE "installer_uploads" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "enroll_secret" TEXT NOT NULL,
    "desktop" BOOLEAN NOT NULL,
    "user_id" INTEGER NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "installer_uploads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "installer_chunks" (
    "upload_id" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "length" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "installer_chunks_pkey" PRIMARY KEY ("upload_id","start")
);

-- Chunks are already-compressed package bytes: stored uncompressed out of line, as installers.bytes was.
ALTER TABLE "installer_chunks" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

-- Existing installers become completed uploads of 1 MiB chunks.
ALTER TABLE "installers" ADD COLUMN "upload_id" TEXT;
INSERT INTO "installer_uploads" ("id", "kind", "enroll_secret", "desktop", "user_id", "received", "created_at", "updated_at", "completed_at")
    SELECT 'migrated-' || "id", "kind", "enroll_secret", "desktop", 0, "size", "created_at", "created_at", "created_at" FROM "installers";
INSERT INTO "installer_chunks" ("upload_id", "start", "length", "bytes")
    SELECT 'migrated-' || i."id", g.n * 1048576, least(1048576, i."size" - g.n * 1048576), substring(i."bytes" FROM g.n * 1048576 + 1 FOR 1048576)
    FROM "installers" i, generate_series(0, (i."size" - 1) / 1048576) AS g(n)
    WHERE i."size" > 0;
UPDATE "installers" SET "upload_id" = 'migrated-' || "id";

-- AlterTable
ALTER TABLE "installers" DROP COLUMN "bytes",
ALTER COLUMN "upload_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "installer_uploads_completed_at_updated_at_idx" ON "installer_uploads"("completed_at", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "installers_upload_id_key" ON "installers"("upload_id");

-- AddForeignKey
ALTER TABLE "installers" ADD CONSTRAINT "installers_upload_id_fkey" FOREIGN KEY ("upload_id") REFERENCES "installer_uploads"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "installer_chunks" ADD CONSTRAINT "installer_chunks_upload_id_fkey" FOREIGN KEY ("upload_id") REFERENCES "installer_uploads"("id") ON DELETE CASCADE ON UPDATE CASCADE;
