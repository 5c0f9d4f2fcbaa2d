-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "global_role" TEXT,
    "api_only" BOOLEAN NOT NULL DEFAULT false,
    "sso_enabled" BOOLEAN NOT NULL DEFAULT false,
    "force_password_reset" BOOLEAN NOT NULL DEFAULT false,
    "gravatar_url" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_teams" (
    "user_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "user_teams_pkey" PRIMARY KEY ("user_id","team_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accessed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_config" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "org_name" TEXT NOT NULL DEFAULT '',
    "org_logo_url" TEXT NOT NULL DEFAULT '',
    "org_logo_url_light_background" TEXT NOT NULL DEFAULT '',
    "contact_url" TEXT NOT NULL DEFAULT 'https://fleetdm.com/company/contact',
    "server_url" TEXT NOT NULL DEFAULT '',
    "license_tier" TEXT NOT NULL DEFAULT 'free',
    "live_query_disabled" BOOLEAN NOT NULL DEFAULT false,
    "enable_host_users" BOOLEAN NOT NULL DEFAULT true,
    "transparency_url" TEXT NOT NULL DEFAULT '',
    "mdm_migration_webhook_url" TEXT NOT NULL DEFAULT '',
    "failing_policies_webhook_url" TEXT NOT NULL DEFAULT '',
    "agent_options" JSONB,
    "features" JSONB,
    "mdm" JSONB,
    "sso_settings" JSONB,
    "host_expiry_enabled" BOOLEAN NOT NULL DEFAULT false,
    "host_expiry_window" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activities" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "actor_name" TEXT,
    "type" TEXT NOT NULL,
    "details" JSONB,

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "teams" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "agent_options" JSONB,
    "features" JSONB,
    "mdm" JSONB,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enroll_secrets" (
    "secret" TEXT NOT NULL,
    "team_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enroll_secrets_pkey" PRIMARY KEY ("secret")
);

-- CreateTable
CREATE TABLE "hosts" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "osquery_host_id" TEXT NOT NULL,
    "node_key" TEXT,
    "orbit_node_key" TEXT,
    "hostname" TEXT NOT NULL DEFAULT '',
    "uuid" TEXT NOT NULL DEFAULT '',
    "platform" TEXT NOT NULL DEFAULT '',
    "platform_like" TEXT NOT NULL DEFAULT '',
    "osquery_version" TEXT NOT NULL DEFAULT '',
    "os_version" TEXT NOT NULL DEFAULT '',
    "build" TEXT NOT NULL DEFAULT '',
    "code_name" TEXT NOT NULL DEFAULT '',
    "uptime" BIGINT NOT NULL DEFAULT 0,
    "memory" BIGINT NOT NULL DEFAULT 0,
    "cpu_type" TEXT NOT NULL DEFAULT '',
    "cpu_subtype" TEXT NOT NULL DEFAULT '',
    "cpu_brand" TEXT NOT NULL DEFAULT '',
    "cpu_physical_cores" INTEGER NOT NULL DEFAULT 0,
    "cpu_logical_cores" INTEGER NOT NULL DEFAULT 0,
    "hardware_vendor" TEXT NOT NULL DEFAULT '',
    "hardware_model" TEXT NOT NULL DEFAULT '',
    "hardware_version" TEXT NOT NULL DEFAULT '',
    "hardware_serial" TEXT NOT NULL DEFAULT '',
    "computer_name" TEXT NOT NULL DEFAULT '',
    "public_ip" TEXT NOT NULL DEFAULT '',
    "primary_ip" TEXT NOT NULL DEFAULT '',
    "primary_mac" TEXT NOT NULL DEFAULT '',
    "distributed_interval" INTEGER NOT NULL DEFAULT 0,
    "config_tls_refresh" INTEGER NOT NULL DEFAULT 0,
    "logger_tls_period" INTEGER NOT NULL DEFAULT 0,
    "team_id" INTEGER,
    "refetch_requested" BOOLEAN NOT NULL DEFAULT false,
    "detail_updated_at" TIMESTAMP(3),
    "label_updated_at" TIMESTAMP(3),
    "policy_updated_at" TIMESTAMP(3),
    "last_enrolled_at" TIMESTAMP(3),
    "seen_time" TIMESTAMP(3),
    "gigs_disk_space_available" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "percent_disk_space_available" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "disk_encryption_enabled" BOOLEAN,
    "dep_assigned_to_fleet" BOOLEAN NOT NULL DEFAULT false,
    "additional" JSONB,

    CONSTRAINT "hosts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "host_users" (
    "host_id" INTEGER NOT NULL,
    "uid" BIGINT NOT NULL,
    "username" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT '',
    "groupname" TEXT NOT NULL DEFAULT '',
    "shell" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "host_users_pkey" PRIMARY KEY ("host_id","uid","username")
);

-- CreateTable
CREATE TABLE "host_batteries" (
    "host_id" INTEGER NOT NULL,
    "serial_number" TEXT NOT NULL,
    "cycle_count" INTEGER NOT NULL,
    "health" TEXT NOT NULL,

    CONSTRAINT "host_batteries_pkey" PRIMARY KEY ("host_id","serial_number")
);

-- CreateTable
CREATE TABLE "software" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "bundle_identifier" TEXT NOT NULL DEFAULT '',
    "generated_cpe" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "software_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "host_software" (
    "host_id" INTEGER NOT NULL,
    "software_id" INTEGER NOT NULL,
    "last_opened_at" TIMESTAMP(3),

    CONSTRAINT "host_software_pkey" PRIMARY KEY ("host_id","software_id")
);

-- CreateTable
CREATE TABLE "host_emails" (
    "host_id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "host_emails_pkey" PRIMARY KEY ("host_id","email","source")
);

-- CreateTable
CREATE TABLE "host_mdm" (
    "host_id" INTEGER NOT NULL,
    "enrolled" BOOLEAN NOT NULL DEFAULT false,
    "server_url" TEXT NOT NULL DEFAULT '',
    "installed_from_dep" BOOLEAN NOT NULL DEFAULT false,
    "is_server" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "host_mdm_pkey" PRIMARY KEY ("host_id")
);

-- CreateTable
CREATE TABLE "host_munki_info" (
    "host_id" INTEGER NOT NULL,
    "version" TEXT NOT NULL DEFAULT '',
    "errors" JSONB,
    "warnings" JSONB,

    CONSTRAINT "host_munki_info_pkey" PRIMARY KEY ("host_id")
);

-- CreateTable
CREATE TABLE "labels" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "query" TEXT NOT NULL DEFAULT '',
    "platform" TEXT NOT NULL DEFAULT '',
    "label_type" TEXT NOT NULL DEFAULT 'regular',
    "label_membership_type" TEXT NOT NULL DEFAULT 'dynamic',

    CONSTRAINT "labels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "label_membership" (
    "label_id" INTEGER NOT NULL,
    "host_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "label_membership_pkey" PRIMARY KEY ("label_id","host_id")
);

-- CreateTable
CREATE TABLE "host_device_auth" (
    "host_id" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "host_device_auth_pkey" PRIMARY KEY ("host_id")
);

-- CreateTable
CREATE TABLE "queries" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "query" TEXT NOT NULL,
    "saved" BOOLEAN NOT NULL DEFAULT true,
    "observer_can_run" BOOLEAN NOT NULL DEFAULT false,
    "team_id" INTEGER,
    "author_id" INTEGER,
    "platform" TEXT NOT NULL DEFAULT '',
    "min_osquery_version" TEXT NOT NULL DEFAULT '',
    "interval" INTEGER NOT NULL DEFAULT 0,
    "automations_enabled" BOOLEAN NOT NULL DEFAULT false,
    "logging_type" TEXT NOT NULL DEFAULT 'snapshot',

    CONSTRAINT "queries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packs" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "platform" TEXT NOT NULL DEFAULT '',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "pack_type" TEXT,

    CONSTRAINT "packs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pack_hosts" (
    "pack_id" INTEGER NOT NULL,
    "host_id" INTEGER NOT NULL,

    CONSTRAINT "pack_hosts_pkey" PRIMARY KEY ("pack_id","host_id")
);

-- CreateTable
CREATE TABLE "pack_labels" (
    "pack_id" INTEGER NOT NULL,
    "label_id" INTEGER NOT NULL,

    CONSTRAINT "pack_labels_pkey" PRIMARY KEY ("pack_id","label_id")
);

-- CreateTable
CREATE TABLE "pack_teams" (
    "pack_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,

    CONSTRAINT "pack_teams_pkey" PRIMARY KEY ("pack_id","team_id")
);

-- CreateTable
CREATE TABLE "scheduled_queries" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pack_id" INTEGER NOT NULL,
    "query_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "query_name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "interval" INTEGER NOT NULL,
    "snapshot" BOOLEAN,
    "removed" BOOLEAN,
    "platform" TEXT NOT NULL DEFAULT '',
    "version" TEXT NOT NULL DEFAULT '',
    "shard" INTEGER,
    "denylist" BOOLEAN,

    CONSTRAINT "scheduled_queries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scheduled_query_stats" (
    "scheduled_query_id" INTEGER NOT NULL,
    "host_id" INTEGER NOT NULL,
    "executions" BIGINT NOT NULL DEFAULT 0,
    "system_time" BIGINT NOT NULL DEFAULT 0,
    "user_time" BIGINT NOT NULL DEFAULT 0,
    "wall_time" BIGINT NOT NULL DEFAULT 0,
    "last_executed" TIMESTAMP(3),

    CONSTRAINT "scheduled_query_stats_pkey" PRIMARY KEY ("scheduled_query_id","host_id")
);

-- CreateTable
CREATE TABLE "policies" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "resolution" TEXT NOT NULL DEFAULT '',
    "platform" TEXT NOT NULL DEFAULT '',
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "team_id" INTEGER,
    "author_id" INTEGER,

    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_membership" (
    "policy_id" INTEGER NOT NULL,
    "host_id" INTEGER NOT NULL,
    "passes" BOOLEAN,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_membership_pkey" PRIMARY KEY ("policy_id","host_id")
);

-- CreateTable
CREATE TABLE "distributed_query_campaigns" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "query_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "status" INTEGER NOT NULL DEFAULT 0,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "distributed_query_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "distributed_query_campaign_targets" (
    "id" SERIAL NOT NULL,
    "campaign_id" INTEGER NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" INTEGER NOT NULL,

    CONSTRAINT "distributed_query_campaign_targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "distributed_query_campaign_results" (
    "id" SERIAL NOT NULL,
    "campaign_id" INTEGER NOT NULL,
    "host_id" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "distributed_query_campaign_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mdm_assets" (
    "name" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mdm_assets_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "mdm_apple_configuration_profiles" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mobileconfig" BYTEA NOT NULL,
    "checksum" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mdm_apple_configuration_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mdm_profile_preassignments" (
    "id" SERIAL NOT NULL,
    "external_host_identifier" TEXT NOT NULL,
    "host_uuid" TEXT NOT NULL,
    "profile_identifier" TEXT NOT NULL,
    "profile_name" TEXT NOT NULL,
    "group" TEXT NOT NULL DEFAULT '',
    "exclude" BOOLEAN NOT NULL DEFAULT false,
    "mobileconfig" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mdm_profile_preassignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mdm_sso_sessions" (
    "session_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "original_url" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mdm_sso_sessions_pkey" PRIMARY KEY ("session_id")
);

-- CreateTable
CREATE TABLE "mdm_idp_accounts" (
    "reference" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "fullname" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mdm_idp_accounts_pkey" PRIMARY KEY ("reference")
);

-- CreateTable
CREATE TABLE "mdm_eulas" (
    "token" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mdm_eulas_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "installers" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "enroll_secret" TEXT NOT NULL,
    "desktop" BOOLEAN NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "installers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cron_stats" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "run_type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "errors" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cron_stats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "locks" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "locks_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "activities_created_at_idx" ON "activities"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "teams_name_key" ON "teams"("name");

-- CreateIndex
CREATE INDEX "enroll_secrets_team_id_idx" ON "enroll_secrets"("team_id");

-- CreateIndex
CREATE UNIQUE INDEX "hosts_osquery_host_id_key" ON "hosts"("osquery_host_id");

-- CreateIndex
CREATE UNIQUE INDEX "hosts_node_key_key" ON "hosts"("node_key");

-- CreateIndex
CREATE UNIQUE INDEX "hosts_orbit_node_key_key" ON "hosts"("orbit_node_key");

-- CreateIndex
CREATE INDEX "hosts_team_id_idx" ON "hosts"("team_id");

-- CreateIndex
CREATE INDEX "hosts_hostname_idx" ON "hosts"("hostname");

-- CreateIndex
CREATE INDEX "hosts_uuid_idx" ON "hosts"("uuid");

-- CreateIndex
CREATE INDEX "hosts_hardware_serial_idx" ON "hosts"("hardware_serial");

-- CreateIndex
CREATE UNIQUE INDEX "software_name_version_source_bundle_identifier_key" ON "software"("name", "version", "source", "bundle_identifier");

-- CreateIndex
CREATE UNIQUE INDEX "labels_name_key" ON "labels"("name");

-- CreateIndex
CREATE INDEX "label_membership_host_id_idx" ON "label_membership"("host_id");

-- CreateIndex
CREATE UNIQUE INDEX "host_device_auth_token_key" ON "host_device_auth"("token");

-- CreateIndex
CREATE UNIQUE INDEX "queries_name_key" ON "queries"("name");

-- CreateIndex
CREATE UNIQUE INDEX "packs_name_key" ON "packs"("name");

-- CreateIndex
CREATE INDEX "pack_hosts_host_id_idx" ON "pack_hosts"("host_id");

-- CreateIndex
CREATE INDEX "pack_labels_label_id_idx" ON "pack_labels"("label_id");

-- CreateIndex
CREATE INDEX "pack_teams_team_id_idx" ON "pack_teams"("team_id");

-- CreateIndex
CREATE INDEX "scheduled_queries_query_id_idx" ON "scheduled_queries"("query_id");

-- CreateIndex
CREATE UNIQUE INDEX "scheduled_queries_pack_id_name_key" ON "scheduled_queries"("pack_id", "name");

-- CreateIndex
CREATE INDEX "policies_team_id_name_idx" ON "policies"("team_id", "name");

-- CreateIndex
CREATE INDEX "policy_membership_host_id_idx" ON "policy_membership"("host_id");

-- CreateIndex
CREATE INDEX "distributed_query_campaigns_status_idx" ON "distributed_query_campaigns"("status");

-- CreateIndex
CREATE INDEX "distributed_query_campaign_targets_campaign_id_idx" ON "distributed_query_campaign_targets"("campaign_id");

-- CreateIndex
CREATE UNIQUE INDEX "distributed_query_campaign_results_campaign_id_host_id_key" ON "distributed_query_campaign_results"("campaign_id", "host_id");

-- CreateIndex
CREATE INDEX "mdm_apple_configuration_profiles_team_id_idx" ON "mdm_apple_configuration_profiles"("team_id");

-- CreateIndex
CREATE INDEX "mdm_profile_preassignments_external_host_identifier_idx" ON "mdm_profile_preassignments"("external_host_identifier");

-- CreateIndex
CREATE UNIQUE INDEX "mdm_sso_sessions_request_id_key" ON "mdm_sso_sessions"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "installers_kind_enroll_secret_desktop_key" ON "installers"("kind", "enroll_secret", "desktop");

-- CreateIndex
CREATE INDEX "cron_stats_name_created_at_idx" ON "cron_stats"("name", "created_at");

-- AddForeignKey
ALTER TABLE "user_teams" ADD CONSTRAINT "user_teams_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_teams" ADD CONSTRAINT "user_teams_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enroll_secrets" ADD CONSTRAINT "enroll_secrets_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hosts" ADD CONSTRAINT "hosts_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_users" ADD CONSTRAINT "host_users_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_batteries" ADD CONSTRAINT "host_batteries_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_software" ADD CONSTRAINT "host_software_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_software" ADD CONSTRAINT "host_software_software_id_fkey" FOREIGN KEY ("software_id") REFERENCES "software"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_emails" ADD CONSTRAINT "host_emails_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_mdm" ADD CONSTRAINT "host_mdm_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_munki_info" ADD CONSTRAINT "host_munki_info_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_membership" ADD CONSTRAINT "label_membership_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_membership" ADD CONSTRAINT "label_membership_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "host_device_auth" ADD CONSTRAINT "host_device_auth_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queries" ADD CONSTRAINT "queries_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pack_hosts" ADD CONSTRAINT "pack_hosts_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pack_hosts" ADD CONSTRAINT "pack_hosts_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pack_labels" ADD CONSTRAINT "pack_labels_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pack_labels" ADD CONSTRAINT "pack_labels_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pack_teams" ADD CONSTRAINT "pack_teams_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pack_teams" ADD CONSTRAINT "pack_teams_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scheduled_queries" ADD CONSTRAINT "scheduled_queries_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scheduled_queries" ADD CONSTRAINT "scheduled_queries_query_id_fkey" FOREIGN KEY ("query_id") REFERENCES "queries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scheduled_query_stats" ADD CONSTRAINT "scheduled_query_stats_scheduled_query_id_fkey" FOREIGN KEY ("scheduled_query_id") REFERENCES "scheduled_queries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policies" ADD CONSTRAINT "policies_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_membership" ADD CONSTRAINT "policy_membership_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_membership" ADD CONSTRAINT "policy_membership_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributed_query_campaigns" ADD CONSTRAINT "distributed_query_campaigns_query_id_fkey" FOREIGN KEY ("query_id") REFERENCES "queries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributed_query_campaign_targets" ADD CONSTRAINT "distributed_query_campaign_targets_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "distributed_query_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributed_query_campaign_results" ADD CONSTRAINT "distributed_query_campaign_results_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "distributed_query_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributed_query_campaign_results" ADD CONSTRAINT "distributed_query_campaign_results_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mdm_apple_configuration_profiles" ADD CONSTRAINT "mdm_apple_configuration_profiles_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
