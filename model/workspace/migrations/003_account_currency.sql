-- Schema version 3: the currency of an account's figures (annual sales, potential), an
-- ISO 4217 code. Existing accounts were kept in euros.

ALTER TABLE accounts ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR'
    CHECK (length(currency) = 3);
