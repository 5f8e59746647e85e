package dev.prism.sample;

import dev.prism.event.EntityEvent;
import dev.prism.event.SoftDeletedEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs Prism's soft delete, restore, hard delete and prune events: one line per operation
 * and entity type, whichever API deleted the rows.
 */
@Component
class DeletionEventLogger {

	private static final Log logger = LogFactory.getLog(DeletionEventLogger.class);

	@EventListener
	void on(EntityEvent<?> event) {
		logger.info(event);
	}

	@EventListener
	void onCustomerSoftDeleted(SoftDeletedEvent<Customer> event) {
		logger.info("Customers " + event.getIds() + " soft deleted; restore them within 90 days");
	}

}
