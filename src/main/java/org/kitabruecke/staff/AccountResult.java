package org.kitabruecke.staff;

/** The outcome of an admin's change to an account. */
public sealed interface AccountResult {

    record Done(long accountId) implements AccountResult {
    }

    record Refused(AccountProblem problem) implements AccountResult {
    }
}
