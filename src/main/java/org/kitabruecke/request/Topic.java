package org.kitabruecke.request;

/** What a family's request is about; several may apply. Translations: {@code request.topic.<name>}. */
public enum Topic {
    PARENTING, CRISIS, MONEY, AUTHORITIES, HEALTH, SINGLE_PARENT, NEW_IN_GERMANY, INTERPRETER, OTHER
}
