package com.zangsho.application.webhook;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.ResourceNotFoundException;
import com.zangsho.domain.page.Page;
import com.zangsho.domain.page.PageRequest;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.tenant.TokenSecrets;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.TextRules;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.domain.webhook.Webhook;
import com.zangsho.domain.webhook.WebhookDelivery;
import com.zangsho.domain.webhook.WebhookDeliveryRepository;
import com.zangsho.domain.webhook.WebhookRepository;
import com.zangsho.domain.webhook.WebhookTargets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The caller's tenant's webhooks (docs/api.md §9, ability {@code webhooks:manage}). */
@Stateless
public class WebhookService {
  public static final String URL = "url";
  public static final String EVENTS = "events";
  public static final String ACTIVE = "active";
  static final int MAX_URL = 2048;

  @Inject WebhookRepository webhooks;
  @Inject WebhookDeliveryRepository deliveries;
  @Inject ServerSettings settings;

  /**
   * @param shape what the body's JSON types already broke
   * @throws ValidationException for a missing, malformed or refused URL and unknown events
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Webhook create(Caller caller, String url, List<String> events, List<Violation> shape) {
    List<Violation> violations = new ArrayList<>(shape);
    if (url == null || url.isBlank()) {
      violations.add(Violation.of(URL, Rule.REQUIRED));
    } else if (url.length() > MAX_URL) {
      TextRules.maxLength(violations, URL, url, MAX_URL);
    } else {
      WebhookTargets.refusal(url, settings.webhookAllowPrivateNetworks())
          .ifPresent(why -> violations.add(Violation.of(URL, Rule.WEBHOOK_URL, why)));
    }
    if (events.isEmpty()) {
      violations.add(Violation.of(EVENTS, Rule.REQUIRED));
    }
    for (int i = 0; i < events.size(); i++) {
      if (!Webhook.EVENTS.contains(events.get(i))) {
        violations.add(Violation.of(EVENTS + "." + i, Rule.IN));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    Webhook webhook =
        new Webhook(caller.tenantId(), url.strip(), events, TokenSecrets.newSecret("whsec_"));
    webhooks.add(webhook);
    return webhook;
  }

  public List<Webhook> list(Caller caller) {
    return webhooks.list(caller.tenantId());
  }

  public Webhook get(Caller caller, long id) {
    return webhooks
        .findById(caller.tenantId(), id)
        .orElseThrow(() -> new ResourceNotFoundException("webhook", id));
  }

  /** The webhook and its deliveries, pending ones included: nothing more is sent to it. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void delete(Caller caller, long id) {
    Webhook webhook = get(caller, id);
    deliveries.removeForWebhook(caller.tenantId(), id);
    webhooks.remove(webhook);
  }

  /**
   * Pauses or resumes a webhook. Paused, its deliveries are kept pending and held; resumed, every
   * one of them is due at once and goes out in the order they were made, subject by subject.
   *
   * @param active the body's {@code active}, null when absent or not a boolean
   * @param shape what the body's JSON types already broke
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Webhook changeActive(Caller caller, long id, Boolean active, List<Violation> shape) {
    Webhook webhook = get(caller, id);
    if (!shape.isEmpty() || active == null) {
      throw new ValidationException(
          shape.isEmpty() ? List.of(Violation.of(ACTIVE, Rule.REQUIRED)) : shape);
    }
    if (webhook.makeActive(active)) {
      if (active) {
        deliveries.retryNow(caller.tenantId(), id, Instants.now());
      } else {
        deliveries.hold(caller.tenantId(), id);
      }
    }
    return webhook;
  }

  /**
   * Another attempt of one delivery's event, whatever became of it ({@link
   * WebhookDelivery#redeliver}).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public WebhookDelivery redeliver(Caller caller, long webhookId, long deliveryId) {
    Webhook webhook = get(caller, webhookId);
    WebhookDelivery delivery =
        deliveries
            .find(caller.tenantId(), webhookId, deliveryId)
            .orElseThrow(() -> new ResourceNotFoundException("delivery", deliveryId));
    delivery.redeliver(Instants.now(), webhook.isActive());
    return delivery;
  }

  /**
   * Another attempt of every delivery of the webhook that failed (gave up) within {@link
   * WebhookDelivery#REDELIVERABLE_FOR}.
   *
   * @return how many
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int redeliverFailed(Caller caller, long webhookId) {
    Webhook webhook = get(caller, webhookId);
    Instant now = Instants.now();
    return deliveries.redeliverFailed(
        caller.tenantId(),
        webhookId,
        now.minus(WebhookDelivery.REDELIVERABLE_FOR),
        webhook.isActive() ? now : null);
  }

  public Page<WebhookDelivery> deliveries(Caller caller, long id, PageRequest page) {
    return deliveries.forWebhook(caller.tenantId(), get(caller, id).getId(), page);
  }
}
