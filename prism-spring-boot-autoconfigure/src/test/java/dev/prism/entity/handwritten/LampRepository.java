package dev.prism.entity.handwritten;

import dev.prism.repository.SoftDeleteRepository;

public interface LampRepository extends SoftDeleteRepository<Lamp, Long> {

}
