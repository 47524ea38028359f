package org.kitabruecke.request.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.kitabruecke.request.Children;

/**
 * The three age bands of {@link Children} as stored: all three or none. None when the question was not asked (a
 * Kita's forward); Hibernate then leaves the whole part {@code null}.
 */
@Embeddable
class ChildCounts {

    @Column(name = "children_0_1", columnDefinition = "tinyint")
    private int underOne;

    @Column(name = "children_1_3", columnDefinition = "tinyint")
    private int oneToThree;

    @Column(name = "children_3_6", columnDefinition = "tinyint")
    private int threeToSix;

    protected ChildCounts() {
    }

    ChildCounts(Children children) {
        this.underOne = children.underOne();
        this.oneToThree = children.oneToThree();
        this.threeToSix = children.threeToSix();
    }

    Children children() {
        return new Children(underOne, oneToThree, threeToSix);
    }
}
