package org.kitabruecke.ui;

/** A page of a question flow: its address and the key of its question. Implemented by an enum in page order. */
public interface FlowStep {

    String path();

    String titleKey();
}
