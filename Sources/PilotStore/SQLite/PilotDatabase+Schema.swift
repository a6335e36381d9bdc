import GRDB

extension PilotDatabase {
    /// Schema migrations. A shipped migration is never edited: add a new one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL);
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    department TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    discipline TEXT);
                CREATE TABLE data_domain (
                    key TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    sensitivity TEXT NOT NULL);
                CREATE TABLE playbook (
                    key TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL);
                CREATE TABLE tool (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    vendor TEXT NOT NULL,
                    model TEXT NOT NULL,
                    version TEXT NOT NULL,
                    hosting TEXT NOT NULL,
                    baa_signed INTEGER NOT NULL,
                    no_training_clause INTEGER NOT NULL,
                    retention_days INTEGER NOT NULL,
                    vetting TEXT NOT NULL);
                CREATE TABLE tool_review (
                    id INTEGER PRIMARY KEY,
                    tool_id INTEGER NOT NULL REFERENCES tool(id),
                    reviewer_login TEXT NOT NULL REFERENCES person(login),
                    discipline TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    notes TEXT NOT NULL,
                    reviewed_at DATETIME NOT NULL);
                CREATE INDEX tool_review_tool ON tool_review(tool_id);
                CREATE TABLE pilot (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    problem TEXT NOT NULL,
                    success_criteria TEXT NOT NULL,
                    playbook TEXT NOT NULL REFERENCES playbook(key),
                    use_case TEXT NOT NULL,
                    owner_login TEXT NOT NULL REFERENCES person(login),
                    tool_key TEXT NOT NULL REFERENCES tool(key),
                    stage TEXT NOT NULL,
                    status TEXT NOT NULL,
                    status_reason TEXT NOT NULL,
                    sites TEXT NOT NULL,
                    cohort_size INTEGER NOT NULL,
                    started_on TEXT NOT NULL,
                    next_review_on TEXT,
                    action_plan_reviewed_on TEXT,
                    needs_revalidation INTEGER NOT NULL);
                CREATE INDEX pilot_tool ON pilot(tool_key);
                CREATE INDEX pilot_stage ON pilot(stage, key);
                CREATE TABLE pilot_scope (
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    domain_key TEXT NOT NULL REFERENCES data_domain(key),
                    access TEXT NOT NULL,
                    PRIMARY KEY (pilot_id, domain_key));
                CREATE TABLE participant (
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    login TEXT NOT NULL REFERENCES person(login),
                    account TEXT NOT NULL,
                    PRIMARY KEY (pilot_id, login));
                CREATE INDEX participant_login ON participant(login);
                CREATE TABLE measurement (
                    id INTEGER PRIMARY KEY,
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    metric_key TEXT NOT NULL,
                    value REAL NOT NULL,
                    n INTEGER NOT NULL,
                    day TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    is_baseline INTEGER NOT NULL);
                CREATE INDEX measurement_pilot_metric ON measurement(pilot_id, metric_key, day);
                CREATE TABLE feedback (
                    id INTEGER PRIMARY KEY,
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    author_login TEXT NOT NULL REFERENCES person(login),
                    stage TEXT NOT NULL,
                    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                    category TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    text TEXT NOT NULL,
                    redacted_kinds TEXT NOT NULL,
                    created_at DATETIME NOT NULL);
                CREATE INDEX feedback_pilot ON feedback(pilot_id, id);
                CREATE TABLE risk (
                    id INTEGER PRIMARY KEY,
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    title TEXT NOT NULL,
                    category TEXT NOT NULL,
                    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
                    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
                    mitigation TEXT NOT NULL,
                    owner_login TEXT NOT NULL REFERENCES person(login),
                    status TEXT NOT NULL);
                CREATE INDEX risk_pilot ON risk(pilot_id);
                CREATE TABLE incident (
                    id INTEGER PRIMARY KEY,
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    severity TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    status TEXT NOT NULL,
                    opened_at DATETIME NOT NULL,
                    opened_by TEXT NOT NULL REFERENCES person(login),
                    closed_at DATETIME,
                    steps_done TEXT NOT NULL,
                    feedback_id INTEGER REFERENCES feedback(id));
                CREATE INDEX incident_pilot ON incident(pilot_id, status);
                CREATE TABLE incident_event (
                    id INTEGER PRIMARY KEY,
                    incident_id INTEGER NOT NULL REFERENCES incident(id),
                    at DATETIME NOT NULL,
                    author_login TEXT NOT NULL REFERENCES person(login),
                    note TEXT NOT NULL);
                CREATE INDEX incident_event_incident ON incident_event(incident_id);
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY,
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    from_stage TEXT NOT NULL,
                    to_stage TEXT NOT NULL,
                    resulting_status TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    rationale TEXT NOT NULL,
                    conditions TEXT NOT NULL,
                    decided_by TEXT NOT NULL REFERENCES person(login),
                    decided_at DATETIME NOT NULL,
                    is_override INTEGER NOT NULL,
                    evidence TEXT NOT NULL);
                CREATE INDEX decision_pilot ON decision(pilot_id, id);
                CREATE TABLE sign_off (
                    id INTEGER PRIMARY KEY,
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id),
                    gate TEXT NOT NULL,
                    reviewer_login TEXT NOT NULL REFERENCES person(login),
                    discipline TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    note TEXT NOT NULL,
                    signed_at DATETIME NOT NULL,
                    decision_id INTEGER REFERENCES decision(id));
                CREATE INDEX sign_off_pilot ON sign_off(pilot_id, gate, decision_id);
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY,
                    at DATETIME NOT NULL,
                    os_login TEXT NOT NULL,
                    person_login TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    pilot_id INTEGER,
                    action TEXT NOT NULL,
                    before TEXT,
                    after TEXT,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL);
                CREATE INDEX audit_entity ON audit(entity, entity_id, seq);
                CREATE INDEX audit_pilot ON audit(pilot_id, seq);
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-measurement-summary-index") { db in
            // Covers the metric sums of the dashboard and reports, so they read the index only.
            try db.execute(sql: "CREATE INDEX measurement_summary ON measurement(pilot_id, metric_key, is_baseline, stage, value, n)")
        }
        migrator.registerMigration("v3-audit-blocks") { db in
            try AuditBlocks.create(db)
        }
        migrator.registerMigration("v4-feedback-withdrawn") { db in
            // Feedback its author withdrew; every list and tally reads the rest, through an index
            // that still answers counts on its own.
            try db.execute(sql: """
                ALTER TABLE feedback ADD COLUMN withdrawn_at DATETIME;
                DROP INDEX feedback_pilot;
                CREATE INDEX feedback_pilot_withdrawn ON feedback(pilot_id, withdrawn_at, id);
                """)
        }
        migrator.registerMigration("v5-measurement-sd") { db in
            // The standard deviation behind a mean, for its interval; the covering index of the
            // metric sums takes it in, so the dashboard and reports still read the index only.
            try db.execute(sql: """
                ALTER TABLE measurement ADD COLUMN sd REAL;
                DROP INDEX measurement_summary;
                CREATE INDEX measurement_evidence ON measurement(pilot_id, metric_key, is_baseline, stage, value, n, sd);
                """)
        }
        migrator.registerMigration("v6-participant-pending") { db in
            // Participants enrolled ahead of a go decision (intake's cap is 0, yet its gate checks
            // their accounts); they become active with the go into this stage.
            try db.execute(sql: "ALTER TABLE participant ADD COLUMN pending_stage TEXT")
        }
        migrator.registerMigration("v7-incident-safeguard") { db in
            // An incident a safeguard opened names the metric and the measurement that crossed it.
            try db.execute(sql: """
                ALTER TABLE incident ADD COLUMN metric_key TEXT;
                ALTER TABLE incident ADD COLUMN measurement_id INTEGER REFERENCES measurement(id);
                """)
        }
        migrator.registerMigration("v8-measurement-sums") { db in
            // Each metric's sums per pilot, baseline or not, and stage (MeasurementSumTable), kept
            // as measurements are recorded, so the gates read a few rows instead of every measurement.
            try db.execute(sql: """
                CREATE TABLE measurement_sum (
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id), metric_key TEXT NOT NULL, is_baseline INTEGER NOT NULL,
                    stage TEXT NOT NULL, n INTEGER NOT NULL, nv REAL NOT NULL, nvv REAL NOT NULL, within REAL NOT NULL,
                    without_sd INTEGER NOT NULL, percent_events REAL NOT NULL, share_events REAL NOT NULL, counted REAL NOT NULL,
                    PRIMARY KEY (pilot_id, metric_key, is_baseline, stage)) WITHOUT ROWID;
                INSERT INTO measurement_sum SELECT pilot_id, metric_key, is_baseline, stage, SUM(n), SUM(value * n),
                    SUM(n * value * value), COALESCE(SUM((n - 1) * sd * sd), 0), SUM(CASE WHEN sd IS NULL AND n > 1 THEN 1 ELSE 0 END),
                    SUM(ROUND(n * value / 100.0)), SUM(ROUND(n * value)), SUM(ROUND(value))
                FROM measurement GROUP BY pilot_id, metric_key, is_baseline, stage;
                """)
        }
        migrator.registerMigration("v9-feedback-tallies") { db in
            // A pilot's feedback counted per stage, rating and category, and per edit tag
            // (FeedbackTallyTable), kept as feedback is logged and withdrawn.
            try db.execute(sql: """
                CREATE TABLE feedback_tally (
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id), stage TEXT NOT NULL, rating INTEGER NOT NULL, category TEXT NOT NULL,
                    n INTEGER NOT NULL, PRIMARY KEY (pilot_id, stage, rating, category)) WITHOUT ROWID;
                CREATE TABLE feedback_tag_tally (
                    pilot_id INTEGER NOT NULL REFERENCES pilot(id), tag TEXT NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (pilot_id, tag)) WITHOUT ROWID;
                INSERT INTO feedback_tally SELECT pilot_id, stage, rating, category, COUNT(*) FROM feedback WHERE withdrawn_at IS NULL
                    GROUP BY pilot_id, stage, rating, category;
                INSERT INTO feedback_tag_tally SELECT f.pilot_id, t.value, COUNT(DISTINCT f.id)
                FROM feedback f, json_each(CASE WHEN json_valid(f.tags) THEN f.tags ELSE '[]' END) t
                WHERE f.withdrawn_at IS NULL AND t.type = 'text' GROUP BY f.pilot_id, t.value;
                """)
        }
        return migrator
    }()
}
