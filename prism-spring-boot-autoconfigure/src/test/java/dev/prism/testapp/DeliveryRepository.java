package dev.prism.testapp;

import dev.prism.repository.PrismRepository;

public interface DeliveryRepository extends PrismRepository<Delivery> {

}
