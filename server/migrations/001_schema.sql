-- The province's shared data: users, change requests, the published layers with their history, the audit log.
-- A layer row belongs to the change that uploaded it. It is pending while valid_from is NULL, published from
-- valid_from, and replaced (by a later publication) from valid_to: the data as of a moment T is the rows with
-- valid_from <= T AND (valid_to IS NULL OR valid_to > T).

CREATE EXTENSION IF NOT EXISTS postgis;

-- Who a request acts for, set per transaction by the server (set_config(..., true)): row-level security reads it.
CREATE FUNCTION phusong_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('phusong.role', true), '') $$;
CREATE FUNCTION phusong_operator() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('phusong.operator', true) $$;

-- Times leave the database as ISO 8601 text in UTC with microseconds: a moment read back as an "as of" must
-- fall on or after the publication it came from, which milliseconds (a JavaScript Date) would not.
CREATE FUNCTION iso_time(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'department', 'operator', 'commune')),
  operator text,
  commune_code text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'operator') = (operator IS NOT NULL)),
  CHECK ((role = 'commune') = (commune_code IS NOT NULL))
);

-- Bearer tokens are kept as their SHA-256 only: a copy of the database opens no session.
CREATE TABLE sessions (
  token_sha256 bytea PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE changes (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('communes', 'villages', 'stations', 'fibre', 'coverage', 'population')),
  filename text NOT NULL,
  -- The operator whose rows of the layer a publication replaces; NULL replaces the whole layer.
  scope text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
  uploaded_by bigint NOT NULL REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  decided_by bigint REFERENCES users (id),
  decided_at timestamptz,
  -- The import report: rows, imported, rejected, reasons, warnings and every issue.
  report jsonb NOT NULL,
  -- The rejected rows as CSV (their own columns plus row and reason), for download.
  rejected_csv text NOT NULL DEFAULT '',
  CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX changes_status ON changes (status, id);
-- Publications are serialised: no two share a moment, so "the version as of T" is one publication.
CREATE UNIQUE INDEX changes_published_at ON changes (decided_at) WHERE status = 'published';

-- Row-level security: staff see every change; an operator sees and files only its own stations and coverage.
ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE changes FORCE ROW LEVEL SECURITY;
CREATE POLICY changes_staff ON changes USING (phusong_role() IN ('admin', 'department', 'system'));
CREATE POLICY changes_operator_reads ON changes FOR SELECT USING (phusong_role() = 'operator' AND scope = phusong_operator());
CREATE POLICY changes_operator_files ON changes FOR INSERT
  WITH CHECK (phusong_role() = 'operator' AND scope = phusong_operator() AND kind IN ('stations', 'coverage'));

CREATE TABLE communes (
  change_id bigint NOT NULL REFERENCES changes (id),
  ord integer NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  geom geometry(Geometry, 4326) NOT NULL,
  valid_from timestamptz,
  valid_to timestamptz,
  PRIMARY KEY (change_id, ord)
);

CREATE TABLE villages (
  change_id bigint NOT NULL REFERENCES changes (id),
  ord integer NOT NULL,
  village_id text NOT NULL,
  name text NOT NULL,
  commune_code text NOT NULL,
  population double precision NOT NULL,
  households double precision NOT NULL,
  fibre boolean NOT NULL,
  geom geometry(Geometry, 4326) NOT NULL,
  valid_from timestamptz,
  valid_to timestamptz,
  PRIMARY KEY (change_id, ord)
);

CREATE TABLE stations (
  change_id bigint NOT NULL REFERENCES changes (id),
  ord integer NOT NULL,
  station_id text NOT NULL,
  operator text NOT NULL,
  techs text[] NOT NULL,
  height_m double precision,
  azimuths double precision[] NOT NULL,
  beamwidth_deg double precision,
  band text,
  tower_id text,
  radius_4g_m double precision,
  radius_5g_m double precision,
  radius_6g_m double precision,
  geom geometry(Point, 4326) NOT NULL,
  valid_from timestamptz,
  valid_to timestamptz,
  PRIMARY KEY (change_id, ord)
);

CREATE TABLE coverage (
  change_id bigint NOT NULL REFERENCES changes (id),
  ord integer NOT NULL,
  operator text NOT NULL,
  tech text NOT NULL,
  geom geometry(Geometry, 4326) NOT NULL,
  valid_from timestamptz,
  valid_to timestamptz,
  PRIMARY KEY (change_id, ord)
);

CREATE TABLE fibre (
  change_id bigint NOT NULL REFERENCES changes (id),
  ord integer NOT NULL,
  fibre_id text NOT NULL,
  operator text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('route', 'access_point')),
  geom geometry(Geometry, 4326) NOT NULL,
  valid_from timestamptz,
  valid_to timestamptz,
  PRIMARY KEY (change_id, ord)
);

CREATE TABLE population_points (
  change_id bigint NOT NULL REFERENCES changes (id),
  ord integer NOT NULL,
  population double precision NOT NULL,
  geom geometry(Point, 4326) NOT NULL,
  valid_from timestamptz,
  valid_to timestamptz,
  PRIMARY KEY (change_id, ord)
);

-- Spatial indexes, and the current published rows of each layer (what a publication replaces).
CREATE INDEX communes_geom ON communes USING gist (geom);
CREATE INDEX villages_geom ON villages USING gist (geom);
CREATE INDEX stations_geom ON stations USING gist (geom);
CREATE INDEX coverage_geom ON coverage USING gist (geom);
CREATE INDEX fibre_geom ON fibre USING gist (geom);
CREATE INDEX population_points_geom ON population_points USING gist (geom);
CREATE INDEX communes_current ON communes (code) WHERE valid_from IS NOT NULL AND valid_to IS NULL;
CREATE INDEX villages_current ON villages (village_id) WHERE valid_from IS NOT NULL AND valid_to IS NULL;
CREATE INDEX stations_current ON stations (operator, station_id) WHERE valid_from IS NOT NULL AND valid_to IS NULL;
CREATE INDEX coverage_current ON coverage (operator) WHERE valid_from IS NOT NULL AND valid_to IS NULL;
CREATE INDEX fibre_current ON fibre (fibre_id) WHERE valid_from IS NOT NULL AND valid_to IS NULL;
CREATE INDEX population_points_current ON population_points (change_id) WHERE valid_from IS NOT NULL AND valid_to IS NULL;
CREATE INDEX communes_history ON communes (valid_from, valid_to);
CREATE INDEX villages_history ON villages (valid_from, valid_to);
CREATE INDEX stations_history ON stations (valid_from, valid_to);
CREATE INDEX coverage_history ON coverage (valid_from, valid_to);
CREATE INDEX fibre_history ON fibre (valid_from, valid_to);
CREATE INDEX population_points_history ON population_points (valid_from, valid_to);

-- Append-only: there is no policy for UPDATE or DELETE, so nobody (the application included) can change it.
CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  user_id bigint REFERENCES users (id),
  username text,
  action text NOT NULL,
  target text,
  detail jsonb NOT NULL DEFAULT '{}',
  ip text
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_login_failures ON audit (username, at) WHERE action = 'login_failed';
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON audit FOR INSERT WITH CHECK (true);
CREATE POLICY audit_staff_reads ON audit FOR SELECT USING (phusong_role() IN ('admin', 'department', 'system'));

-- The engine's figures per published version (the publication's change id; 0 before any), computed once.
CREATE TABLE stats_cache (
  version bigint PRIMARY KEY,
  computed_at timestamptz NOT NULL DEFAULT now(),
  -- json, not jsonb: the answer keeps its keys in the order of the command line's columns.
  result json NOT NULL
);
