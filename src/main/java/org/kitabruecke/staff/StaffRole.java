package org.kitabruecke.staff;

import java.util.function.Predicate;

/**
 * What a staff account may do. Spring Security sees them as authorities {@code ROLE_<name>}, so views and service
 * methods say {@code @RolesAllowed(StaffRole.Names.SOCIAL_WORKER)}.
 */
public enum StaffRole {
    /** Social workers of the youth office: inbox, consultation hours, figures. */
    SOCIAL_WORKER,
    /** Staff of one Kita: forward a family's need and see what became of it. */
    KITA_STAFF,
    /** Administration: accounts, directory, audit trail. */
    ADMIN;

    /**
     * Where an account starts after login: Kita staff in {@code kita}, social workers and admins in the inbox at
     * {@code staff}. The login page and the login success handler both ask here.
     */
    public static String homePath(Predicate<StaffRole> holds) {
        return holds.test(KITA_STAFF) ? "kita" : "staff";
    }

    /** The role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
        public static final String KITA_STAFF = "KITA_STAFF";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
