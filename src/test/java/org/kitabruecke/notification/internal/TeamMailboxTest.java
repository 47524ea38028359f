package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class TeamMailboxTest {

    @Test
    void anEmptyTeamMailboxTurnsTheTeamMailsOff() {
        assertThat(mailbox("").isOn()).isFalse();
        assertThat(mailbox("  ").isOn()).isFalse();
        assertThat(mailbox("team@example.org").isOn()).isTrue();
    }

    @Test
    void linksLeadToTheStaffPagesWhateverThePublicAddressEndsWith() {
        var team = new TeamMailbox(new JavaMailSenderImpl(), "from@example.org", "team@example.org",
                "https://kita.ruhrstadt.example/");
        assertThat(team.requestLink(42)).isEqualTo("https://kita.ruhrstadt.example/staff/request/42");
        assertThat(team.inboxLink()).isEqualTo("https://kita.ruhrstadt.example/staff");
    }

    private static TeamMailbox mailbox(String address) {
        return new TeamMailbox(new JavaMailSenderImpl(), "from@example.org", address, "http://localhost:8080");
    }
}
