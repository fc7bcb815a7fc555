-- A village list without a fibre column (or an empty cell) leaves a village's fibre unknown: null, never "no".
ALTER TABLE villages ALTER COLUMN fibre DROP NOT NULL;
