-- A label's members in hostname order without reading every member (issue 13): the membership row
-- carries its host's hostname, and (label_id, hostname, host_id) is walked in order for Label.hosts and
-- hosts(filter: { labelId }) ordered by HOSTNAME, page 1 and page 1,000 alike. Without it, a label whose
-- members' names sort late (macOS hosts named "*-macbook-pro" behind "DESKTOP-*") made the database walk
-- tens of thousands of hosts in hostname order to find a page of members.
-- Triggers keep the copy equal to hosts.hostname, whoever writes (the agent API, services, raw SQL).

-- AlterTable
ALTER TABLE "label_membership" ADD COLUMN     "hostname" TEXT NOT NULL DEFAULT '';

UPDATE "label_membership" m SET "hostname" = h."hostname" FROM "hosts" h WHERE h."id" = m."host_id";

-- CreateIndex
CREATE INDEX "label_membership_label_id_hostname_host_id_idx" ON "label_membership"("label_id", "hostname", "host_id");

-- A new membership takes its host's hostname (one primary-key lookup per inserted row).
CREATE FUNCTION "fleetgraph_membership_hostname"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."hostname" := COALESCE((SELECT h."hostname" FROM "hosts" h WHERE h."id" = NEW."host_id"), '');
  RETURN NEW;
END $$;
CREATE TRIGGER "label_membership_hostname" BEFORE INSERT OR UPDATE OF "host_id", "hostname" ON "label_membership"
  FOR EACH ROW EXECUTE FUNCTION "fleetgraph_membership_hostname"();

-- A renamed host's memberships follow (only when the hostname changes: check-ins that keep it cost nothing).
CREATE FUNCTION "fleetgraph_host_hostname_memberships"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "label_membership" SET "hostname" = NEW."hostname" WHERE "host_id" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "hosts_hostname_memberships" AFTER UPDATE OF "hostname" ON "hosts"
  FOR EACH ROW WHEN (OLD."hostname" IS DISTINCT FROM NEW."hostname") EXECUTE FUNCTION "fleetgraph_host_hostname_memberships"();
