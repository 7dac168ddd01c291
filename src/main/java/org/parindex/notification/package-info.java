/**
 * E-mail reminders: before each deadline of an open cycle, to the accounts whose work is
 * still due (the same reminders as their home page), and on each workflow event that asks
 * someone to act (explanation requested, dossier returned or submitted, a stage closed,
 * the year approved, the year published: each unit its total and rank). Mails are queued
 * in the writing transaction (an outbox, once per account and occasion), sent through
 * Spring's {@code JavaMailSender} after the commit and retried until sent. Without an
 * SMTP server ({@code spring.mail.host}) nothing is sent.
 */
@ApplicationModule
@NullMarked
package org.parindex.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
