package org.kitabruecke.request;

/**
 * How many children a family has in each age band: no names, no birth dates. A request carries none at all when
 * the question was not asked (the Kita form does not ask it); a family may answer 0, 0, 0 (expecting its first).
 */
public record Children(int underOne, int oneToThree, int threeToSix) {

    public static final int MAX = 9;

    public Children {
        if (underOne < 0 || oneToThree < 0 || threeToSix < 0 || underOne + oneToThree + threeToSix > MAX) {
            throw new IllegalArgumentException("Children per age band out of range");
        }
    }

    public int total() {
        return underOne + oneToThree + threeToSix;
    }
}
