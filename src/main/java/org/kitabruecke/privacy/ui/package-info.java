/**
 * The privacy notice for everyone ({@code /privacy}) and the admin's view of the audit trail.
 */
@NullMarked
package org.kitabruecke.privacy.ui;

import org.jspecify.annotations.NullMarked;
