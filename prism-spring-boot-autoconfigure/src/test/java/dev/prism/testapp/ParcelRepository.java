package dev.prism.testapp;

import dev.prism.repository.PrismRepository;

public interface ParcelRepository extends PrismRepository<Parcel> {

}
