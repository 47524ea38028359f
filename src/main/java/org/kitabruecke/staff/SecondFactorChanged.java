package org.kitabruecke.staff;

/**
 * A staff account's second factor changed, for the audit trail: who did it ({@code actor}) to whose account. Never
 * carries a secret or a code.
 */
public record SecondFactorChanged(String actor, long accountId, String account, Change change) {

    public enum Change { ENROLLED, RESET, RECOVERY_CODES_CREATED, RECOVERY_CODE_USED }
}
