-- Partner services families are referred to (#5): how to reach them, when they are open, which languages they
-- speak and which of the team's topics they help with. A service without a district serves the whole city.
ALTER TABLE partner_service
    ADD COLUMN email     VARCHAR(160) NULL,
    -- language codes spoken there, comma separated (de,tr,ar), like social_worker.languages
    ADD COLUMN languages VARCHAR(120) NOT NULL DEFAULT 'de';

CREATE TABLE partner_service_hours (
    id                 BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_service_id BIGINT  NOT NULL,
    day_of_week        TINYINT NOT NULL, -- ISO day of week, 1 = Monday
    opens_at           TIME    NOT NULL,
    closes_at          TIME    NOT NULL,
    CONSTRAINT fk_service_hours FOREIGN KEY (partner_service_id) REFERENCES partner_service (id) ON DELETE CASCADE,
    CONSTRAINT ck_service_hours_order CHECK (opens_at < closes_at),
    CONSTRAINT ck_service_hours_day CHECK (day_of_week BETWEEN 1 AND 7)
);

-- the topics of help requests (Topic) a service helps with
CREATE TABLE partner_service_topic (
    partner_service_id BIGINT      NOT NULL,
    topic              VARCHAR(30) NOT NULL,
    PRIMARY KEY (partner_service_id, topic),
    CONSTRAINT fk_service_topic FOREIGN KEY (partner_service_id) REFERENCES partner_service (id) ON DELETE CASCADE
);
CREATE INDEX ix_service_topic ON partner_service_topic (topic);

-- descriptions and assignments go with what they belong to
ALTER TABLE partner_service_text DROP FOREIGN KEY fk_partner_text;
ALTER TABLE partner_service_text ADD CONSTRAINT fk_partner_text
    FOREIGN KEY (partner_service_id) REFERENCES partner_service (id) ON DELETE CASCADE;
ALTER TABLE kita_assignment DROP FOREIGN KEY fk_assignment_kita;
ALTER TABLE kita_assignment ADD CONSTRAINT fk_assignment_kita
    FOREIGN KEY (kita_id) REFERENCES kita (id) ON DELETE CASCADE;

-- a Kita is known by its name and postcode: the CSV import updates the Kita it finds by them
ALTER TABLE kita ADD CONSTRAINT uq_kita_name_postcode UNIQUE (name, postcode);
