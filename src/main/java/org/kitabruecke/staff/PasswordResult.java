package org.kitabruecke.staff;

/** The outcome of setting a password through a link, or of changing one's own. */
public sealed interface PasswordResult {

    /** Set; every other session of the account has ended. */
    record Done(String username) implements PasswordResult {
    }

    /** The new password breaks a rule; nothing changed. */
    record Refused(PasswordProblem problem) implements PasswordResult {
    }

    /** The current password typed was wrong; nothing changed. */
    record WrongCurrent() implements PasswordResult {
    }

    /** The link cannot be used (any more). */
    record LinkNotValid(LinkState state) implements PasswordResult {
    }
}
