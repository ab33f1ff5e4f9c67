-- Schema version 2: the ready-made tier schemes (DESIGN.md, account selection) and the
-- workspace's active scheme. Bands by attractiveness score, best first.

INSERT INTO tier_schemes (id, name, basis, builtin) VALUES (1, 'Football', 'score', 1);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (1, 0, 'Premier', 70);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (1, 1, '1st Division', 45);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (1, 2, '2nd Division', 0);

INSERT INTO tier_schemes (id, name, basis, builtin) VALUES (2, 'Olympic', 'score', 1);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (2, 0, 'Gold', 70);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (2, 1, 'Silver', 45);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (2, 2, 'Bronze', 0);

INSERT INTO tier_schemes (id, name, basis, builtin) VALUES (3, 'Airline', 'score', 1);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (3, 0, 'First', 75);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (3, 1, 'Club', 55);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (3, 2, 'Economy', 35);
INSERT INTO tier_bands (scheme_id, position, name, min_score) VALUES (3, 3, 'Standby', 0);

INSERT INTO workspace_info (key, value) VALUES ('active_tier_scheme', 'Football');
