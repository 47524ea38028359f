-- Kita-Brücke baseline schema. Flyway migrations are the only source of the schema (ddl-auto=validate);
-- never edit a migration after it has landed, add the next one.

-- directory: public data about the city, no family data
CREATE TABLE district (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    CONSTRAINT uq_district_name UNIQUE (name)
);

CREATE TABLE kita (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(160) NOT NULL,
    street      VARCHAR(160) NOT NULL,
    postcode    CHAR(5)      NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    phone       VARCHAR(40)  NULL,
    district_id BIGINT       NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_kita_district FOREIGN KEY (district_id) REFERENCES district (id)
);

CREATE TABLE social_worker (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_name   VARCHAR(80)  NOT NULL,
    last_name    VARCHAR(80)  NOT NULL,
    office_phone VARCHAR(40)  NOT NULL,
    office_email VARCHAR(160) NOT NULL,
    -- language codes the social worker counsels in, comma separated (de,tr,ar)
    languages    VARCHAR(120) NOT NULL,
    version      INT          NOT NULL DEFAULT 0
);

-- which social worker is responsible for which Kita, and when she or he is there
CREATE TABLE kita_assignment (
    kita_id          BIGINT   NOT NULL,
    social_worker_id BIGINT   NOT NULL,
    presence_day     TINYINT  NOT NULL, -- ISO day of week, 1 = Monday
    presence_from    TIME     NOT NULL,
    presence_until   TIME     NOT NULL,
    PRIMARY KEY (kita_id, social_worker_id),
    CONSTRAINT fk_assignment_kita FOREIGN KEY (kita_id) REFERENCES kita (id),
    CONSTRAINT fk_assignment_worker FOREIGN KEY (social_worker_id) REFERENCES social_worker (id)
);

CREATE TABLE partner_service (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(160) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    street      VARCHAR(160) NOT NULL,
    postcode    CHAR(5)      NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    phone       VARCHAR(40)  NOT NULL,
    district_id BIGINT       NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_partner_district FOREIGN KEY (district_id) REFERENCES district (id)
);

-- the short description of a partner service in each portal language
CREATE TABLE partner_service_text (
    partner_service_id BIGINT        NOT NULL,
    language           VARCHAR(8)    NOT NULL,
    description        VARCHAR(600)  NOT NULL,
    PRIMARY KEY (partner_service_id, language),
    CONSTRAINT fk_partner_text FOREIGN KEY (partner_service_id) REFERENCES partner_service (id)
);

-- booking: where and when the open consultation hour (offene Sprechstunde) takes place
CREATE TABLE consultation_location (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(160) NOT NULL,
    street      VARCHAR(160) NOT NULL,
    postcode    CHAR(5)      NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    district_id BIGINT       NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_location_district FOREIGN KEY (district_id) REFERENCES district (id)
);

CREATE TABLE consultation_hour (
    id          BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    location_id BIGINT   NOT NULL,
    day_of_week TINYINT  NOT NULL, -- ISO day of week, 1 = Monday
    starts_at   TIME     NOT NULL,
    ends_at     TIME     NOT NULL,
    CONSTRAINT fk_hour_location FOREIGN KEY (location_id) REFERENCES consultation_location (id),
    CONSTRAINT ck_hour_order CHECK (starts_at < ends_at),
    CONSTRAINT ck_hour_day CHECK (day_of_week BETWEEN 1 AND 7)
);
CREATE INDEX ix_hour_day ON consultation_hour (day_of_week);

-- staff: accounts of social workers, Kita staff and admins; passwords only as BCrypt hashes
CREATE TABLE staff_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(80)  NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    display_name     VARCHAR(160) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    kita_id          BIGINT       NULL, -- set for role KITA_STAFF: the one Kita the account acts for
    social_worker_id BIGINT       NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_kita FOREIGN KEY (kita_id) REFERENCES kita (id),
    CONSTRAINT fk_staff_worker FOREIGN KEY (social_worker_id) REFERENCES social_worker (id),
    CONSTRAINT ck_staff_role CHECK (role IN ('SOCIAL_WORKER', 'KITA_STAFF', 'ADMIN'))
);

-- Spring Modulith's event publication registry: the transactional outbox. An event published inside a
-- transaction is stored here with it and delivered to its listeners after the commit, again after a restart
-- if delivery failed (e.g. the mail server was down).
CREATE TABLE event_publication (
    id                     UUID         NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       TEXT         NOT NULL,
    publication_date       TIMESTAMP(6) NOT NULL,
    completion_date        TIMESTAMP(6) NULL,
    status                 VARCHAR(20)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMP(6) NULL
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
