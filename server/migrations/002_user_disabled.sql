-- An admin can disable a user: a disabled user cannot sign in and its sessions end.
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false;
