package dev.prism.testapp;

import dev.prism.repository.PrismRepository;

public interface PurchaseOrderRepository extends PrismRepository<PurchaseOrder> {

}
