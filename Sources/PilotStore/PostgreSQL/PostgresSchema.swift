/// The schema on PostgreSQL: SQLite's migrations (`PilotDatabase.migrator`) step for step in
/// PostgreSQL's dialect, plus what keeps one audit chain linear and honest under many writers on
/// many hosts. A shipped migration is never edited: add a new one, to both engines.
///
/// The dialect, column by column: SQLite's 64-bit INTEGER is BIGINT, and an INTEGER PRIMARY KEY
/// an identity the server assigns; REAL is DOUBLE PRECISION. TEXT and DATETIME (GRDB's text,
/// "2026-03-02 09:00:00.000" in UTC) are TEXT COLLATE "C", stored byte for byte and compared by
/// bytes as SQLite compares them: audit hashes cover these bytes, and every ORDER BY, key and
/// range over them was written against byte order. NOCASE (ASCII only) is lower() under "C",
/// which folds ASCII only too.
///
/// The audit chain:
/// - `audit_head` holds one row that every audited write locks (`PostgresChainHead.lock`)
///   under READ COMMITTED before it reads the newest entry; `UNIQUE (prev_hash)` refuses a fork
///   from any writer that did not.
/// - `at` is the server's clock during the writing transaction, spelt by `pilotdeck_clock` as
///   GRDB spells a date on SQLite, so an entry hashes alike on both engines.
/// - `os_login` is stamped with `session_user`, the role the server authenticated: the
///   PostgreSQL counterpart of the OS login, which a client cannot claim for someone else.
/// - The audit tables are append-only by trigger (TRUNCATE included, which skips row triggers)
///   for everyone, their owner included, and by the grants in `PostgresRoles`.
enum PostgresSchema {
    /// Where the applied migrations are recorded, in the schema the migrations create.
    static let migrationsTable = "pilotdeck_migrations"

    static let migrations: [PostgresMigration] = [
        PostgresMigration(identifier: "v1", sql: v1),
        PostgresMigration(
            identifier: "v2-measurement-summary-index",
            sql: "CREATE INDEX measurement_summary ON measurement (pilot_id, metric_key, is_baseline, stage, value, n);"),
        PostgresMigration(identifier: "v3-audit-blocks", sql: v3),
        PostgresMigration(identifier: "v4-feedback-withdrawn", sql: v4),
        PostgresMigration(
            identifier: "v5-measurement-sd",
            sql: """
                ALTER TABLE measurement ADD COLUMN sd DOUBLE PRECISION;
                DROP INDEX measurement_summary;
                CREATE INDEX measurement_evidence ON measurement (pilot_id, metric_key, is_baseline, stage, value, n, sd);
                """),
        PostgresMigration(
            identifier: "v6-participant-pending", sql: #"ALTER TABLE participant ADD COLUMN pending_stage TEXT COLLATE "C";"#),
        PostgresMigration(
            identifier: "v7-incident-safeguard",
            sql: #"""
                ALTER TABLE incident ADD COLUMN metric_key TEXT COLLATE "C";
                ALTER TABLE incident ADD COLUMN measurement_id BIGINT REFERENCES measurement (id);
                """#),
        PostgresMigration(
            identifier: "v8-measurement-sums",
            sql: #"""
                -- Whoever may insert into a table may write a table derived from it: an upgrade that
                -- adds one needs no new grant.
                CREATE FUNCTION pilotdeck_grant_writers(source text, target text) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    writer text;
                BEGIN
                    FOR writer IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
                        WHERE table_schema = current_schema() AND table_name = source AND privilege_type = 'INSERT'
                            AND grantee <> current_user
                    LOOP
                        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', target, writer);
                    END LOOP;
                END
                $$;
                -- SQLite's ROUND: half away from zero (add 0.5 and truncate), a value beyond 2^52 as it is.
                CREATE FUNCTION pilotdeck_round(x double precision) RETURNS double precision LANGUAGE sql IMMUTABLE
                    RETURN CASE WHEN abs(x) > 4503599627370496 THEN x ELSE trunc(x + sign(x) * 0.5) END;
                CREATE TABLE measurement_sum (
                    pilot_id BIGINT NOT NULL REFERENCES pilot (id), metric_key TEXT COLLATE "C" NOT NULL,
                    is_baseline BIGINT NOT NULL, stage TEXT COLLATE "C" NOT NULL, n BIGINT NOT NULL, nv DOUBLE PRECISION NOT NULL,
                    nvv DOUBLE PRECISION NOT NULL, within DOUBLE PRECISION NOT NULL, without_sd BIGINT NOT NULL,
                    percent_events DOUBLE PRECISION NOT NULL, share_events DOUBLE PRECISION NOT NULL, counted DOUBLE PRECISION NOT NULL,
                    PRIMARY KEY (pilot_id, metric_key, is_baseline, stage));
                INSERT INTO measurement_sum SELECT pilot_id, metric_key, is_baseline, stage, SUM(n), SUM(value * n),
                    SUM(n * value * value), COALESCE(SUM((n - 1) * sd * sd), 0), SUM(CASE WHEN sd IS NULL AND n > 1 THEN 1 ELSE 0 END),
                    SUM(pilotdeck_round(n * value / 100.0)), SUM(pilotdeck_round(n * value)), SUM(pilotdeck_round(value))
                FROM measurement GROUP BY pilot_id, metric_key, is_baseline, stage;
                SELECT pilotdeck_grant_writers('measurement', 'measurement_sum');
                """#),
        PostgresMigration(
            identifier: "v9-feedback-tallies",
            sql: #"""
                CREATE TABLE feedback_tally (
                    pilot_id BIGINT NOT NULL REFERENCES pilot (id), stage TEXT COLLATE "C" NOT NULL, rating BIGINT NOT NULL,
                    category TEXT COLLATE "C" NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (pilot_id, stage, rating, category));
                CREATE TABLE feedback_tag_tally (
                    pilot_id BIGINT NOT NULL REFERENCES pilot (id), tag TEXT COLLATE "C" NOT NULL, n BIGINT NOT NULL,
                    PRIMARY KEY (pilot_id, tag));
                INSERT INTO feedback_tally SELECT pilot_id, stage, rating, category, COUNT(*) FROM feedback WHERE withdrawn_at IS NULL
                    GROUP BY pilot_id, stage, rating, category;
                INSERT INTO feedback_tag_tally SELECT f.pilot_id, t.tag, COUNT(DISTINCT f.id)
                FROM feedback f, jsonb_array_elements_text(CASE WHEN f.tags ~ '^\[("[A-Za-z0-9_-]*"(,"[A-Za-z0-9_-]*")*)?\]$'
                    THEN f.tags::jsonb ELSE '[]'::jsonb END) AS t(tag)
                WHERE f.withdrawn_at IS NULL GROUP BY f.pilot_id, t.tag;
                SELECT pilotdeck_grant_writers('feedback', 'feedback_tally');
                SELECT pilotdeck_grant_writers('feedback', 'feedback_tag_tally');
                """#),
    ]

    private static let v1 = #"""
        CREATE FUNCTION pilotdeck_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING MESSAGE = TG_ARGV[0];
        END
        $$;
        CREATE FUNCTION pilotdeck_clock(instant timestamptz) RETURNS text LANGUAGE sql STABLE
            RETURN to_char(instant AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS');
        CREATE FUNCTION pilotdeck_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.os_login := session_user;
            IF NEW.at IS NULL
                OR NEW.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}$'
                OR NEW.at COLLATE "C" < pilotdeck_clock(transaction_timestamp())
                OR NEW.at COLLATE "C" > pilotdeck_clock(clock_timestamp()) THEN
                RAISE EXCEPTION 'audit entry % is dated %, which is not the server''s clock during its transaction',
                    NEW.seq, NEW.at;
            END IF;
            RETURN NEW;
        END
        $$;
        -- The trigger runs as whoever inserts: only pg_catalog and this schema may supply the
        -- functions it calls, never a schema of the writer's own.
        DO $$
        BEGIN
            EXECUTE format('ALTER FUNCTION pilotdeck_audit_stamp() SET search_path = pg_catalog, %I, pg_temp',
                current_schema());
        END
        $$;
        CREATE TABLE setting (
            key TEXT COLLATE "C" PRIMARY KEY,
            value TEXT COLLATE "C" NOT NULL);
        CREATE TABLE person (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            login TEXT COLLATE "C" NOT NULL UNIQUE,
            name TEXT COLLATE "C" NOT NULL,
            email TEXT COLLATE "C" NOT NULL,
            department TEXT COLLATE "C" NOT NULL,
            roles TEXT COLLATE "C" NOT NULL,
            discipline TEXT COLLATE "C");
        CREATE UNIQUE INDEX person_email ON person (lower(email));
        CREATE TABLE data_domain (
            key TEXT COLLATE "C" PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL,
            sensitivity TEXT COLLATE "C" NOT NULL);
        CREATE TABLE playbook (
            key TEXT COLLATE "C" PRIMARY KEY,
            title TEXT COLLATE "C" NOT NULL,
            body TEXT COLLATE "C" NOT NULL);
        CREATE TABLE tool (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            key TEXT COLLATE "C" NOT NULL UNIQUE,
            name TEXT COLLATE "C" NOT NULL,
            vendor TEXT COLLATE "C" NOT NULL,
            model TEXT COLLATE "C" NOT NULL,
            version TEXT COLLATE "C" NOT NULL,
            hosting TEXT COLLATE "C" NOT NULL,
            baa_signed BIGINT NOT NULL,
            no_training_clause BIGINT NOT NULL,
            retention_days BIGINT NOT NULL,
            vetting TEXT COLLATE "C" NOT NULL);
        CREATE TABLE tool_review (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            tool_id BIGINT NOT NULL REFERENCES tool (id),
            reviewer_login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            discipline TEXT COLLATE "C" NOT NULL,
            verdict TEXT COLLATE "C" NOT NULL,
            notes TEXT COLLATE "C" NOT NULL,
            reviewed_at TEXT COLLATE "C" NOT NULL);
        CREATE INDEX tool_review_tool ON tool_review (tool_id);
        CREATE TABLE pilot (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            key TEXT COLLATE "C" NOT NULL UNIQUE,
            name TEXT COLLATE "C" NOT NULL,
            problem TEXT COLLATE "C" NOT NULL,
            success_criteria TEXT COLLATE "C" NOT NULL,
            playbook TEXT COLLATE "C" NOT NULL REFERENCES playbook (key),
            use_case TEXT COLLATE "C" NOT NULL,
            owner_login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            tool_key TEXT COLLATE "C" NOT NULL REFERENCES tool (key),
            stage TEXT COLLATE "C" NOT NULL,
            status TEXT COLLATE "C" NOT NULL,
            status_reason TEXT COLLATE "C" NOT NULL,
            sites TEXT COLLATE "C" NOT NULL,
            cohort_size BIGINT NOT NULL,
            started_on TEXT COLLATE "C" NOT NULL,
            next_review_on TEXT COLLATE "C",
            action_plan_reviewed_on TEXT COLLATE "C",
            needs_revalidation BIGINT NOT NULL);
        CREATE INDEX pilot_tool ON pilot (tool_key);
        CREATE INDEX pilot_stage ON pilot (stage, key);
        CREATE TABLE pilot_scope (
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            domain_key TEXT COLLATE "C" NOT NULL REFERENCES data_domain (key),
            access TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (pilot_id, domain_key));
        CREATE TABLE participant (
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            account TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (pilot_id, login));
        CREATE INDEX participant_login ON participant (login);
        CREATE TABLE measurement (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            metric_key TEXT COLLATE "C" NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            n BIGINT NOT NULL,
            day TEXT COLLATE "C" NOT NULL,
            stage TEXT COLLATE "C" NOT NULL,
            is_baseline BIGINT NOT NULL);
        CREATE INDEX measurement_pilot_metric ON measurement (pilot_id, metric_key, day);
        CREATE TABLE feedback (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            author_login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            stage TEXT COLLATE "C" NOT NULL,
            rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
            category TEXT COLLATE "C" NOT NULL,
            tags TEXT COLLATE "C" NOT NULL,
            text TEXT COLLATE "C" NOT NULL,
            redacted_kinds TEXT COLLATE "C" NOT NULL,
            created_at TEXT COLLATE "C" NOT NULL);
        CREATE INDEX feedback_pilot ON feedback (pilot_id, id);
        CREATE TABLE risk (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            title TEXT COLLATE "C" NOT NULL,
            category TEXT COLLATE "C" NOT NULL,
            likelihood BIGINT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
            impact BIGINT NOT NULL CHECK (impact BETWEEN 1 AND 5),
            mitigation TEXT COLLATE "C" NOT NULL,
            owner_login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            status TEXT COLLATE "C" NOT NULL);
        CREATE INDEX risk_pilot ON risk (pilot_id);
        CREATE TABLE incident (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            severity TEXT COLLATE "C" NOT NULL,
            kind TEXT COLLATE "C" NOT NULL,
            summary TEXT COLLATE "C" NOT NULL,
            status TEXT COLLATE "C" NOT NULL,
            opened_at TEXT COLLATE "C" NOT NULL,
            opened_by TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            closed_at TEXT COLLATE "C",
            steps_done TEXT COLLATE "C" NOT NULL,
            feedback_id BIGINT REFERENCES feedback (id));
        CREATE INDEX incident_pilot ON incident (pilot_id, status);
        CREATE TABLE incident_event (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            incident_id BIGINT NOT NULL REFERENCES incident (id),
            at TEXT COLLATE "C" NOT NULL,
            author_login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            note TEXT COLLATE "C" NOT NULL);
        CREATE INDEX incident_event_incident ON incident_event (incident_id);
        CREATE TABLE decision (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            from_stage TEXT COLLATE "C" NOT NULL,
            to_stage TEXT COLLATE "C" NOT NULL,
            resulting_status TEXT COLLATE "C" NOT NULL,
            kind TEXT COLLATE "C" NOT NULL,
            rationale TEXT COLLATE "C" NOT NULL,
            conditions TEXT COLLATE "C" NOT NULL,
            decided_by TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            decided_at TEXT COLLATE "C" NOT NULL,
            is_override BIGINT NOT NULL,
            evidence TEXT COLLATE "C" NOT NULL);
        CREATE INDEX decision_pilot ON decision (pilot_id, id);
        CREATE TABLE sign_off (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pilot_id BIGINT NOT NULL REFERENCES pilot (id),
            gate TEXT COLLATE "C" NOT NULL,
            reviewer_login TEXT COLLATE "C" NOT NULL REFERENCES person (login),
            discipline TEXT COLLATE "C" NOT NULL,
            verdict TEXT COLLATE "C" NOT NULL,
            note TEXT COLLATE "C" NOT NULL,
            signed_at TEXT COLLATE "C" NOT NULL,
            decision_id BIGINT REFERENCES decision (id));
        CREATE INDEX sign_off_pilot ON sign_off (pilot_id, gate, decision_id);
        CREATE TABLE audit (
            seq BIGINT PRIMARY KEY,
            at TEXT COLLATE "C" NOT NULL,
            os_login TEXT COLLATE "C" NOT NULL,
            person_login TEXT COLLATE "C" NOT NULL,
            entity TEXT COLLATE "C" NOT NULL,
            entity_id TEXT COLLATE "C" NOT NULL,
            pilot_id BIGINT,
            action TEXT COLLATE "C" NOT NULL,
            before TEXT COLLATE "C",
            after TEXT COLLATE "C",
            prev_hash TEXT COLLATE "C" NOT NULL UNIQUE,
            hash TEXT COLLATE "C" NOT NULL);
        CREATE INDEX audit_entity ON audit (entity, entity_id, seq);
        CREATE INDEX audit_pilot ON audit (pilot_id, seq);
        CREATE TRIGGER audit_stamp BEFORE INSERT ON audit
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_audit_stamp();
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_refuse('the audit log is append-only');
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_refuse('the audit log is append-only');
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
            FOR EACH STATEMENT EXECUTE FUNCTION pilotdeck_refuse('the audit log is append-only');
        CREATE TABLE audit_head (
            id SMALLINT PRIMARY KEY CHECK (id = 1));
        INSERT INTO audit_head (id) VALUES (1);
        CREATE TRIGGER audit_head_no_update BEFORE UPDATE ON audit_head
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_refuse('the audit chain''s lock row is fixed');
        CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_refuse('the audit chain''s lock row is fixed');
        CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
            FOR EACH STATEMENT EXECUTE FUNCTION pilotdeck_refuse('the audit chain''s lock row is fixed');
        """#

    private static let v3 = """
        CREATE TABLE audit_block (
            facet TEXT COLLATE "C" NOT NULL,
            value TEXT COLLATE "C" NOT NULL,
            block BIGINT NOT NULL,
            PRIMARY KEY (facet, value, block));
        CREATE TRIGGER audit_block_no_update BEFORE UPDATE ON audit_block
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_refuse('the audit index is append-only');
        CREATE TRIGGER audit_block_no_delete BEFORE DELETE ON audit_block
            FOR EACH ROW EXECUTE FUNCTION pilotdeck_refuse('the audit index is append-only');
        CREATE TRIGGER audit_block_no_truncate BEFORE TRUNCATE ON audit_block
            FOR EACH STATEMENT EXECUTE FUNCTION pilotdeck_refuse('the audit index is append-only');
        INSERT INTO audit_block SELECT 'person', person_login, seq >> \(AuditBlocks.shift) FROM audit ON CONFLICT DO NOTHING;
        INSERT INTO audit_block SELECT 'os', os_login, seq >> \(AuditBlocks.shift) FROM audit ON CONFLICT DO NOTHING;
        INSERT INTO audit_block SELECT 'kind', entity || ' ' || action, seq >> \(AuditBlocks.shift) FROM audit ON CONFLICT DO NOTHING;
        """

    private static let v4 = """
        ALTER TABLE feedback ADD COLUMN withdrawn_at TEXT COLLATE "C";
        DROP INDEX feedback_pilot;
        CREATE INDEX feedback_pilot_withdrawn ON feedback (pilot_id, withdrawn_at, id);
        """
}
