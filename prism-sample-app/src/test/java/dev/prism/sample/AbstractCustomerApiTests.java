package dev.prism.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Behaviour of the sample app's REST API, run against each database by a subclass that
 * points the context at a fresh database; {@code @DirtiesContext} closes it after the class.
 * Pages from offset 10 on are read as deferred joins.
 */
@SpringBootTest(properties = "prism.repository.deep-page-offset=10")
@AutoConfigureMockMvc
@DirtiesContext
abstract class AbstractCustomerApiTests {

	private static final String SNAPSHOT = "SELECT id, name, email, status, deleted_at FROM customers ORDER BY id";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void deleteAllRows() {
		this.jdbc.update("DELETE FROM orders");
		this.jdbc.update("DELETE FROM customers");
	}

	@Test
	void createReturnsCustomerWithTimestampsAndLocation() throws Exception {
		String body = perform(post("/api/customers"), """
				{"name": "Acme Corp", "email": "contact@acme.com", "phone": "+1 555 0100"}""")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/customers/")))
			.andExpect(jsonPath("$.name").value("Acme Corp"))
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.phone").value("+1 555 0100"))
			.andExpect(jsonPath("$.deletedAt").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant createdAt = instant(body, "$.createdAt");
		assertThat(instant(body, "$.updatedAt")).isEqualTo(createdAt);
		String stored = customerJson(idOf(body));
		assertThat(instant(stored, "$.createdAt")).isEqualTo(createdAt);
		assertThat(instant(stored, "$.updatedAt")).isEqualTo(createdAt);
	}

	@Test
	void createRejectsInvalidInputWithFieldErrors() throws Exception {
		perform(post("/api/customers"), "{\"name\": \"\", \"email\": \"not-an-email\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("email")))
			.andExpect(jsonPath("$.errors.length()").value(2));
		perform(post("/api/customers"), "{\"name\": ").andExpect(status().isBadRequest());
		assertThat(countRows("customers")).isZero();
	}

	@Test
	void createRejectsEmailOfLiveCustomer() throws Exception {
		createCustomer("Acme Corp", "contact@acme.com");
		perform(post("/api/customers"), "{\"name\": \"Acme Two\", \"email\": \"contact@acme.com\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("contact@acme.com")));
		assertThat(countRows("customers")).isOne();
	}

	@Test
	void createAcceptsEmailOfSoftDeletedCustomer() throws Exception {
		long old = createCustomer("Acme Corp", "contact@acme.com");
		perform(delete("/api/customers/" + old)).andExpect(status().isNoContent());
		long current = createCustomer("Acme Again", "contact@acme.com");
		perform(get("/api/customers/lookup").param("email", "contact@acme.com")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(current));
		perform(get("/api/customers/lookup").param("email", "contact@acme.com").param("includeDeleted", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(old))
			.andExpect(jsonPath("$[1].id").value(current));
	}

	@Test
	void getReturns404ForUnknownCustomerAnd400ForNonNumericId() throws Exception {
		perform(get("/api/customers/999999")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No customer with id 999999"));
		perform(get("/api/customers/1 OR 1=1")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Parameter 'id' must be a long"));
	}

	@Test
	void updateChangesFieldsAndBumpsUpdatedAt() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com", "prospect");
		String before = customerJson(id);
		String after = perform(put("/api/customers/" + id),
				"{\"name\": \"Acme Inc\", \"email\": \"sales@acme.com\", \"phone\": \"+44 20 7946 0000\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Acme Inc"))
			.andExpect(jsonPath("$.email").value("sales@acme.com"))
			.andExpect(jsonPath("$.phone").value("+44 20 7946 0000"))
			.andExpect(jsonPath("$.status").value("prospect"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(instant(after, "$.createdAt")).isEqualTo(instant(before, "$.createdAt"));
		assertThat(instant(after, "$.updatedAt")).isAfter(instant(before, "$.updatedAt"));
		assertThat(instant(customerJson(id), "$.updatedAt")).isEqualTo(instant(after, "$.updatedAt"));
		perform(put("/api/customers/999999"), "{\"name\": \"Nobody\", \"email\": \"nobody@example.com\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	void softDeleteHidesCustomerButKeepsRow() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		perform(delete("/api/customers/" + id)).andExpect(status().isNoContent());
		perform(get("/api/customers/" + id)).andExpect(status().isNotFound());
		String deleted = perform(get("/api/customers/" + id).param("includeDeleted", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(instant(deleted, "$.deletedAt")).isEqualTo(instant(deleted, "$.updatedAt"));
		perform(get("/api/customers")).andExpect(jsonPath("$.totalElements").value(0));
		perform(delete("/api/customers/" + id)).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM customers WHERE deleted_at IS NOT NULL",
				Long.class))
			.isOne();
	}

	@Test
	void listingShowsDeletedCustomersOnlyWhenAsked() throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		long widget = createCustomer("Widget Inc", "hello@widget.io");
		long gadget = createCustomer("Gadget Ltd", "info@gadget.example");
		perform(delete("/api/customers/" + widget)).andExpect(status().isNoContent());
		perform(get("/api/customers")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].id").value(acme))
			.andExpect(jsonPath("$.content[1].id").value(gadget));
		perform(get("/api/customers").param("includeDeleted", "true")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(3));
		perform(get("/api/customers").param("onlyDeleted", "true")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(widget));
		perform(get("/api/customers").param("includeDeleted", "true").param("onlyDeleted", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("includeDeleted and onlyDeleted cannot both be true"));
	}

	@Test
	void listingFiltersByStatusWithOrWithoutDeletedCustomers() throws Exception {
		createCustomer("Acme Corp", "contact@acme.com", "active");
		long widget = createCustomer("Widget Inc", "hello@widget.io", "vip");
		long gadget = createCustomer("Gadget Ltd", "info@gadget.example", "vip");
		perform(delete("/api/customers/" + gadget)).andExpect(status().isNoContent());
		perform(get("/api/customers").param("status", "vip")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(widget));
		perform(get("/api/customers").param("status", "vip").param("includeDeleted", "true"))
			.andExpect(jsonPath("$.totalElements").value(2));
		perform(get("/api/customers").param("status", "vip").param("onlyDeleted", "true"))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(gadget));
	}

	@Test
	void listingPagesAndSortsByWhitelistedProperties() throws Exception {
		createCustomer("Acme Corp", "contact@acme.com");
		createCustomer("Widget Inc", "hello@widget.io");
		createCustomer("Gadget Ltd", "info@gadget.example");
		perform(get("/api/customers").param("sort", "name,desc").param("size", "2")).andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].name").value("Widget Inc"))
			.andExpect(jsonPath("$.content[1].name").value("Gadget Ltd"))
			.andExpect(jsonPath("$.totalPages").value(2));
		perform(get("/api/customers").param("sort", "name,desc").param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.content[0].name").value("Acme Corp"));
		perform(get("/api/customers").param("sort", "createdAt,desc"))
			.andExpect(jsonPath("$.content[0].name").value("Gadget Ltd"));
	}

	@Test
	void pagingPastTheDeepPageOffsetShowsEachLiveCustomerOnceInOrder() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(createCustomer("Deep " + (char) ('a' + i % 13), "deep" + i + "@example.com"));
		}
		List<Long> deleted = List.of(ids.get(3), ids.get(11), ids.get(20), ids.get(27));
		perform(post("/api/customers/bulk-delete"), "{\"ids\": " + deleted + "}").andExpect(jsonPath("$.count").value(4));
		List<String> names = new ArrayList<>();
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			String body = perform(get("/api/customers").param("sort", "name,desc")
				.param("size", "7")
				.param("page", String.valueOf(page))).andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(26))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> pageNames = JsonPath.read(body, "$.content[*].name");
			List<Number> pageIds = JsonPath.read(body, "$.content[*].id");
			names.addAll(pageNames);
			pageIds.forEach((id) -> seen.add(id.longValue()));
		}
		assertThat(names).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(seen).hasSize(26).doesNotContainAnyElementsOf(deleted).containsAll(ids.subList(0, 3));
	}

	@Test
	void pagingCustomersDeletedTogetherBySortDeletedAtShowsEachOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			ids.add(createCustomer("Tied " + i, "tied" + i + "@example.com"));
		}
		perform(post("/api/customers/bulk-delete"), "{\"ids\": " + ids + "}").andExpect(jsonPath("$.count").value(60));
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page < 9; page++) {
			String body = perform(get("/api/customers").param("onlyDeleted", "true")
				.param("sort", "deletedAt")
				.param("size", "7")
				.param("page", String.valueOf(page))).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> pageIds = JsonPath.read(body, "$.content[*].id");
			pageIds.forEach((id) -> seen.add(id.longValue()));
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "name;drop table customers", "name,desc;drop table customers",
			"name) desc; delete from customers; --", "customer.orders", "CASE WHEN 1=1 THEN name END" })
	void listingRejectsUnknownOrInjectedSortBeforeQuerying(String sort) throws Exception {
		createCustomer("Acme Corp", "contact@acme.com");
		List<Map<String, Object>> before = this.jdbc.queryForList(SNAPSHOT);
		perform(get("/api/customers").param("sort", sort)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Cannot sort by")));
		assertThat(this.jdbc.queryForList(SNAPSHOT)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "true' OR 1=1", "1; drop table customers", "yes please", "1", "0", "on", "yes", "no",
			"" })
	void listingRejectsFlagsThatAreNotBooleans(String value) throws Exception {
		createCustomer("Acme Corp", "contact@acme.com");
		List<Map<String, Object>> before = this.jdbc.queryForList(SNAPSHOT);
		for (String flag : List.of("includeDeleted", "onlyDeleted")) {
			if (value.isEmpty()) {
				perform(get("/api/customers").param(flag, value)).andExpect(status().isOk());
			}
			else {
				perform(get("/api/customers").param(flag, value)).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.detail").value("Parameter '" + flag + "' must be a boolean"));
			}
		}
		assertThat(this.jdbc.queryForList(SNAPSHOT)).isEqualTo(before);
	}

	@Test
	void restoreBringsBackSoftDeletedCustomerAndBumpsUpdatedAt() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		perform(delete("/api/customers/" + id)).andExpect(status().isNoContent());
		String deleted = perform(get("/api/customers/" + id).param("includeDeleted", "true")).andReturn()
			.getResponse()
			.getContentAsString();
		String restored = perform(post("/api/customers/" + id + "/restore")).andExpect(status().isOk())
			.andExpect(jsonPath("$.deletedAt").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(instant(restored, "$.updatedAt")).isAfter(instant(deleted, "$.updatedAt"));
		perform(get("/api/customers/" + id)).andExpect(status().isOk());
		perform(post("/api/customers/" + id + "/restore")).andExpect(status().isOk())
			.andExpect(jsonPath("$.updatedAt").value(JsonPath.<String>read(restored, "$.updatedAt")));
		perform(post("/api/customers/999999/restore")).andExpect(status().isNotFound());
	}

	@Test
	void restoreConflictsWithLiveCustomerOfSameEmail() throws Exception {
		long old = createCustomer("Acme Corp", "contact@acme.com");
		perform(delete("/api/customers/" + old)).andExpect(status().isNoContent());
		createCustomer("Acme Again", "contact@acme.com");
		perform(post("/api/customers/" + old + "/restore")).andExpect(status().isConflict());
		perform(get("/api/customers/" + old)).andExpect(status().isNotFound());
	}

	@Test
	void hardDeleteRemovesCustomerAndItsOrdersForGood() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		createOrder(id, "ORD-001", "99.99");
		createOrder(id, "ORD-002", "149.99");
		long other = createCustomer("Widget Inc", "hello@widget.io");
		createOrder(other, "ORD-003", "10.50");
		perform(delete("/api/customers/" + id).param("hard", "true")).andExpect(status().isNoContent());
		perform(get("/api/customers/" + id).param("includeDeleted", "true")).andExpect(status().isNotFound());
		assertThat(countRows("customers")).isOne();
		assertThat(countRows("orders")).isOne();
		perform(delete("/api/customers/" + id).param("hard", "true")).andExpect(status().isNotFound());
	}

	@Test
	void hardDeleteRemovesSoftDeletedCustomer() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		perform(delete("/api/customers/" + id)).andExpect(status().isNoContent());
		perform(delete("/api/customers/" + id).param("hard", "true")).andExpect(status().isNoContent());
		assertThat(countRows("customers")).isZero();
	}

	@Test
	void bulkUpdateSetsStatusOfLiveCustomersOnly() throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		long widget = createCustomer("Widget Inc", "hello@widget.io");
		long gadget = createCustomer("Gadget Ltd", "info@gadget.example");
		perform(delete("/api/customers/" + gadget)).andExpect(status().isNoContent());
		String before = customerJson(acme);
		perform(patch("/api/customers/bulk"),
				"{\"ids\": [%d, %d, %d], \"values\": {\"status\": \"inactive\"}}".formatted(acme, widget, gadget))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(2));
		String after = customerJson(acme);
		assertThat(JsonPath.<String>read(after, "$.status")).isEqualTo("inactive");
		assertThat(instant(after, "$.updatedAt")).isAfter(instant(before, "$.updatedAt"));
		assertThat(this.jdbc.queryForList("SELECT status FROM customers ORDER BY id", String.class))
			.containsExactly("inactive", "inactive", "active");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "status = 'x'; drop table customers; --", "status\" = 'x' --", "id",
			"createdAt", "deletedAt", "customer.status" })
	void bulkUpdateRejectsUnknownOrInjectedAttributeNamesBeforeUpdating(String attribute) throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		List<Map<String, Object>> before = this.jdbc.queryForList(SNAPSHOT);
		String name = attribute.replace("\"", "\\\"");
		perform(patch("/api/customers/bulk"), "{\"ids\": [%d], \"values\": {\"%s\": \"vip\"}}".formatted(acme, name))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Cannot bulk update")));
		assertThat(this.jdbc.queryForList(SNAPSHOT)).isEqualTo(before);
	}

	@Test
	void bulkUpdateRejectsMissingIdsOrValues() throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		perform(patch("/api/customers/bulk"), "{\"ids\": [], \"values\": {\"status\": \"vip\"}}")
			.andExpect(status().isBadRequest());
		perform(patch("/api/customers/bulk"), "{\"ids\": [%d], \"values\": {}}".formatted(acme))
			.andExpect(status().isBadRequest());
		perform(patch("/api/customers/bulk"), "{\"ids\": [\"1 OR 1=1\"], \"values\": {\"status\": \"vip\"}}")
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("SELECT status FROM customers", String.class)).isEqualTo("active");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "on", "yes", "0", "off", "no", "TRUE'" })
	void deleteRejectsHardFlagsThatAreNotBooleans(String value) throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		List<Map<String, Object>> before = this.jdbc.queryForList(SNAPSHOT);
		perform(delete("/api/customers/" + acme).param("hard", value)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Parameter 'hard' must be a boolean"));
		assertThat(this.jdbc.queryForList(SNAPSHOT)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[%d.5]", "[\"%d\"]", "[%d, 1e0]", "[true]" })
	void bulkOperationsRejectIdsThatAreNotIntegers(String ids) throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		List<Map<String, Object>> before = this.jdbc.queryForList(SNAPSHOT);
		String list = ids.formatted(acme);
		perform(post("/api/customers/bulk-delete"), "{\"ids\": %s}".formatted(list))
			.andExpect(status().isBadRequest());
		perform(patch("/api/customers/bulk"), "{\"ids\": %s, \"values\": {\"status\": \"vip\"}}".formatted(list))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForList(SNAPSHOT)).isEqualTo(before);
	}

	@Test
	void bulkUpdateValidatesValuesLikeASingleUpdate() throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		List<Map<String, Object>> before = this.jdbc.queryForList(SNAPSHOT);
		perform(patch("/api/customers/bulk"),
				"{\"ids\": [%d], \"values\": {\"email\": \"not-an-email\"}}".formatted(acme))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Invalid request: values.email: must be a well-formed email address"));
		perform(patch("/api/customers/bulk"),
				"{\"ids\": [%d], \"values\": {\"status\": \"%s\"}}".formatted(acme, "x".repeat(51)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("values.status: size must be between 1 and 50")));
		perform(patch("/api/customers/bulk"), "{\"ids\": [%d], \"values\": {\"name\": \" \"}}".formatted(acme))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForList(SNAPSHOT)).isEqualTo(before);
		perform(patch("/api/customers/bulk"),
				"{\"ids\": [%d], \"values\": {\"email\": \"sales@acme.com\"}}".formatted(acme))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(1));
	}

	@Test
	void bodiesOverTheSizeLimitAreRejectedBeforeTheyAreRead() throws Exception {
		String name = "x".repeat(2 * 1024 * 1024);
		perform(post("/api/customers"), "{\"name\": \"%s\", \"email\": \"big@acme.com\"}".formatted(name))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("The request body is larger than 1048576 bytes"));
		assertThat(countRows("customers")).isZero();
	}

	@Test
	void bulkDeleteSoftDeletesLiveCustomers() throws Exception {
		long acme = createCustomer("Acme Corp", "contact@acme.com");
		long widget = createCustomer("Widget Inc", "hello@widget.io");
		createCustomer("Gadget Ltd", "info@gadget.example");
		perform(post("/api/customers/bulk-delete"), "{\"ids\": [%d, %d, 999999]}".formatted(acme, widget))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(2));
		perform(post("/api/customers/bulk-delete"), "{\"ids\": [%d]}".formatted(acme))
			.andExpect(jsonPath("$.count").value(0));
		perform(get("/api/customers/stats")).andExpect(status().isOk())
			.andExpect(jsonPath("$.live").value(1))
			.andExpect(jsonPath("$.deleted").value(2))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.active").value(1));
		assertThat(countRows("customers")).isEqualTo(3);
	}

	@Test
	void ordersAreSoftDeletedWithTheirCustomerAndComeBackWithItsRestore() throws Exception {
		long id = createCustomer("Acme", "orders@acme.example");
		long kept = createOrder(id, "ORD-001", "99.99");
		long cancelled = createOrder(id, "ORD-002", "149.99");
		perform(delete("/api/customers/%d/orders/%d".formatted(id, cancelled))).andExpect(status().isNoContent());
		perform(delete("/api/customers/" + id)).andExpect(status().isNoContent());
		assertThat(countRows("orders")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE deleted_at IS NULL", Long.class))
			.isZero();
		perform(post("/api/customers/" + id + "/restore")).andExpect(status().isOk());
		perform(get("/api/customers/%d/orders".formatted(id))).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(kept));
		perform(get("/api/customers/%d/orders/%d".formatted(id, cancelled))).andExpect(status().isNotFound());
	}

	@Test
	void ordersListOnlyLiveOrdersOfLiveCustomer() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		long second = createOrder(id, "ORD-002", "149.99");
		long first = createOrder(id, "ORD-001", "99.99");
		perform(get("/api/customers/%d/orders".formatted(id))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].orderNumber").value("ORD-001"))
			.andExpect(jsonPath("$[0].total").value(99.99))
			.andExpect(jsonPath("$[0].customerId").value(id))
			.andExpect(jsonPath("$[1].id").value(second));
		perform(get("/api/customers/%d/orders/%d".formatted(id, first))).andExpect(status().isOk())
			.andExpect(jsonPath("$.orderNumber").value("ORD-001"));
		perform(delete("/api/customers/%d/orders/%d".formatted(id, first))).andExpect(status().isNoContent());
		perform(get("/api/customers/%d/orders".formatted(id))).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(second));
		perform(get("/api/customers/%d/orders/%d".formatted(id, first))).andExpect(status().isNotFound());
		assertThat(countRows("orders")).isEqualTo(2);
	}

	@Test
	void ordersOfUnknownOrDeletedCustomerAreNotFound() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		long order = createOrder(id, "ORD-001", "99.99");
		perform(delete("/api/customers/" + id)).andExpect(status().isNoContent());
		perform(get("/api/customers/%d/orders".formatted(id))).andExpect(status().isNotFound());
		perform(get("/api/customers/%d/orders/%d".formatted(id, order))).andExpect(status().isNotFound());
		perform(post("/api/customers/%d/orders".formatted(id)), "{\"orderNumber\": \"ORD-002\", \"total\": 5.00}")
			.andExpect(status().isNotFound());
		perform(get("/api/customers/999999/orders")).andExpect(status().isNotFound());
	}

	@Test
	void createOrderRejectsInvalidTotal() throws Exception {
		long id = createCustomer("Acme Corp", "contact@acme.com");
		for (String total : List.of("-1.00", "1.234", "null", "\"12; drop table orders\"")) {
			perform(post("/api/customers/%d/orders".formatted(id)),
					"{\"orderNumber\": \"ORD-001\", \"total\": %s}".formatted(total))
				.andExpect(status().isBadRequest());
		}
		assertThat(countRows("orders")).isZero();
	}

	private long createCustomer(String name, String email) throws Exception {
		return createCustomer(name, email, "active");
	}

	private long createCustomer(String name, String email, String status) throws Exception {
		String body = perform(post("/api/customers"),
				"{\"name\": \"%s\", \"email\": \"%s\", \"status\": \"%s\"}".formatted(name, email, status))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return idOf(body);
	}

	private long createOrder(long customerId, String orderNumber, String total) throws Exception {
		String body = perform(post("/api/customers/%d/orders".formatted(customerId)),
				"{\"orderNumber\": \"%s\", \"total\": %s}".formatted(orderNumber, total))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.createdAt").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return idOf(body);
	}

	private String customerJson(long id) throws Exception {
		return perform(get("/api/customers/" + id).param("includeDeleted", "true")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request);
	}

	private ResultActions perform(MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long countRows(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static long idOf(String json) {
		return JsonPath.<Number>read(json, "$.id").longValue();
	}

	private static Instant instant(String json, String path) {
		return Instant.parse(JsonPath.read(json, path));
	}

}
