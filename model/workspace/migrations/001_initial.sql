-- Kingside workspace schema, version 1.
-- Portable SQL: the same statements run on PostgreSQL through Qt SQL except for
-- "INTEGER PRIMARY KEY", which the PostgreSQL dialect maps to an identity column.
-- Dates are ISO-8601 text (YYYY-MM-DD), timestamps ISO-8601 UTC text.
-- Statements are separated by a line that ends with a semicolon.

CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE competitors (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE products (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE accounts (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    industry              TEXT NOT NULL DEFAULT '',
    annual_sales          REAL NOT NULL DEFAULT 0 CHECK (annual_sales >= 0),
    profitability         REAL NOT NULL DEFAULT 0 CHECK (profitability BETWEEN -100 AND 100),
    potential_3y          REAL NOT NULL DEFAULT 0 CHECK (potential_3y >= 0),
    lifecycle_stage       TEXT NOT NULL DEFAULT 'presale'
        CHECK (lifecycle_stage IN ('presale', 'contract_negotiation', 'implementation',
                                   'review', 'exploitation')),
    review_cadence_months INTEGER NOT NULL DEFAULT 3 CHECK (review_cadence_months BETWEEN 1 AND 24),
    freshness_days        INTEGER NOT NULL DEFAULT 90 CHECK (freshness_days BETWEEN 1 AND 3650),
    business_objectives   TEXT NOT NULL DEFAULT '',
    buying_process        TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL
);

CREATE TABLE departments (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL CHECK (position >= 0),
    UNIQUE (account_id, name),
    UNIQUE (account_id, id)
);

-- rank 1 is the top of the board (the client's board of directors).
CREATE TABLE levels (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    rank       INTEGER NOT NULL CHECK (rank >= 1),
    UNIQUE (account_id, name),
    UNIQUE (account_id, id)
);

-- One row per person in one account: the client's individuals and our account team.
-- Client people stand on the board (department = file, level = rank); team people
-- carry their role in the account team. Department and level must belong to the
-- same account (composite foreign keys) and may be unknown (NULL). NO ACTION (checked at
-- the end of the statement) refuses deleting a department still in use, yet lets an
-- account be deleted with everything in it.
CREATE TABLE people (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    side           TEXT NOT NULL CHECK (side IN ('client', 'team')),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    department_id  INTEGER,
    level_id       INTEGER,
    decision_role  TEXT NOT NULL DEFAULT 'none'
        CHECK (decision_role IN ('decision_maker', 'power_influencer', 'gatekeeper',
                                 'specifier', 'coach', 'user', 'none')),
    piece_override TEXT CHECK (piece_override IN ('king', 'queen', 'rook', 'bishop',
                                                  'knight', 'pawn')),
    attitude       TEXT NOT NULL DEFAULT 'neutral'
        CHECK (attitude IN ('champion', 'supporter', 'neutral', 'sceptic', 'opponent')),
    competitor_id  INTEGER REFERENCES competitors(id) ON DELETE SET NULL,
    team_role      TEXT CHECK (team_role IN ('account_manager', 'specialist',
                                             'executive_sponsor', 'mentor', 'other')),
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

CREATE INDEX people_by_account ON people (account_id, side);

-- One final decision maker per account; a second one is refused.
CREATE UNIQUE INDEX one_king_per_account ON people (account_id, decision_role)
    WHERE decision_role = 'decision_maker';

-- One mentor per account.
CREATE UNIQUE INDEX one_mentor_per_account ON people (account_id, team_role)
    WHERE team_role = 'mentor';

-- Relationships join two people of the same account. Directed kinds:
-- reporting (from reports to "to"), influence (from influences "to").
CREATE TABLE relationships (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    from_id      INTEGER NOT NULL,
    to_id        INTEGER NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'working'
        CHECK (kind IN ('working', 'reporting', 'influence', 'alliance', 'tension')),
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

CREATE INDEX relationships_by_account ON relationships (account_id);
CREATE INDEX relationships_by_to ON relationships (to_id);

-- A barrier on the board: two departments (files) or two levels (ranks) whose
-- people do not talk to each other.
CREATE TABLE walls (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('department', 'level')),
    department_a INTEGER,
    department_b INTEGER,
    level_a      INTEGER,
    level_b      INTEGER,
    notes        TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (account_id, department_a) REFERENCES departments(account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, department_b) REFERENCES departments(account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, level_a) REFERENCES levels(account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, level_b) REFERENCES levels(account_id, id) ON DELETE CASCADE,
    CHECK ((kind = 'department' AND department_a IS NOT NULL AND department_b IS NOT NULL
            AND department_a <> department_b AND level_a IS NULL AND level_b IS NULL)
        OR (kind = 'level' AND level_a IS NOT NULL AND level_b IS NOT NULL
            AND level_a <> level_b AND department_a IS NULL AND department_b IS NULL))
);

CREATE TABLE account_products (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, product_id)
);

-- Who uses, specifies or buys one of our products.
CREATE TABLE product_roles (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('user', 'specifier', 'buyer')),
    PRIMARY KEY (product_id, person_id, role)
);

CREATE TABLE account_competitors (
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    competitor_id INTEGER NOT NULL REFERENCES competitors(id) ON DELETE CASCADE,
    activity      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, competitor_id)
);

-- Account selection: criteria on two axes, weights normalised per axis on display.
CREATE TABLE criteria (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    axis        TEXT NOT NULL CHECK (axis IN ('attractiveness', 'strength')),
    weight      REAL NOT NULL CHECK (weight >= 0),
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE criterion_scores (
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, criterion_id)
);

CREATE TABLE tier_schemes (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    basis   TEXT NOT NULL CHECK (basis IN ('score', 'rank')),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

-- Bands in order, best first. By score: an account whose attractiveness is at least
-- min_score falls in the first such band. By rank: the first max_rank accounts.
CREATE TABLE tier_bands (
    id        INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES tier_schemes(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    min_score REAL CHECK (min_score IS NULL OR min_score BETWEEN 0 AND 100),
    max_rank  INTEGER CHECK (max_rank IS NULL OR max_rank >= 1),
    UNIQUE (scheme_id, position),
    UNIQUE (scheme_id, name)
);

-- The account plan.
CREATE TABLE plans (
    account_id        INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    strategy          TEXT NOT NULL DEFAULT '',
    competitor_notes  TEXT NOT NULL DEFAULT '',
    revenue_planned   REAL NOT NULL DEFAULT 0 CHECK (revenue_planned >= 0),
    profit_planned    REAL NOT NULL DEFAULT 0,
    updated_at        TEXT NOT NULL
);

CREATE TABLE lifecycle_history (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stage      TEXT NOT NULL CHECK (stage IN ('presale', 'contract_negotiation', 'implementation',
                                             'review', 'exploitation')),
    since      TEXT NOT NULL CHECK (length(since) = 10)
);

CREATE TABLE objectives (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('visionary', 'relationship', 'commercial')),
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    measure       TEXT NOT NULL DEFAULT '',
    target_date   TEXT CHECK (target_date IS NULL OR length(target_date) = 10),
    traffic_light TEXT NOT NULL DEFAULT 'green' CHECK (traffic_light IN ('green', 'amber', 'red')),
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, id)
);

CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    review_date   TEXT NOT NULL CHECK (length(review_date) = 10),
    reviewer_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
    reviewer_name TEXT NOT NULL CHECK (length(trim(reviewer_name)) > 0),
    kind          TEXT NOT NULL CHECK (kind IN ('plan', 'proposal', 'presentation')),
    summary       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

CREATE INDEX reviews_by_account ON reviews (account_id, review_date);

CREATE TABLE review_traffic_lights (
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    section   TEXT NOT NULL CHECK (section IN ('relationships', 'objectives', 'actions',
                                               'key_information', 'overall')),
    light     TEXT NOT NULL CHECK (light IN ('green', 'amber', 'red')),
    PRIMARY KEY (review_id, section)
);

CREATE TABLE actions (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_id    INTEGER,
    due_date    TEXT CHECK (due_date IS NULL OR length(due_date) = 10),
    status      TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    done_date   TEXT CHECK (done_date IS NULL OR length(done_date) = 10),
    objective_id INTEGER,
    person_id   INTEGER,
    review_id   INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    FOREIGN KEY (account_id, owner_id) REFERENCES people(account_id, id) ON DELETE NO ACTION,
    FOREIGN KEY (account_id, objective_id) REFERENCES objectives(account_id, id) ON DELETE NO ACTION,
    FOREIGN KEY (account_id, person_id) REFERENCES people(account_id, id) ON DELETE NO ACTION
);

CREATE TABLE plan_agreements (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL,
    plan_version INTEGER NOT NULL CHECK (plan_version >= 1),
    agreed_at    TEXT NOT NULL,
    UNIQUE (person_id, plan_version),
    FOREIGN KEY (account_id, person_id) REFERENCES people(account_id, id) ON DELETE CASCADE
);

-- Comments point at a plan element by kind and id without a foreign key, so that a
-- comment on something deleted since is kept; target_label remembers what it was.
CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    review_id    INTEGER REFERENCES reviews(id) ON DELETE CASCADE,
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('account', 'plan', 'objective', 'action',
                                                      'person', 'relationship')),
    target_id    INTEGER,
    target_label TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL CHECK (length(trim(author)) > 0),
    body         TEXT NOT NULL CHECK (length(trim(body)) > 0),
    created_at   TEXT NOT NULL
);

-- A frozen copy of an account (people, pieces, relationships, plan, analysis figures)
-- as a self-describing JSON document, so it survives later edits and migrations.
CREATE TABLE snapshots (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    review_id  INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    taken_at   TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    format     INTEGER NOT NULL DEFAULT 1,
    data       TEXT NOT NULL
);
