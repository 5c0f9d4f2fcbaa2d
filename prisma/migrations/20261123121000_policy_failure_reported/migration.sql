-- AlterTable
ALTER TABLE "policy_membership" ADD COLUMN     "failure_reported_at" TIMESTAMP(3);
