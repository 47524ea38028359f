package org.kitabruecke.request;

/** Who brought the request in: the family itself or a Kita, with the family's consent. */
public enum RequestSource {
    PARENT, KITA
}
