-- Seed data every instance starts with: the app config row and Fleet's builtin labels.
-- Builtin labels are dynamic; their queries run on every host's label refresh.
INSERT INTO "app_config" ("id", "updated_at") VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING;

INSERT INTO "labels" ("name", "description", "query", "platform", "label_type", "label_membership_type", "updated_at") VALUES
  ('All Hosts', 'All hosts which have enrolled in Fleet', 'SELECT 1;', '', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('macOS', 'All macOS hosts', 'SELECT 1 FROM os_version WHERE platform = ''darwin'';', 'darwin', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('Ubuntu Linux', 'All Ubuntu hosts', 'SELECT 1 FROM os_version WHERE platform = ''ubuntu'';', 'ubuntu', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('CentOS Linux', 'All CentOS hosts', 'SELECT 1 FROM os_version WHERE platform = ''centos'' OR name LIKE ''%centos%''', '', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('MS Windows', 'All Windows hosts', 'SELECT 1 FROM os_version WHERE platform = ''windows'';', 'windows', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('Red Hat Linux', 'All Red Hat Enterprise Linux hosts', 'SELECT 1 FROM os_version WHERE name LIKE ''%red hat%''', '', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('All Linux', 'All Linux distributions', 'SELECT 1 FROM osquery_info WHERE build_platform LIKE ''%ubuntu%'' OR build_distro LIKE ''%centos%'' OR build_platform LIKE ''%linux%'';', '', 'builtin', 'dynamic', CURRENT_TIMESTAMP),
  ('chrome', 'All Chrome hosts', 'SELECT 1 FROM os_version WHERE platform = ''chrome'';', 'chrome', 'builtin', 'dynamic', CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;
