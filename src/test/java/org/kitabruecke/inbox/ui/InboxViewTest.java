package org.kitabruecke.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.aRequest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.CaseRow;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The inbox grid without a browser: a click on a row always opens that request. */
@IntegrationTest
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    HelpRequests requests;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    /**
     * The browser sends the search (when the field loses focus to the row) and the click on a row it still shows
     * from before the search in one go: the click names the row by the key it had before the grid was refreshed.
     */
    @Test
    void aQuickClickOnARowRightAfterASearchOpensTheRequestThatWasClicked() {
        Receipt receipt = requests.submit(aRequest().about(Topic.MONEY).urgency(Urgency.SOON).district(6L)
                .phone("+4915110009001").freeText("Schimmel in der Wohnung klickprobe").build());
        navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseRow> grid = $view(Grid.class).id("inbox-grid");
        test($view(TextField.class).id("inbox-search")).setValue("klickprobe");
        CaseRow shown = test(grid).getRow(0);
        assertThat(shown.referenceCode()).isEqualTo(receipt.code().value());
        String keyInTheBrowser = grid.getDataCommunicator().getKeyMapper().key(shown);

        test($view(TextField.class).id("inbox-search")).setValue("klickprob");
        ComponentUtil.fireEvent(grid, new ItemClickEvent<>(grid, true, keyInTheBrowser, null,
                0, 0, 0, 0, 1, 0, false, false, false, false));

        assertThat(currentView()).isInstanceOf(RequestView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo(RequestView.PATH + "/" + shown.id());
    }

    @Test
    void theReferenceCodeIsARealLinkToTheRequestSoItOpensInANewTabToo() {
        Receipt receipt = requests.submit(aRequest().about(Topic.MONEY).urgency(Urgency.SOON).district(6L)
                .phone("+4915110009002").freeText("Nebenkosten linkprobe").build());
        navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseRow> grid = $view(Grid.class).id("inbox-grid");
        test($view(TextField.class).id("inbox-search")).setValue("linkprobe");
        CaseRow shown = test(grid).getRow(0);

        assertThat(test(grid).getLitRendererPropertyValue(0, 0, "code", String.class))
                .isEqualTo(receipt.code().value());
        assertThat(test(grid).getLitRendererPropertyValue(0, 0, "href", String.class))
                .isEqualTo(RequestView.PATH + "/" + shown.id());
    }

    private Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
