package org.kitabruecke.i18n;

import java.util.List;

/**
 * Texts staff keep in the database per language (partner services' descriptions, how to reach a place of the open
 * consultation hour). A module that keeps such texts offers this, so that admins see in one place what a language
 * still lacks besides the translation files.
 */
public interface TextsInDatabase {

    /** The translation key naming these texts in the overview, e.g. {@code admin.translations.texts.services}. */
    String titleKey();

    /** The names of the things that have a German text but none in this language. */
    List<String> lackingIn(Language language);
}
