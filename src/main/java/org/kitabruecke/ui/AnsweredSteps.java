package org.kitabruecke.ui;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Which pages of a flow a parent has answered: the last step is the check page, the ones before it are the
 * questions. Part of a flow's draft in the server-side session.
 */
public final class AnsweredSteps<S extends Enum<S> & FlowStep> implements Serializable {

    private final List<S> order;
    private final EnumSet<S> answered;

    public AnsweredSteps(Class<S> steps) {
        this.order = List.of(steps.getEnumConstants());
        this.answered = EnumSet.noneOf(steps);
    }

    /** The first page before {@code step} not answered yet, if any. */
    public Optional<S> firstOpenBefore(S step) {
        return order.stream().filter(earlier -> earlier.ordinal() < step.ordinal())
                .filter(earlier -> !answered.contains(earlier)).findFirst();
    }

    public void answered(S step) {
        answered.add(step);
    }

    /** Makes a page unanswered again, e.g. the time after the day changed. */
    public void unanswered(S step) {
        answered.remove(step);
    }

    public boolean allAnswered() {
        return firstOpenBefore(check()).isEmpty();
    }

    public void clear() {
        answered.clear();
    }

    public S check() {
        return order.getLast();
    }

    /** How many questions come before the check page. */
    public int questions() {
        return order.size() - 1;
    }

    public Optional<S> previous(S step) {
        return step.ordinal() == 0 ? Optional.empty() : Optional.of(order.get(step.ordinal() - 1));
    }

    public S next(S step) {
        return step == check() ? step : order.get(step.ordinal() + 1);
    }
}
