-- Schema version 4: the meetings and messages read from calendar and mail exports
-- (README, "Activity: meetings and mail keep freshness true"). One row per contact and
-- line: its day, its kind and a SHA-1 of what named it (an event's UID and occurrence, a
-- message's Message-ID), so that reading the same export again counts nothing twice.
-- Nothing of what was said is stored: no subject, no body, no address.

CREATE TABLE relationship_contacts (
    relationship_id INTEGER NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    contact_key     TEXT NOT NULL CHECK (length(contact_key) = 40),
    day             TEXT NOT NULL CHECK (length(day) = 10),
    kind            TEXT NOT NULL CHECK (kind IN ('meeting', 'mail')),
    PRIMARY KEY (relationship_id, contact_key)
);
