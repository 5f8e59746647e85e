package dev.prism.seed.testapp;

import dev.prism.repository.PrismRepository;

public interface PurchaseOrderRepository extends PrismRepository<PurchaseOrder> {

}
