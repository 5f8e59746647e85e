package dev.prism.testapp;

import java.util.UUID;

import dev.prism.repository.SoftDeleteRepository;

public interface DeviceRepository extends SoftDeleteRepository<Device, UUID> {

}
