package org.kitabruecke.staff.internal;

/** RFC 4648 base32 without padding: how authenticator apps take a secret typed by hand or read from a QR code. */
public final class Base32 {

    public static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        var text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** The text in groups of four, as people copy it into an app by hand. */
    public static String grouped(String text) {
        return String.join(" ", text.split("(?<=\\G.{4})"));
    }
}
