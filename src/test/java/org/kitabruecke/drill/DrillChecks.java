package org.kitabruecke.drill;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the drill checks after the run: each database node's bookings, and the mails the SMTP sink received. */
final class DrillChecks {

    private static final Pattern CODE = Pattern.compile("TB-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");

    /** What one MariaDB node holds: the run's booking codes, and the slots over capacity (any booking). */
    record NodeView(int port, Set<String> codes, int overCapacitySlots, int fullestSlot, int ledgerMismatches,
                    int parentsBookedTwice, String error) {
    }

    private DrillChecks() {
    }

    static NodeView node(int port, String password, String emailPrefix) {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/kitabruecke";
        try (Connection db = DriverManager.getConnection(url, "kitabruecke", password)) {
            Set<String> codes = new HashSet<>(strings(db, "SELECT booking_code FROM booking WHERE email LIKE ?",
                    emailPrefix + "%"));
            // a slot's capacity is its weekly hour's places_per_slot (day_of_week 1 = Monday, as WEEKDAY() + 1)
            String perSlot = "SELECT b.location_id, b.starts_at, COUNT(*) AS n, MAX(h.places_per_slot) AS cap "
                    + "FROM booking b JOIN consultation_hour h ON h.location_id = b.location_id "
                    + "AND h.day_of_week = WEEKDAY(b.starts_at) + 1 AND TIME(b.starts_at) >= h.starts_at "
                    + "AND TIME(b.starts_at) < h.ends_at WHERE b.status <> 'CANCELLED' "
                    + "GROUP BY b.location_id, b.starts_at";
            int over = integer(db, "SELECT COUNT(*) FROM (" + perSlot + ") s WHERE s.n > s.cap");
            int fullest = integer(db, "SELECT COALESCE(MAX(s.n), 0) FROM (" + perSlot + ") s");
            int mismatches = integer(db, "SELECT COUNT(*) FROM slot_load l WHERE l.booked <> (SELECT COUNT(*) "
                    + "FROM booking b WHERE b.location_id = l.location_id AND b.starts_at = l.starts_at "
                    + "AND b.status <> 'CANCELLED')");
            int twice = integer(db, "SELECT COUNT(*) FROM (SELECT email FROM booking WHERE email LIKE '"
                    + emailPrefix.replace("'", "") + "%' GROUP BY email HAVING COUNT(*) > 1) d");
            return new NodeView(port, codes, over, fullest, mismatches, twice, "");
        } catch (SQLException e) {
            return new NodeView(port, Set.of(), -1, -1, -1, -1, e.getMessage());
        }
    }

    private static List<String> strings(Connection db, String sql, String argument) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, argument);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1).strip());
                }
                return values;
            }
        }
    }

    private static int integer(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** How many mails to the run's addresses name each booking code. */
    static Map<String, Integer> mailsPerCode(Path mailDir, String emailPrefix) {
        Map<String, Integer> counts = new HashMap<>();
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(mailDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    var mail = new MimeMessage(session, in);
                    boolean ours = Arrays.stream(mail.getAllRecipients() == null ? new jakarta.mail.Address[0]
                            : mail.getAllRecipients()).anyMatch(a -> a.toString().contains(emailPrefix));
                    if (!ours) {
                        continue;
                    }
                    Set<String> codes = new HashSet<>();
                    Matcher matcher = CODE.matcher(mail.getSubject() + "\n" + text(mail));
                    while (matcher.find()) {
                        codes.add(matcher.group());
                    }
                    codes.forEach(code -> counts.merge(code, 1, Integer::sum));
                }
            }
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot read the mails in " + mailDir, e);
        }
        return counts;
    }

    private static String text(Part part) throws IOException, jakarta.mail.MessagingException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(text(body)).append('\n');
            }
            return text.toString();
        }
        return "";
    }
}
