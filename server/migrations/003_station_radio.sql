-- The radio model's station parameters (issue #10): EIRP per technology and the propagation environment.
ALTER TABLE stations
  ADD COLUMN eirp_4g_dbm double precision,
  ADD COLUMN eirp_5g_dbm double precision,
  ADD COLUMN eirp_6g_dbm double precision,
  ADD COLUMN environment text CHECK (environment IN ('dense_urban', 'urban', 'suburban', 'rural'));
