package dev.prism.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.prism.test.TestDatabases.Database;
import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.Device;
import dev.prism.testapp.DeviceRepository;
import dev.prism.testapp.PurchaseOrder;
import dev.prism.testapp.PurchaseOrderRepository;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Behaviour of {@link BatchInserter} on a real database.
 */
abstract class AbstractBatchInserterTests {

	private ConfigurableApplicationContext context;

	private BatchInserter inserter;

	private CustomerRepository customers;

	protected abstract Database database();

	@BeforeEach
	void start() {
		this.context = new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
			.properties(database().properties())
			.properties("prism.repository.batch-size=100")
			.run();
		this.inserter = this.context.getBean(BatchInserter.class);
		this.customers = this.context.getBean(CustomerRepository.class);
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Test
	void insertsInBatchesAndSetsGeneratedIdsAndTimestamps() {
		List<Customer> batch = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			batch.add(new Customer("Customer " + i, "customer-" + i + "@example.com"));
		}
		assertThat(this.inserter.insertAll(batch)).isEqualTo(250);
		assertThat(new HashSet<>(batch.stream().map(Customer::getId).toList())).hasSize(250).doesNotContainNull();
		for (Customer customer : List.of(batch.get(0), batch.get(99), batch.get(100), batch.get(249))) {
			Customer loaded = this.customers.findById(customer.getId()).orElseThrow();
			assertThat(loaded.getEmail()).isEqualTo(customer.getEmail());
			assertThat(loaded.getCreatedAt()).isEqualTo(customer.getCreatedAt()).isNotNull();
			assertThat(loaded.getUpdatedAt()).isEqualTo(customer.getCreatedAt());
			assertThat(loaded.isDeleted()).isFalse();
		}
		assertThat(this.customers.count()).isEqualTo(250);
	}

	@Test
	void insertsChildrenThatReferenceInsertedParents() {
		Customer customer = new Customer("Ada", "ada@example.com");
		this.inserter.insertAll(List.of(customer));
		List<PurchaseOrder> orders = List.of(new PurchaseOrder(customer, "A-1", new BigDecimal("9.50")),
				new PurchaseOrder(customer, "A-2", new BigDecimal("12.00")));
		this.inserter.insertAll(orders);
		PurchaseOrderRepository repository = this.context.getBean(PurchaseOrderRepository.class);
		assertThat(repository.findById(orders.get(1).getId())).hasValueSatisfying(
				(order) -> assertThat(order.getTotal()).isEqualByComparingTo("12.00"));
		assertThat(repository.count()).isEqualTo(2);
	}

	@Test
	void insertsEntitiesWithAssignedIds() {
		Device device = new Device("SN-1");
		this.inserter.insertAll(List.of(device));
		assertThat(this.context.getBean(DeviceRepository.class).findById(device.getId()))
			.hasValueSatisfying((loaded) -> assertThat(loaded.getSerial()).isEqualTo("SN-1"));
	}

	@Test
	void rejectsEntitiesThatAlreadyHaveAnId() {
		Customer customer = new Customer("Ada", "ada@example.com");
		this.inserter.insertAll(List.of(customer));
		assertThatIllegalArgumentException().isThrownBy(() -> this.inserter.insertAll(List.of(customer)))
			.withMessageContaining("already has an id");
		assertThat(this.customers.count()).isOne();
	}

	@Test
	void insertsNothingForNoEntities() {
		assertThat(this.inserter.insertAll(List.of())).isZero();
	}

	@Test
	void joinsTheCurrentTransaction() {
		new TransactionTemplate(this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				this.inserter.insertAll(List.of(new Customer("Rolled back", "rolled-back@example.com")));
				status.setRollbackOnly();
			});
		assertThat(this.customers.count()).isZero();
	}

}
