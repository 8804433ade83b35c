package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zangsho.client.ApiClient;
import com.zangsho.client.ApiException;
import com.zangsho.client.api.AdminApi;
import com.zangsho.client.api.CustomersApi;
import com.zangsho.client.api.OrdersApi;
import com.zangsho.client.api.SubscriptionEventsApi;
import com.zangsho.client.api.SubscriptionsApi;
import com.zangsho.client.api.WebhooksApi;
import com.zangsho.client.model.BatchResult;
import com.zangsho.client.model.Customer;
import com.zangsho.client.model.CustomerInput;
import com.zangsho.client.model.CustomersBatch;
import com.zangsho.client.model.Order;
import com.zangsho.client.model.OrderInput;
import com.zangsho.client.model.OrderStats;
import com.zangsho.client.model.OrdersBatch;
import com.zangsho.client.model.Subscription;
import com.zangsho.client.model.SubscriptionEvent;
import com.zangsho.client.model.SubscriptionEventInput;
import com.zangsho.client.model.SubscriptionEventsBatch;
import com.zangsho.client.model.SubscriptionInput;
import com.zangsho.client.model.SubscriptionsBatch;
import com.zangsho.client.model.TenantInput;
import com.zangsho.client.model.WebhookChange;
import com.zangsho.client.model.WebhookDelivery;
import com.zangsho.client.model.WebhookInput;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's four import steps and the reads after them, through a client generated from the
 * committed OpenAPI document (openapi-generator, {@code java}/{@code native}): only generated
 * methods and models, as a merchant's generated client would use them. If the document says
 * something the server does not do (a status, a type, a field that is null where it may not be),
 * the generated client fails here.
 */
class GeneratedClientIT extends DeployedEarTest {

  @Test
  void theSeedsFourStepsImportAndReadBackThroughTheGeneratedClient() throws Exception {
    ApiClient client = clientFor(newTenantToken());

    CustomersApi customers = new CustomersApi(client);
    BatchResult customersResult =
        customers
            .importCustomers(
                new CustomersBatch()
                    .onConflict(CustomersBatch.OnConflictEnum.SKIP)
                    .customers(
                        List.of(
                            new CustomerInput()
                                .email("wang.xiaoming@example.com")
                                .name("王小明")
                                .phone("0912345678"),
                            new CustomerInput()
                                .email("chen.meili@example.com")
                                .name("陳美麗")
                                .phone("0923456789")
                                .metadata(Map.of("source", "website")))),
                null)
            .getData();
    assertEquals(2, customersResult.getCreated());
    assertEquals(List.of(), customersResult.getResults().getFailed());

    OrdersApi orders = new OrdersApi(client);
    BatchResult ordersResult =
        orders
            .importOrders(
                new OrdersBatch()
                    .onConflict(OrdersBatch.OnConflictEnum.SKIP)
                    .orders(
                        List.of(
                            seedOrder(
                                "ORD-2025-001",
                                "wang.xiaoming@example.com",
                                "1990.00",
                                OrderInput.BillingCycleEnum.MONTHLY,
                                "2025-12-01T08:00:00Z"),
                            seedOrder(
                                "ORD-2025-002",
                                "chen.meili@example.com",
                                "5990.00",
                                OrderInput.BillingCycleEnum.YEARLY,
                                "2025-12-15T10:00:00Z"))),
                null)
            .getData();
    assertEquals(2, ordersResult.getCreated());

    SubscriptionsApi subscriptions = new SubscriptionsApi(client);
    BatchResult subscriptionsResult =
        subscriptions
            .importSubscriptions(
                new SubscriptionsBatch()
                    .subscriptions(
                        List.of(
                            new SubscriptionInput()
                                .customerEmail("wang.xiaoming@example.com")
                                .planName("Pro Plan")
                                .mrr("1990.00")
                                .billingCycle(SubscriptionInput.BillingCycleEnum.MONTHLY)
                                .startedAt(OffsetDateTime.parse("2025-12-01T08:00:00Z"))
                                .currentPeriodStart(OffsetDateTime.parse("2025-12-01T08:00:00Z")))),
                null)
            .getData();
    assertEquals(1, subscriptionsResult.getCreated());

    SubscriptionEventsApi events = new SubscriptionEventsApi(client);
    BatchResult eventsResult =
        events
            .importSubscriptionEvents(
                new SubscriptionEventsBatch()
                    .events(
                        List.of(
                            new SubscriptionEventInput()
                                .customerEmail("wang.xiaoming@example.com")
                                .eventType(SubscriptionEventInput.EventTypeEnum.CREATED)
                                .occurredAt(OffsetDateTime.parse("2025-12-01T08:00:00Z"))
                                .newAmount("990.00"),
                            new SubscriptionEventInput()
                                .customerEmail("wang.xiaoming@example.com")
                                .eventType(SubscriptionEventInput.EventTypeEnum.UPGRADE)
                                .occurredAt(OffsetDateTime.parse("2026-01-01T08:00:00Z"))
                                .oldAmount("990.00")
                                .newAmount("1990.00"))),
                null)
            .getData();
    assertEquals(2, eventsResult.getCreated());

    List<Customer> listed = customers.listCustomers("wang", null, null, null).getData();
    assertEquals(1, listed.size());
    Customer wang = listed.get(0);
    assertEquals("1990.00", wang.getLtv());
    assertEquals(1L, wang.getOrderCount());
    assertEquals(OffsetDateTime.parse("2025-12-01T08:00:00Z"), wang.getFirstPaymentAt());
    assertNull(wang.getExternalId(), "a field the document allows to be null");
    assertEquals("王小明", customers.getCustomer(String.valueOf(wang.getId())).getData().getName());

    Order order = orders.getOrder("ORD-2025-002").getData();
    assertEquals(Order.StatusEnum.PAID, order.getStatus());
    assertEquals(Order.SourceEnum.IMPORT, order.getSource());

    OrderStats december =
        orders
            .getOrderStats(LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-31"))
            .getData();
    assertEquals("7980.00", december.getPaidRevenue());
    assertEquals(2L, december.getPaidOrderCount());

    Subscription subscription =
        subscriptions.listSubscriptions(null, wang.getId(), null, null, null).getData().get(0);
    assertEquals("1990.00", subscription.getMrr());
    assertEquals(Subscription.StatusEnum.ACTIVE, subscription.getStatus());

    List<SubscriptionEvent> history =
        events.listSubscriptionEvents(null, wang.getId(), null, null, null, null, null).getData();
    assertEquals(
        List.of(SubscriptionEvent.EventTypeEnum.CREATED, SubscriptionEvent.EventTypeEnum.UPGRADE),
        history.stream().map(SubscriptionEvent::getEventType).toList());
    assertEquals("1000.00", history.get(1).getAmountChange());

    Order created =
        orders
            .createOrder(
                new OrderInput().orderNo("ORD-2026-100").customerId(wang.getId()).amount("10.00"),
                null)
            .getData();
    assertEquals(Order.StatusEnum.PENDING, created.getStatus());
    assertEquals(
        List.of("ORD-2026-100"),
        orders
            .listOrders(null, null, null, null, null, null, null, "ORD-2026-100")
            .getData()
            .stream()
            .map(Order::getOrderNo)
            .toList());
    customers.deleteCustomer(
        customers
            .createCustomer(new CustomerInput().email("short.lived@example.com"), null)
            .getData()
            .getId(),
        null);
    ApiException gone = assertThrows(ApiException.class, () -> orders.getOrder("ORD-NONE"));
    assertEquals(404, gone.getCode());
  }

  @Test
  void aWebhookIsPausedResumedAndRedeliveredThroughTheGeneratedClient() throws Exception {
    ApiClient client = clientFor(newTenantToken());
    WebhooksApi webhooks = new WebhooksApi(client);
    long id =
        webhooks
            .createWebhook(
                new WebhookInput().url("http://127.0.0.1:9/hook").events(List.of("order.created")),
                null)
            .getData()
            .getId();

    assertEquals(
        false,
        webhooks.updateWebhook(id, new WebhookChange().active(false), null).getData().getActive());
    new OrdersApi(client)
        .createOrder(
            new OrderInput().orderNo("HOOK-1").customerEmail("hook@example.com").amount("1.00"),
            null);
    WebhookDelivery held = webhooks.listWebhookDeliveries(id, null, null, null).getData().get(0);
    assertEquals(WebhookDelivery.StatusEnum.PENDING, held.getStatus());
    assertNull(held.getNextAttemptAt(), "held while paused");

    WebhookDelivery again = webhooks.redeliverWebhookDelivery(held.getId(), id, null).getData();
    assertEquals(held.getEventId(), again.getEventId());
    assertEquals(0, webhooks.redeliverFailedWebhookDeliveries(id, null).getData().getRedelivered());
    assertEquals(
        true,
        webhooks.updateWebhook(id, new WebhookChange().active(true), null).getData().getActive());
  }

  private static OrderInput seedOrder(
      String orderNo,
      String email,
      String amount,
      OrderInput.BillingCycleEnum cycle,
      String paidAt) {
    return new OrderInput()
        .orderNo(orderNo)
        .customerEmail(email)
        .amount(amount)
        .currency("TWD")
        .status(OrderInput.StatusEnum.PAID)
        .paymentMethod(OrderInput.PaymentMethodEnum.CREDIT_CARD)
        .billingCycle(cycle)
        .paidAt(OffsetDateTime.parse(paidAt));
  }

  private String newTenantToken() throws ApiException {
    ApiClient operator = clientFor(Api.ADMIN_TOKEN);
    return new AdminApi(operator)
        .createTenant(new TenantInput().name("generated client " + System.nanoTime()))
        .getData()
        .getToken();
  }

  private ApiClient clientFor(String token) {
    URL root = base;
    ApiClient client = new ApiClient();
    client.updateBaseUri(root.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }
}
