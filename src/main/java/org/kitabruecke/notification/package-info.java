/**
 * Mail to families in their contact language. Mails are sent after the transaction that caused them has committed,
 * from events kept in the event publication registry: when the mail server is down nothing is lost, and a retry
 * job delivers the mail once it is back.
 */
@NullMarked
package org.kitabruecke.notification;

import org.jspecify.annotations.NullMarked;
