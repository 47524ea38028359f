/**
 * Mail to families in their contact language. Mails are sent after the transaction that caused them has committed,
 * from events kept in the event publication registry: when the mail server is down nothing is lost, and a retry
 * job delivers the mail once it is back. Each mail goes out once; one that cannot be delivered is given up on after
 * its last attempt and shown to staff ({@link org.kitabruecke.notification.UndeliveredMail}).
 */
@NullMarked
package org.kitabruecke.notification;

import org.jspecify.annotations.NullMarked;
