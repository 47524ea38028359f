package org.kitabruecke.directory;

/**
 * What families come with (the team's topics): a help request names one or more, partner services say which they help
 * with, and the quarterly figures count by them. Translations: {@code help.topic.<name>}.
 */
public enum Topic {
    PARENTING, CRISIS, MONEY, AUTHORITIES, HEALTH, SINGLE_PARENT, NEW_IN_GERMANY, INTERPRETER, OTHER
}
