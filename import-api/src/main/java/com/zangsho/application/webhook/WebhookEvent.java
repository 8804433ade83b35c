package com.zangsho.application.webhook;

/**
 * An event a write announces, for the webhooks that subscribe to its type ({@link Outbox}).
 *
 * @param subject the row it is about, e.g. {@code customer:42}: a receiver gets the events of one
 *     subject in order
 * @param data the event's {@code data}: the object the API returned, as JSON
 */
public record WebhookEvent(String type, String subject, String data) {}
