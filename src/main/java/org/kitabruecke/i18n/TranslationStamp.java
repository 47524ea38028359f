package org.kitabruecke.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the review state line above every key of a translation file: {@code # de:1a2b3c4d unreviewed}. A key
 * without one gets the fingerprint of today's German text (it was translated from that); a key that has one keeps
 * it, so a German text changed later shows up as stale until a translator updates the key and stamps it again with
 * {@code --retranslated}.
 *
 * <pre>java -cp target/classes org.kitabruecke.i18n.TranslationStamp [--unreviewed] [--retranslated=key,key] translations ku ckb</pre>
 * {@code --unreviewed} marks every key of the given files as translated with software help.
 */
public final class TranslationStamp {

    private static final Pattern STAMP = Pattern.compile("#\\s*(?:de:([0-9a-f]{8}))?\\s*(unreviewed)?\\s*");

    private final Properties german;
    private final boolean allUnreviewed;
    private final Set<String> retranslated;

    TranslationStamp(String germanFile, boolean allUnreviewed, Set<String> retranslated) {
        this.german = new Properties();
        try {
            german.load(new StringReader(germanFile));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        this.allUnreviewed = allUnreviewed;
        this.retranslated = Set.copyOf(retranslated);
    }

    public static void main(String[] args) throws IOException {
        boolean unreviewed = Arrays.asList(args).contains("--unreviewed");
        Set<String> retranslated = Arrays.stream(args).filter(a -> a.startsWith("--retranslated="))
                .flatMap(a -> Arrays.stream(a.substring("--retranslated=".length()).split(",")))
                .collect(Collectors.toSet());
        List<String> rest = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Path folder = Path.of(rest.getFirst());
        var stamp = new TranslationStamp(Files.readString(folder.resolve("messages_de.properties")), unreviewed,
                retranslated);
        for (String code : rest.subList(1, rest.size())) {
            Path file = folder.resolve("messages_" + code + ".properties");
            Files.writeString(file, stamp.stamp(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
    }

    /** The file's text with exactly one review state line right above every key German has. */
    String stamp(String content) {
        List<String> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        String previousStamp = null;
        boolean continued = false;
        for (String line : lines) {
            String trimmed = line.strip();
            Matcher stamp = STAMP.matcher(trimmed);
            if (continued) {
                out.add(line);
                continued = trimmed.endsWith("\\");
            } else if (stamp.matches() && (stamp.group(1) != null || stamp.group(2) != null)) {
                previousStamp = merge(previousStamp, stamp.group(1), stamp.group(2) != null);
            } else if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                out.add(line);
                if (trimmed.isEmpty()) {
                    previousStamp = null;
                }
            } else {
                String key = TranslationFile.keyOf(trimmed);
                String text = german.getProperty(key);
                if (text != null) {
                    out.add(stampLine(key, text, previousStamp));
                }
                previousStamp = null;
                out.add(line);
                continued = trimmed.endsWith("\\");
            }
        }
        return String.join("\n", out);
    }

    private String stampLine(String key, String germanText, String previous) {
        String source = previous == null || previous.startsWith(" ") || retranslated.contains(key)
                ? TranslationFile.fingerprint(germanText) : previous.substring(0, 8);
        boolean unreviewed = allUnreviewed || previous != null && previous.endsWith("unreviewed");
        return "# de:" + source + (unreviewed ? " unreviewed" : "");
    }

    /** Remembers the stamp seen so far as "fingerprint[ unreviewed]", with a blank fingerprint where none was. */
    private static String merge(String previous, String source, boolean unreviewed) {
        String fingerprint = source != null ? source
                : previous != null && !previous.startsWith(" ") ? previous.substring(0, 8) : "        ";
        boolean flagged = unreviewed || previous != null && previous.endsWith("unreviewed");
        return fingerprint + (flagged ? " unreviewed" : "");
    }
}
