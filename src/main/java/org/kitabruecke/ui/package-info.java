/**
 * Shared look of the portal: the public layout for parents (language picker, quick exit), the staff layout,
 * the start page and small components that several modules use. Holds no business rules.
 */
@NullMarked
package org.kitabruecke.ui;

import org.jspecify.annotations.NullMarked;
