-- How to reach a place of the open consultation hour, in the families' languages (#14). The German text stays in
-- consultation_location (staff write it first); this table holds its translations, one row per language.
CREATE TABLE consultation_location_text (
    location_id   BIGINT       NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    accessibility VARCHAR(300) NULL,
    directions    VARCHAR(300) NULL,
    PRIMARY KEY (location_id, language),
    CONSTRAINT fk_location_text FOREIGN KEY (location_id) REFERENCES consultation_location (id) ON DELETE CASCADE
);
