/**
 * The listeners that write the mails, the record of mails sent, and the job that retries undelivered ones and
 * parks those it gives up on.
 */
@NullMarked
package org.kitabruecke.notification.internal;

import org.jspecify.annotations.NullMarked;
