-- #16 No urgent request unseen (docs/decisions/0022): one row per day the team's morning digest was queued. Its
-- primary key lets a day's digest be queued once only (a second node, a second run); covers_until is where the
-- next digest's "new since the last digest" starts. Times only, nothing about a family.
CREATE TABLE team_digest (
    digest_day   DATE         NOT NULL PRIMARY KEY,
    covers_from  TIMESTAMP(6) NOT NULL,
    covers_until TIMESTAMP(6) NOT NULL
);
