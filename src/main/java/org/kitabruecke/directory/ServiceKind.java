package org.kitabruecke.directory;

/** What kind of place a partner service is. Translations: {@code contacts.kind.<name>}. */
public enum ServiceKind {
    COUNSELLING_CENTRE, FAMILY_CENTRE, EARLY_HELP, FAMILY_MIDWIFE, HEALTH_OFFICE, JOB_CENTER, FAMILY_EDUCATION,
    DEBT_COUNSELLING, MIGRATION_COUNSELLING, OTHER
}
