-- Schema version 5: the same people and relationships, with each CHECK (x IN (…)) list
-- written as comparisons (x = 'a' OR x = 'b'). SQLite 3.40 builds the list of an IN for
-- every row a CHECK tests, which cost more than the insert itself: 100,000 people and
-- their lines took 1.1 s in the sqlite3 shell, 0.56 s with comparisons (README "Speed of
-- import"). The values allowed are exactly those of version 1.
--
-- SQLite cannot change a constraint in place, so each table is rebuilt as its manual
-- describes ("Making Other Kinds Of Table Schema Changes"): a new table, the rows copied,
-- the old one dropped, the new one renamed, its indexes made again. The Migrator runs this
-- step with foreign keys off, so that dropping a table removes no row elsewhere, and
-- checks every foreign key before it commits. PostgreSQL evaluates IN lists once per
-- statement and keeps version 1's tables: the step is recorded there and changes nothing.
-- kingside: sqlite-only
-- kingside: foreign-keys-off
CREATE TABLE people_rebuilt (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    side           TEXT NOT NULL CHECK (side = 'client' OR side = 'team'),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    department_id  INTEGER,
    level_id       INTEGER,
    decision_role  TEXT NOT NULL DEFAULT 'none'
        CHECK (decision_role = 'decision_maker' OR decision_role = 'power_influencer' OR
            decision_role = 'gatekeeper' OR decision_role = 'specifier' OR
            decision_role = 'coach' OR decision_role = 'user' OR decision_role = 'none'),
    piece_override TEXT CHECK (piece_override = 'king' OR piece_override = 'queen' OR
        piece_override = 'rook' OR piece_override = 'bishop' OR piece_override = 'knight' OR
        piece_override = 'pawn'),
    attitude       TEXT NOT NULL DEFAULT 'neutral'
        CHECK (attitude = 'champion' OR attitude = 'supporter' OR attitude = 'neutral' OR
            attitude = 'sceptic' OR attitude = 'opponent'),
    competitor_id  INTEGER REFERENCES competitors(id) ON DELETE SET NULL,
    team_role      TEXT CHECK (team_role = 'account_manager' OR team_role = 'specialist' OR
        team_role = 'executive_sponsor' OR team_role = 'mentor' OR team_role = 'other'),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (account_id, id),
    FOREIGN KEY (account_id, department_id) REFERENCES departments(account_id, id)
        ON DELETE NO ACTION,
    FOREIGN KEY (account_id, level_id) REFERENCES levels(account_id, id) ON DELETE NO ACTION,
    CHECK ((side = 'team' AND team_role IS NOT NULL AND department_id IS NULL
            AND level_id IS NULL AND piece_override IS NULL AND decision_role = 'none')
        OR (side = 'client' AND team_role IS NULL))
);

INSERT INTO people_rebuilt (id, account_id, side, name, title, email, phone, department_id,
    level_id, decision_role, piece_override, attitude, competitor_id, team_role, notes,
    created_at, updated_at)
    SELECT id, account_id, side, name, title, email, phone, department_id, level_id,
        decision_role, piece_override, attitude, competitor_id, team_role, notes, created_at,
        updated_at FROM people;

DROP TABLE people;

ALTER TABLE people_rebuilt RENAME TO people;

CREATE INDEX people_by_account ON people (account_id, side);

CREATE UNIQUE INDEX one_king_per_account ON people (account_id, decision_role)
    WHERE decision_role = 'decision_maker';

CREATE UNIQUE INDEX one_mentor_per_account ON people (account_id, team_role)
    WHERE team_role = 'mentor';

CREATE TABLE relationships_rebuilt (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    from_id      INTEGER NOT NULL,
    to_id        INTEGER NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'working'
        CHECK (kind = 'working' OR kind = 'reporting' OR kind = 'influence' OR
            kind = 'alliance' OR kind = 'tension'),
    strength     INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
    last_contact TEXT CHECK (last_contact IS NULL OR length(last_contact) = 10),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (from_id <> to_id),
    UNIQUE (from_id, to_id, kind),
    FOREIGN KEY (account_id, from_id) REFERENCES people(account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, to_id) REFERENCES people(account_id, id) ON DELETE CASCADE
);

INSERT INTO relationships_rebuilt (id, account_id, from_id, to_id, kind, strength,
    last_contact, notes, created_at, updated_at)
    SELECT id, account_id, from_id, to_id, kind, strength, last_contact, notes, created_at,
        updated_at FROM relationships;

DROP TABLE relationships;

ALTER TABLE relationships_rebuilt RENAME TO relationships;

CREATE INDEX relationships_by_account ON relationships (account_id);

CREATE INDEX relationships_by_to ON relationships (to_id);
