package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.booking.WaitlistOffer;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.RenderedPage;

/** {@code /book/offer/<token>}: the link in the waiting-list mail. Take the held place, while it is held. */
@Route(value = "book/offer/:token", layout = PublicLayout.class)
@AnonymousAllowed
class OfferView extends RenderedPage implements BeforeEnterObserver {

    private final Waitlist waitlist;
    private final BookingDraft draft;
    private final Formats formats;
    private String token = "";
    private @Nullable WaitlistOffer offer;

    OfferView(Waitlist waitlist, BookingDraft draft, Formats formats) {
        this.waitlist = waitlist;
        this.draft = draft;
        this.formats = formats;
        addClassNames("kb-help", "kb-offer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        offer = waitlist.offer(token).orElse(null);
    }

    @Override
    protected String titleText() {
        return getTranslation("book.offer.title");
    }

    @Override
    protected void render(Locale locale) {
        removeAll();
        add(new H1(getTranslation("book.offer.title")));
        if (offer == null) {
            var gone = new Paragraph(getTranslation("book.offer.gone"));
            gone.setId("book-offer-gone");
            gone.addClassName("kb-problem");
            var book = Links.inApp(BookStep.LOCATION.path());
            book.setText(getTranslation("book.manage.bookAgain"));
            book.addClassName("kb-button-link");
            add(gone, new Div(book));
            return;
        }
        var details = new Div(
                new Paragraph(getTranslation("book.manage.when", "day", formats.day(offer.slot().toLocalDate(), locale),
                        "time", formats.timeRange(offer.slot().toLocalDate(), offer.slot().toLocalTime(),
                                offer.slotEnds().toLocalTime(), locale))),
                new Paragraph(getTranslation("book.manage.where", "place", offer.location().name(),
                        "address", offer.location().address().oneLine())),
                new Paragraph(getTranslation("book.offer.until",
                        "day", formats.day(offer.holdUntil().toLocalDate(), locale),
                        "time", formats.time(offer.holdUntil().toLocalDate(), offer.holdUntil().toLocalTime(), locale))));
        details.addClassName("kb-sent-panel");
        var take = new NativeButton(getTranslation("book.offer.take"), click -> take());
        take.setId("book-offer-take");
        take.addClassName("kb-button");
        add(details, take);
    }

    private void take() {
        waitlist.accept(token).ifPresentOrElse(booked -> {
            draft.booked(new BookingDraft.Done(booked.bookingId(), booked.code().value(), booked.manageToken(),
                    true, offer == null ? null : offer.email().value()));
            getUI().ifPresent(ui -> Links.replace(ui, BookedView.PATH));
        }, () -> {
            offer = null;
            render(getLocale());
        });
    }
}
