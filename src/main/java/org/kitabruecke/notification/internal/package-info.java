/**
 * The listeners that write the mails and the job that retries undelivered ones.
 */
@NullMarked
package org.kitabruecke.notification.internal;

import org.jspecify.annotations.NullMarked;
