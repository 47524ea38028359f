/**
 * The admins' list of mails that could not be delivered, with "send again".
 */
@NullMarked
package org.kitabruecke.notification.ui;

import org.jspecify.annotations.NullMarked;
