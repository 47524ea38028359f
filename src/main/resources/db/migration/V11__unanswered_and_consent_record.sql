-- Staff never read an assumption as the family's word (issue 13, decision 0010):
--  * voicemail and e-mail are YES, NO or NOT_ANSWERED, no longer "no_..." flags that read as "ok" when unticked;
--  * children are NULL where the question was not asked (the Kita form does not ask it);
--  * the consent record names the language its text was read in and a fingerprint of exactly those words
--    (first 12 hex digits of the SHA-256 of the texts as shown, see privacy.ConsentRecord).
ALTER TABLE help_request
    ADD COLUMN voicemail_ok        VARCHAR(12) NOT NULL DEFAULT 'NOT_ANSWERED' AFTER call_times,
    ADD COLUMN email_ok            VARCHAR(12) NOT NULL DEFAULT 'NOT_ANSWERED' AFTER voicemail_ok,
    ADD COLUMN consent_language    VARCHAR(8)  NULL AFTER consent_version,
    ADD COLUMN consent_fingerprint CHAR(12)    NULL AFTER consent_language,
    MODIFY children_0_1 TINYINT NULL DEFAULT NULL,
    MODIFY children_1_3 TINYINT NULL DEFAULT NULL,
    MODIFY children_3_6 TINYINT NULL DEFAULT NULL;

-- Earlier requests. A tick on "please no voicemail" / "please no e-mails" was a no; no tick never said "ok".
UPDATE help_request SET voicemail_ok = 'NO' WHERE no_voicemail;
UPDATE help_request SET email_ok = 'NO' WHERE no_email;
-- The Kita form never asked about children: its 0, 0, 0 were no answer. A parent's numbers (0 too) stay.
UPDATE help_request SET children_0_1 = NULL, children_1_3 = NULL, children_3_6 = NULL WHERE source = 'KITA';
-- The consent was shown in the page's language; a Kita's explanation in the language stored as page language.
UPDATE help_request SET consent_language = page_language;
-- No consent text of these versions has changed in any language since it was named (ConsentTest pinned them; the
-- "-ru" version holds the same texts, named after the language added last), so their fingerprints are known.
UPDATE help_request SET consent_fingerprint = CASE consent_language
        WHEN 'de' THEN 'ce816ab244ec' WHEN 'en' THEN '3f39f98726d3' WHEN 'ar' THEN 'e762d546e5b8'
        WHEN 'tr' THEN 'f14e09a08158' WHEN 'uk' THEN 'e7d21d44a39a' WHEN 'ru' THEN '09e5f31ddad4' END
    WHERE consent_version IN ('help-2026-11-25', 'help-2026-11-25-ru');
UPDATE help_request SET consent_fingerprint = CASE consent_language
        WHEN 'de' THEN '8ce6fad667bf' WHEN 'en' THEN '49fda774c52c' WHEN 'ar' THEN '5d8452f65964'
        WHEN 'tr' THEN 'd7f0e163de90' WHEN 'uk' THEN '4bb4351593d2' WHEN 'ru' THEN '2efc045150e5' END
    WHERE consent_version = 'kita-2026-11-25';

ALTER TABLE help_request
    DROP COLUMN no_voicemail,
    DROP COLUMN no_email,
    MODIFY consent_language VARCHAR(8) NOT NULL,
    ADD CONSTRAINT ck_request_voicemail_ok CHECK (voicemail_ok IN ('YES', 'NO', 'NOT_ANSWERED')),
    ADD CONSTRAINT ck_request_email_ok CHECK (email_ok IN ('YES', 'NO', 'NOT_ANSWERED')),
    ADD CONSTRAINT ck_request_children CHECK ((children_0_1 IS NULL) = (children_1_3 IS NULL)
        AND (children_1_3 IS NULL) = (children_3_6 IS NULL));
