package org.kitabruecke.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** A social worker sees a request two weeks before it is forgotten, with its code as a link to open and keep it. */
@IntegrationTest
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class ForgettingSoonViewTest extends SpringBrowserlessTest {

    static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 2, 3, 10, 0);

    @Autowired
    HelpRequests requests;

    @Autowired
    Casework casework;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void realTimeAgain() {
        clock.followRealTime();
    }

    @Test
    void anOpenRequestShowsTenDaysBeforeItsYearIsUpWithALinkToIt() {
        clock.setCityTime(RECEIVED);
        Receipt receipt = requests.submit(aRequest().about(Topic.HEALTH).district(4L).phone("+4915110001515").build());
        long id = jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
        casework.moveTo(id, casework.details(id).version(), RequestStatus.IN_PROGRESS, null);

        clock.setCityTime(RECEIVED.plusDays(355));
        navigate(ForgettingSoonView.class);

        @SuppressWarnings("unchecked")
        Grid<ForgettingSoonView.Row> grid = $view(Grid.class).id("retention-grid");
        var tester = test(grid);
        int row = IntStream.range(0, tester.size())
                .filter(i -> receipt.code().value().equals(tester.getRow(i).code())).findFirst().orElseThrow();
        assertThat(tester.getHeaderCell(2)).isEqualTo("Gelöscht am");
        assertThat(tester.getCellText(row, 0)).isEqualTo("Anfrage, offen");
        assertThat(tester.getCellText(row, 2)).isEqualTo("03.02.2026");
        Anchor link = (Anchor) tester.getCellComponent(row, 1);
        assertThat(link.getText()).isEqualTo(receipt.code().value());
        assertThat(link.getHref()).endsWith(RequestView.PATH + "/" + id);
        assertThat($view(Paragraph.class).id("retention-intro").getText()).startsWith(
                "Diese Angaben werden in den nächsten 14 Tagen gelöscht");
    }
}
