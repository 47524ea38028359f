package org.kitabruecke.request;

/** Solves bot-check puzzles the slow way, as a parent's browser does, for tests of the forms they guard. */
public final class Puzzles {

    private Puzzles() {
    }

    public static long solve(BotCheck check) {
        return solve(check.salt(), check.hash(), check.maxNumber());
    }

    public static long solve(String salt, String hash, int maxNumber) {
        for (int n = 0; n <= maxNumber; n++) {
            if (BotCheck.sha256Hex(salt + n).equals(hash)) {
                return n;
            }
        }
        return -1;
    }
}
