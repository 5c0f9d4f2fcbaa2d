-- Keyset pagination for the inventory connections (issue 13): each order a connection offers reads
-- an index in that order, the row's id last, so page 1,000 costs what page 1 costs.
-- The two expression indexes cannot be declared in schema.prisma; they are named here and listed
-- in a comment on the Host model.

-- hosts: HOSTNAME (also within a team, for Team.hosts), DISPLAY_NAME, ENROLLED_AT
DROP INDEX "hosts_hostname_idx";
CREATE INDEX "hosts_hostname_id_idx" ON "hosts"("hostname", "id");
DROP INDEX "hosts_team_id_idx";
CREATE INDEX "hosts_team_id_hostname_id_idx" ON "hosts"("team_id", "hostname", "id");
CREATE INDEX "hosts_display_name_id_idx" ON "hosts"((COALESCE(NULLIF("computer_name", ''), "hostname")), "id");
CREATE INDEX "hosts_enrolled_at_id_idx" ON "hosts"((COALESCE("last_enrolled_at", "created_at")), "id");

-- SEEN_TIME and the seenSince filter
CREATE INDEX "host_seen_times_seen_time_host_id_idx" ON "host_seen_times"("seen_time", "host_id");

-- labels, teams, users: CREATED_AT (NAME and EMAIL are unique columns, already indexed); users by NAME
CREATE INDEX "labels_created_at_id_idx" ON "labels"("created_at", "id");
CREATE INDEX "teams_created_at_id_idx" ON "teams"("created_at", "id");
CREATE INDEX "users_name_id_idx" ON "users"("name", "id");
CREATE INDEX "users_created_at_id_idx" ON "users"("created_at", "id");

-- Team.users and the users' teamId filter
CREATE INDEX "user_teams_team_id_idx" ON "user_teams"("team_id");
